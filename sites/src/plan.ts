/**
 * The pages of one portal, planned from its snapshot without rendering anything.
 *
 * Each planned output carries a digest of exactly the data its template receives. The build
 * compares digests with the portal's previous release and renders only what changed, so a
 * publish rewrites the article, the lists and feeds it appears in and the home page, and leaves
 * the rest of the portal alone. Pages receive nothing else (no clock, no other site), which is
 * what makes the digest a complete description of a page.
 */
import { createHash } from 'node:crypto'

import { type ChangeNote, SUBSCRIBE_PATH } from '../../cms/src/contracts/alerts'
import { LEGAL_DOCUMENT_TYPE_LABELS, LEGAL_DOCUMENT_TYPES } from '../../cms/src/contracts/legal'

import type { ContributedPage, Site } from '../../cms/src/contracts/portal'
import { BANNER_KINDS, TAKEDOWN_MANIFEST, type TakedownManifest } from '../../cms/src/contracts/takedown'
import { dialoguePages, dialogueSitemapEntries } from './lib/dialogue'
import { introPagesTaken, legalPages, legalSitemapEntries } from './lib/legal'
import type { Article, Category, Lang, Page, Portal, SiteInfo } from './lib/model'
import { laterPages, listPage } from '../../themes/model/paginate'
import { categoriesOf, englishPages, newsInCategory, portalOf, relatedNews } from './lib/portal'
import { FOLLOWABLE_VIEWS, type ViewName } from '../../themes/model/views'
import { rssXml } from './lib/rss'
import { sitemapEntries, sitemapXml } from './lib/sitemap'
import { absoluteUrl, articlePath, categoryPath, homePath, newsPath, pagePath, sitemapPath, statementPath } from '../../themes/model/urls'

export const HOME_NEWS_COUNT = 6

/**
 * What a release precompresses (ADR 0029): every page but the long tail, which is the articles
 * after the newest PRECOMPRESS_NEWEST of a portal and the list pages after the first
 * PRECOMPRESS_LIST_PAGES. At 250 news a portal that is 85 % of its pages, and compressing them
 * was a third of a full build's CPU.
 */
export const PRECOMPRESS_NEWEST = 30
export const PRECOMPRESS_LIST_PAGES = 2

/** A page rendered by a theme view. */
export interface PlannedPage {
  kind: 'page'
  /** Path of the output file inside the portal folder, e.g. `tin-tuc/abc/index.html`. */
  file: string
  /** The URL path it is served at, e.g. `/tin-tuc/abc/`. */
  path: string
  view: ViewName
  props: Record<string, unknown>
  digest: string
  /**
   * Rendered after the release checks, with their figures added to the props as `findings`
   * (the accessibility statement): never carried over from an earlier release.
   */
  afterChecks?: true
  /**
   * The long tail (ADR 0029): an older article or a later page of a list, rarely read. Written
   * without precompressed copies; the server compresses it on its first request and keeps the copy.
   */
  tail?: true
}

/** A file whose content the planner writes itself (feeds, sitemap, robots.txt). */
export interface PlannedFile {
  kind: 'file'
  file: string
  path: string
  body: string
  digest: string
}

export type PlannedOutput = PlannedPage | PlannedFile

export interface SitePlan {
  slug: string
  theme: string
  outputs: PlannedOutput[]
}

const hash = (text: string) => createHash('sha1').update(text).digest('base64url')

/** `/a/b/` → `a/b/index.html`; `/` → `index.html`. */
export function fileOf(path: string): string {
  const trimmed = path.replace(/^\/+/, '')
  if (trimmed === '' || trimmed.endsWith('/')) return `${trimmed}index.html`
  return trimmed
}

