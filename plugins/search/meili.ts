/**
 * The Meilisearch engine behind the search port (used when `MEILI_HOST` is set, ADR 0010).
 *
 * One shared index for every portal, filtered by site. Meilisearch folds diacritics and đ itself
 * (charabia's Latin pipeline, domain README §6.5); what it cannot do is handled with fields this
 * module fills from the same analysis as the embedded engine:
 * - `keys`: the abbreviation keys and document-number key families found in the document
 *   ("ubnd", "42/2022/nd-cp", "42/2022", "nd-cp"), searchable and filterable, so "UBND" finds
 *   "Ủy ban nhân dân" and every spelling of a number finds the document;
 * - `exact`: a Telex-style spelling of every syllable that keeps its diacritics ("đường" →
 *   "dduwowngf"); a query typed with diacritics is also run on it alone, and its hits go first;
 * - synonyms from the same abbreviation table, in both directions.
 * Snippets and highlighted titles come from `snippet.ts`, so both engines mark the same words.
 */
import { type Filter, Meilisearch, type SearchParams as MeiliSearchParams } from 'meilisearch'

import { ABBREVIATIONS, abbreviationKey, analyzeQuery, documentKeys, foldText, normalize, telexText } from './analysis'
import {
  FACETS,
  type SearchDocument,
  type SearchEngine,
  type SearchHit,
  type SearchParams,
  SearchParamsSchema,
  type SearchResult,
  asArray,
  emptyFacets,
  prepareDocument,
  sitesInScope,
} from './port'
import { highlightAll, snippet } from './snippet'

export type MeiliOptions = { host: string; apiKey?: string; indexName?: string }

type MeiliDocument = SearchDocument & { key: string; keys: string[]; exact: string; dateTs: number; demoted: number }

/** Meilisearch ids allow only [A-Za-z0-9_-]: other characters are hex-escaped. */
export const meiliKey = (id: string) => id.replace(/[^A-Za-z0-9-]|_/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)

/** The index settings, applied at start-up (idempotent: Meilisearch skips an unchanged setting). */
export function meiliSettings() {
  const synonyms: Record<string, string[]> = {}
  const link = (from: string, to: string) => {
    if (from === to) return
    const list = (synonyms[from] ??= [])
    if (!list.includes(to)) list.push(to)
  }
  for (const [abbreviation, expansions] of ABBREVIATIONS) {
    const key = abbreviationKey(abbreviation)
    for (const expansion of expansions) {
      // Both the written and the folded form: synonyms are matched on the query as typed.
      for (const form of new Set([normalize(expansion), foldText(expansion)])) {
        link(key, form)
        link(form, key)
      }
    }
  }
  return {
    searchableAttributes: ['keys', 'title', 'number', 'issuer', 'field', 'text', 'exact'],
    filterableAttributes: ['site', 'shownOn', 'type', 'field', 'issuer', 'year', 'status', 'doctype', 'notice', 'keys'],
    sortableAttributes: ['dateTs'],
    // Withdrawn and former-unit pages come after every current match (ADR 0022).
    rankingRules: ['demoted:asc', 'words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    displayedAttributes: ['id', 'type', 'site', 'siteName', 'url', 'title', 'text', 'date', 'number', 'issuer', 'field', 'year', 'status', 'doctype'],
    synonyms,
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['vie'] }],
    // Keys and Telex codes must match exactly; folded syllables are short, so the default
    // one-typo-from-5-letters rule stays (domain README §6.5).
    typoTolerance: { disableOnAttributes: ['keys', 'exact', 'number'], disableOnNumbers: true },
    pagination: { maxTotalHits: 10_000 },
    faceting: { maxValuesPerFacet: 100 },
  }
}

