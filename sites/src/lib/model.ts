import type { DocumentChanges } from '../../../cms/src/contracts/alerts'
import type { DialogueSession, PublicQuestion } from '../../../cms/src/contracts/dialogue'
import type { ReviewDates } from '../../../cms/src/contracts/portal'
import type { Consultation, LegalDocument, Procedure } from '../../../cms/src/contracts/legal'
import type { Article, Category, Page, SiteInfo } from '../../../themes/model/site'

export type { Article, Block, Category, ImageRef, Lang, NavItem, Page, Site, SiteInfo } from '../../../themes/model/site'

/** Everything one portal renders, indexed for the lookups the routes make. */
export interface Portal {
  site: SiteInfo
  news: Article[]
  pages: Page[]
  categories: Category[]
  dialogues: DialogueSession[]
  qa: PublicQuestion[]
  legalDocuments: LegalDocument[]
  /** Portals the legal content links to, by slug. */
  otherPortals: ReadonlyMap<string, { name: string; baseUrl: string }>
  procedures: Procedure[]
  consultations: Consultation[]
  /** Review dates of the pages that show them, by path. */
  reviews: ReadonlyMap<string, ReviewDates>
  /** Public notes of major updates, by the path of the document's page. */
  changeNotes: ReadonlyMap<string, DocumentChanges>
  categoryBySlug: ReadonlyMap<string, Category>
  newsByCategory: ReadonlyMap<string, Article[]>
  /** Newest change on the portal, for sitemap and feed dates. */
  lastModified: string
}
