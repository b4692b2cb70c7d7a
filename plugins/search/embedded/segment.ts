/**
 * The segment file of the embedded index (ADR 0010): writing one from its parts, opening one
 * (from memory, or from disk keeping only its index parts in memory), and the stored documents
 * it holds, read one positioned read each.
 *
 * Format 2: "CONGSEG2" | u32 header length | header JSON | ids JSON | terms (\n-joined) |
 * facet values JSON | shared content JSON | documents (UTF-8 JSON each, concatenated) | pad to 8 |
 * dates f64[docs] | lengths i32[3·docs] | facet value ids i32[facets·docs] | document offsets
 * i32[docs+1] | term first block i32[terms+1] | term df i32[terms] | block last document
 * i32[blocks] | block byte offset i32[blocks+1] | postings bytes (`postings.ts`).
 * Format 1 ("CONGSEG1", int32 pairs, documents as one JSON array) is read whole, for the index
 * to take it over and write it again.
 */
import fs from 'node:fs'

import { FACETS, type FacetName, type SearchDocument } from '../port'
import { BLOCK, FIELDS, MAX_BLOCK, type SegmentPostings } from './postings'

const MAGIC = 'CONGSEG2'
const MAGIC_V1 = 'CONGSEG1'

/** What a segment holds, as the index hands it over to be written. */
export type SegmentParts = {
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

/** A segment's index parts as read back: everything but the stored documents. */
export type SegmentContents = Omit<SegmentParts, 'docChunks'> & {
  /** Facet columns in the order of `facetIds`. */
  facetNames: readonly string[]
}

/** A segment file as opened: format 2 (index parts, documents on demand), or format 1 read whole. */
export type OpenedSegment =
  | { format: 2; contents: SegmentContents; stored: StoredDocuments }
  | { format: 1; docs: SearchDocument[]; terms: string[]; offsets: Int32Array; postings: Int32Array; lengths: Int32Array }

export function encodeSegment(parts: SegmentParts): Buffer {
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

/**
 * The stored documents of a format-2 segment (UTF-8 JSON each), read from memory or with one
 * positioned read of the open file per document.
 */
export class StoredDocuments {
  constructor(
    /** Number of documents. */
    readonly count: number,
    /** Byte offsets in the segment file of each document's JSON (one more entry: the end). */
    private readonly offsets: Int32Array,
    /** Bytes start…end of the segment file. */
    private readonly read: (start: number, end: number) => Buffer,
    private readonly release: () => void,
  ) {}

  /** Document d, decoded. */
  get(d: number): SearchDocument {
    return JSON.parse(this.read(this.offsets[d]!, this.offsets[d + 1]!).toString('utf8')) as SearchDocument
  }

  /** Bytes of the stored documents (their JSON). */
  get bytes(): number {
    return this.count > 0 ? this.offsets[this.count]! - this.offsets[0]! : 0
  }

  /**
   * Every document's JSON as stored, without decoding it: one read, then document d is a slice
   * of it (a compaction copies them so).
   */
  readAll(): (d: number) => Buffer {
    const offsets = this.offsets
    const first = offsets[0]!
    const all = this.count > 0 ? this.read(first, offsets[this.count]!) : Buffer.alloc(0)
    return (d) => all.subarray(offsets[d]! - first, offsets[d + 1]! - first)
  }

  /** Release the file (a no-op for a segment in memory). */
  close(): void {
    this.release()
  }
}

/** A segment file held in memory. */
export function readSegment(buffer: Buffer): OpenedSegment {
  const magic = buffer.toString('latin1', 0, 8)
  if (magic === MAGIC_V1) return { format: 1, ...decodeSegmentV1(buffer) }
  if (magic !== MAGIC) {
    throw new Error(`not a search segment of a known format (${JSON.stringify(magic)}); remove the search folder and reindex from the CMS`)
  }
  const { arraysStart } = segmentLayout(buffer)
  const contents = decodeSegmentParts(buffer, buffer.subarray(arraysStart))
  const stored = new StoredDocuments(contents.ids.length, contents.docOffsets, (start, end) => buffer.subarray(start, end), () => undefined)
  return { format: 2, contents, stored }
}

/**
 * Open a segment file keeping only its index parts in memory: the stored documents stay in the
 * file, which stays open until `stored.close()`. Older formats are read whole.
 */
export function openSegmentFile(file: string): OpenedSegment {
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
      return readSegment(fs.readFileSync(file))
    }
    const headerEnd = 12 + magic.readUInt32LE(8)
    const head = readRange(0, headerEnd)
    const { docStart, arraysStart } = segmentLayout(head)
    const prefix = readRange(0, docStart)
    const arrays = readRange(arraysStart, size)
    const contents = decodeSegmentParts(prefix, arrays)
    const stored = new StoredDocuments(contents.ids.length, contents.docOffsets, readRange, () => {
      if (open) fs.closeSync(fd)
      open = false
    })
    return { format: 2, contents, stored }
  } catch (error) {
    try {
      fs.closeSync(fd)
    } catch {
      // already closed
    }
    throw error
  }
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
function decodeSegmentParts(prefix: Buffer, arrays: Buffer): SegmentContents & { docOffsets: Int32Array } {
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
    postings: { bytes, termBlock, termDf, blockLast, blockByte },
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
