/**
 * Query evaluation over the embedded index (ADR 0010, "Evaluating a query"): the exact match
 * set (documents covering enough of the query's content words; totals and facets count it),
 * ranked by BM25F with MaxScore pruning of the terms that do not decide a match, giving the same
 * pages as scoring every match; then facet counts, hits with snippets, and a suggestion when
 * nothing matched.
 */
import { type AnalyzedQuery, EXACT_PREFIX, analyzeQuery, fold } from '../analysis'
import type { ParsedSearchParams, SearchDocument, SearchHit, SearchResult } from '../port'
import { highlightAll, snippet } from '../snippet'
import { type Float64Column, Int32Column } from './columns'
import { type FacetSource, type Filtered, FilterMasks, facetCounts } from './facets'
import { Cursor, FIELDS, MAX_BLOCK, type SegmentPostings, type TermEntry, decodeBlock } from './postings'
import { Suggestions, type VocabularySource } from './suggest'

/** Ranking constants (BM25F). How they were chosen: ADR 0010. */
export const RANKING = {
  /**
   * 1.5 rather than Lucene's 1.2: field weights are applied before saturation (BM25F), so with a
   * title weight of 4 a lower k1 saturates almost every title match and flattens the difference
   * between one mention in the text and several. Dev sweep: k1 1.4–1.6 × title 4 is a plateau.
   */
  k1: 1.5,
  b: 0.75,
  /** Field weights: a match in the title (or number) counts this many times a match in the text. */
  titleWeight: 4,
  metaWeight: 1.5,
  /**
   * A query of n content words needs all of them when n ≤ 3, else at least max(3, ⌈n·matchFraction⌉),
   * relaxed to the best coverage found (at least 2) when no document reaches that.
   */
  matchFraction: 0.34,
  /** Skip documents that cannot reach the requested page (MaxScore); false scores every match (tests compare both). */
  prune: true,
}

/** What evaluating a query reads of the index (`InvertedIndex` is one). */
export interface IndexView extends FacetSource, VocabularySource {
  /** The segment's postings (`TermEntry.id` indexes its terms). */
  readonly postings: SegmentPostings
  /** Number of live documents. */
  readonly live: number
  /** Field lengths, `FIELDS` per document number. */
  readonly lengths: Int32Column
  /** Sums of the live documents' field lengths. */
  readonly lengthSums: readonly number[]
  /** Date (ms) of each document number, 0 when none. */
  readonly dates: Float64Column
  /** The stored document d, or null if deleted. */
  doc(d: number): SearchDocument | null
}

/** A query term found in the index, with its BM25 weight (idf · query weight · (k1 + 1)). */
type ScoredTerm = {
  qt: AnalyzedQuery['terms'][number]
  entry: TermEntry
  df: number
  w: number
  /** Required slots a document must have for this term to be present (0: unknown). */
  needs: number
}

