/** Which portal a request's Host header names. */
import type { Payload } from 'payload'

import { hostMapVersion } from '../../site-scoping/hostMap'
import { lifecycleSite, type LifecycleSite } from './archived'

export type HostedSite = LifecycleSite & { name: string }

/** How often the map looks for sites changed by another process (without Redis no bus tells it). */
const TTL_MS = 10_000
/** A whole reload at least this often: a site deleted by another process leaves no timestamp. */
const FULL_MS = 10 * 60_000
/** An unknown host reloads the map at most this often (a portal created from the CLI). */
const MISS_RELOAD_MS = 1_000

const SELECT = { slug: true, name: true, domains: true, status: true, mergedInto: true, redirectTo: true, updatedAt: true } as const

export class HostMap {
  private map = new Map<string, HostedSite>()
  private ids = new Map<string, HostedSite>()
  private loadedAt = 0
  private fullAt = 0
  /** The newest `updatedAt` among the sites read: a look for changes reads the sites changed since. */
  private newest = ''
  private version = -1
  private loading: Promise<void> | null = null

  constructor(
    private readonly payload: Payload,
    private readonly suffix: string,
    private readonly options: { ttlMs?: number } = {},
  ) {}

  /**
   * Every site, when the sites changed in this process or through the bus (`hostMapVersion`), or
   * FULL_MS after the last whole read; otherwise only the sites updated since the newest one read.
   * Reading all 4,000 portals every 10 s held the main thread for about 0.3 s at national scale
   * (Payload's field hooks on every row), in the way of whatever request or publish came then.
   */
  private async load(): Promise<void> {
    const version = hostMapVersion()
    const full = this.version !== version || !this.newest || Date.now() - this.fullAt > FULL_MS
    const sites = await this.payload.find({
      collection: 'sites',
      ...(full ? {} : { where: { updatedAt: { greater_than_equal: this.newest } } }),
      pagination: false,
      depth: 0,
      sort: 'id',
      select: SELECT,
      overrideAccess: true,
    })
    const changed = sites.docs.map((s) => ({ ...lifecycleSite(s as Record<string, unknown>), name: s.name as string }) as HostedSite)
    const next = full ? new Map<string, HostedSite>() : new Map(this.map)
    const ids = full ? new Map<string, HostedSite>() : new Map(this.ids)
    // The changed sites' old hosts go first, so a domain moved between two of them stays with its new site.
    for (const site of changed) {
      const old = ids.get(String(site.id))
      if (!old) continue
      if (next.get(`${old.slug}.${this.suffix}`)?.id === old.id) next.delete(`${old.slug}.${this.suffix}`)
      for (const domain of old.domains) if (next.get(domain)?.id === old.id) next.delete(domain)
    }
    for (const site of changed) {
      ids.set(String(site.id), site)
      next.set(`${site.slug}.${this.suffix}`, site)
      for (const domain of site.domains) next.set(domain, site)
    }
    for (const s of sites.docs) if (typeof s.updatedAt === 'string' && s.updatedAt > this.newest) this.newest = s.updatedAt
    this.map = next
    this.ids = ids
    this.loadedAt = Date.now()
    if (full) this.fullAt = this.loadedAt
    this.version = version
  }

  private async reload(): Promise<void> {
    this.loading ??= this.load().finally(() => (this.loading = null))
    await this.loading
  }

  private async fresh(): Promise<void> {
    if (this.version !== hostMapVersion() || Date.now() - this.loadedAt > (this.options.ttlMs ?? TTL_MS)) await this.reload()
  }

  /** The active portals, from the same map (the search endpoint names them in its results). */
  async activeSites(): Promise<HostedSite[]> {
    await this.fresh()
    return [...this.ids.values()].filter((site) => site.status === 'active')
  }

  async resolve(host: string): Promise<HostedSite | null> {
    await this.fresh()
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
