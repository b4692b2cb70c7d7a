/**
 * Answers for the hosts of archived portals: the recorded redirect of the path (exact, then the
 * trailing-slash variant), else the site's fallback (merged → the live portal's home, retired
 * with a URL → that URL), else the notice page with 410 Gone. The old release is never served.
 */
import type { Payload } from 'payload'

import { fallbackFor, pathCandidates } from '../portals/serve/archived'
import { noticeFor } from './redirectMaps'
import type { HostedSite, HostMap } from '../portals/serve/hosts'

export type ArchivedAnswer = { kind: 'redirect'; url: string; status: number } | { kind: 'notice'; html: string }

type Cached<T> = { loadedAt: number; value: T }

export class ArchivedPortals {
  private tables = new Map<string, Cached<Map<string, { url: string; status: number }>>>()
  private notices = new Map<string, Cached<string>>()

  constructor(
    private readonly payload: Payload,
    private readonly hosts: HostMap,
  ) {}

  /** Tables are reloaded whenever the host map is (site or redirect changes, or every 10 s). */
  private async cached<T>(cache: Map<string, Cached<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const hit = cache.get(key)
    if (hit && hit.loadedAt === this.hosts.loadedAtMs) return hit.value
    const value = await load()
    cache.set(key, { loadedAt: this.hosts.loadedAtMs, value })
    return value
  }

  private table(site: HostedSite) {
    return this.cached(this.tables, String(site.id), async () => {
      const { docs } = await this.payload.find({
        collection: 'redirects',
        where: { fromSite: { equals: site.id } },
        pagination: false,
        depth: 0,
        select: { fromPath: true, toUrl: true, status: true },
        overrideAccess: true,
      })
      return new Map(docs.map((r) => [String(r.fromPath), { url: String(r.toUrl), status: Number(r.status) || 301 }]))
    })
  }

  async answer(site: HostedSite, path: string): Promise<ArchivedAnswer> {
    const table = await this.table(site)
    for (const candidate of pathCandidates(path)) {
      const hit = table.get(candidate)
      if (hit) return { kind: 'redirect', ...hit }
    }
    const fallback = fallbackFor(site, (id) => this.hosts.byId(id))
    if (fallback.kind === 'redirect') return { kind: 'redirect', url: fallback.url, status: 301 }
    const html = await this.cached(this.notices, String(site.id), () => noticeFor(this.payload, site.id, (id) => this.hosts.byId(id)))
    return { kind: 'notice', html }
  }
}
