/**
 * The embedded search engine (ADR 0010): the search port over an `InvertedIndex`, kept under
 * `<dataDir>/search/` as one immutable segment plus an append-only log of the changes made since.
 * Opening reads the segment's index parts and replays the log, so a restart never reindexes the
 * content; when the log grows past the segment's stored documents it is folded into a new segment
 * (serialised in slices, so the event loop keeps turning), written beside the old one and switched
 * by rename.
 *
 * One process writes (the server, or the worker when jobs run apart): `../lock.ts` guards it.
 */
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'

import { type SearchDocument, type SearchEngine, type SearchParams, SearchParamsSchema, type SearchResult, prepareDocument } from '../port'
import { InvertedIndex } from './invertedIndex'

export type LogEntry = { op: 'upsert'; docs: SearchDocument[] } | { op: 'delete'; ids: string[] } | { op: 'deleteSite'; site: string }

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
      // JSON), so that a replay re-analyses at most `ratio` times the documents the segment has
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
