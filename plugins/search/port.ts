/**
 * The search port: what the CMS (sync hooks, public API) needs from a search engine, with two
 * implementations that behave the same (ADR 0010): Meilisearch when `MEILI_HOST` is set, the
 * embedded engine otherwise (`factory.ts` picks one). One shared index for every portal; each
 * document carries its site. The port imports no engine: the engines and the factory import it.
 */
import { z } from 'zod'

/**
 * The type of a document in the index (`news`, `legal`…): each searchable collection names its
 * own (`custom.cong.search.type`), so the port only knows their shape.
 */
export const CONTENT_TYPE = /^[a-z][a-z-]{0,31}$/
export type ContentType = string

export const SearchDocumentSchema = z.object({
  /** Stable across drafts and edits, e.g. `news:42`. */
  id: z.string().min(1).max(200),
  type: z.string().regex(CONTENT_TYPE),
  /** Slug of the site the document belongs to. */
  site: z.string().min(1),
  siteName: z.string(),
  /** Public URL (absolute, or a path on the site's host). */
  url: z.string(),
  title: z.string(),
  /** Plain text: summary and body, without markup. */
  text: z.string(),
  /** ISO date: publication, or issue date of a legal document. */
  date: z.string().optional(),
  /** Legal documents: number/symbol ("42/2022/NĐ-CP"). */
  number: z.string().optional(),
  /** Legal documents: issuing body. */
  issuer: z.string().optional(),
  /** Legal documents and procedures: field (lĩnh vực). */
  field: z.string().optional(),
  year: z.number().int().optional(),
  /** Legal documents: validity status (còn hiệu lực, hết hiệu lực…). */
  status: z.string().optional(),
  /** Legal documents: document type code (`nghi-dinh`, `thong-tu`…, contracts/legal.ts). */
  doctype: z.string().optional(),
  /**
   * Shared content: slugs of the other portals that show the document (listed in `sharedWith`,
   * or below its owner when shared with every portal below). A search scoped to one of them
   * finds it; it still belongs to `site` (facets, URL).
   */
  shownOn: z.array(z.string().min(1)).max(5000).optional(),
  /**
   * A page kept after a takedown (ADR 0022): `withdrawn` or `former-unit`. Such documents come
   * after every current match, whatever their score.
   */
  notice: z.enum(['withdrawn', 'former-unit']).optional(),
})
export type SearchDocument = z.infer<typeof SearchDocumentSchema>

export const FACETS = ['type', 'site', 'field', 'issuer', 'year', 'status', 'doctype', 'notice'] as const
export type FacetName = (typeof FACETS)[number]

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.includes(',') ? v.split(',') : v), z.union([item, z.array(item)]).optional())

/**
 * Parameters of one search, as `GET /api/public/search` receives them (strings are coerced), so the
 * endpoint can pass its query object through `SearchParamsSchema.parse`.
 */
export const SearchParamsSchema = z.object({
  /** What the citizen typed; empty lists the newest documents matching the filters. */
  q: z.string().max(500).default(''),
  /** The portal asking. With scope `site` (the default) only its documents are searched. */
  site: z.string().optional(),
  /** `site`: the asking portal only; `all`: every portal (or `sites` when given). @default 'site' */
  scope: z.enum(['site', 'all']).default('site'),
  /** Explicit list of sites to search (a province and its units); overrides `site`. */
  sites: oneOrMany(z.string()),
  type: oneOrMany(z.string().regex(CONTENT_TYPE)),
  field: z.string().optional(),
  issuer: z.string().optional(),
  year: z.coerce.number().int().optional(),
  status: z.string().optional(),
  /** Legal documents of this type (`nghi-dinh`…). */
  doctype: z.string().optional(),
  /** 1-based. @default 1 */
  page: z.coerce.number().int().min(1).max(1000).default(1),
  /** @default 10 */
  perPage: z.coerce.number().int().min(1).max(50).default(10),
  /** @default 'relevance' ('newest' when q is empty) */
  sort: z.enum(['relevance', 'newest']).optional(),
})
export type SearchParams = z.input<typeof SearchParamsSchema>
export type ParsedSearchParams = z.output<typeof SearchParamsSchema>

export type SearchHit = {
  id: string
  type: ContentType
  site: string
  siteName: string
  url: string
  /** HTML-escaped title with matches in `<mark>`. */
  titleHtml: string
  title: string
  /** HTML-escaped extract of the text around the matches, with matches in `<mark>`. */
  snippet: string
  date?: string
  number?: string
  issuer?: string
  field?: string
  year?: number
  status?: string
  doctype?: string
  /**
   * Set by the portal search (not the engines): the path of the copy of this shared document on
   * the portal that asked, where its answer leads instead of the owner's portal.
   */
  copyUrl?: string
}

export type SearchResult = {
  hits: SearchHit[]
  /** Number of matching documents (all pages). */
  total: number
  page: number
  perPage: number
  pages: number
  /** Value → count over all matching documents, for each facet. */
  facets: Record<FacetName, Record<string, number>>
  /** Milliseconds the engine spent. */
  took: number
  /** A corrected query, when the query found nothing ("did you mean"). */
  suggestion?: string
}

export interface SearchEngine {
  readonly kind: 'embedded' | 'meilisearch'
  /** Add or replace documents by id. Resolves when they are searchable. */
  upsert(documents: SearchDocument[]): Promise<void>
  /** Remove documents by id; unknown ids are ignored. */
  delete(ids: string[]): Promise<void>
  /** Remove every document of a site (site deleted or merged). */
  deleteSite(site: string): Promise<void>
  search(params: SearchParams): Promise<SearchResult>
  /** Number of documents in the index. */
  count(): Promise<number>
  /** Flush and release files or connections. */
  close(): Promise<void>
}

/** Normalise what callers pass: NFC everywhere, validated against the contract. */
export function prepareDocument(document: SearchDocument): SearchDocument {
  const parsed = SearchDocumentSchema.parse(document)
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(parsed)) if (v !== undefined) out[k] = typeof v === 'string' ? v.normalize('NFC') : v
  return out as SearchDocument
}

/** Sites a search covers, or null for every site. */
export function sitesInScope(params: ParsedSearchParams): string[] | null {
  if (params.sites) return Array.isArray(params.sites) ? params.sites : [params.sites]
  if (params.scope === 'site' && params.site) return [params.site]
  return null
}

export const asArray = <T>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v])

export function emptyFacets(): Record<FacetName, Record<string, number>> {
  return { type: {}, site: {}, field: {}, issuer: {}, year: {}, status: {}, doctype: {}, notice: {} }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}
