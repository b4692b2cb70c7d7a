/**
 * Retire a portal whose unit no longer exists (or moved elsewhere) without a merge: the site is
 * archived with all its content kept in the CMS, and its hosts either redirect (301) to a URL
 * or show a notice page in Vietnamese and English with HTTP 410 (ADR 0009).
 *
 * No redirect chain may end in 410 (ADR 0018): portals merged into this one earlier redirect
 * their old URLs to it, so retiring it with a notice is refused (give `--redirect-to`), and with
 * a URL their redirects are re-pointed straight at that URL. A URL on a host of an archived
 * portal is refused too: it would lead to that portal's redirects or notice.
 */
import { type CollectionSlug, createLocalReq, type Payload } from 'payload'

import { contributions } from '../../cms/src/contributions'
import { env } from '../../cms/src/config/env'
import { ancestorsOf, loadSiteTree } from '../../cms/src/lib/hierarchy'
import { recordAudit } from '../audit/record'
import { writeDomainMap } from '../portals/build/domainMap'
import { requestBuild } from '../portals/build/queue'
import { hostsOf, lifecycleSite } from '../portals/serve/archived'
import { bumpHostMap } from '../site-scoping/hostMap'
import { isVersioned, labelOf, own } from './documents'
import { writeRedirectMaps } from './redirectMaps'
import { unpublishLiveRelease } from './release'
import { redirectTargetProblem } from './targets'
import type { Id } from './types'

export type RetireRequest = { slug: string; redirectTo: string | null; notice: string | null; noticeEn: string | null }

/** What a retirement does, as the dry run shows it. */
export type CheckedRetire = RetireRequest & {
  id: Id
  name: string
  hosts: string[]
  /** Archived portals merged into this one: their redirects lead here. */
  mergedHere: string[]
  /** Recorded redirects (of those portals, or made by hand) that point at this portal and are re-pointed to `redirectTo`. */
  repoint: Id[]
  /** Documents of each contributed collection that stay in the CMS and leave the portal. */
  contents: Array<{ slug: string; label: string; count: number; published: number | null; shared: number | null }>
  /** Active portals above it, rebuilt because they list their units. */
  above: Array<{ id: Id; slug: string }>
}

/** How the messages name the request's options: the CLI's flags, or the admin form's fields. */
export type RetireOptionNames = Record<'redirectTo' | 'notice' | 'noticeEn', { vi: string; en: string }>

export const CLI_OPTION_NAMES: RetireOptionNames = {
  redirectTo: { vi: '--redirect-to', en: '--redirect-to' },
  notice: { vi: '--notice', en: '--notice' },
  noticeEn: { vi: '--notice-en', en: '--notice-en' },
}

