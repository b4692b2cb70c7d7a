/**
 * What an archived portal's host answers, shared by the express server and the nginx maps:
 * a recorded redirect for the exact path, else the site's fallback (the home of the portal it
 * was merged into, or the URL it was retired to), else the notice page.
 */
import { portalBaseUrl } from '../build/export'
import { idOf } from '../../../cms/src/lib/ids'

type Id = number | string

/** A site as far as the serving rules need it. */
export type LifecycleSite = {
  id: Id
  slug: string
  domains: string[]
  status: string
  mergedInto: Id | null
  redirectTo: string | null
}

export function lifecycleSite(doc: Record<string, unknown>): LifecycleSite {
  return {
    id: doc.id as Id,
    slug: String(doc.slug),
    domains: ((doc.domains as string[] | null) ?? []).map((d) => d.toLowerCase()),
    status: String(doc.status ?? 'active'),
    mergedInto: idOf(doc.mergedInto),
    redirectTo: typeof doc.redirectTo === 'string' && doc.redirectTo ? doc.redirectTo : null,
  }
}

export type Fallback = { kind: 'redirect'; url: string } | { kind: 'notice' }

/**
 * Where every unmatched path of an archived site goes. A merge chain (a into b, later b into c)
 * is followed to the portal that is still live; a loop or a dead end shows the notice.
 */
export function fallbackFor(site: LifecycleSite, byId: (id: Id) => LifecycleSite | undefined): Fallback {
  const seen = new Set<string>()
  let current: LifecycleSite | undefined = site
  while (current && !seen.has(String(current.id))) {
    seen.add(String(current.id))
    if (current.status !== 'archived') return { kind: 'redirect', url: `${portalBaseUrl(current)}/` }
    if (current.redirectTo) return { kind: 'redirect', url: current.redirectTo }
    if (current.mergedInto === null) return { kind: 'notice' }
    current = byId(current.mergedInto)
  }
  return { kind: 'notice' }
}

/** The stored paths a request path may match: itself, then with or without its trailing slash. */
export function pathCandidates(path: string): string[] {
  if (path === '/') return [path]
  const out = [path]
  if (path.endsWith('/index.html')) out.push(path.slice(0, -'index.html'.length))
  else if (path.length > 1 && path.endsWith('/')) out.push(path.slice(0, -1))
  else if (!/\.[a-z0-9]{2,5}$/i.test(path)) out.push(`${path}/`)
  return out
}

/** The host names a portal answers on: its domains and `<slug>.<suffix>`. */
export function hostsOf(site: Pick<LifecycleSite, 'slug' | 'domains'>, suffix: string): string[] {
  return [...new Set([...site.domains.map((d) => d.toLowerCase()), `${site.slug}.${suffix}`])]
}