export function planSite(snapshotSite: Site, generatedAt: string): SitePlan {
  const portal = portalOf(snapshotSite, generatedAt)
  // Only the home page shows the subordinate units' news: other pages get a site without it, so
  // a commune's publish re-renders its province's home page and nothing else there.
  const chrome: SiteInfo = { ...portal.site, subordinateNews: [] }
  const chromeDigest = hash(JSON.stringify(chrome))
  const outputs: PlannedOutput[] = []

  // Withdrawn and former-unit documents keep their page with a banner (ADR 0022): the page's
  // props carry it, so only those pages change when a takedown does.
  const banners = new Map(snapshotSite.takedowns.filter((t) => BANNER_KINDS.includes(t.kind)).map((t) => [t.path, t]))
  // `bannerOf`: the path the document's takedown is recorded under, when this page is another
  // language's version of it (a page's English version carries its Vietnamese page's banner).
  const page = (path: string, view: ViewName, ownProps: Record<string, unknown>, site: SiteInfo = chrome, file = fileOf(path), bannerOf = path) => {
    const banner = banners.get(bannerOf)
    const withBanner = banner ? { ...ownProps, takedown: banner } : ownProps
    const props = { ...withBanner, ...followProps(portal, path, view, withBanner) }
    const own = site === chrome ? chromeDigest : hash(JSON.stringify(site))
    // Pages of reviewed types show their review dates (issue 18).
    const review = portal.reviews.get(path)
    const all = review ? { ...props, review } : props
    outputs.push({ kind: 'page', file, path, view, props: { site, ...all }, digest: hash(`${view}\n${own}\n${JSON.stringify(all)}`) })
  }
  const file = (path: string, body: string) => outputs.push({ kind: 'file', file: fileOf(path), path, body, digest: hash(body) })

  page(homePath(), 'HomeView', homeProps(portal), portal.site)
  if (portal.site.en) page(homePath('en'), 'EnglishHomeView', { pages: englishPages(portal).map(pageLink) })
  page('/404.html', 'NotFoundView', {}, chrome, '404.html')
  // Addresses taken down in error (410) or consolidated (301): the server reads the manifest.
  const manifest: TakedownManifest = { gone: [], moved: {} }
  for (const t of snapshotSite.takedowns) {
    if (t.kind === 'error') manifest.gone.push(t.path)
    else if (t.kind === 'consolidated' && t.target) manifest.moved[t.path] = t.target
  }
  page('/410.html', 'NotFoundView', { gone: true }, chrome, '410.html')

  const teasers = portal.news.map(teaser)
  const tail = () => void ((outputs[outputs.length - 1] as PlannedPage).tail = true)
  for (const n of [1, ...laterPages(teasers.length)]) {
    page(newsPath(n), 'NewsListView', { list: listPage(teasers, n, newsPath()) })
    if (n > PRECOMPRESS_LIST_PAGES) tail()
  }
  for (const category of portal.categories) {
    const news = newsInCategory(portal, category.slug).map(teaser)
    for (const n of [1, ...laterPages(news.length)]) {
      page(categoryPath(category.slug, n), 'CategoryView', { category, list: listPage(news, n, categoryPath(category.slug)) })
      if (n > PRECOMPRESS_LIST_PAGES) tail()
    }
  }
  // Newest first (the home page shows the first ones).
  for (const [i, article] of portal.news.entries()) {
    page(articlePath(article.slug), 'ArticleView', articleProps(portal, article))
    if (i >= PRECOMPRESS_NEWEST) tail()
  }
  // A page introducing a list the portal builds (`van-ban`…) is shown above that list instead.
  const taken = introPagesTaken(portal)
  for (const lang of ['vi', 'en'] as const) {
    const pages: Page[] = lang === 'en' ? englishPages(portal) : portal.pages
    for (const p of pages) if (lang === 'en' || !taken.has(p.slug)) page(pagePath(p.slug, lang), 'PageView', { page: p, lang }, chrome, fileOf(pagePath(p.slug, lang)), pagePath(p.slug))
  }
  for (const p of dialoguePages(portal)) page(p.path, p.view, p.props)
  for (const p of legalPages(portal)) page(p.path, p.view, p.props)
  // Simple content types contributed by the CMS's plugins (`portal.page`): a page each.
  for (const p of snapshotSite.contributedPages) page(p.path, 'PageView', { page: contributedPage(p), lang: 'vi', contributed: true })
  page(SUBSCRIBE_PATH, 'SubscribeView', subscribeProps(portal))

  // The accessibility statement, written after the release checks with their figures.
  // Its digest follows the chrome like every page's (the build rewrites it anyway).
  const statements = portal.site.en ? (['vi', 'en'] as const) : (['vi'] as const)
  for (const lang of statements) {
    page(statementPath(lang), 'AccessibilityStatementView', { lang })
    ;(outputs[outputs.length - 1] as PlannedPage).afterChecks = true
  }

  file(`/${TAKEDOWN_MANIFEST}`, JSON.stringify(manifest))
  file('/rss.xml', rssXml(portal))
  const pageEntries = sitemapEntries(portal).filter((e) => ![...taken].some((slug) => e.path === pagePath(slug)))
  const contributed = snapshotSite.contributedPages.map((p) => ({ path: p.path, lastmod: p.updatedAt }))
  file(sitemapPath, sitemapXml(portal.site.baseUrl, [...pageEntries, ...dialogueSitemapEntries(portal), ...legalSitemapEntries(portal), ...contributed, ...statements.map((lang) => ({ path: statementPath(lang) })), { path: SUBSCRIBE_PATH }]))
  file('/robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(portal.site.baseUrl, sitemapPath)}\n`)

  return { slug: portal.site.slug, theme: portal.site.theme, outputs }
}

/**
 * What the layout of a document's page adds below it (ADR 0023): the public notes of its major
 * updates, newest first, and the "follow this page" form. Only on pages of one document in
 * Vietnamese; part of the page's props, so a new note re-renders that page alone.
 */
function followProps(portal: Portal, path: string, view: ViewName, props: Record<string, unknown>): { changes?: ChangeNote[]; follow?: true } {
  if (!FOLLOWABLE_VIEWS.has(view) || props.contributed || (props.lang !== undefined && props.lang !== 'vi')) return {}
  const notes = portal.changeNotes.get(path)?.notes ?? []
  return { follow: true, ...(notes.length ? { changes: notes } : {}) }
}

function subscribeProps(portal: Portal): Record<string, unknown> {
  const types = new Set(portal.legalDocuments.map((d) => d.type))
  return {
    categories: portal.categories.map((c) => ({ slug: c.slug, title: c.title })),
    legalTypes: LEGAL_DOCUMENT_TYPES.filter((t) => types.has(t)).map((value) => ({ value, label: LEGAL_DOCUMENT_TYPE_LABELS[value].vi })),
  }
}

/** A contributed page in the shape of a page (its path as the slug, one rich-text block). */
function contributedPage(p: ContributedPage): Page {
  return { slug: p.path.slice(1, -1), updatedAt: p.updatedAt, vi: { title: p.title, summary: p.summary, blocks: [{ blockType: 'richText', html: p.html }] }, en: null, section: null }
}

/**
 * An article as lists show it: without its body and edit date, so correcting a text re-renders
 * the article's own page but not every list and related-news box it appears in.
 */
function teaser(article: Article): Article {
  return { ...article, html: '', updatedAt: article.publishedAt }
}

/** A page as the home pages link it: title and summary only. */
function pageLink(page: Page): Page {
  const strip = (content: Page['vi']) => ({ ...content, blocks: [] })
  return { ...page, updatedAt: '', vi: strip(page.vi), en: page.en ? strip(page.en) : null }
}

function homeProps(portal: Portal): { latest: Article[]; categories: Category[]; pages: Page[] } {
  return { latest: portal.news.slice(0, HOME_NEWS_COUNT).map(teaser), categories: portal.categories, pages: portal.pages.map(pageLink) }
}

function articleProps(portal: Portal, article: Article): { article: Article; categories: Category[]; related: Article[] } {
  return { article, categories: categoriesOf(portal, article), related: relatedNews(portal, article).map(teaser) }
}

/** The language of a planned page, for callers that report on pages (tests, checks). */
export function langOf(output: PlannedOutput): Lang {
  return output.path === '/en/' || output.path.startsWith('/en/') ? 'en' : 'vi'
}
