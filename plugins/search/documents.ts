/**
 * From a stored document to what the search index holds (`SearchDocument`), or null when it must
 * not be in the index. Pure: the sync job reads the document and its site, these functions decide.
 *
 * Each mapper builds its output field by field from an allow-list (like `dialogue/public.ts`), so
 * a field added to a collection later stays out of the index until someone adds it here; and it
 * fails closed: anything not published, on a site that is not active, gives null (= delete).
 */
import { DIALOGUE_PATH, QA_PATH } from '../../cms/src/contracts/dialogue'
import { LEGAL_DOCUMENT_TYPE_LABELS, type LegalDocumentType } from '../../cms/src/contracts/legal'
import { isPublished as isPublicQuestion, publicQuestion, type QuestionDoc } from '../dialogue/public'
import type { ContentType, SearchDocument } from './port'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = Record<string, any> & { id: number | string }

/** The collections whose documents are searchable, with the type they carry in the index. */
export const SEARCH_COLLECTIONS = {
  news: 'news',
  pages: 'page',
  'legal-documents': 'legal',
  procedures: 'procedure',
  questions: 'question',
} as const satisfies Record<string, ContentType>
export type SearchCollection = keyof typeof SEARCH_COLLECTIONS

export const isSearchCollection = (slug: string): slug is SearchCollection => Object.hasOwn(SEARCH_COLLECTIONS, slug)

/** The site a document belongs to, as the index needs it. */
export type SiteRef = { id: number | string; slug: string; name: string; status?: string | null }

/** The index id of a document: stable across drafts, edits and moves to another site. */
export const searchId = (collection: SearchCollection, id: number | string): string => `${SEARCH_COLLECTIONS[collection]}:${id}`

/** Public paths on a portal (root-relative; the portal's host is added when answering). */
export const SEARCH_PATH = '/tim-kiem/'
export const legalDocumentPath = (slug: string): string => `/van-ban/${slug}/`
export const procedurePath = (slug: string): string => `/thu-tuc-hanh-chinh/${slug}/`

/** Longest plain text kept per document: enough for ranking and snippets, bounded memory. */
export const MAX_TEXT = 20_000

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null)

const BLOCK_NODES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list', 'table', 'tablerow', 'tablecell', 'root'])

/** Plain text of a Lexical rich-text value: the text nodes, one line per block. Never markup. */
export function richTextPlain(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  const out: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: string; text?: unknown; children?: unknown[] }
    if (n.type === 'text' && typeof n.text === 'string') out.push(n.text)
    else if (n.type === 'linebreak') out.push('\n')
    if (Array.isArray(n.children)) for (const child of n.children) walk(child)
    if (n.type && BLOCK_NODES.has(n.type)) out.push('\n')
  }
  walk((value as { root: unknown }).root)
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

const join = (...parts: (string | null | undefined)[]) =>
  parts
    .filter((p): p is string => Boolean(p && p.trim()))
    .join('\n')
    .slice(0, MAX_TEXT)

const isoDate = (value: unknown): string | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const time = new Date(value).getTime()
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined
}

const typeLabel = (value: unknown): string | null =>
  typeof value === 'string' && Object.hasOwn(LEGAL_DOCUMENT_TYPE_LABELS, value) ? LEGAL_DOCUMENT_TYPE_LABELS[value as LegalDocumentType].vi : null

/** The year in Vietnam (UTC+7): a date picked as 1 January may be stored as 31 December, 17:00 UTC. */
const yearOf = (iso: string | undefined): number | undefined => (iso ? new Date(Date.parse(iso) + 7 * 3_600_000).getUTCFullYear() : undefined)

/** Published (versioned collections) and on an active site: the only documents citizens may find. */
function visible(doc: Doc, site: SiteRef | null): site is SiteRef {
  if (!site || (site.status && site.status !== 'active')) return false
  return doc._status === undefined || doc._status === 'published'
}

const base = (collection: SearchCollection, doc: Doc, site: SiteRef) => ({
  id: searchId(collection, doc.id),
  type: SEARCH_COLLECTIONS[collection],
  site: site.slug,
  siteName: site.name,
})

export function newsDocument(doc: Doc, site: SiteRef | null): SearchDocument | null {
  const slug = str(doc.slug)
  const title = str(doc.title)
  if (!visible(doc, site) || !slug || !title) return null
  return {
    ...base('news', doc, site),
    url: `/tin-tuc/${slug}/`,
    title,
    text: join(str(doc.summary), richTextPlain(doc.content)),
    date: isoDate(doc.publishedAt) ?? isoDate(doc.createdAt),
  }
}

