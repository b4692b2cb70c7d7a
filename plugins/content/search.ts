/**
 * How news and pages are found (their `search` contributions): the Vietnamese version as the
 * portal shows it, plain text only.
 */
import { articlePath } from '../../themes/model/urls'
import { entryBase, isoDate, join, richTextPlain, str, visible } from '../search/text'
import type { IndexEntry, SearchContribution, SiteRef } from '../search/types'
import type { Doc } from '../portals/types'

export function newsDocument(doc: Doc, site: SiteRef | null): IndexEntry | null {
  const slug = str(doc.slug)
  const title = str(doc.title)
  if (!visible(doc, site) || !slug || !title) return null
  return {
    ...entryBase('news', doc, site),
    url: articlePath(slug),
    title,
    text: join(str(doc.summary), richTextPlain(doc.content)),
    date: isoDate(doc.publishedAt) ?? isoDate(doc.createdAt),
  }
}

/** Pages: the Vietnamese version (what `/slug/` shows); rich-text blocks and link headings. */
export function pageDocument(doc: Doc, site: SiteRef | null): IndexEntry | null {
  const slug = str(doc.slug)
  const title = str(doc.title)
  if (!visible(doc, site) || !slug || !title) return null
  const blocks = Array.isArray(doc.layout) ? doc.layout : []
  const text = blocks.map((block: Doc) => {
    if (block.blockType === 'richText') return richTextPlain(block.content)
    if (block.blockType === 'linksList') return join(str(block.heading), ...(Array.isArray(block.links) ? block.links.map((l: Doc) => str(l.label)) : []))
    // Contact cards name officials and their official contacts, which the page itself publishes.
    if (block.blockType === 'contactCard') return join(str(block.name), str(block.position), str(block.unit))
    return ''
  })
  return {
    ...entryBase('page', doc, site),
    url: `/${slug}/`,
    title,
    text: join(str(doc.summary), ...text),
    date: isoDate(doc.updatedAt),
  }
}

export const newsSearch: SearchContribution = { type: 'news', label: { vi: 'Tin tức', en: 'News' }, toDocument: newsDocument }
export const pageSearch: SearchContribution = { type: 'page', label: { vi: 'Trang', en: 'Pages' }, toDocument: pageDocument }
