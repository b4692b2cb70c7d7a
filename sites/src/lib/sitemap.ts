import { isoDateTime } from '../../../themes/model/format'
import type { Portal } from './model'
import { englishPages, newsInCategory } from './portal'
import { laterPages } from '../../../themes/model/paginate'
import { absoluteUrl, articlePath, categoryPath, homePath, newsPath, pagePath } from '../../../themes/model/urls'
import { escapeXml } from './xml'

export interface SitemapEntry {
  path: string
  lastmod?: string
}

/** Every public HTML page of a portal, mirroring the routes under `src/pages/[site]/`. */
export function sitemapEntries(portal: Portal): SitemapEntry[] {
  const newest = portal.news[0]?.updatedAt
  const entries: SitemapEntry[] = [{ path: homePath(), lastmod: portal.lastModified }]

  entries.push({ path: newsPath(), lastmod: newest })
  for (const n of laterPages(portal.news.length)) entries.push({ path: newsPath(n), lastmod: newest })
  for (const article of portal.news) entries.push({ path: articlePath(article.slug), lastmod: article.updatedAt })

  for (const category of portal.categories) {
    const news = newsInCategory(portal, category.slug)
    const lastmod = news[0]?.updatedAt
    entries.push({ path: categoryPath(category.slug), lastmod })
    for (const n of laterPages(news.length)) entries.push({ path: categoryPath(category.slug, n), lastmod })
  }

  for (const page of portal.pages) entries.push({ path: pagePath(page.slug), lastmod: page.updatedAt })

  if (portal.site.en) entries.push({ path: homePath('en'), lastmod: portal.lastModified })
  for (const page of englishPages(portal)) entries.push({ path: pagePath(page.slug, 'en'), lastmod: page.updatedAt })

  return entries
}

export function sitemapXml(baseUrl: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.map(({ path, lastmod }) => {
    const date = lastmod ? `<lastmod>${isoDateTime(lastmod)}</lastmod>` : ''
    return `<url><loc>${escapeXml(absoluteUrl(baseUrl, path))}</loc>${date}</url>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}
