import type { SearchPageData } from '../cms/src/contracts/search'
import type { Article, Category, DialogueSession, DialogueTeaser, FormState, Lang, ListPage, Page, PublicQuestion, ReceiptLookup, SiteInfo } from './kit'

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
}

export interface NotFoundViewProps {
  site: SiteInfo
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

export interface Crumb {
  label: string
  /** Absent for the current page, which is the last crumb. */
  href?: string
}

/** An Astro component, typed by its props. */
export type View<Props> = (props: Props) => unknown

export interface Theme {
  HomeView: View<HomeViewProps>
  EnglishHomeView: View<EnglishHomeViewProps>
  NewsListView: View<NewsListViewProps>
  CategoryView: View<CategoryViewProps>
  ArticleView: View<ArticleViewProps>
  PageView: View<PageViewProps>
  NotFoundView: View<NotFoundViewProps>
  DialogueListView: View<DialogueListViewProps>
  DialogueView: View<DialogueViewProps>
  QaView: View<QaViewProps>
  QaReceiptView: View<QaReceiptViewProps>
  SearchView: View<SearchViewProps>
}
