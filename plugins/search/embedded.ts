/**
 * The embedded search engine: an in-process inverted index with BM25F ranking over the
 * Vietnamese analysis of `analysis.ts`, kept under `<dataDir>/search/` as one immutable segment
 * plus an append-only log of the changes made since (ADR 0010). Opening reads the segment's
 * index parts and replays the log, so a restart never reindexes the content; when the log grows past the
 * segment's stored documents it is folded into a new segment, written beside the old one and
 * switched by rename.
 *
 * Memory: postings are delta + varint coded in blocks of 32 with a skip table (last document and
 * byte offset of each block); stored documents stay UTF-8 JSON in the segment file and are read
 * (one positioned read each) only for the hits shown; facet columns, dates and field lengths are
 * typed arrays. Only what was written since the segment lives as JavaScript objects.
 *
 * Queries: the match set is exact (totals and facets count it); ranking adds the terms that do
 * not decide a match with MaxScore pruning, giving the same pages as scoring every match.
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

const FIELDS = 3

/** Postings per block of the segment's postings (the unit of skipping and decoding). */
const BLOCK = 32
/** The largest block a segment may have (sizes the decoding scratch). */
const MAX_BLOCK = 128

// ─── growable typed columns ──────────────────────────────────────────────────────────────────────

class Int32Column {
  data: Int32Array
  size = 0
  constructor(initial: Int32Array | number = 1024) {
    if (typeof initial === 'number') this.data = new Int32Array(initial)
    else {
      this.data = initial
      this.size = initial.length
    }
  }
  push(v: number): void {
    if (this.size === this.data.length) {
      const grown = new Int32Array(Math.max(1024, this.size * 2))
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.size++] = v
  }
}

class Float64Column {
  data: Float64Array
  size = 0
  constructor(initial: Float64Array | number = 1024) {
    if (typeof initial === 'number') this.data = new Float64Array(initial)
    else {
      this.data = initial
      this.size = initial.length
    }
  }
  push(v: number): void {
    if (this.size === this.data.length) {
      const grown = new Float64Array(Math.max(1024, this.size * 2))
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.size++] = v
  }
}

/** Dictionary-coded column of one facet. */
class Column {
  readonly ids = new Map<string, number>()
  readonly values: string[] = []
  byDoc = new Int32Column()
  /** Documents (deleted ones included) per value, for filters; built on first use. */
  private lists: Int32Column[] | null = null

