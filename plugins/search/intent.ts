/**
 * Typed content where a citizen expects it (issue 16): a question that reads like a request for
 * an administrative procedure ("thủ tục hành chính", "đăng ký …", "cấp lại giấy chứng nhận …",
 * "gia hạn giấy phép …") shows the best matching procedures first, a question naming a kind of
 * legal document ("nghị định …", "luật …") the best matching documents. Engine-independent: it
 * works on the port's `search()` (embedded or Meilisearch), promoting at most two documents of
 * the type that are in the query's match set anyway, so totals and facets do not change.
 */
import { foldText } from './analysis'
import type { ContentType, ParsedSearchParams, SearchEngine, SearchHit, SearchResult } from './port'

/**
 * Words (folded, without diacritics) that make a question one about a type of content. A kind of
 * legal document ("nghị định", "luật") names what is wanted more precisely than the words of
 * procedures, so documents come first when a question has both.
 */
const INTENTS: ReadonlyArray<{ type: ContentType; cues: readonly string[] }> = [
  {
    type: 'legal',
    cues: ['van ban', 'luat', 'nghi dinh', 'nghi quyet', 'thong tu', 'quyet dinh', 'chi thi', 'cong van', 'hieu luc'],
  },
  {
    type: 'procedure',
    cues: ['thu tuc', 'ho so', 'dang ky', 'cap giay', 'cap lai', 'cap doi', 'cap moi', 'gia han', 'giay phep', 'giay chung nhan', 'giay to', 'le phi', 'nop', 'chung thuc', 'xin cap', 'dich vu cong', 'lam the nao', 'o dau'],
  },
]

/** Documents of an intended type lifted to the top of the first page. */
export const PROMOTED_PER_TYPE = 2
/** The port's largest page: blending reads at most this many ranked documents. */
const MAX_PER_PAGE = 50

/** The content types a query asks for by its words, most specific first. */
export function intendedTypes(query: string): ContentType[] {
  const text = ` ${foldText(query).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `
  return INTENTS.filter((intent) => intent.cues.some((cue) => text.includes(` ${cue} `))).map((intent) => intent.type)
}

/** Blending applies to a relevance-ranked search of every type, with words to match. */
function blends(params: ParsedSearchParams): boolean {
  return params.q.trim() !== '' && params.type === undefined && (params.sort ?? 'relevance') === 'relevance'
}

/**
 * `engine.search(params)` with the documents of the types the query asks for first: the best
 * `PROMOTED_PER_TYPE` of each such type, then every other match in the engine's order. Later
 * pages continue that order (nothing is shown twice, nothing skipped) while it fits in the
 * documents one search may return; past that they are the engine's pages without the promoted.
 */
export async function searchWithIntent(engine: Pick<SearchEngine, 'search'>, params: ParsedSearchParams): Promise<SearchResult> {
  const types = blends(params) ? intendedTypes(params.q) : []
  if (types.length === 0) return engine.search(params)
  const typed = await Promise.all(types.map((type) => engine.search({ ...params, type, page: 1, perPage: PROMOTED_PER_TYPE, sort: 'relevance' })))
  const promoted: SearchHit[] = []
  for (const result of typed) for (const hit of result.hits) if (!promoted.some((p) => p.id === hit.id)) promoted.push(hit)
  if (promoted.length === 0) return engine.search(params)
  const ids = new Set(promoted.map((hit) => hit.id))
  const { page, perPage } = params
  const end = page * perPage
  if (end + promoted.length <= MAX_PER_PAGE) {
    // The whole ranking up to this page: the promoted first, then the engine's order without them.
    const ranked = await engine.search({ ...params, page: 1, perPage: end + promoted.length })
    const order = [...promoted, ...ranked.hits.filter((hit) => !ids.has(hit.id))]
    return { ...ranked, hits: order.slice((page - 1) * perPage, end), page, perPage, pages: Math.ceil(ranked.total / perPage) }
  }
  const result = await engine.search(params)
  return { ...result, hits: result.hits.filter((hit) => !ids.has(hit.id)) }
}
