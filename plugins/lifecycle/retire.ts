/**
 * Retire a portal whose unit no longer exists (or moved elsewhere) without a merge: the site is
 * archived with all its content kept in the CMS, and its hosts either redirect (301) to a URL
 * or show a notice page in Vietnamese and English with HTTP 410 (ADR 0009).
 */
import { createLocalReq, type Payload } from 'payload'

import { recordAudit } from '../audit/record'
import { requestBuild } from '../portals/build/queue'
import { env } from '../../cms/src/config/env'
import { bumpHostMap } from '../site-scoping/hostMap'
import { ancestorsOf, loadSiteTree } from '../../cms/src/lib/hierarchy'
import { hostsOf } from '../portals/serve/archived'
import { unpublishLiveRelease } from './release'
import { writeRedirectMaps } from './redirectMaps'
import { redirectTargetProblem } from './targets'

type Id = number | string

export type RetireRequest = { slug: string; redirectTo: string | null; notice: string | null; noticeEn: string | null }
export type CheckedRetire = RetireRequest & { id: Id; name: string; hosts: string[] }

const own = () => ({ overrideAccess: true, depth: 0, context: { skipBuild: true, skipRedirectMaps: true } }) as const

export async function validateRetire(payload: Payload, request: RetireRequest): Promise<CheckedRetire | { problems: string[] }> {
  const problems: string[] = []
  const found = await payload.find({ collection: 'sites', where: { slug: { equals: request.slug } }, limit: 1, depth: 0, locale: 'vi', overrideAccess: true })
  const site = found.docs[0]
  if (!site) return { problems: [`Không có trang "${request.slug}". / No site "${request.slug}".`] }
  if (site.mergedInto) problems.push(`Trang "${request.slug}" đã sáp nhập vào trang khác; tên miền của nó chuyển hướng theo việc sáp nhập. / "${request.slug}" was merged; its hosts follow the merger.`)
  const hosts = hostsOf({ slug: String(site.slug), domains: (site.domains as string[] | null) ?? [] }, env().portalHostSuffix)
  if (request.redirectTo) {
    const problem = redirectTargetProblem(request.redirectTo)
    if (problem) problems.push(`--redirect-to: ${problem}`)
    else if (hosts.includes(new URL(request.redirectTo).hostname.toLowerCase())) {
      problems.push('--redirect-to trỏ về chính trang này (vòng lặp). / --redirect-to points back at this site.')
    }
    if (request.notice || request.noticeEn) problems.push('Chọn --redirect-to hoặc --notice, không dùng cả hai (thông báo sẽ không bao giờ hiện). / Use either --redirect-to or --notice.')
  }
  for (const [flag, text] of [['--notice', request.notice], ['--notice-en', request.noticeEn]] as const) {
    if (text && text.length > 2000) problems.push(`${flag} dài quá 2000 ký tự. / ${flag} is longer than 2000 characters.`)
  }
  const children = await payload.count({ collection: 'sites', where: { and: [{ parent: { equals: site.id } }, { status: { equals: 'active' } }] }, overrideAccess: true })
  if (children.totalDocs > 0) {
    problems.push(`Còn ${children.totalDocs} trang cấp dưới đang hoạt động; hãy sáp nhập hoặc chuyển chúng sang đơn vị khác trước. / ${children.totalDocs} active child sites remain.`)
  }
  if (problems.length) return { problems }
  return { ...request, id: site.id, name: String(site.name), hosts }
}

export async function retireSite(payload: Payload, site: CheckedRetire): Promise<{ summary: string; rebuild: Id[] }> {
  const wasArchived = (await payload.findByID({ collection: 'sites', id: site.id, depth: 0, overrideAccess: true, select: { status: true } })).status === 'archived'
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

  const req = await createLocalReq({}, payload)
  await recordAudit(req, {
    action: 'update',
    collection: 'sites',
    docId: site.id,
    title: site.name,
    site: site.id,
    detail: { operation: 'retire', redirectTo: site.redirectTo, notice: Boolean(site.notice || site.noticeEn) },
  })

  // The portals above list their subordinates' latest news; this site's leave their lists.
  const tree = await loadSiteTree(payload)
  const above = ancestorsOf(tree, String(site.id))
  const active = above.length
    ? (await payload.find({ collection: 'sites', where: { and: [{ id: { in: above } }, { status: { equals: 'active' } }] }, pagination: false, depth: 0, overrideAccess: true, select: { slug: true } })).docs
    : []
  for (const s of active) await requestBuild(payload, s.id, `ngừng hoạt động ${site.slug}`)

  const hosts = site.hosts.join(', ')
  const summary = site.redirectTo
    ? `Đã lưu trữ "${site.name}" (${site.slug}); ${hosts} chuyển hướng 301 tới ${site.redirectTo} / archived, hosts redirect (301)`
    : `Đã lưu trữ "${site.name}" (${site.slug}); ${hosts} hiện thông báo ngừng hoạt động (HTTP 410) / archived, hosts show the notice (410)`
  return { summary: active.length ? `${summary}\nĐã xếp hàng xây dựng lại cổng cấp trên: ${active.map((s) => s.slug).join(', ')} / parent portals queued for rebuild` : summary, rebuild: active.map((s) => s.id) }
}
