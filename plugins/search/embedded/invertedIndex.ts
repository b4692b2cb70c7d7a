/**
 * The in-memory inverted index of the embedded engine: what the current segment holds (coded
 * postings, typed columns, stored documents left on disk) plus the documents written since (as
 * JavaScript objects), with deletions marked until the next compaction writes it all out as one
 * segment again. Searching it is `query.ts`; its file is `segment.ts`.
 */
import { analyzeFields } from '../analysis'
import { FACETS, type FacetName, type ParsedSearchParams, type SearchDocument, type SearchResult } from '../port'
import { Column, Float64Column, Int32Column } from './columns'
import { EMPTY_POSTINGS, FIELDS, MAX_BLOCK, PostingsWriter, type SegmentPostings, type TermEntry, decodeBlock, postingCount } from './postings'
import { QueryEvaluator } from './query'
import { type OpenedSegment, type SegmentContents, type StoredDocuments, encodeSegment, openSegmentFile, readSegment } from './segment'

const facetValue = (doc: SearchDocument, facet: FacetName): string | undefined =>
  facet === 'year' ? (doc.year === undefined ? undefined : String(doc.year)) : (doc[facet] as string | undefined)

/** The texts of the scored fields: title (with the number), text, meta (issuer and field). */
function fieldTexts(doc: SearchDocument): [string, string, string] {
  return [doc.number ? `${doc.title} ${doc.number}` : doc.title, doc.text, [doc.issuer, doc.field].filter(Boolean).join('. ')]
}

/** The in-memory index: documents, postings, field lengths and facet columns. */
export class InvertedIndex {
  /** The stored documents of the segment the index was loaded from (null: none). */
  private stored: StoredDocuments | null = null
  /** Documents written since the segment (null once deleted), by document number − segment size. */
  private added: (SearchDocument | null)[] = []
  /**
   * Shared content: the other portals that show a document (`shownOn`), as site value ids. A
   * portal's own scope finds these documents too. Lists keep replaced documents until the next
   * compaction; searches skip them (not alive).
   */
  readonly shownLists = new Map<number, number[]>()
  readonly shownBy = new Map<number, number[]>()
  private ids: string[] = []
  readonly byId = new Map<string, number>()
  readonly terms = new Map<string, TermEntry>()
  /** The segment's postings. */
  postings: SegmentPostings = EMPTY_POSTINGS
  lengths = new Int32Column()
  readonly lengthSums = [0, 0, 0]
  dates = new Float64Column()
  /** 1 for each live document, by document number. */
  alive = new Uint8Array(1024)
  live = 0
  readonly columns = Object.fromEntries(FACETS.map((f) => [f, new Column()])) as Record<FacetName, Column>
  /** Changes with every write; caches keyed on it (filters, norms, suggestion vocabulary). */
  version = 0
  /** Set when the index was read from an older segment format and should be written again. */
  migratedFrom: number | null = null

  private readonly evaluator = new QueryEvaluator(this)

  get size(): number {
    return this.live
  }

  /** Number of document numbers handed out (deleted ones included). */
  get docCount(): number {
    return this.ids.length
  }

  private get segmentDocs(): number {
    return this.stored?.count ?? 0
  }

  /** The stored document d (decoded from the segment when it lives there), or null if deleted. */
  doc(d: number): SearchDocument | null {
    if (!this.alive[d]) return null
    const stored = this.stored
    if (stored && d < stored.count) return stored.get(d)
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
  df(entry: TermEntry): number {
    return postingCount(this.postings, entry)
  }

  search(params: ParsedSearchParams): SearchResult {
    return this.evaluator.search(params)
  }

  // ─── writing a segment ─────────────────────────────────────────────────────────────────────────

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
    const stored = this.stored
    const docChunks: Buffer[] = []
    const ids: string[] = []
    let live = 0
    // Documents of the segment are copied as they are stored, without decoding them.
    const storedChunk = stored && stored.count > 0 ? stored.readAll() : null
    for (let d = 0; d < count; d++) {
      if (due()) {
        yield
        sliceStart = performance.now()
      }
      if (!this.alive[d]) continue
      renumber[d] = live++
      ids.push(this.ids[d]!)
      docChunks.push(stored && storedChunk && d < stored.count ? storedChunk(d) : Buffer.from(JSON.stringify(this.added[d - this.segmentDocs])))
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
    const postings = this.postings
    const blockDocs = new Int32Array(MAX_BLOCK)
    const blockTfs = new Int32Array(MAX_BLOCK)
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

  // ─── reading a segment ─────────────────────────────────────────────────────────────────────────

  /** An index from a whole segment file in memory. */
  static deserialize(buffer: Buffer): InvertedIndex {
    return InvertedIndex.fromSegment(readSegment(buffer))
  }

  /**
   * Open a segment file keeping only its index in memory: the stored documents stay in the file
   * and are read (one positioned read each) for the hits shown and when compacting.
   */
  static openFile(file: string): InvertedIndex {
    return InvertedIndex.fromSegment(openSegmentFile(file))
  }

  /** Bytes of the stored documents in the segment (their JSON). */
  get storedBytes(): number {
    return this.stored?.bytes ?? 0
  }

  /** Release the segment file, if the index has one open. */
  close(): void {
    this.stored?.close()
  }

  private static fromSegment(segment: OpenedSegment): InvertedIndex {
    return segment.format === 2 ? InvertedIndex.fromContents(segment.contents, segment.stored) : InvertedIndex.fromV1(segment)
  }

  private static fromContents(s: SegmentContents, stored: StoredDocuments): InvertedIndex {
    const index = new InvertedIndex()
    index.stored = stored
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
  private static fromV1({ docs, terms, offsets, postings, lengths }: Extract<OpenedSegment, { format: 1 }>): InvertedIndex {
    const index = new InvertedIndex()
    docs.forEach((doc, d) => index.pushDoc(doc, lengths.subarray(d * FIELDS, (d + 1) * FIELDS)))
    terms.forEach((term, i) => index.terms.set(term, { id: -1, extra: Array.from(postings.subarray(offsets[i]!, offsets[i + 1]!)) }))
    index.migratedFrom = 1
    return index
  }
}