  push(value: string | undefined): void {
    const id = this.idOf(value)
    const docNo = this.byDoc.size
    this.byDoc.push(id)
    if (id >= 0 && this.lists) (this.lists[id] ??= new Int32Column(16)).push(docNo)
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

  docsOf(id: number): Int32Array {
    if (!this.lists) {
      const lists: Int32Column[] = []
      const byDoc = this.byDoc.data
      for (let d = 0; d < this.byDoc.size; d++) {
        const v = byDoc[d]!
        if (v >= 0) (lists[v] ??= new Int32Column(16)).push(d)
      }
      this.lists = lists
    }
    const list = this.lists[id]
    return list ? list.data.subarray(0, list.size) : new Int32Array(0)
  }

  static load(values: string[], byDoc: Int32Array): Column {
    const column = new Column()
    for (const v of values) column.idOf(v)
    column.byDoc = new Int32Column(byDoc)
    return column
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

// ─── postings coding ─────────────────────────────────────────────────────────────────────────────
// A term's postings are blocks of up to 32 (document, frequencies), documents ascending. In a
// block the first document is stored as doc + 1 and the others as gaps, all LEB128 varints, each
// followed by one byte of frequencies: title (bits 0–1), text (bits 2–5), meta (bits 6–7); title
// bits 3 means "escaped": three varints (title, text, meta) follow instead. Frequencies are
// handed out packed one byte per field (title | text << 8 | meta << 16), as analysis packs them.

/** The segment's postings: bytes plus the skip table. */
type SegmentPostings = {
  bytes: Uint8Array
  /** Per term: first block; blocks of term t are termBlock[t] … termBlock[t+1]-1. */
  termBlock: Int32Array
  termDf: Int32Array
  /** Per block: last document, and byte offset (one more entry: the end). */
  blockLast: Int32Array
  blockByte: Int32Array
}

const EMPTY_POSTINGS: SegmentPostings = {
  bytes: new Uint8Array(0),
  termBlock: new Int32Array(1),
  termDf: new Int32Array(0),
  blockLast: new Int32Array(0),
  blockByte: new Int32Array(1),
}

/** Decode block b into docs/tfs; returns the number of postings. */
function decodeBlock(p: SegmentPostings, b: number, docs: Int32Array, tfs: Int32Array): number {
  const bytes = p.bytes
  let at = p.blockByte[b]!
  const end = p.blockByte[b + 1]!
  let doc = -1
  let n = 0
  while (at < end) {
    let byte = bytes[at++]!
    let gap = byte & 127
    for (let shift = 7; byte & 128; shift += 7) {
      byte = bytes[at++]!
      gap |= (byte & 127) << shift
    }
    doc += gap
    const code = bytes[at++]!
    let tf: number
    if ((code & 3) !== 3) tf = (code & 3) | (((code >>> 2) & 15) << 8) | ((code >>> 6) << 16)
    else {
      tf = 0
      for (let f = 0; f < 3; f++) {
        let v = 0
        let shift = 0
        do {
          byte = bytes[at++]!
          v |= (byte & 127) << shift
          shift += 7
        } while (byte & 128)
        tf |= Math.min(v, 255) << (8 * f)
      }
    }
    docs[n] = doc
    tfs[n] = tf
    n++
  }
  return n
}

/** Every posting of a term (segment blocks, then those added since), in document order. */
function walkPostings(p: SegmentPostings, entry: TermEntry, visit: (d: number, tf: number) => void): void {
  if (entry.id >= 0) {
    const { bytes, blockByte } = p
    const endBlock = p.termBlock[entry.id + 1]!
    for (let blk = p.termBlock[entry.id]!; blk < endBlock; blk++) {
      let at = blockByte[blk]!
      const end = blockByte[blk + 1]!
      let d = -1
      while (at < end) {
        let byte = bytes[at++]!
        let gap = byte & 127
        for (let shift = 7; byte & 128; shift += 7) {
          byte = bytes[at++]!
          gap |= (byte & 127) << shift
        }
        d += gap
        const code = bytes[at++]!
        let tf: number
        if ((code & 3) !== 3) tf = (code & 3) | (((code >>> 2) & 15) << 8) | ((code >>> 6) << 16)
        else {
          tf = 0
          for (let f = 0; f < 3; f++) {
            let v = 0
            let shift = 0
            do {
              byte = bytes[at++]!
              v |= (byte & 127) << shift
              shift += 7
            } while (byte & 128)
            tf |= Math.min(v, 255) << (8 * f)
          }
        }
        visit(d, tf)
      }
    }
  }
  const extra = entry.extra
  if (extra) for (let i = 0; i < extra.length; i += 2) visit(extra[i]!, extra[i + 1]!)
}

/**
 * For every posting of a term whose document is marked 3 in \`seen\`, OR \`slots\` into its mask:
 * \`walkPostings\` without the frequencies or a callback (the hot loop of long questions).
 */
function markAll(p: SegmentPostings, entry: TermEntry, seen: Uint8Array, masks: Int32Array, slots: number): void {
  if (entry.id >= 0) {
    const { bytes, blockByte } = p
    const endBlock = p.termBlock[entry.id + 1]!
    for (let blk = p.termBlock[entry.id]!; blk < endBlock; blk++) {
      let at = blockByte[blk]!
      const end = blockByte[blk + 1]!
      let d = -1
      while (at < end) {
        let byte = bytes[at++]!
        let gap = byte & 127
        for (let shift = 7; byte & 128; shift += 7) {
          byte = bytes[at++]!
          gap |= (byte & 127) << shift
        }
        d += gap
        // Frequencies: one byte, or an escape and three varints.
        if ((bytes[at++]! & 3) === 3) for (let f = 0; f < 3; f++) while (bytes[at++]! & 128);
        if (seen[d] === 3) masks[d] |= slots
      }
    }
  }
  const extra = entry.extra
  if (extra) for (let i = 0; i < extra.length; i += 2) if (seen[extra[i]!] === 3) masks[extra[i]!] |= slots
}

class PostingsWriter {
  bytes = new Uint8Array(1 << 20)
  at = 0
  readonly termBlock = new Int32Column()
  readonly termDf = new Int32Column()
  readonly blockLast = new Int32Column()
  readonly blockByte = new Int32Column()
  private inBlock = 0
  private last = -1
  private df = 0

  constructor() {
    this.termBlock.push(0)
  }

  private ensure(n: number): void {
    if (this.at + n <= this.bytes.length) return
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.at + n))
    grown.set(this.bytes.subarray(0, this.at))
    this.bytes = grown
  }

  private varint(v: number): void {
    while (v > 127) {
      this.bytes[this.at++] = (v & 127) | 128
      v >>>= 7
    }
    this.bytes[this.at++] = v
  }

  add(doc: number, tf: number): void {
    this.ensure(24)
    if (this.inBlock === 0) {
      this.blockByte.push(this.at)
      this.varint(doc + 1)
    } else this.varint(doc - this.last)
    const title = tf & 255
    const text = (tf >>> 8) & 255
    const meta = (tf >>> 16) & 255
    if (title <= 2 && text <= 15 && meta <= 3) this.bytes[this.at++] = title | (text << 2) | (meta << 6)
    else {
      this.bytes[this.at++] = 3
      this.varint(title)
      this.varint(text)
      this.varint(meta)
    }
    this.last = doc
    this.df++
    if (++this.inBlock === BLOCK) this.closeBlock()
  }

  private closeBlock(): void {
    if (this.inBlock === 0) return
    this.blockLast.push(this.last)
    this.inBlock = 0
  }

  /** Ends the current term; returns its number of postings (0: nothing was written for it). */
  endTerm(): number {
    this.closeBlock()
    const df = this.df
    if (df > 0) {
      this.termBlock.push(this.blockLast.size)
      this.termDf.push(df)
    }
    this.df = 0
    this.last = -1
    return df
  }

  finish(): SegmentPostings {
    this.blockByte.push(this.at)
    return {
      bytes: this.bytes.subarray(0, this.at),
      termBlock: this.termBlock.data.subarray(0, this.termBlock.size),
      termDf: this.termDf.data.subarray(0, this.termDf.size),
      blockLast: this.blockLast.data.subarray(0, this.blockLast.size),
      blockByte: this.blockByte.data.subarray(0, this.blockByte.size),
    }
  }
}

/** A term: its postings in the segment (id ≥ 0), then postings added since (pairs doc, tf). */
type TermEntry = { id: number; extra: number[] | null }

/**
 * Reads one term's postings forwards: `seek(d)` returns the frequencies of document d (0 if
 * absent), skipping whole blocks by their last document. Seeks must ascend.
 */
class Cursor {
  private block: number
  private readonly firstBlock: number
  private readonly endBlock: number
  /** Byte position after the current posting, end of the current block. */
  private at = 0
  private end = 0
  /** The current posting (doc −1: none decoded in this block yet). */
  private doc = -1
  private tf = 0
  private e = 0

  constructor(
    private readonly p: SegmentPostings,
    private readonly entry: TermEntry,
  ) {
    this.firstBlock = entry.id >= 0 ? p.termBlock[entry.id]! : 0
    this.endBlock = entry.id >= 0 ? p.termBlock[entry.id + 1]! : 0
    this.block = this.firstBlock - 1
  }

