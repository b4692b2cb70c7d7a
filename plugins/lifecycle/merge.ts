/**
 * Merge portal `a` into portal `b` (units merged in the 2025 reorganisation): a's news, pages,
 * categories and media move to b, a's subordinate portals move under b, every public URL a had
 * gets a permanent redirect to where its content is now, and a is archived (`mergedInto: b`).
 *
 * Slug conflicts are resolved deterministically: the moved item keeps its slug when b does not
 * use it, else takes `<slug>-<a's slug>` (then `-2`, `-3`…), in id order. Categories b already
 * has (same slug, or the same mandatory section) are joined rather than duplicated.
 *
 * The embedded database has no transactions, so the redirects are recorded first (they only
 * answer once a is archived) and a is archived last: after a failure a's portal stays as it
 * was, and running the merge again moves what is left.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import { createLocalReq, type Payload, type Where } from 'payload'

import { recordAudit } from '../audit/record'
import { portalBaseUrl } from '../portals/build/export'
import { sitesDir } from '../portals/build/paths'
import { NEWS_PAGE_SIZE } from '../../cms/src/contracts/portal'
import { bumpHostMap } from '../site-scoping/hostMap'
import { ancestorsOf, loadSiteTree } from '../../cms/src/lib/hierarchy'
import { PARENT_LEVELS, type SiteLevel } from './provisioning/validate'
import { unpublishLiveRelease } from './release'
import { writeRedirectMaps } from './redirectMaps'

type Id = number | string
type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export type PlannedSite = { id: Id; slug: string; name: string; nameEn: string | null; level: SiteLevel; domains: string[]; baseUrl: string; url: string }

/** How a news item or page moves: see `moveVersioned`. */
type Publication = 'published' | 'draft' | 'published-with-draft'

export type MovedDoc = { id: Id; oldSlug: string; newSlug: string; publication: Publication; title: string }
export type MovedPage = MovedDoc & { english: boolean; clearSection: boolean; retitle: boolean }
export type MovedNews = MovedDoc & { categories: Id[] }
export type MovedCategory = { id: Id; oldSlug: string; title: string; action: 'move' | 'join'; newSlug: string; target: Id }

export type MergePlan = {
  from: PlannedSite
  into: PlannedSite & { english: boolean }
  pages: MovedPage[]
  news: MovedNews[]
  categories: MovedCategory[]
  media: Id[]
  children: Array<{ id: Id; slug: string }>
  /** Old path on a → new absolute URL. */
  redirects: Map<string, string>
  /** Existing redirects that pointed at a's URLs and now point at b's. */
  chains: Array<{ id: Id; toUrl: string }>
  /** Link added to b's footer menus to reach a's former introduction. */
  footerLink: { vi: { label: string; url: string }; en: { label: string; url: string } | null } | null
  /** News of other portals shared with a: it stays with its owner (a no longer shows it). */
  sharedIn: number
  /** Staff accounts with a role on a (kept; grant roles on b by invitation if needed). */
  members: number
}

const own = () => ({ overrideAccess: true, depth: 0, context: { skipBuild: true, skipRedirectMaps: true } }) as const
const relId = (v: unknown): Id | null => (v && typeof v === 'object' && 'id' in v ? (v as { id: Id }).id : ((v as Id | null | undefined) ?? null))

async function loadSite(payload: Payload, slug: string): Promise<(PlannedSite & { status: string; parent: Id | null }) | null> {
  const found = await payload.find({ collection: 'sites', where: { slug: { equals: slug } }, limit: 1, depth: 0, locale: 'vi', overrideAccess: true })
  const doc = found.docs[0] as Doc | undefined
  if (!doc) return null
  const en = (await payload.findByID({ collection: 'sites', id: doc.id, locale: 'en', fallbackLocale: false as never, depth: 0, overrideAccess: true, select: { name: true } })) as Doc
  const baseUrl = portalBaseUrl({ slug: doc.slug, domains: doc.domains })
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    nameEn: typeof en.name === 'string' && en.name ? en.name : null,
    level: doc.level,
    domains: doc.domains ?? [],
    baseUrl,
    url: `${baseUrl}/`,
    status: doc.status,
    parent: relId(doc.parent),
  }
}

