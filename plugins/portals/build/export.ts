/**
 * Export the published content of some sites as a `PortalSnapshot` (the contract the static
 * portals are built from). Reads go through the Local API with access control on and no user,
 * so exactly what an anonymous reader may see is exported: drafts never leave the CMS.
 */
import type { Payload, Where } from 'payload'

import { validateFeedbackUrl } from '../../site-scoping/Sites'
import { env } from '../../../cms/src/config/env'
import { MANDATORY_SECTIONS, presentSections } from '../../../cms/src/contracts/sections'
import { exportDialogues } from '../../dialogue/export'
import { type LegalData, legalContentOf, loadLegalData } from '../../legal/export'
import { parseEmcSnippet } from '../../../cms/src/lib/emc'
import { richTextHtml } from './richText'
import { ancestorsOf, descendantsOf, loadSiteTree } from '../../../cms/src/lib/hierarchy'
import { dbId } from '../../../cms/src/lib/ids'
import {
  type Article,
  type Block,
  type Category,
  type ImageRef,
  type NavItem,
  type Page,
  PortalSnapshot,
  type Site,
} from '../../../cms/src/contracts/portal'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export type ExportResult = {
  snapshot: PortalSnapshot
  /** Media file names each site's portal needs, to copy next to its pages. */
  mediaBySite: Map<string, Set<string>>
  /** File names of `legal-files` each site's portal links to, to link into its release. */
  legalFilesBySite: Map<string, Set<string>>
}

const publicRead = { overrideAccess: false, draft: false, depth: 1 } as const