  seek(d: number): number {
    if (this.block < this.endBlock) {
      const last = this.p.blockLast
      if (this.block < this.firstBlock || last[this.block]! < d) {
        let b = Math.max(this.block + 1, this.firstBlock)
        // Gallop, then binary search: candidates can be far apart.
        let step = 1
        while (b + step < this.endBlock && last[b + step]! < d) {
          b += step
          step *= 2
        }
        let hi = Math.min(b + step, this.endBlock)
        while (b < hi) {
          const mid = (b + hi) >> 1
          if (last[mid]! < d) b = mid + 1
          else hi = mid
        }
        this.block = b
        if (b < this.endBlock) {
          this.at = this.p.blockByte[b]!
          this.end = this.p.blockByte[b + 1]!
          this.doc = -1
        }
      }
      if (this.block < this.endBlock) {
        // The block's last document is ≥ d: decode only up to it.
        const bytes = this.p.bytes
        let at = this.at
        let doc = this.doc
        let tf = this.tf
        while (doc < d) {
          let byte = bytes[at++]!
          let gap = byte & 127
          for (let shift = 7; byte & 128; shift += 7) {
            byte = bytes[at++]!
            gap |= (byte & 127) << shift
          }
          doc += gap
          const code = bytes[at++]!
          if ((code & 3) !== 3) tf = (code & 3) | (((code >>> 2) & 15) << 8) | ((code >>> 6) << 16)
          else {
            tf = 0
            for (let f = 0; f < 3; f++) {
              let v = 0
              let shift = 0
              do {
                byte = bytes[at++]!
                v |= (byte & 127) << shift
                shift += 7
              } while (byte & 128)
              tf |= Math.min(v, 255) << (8 * f)
            }
          }
        }
        this.at = at
        this.doc = doc
        this.tf = tf
        return doc === d ? tf : 0
      }
    }
    const extra = this.entry.extra
    if (!extra) return 0
    let e = this.e
    if (e < extra.length && extra[e]! < d) {
      let step = 2
      while (e + step < extra.length && extra[e + step]! < d) {
        e += step
        step *= 2
      }
      let hi = Math.min(e + step, extra.length) >> 1
      let lo = e >> 1
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (extra[2 * mid]! < d) lo = mid + 1
        else hi = mid
      }
      e = 2 * lo
    }
    this.e = e
    return e < extra.length && extra[e] === d ? extra[e + 1]! : 0
  }
}

type Filtered = { mask: Uint8Array | null; list: Int32Array | null }

/** A query term found in the index, with its BM25 weight (idf · query weight · (k1 + 1)). */
type ScoredTerm = {
  qt: AnalyzedQuery['terms'][number]
  entry: TermEntry
  df: number
  w: number
  /** Required slots a document must have for this term to be present (0: unknown). */
  needs: number
}

/** The segment an index was loaded from. */
type Segment = {
  docs: number
  /** Byte offsets in the segment file of each stored document's JSON (one more entry: the end). */
  docOffsets: Int32Array
  postings: SegmentPostings
  /** Bytes start…end of the segment file: from memory, or read from the open file. */
  read: (start: number, end: number) => Buffer
  /** Release the file (a no-op for a segment in memory). */
  close: () => void
}

/** The in-memory index: documents, postings, field lengths and facet columns. */
export class InvertedIndex {
  private segment: Segment | null = null
  /** Documents written since the segment (null once deleted), by document number − segment size. */
  private added: (SearchDocument | null)[] = []
  /**
   * Shared content: the other portals that show a document (`shownOn`), as site value ids. A
   * portal's own scope finds these documents too. Lists keep replaced documents until the next
   * compaction; searches skip them (not alive).
   */
  private shownLists = new Map<number, number[]>()
  private shownBy = new Map<number, number[]>()
  private ids: string[] = []
  readonly byId = new Map<string, number>()
  terms = new Map<string, TermEntry>()
  private postings: SegmentPostings = EMPTY_POSTINGS
  lengths = new Int32Column()
  readonly lengthSums = [0, 0, 0]
  dates = new Float64Column()
  /** 1 for each live document, by document number. */
  alive = new Uint8Array(1024)
  live = 0
  columns = Object.fromEntries(FACETS.map((f) => [f, new Column()])) as Record<FacetName, Column>
  /** Changes with every write; caches keyed on it (suggestion vocabulary). */
  version = 0
  /** Set when the index was read from an older segment format and should be written again. */
  migratedFrom: number | null = null

  // Scratch space reused by every search (single-threaded).
  private acc = new Float64Array(0)
  private masks = new Int32Array(0)
  private seen = new Uint8Array(0)
  private touchedScratch = new Int32Array(0)
  private undecidedScratch = new Int32Array(0)
  private blockDocs = new Int32Array(MAX_BLOCK)
  private blockTfs = new Int32Array(MAX_BLOCK)

  get size(): number {
    return this.live
  }

  /** Number of document numbers handed out (deleted ones included). */
  get docCount(): number {
    return this.ids.length
  }

  private get segmentDocs(): number {
    return this.segment?.docs ?? 0
  }

  /** The stored document d (decoded from the segment when it lives there), or null if deleted. */
  doc(d: number): SearchDocument | null {
    if (!this.alive[d]) return null
    const seg = this.segment
    if (seg && d < seg.docs) return JSON.parse(seg.read(seg.docOffsets[d]!, seg.docOffsets[d + 1]!).toString('utf8')) as SearchDocument
    return this.added[d - this.segmentDocs] ?? null
  }

  /** Add (or replace) a document that `prepareDocument` has checked. */
  add(doc: SearchDocument): void {
    const { terms, lengths } = analyzeFields(fieldTexts(doc))
    const docNo = this.pushDoc(doc, lengths)
    for (const [term, packed] of terms) {
      const entry = this.terms.get(term)
      if (!entry) this.terms.set(term, { id: -1, extra: [docNo, packed] })
      else if (entry.extra) entry.extra.push(docNo, packed)
      else entry.extra = [docNo, packed]
    }
  }

  private pushDoc(doc: SearchDocument, lengths: ArrayLike<number>): number {
    const existing = this.byId.get(doc.id)
    if (existing !== undefined) this.removeDoc(existing)
    const docNo = this.ids.length
    this.ids.push(doc.id)
    this.added.push(doc)
    this.byId.set(doc.id, docNo)
    this.live++
    this.version++
    for (let f = 0; f < FIELDS; f++) {
      this.lengths.push(lengths[f]!)
      this.lengthSums[f]! += lengths[f]!
    }
    for (const facet of FACETS) this.columns[facet].push(facetValue(doc, facet))
    if (doc.shownOn?.length) this.addShown(docNo, doc.shownOn)
    this.dates.push(doc.date ? Date.parse(doc.date) || 0 : 0)
    this.setAlive(docNo, 1)
    return docNo
  }

