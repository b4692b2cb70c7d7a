import { getCollection } from 'astro:content'
import type {
  Article,
  ArticleEntry,
  Category,
  CategoryEntry,
  Page,
  PageEntry,
  Placed,
  Portal,
  SiteEntry,
} from './model'

type CollectionName = 'sites' | 'articles' | 'pages' | 'categories'

let portals: Promise<Portal[]> | undefined

/**
 * All portals, built once per build process. Every route's getStaticPaths and every page render
 * go through this, so the collections are scanned once rather than once per page (hundreds of
 * portals × thousands of articles would otherwise be quadratic).
 */
export function listPortals(): Promise<Portal[]> {
  portals ??= buildPortals()
  return portals
}

async function buildPortals(): Promise<Portal[]> {
  const [sites, articles, pages, categories] = await Promise.all([
    entries<SiteEntry>('sites'),
    entries<ArticleEntry>('articles'),
    entries<PageEntry>('pages'),
    entries<CategoryEntry>('categories'),
  ])
  const newsBySite = groupBySite(articles)
  const pagesBySite = groupBySite(pages)
  const categoriesBySite = groupBySite(categories)

  return sites
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, generatedAt, ...site }) => {
      const news = strip(newsBySite.get(site.slug))
      const sitePages = strip(pagesBySite.get(site.slug))
      const siteCategories = strip(categoriesBySite.get(site.slug))
      return {
        site,
        news,
        pages: sitePages,
        categories: siteCategories,
        categoryBySlug: new Map(siteCategories.map((category) => [category.slug, category])),
        newsByCategory: indexByCategory(news),
        lastModified: newest([...news, ...sitePages].map((item) => item.updatedAt)) ?? generatedAt,
      }
    })
}

async function entries<T>(collection: CollectionName): Promise<T[]> {
  const found = await getCollection(collection)
  return found.map((entry: { data: unknown }) => entry.data as T)
}

function groupBySite<T extends Placed>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const group = groups.get(item.site)
    if (group) group.push(item)
    else groups.set(item.site, [item])
  }
  return groups
}

function strip<T extends Placed>(items: T[] | undefined): Omit<T, keyof Placed>[] {
  return (items ?? [])
    .sort((a, b) => a.position - b.position)
    .map(({ site: _site, position: _position, ...rest }) => rest)
}

function indexByCategory(news: Article[]): Map<string, Article[]> {
  const index = new Map<string, Article[]>()
  for (const article of news) {
    for (const slug of new Set(article.categories)) {
      const list = index.get(slug)
      if (list) list.push(article)
      else index.set(slug, [article])
    }
  }
  return index
}

function newest(dates: string[]): string | undefined {
  let best: string | undefined
  let bestTime = -Infinity
  for (const date of dates) {
    const time = Date.parse(date)
    if (time > bestTime) {
      best = date
      bestTime = time
    }
  }
  return best
}

/** The article's categories that exist on the portal, in editor order. */
export function categoriesOf(portal: Portal, article: Article): Category[] {
  return article.categories.flatMap((slug) => {
    const category = portal.categoryBySlug.get(slug)
    return category ? [category] : []
  })
}

export function newsInCategory(portal: Portal, slug: string): Article[] {
  return portal.newsByCategory.get(slug) ?? []
}

/** Newest other articles sharing a category, the first (main) category first. */
export function relatedNews(portal: Portal, article: Article, limit = 5): Article[] {
  const related: Article[] = []
  const seen = new Set<string>([article.slug])
  for (const slug of article.categories) {
    for (const candidate of newsInCategory(portal, slug)) {
      if (related.length >= limit) return related
      if (seen.has(candidate.slug)) continue
      seen.add(candidate.slug)
      related.push(candidate)
    }
  }
  return related
}

export function englishPages(portal: Portal): (Page & { en: NonNullable<Page['en']> })[] {
  return portal.pages.filter((page): page is Page & { en: NonNullable<Page['en']> } => page.en !== null)
}
