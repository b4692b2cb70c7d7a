import type { Article, Category, Page, Site } from '../../../cms/src/contracts/portal'

export type {
  Article,
  Block,
  Category,
  ImageRef,
  NavItem,
  Page,
  Site,
} from '../../../cms/src/contracts/portal'

/** A portal without its content lists: what the chrome (header, footer, head) needs. */
export type SiteInfo = Omit<Site, 'pages' | 'categories' | 'news'>

export type Lang = 'vi' | 'en'

/**
 * Collection entries keep the owning site and their position in the snapshot, because the data
 * store does not promise to return entries in the order the CMS wrote them (newest first for
 * news, editor order for pages and categories).
 */
export interface Placed {
  site: string
  position: number
}
export type SiteEntry = SiteInfo & { position: number; generatedAt: string }
export type ArticleEntry = Article & Placed
export type PageEntry = Page & Placed
export type CategoryEntry = Category & Placed

/** Everything one portal renders, indexed for the lookups the routes make. */
export interface Portal {
  site: SiteInfo
  news: Article[]
  pages: Page[]
  categories: Category[]
  categoryBySlug: ReadonlyMap<string, Category>
  newsByCategory: ReadonlyMap<string, Article[]>
  /** Newest change on the portal, for sitemap and feed dates. */
  lastModified: string
}
