/**
 * The content plugin's part of each portal snapshot: news (its own, shared with it, and the
 * newest of the units below it), pages in both languages, categories, menus, and the mandatory
 * sections its pages and categories fulfil. A preview of a news item or page shows its latest
 * draft in place of the published version.
 */
import type { Payload, Where } from 'payload'

import type { Article, Block, Category, NavItem, Page, Site } from '../../cms/src/contracts/portal'
import { presentSections } from '../../cms/src/contracts/sections'
import { ancestorsOf, descendantsOf } from '../../cms/src/lib/hierarchy'
import { dbId } from '../../cms/src/lib/ids'
import { otherPortal, publicRead, str } from '../portals/build/export'
import { richTextHtml } from '../portals/build/richText'
import { SUBORDINATE_NEWS } from './subordinateNews'
import type { Doc, ExportContext, ExportPart, MediaCollector, PortalExporter, PreviewDraft } from '../portals/types'

const LATEST_KEY = 'content:latestBySite'

function navItem(item: Doc): NavItem {
  const href = String(item.url ?? '/')
  return { label: String(item.label ?? href), href, external: /^https?:\/\//.test(href) }
}

function blocks(layout: unknown, media: MediaCollector): Block[] {
  if (!Array.isArray(layout)) return []
  return layout.flatMap((block: Doc): Block[] => {
    switch (block.blockType) {
      case 'richText':
        return [{ blockType: 'richText', html: richTextHtml(block.content, (doc) => media.image(doc)) }]
      case 'linksList':
        return [{ blockType: 'linksList', heading: str(block.heading), links: (block.links ?? []).map(navItem) }]
      case 'contactCard':
        return [
          {
            blockType: 'contactCard',
            name: String(block.name ?? ''),
            position: str(block.position),
            unit: str(block.unit),
            phone: str(block.phone),
            email: str(block.email),
            address: str(block.address),
          },
        ]
      default:
        return []
    }
  })
}

async function findAll(payload: Payload, collection: 'news' | 'pages' | 'categories' | 'navigation', where: Where, locale: 'vi' | 'en', sort?: string) {
  const result = await payload.find({
    collection,
    where,
    locale,
    fallbackLocale: false as never,
    pagination: false,
    sort,
    ...publicRead,
    // Covers and images inside texts must be populated; the site and categories of an article are
    // needed only by id: populating them in full would load the whole site record into every article.
    ...(collection === 'news' ? { select: NEWS_FIELDS, populate: { sites: { slug: true }, categories: { slug: true } } } : {}),
  })
  return result.docs as Doc[]
}

const NEWS_FIELDS = {
  title: true,
  slug: true,
  summary: true,
  cover: true,
  content: true,
  categories: true,
  author: true,
  source: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  site: true,
} as const

const TEASER_FIELDS = { title: true, summary: true, publishedAt: true, createdAt: true, slug: true, site: true } as const

/** Up to this many units below a site, their newest news are read unit by unit. */
const PER_UNIT_MAX = 256

/**
 * The newest published news of the units below a site. Up to PER_UNIT_MAX units, each unit's
 * newest are read through the (site, status, date) index, once per build run, and merged: the
 * cost follows the number of units, not the size of the platform. Above that (a ministry, a big
 * province), one query walks the platform's news newest first until it meets enough of theirs,
 * which is quick because their news are a large share of what it walks. (The choice used to
 * depend on how many portals the platform holds, read with the whole site tree: ADR 0025.)
 */
async function latestNewsOf(payload: Payload, below: string[], context: ExportContext): Promise<Doc[]> {
  let latestBySite = context.data.get(LATEST_KEY) as Map<string, Promise<Doc[]>> | undefined
  if (!latestBySite) context.data.set(LATEST_KEY, (latestBySite = new Map()))
  const newest = (where: Where) =>
    payload
      .find({ collection: 'news', where: { and: [{ _status: { equals: 'published' } }, where] }, sort: '-publishedAt', limit: SUBORDINATE_NEWS, pagination: false, ...publicRead, depth: 0, select: TEASER_FIELDS })
      .then((r) => r.docs as Doc[])
  if (below.length > PER_UNIT_MAX) return newest({ site: { in: below.map((id) => dbId(payload, id)) } })
  const lists = await Promise.all(
    below.map((id) => {
      let list = latestBySite.get(id)
      if (!list) latestBySite.set(id, (list = newest({ site: { equals: dbId(payload, id) } })))
      return list
    }),
  )
  return lists
    .flat()
    .sort((a, b) => String(b.publishedAt ?? b.createdAt).localeCompare(String(a.publishedAt ?? a.createdAt)))
    .slice(0, SUBORDINATE_NEWS)
}

const byId = <T extends Doc>(docs: T[]) => new Map(docs.map((d) => [String(d.id), d]))

/** Changes within this time of a record's creation are part of entering it, not later edits. */
const ENTRY_GRACE_MS = 60 * 60 * 1000

/**
 * When an article was last changed, as readers are told ("Cập nhật") and as the sitemap says: its
 * `updatedAt`, except for an article entered long after its publication (imported or seeded with
 * its original date), whose changes while it was being entered are not edits: then its publication
 * date, so such articles do not all claim to be updated on the day they were entered. (The article
 * view shows "Cập nhật" only for a change more than an hour after publication.)
 */
function lastEdited(n: Doc): string {
  const published = n.publishedAt ?? n.createdAt
  const created = Date.parse(n.createdAt)
  const backdated = Date.parse(published) < created - ENTRY_GRACE_MS
  const enteredFor = Date.parse(n.updatedAt) - created
  return backdated && !(enteredFor > ENTRY_GRACE_MS) ? published : n.updatedAt
}

async function exportContent({ payload, site: vi, context, media, preview }: { payload: Payload; site: Doc; context: ExportContext; media: MediaCollector; preview?: PreviewDraft }): Promise<ExportPart> {
  const tree = context.tree!
  const inSite: Where = { site: { equals: vi.id } }
  const [news, pagesVi, pagesEn, categories, navVi, navEn] = await Promise.all([
    findAll(payload, 'news', { and: [inSite, { _status: { equals: 'published' } }] }, 'vi', '-publishedAt'),
    findAll(payload, 'pages', { and: [inSite, { _status: { equals: 'published' } }] }, 'vi', 'slug'),
    findAll(payload, 'pages', { and: [inSite, { _status: { equals: 'published' } }] }, 'en', 'slug'),
    findAll(payload, 'categories', inSite, 'vi', 'title'),
    findAll(payload, 'navigation', inSite, 'vi'),
    findAll(payload, 'navigation', inSite, 'en'),
  ])
  if (preview && (preview.collection === 'news' || preview.collection === 'pages')) {
    // The preview shows the latest draft where the published version (if any) would be.
    const load = (locale: 'vi' | 'en') =>
      preview.data && (preview.locale ?? 'vi') === locale
        ? Promise.resolve({ ...preview.data, id: preview.id })
        : (payload.findByID({ collection: preview.collection as 'news', id: preview.id, draft: true, locale, fallbackLocale: false as never, depth: 1, overrideAccess: true }) as Promise<Doc>)
    const [draftVi, draftEn] = await Promise.all([load('vi'), load('en')])
    const replace = (list: Doc[], doc: Doc) => [doc, ...list.filter((d) => String(d.id) !== String(doc.id))]
    if (preview.collection === 'news') news.splice(0, news.length, ...replace(news, draftVi))
    else {
      pagesVi.splice(0, pagesVi.length, ...replace(pagesVi, draftVi))
      pagesEn.splice(0, pagesEn.length, ...replace(pagesEn, draftEn))
    }
  }
  const pagesEnById = byId(pagesEn)
  const categorySlugs = new Map(categories.map((c) => [String(c.id), String(c.slug)]))

  const pages: Page[] = pagesVi.map((p) => {
    const pe = pagesEnById.get(String(p.id))
    return {
      slug: p.slug,
      updatedAt: p.updatedAt,
      vi: { title: p.title, summary: str(p.summary), blocks: blocks(p.layout, media) },
      en: pe && str(pe.title) ? { title: pe.title, summary: str(pe.summary), blocks: blocks(pe.layout, media) } : null,
      section: str(p.section),
    }
  })
  const toArticle = (n: Doc, sharedFrom: Article['sharedFrom']): Article => ({
    slug: n.slug,
    title: n.title,
    summary: str(n.summary),
    publishedAt: n.publishedAt ?? n.createdAt,
    updatedAt: lastEdited(n),
    author: str(n.author),
    source: str(n.source),
    categories: (n.categories ?? [])
      .map((c: unknown) => categorySlugs.get(String(typeof c === 'object' && c ? (c as Doc).id : c)))
      .filter((s: string | undefined): s is string => Boolean(s)),
    cover: media.image(n.cover),
    html: richTextHtml(n.content, (doc) => media.image(doc)),
    sharedFrom,
  })
  const articles: Article[] = news.map((n) => toArticle(n, null))

  // News other portals share with this one: listed explicitly, or shared by an ancestor with
  // everything below it. The owner's copy stays canonical.
  const ancestors = ancestorsOf(tree, String(vi.id))
  // Two queries rather than one with an OR across the sharing join: each uses an index, where
  // the OR made SQLite scan every article of the platform for every portal.
  // (The ancestors never include the site itself: no "not this site" condition there; ADR 0025.)
  const published: Where = { _status: { equals: 'published' } }
  const [listed, fromAbove] = await Promise.all([
    findAll(payload, 'news', { and: [published, { site: { not_equals: vi.id } }, { sharedWith: { in: [vi.id] } }] }, 'vi', '-publishedAt'),
    // One query per ancestor: an equality on `site` reads through the (site, status, date) index
    // whatever the planner knows, where an IN list made SQLite without statistics take the status index.
    Promise.all(ancestors.map((id) => findAll(payload, 'news', { and: [published, { site: { equals: dbId(payload, id) } }, { shareWithSubordinates: { equals: true } }] }, 'vi', '-publishedAt'))).then((lists) => lists.flat()),
  ])
  const ownSlugs = new Set(articles.map((a) => a.slug))
  const sharedNews = [...listed, ...fromAbove].sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
  for (const n of sharedNews) {
    const owner = await otherPortal(payload, context, n.site)
    if (!owner || ownSlugs.has(n.slug)) continue
    ownSlugs.add(n.slug)
    articles.push(toArticle(n, { siteName: owner.name, url: `${owner.baseUrl}/tin-tuc/${n.slug}/` }))
  }
  articles.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))

  const below = descendantsOf(tree, String(vi.id))
  const subordinateNews: Site['subordinateNews'] = []
  if (below.length) {
    for (const n of await latestNewsOf(payload, below, context)) {
      const owner = await otherPortal(payload, context, n.site)
      if (owner) subordinateNews.push({ title: n.title, summary: str(n.summary), publishedAt: n.publishedAt ?? n.createdAt, url: `${owner.baseUrl}/tin-tuc/${n.slug}/`, siteName: owner.name })
    }
  }
  const cats: Category[] = categories.map((c) => ({ slug: c.slug, title: c.title, description: str(c.description), section: str(c.section) }))
  const menus = (nav: Doc | undefined) => ({ headerMenu: (nav?.header ?? []).map(navItem), footerMenu: (nav?.footer ?? []).map(navItem) })
  return {
    pages,
    categories: cats,
    news: articles,
    subordinateNews,
    sections: presentSections({ pages, categories: cats, articles: articles.filter((a) => !a.sharedFrom) }),
    vi: menus(navVi[0]) as Site['vi'],
    en: menus(navEn[0]) as NonNullable<Site['en']>,
  }
}

export const contentExporter: PortalExporter = { name: 'content', exportSite: exportContent }