export function toMeiliDocument(document: SearchDocument): MeiliDocument {
  const doc = prepareDocument(document)
  const titled = doc.number ? `${doc.title} ${doc.number}` : doc.title
  return {
    ...doc,
    key: meiliKey(doc.id),
    keys: documentKeys(`${titled}\n${doc.text}`),
    exact: telexText(`${doc.title}\n${doc.text}`),
    dateTs: doc.date ? Date.parse(doc.date) || 0 : 0,
    demoted: doc.notice ? 1 : 0,
  }
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

export function meiliFilter(params: ReturnType<typeof SearchParamsSchema.parse>): string[] {
  const filter: string[] = []
  const sites = sitesInScope(params)
  if (sites) {
    const list = sites.map(quote).join(', ')
    // Shared content is found in the scope of the portals that show it.
    filter.push(`(site IN [${list}] OR shownOn IN [${list}])`)
  }
  const types = asArray(params.type)
  if (types) filter.push(`type IN [${types.map(quote).join(', ')}]`)
  if (params.field !== undefined) filter.push(`field = ${quote(params.field)}`)
  if (params.issuer !== undefined) filter.push(`issuer = ${quote(params.issuer)}`)
  if (params.year !== undefined) filter.push(`year = ${params.year}`)
  if (params.status !== undefined) filter.push(`status = ${quote(params.status)}`)
  if (params.doctype !== undefined) filter.push(`doctype = ${quote(params.doctype)}`)
  return filter
}

export class MeiliEngine implements SearchEngine {
  readonly kind = 'meilisearch' as const
  private readonly client: Meilisearch
  private readonly indexName: string

  constructor(options: MeiliOptions) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey })
    this.indexName = options.indexName ?? 'cong_content'
  }

  private get index() {
    return this.client.index<MeiliDocument>(this.indexName)
  }

  async open(): Promise<this> {
    await this.client.createIndex(this.indexName, { primaryKey: 'key' }).waitTask()
    const task = await this.index.updateSettings(meiliSettings()).waitTask()
    if (task.status === 'failed') throw new Error(`Meilisearch settings were refused: ${task.error?.message}`)
    return this
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return
    const task = await this.index.addDocuments(documents.map(toMeiliDocument), { primaryKey: 'key' }).waitTask()
    if (task.status === 'failed') throw new Error(`Meilisearch refused documents: ${task.error?.message}`)
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length === 0) return
    await this.index.deleteDocuments(ids.map(meiliKey)).waitTask()
  }

  async deleteSite(site: string): Promise<void> {
    await this.index.deleteDocuments({ filter: `site = ${quote(site)}` }).waitTask()
  }

  async count(): Promise<number> {
    return (await this.index.getStats()).numberOfDocuments
  }

  async close(): Promise<void> {}

  /**
   * Up to three queries in one multi-search: documents whose number matches a number in the query,
   * documents matching the query's diacritics exactly (Telex field), and the ordinary folded
   * search, which gives the total and the facets. Hits are merged in that order without repeats.
   */
  async search(input: SearchParams): Promise<SearchResult> {
    const started = performance.now()
    const params = SearchParamsSchema.parse(input)
    const query = analyzeQuery(params.q)
    const filter = meiliFilter(params)
    const window = params.page * params.perPage
    const sort = (params.sort ?? (params.q.trim() ? 'relevance' : 'newest')) === 'newest' ? ['dateTs:desc'] : undefined
    const q = normalize(params.q)
    const main: MeiliSearchParams & { indexUid: string } = {
      indexUid: this.indexName,
      q,
      filter: filter as Filter,
      facets: [...FACETS],
      page: 1,
      hitsPerPage: window,
      sort,
      locales: ['vie'],
      // Like the embedded engine: short queries need every word; long questions drop the most
      // frequent words first.
      matchingStrategy: popcount(query.required) <= 3 ? 'all' : 'frequency',
    }
    const queries: (MeiliSearchParams & { indexUid: string })[] = []
    const numberKeys = query.numbers.map((n) => n.key)
    if (numberKeys.length > 0 && !sort) {
      queries.push({ indexUid: this.indexName, q: '', filter: [...filter, `keys IN [${numberKeys.map(quote).join(', ')}]`] as Filter, limit: window })
    }
    if (query.typedWithDiacritics && !sort) {
      queries.push({ indexUid: this.indexName, q: telexText(params.q), attributesToSearchOn: ['exact'], filter: filter as Filter, limit: window, matchingStrategy: 'all' })
    }
    queries.push(main)
    const { results } = await this.client.multiSearch({ queries })
    const seen = new Set<string>()
    const merged: MeiliDocument[] = []
    for (const result of results) {
      for (const hit of result.hits as unknown as MeiliDocument[]) {
        if (seen.has(hit.id)) continue
        seen.add(hit.id)
        merged.push(hit)
      }
    }
    const last = results[results.length - 1]!
    const total = Math.max(last.totalHits ?? last.estimatedTotalHits ?? 0, merged.length)
    const facets = emptyFacets()
    for (const facet of FACETS) facets[facet] = { ...(last.facetDistribution?.[facet] ?? {}) }
    const hits: SearchHit[] = merged.slice((params.page - 1) * params.perPage, window).map((doc) => {
      const hit: SearchHit = {
        id: doc.id,
        type: doc.type,
        site: doc.site,
        siteName: doc.siteName,
        url: doc.url,
        title: doc.title,
        titleHtml: highlightAll(doc.title, query),
        snippet: snippet(doc.text, query),
      }
      for (const key of ['date', 'number', 'issuer', 'field', 'year', 'status', 'doctype'] as const) if (doc[key] !== undefined && doc[key] !== null) (hit as Record<string, unknown>)[key] = doc[key]
      return hit
    })
    return { hits, total, page: params.page, perPage: params.perPage, pages: Math.ceil(total / params.perPage), facets, took: Math.round(performance.now() - started) }
  }
}

function popcount(x: number): number {
  let n = 0
  for (; x; x &= x - 1) n++
  return n
}

export async function openMeiliEngine(options: MeiliOptions): Promise<MeiliEngine> {
  return new MeiliEngine(options).open()
}
