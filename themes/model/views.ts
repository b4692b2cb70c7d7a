/**
 * The view models: what each page view of a theme receives. The planner in `sites/` builds these
 * props, the themes render them; both import this module, which imports only the contract.
 */
import type { CommentFormState, LegalDocumentType, ProcedureLevel, ValidityStatus } from '../../cms/src/contracts/legal'
import type { DialogueSession, FormState, PublicQuestion, ReceiptLookup } from '../../cms/src/contracts/dialogue'
import type { SubscribeFormState } from '../../cms/src/contracts/alerts'
import type { SearchPageData } from '../../cms/src/contracts/search'
import type { DialogueTeaser } from './dialogue'
import type { ConsultationPage, ConsultationRow, LegalDocumentPage, LegalFilterOptions, LegalRow, ProcedurePage, ProcedureRow } from './legal'
import type { ListPage } from './paginate'
import type { AccessibilityStatementViewProps } from './statement'
export type { AccessibilityStatementViewProps } from './statement'
import type { ReviewDates } from '../../cms/src/contracts/portal'
import type { Article, Category, Lang, Page, SiteInfo } from './site'

/**
 * What a theme renders. Routes in `sites/src/pages/` gather the data and hand it to these views;
 * a theme decides markup and styling only.
 */
export interface HomeViewProps {
  site: SiteInfo
  latest: Article[]
  categories: Category[]
  pages: Page[]
}

export interface EnglishHomeViewProps {
  site: SiteInfo
  pages: Page[]
}

export interface NewsListViewProps {
  site: SiteInfo
  list: ListPage<Article>
}

export interface CategoryViewProps {
  site: SiteInfo
  category: Category
  list: ListPage<Article>
}

export interface ArticleViewProps {
  site: SiteInfo
  article: Article
  categories: Category[]
  related: Article[]
}

export interface PageViewProps {
  site: SiteInfo
  page: Page
  lang: Lang
  /** "Rà soát lần cuối … / lần tới …", when the page has review dates (Vietnamese page only). */
  review?: ReviewDates
}

export interface NotFoundViewProps {
  site: SiteInfo
  /** The page of an address taken down in error, served with 410 Gone (ADR 0022). */
  gone?: boolean
}

export interface DialogueListViewProps {
  site: SiteInfo
  /** Every session of the portal, newest first. */
  sessions: DialogueTeaser[]
}

export interface DialogueViewProps {
  site: SiteInfo
  session: DialogueSession
  /** Where the page's script follows the session live; null once it is closed (archive). */
  live: { snapshot: string; stream: string } | null
  /** A refused form post, shown again with its errors (rendered on demand, never built). */
  form: FormState | null
}

export interface QaViewProps {
  site: SiteInfo
  /** Answered questions of the ongoing Q&A, newest answer first. */
  list: ListPage<PublicQuestion>
  form: FormState | null
}

/** The receipt lookup page, rendered on demand by the platform (`/hoi-dap-truc-tuyen/tra-cuu/`). */
export interface QaReceiptViewProps {
  site: SiteInfo
  /** The code as typed (normalised), or null before a lookup. */
  code: string | null
  /** What the code finds; null when nothing matches. */
  lookup: ReceiptLookup | null
  /** The question was just sent (the form redirected here). */
  fresh: boolean
}

/** The search page, rendered on demand by the platform (`/tim-kiem/`); see `contracts/search.ts`. */
export interface SearchViewProps {
  site: SiteInfo
  search: SearchPageData
}

export interface LegalListViewProps {
  site: SiteInfo
  /** Newest issue date first. */
  list: ListPage<LegalRow>
  /** Values of the filter form (only those occurring on the portal). */
  filters: LegalFilterOptions
  /** Set on the per-type list. */
  type?: LegalDocumentType
  /** Set on the per-validity list. */
  status?: ValidityStatus
  /** The editors' introduction page (slug `van-ban`), on the first page of the full list. */
  intro: Page | null
}

export interface LegalDocumentViewProps {
  site: SiteInfo
  document: LegalDocumentPage
  /** The owner's page when another portal shares the document with this one. */
  canonical: string | null
}

export interface ProcedureListViewProps {
  site: SiteInfo
  /** By field, then name. */
  procedures: ProcedureRow[]
  /** Levels that occur, for the per-level links. */
  levels: ProcedureLevel[]
  /** The level this list is restricted to, or null for the whole catalogue. */
  level: ProcedureLevel | null
  intro: Page | null
}

export interface ProcedureViewProps {
  site: SiteInfo
  procedure: ProcedurePage
  /** "Rà soát lần cuối … / lần tới …", when the procedure has review dates. */
  review?: ReviewDates
}

export interface ConsultationListViewProps {
  site: SiteInfo
  /** Open and upcoming consultations, open first. */
  open: ConsultationRow[]
  /** Closed consultations, newest first. */
  closed: ConsultationRow[]
  /** Which list this page is: the main page (open first, closed after) or the closed archive. */
  showing: 'open' | 'closed'
  intro: Page | null
}

export interface ConsultationViewProps {
  site: SiteInfo
  consultation: ConsultationPage
  /** Absolute URL of this page, where the comment endpoint sends a form post back. */
  returnTo: string
  /** A refused form post, shown again with its errors (rendered on demand, never built). */
  form: CommentFormState | null
}

export interface SubscribeViewProps {
  site: SiteInfo
  /** The portal's news categories one may follow. */
  categories: Array<{ slug: string; title: string }>
  /** Types of legal documents the portal publishes, to follow by type. */
  legalTypes: Array<{ value: LegalDocumentType; label: string }>
  /** A refused form post, shown again with its errors (rendered on demand, never built). */
  form?: SubscribeFormState | null
}

export interface SubscriptionResultViewProps {
  site: SiteInfo
  title: string
  message: string
}

/**
 * Views of one document's page: the layout adds below them the notes of the document's major
 * updates (props `changes`) and the "follow this page" form (props `follow`), ADR 0023.
 */
export const FOLLOWABLE_VIEWS: ReadonlySet<string> = new Set(['ArticleView', 'PageView', 'LegalDocumentView', 'ProcedureView', 'ConsultationView'])

export interface Crumb {
  label: string
  /** Absent for the current page, which is the last crumb. */
  href?: string
}

/** Every view a theme provides, by name, with its props. */
export interface ViewProps {
  HomeView: HomeViewProps
  EnglishHomeView: EnglishHomeViewProps
  NewsListView: NewsListViewProps
  CategoryView: CategoryViewProps
  ArticleView: ArticleViewProps
  PageView: PageViewProps
  NotFoundView: NotFoundViewProps
  DialogueListView: DialogueListViewProps
  DialogueView: DialogueViewProps
  QaView: QaViewProps
  QaReceiptView: QaReceiptViewProps
  SearchView: SearchViewProps
  LegalListView: LegalListViewProps
  LegalDocumentView: LegalDocumentViewProps
  ProcedureListView: ProcedureListViewProps
  ProcedureView: ProcedureViewProps
  ConsultationListView: ConsultationListViewProps
  ConsultationView: ConsultationViewProps
  AccessibilityStatementView: AccessibilityStatementViewProps
  SubscribeView: SubscribeViewProps
  SubscriptionResultView: SubscriptionResultViewProps
}

/** The views a theme provides; a planned page names one of them. */
export type ViewName = keyof ViewProps