/** Pages: the Vietnamese version (what `/slug/` shows); rich-text blocks and link headings. */
export function pageDocument(doc: Doc, site: SiteRef | null): SearchDocument | null {
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
    ...base('pages', doc, site),
    url: `/${slug}/`,
    title,
    text: join(str(doc.summary), ...text),
    date: isoDate(doc.updatedAt),
  }
}

export function legalDocument(doc: Doc, site: SiteRef | null): SearchDocument | null {
  const slug = str(doc.slug)
  const number = str(doc.number)
  const summary = str(doc.summary)
  if (!visible(doc, site) || !slug || !summary) return null
  const date = isoDate(doc.issueDate)
  const fields = Array.isArray(doc.fields) ? doc.fields.map(str).filter((f): f is string => f !== null) : []
  const status = str(doc.validityStatus)
  const issuer = str(doc.issuingBody)
  return {
    ...base('legal-documents', doc, site),
    url: legalDocumentPath(slug),
    title: summary,
    text: join(typeLabel(doc.documentType), fields.join('; '), richTextPlain(doc.content), str(doc.signerName) ? `${str(doc.signerTitle) ?? ''} ${str(doc.signerName)}`.trim() : null),
    date,
    ...(number ? { number } : {}),
    ...(issuer ? { issuer } : {}),
    // The index has one field per document (port): the first one listed, the main field.
    ...(fields[0] ? { field: fields[0] } : {}),
    ...(yearOf(date) ? { year: yearOf(date) } : {}),
    ...(status ? { status } : {}),
    ...(str(doc.documentType) ? { doctype: str(doc.documentType)! } : {}),
  }
}

export function procedureDocument(doc: Doc, site: SiteRef | null): SearchDocument | null {
  const slug = str(doc.slug)
  const name = str(doc.name)
  if (!visible(doc, site) || !slug || !name) return null
  const steps = Array.isArray(doc.steps) ? doc.steps.map((s: Doc) => join(str(s.title), str(s.text))) : []
  const dossier = Array.isArray(doc.dossier) ? doc.dossier.map((d: Doc) => str(d.name)) : []
  const field = str(doc.field)
  return {
    ...base('procedures', doc, site),
    url: procedurePath(slug),
    title: name,
    text: join(str(doc.code), str(doc.implementingAgency), ...steps, ...dossier, str(doc.result), str(doc.requirements)),
    date: isoDate(doc.updatedAt),
    ...(field ? { field } : {}),
  }
}

/**
 * A question of a dialogue session or of the ongoing Q&A, once readers see it: its public text
 * and the answer, nothing else. The asker's name, email, phone, address and original wording
 * never reach the index (`publicQuestion` is the allow-list; its asker name is left out too).
 */
export function questionDocument(doc: Doc, site: SiteRef | null, sessionSlug: string | null): SearchDocument | null {
  if (!visible(doc, site) || !isPublicQuestion(doc)) return null
  const question = publicQuestion(doc as QuestionDoc)
  if (!question) return null
  const text = question.text.replace(/\s+/g, ' ').trim()
  if (!text) return null
  const title = text.length > 160 ? `${text.slice(0, 157).replace(/\s+\S*$/, '')}…` : text
  const answer = question.answer ? htmlToPlain(question.answer.html) : ''
  const page = doc.session ? (sessionSlug ? `${DIALOGUE_PATH}${sessionSlug}/` : null) : QA_PATH
  if (!page) return null
  return {
    ...base('questions', doc, site),
    url: `${page}#cau-hoi-${question.ref}`,
    title,
    text: join(text, question.topic, answer),
    date: question.answer?.at ?? question.receivedAt,
  }
}

/** Text of the answer HTML the CMS renders from rich text (trusted markup, no scripts). */
function htmlToPlain(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

/** The mapper of a collection (questions need their session's slug: pass it as `extra`). */
/**
 * `shownOn`: the other portals that show a shared news item or legal document (the caller knows
 * the site tree); only kept for a document that is itself indexed.
 */
export function toSearchDocument(collection: SearchCollection, doc: Doc, site: SiteRef | null, extra: { sessionSlug?: string | null; shownOn?: readonly string[] } = {}): SearchDocument | null {
  const shown = (mapped: SearchDocument | null) => {
    const others = [...new Set(extra.shownOn ?? [])].filter((s) => s !== mapped?.site).sort()
    return mapped && others.length ? { ...mapped, shownOn: others } : mapped
  }
  switch (collection) {
    case 'news':
      return shown(newsDocument(doc, site))
    case 'pages':
      return pageDocument(doc, site)
    case 'legal-documents':
      return shown(legalDocument(doc, site))
    case 'procedures':
      return procedureDocument(doc, site)
    case 'questions':
      return questionDocument(doc, site, extra.sessionSlug ?? null)
  }
}
