/**
 * Which origins may act on the platform (docs/adr/0017-csrf-headers-and-limits.md):
 *
 * - the platform's own origins (`PLATFORM_HOSTS` on `PORT`, on the default ports behind a proxy,
 *   and `SERVER_URL`): the admin, the REST and GraphQL API, everything a session cookie opens.
 *   This is also Payload's `csrf` list, so a session cookie sent from anywhere else is ignored;
 * - the portals' origins (`<slug>.<PORTAL_HOST_SUFFIX>` and every domain of a site, read from the
 *   host map, so a new or renamed portal counts within seconds): only for the public endpoints
 *   their pages post to (questions, comments). Portals run a third-party script (EMC) and share a
 *   site with the platform, so they never get to use a staff session.
 */
import type { Env } from '../config/env'
import type { HostMap } from '../../../plugins/portals/serve/hosts'

/** `::1` → `[::1]`: how an IPv6 host appears in an origin. */
function originHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host
}

/** The origins of the platform host(s), for Payload's `csrf` list and the origin check. */
export function platformOrigins(e: Pick<Env, 'platformHosts' | 'port' | 'serverUrl'>): string[] {
  const origins = new Set<string>()
  if (e.serverUrl) origins.add(new URL(e.serverUrl).origin)
  for (const raw of e.platformHosts) {
    const host = originHost(raw)
    for (const scheme of ['http', 'https']) {
      origins.add(`${scheme}://${host}:${e.port}`)
      origins.add(`${scheme}://${host}`)
    }
  }
  return [...origins]
}

export type OriginKind = 'platform' | 'portal' | 'foreign'

export class TrustedOrigins {
  private readonly platform: Set<string>

  constructor(
    e: Pick<Env, 'platformHosts' | 'port' | 'serverUrl'>,
    private readonly hosts: Pick<HostMap, 'resolve'>,
  ) {
    this.platform = new Set(platformOrigins(e))
  }

  /** What an `Origin` header names; `null` (sandboxed frames, file: pages) is foreign. */
  async classify(origin: string): Promise<OriginKind> {
    if (this.platform.has(origin)) return 'platform'
    let url: URL
    try {
      url = new URL(origin)
    } catch {
      return 'foreign'
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) return 'foreign'
    const site = await this.hosts.resolve(url.hostname.toLowerCase())
    return site && site.status !== 'archived' ? 'portal' : 'foreign'
  }
}
