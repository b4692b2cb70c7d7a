import type { ChangeNote } from '../../../cms/src/contracts/alerts'
import { formatDate, rfc822 } from '../../../themes/model/format'
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
    ...feedItems(portal, link),
    '</channel>',
    '</rss>',
    '',
  ].join('\n')
}

/**
 * The newest articles and the notes of major updates (ADR 0023), newest first: a note is an item
 * "Cập nhật: <title>" linking to the updated page, with the note as its description.
 */
function feedItems(portal: Portal, link: (path: string) => string): string[] {
  const items: Array<{ at: string; xml: string }> = portal.news.slice(0, FEED_SIZE).map((article) => ({ at: article.publishedAt, xml: rssItem(portal, article, link) }))
  for (const changes of portal.changeNotes.values()) {
    for (const note of changes.notes) items.push({ at: note.at, xml: changeItem(changes.title, changes.path, note, link) })
  }
  return items
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, FEED_SIZE)
    .map((item) => item.xml)
}

function changeItem(title: string, path: string, note: ChangeNote, link: (path: string) => string): string {
  const url = link(path)
  return [
    '<item>',
    `<title>${escapeXml(`Cập nhật: ${title}`)}</title>`,
    `<link>${url}</link>`,
    `<guid isPermaLink="false">${url}#cap-nhat-${escapeXml(note.at)}</guid>`,
    `<pubDate>${rfc822(note.at)}</pubDate>`,
    `<description>${escapeXml(`Cập nhật ngày ${formatDate(note.at)}: ${note.note}`)}</description>`,
    '</item>',
  ].join('')
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
