/**
 * The embedded search engine: an in-process inverted index with BM25F ranking over the
 * Vietnamese analysis of `analysis.ts`, kept under `<dataDir>/search/` as one immutable segment
 * plus an append-only log of the changes made since (ADR 0010). Opening loads the segment and
 * replays the log, so a restart never reindexes the content; when the log grows past half the
 * segment it is folded into a new segment, written beside the old one and switched by rename.
 *
 * One process writes (the server, or the worker when jobs run apart); see ADR 0010.
 */
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'

import { type AnalyzedQuery, EXACT_PREFIX, analyzeFields, analyzeQuery, fold } from './analysis'
import {
  FACETS,
  type FacetName,
  type ParsedSearchParams,
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

/** Ranking constants (BM25F). How they were chosen: ADR 0010. */
export const RANKING = {
  k1: 1.2,
  b: 0.75,
  /** Field weights: a match in the title (or number) counts this many times a match in the text. */
  titleWeight: 3,
  metaWeight: 1.5,
  /**
   * A query of n content words needs all of them when n ≤ 3, else at least max(3, ⌈n·matchFraction⌉),
   * relaxed to the best coverage found (at least 2) when no document reaches that.
   */
  matchFraction: 0.34,
}

const FIELDS = 3
const TITLE = 0
const TEXT = 1
const META = 2

/** A term's postings: a range of the segment's shared array, then postings added since. */
type Posting = { start: number; end: number; extra: number[] | null }

type Filtered = { mask: Uint8Array | null; list: number[] | null }

type ScoredTerm = { qt: AnalyzedQuery['terms'][number]; posting: Posting; df: number }

/** Dictionary-coded column of one facet. */
class Column {
  readonly ids = new Map<string, number>()
  readonly values: string[] = []
  readonly byDoc: number[] = []
  /** Documents (deleted ones included) per value, for filters. */
  readonly docsOf: number[][] = []

  push(docNo: number, value: string | undefined): void {
    const id = this.idOf(value)
    this.byDoc.push(id)
    if (id >= 0) (this.docsOf[id] ??= []).push(docNo)
  }

  idOf(value: string | undefined): number {
    if (value === undefined || value === '') return -1
    let id = this.ids.get(value)
    if (id === undefined) {
      id = this.values.length
      this.values.push(value)
      this.ids.set(value, id)
    }
    return id
  }
}

const facetValue = (doc: SearchDocument, facet: FacetName): string | undefined =>
  facet === 'year' ? (doc.year === undefined ? undefined : String(doc.year)) : (doc[facet] as string | undefined)

function fieldTexts(doc: SearchDocument): [string, string, string] {
  return [doc.number ? `${doc.title} ${doc.number}` : doc.title, doc.text, [doc.issuer, doc.field].filter(Boolean).join('. ')]
}

const popcount = (x: number) => {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/** The in-memory index: documents, postings, field lengths and facet columns. */
export class InvertedIndex {
  docs: (SearchDocument | null)[] = []
  readonly byId = new Map<string, number>()
  postings = new Map<string, Posting>()
  base: Int32Array = new Int32Array(0)
  lengths: number[] = []
  readonly lengthSums = [0, 0, 0]
  dates: number[] = []
  /** 1 for each live document, by document number. */
  alive = new Uint8Array(1024)
  live = 0
  columns = Object.fromEntries(FACETS.map((f) => [f, new Column()])) as Record<FacetName, Column>
  /** Changes with every write; caches keyed on it (suggestion vocabulary). */
  version = 0

  // Scratch space reused by every search (single-threaded).
  private acc = new Float64Array(0)
  private masks = new Int32Array(0)
  private seen = new Uint8Array(0)

  get size(): number {
    return this.live
  }

  /** Add (or replace) a document that `prepareDocument` has checked. */
  add(doc: SearchDocument): void {
    const existing = this.byId.get(doc.id)
    if (existing !== undefined) this.removeDoc(existing)
    const docNo = this.docs.length
    this.docs.push(doc)
    this.byId.set(doc.id, docNo)
    this.live++
    this.version++
    const { terms, lengths } = analyzeFields(fieldTexts(doc))
    for (let f = 0; f < FIELDS; f++) {
      this.lengths.push(lengths[f]!)
      this.lengthSums[f]! += lengths[f]!
    }
    for (const [term, packed] of terms) {
      const posting = this.postings.get(term)
      if (!posting) this.postings.set(term, { start: 0, end: 0, extra: [docNo, packed] })
      else if (posting.extra) posting.extra.push(docNo, packed)
      else posting.extra = [docNo, packed]
    }
    for (const facet of FACETS) this.columns[facet].push(docNo, facetValue(doc, facet))
    this.dates.push(doc.date ? Date.parse(doc.date) || 0 : 0)
    this.setAlive(docNo, 1)
  }

  private setAlive(docNo: number, value: 0 | 1): void {
    if (docNo >= this.alive.length) {
      const grown = new Uint8Array(Math.max(1024, docNo * 2))
      grown.set(this.alive)
      this.alive = grown
    }
    this.alive[docNo] = value
  }

  remove(id: string): boolean {
    const docNo = this.byId.get(id)
    if (docNo === undefined) return false
    this.removeDoc(docNo)
    return true
  }

  removeSite(site: string): number {
    let removed = 0
    for (const [, docNo] of this.byId) {
      if (this.docs[docNo]?.site === site) {
        this.removeDoc(docNo)
        removed++
      }
    }
    return removed
  }

  private removeDoc(docNo: number): void {
    const doc = this.docs[docNo]
    if (!doc) return
    this.docs[docNo] = null
    this.alive[docNo] = 0
    this.byId.delete(doc.id)
    for (let f = 0; f < FIELDS; f++) this.lengthSums[f]! -= this.lengths[docNo * FIELDS + f]!
    this.live--
    this.version++
  }

  /** Number of postings of a term, deleted documents included (they go at the next compaction). */
  private df(p: Posting): number {
    return (p.end - p.start + (p.extra?.length ?? 0)) / 2
  }

  search(params: ParsedSearchParams): SearchResult {
    const started = performance.now()
    const { mask: allowed, list: allowedList } = this.filterMask(params)
    const query = analyzeQuery(params.q)
    const scored = query.terms.length > 0
    let candidates: number[]
    let scores: Float64Array | null = null
    if (scored) {
      ;({ candidates, scores } = this.score(query, allowed))
    } else {
      candidates = allowedList ? allowedList.slice() : []
      if (!allowedList) for (let d = 0; d < this.docs.length; d++) if (this.alive[d]) candidates.push(d)
    }
    const sort = params.sort ?? (scored ? 'relevance' : 'newest')
    const { page, perPage } = params
    const top = this.topK(candidates, page * perPage, sort === 'newest' || !scores ? this.dates : scores)
    const facets = this.facetCounts(candidates)
    const hits = top.slice((page - 1) * perPage).map((d) => this.hit(d, query))
    if (scores) this.resetScratch(candidates, scores)
    const total = candidates.length
    const result: SearchResult = { hits, total, page, perPage, pages: Math.ceil(total / perPage), facets, took: 0 }
    if (total === 0 && query.words.length > 0) {
      const suggestion = this.suggest(query)
      if (suggestion) result.suggestion = suggestion
    }
    result.took = Math.round((performance.now() - started) * 100) / 100
    return result
  }

  private ensureScratch(): void {
    if (this.acc.length >= this.docs.length) return
    const size = Math.max(1024, this.docs.length * 1.5) | 0
    this.acc = new Float64Array(size)
    this.masks = new Int32Array(size)
    this.seen = new Uint8Array(size)
  }

  /**
   * BM25F over the query's terms, accumulated term by term, returning the documents that cover
   * enough of the query's content words (`RANKING.matchFraction`) with their scores in the scratch
   * array. Long questions relax to the best coverage found (at least two words); short queries
   * need every content word, so a typo gives no result and a suggestion instead.
   *
   * Only some terms *drive*: their postings are walked in full and create candidates. A document
   * covering `need` of the required words contains one of the required words other than the
   * `need − 1` most frequent, so those, and the terms that never decide a match (bigrams, exact
   * forms, stop words), are only *checked* on the candidates. Same result, a fraction of the work
   * when a query has very common words.
   */
  private score(query: AnalyzedQuery, allowed: Uint8Array | null): { candidates: number[]; scores: Float64Array } {
    this.ensureScratch()
    const requiredCount = popcount(query.required)
    const need = requiredCount <= 3 ? requiredCount : Math.max(3, Math.ceil(requiredCount * RANKING.matchFraction))
    const terms = query.terms
      .map((qt) => ({ qt, posting: this.postings.get(qt.term) }))
      .filter((t): t is Omit<ScoredTerm, 'df'> => t.posting !== undefined)
      .map((t): ScoredTerm => ({ ...t, df: this.df(t.posting) }))
    // How many documents each required slot reaches (a slot is satisfied by any of its terms).
    const slotSize = new Map<number, number>()
    for (const t of terms) for (let bit = t.qt.slots & query.required; bit; bit &= bit - 1) slotSize.set(bit & -bit, (slotSize.get(bit & -bit) ?? 0) + t.df)
    const common = [...slotSize].sort((a, b) => b[1] - a[1]).slice(0, Math.max(0, need - 1))
    let checkedSlots = 0
    for (const [bit] of common) checkedSlots |= bit
    const drives = (t: ScoredTerm) => (t.qt.slots & query.required & ~checkedSlots) !== 0
    let touched = this.accumulate(terms, drives, allowed)
    let best = 0
    for (const d of touched) best = Math.max(best, popcount(this.masks[d]! & query.required))
    let threshold = need
    if (best < need && requiredCount > 3) {
      // Relaxing lets documents with only the checked words qualify: score again, all terms driving.
      for (const d of touched) this.resetOne(d)
      touched = this.accumulate(terms, (t) => (t.qt.slots & query.required) !== 0, allowed)
      best = 0
      for (const d of touched) best = Math.max(best, popcount(this.masks[d]! & query.required))
      threshold = Math.max(2, Math.min(need, best))
    }
    const masks = this.masks
    const candidates: number[] = []
    for (const d of touched) {
      if (popcount(masks[d]! & query.required) >= threshold) candidates.push(d)
      else this.resetOne(d)
    }
    return { candidates, scores: this.acc }
  }

  /** Walk the driving terms' postings, then add the other terms' scores to the documents found. */
  private accumulate(terms: ScoredTerm[], drives: (t: ScoredTerm) => boolean, allowed: Uint8Array | null): number[] {
    const { acc, masks, seen, alive, base } = this
    const norms = this.lengthNorms()
    const n = Math.max(1, this.live)
    const { k1 } = RANKING
    const touched: number[] = []
    const weight = (t: ScoredTerm) => t.qt.weight * Math.log(1 + (n - t.df + 0.5) / (t.df + 0.5)) * (k1 + 1)
    for (const t of terms) {
      if (!drives(t)) continue
      const w = weight(t)
      const slots = t.qt.slots
      const walk = (list: ArrayLike<number>, from: number, to: number) => {
        for (let i = from; i < to; i += 2) {
          const d = list[i]!
          if (alive[d] === 0 || (allowed !== null && allowed[d] === 0)) continue
          if (seen[d] === 0) {
            seen[d] = 1
            touched.push(d)
          }
          const tf = list[i + 1]!
          const x = (tf & 255) * norms[d * 3]! + ((tf >>> 8) & 255) * norms[d * 3 + 1]! + (tf >>> 16) * norms[d * 3 + 2]!
          acc[d] += (w * x) / (k1 + x)
          masks[d] |= slots
        }
      }
      walk(base, t.posting.start, t.posting.end)
      if (t.posting.extra) walk(t.posting.extra, 0, t.posting.extra.length)
    }
    const add = (d: number, tf: number, w: number, slots: number) => {
      const x = (tf & 255) * norms[d * 3]! + ((tf >>> 8) & 255) * norms[d * 3 + 1]! + (tf >>> 16) * norms[d * 3 + 2]!
      acc[d] += (w * x) / (k1 + x)
      masks[d] |= slots
    }
    for (const t of terms) {
      if (drives(t)) continue
      const w = weight(t)
      const slots = t.qt.slots
      if (touched.length * 24 < t.df) {
        // Few candidates, long postings: look each candidate up (postings are sorted by document).
        for (const d of touched) {
          let tf = findTf(base, t.posting.start, t.posting.end, d)
          if (tf === 0 && t.posting.extra) tf = findTf(t.posting.extra, 0, t.posting.extra.length, d)
          if (tf !== 0) add(d, tf, w, slots)
        }
      } else {
        const scan = (list: ArrayLike<number>, from: number, to: number) => {
          for (let i = from; i < to; i += 2) if (seen[list[i]!] === 1) add(list[i]!, list[i + 1]!, w, slots)
        }
        scan(base, t.posting.start, t.posting.end)
        if (t.posting.extra) scan(t.posting.extra, 0, t.posting.extra.length)
      }
    }
    return touched
  }

  private norms = new Float32Array(0)
  private normsKey = ''

  /** Per document and field: field weight / BM25 length normalisation, recomputed after writes. */
  private lengthNorms(): Float32Array {
    const { b, titleWeight, metaWeight } = RANKING
    const key = `${this.version}:${b}:${titleWeight}:${metaWeight}`
    if (this.normsKey === key) return this.norms
    const n = Math.max(1, this.live)
    const weights = [titleWeight, 1, metaWeight]
    const avgs = this.lengthSums.map((sum) => Math.max(1, sum / n))
    const count = this.docs.length
    if (this.norms.length < count * FIELDS) this.norms = new Float32Array(Math.max(3072, Math.ceil(count * FIELDS * 1.25)))
    for (let d = 0; d < count; d++) {
      for (let f = 0; f < FIELDS; f++) this.norms[d * 3 + f] = weights[f]! / (1 - b + (b * this.lengths[d * 3 + f]!) / avgs[f]!)
    }
    this.normsKey = key
    return this.norms
  }

  private resetOne(d: number): void {
    this.acc[d] = 0
    this.masks[d] = 0
    this.seen[d] = 0
  }

  private resetScratch(candidates: number[], _scores: Float64Array): void {
    for (const d of candidates) this.resetOne(d)
  }

  /** The k best documents by key (descending), ties broken by date then document, via a bounded heap. */
  private topK(candidates: number[], k: number, keys: ArrayLike<number>): number[] {
    const dates = this.dates
    const better = (a: number, b: number) => {
      const ka = keys[a]!
      const kb = keys[b]!
      if (ka !== kb) return ka > kb
      const da = dates[a]!
      const db = dates[b]!
      return da !== db ? da > db : a < b
    }
    const order = (a: number, b: number) => (better(a, b) ? -1 : better(b, a) ? 1 : 0)
    if (candidates.length <= 256) return candidates.slice().sort(order).slice(0, k)
    // Min-heap of the best k (the root is the worst kept).
    const heap: number[] = []
    for (const d of candidates) {
      if (heap.length < k) {
        heap.push(d)
        for (let i = heap.length - 1; i > 0; ) {
          const p = (i - 1) >> 1
          if (!better(heap[p]!, heap[i]!)) break
          ;[heap[p], heap[i]] = [heap[i]!, heap[p]!]
          i = p
        }
      } else if (better(d, heap[0]!)) {
        heap[0] = d
        for (let i = 0; ; ) {
          const l = 2 * i + 1
          const r = l + 1
          let m = i
          if (l < heap.length && better(heap[m]!, heap[l]!)) m = l
          if (r < heap.length && better(heap[m]!, heap[r]!)) m = r
          if (m === i) break
          ;[heap[m], heap[i]] = [heap[i]!, heap[m]!]
          i = m
        }
      }
    }
    return heap.sort(order)
  }

  private masksCache = new Map<string, Filtered>()
  private masksVersion = -1

  /** Documents the filters allow (null: all), cached per filter set until the next write. */
  private filterMask(params: ParsedSearchParams): Filtered {
    if (this.masksVersion !== this.version) {
      this.masksCache.clear()
      this.masksVersion = this.version
    }
    const key = JSON.stringify([sitesInScope(params), asArray(params.type), params.field, params.issuer, params.year, params.status])
    let mask = this.masksCache.get(key)
    if (mask === undefined) {
      mask = this.computeMask(params)
      if (this.masksCache.size >= 64) this.masksCache.delete(this.masksCache.keys().next().value!)
      this.masksCache.set(key, mask)
    }
    return mask
  }

  /**
   * Walk the shortest document list among the filtered facets' values (each facet keeps one per
   * value), checking the other filters on each document.
   */
  private computeMask(params: ParsedSearchParams): Filtered {
    const checks: { facet: FacetName; allowed: Set<number> }[] = []
    const want = (facet: FacetName, values: string[] | undefined) => {
      if (!values) return
      const ids = new Set<number>()
      for (const v of values) {
        const id = this.columns[facet].ids.get(v.normalize('NFC'))
        if (id !== undefined) ids.add(id)
      }
      checks.push({ facet, allowed: ids })
    }
    want('site', sitesInScope(params) ?? undefined)
    want('type', asArray(params.type))
    want('field', params.field === undefined ? undefined : [params.field])
    want('issuer', params.issuer === undefined ? undefined : [params.issuer])
    want('year', params.year === undefined ? undefined : [String(params.year)])
    want('status', params.status === undefined ? undefined : [params.status])
    if (checks.length === 0) return { mask: null, list: null }
    let source: number[][] = []
    let sourceSize = Infinity
    for (const c of checks) {
      const lists = [...c.allowed].map((id) => this.columns[c.facet].docsOf[id] ?? [])
      const size = lists.reduce((sum, l) => sum + l.length, 0)
      if (size < sourceSize) {
        source = lists
        sourceSize = size
      }
    }
    const mask = new Uint8Array(this.docs.length)
    const list: number[] = []
    const columns = checks.map((c) => ({ byDoc: this.columns[c.facet].byDoc, allowed: c.allowed }))
    for (const docs of source) {
      next: for (const d of docs) {
        if (this.alive[d] === 0) continue
        for (const c of columns) if (!c.allowed.has(c.byDoc[d]!)) continue next
        mask[d] = 1
        list.push(d)
      }
    }
    list.sort((a, b) => a - b)
    return { mask, list }
  }

  private facetCounts(candidates: number[]): SearchResult['facets'] {
    const facets = emptyFacets()
    for (const facet of FACETS) {
      const column = this.columns[facet]
      const counts = new Int32Array(column.values.length)
      for (const d of candidates) {
        const id = column.byDoc[d]!
        if (id >= 0) counts[id]!++
      }
      const out: Record<string, number> = {}
      const order = [...counts.keys()].filter((i) => counts[i]! > 0).sort((a, b) => counts[b]! - counts[a]!)
      for (const i of order.slice(0, 100)) out[column.values[i]!] = counts[i]!
      facets[facet] = out
    }
    return facets
  }

  private hit(d: number, query: AnalyzedQuery): SearchHit {
    const doc = this.docs[d]!
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
    for (const key of ['date', 'number', 'issuer', 'field', 'year', 'status'] as const) if (doc[key] !== undefined) (hit as Record<string, unknown>)[key] = doc[key]
    return hit
  }

  // ─── did you mean ──────────────────────────────────────────────────────────────────────────────

  private vocabulary: { version: number; byLength: Map<number, string[]>; display: Map<string, string> } | null = null

  private vocab() {
    if (this.vocabulary?.version === this.version) return this.vocabulary
    const byLength = new Map<number, string[]>()
    const best = new Map<string, [string, number]>()
    for (const [term, posting] of this.postings) {
      if (term.startsWith(EXACT_PREFIX)) {
        const exact = term.slice(1)
        const folded = fold(exact)
        const df = this.df(posting)
        const current = best.get(folded)
        if (!current || current[1] < df) best.set(folded, [exact, df])
      } else if (/^[a-z]+$/.test(term)) {
        const list = byLength.get(term.length) ?? []
        list.push(term)
        byLength.set(term.length, list)
      }
    }
    const display = new Map([...best].map(([k, [v]]) => [k, v]))
    this.vocabulary = { version: this.version, byLength, display }
    return this.vocabulary
  }

  /** The query with each unknown word replaced by the closest indexed word, or undefined. */
  suggest(query: AnalyzedQuery): string | undefined {
    const { byLength, display } = this.vocab()
    let changed = false
    const words = query.words.map((word) => {
      if (this.postings.has(word) || !/^[a-z]+$/.test(word)) return display.get(word) ?? word
      const limit = word.length <= 4 ? 1 : 2
      let bestWord: string | undefined
      let bestScore = Infinity
      for (let len = word.length - limit; len <= word.length + limit; len++) {
        for (const candidate of byLength.get(len) ?? []) {
          const distance = editDistance(word, candidate, limit)
          if (distance > limit) continue
          // Closer first, then the more frequent word.
          const score = distance * 1e9 - this.df(this.postings.get(candidate)!)
          if (score < bestScore) {
            bestScore = score
            bestWord = candidate
          }
        }
      }
      if (!bestWord) return word
      changed = true
      return display.get(bestWord) ?? bestWord
    })
    return changed ? words.join(' ') : undefined
  }

  // ─── segment (de)serialisation ─────────────────────────────────────────────────────────────────

  /** The live documents and their postings as one segment file (deleted documents dropped). */
  serialize(): Buffer {
    const renumber = new Int32Array(this.docs.length).fill(-1)
    const liveDocs: SearchDocument[] = []
    const lengths: number[] = []
    this.docs.forEach((doc, d) => {
      if (!doc) return
      renumber[d] = liveDocs.length
      liveDocs.push(doc)
      for (let f = 0; f < FIELDS; f++) lengths.push(this.lengths[d * FIELDS + f]!)
    })
    const terms: string[] = []
    const offsets: number[] = [0]
    let total = 0
    for (const p of this.postings.values()) total += p.end - p.start + (p.extra?.length ?? 0)
    const postings = new Int32Array(total)
    let at = 0
    for (const [term, p] of this.postings) {
      const from = at
      const copy = (list: ArrayLike<number>, start: number, end: number) => {
        for (let i = start; i < end; i += 2) {
          const d = renumber[list[i]!]!
          if (d < 0) continue
          postings[at++] = d
          postings[at++] = list[i + 1]!
        }
      }
      copy(this.base, p.start, p.end)
      if (p.extra) copy(p.extra, 0, p.extra.length)
      if (at === from) continue
      terms.push(term)
      offsets.push(at)
    }
    return encodeSegment(liveDocs, terms, Int32Array.from(offsets), postings.subarray(0, at), Int32Array.from(lengths))
  }

  static deserialize(buffer: Buffer): InvertedIndex {
    const { docs, terms, offsets, postings, lengths } = decodeSegment(buffer)
    const index = new InvertedIndex()
    index.base = postings
    for (let i = 0; i < terms.length; i++) index.postings.set(terms[i]!, { start: offsets[i]!, end: offsets[i + 1]!, extra: null })
    index.lengths = Array.from(lengths)
    docs.forEach((doc, d) => {
      index.docs.push(doc)
      index.byId.set(doc.id, d)
      for (let f = 0; f < FIELDS; f++) index.lengthSums[f]! += lengths[d * FIELDS + f]!
      for (const facet of FACETS) index.columns[facet].push(d, facetValue(doc, facet))
      index.dates.push(doc.date ? Date.parse(doc.date) || 0 : 0)
    })
    index.live = docs.length
    index.alive = new Uint8Array(Math.max(1024, docs.length * 1.25)).fill(1, 0, docs.length)
    return index
  }
}

/** The packed frequencies of document d in a posting range (pairs sorted by document), or 0. */
function findTf(list: ArrayLike<number>, from: number, to: number, d: number): number {
  let lo = 0
  let hi = (to - from) / 2 - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const doc = list[from + 2 * mid]!
    if (doc === d) return list[from + 2 * mid + 1]!
    if (doc < d) lo = mid + 1
    else hi = mid - 1
  }
  return 0
}

/** Damerau–Levenshtein (optimal string alignment) distance, stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let prev2: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1)
      row.push(v)
      rowMin = Math.min(rowMin, v)
    }
    if (rowMin > limit) return limit + 1
    prev2 = prev
    prev = row
  }
  return prev[b.length]!
}

// ─── segment file format ───────────────────────────────────────────────────────────────────────
// "CONGSEG1" | u32 header length | header JSON | docs JSON | terms (\n-joined) | pad to 4 |
// offsets i32[terms+1] | postings i32[] (document, packed tf per field) | lengths i32[3·docs]

const MAGIC = 'CONGSEG1'

function encodeSegment(docs: SearchDocument[], terms: string[], offsets: Int32Array, postings: Int32Array, lengths: Int32Array): Buffer {
  const docsBytes = Buffer.from(JSON.stringify(docs))
  const termsBytes = Buffer.from(terms.join('\n'))
  const header = Buffer.from(JSON.stringify({ version: 1, docs: docs.length, terms: terms.length, docsBytes: docsBytes.length, termsBytes: termsBytes.length, postings: postings.length }))
  const textEnd = 8 + 4 + header.length + docsBytes.length + termsBytes.length
  const pad = (4 - (textEnd % 4)) % 4
  const out = Buffer.alloc(textEnd + pad + offsets.byteLength + postings.byteLength + lengths.byteLength)
  let at = out.write(MAGIC, 0, 'latin1')
  at = out.writeUInt32LE(header.length, at)
  at += header.copy(out, at)
  at += docsBytes.copy(out, at)
  at += termsBytes.copy(out, at)
  at += pad
  for (const array of [offsets, postings, lengths]) {
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, at)
    at += array.byteLength
  }
  return out
}

function decodeSegment(buffer: Buffer) {
  if (buffer.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a search segment (bad magic)')
  const headerLength = buffer.readUInt32LE(8)
  let at = 12
  const header = JSON.parse(buffer.toString('utf8', at, (at += headerLength))) as { docs: number; terms: number; docsBytes: number; termsBytes: number; postings: number }
  const docs = JSON.parse(buffer.toString('utf8', at, (at += header.docsBytes))) as SearchDocument[]
  const termsText = buffer.toString('utf8', at, (at += header.termsBytes))
  at += (4 - (at % 4)) % 4
  // Typed views need 4-byte alignment in the underlying memory: copy once if the buffer is not.
  const aligned = buffer.byteOffset % 4 === 0 ? buffer : Buffer.from(buffer)
  const view = (count: number) => {
    const array = new Int32Array(aligned.buffer, aligned.byteOffset + at, count)
    at += count * 4
    return array
  }
  const offsets = view(header.terms + 1)
  const postings = view(header.postings)
  const lengths = view(header.docs * FIELDS)
  if (at !== buffer.length) throw new Error('search segment has the wrong length')
  return { docs, terms: header.terms === 0 ? [] : termsText.split('\n'), offsets, postings, lengths }
}

// ─── the engine: index + files ──────────────────────────────────────────────────────────────────

type LogEntry = { op: 'upsert'; docs: SearchDocument[] } | { op: 'delete'; ids: string[] } | { op: 'deleteSite'; site: string }

export type EmbeddedOptions = {
  /** Folder of the index files (`<dataDir>/search`). */
  dir: string
  /** Fold the log into a new segment when it is larger than this share of the segment. @default 0.5 */
  compactRatio?: number
  /** …and larger than this many bytes. @default 8 MiB */
  compactMinBytes?: number
}

