import { rfc822 } from '../../../themes/model/format'
import { siteText } from '../../../themes/model/i18n'
import type { Article, Portal } from './model'
import { absoluteUrl, articlePath, feedPath } from '../../../themes/model/urls'
import { escapeXml } from './xml'

export const FEED_SIZE = 20

/** RSS 2.0 feed of the newest articles, every link absolute as feed readers require. */
export function rssXml(portal: Portal): string {
  const { site } = portal
  const name = siteText(site, 'vi').name
  const link = (path: string) => escapeXml(absoluteUrl(site.baseUrl, path))
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(name)}</title>`,
    `<link>${link('/')}</link>`,
    `<description>${escapeXml(`Tin tức mới nhất của ${name}`)}</description>`,
    '<language>vi</language>',
    `<lastBuildDate>${rfc822(portal.lastModified)}</lastBuildDate>`,
    `<atom:link href="${link(feedPath)}" rel="self" type="application/rss+xml"/>`,
    ...portal.news.slice(0, FEED_SIZE).map((article) => rssItem(portal, article, link)),
    '</channel>',
    '</rss>',
    '',
  ].join('\n')
}

function rssItem(portal: Portal, article: Article, link: (path: string) => string): string {
  const url = link(articlePath(article.slug))
  const categories = article.categories
    .map((slug) => portal.categoryBySlug.get(slug)?.title)
    .filter((title): title is string => title !== undefined)
    .map((title) => `<category>${escapeXml(title)}</category>`)
  return [
    '<item>',
    `<title>${escapeXml(article.title)}</title>`,
    `<link>${url}</link>`,
    `<guid isPermaLink="true">${url}</guid>`,
    `<pubDate>${rfc822(article.publishedAt)}</pubDate>`,
    article.summary ? `<description>${escapeXml(article.summary)}</description>` : '',
    ...categories,
    '</item>',
  ].join('')
}
