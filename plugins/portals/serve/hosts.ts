/** Which portal a request's Host header names. */
import type { Payload } from 'payload'

import { hostMapVersion } from '../../site-scoping/hostMap'
import { lifecycleSite, type LifecycleSite } from './archived'

export type HostedSite = LifecycleSite & { name: string }

const TTL_MS = 10_000
/** An unknown host reloads the map at most this often (a portal created from the CLI). */
const MISS_RELOAD_MS = 1_000

export class HostMap {
  private map = new Map<string, HostedSite>()
  private ids = new Map<string, HostedSite>()
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
      select: { slug: true, name: true, domains: true, status: true, mergedInto: true, redirectTo: true },
      overrideAccess: true,
    })
    const next = new Map<string, HostedSite>()
    const ids = new Map<string, HostedSite>()
    for (const s of sites.docs) {
      const site: HostedSite = { ...lifecycleSite(s as Record<string, unknown>), name: s.name as string }
      ids.set(String(site.id), site)
      next.set(`${site.slug}.${this.suffix}`, site)
      for (const domain of site.domains) next.set(domain, site)
    }
    this.map = next
    this.ids = ids
    this.loadedAt = Date.now()
    this.version = version
  }

  private async reload(): Promise<void> {
    this.loading ??= this.load().finally(() => (this.loading = null))
    await this.loading
  }

  async resolve(host: string): Promise<HostedSite | null> {
    if (this.version !== hostMapVersion() || Date.now() - this.loadedAt > TTL_MS) await this.reload()
    const site = this.map.get(host)
    if (site) return site
    if (Date.now() - this.loadedAt > MISS_RELOAD_MS) {
      await this.reload()
      return this.map.get(host) ?? null
    }
    return null
  }

  /** A site by id, from the same snapshot (merge chains). */
  byId(id: number | string): HostedSite | undefined {
    return this.ids.get(String(id))
  }

  /** When the current snapshot was loaded: caches keyed on it expire with it. */
  get loadedAtMs(): number {
    return this.loadedAt
  }
}

/** The host name of a request, lower-cased, without port. */
export function hostOf(header: string | undefined): string {
  if (!header) return ''
  const host = header.trim().toLowerCase()
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1)
  return host.replace(/:\d+$/, '')
}

/**
 * The live portal a public form or endpoint answers for: by the request's host (null on the
 * platform host, 'unknown' for a host no live portal has) or by slug (null when none is live).
 * Archived portals answer neither.
 */
export function livePortals(hosts: HostMap, isPlatformHost: (host: string) => boolean, portalHostSuffix: string) {
  const live = (site: HostedSite | null): HostedSite | null => (site && site.status !== 'archived' ? site : null)
  return {
    portalOf: async (req: { headers: { host?: string } }): Promise<HostedSite | null | 'unknown'> => {
      const host = hostOf(req.headers.host)
      if (isPlatformHost(host)) return null
      return live(await hosts.resolve(host)) ?? 'unknown'
    },
    siteBySlug: async (slug: string): Promise<HostedSite | null> => live(await hosts.resolve(`${slug}.${portalHostSuffix}`)),
  }
}