  private addShown(docNo: number, sites: readonly string[]): void {
    const ids = [...new Set(sites.map((s) => this.columns.site.idOf(s.normalize('NFC'))))].filter((id) => id >= 0 && id !== this.columns.site.byDoc.data[docNo])
    if (ids.length === 0) return
    this.shownBy.set(docNo, ids)
    for (const id of ids) {
      let list = this.shownLists.get(id)
      if (!list) this.shownLists.set(id, (list = []))
      list.push(docNo)
    }
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
    const column = this.columns.site
    const id = column.ids.get(site)
    if (id === undefined) return 0
    let removed = 0
    for (const d of column.docsOf(id)) {
      if (this.alive[d]) {
        this.removeDoc(d)
        removed++
      }
    }
    return removed
  }

  private removeDoc(docNo: number): void {
    if (!this.alive[docNo]) return
    this.alive[docNo] = 0
    if (docNo >= this.segmentDocs) this.added[docNo - this.segmentDocs] = null
    this.byId.delete(this.ids[docNo]!)
    for (let f = 0; f < FIELDS; f++) this.lengthSums[f]! -= this.lengths.data[docNo * FIELDS + f]!
    this.live--
    this.version++
  }

  /** Number of postings of a term, deleted documents included (they go at the next compaction). */
  private df(entry: TermEntry): number {
    return (entry.id >= 0 ? this.postings.termDf[entry.id]! : 0) + (entry.extra?.length ?? 0) / 2
  }