export class EmbeddedEngine implements SearchEngine {
  readonly kind = 'embedded' as const
  private index = new InvertedIndex()
  private generation = 0
  private log: fsp.FileHandle | null = null
  private logBytes = 0
  private segmentBytes = 0
  private writing: Promise<unknown> = Promise.resolve()
  /** How the last open went, for logs and benchmarks. */
  openStats = { segmentDocs: 0, replayedEntries: 0, ms: 0 }

  constructor(private readonly options: EmbeddedOptions) {}

  async open(): Promise<this> {
    const started = performance.now()
    const { dir } = this.options
    await fsp.mkdir(dir, { recursive: true })
    const current = await fsp.readFile(path.join(dir, 'CURRENT'), 'utf8').catch(() => '0')
    this.generation = Number(current.trim()) || 0
    const segmentFile = path.join(dir, `segment-${this.generation}.bin`)
    if (fs.existsSync(segmentFile)) {
      const buffer = await fsp.readFile(segmentFile)
      this.segmentBytes = buffer.length
      this.index = InvertedIndex.deserialize(buffer)
    }
    this.openStats.segmentDocs = this.index.size
    const logFile = path.join(dir, `log-${this.generation}.jsonl`)
    if (fs.existsSync(logFile)) {
      const text = await fsp.readFile(logFile, 'utf8')
      this.logBytes = Buffer.byteLength(text)
      for (const line of text.split('\n')) {
        if (!line) continue
        let entry: LogEntry
        try {
          entry = JSON.parse(line) as LogEntry
        } catch {
          break // a write cut short by a crash: everything before it is intact
        }
        this.apply(entry)
        this.openStats.replayedEntries++
      }
    }
    await this.removeStaleFiles()
    this.log = await fsp.open(logFile, 'a')
    this.openStats.ms = Math.round(performance.now() - started)
    return this
  }

