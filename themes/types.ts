import type { Article, Category, Lang, ListPage, Page, SiteInfo } from './kit'

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
}
