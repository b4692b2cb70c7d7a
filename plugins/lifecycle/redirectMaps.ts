/**
 * Files for the production static server (docker/nginx-portals.conf), next to `.domains.map`:
 *
 * - `.redirects.map`: `"host/path" "url";` for every recorded redirect of an archived portal, on
 *   each of its hosts, plus one regular expression per host for its fallback (the home of the
 *   portal it was merged into, or the URL it was retired to);
 * - `.gone.map`: `~^host/ slug;` for retired portals that show a notice instead;
 * - `.gone/<slug>.html`: that notice, which nginx serves with 410.
 *
 * Rewritten whenever redirects or the lifecycle of a site change, and at every start.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'

import { portalBaseUrl } from '../portals/build/export'
import { sitesDir } from '../portals/build/paths'
import { env } from '../../cms/src/config/env'
import { fallbackFor, hostsOf, lifecycleSite, type LifecycleSite } from '../portals/serve/archived'
import { noticePage } from './notice'
import { idOf } from '../../cms/src/lib/ids'

type Id = number | string

/** Values nginx reads literally: no quotes, `$` (variables), `;`, braces, backslashes or spaces. */
const SAFE = /^[^\s"'$;{}\\]+$/

const hostPattern = (host: string) => `~^${host.replace(/\./g, '\\.')}/`

async function writeAtomically(file: string, content: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`
  await fs.writeFile(tmp, content)
  await fs.rename(tmp, file)
}

/**
 * A request carrying only `req`'s transaction, one per Local API call: the Local API sets its own
 * locale on the request it is given, which must touch neither the hook's request nor another call.
 */
const inTransactionOf = (req?: PayloadRequest): PayloadRequest | undefined => (req ? ({ transactionID: req.transactionID } as PayloadRequest) : undefined)

export type RedirectMapsResult = { redirectLines: number; noticeSites: number }

/**
 * Writes the maps from the sites and redirects as they are. `req`: the request whose transaction
 * just changed them (a hook's): read inside it, or PostgreSQL would answer from before the change.
 */
export async function writeRedirectMaps(payload: Payload, req?: PayloadRequest): Promise<RedirectMapsResult> {
  const suffix = env().portalHostSuffix
  const { docs } = await payload.find({
    collection: 'sites',
    pagination: false,
    depth: 0,
    locale: 'vi',
    select: { slug: true, name: true, domains: true, status: true, mergedInto: true, redirectTo: true, parent: true },
    overrideAccess: true,
    req: inTransactionOf(req),
  })
  const sites = docs.map((d) => lifecycleSite(d as Record<string, unknown>))
  const byId = new Map(sites.map((s) => [String(s.id), s]))
  const archived = sites.filter((s) => s.status === 'archived')

  const redirectLines: string[] = []
  const fallbackLines: string[] = []
  const goneLines: string[] = []
  const notices = new Map<string, string>()

  if (archived.length > 0) {
    const redirects = await payload.find({
      collection: 'redirects',
      where: { fromSite: { in: archived.map((s) => s.id) } },
      pagination: false,
      depth: 0,
      sort: 'fromPath',
      select: { fromSite: true, fromPath: true, toUrl: true },
      overrideAccess: true,
      req: inTransactionOf(req),
    })
    const bySite = new Map<string, Array<{ fromPath: string; toUrl: string }>>()
    for (const r of redirects.docs) {
      const key = String(idOf(r.fromSite))
      bySite.set(key, [...(bySite.get(key) ?? []), { fromPath: String(r.fromPath), toUrl: String(r.toUrl) }])
    }
    for (const site of archived) {
      const hosts = hostsOf(site, suffix)
      for (const { fromPath, toUrl } of bySite.get(String(site.id)) ?? []) {
        if (!SAFE.test(fromPath) || !SAFE.test(toUrl)) continue
        // Both spellings of a directory path: nginx does not add the slash before the map runs.
        const variants = fromPath.length > 1 && fromPath.endsWith('/') ? [fromPath, fromPath.slice(0, -1)] : [fromPath]
        for (const host of hosts) for (const p of variants) redirectLines.push(`"${host}${p}" "${toUrl}";`)
      }
      const fallback = fallbackFor(site, (id) => byId.get(String(id)))
      if (fallback.kind === 'redirect' && SAFE.test(fallback.url)) {
        for (const host of hosts) fallbackLines.push(`${hostPattern(host)} "${fallback.url}";`)
      } else {
        for (const host of hosts) goneLines.push(`${hostPattern(host)} ${site.slug};`)
        notices.set(site.slug, await noticeFor(payload, site.id, (id) => byId.get(String(id)), req))
      }
    }
  }

  const dir = sitesDir()
  const goneDir = path.join(dir, '.gone')
  await fs.mkdir(goneDir, { recursive: true })
  for (const [slug, html] of notices) await writeAtomically(path.join(goneDir, `${slug}.html`), html)
  for (const name of await fs.readdir(goneDir)) {
    if (name.endsWith('.html') && !notices.has(name.slice(0, -5))) await fs.rm(path.join(goneDir, name), { force: true })
  }
  const header = '# Generated by Cổng (npm run site merge|retire); do not edit.\n'
  // Exact paths first for the reader; nginx checks exact keys before regular expressions anyway.
  await writeAtomically(path.join(dir, '.redirects.map'), header + [...redirectLines, ...fallbackLines].join('\n') + '\n')
  await writeAtomically(path.join(dir, '.gone.map'), header + goneLines.join('\n') + '\n')
  return { redirectLines: redirectLines.length + fallbackLines.length, noticeSites: notices.size }
}

/** The notice of a retired site, with its English name and parent portal. */
export async function noticeFor(payload: Payload, id: Id, lookup: (id: Id) => LifecycleSite | undefined, req?: PayloadRequest): Promise<string> {
  const read = (locale: 'vi' | 'en') =>
    payload.findByID({ collection: 'sites', id, locale, fallbackLocale: false as never, depth: 0, overrideAccess: true, req: inTransactionOf(req), select: { slug: true, name: true, parent: true, retirementNotice: true } })
  const [vi, en] = await Promise.all([read('vi'), read('en')])
  const parentId = idOf(vi.parent)
  const parent = parentId !== null ? lookup(parentId) : undefined
  const parentName = parent && parent.status !== 'archived' ? (await payload.findByID({ collection: 'sites', id: parent.id, locale: 'vi', depth: 0, overrideAccess: true, req: inTransactionOf(req), select: { name: true } })).name : null
  return noticePage({
    name: String(vi.name ?? vi.slug),
    nameEn: typeof en.name === 'string' && en.name ? en.name : null,
    notice: { vi: (vi.retirementNotice as string | null) ?? null, en: (en.retirementNotice as string | null) ?? null },
    parent: parent && parentName ? { name: String(parentName), url: `${portalBaseUrl(parent)}/` } : null,
  })
}