  search(params: ParsedSearchParams): SearchResult {
    const started = performance.now()
    const { mask: allowed, list: allowedList } = this.filterMask(params)
    const query = analyzeQuery(params.q)
    const scored = query.terms.length > 0
    const sort = params.sort ?? (scored ? 'relevance' : 'newest')
    const { page, perPage } = params
    const k = page * perPage
    let candidates: Int32Array
    let top: number[]
    if (scored) {
      const match = this.match(query, allowed)
      candidates = match.candidates
      top = sort === 'relevance' ? this.rank(candidates, match.optional, k) : this.topK(candidates, k, this.dates.data)
    } else {
      if (allowedList) candidates = allowedList
      else {
        const all = new Int32Column(this.live + 1)
        for (let d = 0; d < this.docCount; d++) if (this.alive[d]) all.push(d)
        candidates = all.data.subarray(0, all.size)
      }
      top = this.topK(candidates, k, this.dates.data)
    }
    const facets = this.facetCounts(candidates)
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
      const suggestion = this.suggest(query)
      if (suggestion) result.suggestion = suggestion
    }
    result.took = Math.round((performance.now() - started) * 100) / 100
    return result
  }

  private ensureScratch(): void {
    if (this.acc.length >= this.docCount) return
    const size = Math.max(1024, this.docCount * 1.5) | 0
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
  private match(query: AnalyzedQuery, allowed: Uint8Array | null): { candidates: Int32Array; optional: ScoredTerm[] } {
    this.ensureScratch()
    const requiredCount = popcount(query.required)
    const need = requiredCount <= 3 ? requiredCount : Math.max(3, Math.ceil(requiredCount * RANKING.matchFraction))
    const n = Math.max(1, this.live)
    const { k1 } = RANKING
    const found: ScoredTerm[] = []
    for (const qt of query.terms) {
      const entry = this.terms.get(qt.term)
      if (!entry) continue
      const df = this.df(entry)
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
    let touched = this.accumulate(required.filter(drives), allowed)
    const masks = this.masks
    const seen = this.seen
    // A document the driving words alone qualify is a match whatever the checked words say
    // (marked 2). Only the documents that need them to qualify have the checked words looked up
    // now, for their presence only: every checked word's score is left to \`rank\`.
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
      touched = this.accumulate(required, allowed)
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
    // The checked words' scores are added by \`rank\`, like the optional terms': a document has
    // one only if it has the word's slots (exactly known for the undecided documents, assumed
    // for the others).
    for (const t of checked) t.needs = t.qt.slots & query.required
    return { candidates: touched.subarray(0, count), optional: [...optional, ...checked] }
  }

  /** Walk these terms' postings, scoring every document the filters allow. Returns the documents touched, ascending. */
  private accumulate(terms: ScoredTerm[], allowed: Uint8Array | null): Int32Array {
    const { acc, masks, seen, alive, postings } = this
    const { bytes, blockByte, termBlock } = postings
    const norms = this.lengthNorms()
    const { k1 } = RANKING
    const touched = this.touchedScratch
    let touchedCount = 0
    for (const t of terms) {
      const { w } = t
      const slots = t.qt.slots
      if (t.entry.id >= 0) {
        // The term's blocks are contiguous: decode them in one pass (each block restarts at doc −1).
        const endBlock = termBlock[t.entry.id + 1]!
        for (let blk = termBlock[t.entry.id]!; blk < endBlock; blk++) {
          let at = blockByte[blk]!
          const end = blockByte[blk + 1]!
          let d = -1
          while (at < end) {
            let byte = bytes[at++]!
            let gap = byte & 127
            for (let shift = 7; byte & 128; shift += 7) {
              byte = bytes[at++]!
              gap |= (byte & 127) << shift
            }
            d += gap
            const code = bytes[at++]!
            let tf: number
            if ((code & 3) !== 3) tf = (code & 3) | (((code >>> 2) & 15) << 8) | ((code >>> 6) << 16)
            else {
              tf = 0
              for (let f = 0; f < 3; f++) {
                let v = 0
                let shift = 0
                do {
                  byte = bytes[at++]!
                  v |= (byte & 127) << shift
                  shift += 7
                } while (byte & 128)
                tf |= Math.min(v, 255) << (8 * f)
              }
            }
            if (alive[d] === 0 || (allowed !== null && allowed[d] === 0)) continue
            if (seen[d] === 0) {
              seen[d] = 1
              touched[touchedCount++] = d
            }
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
    if (docs.length * 16 < this.docCount) docs.sort()
    else {
      // Many documents: reading the seen flags in order is cheaper than sorting.
      let at = 0
      for (let d = 0; d < this.docCount; d++) if (seen[d] === 1) docs[at++] = d
      docs = docs.subarray(0, at)
    }
    return docs
  }

  /** Mark in the coverage masks which of these terms these documents (ascending) contain. */
  private markPresence(terms: ScoredTerm[], docs: Int32Array): void {
    if (docs.length === 0) return
    const { masks, postings, seen } = this
    for (let i = 0; i < docs.length; i++) seen[docs[i]!] = 3
    for (const t of terms) {
      const slots = t.qt.slots
      if (docs.length * 4 > t.df) {
        // Dense: reading the whole postings list is cheaper than seeking.
        markAll(postings, t.entry, seen, masks, slots)
        continue
      }
      const cursor = new Cursor(postings, t.entry)
      for (let i = 0; i < docs.length; i++) if (cursor.seek(docs[i]!) !== 0) masks[docs[i]!] |= slots
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
    const norms = this.lengthNorms()
    const { k1 } = RANKING
    const { masks } = this
    const terms = optional.slice().sort((a, b) => b.w - a.w)
    const cursors = terms.map((t) => new Cursor(this.postings, t.entry))
    let totalBound = 0
    for (const t of terms) totalBound += t.w
    // θ starts as the k-th best complete score among the k best by the required words alone:
    // k real documents score at least that, so it never exceeds the final k-th best.
    let theta = -Infinity
    const prune = RANKING.prune
    if (prune && candidates.length > k) {
      const first = new TopHeap(k, acc, this.dates.data)
      for (let i = 0; i < candidates.length; i++) first.offer(candidates[i]!)
      const probe = Int32Array.from(first.sorted()).sort()
      const probeCursors = terms.map((t) => new Cursor(this.postings, t.entry))
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
    const heap = new TopHeap(k, acc, this.dates.data)
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
    const count = this.docCount
    const lengths = this.lengths.data
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
    const heap = new TopHeap(k, keys, this.dates.data)
    for (let i = 0; i < candidates.length; i++) heap.offer(candidates[i]!)
    return heap.sorted()
  }

  private masksCache = new Map<string, Filtered>()
  private masksVersion = -1

  /** Documents the filters allow (null: all), cached per filter set until the next write. */
  private filterMask(params: ParsedSearchParams): Filtered {
    if (this.masksVersion !== this.version) {
      this.masksCache.clear()
      this.masksVersion = this.version
    }
    const key = JSON.stringify([sitesInScope(params), asArray(params.type), params.field, params.issuer, params.year, params.status, params.doctype])
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
    want('doctype', params.doctype === undefined ? undefined : [params.doctype])
    if (checks.length === 0) return { mask: null, list: null }
    let source: Int32Array[] = []
    let sourceSize = Infinity
    for (const c of checks) {
      const lists = [...c.allowed].map((id) => this.columns[c.facet].docsOf(id))
      if (c.facet === 'site') for (const id of c.allowed) if (this.shownLists.has(id)) lists.push(Int32Array.from(this.shownLists.get(id)!))
      const size = lists.reduce((sum, l) => sum + l.length, 0)
      if (size < sourceSize) {
        source = lists
        sourceSize = size
      }
    }
    const mask = new Uint8Array(this.docCount)
    const list = new Int32Column(Math.max(16, sourceSize))
    const columns = checks.map((c) => ({ byDoc: this.columns[c.facet].byDoc.data, allowed: c.allowed, site: c.facet === 'site' }))
    const shownBy = this.shownBy
    for (const docs of source) {
      next: for (const d of docs) {
        // A document listed twice (its owner's list and a portal showing it) counts once.
        if (this.alive[d] === 0 || mask[d] === 1) continue
        for (const c of columns) {
          if (c.allowed.has(c.byDoc[d]!)) continue
          if (c.site && shownBy.get(d)?.some((id) => c.allowed.has(id))) continue
          continue next
        }
        mask[d] = 1
        list.push(d)
      }
    }
    return { mask, list: list.data.subarray(0, list.size).sort() }
  }

  private facetCounts(candidates: Int32Array): SearchResult['facets'] {
    const facets = emptyFacets()
    for (const facet of FACETS) {
      const column = this.columns[facet]
      const byDoc = column.byDoc.data
      const counts = new Int32Array(column.values.length + 1)
      // Value −1 (none) is counted in the last slot and ignored.
      const none = column.values.length
      for (let i = 0; i < candidates.length; i++) {
        const id = byDoc[candidates[i]!]!
        counts[id < 0 ? none : id]!++
      }
      const out: Record<string, number> = {}
      const order: number[] = []
      for (let i = 0; i < none; i++) if (counts[i]! > 0) order.push(i)
      order.sort((a, b) => counts[b]! - counts[a]!)
      for (const i of order.slice(0, 100)) out[column.values[i]!] = counts[i]!
      facets[facet] = out
    }
    return facets
  }

  private hit(d: number, query: AnalyzedQuery): SearchHit {
    const doc = this.doc(d)!
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

  // ─── did you mean ──────────────────────────────────────────────────────────────────────────────

  private vocabulary: { version: number; byLength: Map<number, string[]>; display: Map<string, string> } | null = null

  private vocab() {
    if (this.vocabulary?.version === this.version) return this.vocabulary
    const byLength = new Map<number, string[]>()
    const best = new Map<string, [string, number]>()
    for (const [term, entry] of this.terms) {
      if (term.startsWith(EXACT_PREFIX)) {
        const exact = term.slice(1)
        const folded = fold(exact)
        const df = this.df(entry)
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
      if (this.terms.has(word) || !/^[a-z]+$/.test(word)) return display.get(word) ?? word
      const limit = word.length <= 4 ? 1 : 2
      let bestWord: string | undefined
      let bestScore = Infinity
      for (let len = word.length - limit; len <= word.length + limit; len++) {
        for (const candidate of byLength.get(len) ?? []) {
          const distance = editDistance(word, candidate, limit)
          if (distance > limit) continue
          // Closer first, then the more frequent word.
          const score = distance * 1e9 - this.df(this.terms.get(candidate)!)
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
    const steps = this.serializeSteps()
    for (;;) {
      const step = steps.next()
      if (step.done) return step.value
    }
  }

  /**
   * The same, giving the event loop a turn every few milliseconds: a compaction of a big index
   * takes seconds, during which the server keeps answering requests and building portals. The
   * caller must not change the index meanwhile (writes wait for the compaction; searches only read).
   */
  async serializeAsync(sliceMs = 15): Promise<Buffer> {
    const steps = this.serializeSteps(sliceMs)
    for (;;) {
      const step = steps.next()
      if (step.done) return step.value
      await new Promise((resolve) => setImmediate(resolve))
    }
  }

  private *serializeSteps(sliceMs = Infinity): Generator<void, Buffer, void> {
    let sliceStart = performance.now()
    /** True when the current slice is used up (checked every 256 items). */
    let tick = 0
    const due = () => (++tick & 255) === 0 && performance.now() - sliceStart > sliceMs
    const count = this.docCount
    const renumber = new Int32Array(count).fill(-1)
    const seg = this.segment
    const docChunks: Buffer[] = []
    const ids: string[] = []
    let live = 0
    // Documents of the segment are copied as they are stored, without decoding them.
    const segmentDocs = seg && seg.docs > 0 ? seg.read(seg.docOffsets[0]!, seg.docOffsets[seg.docs]!) : null
    for (let d = 0; d < count; d++) {
      if (due()) {
        yield
        sliceStart = performance.now()
      }
      if (!this.alive[d]) continue
      renumber[d] = live++
      ids.push(this.ids[d]!)
      docChunks.push(seg && segmentDocs && d < seg.docs ? segmentDocs.subarray(seg.docOffsets[d]! - seg.docOffsets[0]!, seg.docOffsets[d + 1]! - seg.docOffsets[0]!) : Buffer.from(JSON.stringify(this.added[d - this.segmentDocs])))
    }
    const dates = new Float64Array(live)
    const lengths = new Int32Array(live * FIELDS)
    const facetValues = {} as Record<FacetName, string[]>
    const facetIds = new Int32Array(live * FACETS.length)
    FACETS.forEach((facet, j) => {
      const column = this.columns[facet]
      const byDoc = column.byDoc.data
      const remap = new Int32Array(column.values.length).fill(-1)
      const values: string[] = []
      for (let d = 0; d < count; d++) {
        const to = renumber[d]!
        if (to < 0) continue
        const v = byDoc[d]!
        if (v >= 0 && remap[v] === -1) {
          remap[v] = values.length
          values.push(column.values[v]!)
        }
        facetIds[j * live + to] = v < 0 ? -1 : remap[v]!
      }
      facetValues[facet] = values
    })
    for (let d = 0; d < count; d++) {
      const to = renumber[d]!
      if (to < 0) continue
      dates[to] = this.dates.data[d]!
      for (let f = 0; f < FIELDS; f++) lengths[to * FIELDS + f] = this.lengths.data[d * FIELDS + f]!
    }
    const shown: Record<string, number[]> = {}
    for (const [id, docs] of this.shownLists) {
      const out = [...new Set(docs.map((d) => renumber[d]!).filter((to) => to >= 0))]
      if (out.length) shown[this.columns.site.values[id]!] = out
    }
    const writer = new PostingsWriter()
    const terms: string[] = []
    const { blockDocs, blockTfs, postings } = this
    for (const [term, entry] of this.terms) {
      if (due()) {
        yield
        sliceStart = performance.now()
      }
      if (entry.id >= 0) {
        const end = postings.termBlock[entry.id + 1]!
        for (let b = postings.termBlock[entry.id]!; b < end; b++) {
          const n = decodeBlock(postings, b, blockDocs, blockTfs)
          for (let i = 0; i < n; i++) {
            const to = renumber[blockDocs[i]!]!
            if (to >= 0) writer.add(to, blockTfs[i]!)
          }
        }
      }
      const extra = entry.extra
      if (extra) {
        for (let i = 0; i < extra.length; i += 2) {
          const to = renumber[extra[i]!]!
          if (to >= 0) writer.add(to, extra[i + 1]!)
        }
      }
      if (writer.endTerm() > 0) terms.push(term)
    }
    return encodeSegment({ ids, docChunks, dates, lengths, facetValues, facetIds, shown, terms, postings: writer.finish() })
  }

  static deserialize(buffer: Buffer): InvertedIndex {
    const magic = buffer.toString('latin1', 0, 8)
    if (magic === MAGIC_V1) return InvertedIndex.fromV1(buffer)
    if (magic !== MAGIC) {
      throw new Error(`not a search segment of a known format (${JSON.stringify(magic)}); remove the search folder and reindex from the CMS`)
    }
    const { arraysStart } = segmentLayout(buffer)
    return InvertedIndex.fromParts(buffer, buffer.subarray(arraysStart), {
      read: (start, end) => buffer.subarray(start, end),
      close: () => undefined,
    })
  }

  /**
   * Open a segment file keeping only its index in memory: the stored documents stay in the file
   * and are read (one positioned read each) for the hits shown and when compacting.
   */
  static openFile(file: string): InvertedIndex {
    const fd = fs.openSync(file, 'r')
    try {
      const size = fs.fstatSync(fd).size
      let open = true
      const readRange = (start: number, end: number) => {
        // Never read through a closed descriptor: its number may belong to another file by now.
        if (!open) throw new Error('search index is closed')
        const out = Buffer.allocUnsafe(end - start)
        let done = 0
        while (done < out.length) {
          const n = fs.readSync(fd, out, done, out.length - done, start + done)
          if (n === 0) throw new Error('search segment is shorter than its header says')
          done += n
        }
        return out
      }
      const magic = readRange(0, Math.min(12, size))
      if (magic.length < 12 || magic.toString('latin1', 0, 8) !== MAGIC) {
        // Older or unknown formats: read whole (format 1 is taken over, anything else refused).
        fs.closeSync(fd)
        return InvertedIndex.deserialize(fs.readFileSync(file))
      }
      const headerEnd = 12 + magic.readUInt32LE(8)
      const head = readRange(0, headerEnd)
      const { docStart, arraysStart } = segmentLayout(head)
      const prefix = readRange(0, docStart)
      const arrays = readRange(arraysStart, size)
      return InvertedIndex.fromParts(prefix, arrays, {
        read: readRange,
        close: () => {
          if (open) fs.closeSync(fd)
          open = false
        },
      })
    } catch (error) {
      try {
        fs.closeSync(fd)
      } catch {
        // already closed
      }
      throw error
    }
  }

  /** Bytes of the stored documents in the segment (their JSON). */
  get storedBytes(): number {
    const seg = this.segment
    return seg && seg.docs > 0 ? seg.docOffsets[seg.docs]! - seg.docOffsets[0]! : 0
  }

  /** Release the segment file, if the index has one open. */
  close(): void {
    this.segment?.close()
  }

  private static fromParts(prefix: Buffer, arrays: Buffer, source: Pick<Segment, 'read' | 'close'>): InvertedIndex {
    const s = decodeSegmentParts(prefix, arrays)
    const index = new InvertedIndex()
    index.segment = { docs: s.ids.length, docOffsets: s.docOffsets, postings: s.postings, ...source }
    index.postings = s.postings
    index.ids = s.ids
    s.ids.forEach((id, d) => index.byId.set(id, d))
    s.terms.forEach((term, i) => index.terms.set(term, { id: i, extra: null }))
    index.lengths = new Int32Column(s.lengths)
    for (let i = 0; i < s.lengths.length; i++) index.lengthSums[i % FIELDS]! += s.lengths[i]!
    index.dates = new Float64Column(s.dates)
    const docs = s.ids.length
    for (const facet of FACETS) {
      // A facet the segment predates has no value on any of its documents.
      const j = s.facetNames.indexOf(facet)
      index.columns[facet] = Column.load(s.facetValues[facet] ?? [], j < 0 ? new Int32Array(docs).fill(-1) : s.facetIds.subarray(j * docs, (j + 1) * docs))
    }
    for (const [slug, list] of Object.entries(s.shown)) {
      const id = index.columns.site.idOf(slug)
      index.shownLists.set(id, [...list])
      for (const d of list) index.shownBy.set(d, [...(index.shownBy.get(d) ?? []), id])
    }
    index.live = docs
    index.alive = new Uint8Array(Math.max(1024, Math.ceil(docs * 1.25))).fill(1, 0, docs)
    return index
  }

  /**
   * An index from a format-1 segment (postings as plain int32 pairs, documents as one JSON array):
   * every document and posting is taken over as written since the segment, so the engine can
   * write it again in the current format without reindexing from the CMS.
   */
  private static fromV1(buffer: Buffer): InvertedIndex {
    const { docs, terms, offsets, postings, lengths } = decodeSegmentV1(buffer)
    const index = new InvertedIndex()
    docs.forEach((doc, d) => index.pushDoc(doc, lengths.subarray(d * FIELDS, (d + 1) * FIELDS)))
    terms.forEach((term, i) => index.terms.set(term, { id: -1, extra: Array.from(postings.subarray(offsets[i]!, offsets[i + 1]!)) }))
    index.migratedFrom = 1
    return index
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
// Format 2: "CONGSEG2" | u32 header length | header JSON | ids JSON | terms (\n-joined) |
// facet values JSON | documents (UTF-8 JSON each, concatenated) | pad to 8 | dates f64[docs] |
// lengths i32[3·docs] | facet value ids i32[6·docs] | document offsets i32[docs+1] |
// term first block i32[terms+1] | term df i32[terms] | block last document i32[blocks] |
// block byte offset i32[blocks+1] | postings bytes.
// Format 1 ("CONGSEG1", int32 pairs, documents as one JSON array) is read and written again.

const MAGIC = 'CONGSEG2'
const MAGIC_V1 = 'CONGSEG1'

type SegmentParts = {
  ids: string[]
  docChunks: Buffer[]
  dates: Float64Array
  lengths: Int32Array
  facetValues: Record<FacetName, string[]>
  facetIds: Int32Array
  /** Shared content: site slug → documents it shows besides its own. */
  shown: Record<string, number[]>
  terms: string[]
  postings: SegmentPostings
}

function encodeSegment(parts: SegmentParts): Buffer {
  const idsBytes = Buffer.from(JSON.stringify(parts.ids))
  const termsBytes = Buffer.from(parts.terms.join('\n'))
  const facetBytes = Buffer.from(JSON.stringify(parts.facetValues))
  const shownBytes = Buffer.from(JSON.stringify(parts.shown))
  let docBytes = 0
  for (const chunk of parts.docChunks) docBytes += chunk.length
  const p = parts.postings
  const header = Buffer.from(
    JSON.stringify({
      version: 2,
      block: BLOCK,
      docs: parts.ids.length,
      terms: parts.terms.length,
      blocks: p.blockLast.length,
      idsBytes: idsBytes.length,
      termsBytes: termsBytes.length,
      facetBytes: facetBytes.length,
      facets: FACETS,
      shownBytes: shownBytes.length,
      docBytes,
      postingBytes: p.bytes.length,
    }),
  )
  const textStart = 8 + 4 + header.length + idsBytes.length + termsBytes.length + facetBytes.length + shownBytes.length
  const textEnd = textStart + docBytes
  const pad = (8 - (textEnd % 8)) % 8
  const docOffsets = new Int32Array(parts.ids.length + 1)
  const arrays = [parts.dates, parts.lengths, parts.facetIds, docOffsets, p.termBlock, p.termDf, p.blockLast, p.blockByte, p.bytes]
  const total = textEnd + pad + arrays.reduce((sum, a) => sum + a.byteLength, 0)
  if (total > 2 ** 31 - 1) throw new Error('search segment larger than 2 GiB: use Meilisearch at this size (ADR 0010)')
  const out = Buffer.alloc(total)
  let at = out.write(MAGIC, 0, 'latin1')
  at = out.writeUInt32LE(header.length, at)
  for (const b of [header, idsBytes, termsBytes, facetBytes, shownBytes]) at += b.copy(out, at)
  parts.docChunks.forEach((chunk, d) => {
    docOffsets[d] = at
    at += chunk.copy(out, at)
  })
  docOffsets[parts.ids.length] = at
  at += pad
  for (const array of arrays) {
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, at)
    at += array.byteLength
  }
  return out
}

type SegmentHeader = {
  version: number
  block: number
  docs: number
  terms: number
  blocks: number
  idsBytes: number
  termsBytes: number
  facetBytes: number
  /** Facet columns in the order of `facetIds`; absent in segments written before `doctype` (the first six). */
  facets?: string[]
  /** Bytes of the shared-content section (JSON, site → documents); absent before it existed. */
  shownBytes?: number
  docBytes: number
  postingBytes: number
}

/** Where a format-2 segment's stored documents start and end, and its typed arrays start. */
function segmentLayout(prefix: Buffer): { header: SegmentHeader; textStart: number; docStart: number; docEnd: number; arraysStart: number } {
  const headerLength = prefix.readUInt32LE(8)
  const header = JSON.parse(prefix.toString('utf8', 12, 12 + headerLength)) as SegmentHeader
  if (header.version !== 2 || !(header.block <= MAX_BLOCK)) throw new Error(`search segment format ${header.version} is not supported; remove the search folder and reindex from the CMS`)
  const textStart = 12 + headerLength
  const docStart = textStart + header.idsBytes + header.termsBytes + header.facetBytes + (header.shownBytes ?? 0)
  const docEnd = docStart + header.docBytes
  return { header, textStart, docStart, docEnd, arraysStart: docEnd + ((8 - (docEnd % 8)) % 8) }
}

/**
 * Decode a format-2 segment from its text part (header, ids, terms, facet values: `prefix`) and
 * its typed arrays (`arrays`, 8-aligned, starting at the file's `arraysStart`). The stored
 * documents are not read here.
 */
function decodeSegmentParts(prefix: Buffer, arrays: Buffer) {
  const { header, textStart } = segmentLayout(prefix)
  let at = textStart
  const ids = JSON.parse(prefix.toString('utf8', at, (at += header.idsBytes))) as string[]
  const termsText = prefix.toString('utf8', at, (at += header.termsBytes))
  const facetValues = JSON.parse(prefix.toString('utf8', at, (at += header.facetBytes))) as Record<FacetName, string[]>
  const shown = header.shownBytes ? (JSON.parse(prefix.toString('utf8', at, (at += header.shownBytes))) as Record<string, number[]>) : {}
  // Typed views need aligned memory: copy once if the buffer is not 8-aligned.
  const buffer = arrays.byteOffset % 8 === 0 ? arrays : Buffer.from(arrays)
  at = 0
  const view = <T>(Type: { new (b: ArrayBufferLike, o: number, n: number): T; BYTES_PER_ELEMENT: number }, count: number): T => {
    const array = new Type(buffer.buffer, buffer.byteOffset + at, count)
    at += count * Type.BYTES_PER_ELEMENT
    return array
  }
  const dates = view(Float64Array, header.docs)
  const lengths = view(Int32Array, header.docs * FIELDS)
  const facetNames = header.facets ?? FACETS.slice(0, 6)
  const facetIds = view(Int32Array, header.docs * facetNames.length)
  const docOffsets = view(Int32Array, header.docs + 1)
  const termBlock = view(Int32Array, header.terms + 1)
  const termDf = view(Int32Array, header.terms)
  const blockLast = view(Int32Array, header.blocks)
  const blockByte = view(Int32Array, header.blocks + 1)
  const bytes = view(Uint8Array, header.postingBytes)
  if (at !== buffer.length) throw new Error('search segment has the wrong length')
  return {
    ids,
    terms: header.terms === 0 ? [] : termsText.split('\n'),
    facetValues,
    facetNames,
    shown,
    dates,
    lengths,
    facetIds,
    docOffsets,
    postings: { bytes, termBlock, termDf, blockLast, blockByte } satisfies SegmentPostings,
  }
}

/** Format 1: "CONGSEG1" | u32 header length | header JSON | docs JSON | terms | pad to 4 | offsets | pairs | lengths. */
function decodeSegmentV1(buffer: Buffer) {
  const headerLength = buffer.readUInt32LE(8)
  let at = 12
  const header = JSON.parse(buffer.toString('utf8', at, (at += headerLength))) as { docs: number; terms: number; docsBytes: number; termsBytes: number; postings: number }
  const docs = JSON.parse(buffer.toString('utf8', at, (at += header.docsBytes))) as SearchDocument[]
  const termsText = buffer.toString('utf8', at, (at += header.termsBytes))
  at += (4 - (at % 4)) % 4
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
  /** Fold the log into a new segment when it is larger than this share of the segment's stored documents. @default 1 */
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
  openStats: { segmentDocs: number; replayedEntries: number; ms: number; migratedFrom: number | null } = { segmentDocs: 0, replayedEntries: 0, ms: 0, migratedFrom: null }

  constructor(private readonly options: EmbeddedOptions) {}

  async open(): Promise<this> {
    const started = performance.now()
    const { dir } = this.options
    await fsp.mkdir(dir, { recursive: true })
    const current = await fsp.readFile(path.join(dir, 'CURRENT'), 'utf8').catch(() => '0')
    this.generation = Number(current.trim()) || 0
    const segmentFile = path.join(dir, `segment-${this.generation}.bin`)
    if (fs.existsSync(segmentFile)) {
      this.segmentBytes = (await fsp.stat(segmentFile)).size
      this.index = InvertedIndex.openFile(segmentFile)
    }
    this.openStats.segmentDocs = this.index.size
    this.openStats.migratedFrom = this.index.migratedFrom
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
    // A segment of an older format (and the log replayed on it) is written again in this one.
    if (this.index.migratedFrom !== null) await this.compact()
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
      const ratio = this.options.compactRatio ?? 1
      // The log holds documents as JSON: compare it with the segment's stored documents (also
      // JSON), so that a replay re-analyses at most \`ratio\` times the documents the segment has
      // (format 1 compared the log with half the whole segment, ≈ 1.5× its documents' JSON).
      if (this.logBytes > (this.options.compactMinBytes ?? 8 << 20) && this.logBytes > this.index.storedBytes * ratio) await this.compact()
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
    // Writes wait behind this one (the write chain), so the index holds still while it is
    // serialised in slices; searches go on meanwhile.
    const buffer = await this.index.serializeAsync()
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
    // Continue from the compact form: coded postings, no deleted documents, documents on disk.
    const previous = this.index
    this.index = InvertedIndex.openFile(segmentFile)
    previous.close()
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
    this.index.close()
  }

  /** Sizes for logs and benchmarks. */
  stats() {
    return { docs: this.index.size, terms: this.index.terms.size, segmentBytes: this.segmentBytes, logBytes: this.logBytes, generation: this.generation }
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