/** Picks free slugs: the same one when free, else `<slug>-<suffix>`, `<slug>-<suffix>-2`… */
function slugPicker(taken: Set<string>, suffix: string) {
  return (slug: string): string => {
    let candidate = slug
    for (let n = 1; taken.has(candidate); n++) candidate = n === 1 ? `${slug}-${suffix}` : `${slug}-${suffix}-${n}`
    taken.add(candidate)
    return candidate
  }
}

/** The publication state of each versioned document: main table and latest version. */
async function publicationOf(payload: Payload, collection: 'news' | 'pages', docs: Doc[]): Promise<Map<string, Publication>> {
  const states = new Map<string, Publication>()
  if (docs.length === 0) return states
  const latest = await payload.findVersions({
    collection,
    where: { and: [{ parent: { in: docs.map((d) => d.id) } }, { latest: { equals: true } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { parent: true, version: { _status: true } } as never,
  })
  const latestDraft = new Set(latest.docs.filter((v) => (v.version as Doc)?._status === 'draft').map((v) => String(relId(v.parent))))
  for (const d of docs) {
    const published = d._status === 'published'
    states.set(String(d.id), published ? (latestDraft.has(String(d.id)) ? 'published-with-draft' : 'published') : 'draft')
  }
  return states
}

/** Paths of a's live release (what citizens could reach), if it was ever built. */
async function releasePaths(slug: string): Promise<string[]> {
  const root = path.join(sitesDir(), slug)
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])
  const out: string[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const rel = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    if (rel.startsWith('_astro/') || rel.startsWith('media/') || rel === '404.html') continue
    if (rel === 'index.html') out.push('/')
    else if (rel.endsWith('/index.html')) out.push(`/${rel.slice(0, -'index.html'.length)}`)
    else if (/\.(xml|txt)$/.test(rel)) out.push(`/${rel}`)
  }
  return out.sort()
}

const pagesOf = (count: number) => Math.max(1, Math.ceil(count / NEWS_PAGE_SIZE))

export async function planMerge(payload: Payload, fromSlug: string, intoSlug: string): Promise<MergePlan | { problems: string[] }> {
  const problems: string[] = []
  const [from, into] = await Promise.all([loadSite(payload, fromSlug), loadSite(payload, intoSlug)])
  if (!from) problems.push(`Không có trang "${fromSlug}". / No site "${fromSlug}".`)
  if (!into) problems.push(`Không có trang "${intoSlug}". / No site "${intoSlug}".`)
  if (!from || !into) return { problems }
  if (from.id === into.id) problems.push('Không thể sáp nhập một trang vào chính nó. / A site cannot be merged into itself.')
  if (from.status === 'archived') problems.push(`Trang "${fromSlug}" đã lưu trữ (đã sáp nhập hoặc ngừng hoạt động). / "${fromSlug}" is already archived.`)
  if (into.status === 'archived') problems.push(`Trang "${intoSlug}" đã lưu trữ; hãy sáp nhập vào trang đang hoạt động. / "${intoSlug}" is archived.`)
  const tree = await loadSiteTree(payload)
  if (ancestorsOf(tree, String(into.id)).includes(String(from.id))) {
    problems.push(`"${intoSlug}" là đơn vị cấp dưới của "${fromSlug}"; không thể sáp nhập cấp trên vào cấp dưới. / "${intoSlug}" sits below "${fromSlug}".`)
  }
  const childDocs = (await payload.find({ collection: 'sites', where: { parent: { equals: from.id } }, pagination: false, depth: 0, overrideAccess: true, select: { slug: true, level: true, status: true } })).docs as Doc[]
  const children = childDocs.filter((c) => String(c.id) !== String(into.id))
  for (const c of children) {
    if (c.status !== 'archived' && !(PARENT_LEVELS[c.level as SiteLevel] as readonly string[]).includes(into.level)) {
      problems.push(`Trang cấp dưới "${c.slug}" (cấp ${c.level}) không thể chuyển sang trực thuộc "${intoSlug}" (cấp ${into.level}). / Child "${c.slug}" cannot move under a ${into.level} site.`)
    }
  }
  if (problems.length) return { problems }

  const inFrom: Where = { site: { equals: from.id } }
  const inInto: Where = { site: { equals: into.id } }
  const list = (collection: 'news' | 'pages' | 'categories' | 'media', where: Where, locale: 'vi' | 'en' = 'vi') =>
    payload.find({ collection, where, pagination: false, depth: 0, locale, fallbackLocale: false as never, sort: 'id', overrideAccess: true }).then((r) => r.docs as Doc[])
  const [newsA, pagesA, pagesAEn, catsA, mediaA, newsB, pagesB, catsB] = await Promise.all([
    list('news', inFrom),
    list('pages', inFrom),
    list('pages', inFrom, 'en'),
    list('categories', inFrom),
    list('media', inFrom),
    list('news', inInto),
    list('pages', inInto),
    list('categories', inInto),
  ])
  const [newsState, pageState] = await Promise.all([publicationOf(payload, 'news', newsA), publicationOf(payload, 'pages', pagesA)])

  // Categories: join b's category with the same slug or the same mandatory section, else move.
  const catBySlug = new Map(catsB.map((c) => [String(c.slug), c]))
  const catBySection = new Map(catsB.filter((c) => c.section).map((c) => [String(c.section), c]))
  const takenCategories = new Set(catsB.map((c) => String(c.slug)))
  const categories: MovedCategory[] = catsA.map((c) => {
    const target = catBySlug.get(String(c.slug)) ?? (c.section ? catBySection.get(String(c.section)) : undefined)
    if (target) return { id: c.id, oldSlug: c.slug, title: c.title, action: 'join', newSlug: target.slug, target: target.id }
    const newSlug = slugPicker(takenCategories, from.slug)(c.slug)
    return { id: c.id, oldSlug: c.slug, title: c.title, action: 'move', newSlug, target: c.id }
  })
  const categoryTarget = new Map(categories.map((c) => [String(c.id), c.target]))

  const pickPage = slugPicker(new Set(pagesB.map((p) => String(p.slug))), from.slug)
  const sectionsOnB = new Set(pagesB.filter((p) => p.section).map((p) => String(p.section)))
  const englishA = new Map(pagesAEn.map((p) => [String(p.id), typeof p.title === 'string' && p.title !== '']))
  const pages: MovedPage[] = pagesA.map((p) => {
    const newSlug = pickPage(p.slug)
    const clearSection = Boolean(p.section && sectionsOnB.has(String(p.section)))
    return {
      id: p.id,
      oldSlug: p.slug,
      newSlug,
      title: p.title,
      publication: pageState.get(String(p.id)) ?? 'draft',
      english: englishA.get(String(p.id)) ?? false,
      clearSection,
      retitle: clearSection || newSlug !== p.slug,
    }
  })

  const pickNews = slugPicker(new Set(newsB.map((n) => String(n.slug))), from.slug)
  const news: MovedNews[] = newsA.map((n) => ({
    id: n.id,
    oldSlug: n.slug,
    newSlug: pickNews(n.slug),
    title: n.title,
    publication: newsState.get(String(n.id)) ?? 'draft',
    // Joined categories become b's; the same category twice collapses to one.
    categories: [
      ...new Map(
        ((n.categories ?? []) as unknown[])
          .map((c) => categoryTarget.get(String(relId(c))) ?? relId(c))
          .filter((c): c is Id => c !== null)
          .map((c) => [String(c), c] as const),
      ).values(),
    ],
  }))

  const englishB = (await payload.findByID({ collection: 'sites', id: into.id, locale: 'en', fallbackLocale: false as never, depth: 0, overrideAccess: true, select: { name: true } })) as Doc
  const intoPlan = { ...into, english: typeof englishB.name === 'string' && englishB.name !== '' }

  // Shared news: other portals' articles a showed; they stay at their owner's address.
  const ancestors = ancestorsOf(tree, String(from.id))
  const shared = (
    await payload.find({
      collection: 'news',
      where: {
        and: [
          { _status: { equals: 'published' } },
          { site: { not_equals: from.id } },
          { or: [{ sharedWith: { in: [from.id] } }, ...(ancestors.length ? [{ and: [{ shareWithSubordinates: { equals: true } }, { site: { in: ancestors.map((id) => (typeof from.id === 'number' ? Number(id) : id)) } }] }] : [])] },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { slug: true, site: true },
    })
  ).docs as Doc[]
  const owners = new Map<string, string>()
  for (const n of shared) {
    const ownerId = String(relId(n.site))
    if (!owners.has(ownerId)) {
      const owner = (await payload.findByID({ collection: 'sites', id: relId(n.site)!, depth: 0, overrideAccess: true, select: { slug: true, domains: true, status: true } })) as Doc
      owners.set(ownerId, owner.status === 'archived' ? '' : portalBaseUrl({ slug: owner.slug, domains: owner.domains }))
    }
  }

  const to = (p: string) => `${into.baseUrl}${p}`
  const redirects = new Map<string, string>()
  const intoEnglishHome = intoPlan.english ? to('/en/') : to('/')
  redirects.set('/', to('/'))
  redirects.set('/en/', intoEnglishHome)
  redirects.set('/rss.xml', to('/rss.xml'))
  redirects.set('/sitemap.xml', to('/sitemap.xml'))
  redirects.set('/robots.txt', to('/robots.txt'))
  const publishedNews = news.filter((n) => n.publication !== 'draft')
  redirects.set('/tin-tuc/', to('/tin-tuc/'))
  for (let n = 2; n <= pagesOf(publishedNews.length + shared.length); n++) redirects.set(`/tin-tuc/trang/${n}/`, to('/tin-tuc/'))
  for (const n of publishedNews) redirects.set(`/tin-tuc/${n.oldSlug}/`, to(`/tin-tuc/${n.newSlug}/`))
  const ownSlugs = new Set(publishedNews.map((n) => n.oldSlug))
  for (const n of shared) {
    const base = owners.get(String(relId(n.site)))
    if (base && !ownSlugs.has(n.slug)) redirects.set(`/tin-tuc/${n.slug}/`, `${base}/tin-tuc/${n.slug}/`)
  }
  const newsCount = new Map<string, number>()
  for (const n of newsA) {
    if (newsState.get(String(n.id)) === 'draft') continue
    for (const c of n.categories ?? []) newsCount.set(String(relId(c)), (newsCount.get(String(relId(c))) ?? 0) + 1)
  }
  for (const c of categories) {
    const target = to(`/chuyen-muc/${c.newSlug}/`)
    redirects.set(`/chuyen-muc/${c.oldSlug}/`, target)
    for (let n = 2; n <= pagesOf(newsCount.get(String(c.id)) ?? 0); n++) redirects.set(`/chuyen-muc/${c.oldSlug}/trang/${n}/`, target)
  }
  for (const p of pages.filter((p) => p.publication !== 'draft')) {
    redirects.set(`/${p.oldSlug}/`, to(`/${p.newSlug}/`))
    if (p.english) redirects.set(`/en/${p.oldSlug}/`, to(`/en/${p.newSlug}/`))
  }
  const movedMedia = new Set(mediaA.map((m) => String(m.id)))
  const covers = new Set(newsA.filter((n) => newsState.get(String(n.id)) !== 'draft' && n.cover).map((n) => String(relId(n.cover))))
  for (const m of mediaA) {
    if (!covers.has(String(m.id))) continue
    for (const file of [m.filename, ...Object.values((m.sizes ?? {}) as Record<string, Doc>).map((s) => s?.filename)]) {
      if (typeof file === 'string' && file) redirects.set(`/media/${file}`, to(`/media/${file}`))
    }
  }
  // Whatever else the live portal had (later list pages, pages since unpublished…).
  for (const p of await releasePaths(from.slug)) if (!redirects.has(p)) redirects.set(p, fallbackTarget(p, redirects, to, intoEnglishHome))

  // Redirects that pointed at a (an earlier merge into a) now point straight at b.
  const pointing = await payload.find({ collection: 'redirects', where: { toSite: { equals: from.id } }, pagination: false, depth: 0, overrideAccess: true })
  const chains = pointing.docs.map((r) => {
    const url = String(r.toUrl)
    const oldPath = url.startsWith(from.baseUrl) ? url.slice(from.baseUrl.length) || '/' : null
    return { id: r.id, toUrl: (oldPath && redirects.get(oldPath)) ?? to('/') }
  })

  const intro = pages.find((p) => p.publication !== 'draft' && (p.oldSlug === 'gioi-thieu' || pagesA.find((d) => String(d.id) === String(p.id))?.section === 'gioi-thieu'))
  const footerLink = {
    vi: { label: `${from.name} (trước sáp nhập)`, url: intro ? `/${intro.newSlug}/` : '/' },
    en: intro?.english ? { label: `${from.nameEn ?? from.name} (before the merger)`, url: `/en/${intro.newSlug}/` } : null,
  }

  const members = await payload.count({ collection: 'users', where: { 'memberships.site': { equals: from.id } }, overrideAccess: true })
  return {
    from,
    into: intoPlan,
    pages,
    news,
    categories,
    media: mediaA.filter((m) => movedMedia.has(String(m.id))).map((m) => m.id),
    children: children.map((c) => ({ id: c.id, slug: c.slug })),
    redirects,
    chains,
    footerLink,
    sharedIn: shared.length,
    members: members.totalDocs,
  }
}

/** A path of the live portal that no content maps to: the closest list on b. */
function fallbackTarget(p: string, redirects: Map<string, string>, to: (p: string) => string, englishHome: string): string {
  const category = /^\/chuyen-muc\/([^/]+)\//.exec(p)
  if (category) return redirects.get(`/chuyen-muc/${category[1]}/`) ?? to('/tin-tuc/')
  if (p.startsWith('/tin-tuc/')) return to('/tin-tuc/')
  if (p.startsWith('/en/')) return englishHome
  return to('/')
}

export function describeMerge(plan: MergePlan): string[] {
  const count = (items: { publication: Publication }[]) => `${items.length} (${items.filter((i) => i.publication !== 'draft').length} đã xuất bản)`
  const renamed = [...plan.news, ...plan.pages].filter((d) => d.newSlug !== d.oldSlug)
  const lines = [
    `Sáp nhập "${plan.from.name}" (${plan.from.slug}) vào "${plan.into.name}" (${plan.into.slug}) / merge plan:`,
    `  tin bài / news:           ${count(plan.news)}`,
    `  trang / pages:            ${count(plan.pages)}`,
    `  chuyên mục / categories:  ${plan.categories.filter((c) => c.action === 'move').length} chuyển, ${plan.categories.filter((c) => c.action === 'join').length} gộp vào chuyên mục sẵn có của ${plan.into.slug}`,
    `  tệp ảnh / media:          ${plan.media.length}`,
    `  trang cấp dưới / child sites re-parented: ${plan.children.length ? plan.children.map((c) => c.slug).join(', ') : 'không có'}`,
    `  đổi đường dẫn do trùng / renamed on conflict: ${renamed.length}`,
    ...renamed.slice(0, 10).map((d) => `    ${d.oldSlug} → ${d.newSlug}`),
    ...(renamed.length > 10 ? [`    … và ${renamed.length - 10} mục khác`] : []),
    `  chuyển hướng 301 / redirects: ${plan.redirects.size} địa chỉ cũ${plan.chains.length ? `, ${plan.chains.length} chuyển hướng cũ trỏ thẳng sang ${plan.into.slug}` : ''}`,
    ...[...plan.redirects].slice(0, 8).map(([p, url]) => `    ${p} → ${url}`),
    ...(plan.redirects.size > 8 ? [`    … (${plan.redirects.size - 8} địa chỉ khác)`] : []),
    `  trình đơn / menus: thêm "${plan.footerLink?.vi.label}" vào chân trang của ${plan.into.slug}; trình đơn cũ giữ trên trang lưu trữ`,
    `  sau đó / then: ${plan.from.slug} → Lưu trữ (mergedInto ${plan.into.slug}), xây dựng lại ${plan.into.slug}`,
  ]
  if (plan.sharedIn) lines.push(`  lưu ý: ${plan.sharedIn} tin của cổng khác chia sẻ sang ${plan.from.slug} vẫn thuộc cổng gốc (chuyển hướng tới bản gốc)`)
  if (plan.members) lines.push(`  lưu ý: ${plan.members} tài khoản có vai trò trên ${plan.from.slug}; vai trò được giữ, hãy mời sang ${plan.into.slug} nếu cần / members keep their roles on the archived site`)
  return lines
}

/**
 * Move a news item or page to b without changing what is public or pending:
 * - published (latest version published): one save, it stays published;
 * - draft only (never published): saved as a draft, in the main table too;
 * - published with a newer draft: the published content is saved first, then the pending draft
 *   again on top, so neither is published nor lost (the workflow history then shows the move as
 *   a publication by the platform).
 */
type Rewrite = (doc: Doc) => Record<string, unknown>

/** Added to a moved page's title when it clashed with one of b's: "Giới thiệu (Xã A)". */
type TitleSuffix = { vi: string; en: string } | null

async function moveVersioned(payload: Payload, collection: 'news' | 'pages', doc: MovedDoc, data: Record<string, unknown>, suffix: TitleSuffix, rewrite: Rewrite): Promise<void> {
  const strip = (d: Doc) => {
    const { id: _id, createdAt: _c, updatedAt: _u, _status: _s, ...rest } = d
    return rest
  }
  const read = (draft: boolean, locale: 'vi' | 'en') =>
    payload.findByID({ collection, id: doc.id, draft, locale, fallbackLocale: false as never, depth: 0, overrideAccess: true }) as Promise<Doc>
  // Each version keeps its own title (a pending draft may have retitled the page) plus the suffix.
  const titled = (d: Doc, lang: 'vi' | 'en') => (suffix && typeof d.title === 'string' && d.title ? { title: `${d.title}${suffix[lang]}` } : {})
  const english = (d: Doc) => ({ title: d.title, summary: d.summary, layout: d.layout, ...rewrite(d), ...titled(d, 'en') })
  if (doc.publication === 'published-with-draft') {
    const [liveVi, liveEn, draftVi, draftEn] = await Promise.all([read(false, 'vi'), read(false, 'en'), read(true, 'vi'), read(true, 'en')])
    await payload.update({ collection, id: doc.id, locale: 'vi', draft: false, data: { ...strip(liveVi), ...rewrite(liveVi), ...data, ...titled(liveVi, 'vi'), _status: 'published' } as never, ...own() })
    if (collection === 'pages' && liveEn.title) {
      await payload.update({ collection, id: doc.id, locale: 'en', draft: false, data: { ...english(liveEn), _status: 'published' } as never, ...own() })
    }
    await payload.update({ collection, id: doc.id, locale: 'vi', draft: true, data: { ...strip(draftVi), ...rewrite(draftVi), ...data, ...titled(draftVi, 'vi') } as never, ...own() })
    if (collection === 'pages' && draftEn.title) {
      await payload.update({ collection, id: doc.id, locale: 'en', draft: true, data: english(draftEn) as never, ...own() })
    }
    return
  }
  // A published document keeps its status from the latest (published) version: naming it
  // would count as a new approval in the workflow history. A draft stays a draft.
  const status = doc.publication === 'draft' ? { _status: 'draft' } : {}
  const [latestVi, latestEn] = await Promise.all([read(true, 'vi'), collection === 'pages' ? read(true, 'en') : null])
  await payload.update({ collection, id: doc.id, locale: 'vi', draft: false, data: { ...rewrite(latestVi), ...data, ...titled(latestVi, 'vi'), ...status } as never, ...own() })
  const englishChanges = latestEn?.title ? { ...rewrite(latestEn), ...titled(latestEn, 'en') } : {}
  if (Object.keys(englishChanges).length) {
    await payload.update({ collection, id: doc.id, locale: 'en', draft: false, data: { ...englishChanges, ...status } as never, ...own() })
  }
}

/**
 * Links inside moved content that point at a's own paths (`/tin-tuc/…/`, `/gioi-thieu/`) would
 * resolve on b's host once moved, to nothing or to b's own page of the same slug. They are
 * rewritten to where the redirects send them: a path on b, or the owner's URL of an article that
 * was shared with a. Absolute links are left alone.
 */
export function linkRewriter(redirects: Map<string, string>, intoBase: string): Rewrite {
  const target = (url: string): string | null => {
    if (!url.startsWith('/') || url.startsWith('//')) return null
    const [pathPart, rest = ''] = url.split(/(?=[?#])/, 2)
    const to = redirects.get(pathPart!) ?? (pathPart!.endsWith('/') ? undefined : redirects.get(`${pathPart}/`))
    if (!to) return null
    // Content on b gets a path; an article a only showed (shared by its owner) the owner's URL.
    return to.startsWith(`${intoBase}/`) ? `${to.slice(intoBase.length)}${rest}` : `${to}${rest}`
  }
  const walk = (value: unknown): { value: unknown; changed: boolean } => {
    if (Array.isArray(value)) {
      let changed = false
      const out = value.map((v) => {
        const r = walk(v)
        changed ||= r.changed
        return r.value
      })
      return { value: changed ? out : value, changed }
    }
    if (value && typeof value === 'object') {
      let changed = false
      const out: Doc = {}
      for (const [k, v] of Object.entries(value)) {
        const moved = k === 'url' && typeof v === 'string' ? target(v) : null
        if (moved !== null) {
          out[k] = moved
          changed = true
          continue
        }
        const r = walk(v)
        changed ||= r.changed
        out[k] = r.value
      }
      return { value: changed ? out : value, changed }
    }
    return { value, changed: false }
  }
  return (doc) => {
    const patch: Record<string, unknown> = {}
    for (const key of ['content', 'layout']) {
      if (!(key in doc)) continue
      const r = walk(doc[key])
      if (r.changed) patch[key] = r.value
    }
    return patch
  }
}

export type MergeResult = { summary: string; rebuild: Id[] }

export async function mergeSites(payload: Payload, plan: MergePlan, log: (line: string) => void = () => undefined): Promise<MergeResult> {
  const { from, into } = plan
  const intoId = into.id as number

  // 1. Redirects first: inert until a is archived, and kept if a later step fails.
  const existing = await payload.find({ collection: 'redirects', where: { fromSite: { equals: from.id } }, pagination: false, depth: 0, overrideAccess: true })
  const byPath = new Map(existing.docs.map((r) => [String(r.fromPath), r]))
  for (const [fromPath, toUrl] of plan.redirects) {
    const row = byPath.get(fromPath)
    const data = { fromSite: from.id as number, fromPath, toUrl, toSite: intoId, status: 301, reason: 'merge' as const }
    if (!row) await payload.create({ collection: 'redirects', data, ...own() })
    else if (row.toUrl !== toUrl) await payload.update({ collection: 'redirects', id: row.id, data, ...own() })
  }
  for (const chain of plan.chains) await payload.update({ collection: 'redirects', id: chain.id, data: { toUrl: chain.toUrl, toSite: intoId }, ...own() })
  log(`${plan.redirects.size} chuyển hướng đã ghi / redirects recorded`)

  // 2. Categories, so that moved news can point at them.
  for (const c of plan.categories.filter((c) => c.action === 'move')) {
    await payload.update({ collection: 'categories', id: c.id, data: { site: intoId, slug: c.newSlug }, ...own() })
  }
  // 3. Pages and news, with their links to a's own paths pointed at the new ones.
  const rewrite = linkRewriter(plan.redirects, into.baseUrl)
  const suffix = { vi: ` (${from.name})`, en: ` (${from.nameEn ?? from.name})` }
  for (const p of plan.pages) {
    const data = { site: intoId, slug: p.newSlug, ...(p.clearSection ? { section: null } : {}) }
    await moveVersioned(payload, 'pages', p, data, p.retitle ? suffix : null, rewrite)
  }
  log(`${plan.pages.length} trang đã chuyển / pages moved`)
  for (const [i, n] of plan.news.entries()) {
    await moveVersioned(payload, 'news', n, { site: intoId, slug: n.newSlug, categories: n.categories }, null, rewrite)
    if ((i + 1) % 100 === 0) log(`${i + 1}/${plan.news.length} tin bài… / news moved`)
  }
  log(`${plan.news.length} tin bài đã chuyển / news moved`)
  // 4. Media and child sites.
  for (const id of plan.media) await payload.update({ collection: 'media', id, data: { site: intoId }, ...own() })
  for (const child of plan.children) await payload.update({ collection: 'sites', id: child.id, data: { parent: intoId }, ...own() })

  // 5. One link in b's footer to a's former introduction.
  const footerAdded = plan.footerLink ? await addFooterLink(payload, into.id, plan.footerLink) : false

  // 6. Archive a: from now on its hosts answer with the redirects, not its old release.
  await payload.update({
    collection: 'sites',
    id: from.id,
    data: { status: 'archived', mergedInto: intoId, archivedAt: new Date().toISOString() },
    ...own(),
  })
  await unpublishLiveRelease(from.slug)
  bumpHostMap()
  const maps = await writeRedirectMaps(payload)
  log(`${from.slug} đã lưu trữ; bản đồ chuyển hướng nginx: ${maps.redirectLines} dòng / archived, nginx maps written`)

  const summary = `${plan.news.length} tin bài, ${plan.pages.length} trang, ${plan.categories.length} chuyên mục (${plan.categories.filter((c) => c.action === 'join').length} gộp), ${plan.media.length} tệp ảnh, ${plan.children.length} trang cấp dưới, ${plan.redirects.size} chuyển hướng${footerAdded ? ', 1 liên kết chân trang' : ''}`
  const req = await createLocalReq({}, payload)
  await recordAudit(req, {
    action: 'update',
    collection: 'sites',
    docId: from.id,
    title: from.name,
    site: from.id,
    detail: {
      operation: 'merge',
      into: into.slug,
      news: plan.news.length,
      pages: plan.pages.length,
      categories: plan.categories.length,
      media: plan.media.length,
      children: plan.children.map((c) => c.slug),
      redirects: plan.redirects.size,
    },
  })

  // b shows the content now; the portals above a and b list their subordinates' news.
  const tree = await loadSiteTree(payload)
  const rebuild = [...new Set([String(into.id), ...ancestorsOf(tree, String(into.id)), ...ancestorsOf(tree, String(from.id))])]
  const active = await payload.find({ collection: 'sites', where: { and: [{ id: { in: rebuild } }, { status: { equals: 'active' } }] }, pagination: false, depth: 0, overrideAccess: true, select: { slug: true } })
  return { summary, rebuild: active.docs.map((s) => s.id) }
}

async function addFooterLink(payload: Payload, siteId: Id, link: NonNullable<MergePlan['footerLink']>): Promise<boolean> {
  const nav = (await payload.find({ collection: 'navigation', where: { site: { equals: siteId } }, limit: 1, depth: 0, locale: 'vi', overrideAccess: true })).docs[0] as Doc | undefined
  if (!nav) return false
  let added = false
  for (const [locale, item] of [['vi', link.vi], ['en', link.en]] as const) {
    if (!item) continue
    const current = (await payload.findByID({ collection: 'navigation', id: nav.id, locale, fallbackLocale: false as never, depth: 0, overrideAccess: true })) as Doc
    const footer = ((current.footer ?? []) as Doc[]).map((l) => ({ label: l.label, url: l.url }))
    if (footer.some((l) => l.url === item.url) || footer.length >= 30) continue
    await payload.update({ collection: 'navigation', id: nav.id, locale, data: { footer: [...footer, item] }, ...own() })
    added = true
  }
  return added
}