  private apply(entry: LogEntry): void {
    if (entry.op === 'upsert') for (const doc of entry.docs) this.index.add(doc)
    else if (entry.op === 'delete') for (const id of entry.ids) this.index.remove(id)
    else this.index.removeSite(entry.site)
  }

  /** Writes are serialised: each is logged (and synced) before it is applied. */
  private write(entry: LogEntry): Promise<void> {
    const run = this.writing.then(async () => {
      if (!this.log) throw new Error('search index is closed')
      const line = Buffer.from(JSON.stringify(entry) + '\n')
      await this.log.write(line)
      await this.log.datasync()
      this.logBytes += line.length
      this.apply(entry)
      const ratio = this.options.compactRatio ?? 0.5
      if (this.logBytes > (this.options.compactMinBytes ?? 8 << 20) && this.logBytes > this.segmentBytes * ratio) await this.compact()
    })
    this.writing = run.catch(() => undefined)
    return run
  }

  upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return Promise.resolve()
    return this.write({ op: 'upsert', docs: documents.map(prepareDocument) })
  }

  delete(ids: string[]): Promise<void> {
    if (ids.length === 0) return Promise.resolve()
    return this.write({ op: 'delete', ids })
  }

  deleteSite(site: string): Promise<void> {
    return this.write({ op: 'deleteSite', site })
  }

  async search(params: SearchParams): Promise<SearchResult> {
    return this.index.search(SearchParamsSchema.parse(params))
  }

  /** Synchronous search, for benchmarks and the evaluation CLI. */
  searchSync(params: SearchParams): SearchResult {
    return this.index.search(SearchParamsSchema.parse(params))
  }

  async count(): Promise<number> {
    return this.index.size
  }

  /**
   * Write the whole index as a new segment and start an empty log: the new files are complete
   * before `CURRENT` points at them, so a crash at any moment leaves a loadable generation.
   */
  async compact(): Promise<void> {
    const { dir } = this.options
    const next = this.generation + 1
    const buffer = this.index.serialize()
    const segmentFile = path.join(dir, `segment-${next}.bin`)
    await writeDurably(segmentFile, buffer)
    const newLog = await fsp.open(path.join(dir, `log-${next}.jsonl`), 'w')
    await newLog.sync()
    await writeDurably(path.join(dir, 'CURRENT'), Buffer.from(String(next)))
    await this.log?.close()
    this.log = newLog
    this.generation = next
    this.logBytes = 0
    this.segmentBytes = buffer.length
    // Continue from the compact form: shared typed postings, no deleted documents.
    this.index = InvertedIndex.deserialize(buffer)
    await this.removeStaleFiles()
  }

  private async removeStaleFiles(): Promise<void> {
    const keep = new Set([`segment-${this.generation}.bin`, `log-${this.generation}.jsonl`, 'CURRENT'])
    for (const name of await fsp.readdir(this.options.dir)) {
      if (!keep.has(name) && /^(segment-\d+\.bin|log-\d+\.jsonl)(\.tmp)?$|\.tmp$/.test(name)) await fsp.rm(path.join(this.options.dir, name), { force: true })
    }
  }

  async close(): Promise<void> {
    await this.writing
    if (this.logBytes > 0) await this.compact()
    await this.log?.close()
    this.log = null
  }

  /** Sizes for logs and benchmarks. */
  stats() {
    return { docs: this.index.size, terms: this.index.postings.size, segmentBytes: this.segmentBytes, logBytes: this.logBytes, generation: this.generation }
  }
}

async function writeDurably(file: string, data: Buffer): Promise<void> {
  const tmp = `${file}.tmp`
  const handle = await fsp.open(tmp, 'w')
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await fsp.rename(tmp, file)
  const dir = await fsp.open(path.dirname(file), 'r')
  await dir.sync().catch(() => undefined)
  await dir.close()
}

export async function openEmbeddedEngine(options: EmbeddedOptions): Promise<EmbeddedEngine> {
  return new EmbeddedEngine(options).open()
}
