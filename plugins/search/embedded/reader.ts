import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'

import { type SearchEngine, type SearchParams, SearchParamsSchema, type SearchResult } from '../port'
import type { EmbeddedOptions, LogEntry } from './engine'
import { InvertedIndex } from './invertedIndex'

/**
 * A read-only view of an index another process writes (ADR 0016): the same segment and log
 * files, followed as they grow. Before each search it looks at `CURRENT` and the log's size (two
 * small system calls): new log lines are applied, a new generation (a compaction) is opened
 * afresh. A line still being written (no newline yet) waits for the next look. Writes are refused:
 * the owner (the process holding `search.lock`) runs the sync jobs.
 */
export class EmbeddedReader implements SearchEngine {
  readonly kind = 'embedded' as const
  private index = new InvertedIndex()
  private generation = -1
  private logOffset = 0
  private refreshing: Promise<void> | null = null

  constructor(private readonly options: Pick<EmbeddedOptions, 'dir'>) {}

  async open(): Promise<this> {
    await this.refresh()
    return this
  }

  private async readGeneration(): Promise<number> {
    const current = await fsp.readFile(path.join(this.options.dir, 'CURRENT'), 'utf8').catch(() => '0')
    return Number(current.trim()) || 0
  }

  /** Catch up with the writer. */
  refresh(): Promise<void> {
    this.refreshing ??= this.catchUp().finally(() => {
      this.refreshing = null
    })
    return this.refreshing
  }

  private async catchUp(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        const generation = await this.readGeneration()
        if (generation !== this.generation) await this.load(generation)
        await this.tail()
        return
      } catch (err) {
        // The writer compacted between our reads (its old files are gone): read again.
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 3) throw err
      }
    }
  }

  private async load(generation: number): Promise<void> {
    const segmentFile = path.join(this.options.dir, `segment-${generation}.bin`)
    const next = fs.existsSync(segmentFile) ? InvertedIndex.openFile(segmentFile) : new InvertedIndex()
    const previous = this.index
    this.index = next
    this.generation = generation
    this.logOffset = 0
    previous.close()
  }

  private async tail(): Promise<void> {
    const logFile = path.join(this.options.dir, `log-${this.generation}.jsonl`)
    const handle = await fsp.open(logFile, 'r').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' && this.generation === 0) return null
      throw err
    })
    if (!handle) return
    try {
      const { size } = await handle.stat()
      if (size <= this.logOffset) return
      const buffer = Buffer.allocUnsafe(size - this.logOffset)
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, this.logOffset)
      const end = buffer.lastIndexOf(0x0a, bytesRead - 1)
      if (end < 0) return
      for (const line of buffer.toString('utf8', 0, end).split('\n')) {
        if (!line) continue
        const entry = JSON.parse(line) as LogEntry
        if (entry.op === 'upsert') for (const doc of entry.docs) this.index.add(doc)
        else if (entry.op === 'delete') for (const id of entry.ids) this.index.remove(id)
        else this.index.removeSite(entry.site)
      }
      this.logOffset += end + 1
    } finally {
      await handle.close()
    }
  }

  async search(params: SearchParams): Promise<SearchResult> {
    await this.refresh()
    return this.index.search(SearchParamsSchema.parse(params))
  }

  async count(): Promise<number> {
    await this.refresh()
    return this.index.size
  }

  private refuse(): Promise<void> {
    return Promise.reject(new Error('this process reads the search index; the process holding search.lock writes it'))
  }

  upsert(): Promise<void> {
    return this.refuse()
  }

  delete(): Promise<void> {
    return this.refuse()
  }

  deleteSite(): Promise<void> {
    return this.refuse()
  }

  async close(): Promise<void> {
    await this.refreshing
    this.index.close()
  }
}

export async function openEmbeddedReader(options: Pick<EmbeddedOptions, 'dir'>): Promise<EmbeddedReader> {
  return new EmbeddedReader(options).open()
}
