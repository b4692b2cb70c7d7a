import type { Lang, Page } from './model'
import { laterPages, listPage } from './paginate'
import { englishPages, listPortals, newsInCategory } from './portal'
import { categoryPath, newsPath } from './urls'

/*
 * `getStaticPaths` bodies for the routes under `src/pages/[site]/`. Each path carries its portal
 * (and the item) as props, so pages never look anything up again.
 */

export const HOME_NEWS_COUNT = 6

type ListPart = 'first' | 'later'

export async function sitePaths() {
  return (await listPortals()).map((portal) => ({ params: { site: portal.site.slug }, props: { portal } }))
}

export async function englishHomePaths() {
  return (await sitePaths()).filter(({ props }) => props.portal.site.en !== null)
}

export async function newsListPaths(which: ListPart) {
  return (await listPortals()).flatMap((portal) =>
    numbers(which, portal.news.length).map((n) => ({
      params: listParams(which, { site: portal.site.slug }, n),
      props: { portal, list: listPage(portal.news, n, newsPath()) },
    })),
  )
}

export async function categoryListPaths(which: ListPart) {
  return (await listPortals()).flatMap((portal) =>
    portal.categories.flatMap((category) => {
      const news = newsInCategory(portal, category.slug)
      return numbers(which, news.length).map((n) => ({
        params: listParams(which, { site: portal.site.slug, category: category.slug }, n),
        props: { portal, category, list: listPage(news, n, categoryPath(category.slug)) },
      }))
    }),
  )
}

export async function articlePaths() {
  return (await listPortals()).flatMap((portal) =>
    portal.news.map((article) => ({
      params: { site: portal.site.slug, article: article.slug },
      props: { portal, article },
    })),
  )
}

export async function pagePaths(lang: Lang) {
  return (await listPortals()).flatMap((portal) => {
    const pages: Page[] = lang === 'en' ? englishPages(portal) : portal.pages
    return pages.map((page) => ({
      params: { site: portal.site.slug, page: page.slug },
      props: { portal, page },
    }))
  })
}

/** Page 1 is the list route itself and takes no `page` param. */
function listParams<T extends Record<string, string>>(which: ListPart, params: T, n: number) {
  return which === 'first' ? params : { ...params, page: String(n) }
}

function numbers(which: ListPart, count: number): number[] {
  return which === 'first' ? [1] : laterPages(count)
}