export async function validateRetire(payload: Payload, request: RetireRequest, names: RetireOptionNames = CLI_OPTION_NAMES): Promise<CheckedRetire | { problems: string[] }> {
  const problems: string[] = []
  const { redirectTo: to, notice: nv, noticeEn: ne } = names
  const found = await payload.find({ collection: 'sites', where: { slug: { equals: request.slug } }, limit: 1, depth: 0, locale: 'vi', overrideAccess: true })
  const site = found.docs[0]
  if (!site) return { problems: [`Không có trang "${request.slug}". / No site "${request.slug}".`] }
  if (site.mergedInto) problems.push(`Trang "${request.slug}" đã sáp nhập vào trang khác; tên miền của nó chuyển hướng theo việc sáp nhập. / "${request.slug}" was merged; its hosts follow the merger.`)
  const suffix = env().portalHostSuffix
  const hosts = hostsOf({ slug: String(site.slug), domains: (site.domains as string[] | null) ?? [] }, suffix)
  const all = (
    await payload.find({ collection: 'sites', pagination: false, depth: 0, locale: 'vi', overrideAccess: true, select: { slug: true, domains: true, status: true, mergedInto: true, redirectTo: true } })
  ).docs.map((d) => lifecycleSite(d as Record<string, unknown>))
  if (request.redirectTo) {
    const problem = redirectTargetProblem(request.redirectTo)
    if (problem) problems.push(`${to.vi}: ${problem}`)
    else {
      const host = new URL(request.redirectTo).hostname.toLowerCase()
      if (hosts.includes(host)) problems.push(`${to.vi} trỏ về chính trang này (vòng lặp). / ${to.en} points back at this site.`)
      const archived = all.find((s) => s.status === 'archived' && String(s.id) !== String(site.id) && hostsOf(s, suffix).includes(host))
      if (archived) {
        const live = archived.mergedInto ? all.find((s) => String(s.id) === String(archived.mergedInto)) : undefined
        problems.push(
          `${to.vi} trỏ tới cổng "${archived.slug}" đã lưu trữ${live && live.status !== 'archived' ? `; hãy trỏ tới cổng "${live.slug}" đã tiếp nhận nó` : ''}. / ${to.en} points at the archived portal "${archived.slug}"${live && live.status !== 'archived' ? `: use "${live.slug}", which absorbed it` : ''}.`,
        )
      }
    }
    if (request.notice || request.noticeEn) problems.push(`Chọn ${to.vi} hoặc ${nv.vi}, không dùng cả hai (thông báo sẽ không bao giờ hiện). / Use either ${to.en} or ${nv.en}.`)
  }
  for (const [flag, text] of [[nv, request.notice], [ne, request.noticeEn]] as const) {
    if (text && text.length > 2000) problems.push(`${flag.vi} dài quá 2000 ký tự. / ${flag.en} is longer than 2000 characters.`)
  }
  const children = await payload.count({ collection: 'sites', where: { and: [{ parent: { equals: site.id } }, { status: { equals: 'active' } }] }, overrideAccess: true })
  if (children.totalDocs > 0) {
    problems.push(`Còn ${children.totalDocs} trang cấp dưới đang hoạt động; hãy sáp nhập hoặc chuyển chúng sang đơn vị khác trước. / ${children.totalDocs} active child sites remain.`)
  }
  const mergedHere = all.filter((s) => String(s.mergedInto) === String(site.id)).map((s) => s.slug)
  if (mergedHere.length && !request.redirectTo) {
    problems.push(
      `Các cổng ${mergedHere.map((s) => `"${s}"`).join(', ')} đã sáp nhập vào "${request.slug}": nếu cổng này chỉ hiện thông báo ngừng hoạt động (410), địa chỉ cũ của chúng sẽ chuyển hướng tới một trang 410. Hãy dùng ${to.vi} với địa chỉ của đơn vị tiếp nhận. / ${mergedHere.join(', ')} were merged into "${request.slug}": a notice (410) would leave their old URLs redirecting to a dead end; give ${to.en} instead.`,
    )
  }
  if (problems.length) return { problems }

  const repoint = request.redirectTo
    ? (await payload.find({ collection: 'redirects', where: { toSite: { equals: site.id } }, pagination: false, depth: 0, overrideAccess: true, select: { fromPath: true } })).docs.map((r) => r.id)
    : []
  const contents: CheckedRetire['contents'] = []
  for (const { slug } of contributions(payload, 'lifecycle')) {
    const config = payload.collections[slug as CollectionSlug].config
    const mine = { site: { equals: site.id } }
    const count = (await payload.count({ collection: slug as CollectionSlug, where: mine, overrideAccess: true })).totalDocs
    if (!count) continue
    const published = isVersioned(config) ? (await payload.count({ collection: slug as CollectionSlug, where: { and: [mine, { _status: { equals: 'published' } }] }, overrideAccess: true })).totalDocs : null
    const sharing = config.flattenedFields.some((f) => f.name === 'sharedWith')
    const shared = sharing
      ? (await payload.find({ collection: slug as CollectionSlug, where: mine, pagination: false, depth: 0, overrideAccess: true, select: { sharedWith: true, shareWithSubordinates: true } as never })).docs.filter(
          (d) => ((d as { sharedWith?: unknown[] }).sharedWith ?? []).length > 0 || (d as { shareWithSubordinates?: boolean }).shareWithSubordinates === true,
        ).length
      : null
    contents.push({ slug, label: labelOf(config), count, published, shared })
  }
  const tree = await loadSiteTree(payload)
  const aboveIds = new Set(ancestorsOf(tree, String(site.id)))
  const above = all.filter((s) => aboveIds.has(String(s.id)) && s.status === 'active').map((s) => ({ id: s.id, slug: s.slug }))
  return { ...request, id: site.id, name: String(site.name), hosts, mergedHere, repoint, contents, above }
}