/** The public base URL of a portal, from `PORTAL_URL_PATTERN`. */
export function portalBaseUrl(site: { slug: string; domains?: string[] | null }): string {
  const e = env()
  const domain = site.domains?.[0]
  const pattern = e.portalUrlPattern.includes('{domain}') && !domain ? `http://{slug}.${e.portalHostSuffix}:{port}` : e.portalUrlPattern
  return pattern
    .replaceAll('{slug}', site.slug)
    .replaceAll('{domain}', domain ?? '')
    .replaceAll('{port}', String(e.port))
    .replace(/\/$/, '')
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

function navItem(item: Doc): NavItem {
  const href = String(item.url ?? '/')
  return { label: String(item.label ?? href), href, external: /^https?:\/\//.test(href) }
}

class MediaCollector {
  readonly files = new Set<string>()

  image(media: unknown): ImageRef | null {
    if (!media || typeof media !== 'object') return null
    const doc = media as Doc
    if (!doc.filename) return null
    this.files.add(doc.filename)
    const sizes: ImageRef['sizes'] = []
    for (const size of Object.values((doc.sizes ?? {}) as Record<string, Doc>)) {
      if (size?.filename && size.width) {
        this.files.add(size.filename)
        sizes.push({ url: `/media/${size.filename}`, width: size.width })
      }
    }
    sizes.sort((a, b) => a.width - b.width)
    return {
      url: `/media/${doc.filename}`,
      alt: String(doc.alt ?? ''),
      width: doc.width ?? null,
      height: doc.height ?? null,
      sizes,
    }
  }
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

function feedbackUrl(value: unknown): string | null {
  const url = str(value)?.trim() ?? null
  return url && validateFeedbackUrl(url) === true ? url : null
}

/** Re-checked on every build, so narrowing EMC_SCRIPT_HOSTS takes a script off at the next build. */
function emcScriptSrc(payload: Payload, site: Doc): string | null {
  const snippet = str(site.monitoring?.emcSnippet)
  if (!snippet) return null
  const result = parseEmcSnippet(snippet, env().emcScriptHosts)
  if (result.ok) return result.src
  payload.logger.warn({ msg: `EMC snippet of ${site.slug} left out: ${result.message}` })
  return null
}

/**
 * The sections the portal's own lists fulfil: `/van-ban/`, `/thu-tuc-hanh-chinh/` and
 * `/gop-y-du-thao/` are built whenever the portal has documents, procedures or consultations,
 * and then they are what the footer and menus link to (an introduction page of the same slug is
 * shown above the list).
 */
function withListSections(sections: Site['sections'], counts: { legal: number; procedures: number; consultations: number }): Site['sections'] {
  const lists: Array<[string, string, number]> = [
    ['van-ban', 'van-ban', counts.legal],
    ['thu-tuc-hanh-chinh', 'thu-tuc-hanh-chinh', counts.procedures],
    ['lay-y-kien', 'gop-y-du-thao', counts.consultations],
  ]
  const out = [...sections]
  for (const [key, slug, count] of lists) {
    if (count === 0) continue
    const entry = { key, kind: 'page' as const, slug, english: false }
    const at = out.findIndex((s) => s.key === key)
    if (at >= 0) out[at] = entry
    else out.push(entry)
  }
  const order = new Map(MANDATORY_SECTIONS.map((s, i) => [s.key as string, i]))
  return out.sort((a, b) => (order.get(a.key) ?? 99) - (order.get(b.key) ?? 99))
}

const byId = <T extends Doc>(docs: T[]) => new Map(docs.map((d) => [String(d.id), d]))

/**
 * A draft to render in place of (or in addition to) the published version, for previews only.
 * Never used for the portals citizens see.
 */
export type PreviewDraft = { collection: 'news' | 'pages'; id: number | string }

/**
 * What several exports in one build run share: the site tree and the names and addresses of other
 * portals (owners of shared news, subordinate units). Without it, exporting 500 portals one by one
 * would load the 500-site tree 500 times.
 */
export type ExportContext = {
  /**
   * Every site the run will export, when known: the legal reads are narrowed to them. Without it
   * a shared context reads every portal's legal records.
   */
  scope?: ReadonlyArray<number | string>
  tree?: Awaited<ReturnType<typeof loadSiteTree>>
  siteCache: Map<string, { name: string; baseUrl: string } | null>
  /** Newest published news of one site (for the home pages of the units above it). */
  latestBySite: Map<string, Promise<Doc[]>>
  /** Every published legal document, procedure and consultation, loaded once per run. */
  legal?: Promise<LegalData>
}

export function exportContext(scope?: ReadonlyArray<number | string>): ExportContext {
  return { scope, siteCache: new Map(), latestBySite: new Map() }
}

const SUBORDINATE_NEWS = 10
const TEASER_FIELDS = { title: true, summary: true, publishedAt: true, createdAt: true, slug: true, site: true } as const

/**
 * The newest published news of the units below a site. One query over all of them walks the
 * platform's news newest first until it meets enough of theirs: quick when they are many (a
 * ministry), slow when they are a handful among thousands of portals (SQLite reads each article
 * it passes). Below √(portals / 2) units, each unit's newest are read through the (site, status,
 * date) index instead, once per build run, and merged.
 */
async function latestNewsOf(payload: Payload, below: string[], portals: number, context: ExportContext): Promise<Doc[]> {
  const newest = (where: Where) =>
    payload
      .find({ collection: 'news', where: { and: [{ _status: { equals: 'published' } }, where] }, sort: '-publishedAt', limit: SUBORDINATE_NEWS, pagination: false, ...publicRead, depth: 0, select: TEASER_FIELDS })
      .then((r) => r.docs as Doc[])
  if (below.length > Math.sqrt(portals / 2)) return newest({ site: { in: below.map((id) => dbId(payload, id)) } })
  const lists = await Promise.all(
    below.map((id) => {
      let list = context.latestBySite.get(id)
      if (!list) context.latestBySite.set(id, (list = newest({ site: { equals: dbId(payload, id) } })))
      return list
    }),
  )
  return lists
    .flat()
    .sort((a, b) => String(b.publishedAt ?? b.createdAt).localeCompare(String(a.publishedAt ?? a.createdAt)))
    .slice(0, SUBORDINATE_NEWS)
}

export async function exportSnapshot(
  payload: Payload,
  siteIds: Array<number | string>,
  preview?: PreviewDraft,
  context: ExportContext = exportContext(siteIds),
): Promise<ExportResult> {
  const where: Where = { id: { in: siteIds } }
  const [sitesVi, sitesEn] = await Promise.all(
    (['vi', 'en'] as const).map((locale) =>
      payload
        .find({ collection: 'sites', where, locale, fallbackLocale: false as never, pagination: false, ...publicRead })
        .then((r) => r.docs as Doc[]),
    ),
  )
  const enById = byId(sitesEn)
  context.tree ??= await loadSiteTree(payload)
  const tree = context.tree
  const siteCache = context.siteCache
  const siteInfo = async (ref: unknown) => {
    const id = String(ref && typeof ref === 'object' ? (ref as Doc).id : ref)
    if (!siteCache.has(id)) {
      const doc = (await payload.findByID({ collection: 'sites', id: dbId(payload, id), depth: 0, locale: 'vi', overrideAccess: false, disableErrors: true })) as Doc | null
      siteCache.set(id, doc && doc.status !== 'archived' ? { name: doc.name, baseUrl: portalBaseUrl(doc as { slug: string; domains?: string[] }) } : null)
    }
    return siteCache.get(id)!
  }
  context.legal ??= loadLegalData(payload, tree, context.scope)
  const legalData = await context.legal
  const mediaBySite = new Map<string, Set<string>>()
  const legalFilesBySite = new Map<string, Set<string>>()
  const sites: Site[] = []

  for (const vi of sitesVi) {
    if (vi.status === 'archived') continue
    const en = enById.get(String(vi.id))
    const media = new MediaCollector()
    const inSite: Where = { site: { equals: vi.id } }
    const [news, pagesVi, pagesEn, categories, navVi, navEn] = await Promise.all([
      findAll(payload, 'news', { and: [inSite, { _status: { equals: 'published' } }] }, 'vi', '-publishedAt'),
      findAll(payload, 'pages', { and: [inSite, { _status: { equals: 'published' } }] }, 'vi', 'slug'),
      findAll(payload, 'pages', { and: [inSite, { _status: { equals: 'published' } }] }, 'en', 'slug'),
      findAll(payload, 'categories', inSite, 'vi', 'title'),
      findAll(payload, 'navigation', inSite, 'vi'),
      findAll(payload, 'navigation', inSite, 'en'),
    ])
    if (preview) {
      // The preview shows the latest draft where the published version (if any) would be.
      const load = (locale: 'vi' | 'en') =>
        payload.findByID({ collection: preview.collection, id: preview.id, draft: true, locale, fallbackLocale: false as never, depth: 1, overrideAccess: true }) as Promise<Doc>
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
      updatedAt: n.updatedAt,
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
    const published: Where = { and: [{ _status: { equals: 'published' } }, { site: { not_equals: vi.id } }] }
    const [listed, fromAbove] = await Promise.all([
      findAll(payload, 'news', { and: [published, { sharedWith: { in: [vi.id] } }] }, 'vi', '-publishedAt'),
      ancestors.length
        ? findAll(payload, 'news', { and: [published, { site: { in: ancestors.map((id) => dbId(payload, id)) } }, { shareWithSubordinates: { equals: true } }] }, 'vi', '-publishedAt')
        : Promise.resolve([]),
    ])
    const ownSlugs = new Set(articles.map((a) => a.slug))
    const sharedNews = [...listed, ...fromAbove].sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
    for (const n of sharedNews) {
      const owner = await siteInfo(n.site)
      if (!owner || ownSlugs.has(n.slug)) continue
      ownSlugs.add(n.slug)
      articles.push(toArticle(n, { siteName: owner.name, url: `${owner.baseUrl}/tin-tuc/${n.slug}/` }))
    }
    articles.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))

    const below = descendantsOf(tree, String(vi.id))
    const subordinateNews: Site['subordinateNews'] = []
    if (below.length) {
      for (const n of await latestNewsOf(payload, below, tree.parentOf.size, context)) {
        const owner = await siteInfo(n.site)
        if (owner) subordinateNews.push({ title: n.title, summary: str(n.summary), publishedAt: n.publishedAt ?? n.createdAt, url: `${owner.baseUrl}/tin-tuc/${n.slug}/`, siteName: owner.name })
      }
    }
    const cats: Category[] = categories.map((c) => ({ slug: c.slug, title: c.title, description: str(c.description), section: str(c.section) }))

    const parent = vi.parent && typeof vi.parent === 'object' ? (vi.parent as Doc) : null
    const text = (doc: Doc | undefined, nav: Doc | undefined) =>
      doc && str(doc.name)
        ? {
            name: doc.name,
            owningAgency: str(doc.imprint?.owningAgency),
            responsiblePerson: str(doc.imprint?.responsiblePerson),
            licence: str(doc.imprint?.licence),
            address: str(doc.contact?.address),
            headerMenu: (nav?.header ?? []).map(navItem),
            footerMenu: (nav?.footer ?? []).map(navItem),
          }
        : null
    const viText = text(vi, navVi[0])
    if (!viText) continue
    const { dialogues, qa } = await exportDialogues(payload, vi.id, (doc) => media.image(doc))
    const legal = legalContentOf(legalData, vi.id, tree)
    const otherPortals: Site['otherPortals'] = []
    for (const id of legal.otherSites) {
      const info = await siteInfo(id)
      const slug = legalData.siteSlugs.get(id)
      if (info && slug) otherPortals.push({ slug, name: info.name, baseUrl: info.baseUrl })
    }
    const ownSections = presentSections({ pages, categories: cats, articles: articles.filter((a) => !a.sharedFrom) })
    sites.push({
      slug: vi.slug,
      level: vi.level,
      unitCode: str(vi.unitCode),
      theme: vi.theme ?? 'default',
      baseUrl: portalBaseUrl(vi as { slug: string; domains?: string[] }),
      parent: parent ? { slug: parent.slug, name: parent.name, url: portalBaseUrl(parent as { slug: string }) + '/' } : null,
      branding: {
        primaryColor: str(vi.branding?.primaryColor),
        logo: media.image(vi.branding?.logo),
        headerImage: media.image(vi.branding?.headerImage),
      },
      contact: {
        phone: str(vi.contact?.phone),
        fax: str(vi.contact?.fax),
        email: str(vi.contact?.email),
        feedbackUrl: feedbackUrl(vi.contact?.feedbackUrl),
      },
      emcScriptSrc: emcScriptSrc(payload, vi),
      sections: withListSections(ownSections, { legal: legal.legalDocuments.length, procedures: legal.procedures.length, consultations: legal.consultations.length }),
      vi: viText,
      en: text(en, navEn[0]),
      pages,
      categories: cats,
      news: articles,
      subordinateNews,
      dialogues,
      qa,
      legalDocuments: legal.legalDocuments,
      otherPortals,
      procedures: legal.procedures,
      consultations: legal.consultations,
    })
    mediaBySite.set(vi.slug, media.files)
    legalFilesBySite.set(vi.slug, legal.files)
  }

  const snapshot = PortalSnapshot.parse({ version: 1, generatedAt: new Date().toISOString(), sites })
  return { snapshot, mediaBySite, legalFilesBySite }
}