const popcount = (x: number) => {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

/** Evaluates searches on one index, reusing its scratch space (single-threaded). */
export class QueryEvaluator {
  private readonly filters: FilterMasks
  private readonly suggestions: Suggestions

  // Scratch space reused by every search, by document number.
  private acc = new Float64Array(0)
  private masks = new Int32Array(0)
  private seen = new Uint8Array(0)
  private touchedScratch = new Int32Array(0)
  private undecidedScratch = new Int32Array(0)
  /** One decoded block of postings. */
  private readonly blockDocs = new Int32Array(MAX_BLOCK)
  private readonly blockTfs = new Int32Array(MAX_BLOCK)
  /** Decoding buffers lent to cursors, two blocks' worth per cursor open at once. */
  private cursorBuffers = new Int32Array(0)

  private norms = new Float32Array(0)
  private normsKey = ''

  constructor(private readonly index: IndexView) {
    this.filters = new FilterMasks(index)
    this.suggestions = new Suggestions(index)
  }

  search(params: ParsedSearchParams): SearchResult {
    const started = performance.now()
    const index = this.index
    const filtered = this.filters.get(params)
    const query = analyzeQuery(params.q)
    const scored = query.terms.length > 0
    const sort = params.sort ?? (scored ? 'relevance' : 'newest')
    const { page, perPage } = params
    const k = page * perPage
    let candidates: Int32Array
    let top: number[]
    // Pages kept after a takedown (withdrawn, former unit) come after every current match (ADR 0022).
    const current = (list: Int32Array) => this.splitDemoted(list)
    if (scored) {
      const match = this.match(query, filtered)
      candidates = match.candidates
      const [first, later] = current(candidates)
      const pick = (list: Int32Array, n: number) => (sort === 'relevance' ? this.rank(list, match.optional, n) : this.topK(list, n, index.dates.data))
      top = pick(first, k)
      if (top.length < k && later.length > 0) top = [...top, ...pick(later, k - top.length)]
    } else {
      if (filtered.list) candidates = filtered.list
      else {
        const all = new Int32Column(index.live + 1)
        for (let d = 0; d < index.docCount; d++) if (index.alive[d]) all.push(d)
        candidates = all.data.subarray(0, all.size)
      }
      const [first, later] = current(candidates)
      top = this.topK(first, k, index.dates.data)
      if (top.length < k && later.length > 0) top = [...top, ...this.topK(later, k - top.length, index.dates.data)]
    }
    const facets = facetCounts(index.columns, candidates)
    const hits = top.slice((page - 1) * perPage).map((d) => this.hit(d, query))
    if (scored) {
      const { acc, masks, seen } = this
      for (let i = 0; i < candidates.length; i++) {
        const d = candidates[i]!
        acc[d] = 0
        masks[d] = 0
        seen[d] = 0
      }
    }
    const total = candidates.length
    const result: SearchResult = { hits, total, page, perPage, pages: Math.ceil(total / perPage), facets, took: 0 }
    if (total === 0 && query.words.length > 0) {
      const suggestion = this.suggestions.suggest(query)
      if (suggestion) result.suggestion = suggestion
    }
    result.took = Math.round((performance.now() - started) * 100) / 100
    return result
  }

  /** A candidate list cut into current documents and demoted ones (those with a `notice`). */
  private splitDemoted(list: Int32Array): [Int32Array, Int32Array] {
    const column = this.index.columns.notice
    if (!column || column.values.length === 0) return [list, new Int32Array(0)]
    const byDoc = column.byDoc.data
    const first = new Int32Column(list.length + 1)
    const later = new Int32Column(16)
    for (let i = 0; i < list.length; i++) {
      const d = list[i]!
      if ((byDoc[d] ?? -1) >= 0) later.push(d)
      else first.push(d)
    }
    return [first.data.subarray(0, first.size), later.data.subarray(0, later.size)]
  }

  private ensureScratch(): void {
    const docCount = this.index.docCount
    if (this.acc.length >= docCount) return
    const size = Math.max(1024, docCount * 1.5) | 0
    this.acc = new Float64Array(size)
    this.masks = new Int32Array(size)
    this.seen = new Uint8Array(size)
    this.touchedScratch = new Int32Array(size)
    this.undecidedScratch = new Int32Array(size)
  }

  /**
   * The match set: documents covering enough of the query's content words
   * (`RANKING.matchFraction`), ascending, with the BM25F score of the words (the *required*
   * terms) in the scratch array. Long questions relax to the best coverage found (at least two
   * words); short queries need every content word, so a typo gives no result and a suggestion.
   *
   * Only some required terms *drive*: their postings are walked in full and create candidates. A
   * document covering `need` of the required words contains one of the required words other than
   * the `need − 1` most frequent, so those are only *checked* on the candidates, skipping the
   * blocks of their postings that hold no candidate. The other terms (exact forms, bigrams, stop
   * words) never decide a match: they are returned as `optional` and scored by `rank` only for
   * the documents that can still reach the first page.
   */
  private match(query: AnalyzedQuery, filtered: Filtered): { candidates: Int32Array; optional: ScoredTerm[] } {
    this.ensureScratch()
    const index = this.index
    const requiredCount = popcount(query.required)
    const need = requiredCount <= 3 ? requiredCount : Math.max(3, Math.ceil(requiredCount * RANKING.matchFraction))
    const n = Math.max(1, index.live)
    const { k1 } = RANKING
    const found: ScoredTerm[] = []
    for (const qt of query.terms) {
      const entry = index.terms.get(qt.term)
      if (!entry) continue
      const df = index.df(entry)
      // df counts deleted documents until the next compaction: capped at the live count, so the
      // idf (and every term's contribution, which pruning relies on) stays positive.
      const live = Math.min(df, n)
      found.push({ qt, entry, df, w: qt.weight * Math.log(1 + (n - live + 0.5) / (live + 0.5)) * (k1 + 1), needs: 0 })
    }
    const isRequired = (t: ScoredTerm) => (t.qt.slots & query.required) !== 0 && !t.qt.term.startsWith(EXACT_PREFIX)
    const required = found.filter(isRequired)
    const optional = found.filter((t) => !isRequired(t))
    // What an optional term implies about the required words: an exact form needs its folded
    // word, a bigram both of its syllables.
    const slotsOf = new Map(query.terms.map((qt) => [qt.term, qt.slots & query.required]))
    for (const t of optional) {
      const term = t.qt.term
      if (term.startsWith(EXACT_PREFIX)) t.needs = slotsOf.get(fold(term.slice(EXACT_PREFIX.length))) ?? 0
      else if (term.includes(' ')) for (const part of term.split(' ')) t.needs |= slotsOf.get(part) ?? 0
    }
    // How many documents each required slot reaches (a slot is satisfied by any of its terms).
    const slotSize = new Map<number, number>()
    for (const t of required) for (let bit = t.qt.slots & query.required; bit; bit &= bit - 1) slotSize.set(bit & -bit, (slotSize.get(bit & -bit) ?? 0) + t.df)
    const common = [...slotSize].sort((a, b) => b[1] - a[1]).slice(0, Math.max(0, need - 1))
    let checkedSlots = 0
    for (const [bit] of common) checkedSlots |= bit
    const drives = (t: ScoredTerm) => (t.qt.slots & query.required & ~checkedSlots) !== 0
    const checked = required.filter((t) => !drives(t))
    let touched = this.accumulate(required.filter(drives), filtered)
    const masks = this.masks
    const seen = this.seen
    // A document the driving words alone qualify is a match whatever the checked words say
    // (marked 2). Only the documents that need them to qualify have the checked words looked up
    // now, for their presence only: every checked word's score is left to `rank`.
    const checkedCount = popcount(checkedSlots)
    let best = 0
    const undecidedAll = this.undecidedScratch
    let undecidedCount = 0
    const req = query.required
    for (let i = 0; i < touched.length; i++) {
      const d = touched[i]!
      const covered = popcount(masks[d]! & req)
      if (covered >= need) {
        seen[d] = 2
        best = need
      } else if (covered + checkedCount >= need) undecidedAll[undecidedCount++] = d
    }
    const undecided = undecidedAll.subarray(0, undecidedCount)
    this.markPresence(checked, undecided)
    for (let i = 0; i < undecided.length; i++) best = Math.max(best, popcount(masks[undecided[i]!]! & req))
    let threshold = need
    let pending = true
    if (best < need && requiredCount > 3) {
      // Relaxing lets documents with only the checked words qualify: score again, all terms driving.
      for (let i = 0; i < touched.length; i++) this.resetOne(touched[i]!)
      touched = this.accumulate(required, filtered)
      pending = false
      best = 0
      for (let i = 0; i < touched.length; i++) best = Math.max(best, popcount(masks[touched[i]!]! & req))
      threshold = Math.max(2, Math.min(need, best))
    }
    let count = 0
    for (let i = 0; i < touched.length; i++) {
      const d = touched[i]!
      if (seen[d] === 2) {
        // May contain any checked word (for the bounds of `rank`).
        masks[d]! |= checkedSlots
        touched[count++] = d
      } else if (popcount(masks[d]! & req) >= threshold) touched[count++] = d
      else this.resetOne(d)
    }
    if (!pending) return { candidates: touched.subarray(0, count), optional }
    // The checked words' scores are added by `rank`, like the optional terms': a document has
    // one only if it has the word's slots (exactly known for the undecided documents, assumed
    // for the others).
    for (const t of checked) t.needs = t.qt.slots & query.required
    return { candidates: touched.subarray(0, count), optional: [...optional, ...checked] }
  }

  /**
   * Walk these terms' postings, scoring every document the filters allow. Returns the documents
   * touched, ascending. With filters, only the blocks that can hold an allowed document are
   * decoded (the allowed list ascends, like a term's blocks).
   */
  private accumulate(terms: ScoredTerm[], filtered: Filtered): Int32Array {
    const { acc, masks, seen, blockDocs, blockTfs } = this
    const { alive, postings, docCount, live } = this.index
    const { termBlock, blockLast } = postings
    const { mask: allowed, list: allowedList } = filtered
    // Nothing to check on a posting when nothing is filtered out or deleted.
    const check = allowed !== null || live < docCount
    const norms = this.lengthNorms()
    const { k1 } = RANKING
    const touched = this.touchedScratch
    let touchedCount = 0
    for (const t of terms) {
      const { w } = t
      const slots = t.qt.slots
      if (t.entry.id >= 0) {
        const firstBlock = termBlock[t.entry.id]!
        const endBlock = termBlock[t.entry.id + 1]!
        let next = 0
        for (let blk = firstBlock; blk < endBlock; blk++) {
          if (allowedList !== null) {
            const before = blk === firstBlock ? -1 : blockLast[blk - 1]!
            while (next < allowedList.length && allowedList[next]! <= before) next++
            if (next === allowedList.length) break
            if (allowedList[next]! > blockLast[blk]!) continue
          }
          const n = decodeBlock(postings, blk, blockDocs, blockTfs)
          for (let i = 0; i < n; i++) {
            const d = blockDocs[i]!
            if (check && (alive[d] === 0 || (allowed !== null && allowed[d] === 0))) continue
            if (seen[d] === 0) {
              seen[d] = 1
              touched[touchedCount++] = d
            }
            const tf = blockTfs[i]!
            const x = (tf & 255) * norms[d * 3]! + ((tf >>> 8) & 255) * norms[d * 3 + 1]! + (tf >>> 16) * norms[d * 3 + 2]!
            acc[d] += (w * x) / (k1 + x)
            masks[d] |= slots
          }
        }
      }
      const extra = t.entry.extra
      if (extra) {
        for (let i = 0; i < extra.length; i += 2) {
          const d = extra[i]!
          if (alive[d] === 0 || (allowed !== null && allowed[d] === 0)) continue
          if (seen[d] === 0) {
            seen[d] = 1
            touched[touchedCount++] = d
          }
          const tf = extra[i + 1]!
          const x = (tf & 255) * norms[d * 3]! + ((tf >>> 8) & 255) * norms[d * 3 + 1]! + (tf >>> 16) * norms[d * 3 + 2]!
          acc[d] += (w * x) / (k1 + x)
          masks[d] |= slots
        }
      }
    }
    let docs = touched.subarray(0, touchedCount)
    if (docs.length * 16 < docCount) docs.sort()
    else {
      // Many documents: reading the seen flags in order is cheaper than sorting.
      let at = 0
      for (let d = 0; d < docCount; d++) if (seen[d] === 1) docs[at++] = d
      docs = docs.subarray(0, at)
    }
    return docs
  }

  /**
   * Mark in the coverage masks which of these terms these documents (ascending) contain. A term
   * whose postings are dense in them is read whole; otherwise only its blocks that can hold one
   * of them are decoded, found by galloping over the skip table. The mark is branch-free (a
   * document's mask takes the term's slots when it is marked 3 in `seen`), which matters when
   * about half the documents read are looked up.
   */
  private markPresence(terms: ScoredTerm[], docs: Int32Array): void {
    if (docs.length === 0) return
    const { masks, seen, blockDocs } = this
    const postings = this.index.postings
    const { termBlock, blockLast } = postings
    for (let i = 0; i < docs.length; i++) seen[docs[i]!] = 3
    for (const t of terms) {
      const slots = t.qt.slots
      const { id, extra } = t.entry
      if (id >= 0) {
        const dense = docs.length * 4 > t.df
        const endBlock = termBlock[id + 1]!
        let j = 0
        for (let blk = termBlock[id]!; blk < endBlock; blk++) {
          if (!dense) {
            // Skip to the block that can hold the next document, then past the documents it covers.
            const next = docs[j]!
            if (blockLast[blk]! < next) {
              let step = 1
              while (blk + step < endBlock && blockLast[blk + step]! < next) {
                blk += step
                step *= 2
              }
              let hi = Math.min(blk + step, endBlock)
              while (blk < hi) {
                const mid = (blk + hi) >> 1
                if (blockLast[mid]! < next) blk = mid + 1
                else hi = mid
              }
              if (blk === endBlock) break
            }
            while (j < docs.length && docs[j]! <= blockLast[blk]!) j++
          }
          const n = decodeBlock(postings, blk, blockDocs, null)
          for (let i = 0; i < n; i++) {
            const s = seen[blockDocs[i]!]!
            masks[blockDocs[i]!] |= slots & -((s >>> 1) & s)
          }
          if (j === docs.length && !dense) break
        }
      }
      if (extra) for (let i = 0; i < extra.length; i += 2) if (seen[extra[i]!] === 3) masks[extra[i]!] |= slots
    }
    for (let i = 0; i < docs.length; i++) seen[docs[i]!] = 1
  }

  /**
   * The k best matches by score, adding the optional terms' scores with dynamic pruning
   * (MaxScore): each optional term contributes less than its weight `w`, so a document whose
   * score so far plus the weights of the optional terms it may contain cannot reach the k-th
   * best score known is skipped, and a document is dropped as soon as what is left cannot lift
   * it there. The bound starts at the complete scores of the k best documents by the required
   * words alone and rises as documents are scored completely. Exact: the same k documents as
   * scoring everything.
   */
  private rank(candidates: Int32Array, optional: ScoredTerm[], k: number): number[] {
    const acc = this.acc
    if (optional.length === 0 || candidates.length === 0) return this.topK(candidates, k, acc)
    const { postings, dates } = this.index
    const norms = this.lengthNorms()
    const { k1 } = RANKING
    const { masks } = this
    const terms = optional.slice().sort((a, b) => b.w - a.w)
    const prune = RANKING.prune
    const probing = prune && candidates.length > k
    const buffers = this.lendBuffers(terms.length * (probing ? 2 : 1))
    const cursors = terms.map((t, i) => this.cursor(postings, t.entry, buffers, i))
    let totalBound = 0
    for (const t of terms) totalBound += t.w
    // θ starts as the k-th best complete score among the k best by the required words alone:
    // k real documents score at least that, so it never exceeds the final k-th best.
    let theta = -Infinity
    if (probing) {
      const first = new TopHeap(k, acc, dates.data)
      for (let i = 0; i < candidates.length; i++) first.offer(candidates[i]!)
      const probe = Int32Array.from(first.sorted()).sort()
      const probeCursors = terms.map((t, i) => this.cursor(postings, t.entry, buffers, terms.length + i))
      theta = Infinity
      for (const d of probe) {
        const mask = masks[d]!
        let score = acc[d]!
        for (let i = 0; i < terms.length; i++) {
          const t = terms[i]!
          if ((t.needs & ~mask) !== 0) continue
          const tf = probeCursors[i]!.seek(d)
          if (tf === 0) continue
          const x = (tf & 255) * norms[d * 3]! + ((tf >>> 8) & 255) * norms[d * 3 + 1]! + (tf >>> 16) * norms[d * 3 + 2]!
          score += (t.w * x) / (k1 + x)
        }
        theta = Math.min(theta, score)
      }
    }
    const heap = new TopHeap(k, acc, dates.data)
    const bounds = new Map<number, number>()
    for (let c = 0; c < candidates.length; c++) {
      const d = candidates[c]!
      const base = acc[d]!
      if (base + totalBound < theta) continue
      const mask = masks[d]!
      // The bound depends only on the mask: few distinct values.
      let rest = bounds.get(mask)
      if (rest === undefined) {
        rest = 0
        for (const t of terms) if ((t.needs & ~mask) === 0) rest += t.w
        bounds.set(mask, rest)
      }
      if (base + rest < theta) continue
      let score = base
      let pruned = false
      for (let i = 0; i < terms.length; i++) {
        const t = terms[i]!
        if ((t.needs & ~mask) !== 0) continue
        const tf = cursors[i]!.seek(d)
        // Clamped: rounding must never make the bound smaller than the score.
        rest = Math.max(0, rest - t.w)
        if (tf !== 0) {
          const x = (tf & 255) * norms[d * 3]! + ((tf >>> 8) & 255) * norms[d * 3 + 1]! + (tf >>> 16) * norms[d * 3 + 2]!
          score += (t.w * x) / (k1 + x)
        }
        if (score + rest < theta) {
          pruned = true
          break
        }
      }
      acc[d] = score
      if (pruned) continue
      heap.offer(d)
      if (prune && heap.full) theta = Math.max(theta, acc[heap.worst]!)
    }
    return heap.sorted()
  }

  /** Decoding buffers for `count` cursors open at once (reused by later searches). */
  private lendBuffers(count: number): Int32Array {
    if (this.cursorBuffers.length < count * 2 * MAX_BLOCK) this.cursorBuffers = new Int32Array(count * 2 * MAX_BLOCK)
    return this.cursorBuffers
  }

  /** A cursor on a term decoding into the `slot`-th pair of lent buffers. */
  private cursor(postings: SegmentPostings, entry: TermEntry, buffers: Int32Array, slot: number): Cursor {
    const at = slot * 2 * MAX_BLOCK
    return new Cursor(postings, entry, buffers.subarray(at, at + MAX_BLOCK), buffers.subarray(at + MAX_BLOCK, at + 2 * MAX_BLOCK))
  }

  /** Per document and field: field weight / BM25 length normalisation, recomputed after writes. */
  private lengthNorms(): Float32Array {
    const index = this.index
    const { b, titleWeight, metaWeight } = RANKING
    const key = `${index.version}:${b}:${titleWeight}:${metaWeight}`
    if (this.normsKey === key) return this.norms
    const n = Math.max(1, index.live)
    const weights = [titleWeight, 1, metaWeight]
    const avgs = index.lengthSums.map((sum) => Math.max(1, sum / n))
    const count = index.docCount
    const lengths = index.lengths.data
    if (this.norms.length < count * FIELDS) this.norms = new Float32Array(Math.max(3072, Math.ceil(count * FIELDS * 1.25)))
    for (let d = 0; d < count; d++) {
      for (let f = 0; f < FIELDS; f++) this.norms[d * 3 + f] = weights[f]! / (1 - b + (b * lengths[d * 3 + f]!) / avgs[f]!)
    }
    this.normsKey = key
    return this.norms
  }

  private resetOne(d: number): void {
    this.acc[d] = 0
    this.masks[d] = 0
    this.seen[d] = 0
  }

  /** The k best documents by key (descending), ties broken by date then document. */
  private topK(candidates: Int32Array, k: number, keys: ArrayLike<number>): number[] {
    const heap = new TopHeap(k, keys, this.index.dates.data)
    for (let i = 0; i < candidates.length; i++) heap.offer(candidates[i]!)
    return heap.sorted()
  }

  private hit(d: number, query: AnalyzedQuery): SearchHit {
    const doc = this.index.doc(d)!
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
    for (const key of ['date', 'number', 'issuer', 'field', 'year', 'status', 'doctype'] as const) if (doc[key] !== undefined) (hit as Record<string, unknown>)[key] = doc[key]
    return hit
  }
}

/**
 * The best k documents seen by key (descending), ties broken by the newer date, then the lower
 * document number: a bounded min-heap whose root is the worst kept.
 */
class TopHeap {
  private readonly heap: number[] = []

  constructor(
    private readonly k: number,
    private readonly keys: ArrayLike<number>,
    private readonly dates: ArrayLike<number>,
  ) {}

  get full(): boolean {
    return this.heap.length >= this.k
  }

  get worst(): number {
    return this.heap[0]!
  }

  private better(a: number, b: number): boolean {
    const ka = this.keys[a]!
    const kb = this.keys[b]!
    if (ka !== kb) return ka > kb
    const da = this.dates[a]!
    const db = this.dates[b]!
    return da !== db ? da > db : a < b
  }

  offer(d: number): void {
    const heap = this.heap
    if (heap.length < this.k) {
      heap.push(d)
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1
        if (!this.better(heap[p]!, heap[i]!)) break
        ;[heap[p], heap[i]] = [heap[i]!, heap[p]!]
        i = p
      }
    } else if (this.k > 0 && this.better(d, heap[0]!)) {
      heap[0] = d
      for (let i = 0; ; ) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < heap.length && this.better(heap[m]!, heap[l]!)) m = l
        if (r < heap.length && this.better(heap[m]!, heap[r]!)) m = r
        if (m === i) break
        ;[heap[m], heap[i]] = [heap[i]!, heap[m]!]
        i = m
      }
    }
  }

  sorted(): number[] {
    return this.heap.slice().sort((a, b) => (this.better(a, b) ? -1 : this.better(b, a) ? 1 : 0))
  }
}