/** The dry run's report. */
export function describeRetire(site: CheckedRetire): string[] {
  const lines = [`Ngừng hoạt động "${site.name}" (${site.slug}) / retirement plan:`]
  lines.push(`  tên miền / hosts: ${site.hosts.join(', ')}`)
  lines.push(site.redirectTo ? `  → chuyển hướng 301 tới ${site.redirectTo} / redirect (301)` : `  → hiện thông báo ngừng hoạt động (HTTP 410, noindex) / notice (410)`)
  for (const c of site.contents) {
    const parts = [`${c.count} giữ trong CMS, không còn hiện trên cổng`]
    if (c.published !== null) parts.push(`${c.published} đang xuất bản`)
    if (c.shared) parts.push(`${c.shared} chia sẻ sang cổng khác`)
    lines.push(`  ${c.label} (${c.slug}): ${parts.join(', ')}`)
  }
  if (site.mergedHere.length) lines.push(`  cổng đã sáp nhập vào đây / merged here earlier: ${site.mergedHere.join(', ')}`)
  if (site.repoint.length) lines.push(`  ${site.repoint.length} chuyển hướng cũ trỏ vào ${site.slug} sẽ trỏ thẳng tới ${site.redirectTo} / redirects re-pointed`)
  lines.push(`  xây dựng lại cổng cấp trên / parent portals rebuilt: ${site.above.length ? site.above.map((s) => s.slug).join(', ') : 'không có'}`)
  return lines
}

export async function retireSite(payload: Payload, site: CheckedRetire, by?: { id: number | string; email?: string | null }): Promise<{ summary: string; rebuild: Id[] }> {
  const wasArchived = (await payload.findByID({ collection: 'sites', id: site.id, depth: 0, overrideAccess: true, select: { status: true } })).status === 'archived'
  // Redirects that led here (portals merged into this one) lead straight to the new address.
  for (const id of site.repoint) await payload.update({ collection: 'redirects', id, data: { toUrl: site.redirectTo!, toSite: null }, ...own() })
  await payload.update({
    collection: 'sites',
    id: site.id,
    locale: 'vi',
    data: {
      status: 'archived',
      mergedInto: null,
      redirectTo: site.redirectTo,
      retirementNotice: site.redirectTo ? null : site.notice,
      ...(wasArchived ? {} : { archivedAt: new Date().toISOString() }),
    },
    ...own(),
  })
  await payload.update({ collection: 'sites', id: site.id, locale: 'en', data: { retirementNotice: site.redirectTo ? null : site.noticeEn }, ...own() })
  await unpublishLiveRelease(site.slug)
  bumpHostMap()
  await writeRedirectMaps(payload)
  // Its domains leave the nginx domain map (builds between runs rewrite it only for their portals).
  await writeDomainMap(payload)

  const req = await createLocalReq({}, payload)
  await recordAudit(req, {
    action: 'update',
    collection: 'sites',
    docId: site.id,
    title: site.name,
    site: site.id,
    ...(by ? { user: by } : {}),
    detail: { operation: 'retire', redirectTo: site.redirectTo, notice: Boolean(site.notice || site.noticeEn), repointed: site.repoint.length, mergedHere: site.mergedHere },
  })

  // The portals above list their subordinates' latest news; this site's leave their lists.
  for (const s of site.above) await requestBuild(payload, s.id, `ngừng hoạt động ${site.slug}`)

  const hosts = site.hosts.join(', ')
  const summary = site.redirectTo
    ? `Đã lưu trữ "${site.name}" (${site.slug}); ${hosts} chuyển hướng 301 tới ${site.redirectTo} / archived, hosts redirect (301)`
    : `Đã lưu trữ "${site.name}" (${site.slug}); ${hosts} hiện thông báo ngừng hoạt động (HTTP 410) / archived, hosts show the notice (410)`
  const repointed = site.repoint.length ? `\n${site.repoint.length} chuyển hướng của các cổng đã sáp nhập vào ${site.slug} nay trỏ thẳng tới ${site.redirectTo} / redirects re-pointed` : ''
  const rebuilt = site.above.length ? `\nĐã xếp hàng xây dựng lại cổng cấp trên: ${site.above.map((s) => s.slug).join(', ')} / parent portals queued for rebuild` : ''
  return { summary: `${summary}${repointed}${rebuilt}`, rebuild: site.above.map((s) => s.id) }
}
