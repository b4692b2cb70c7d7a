/** Which portal a request's Host header names. */
import type { Payload } from 'payload'

import { hostMapVersion } from '../hooks/hostMapCache'

export type HostedSite = { id: number | string; slug: string; name: string; status: string }

const TTL_MS = 10_000

export class HostMap {
  private map = new Map<string, HostedSite>()
  private loadedAt = 0
  private version = -1
  private loading: Promise<void> | null = null

  constructor(
    private readonly payload: Payload,
    private readonly suffix: string,
  ) {}

  private async load(): Promise<void> {
    const version = hostMapVersion()
    const sites = await this.payload.find({
      collection: 'sites',
      pagination: false,
      depth: 0,
      select: { slug: true, name: true, domains: true, status: true },
      overrideAccess: true,
    })
    const next = new Map<string, HostedSite>()
    for (const s of sites.docs) {
      const site = { id: s.id, slug: s.slug as string, name: s.name as string, status: (s.status as string) ?? 'active' }
      next.set(`${site.slug}.${this.suffix}`, site)
      for (const domain of (s.domains as string[] | null) ?? []) next.set(domain.toLowerCase(), site)
    }
    this.map = next
    this.loadedAt = Date.now()
    this.version = version
  }

  async resolve(host: string): Promise<HostedSite | null> {
    if (this.version !== hostMapVersion() || Date.now() - this.loadedAt > TTL_MS) {
      this.loading ??= this.load().finally(() => (this.loading = null))
      await this.loading
    }
    return this.map.get(host) ?? null
  }
}

/** The host name of a request, lower-cased, without port. */
export function hostOf(header: string | undefined): string {
  if (!header) return ''
  const host = header.trim().toLowerCase()
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1)
  return host.replace(/:\d+$/, '')
}
