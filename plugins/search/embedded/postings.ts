/**
 * The postings codec of the embedded index (ADR 0010, segment format 2).
 *
 * A term's postings are blocks of up to 32 (document, frequencies), documents ascending. In a
 * block the first document is stored as doc + 1 and the others as gaps, all LEB128 varints, each
 * followed by one byte of frequencies: title (bits 0–1), text (bits 2–5), meta (bits 6–7); title
 * bits 3 means "escaped": three varints (title, text, meta) follow instead. Frequencies are
 * handed out packed one byte per field (title | text << 8 | meta << 16), as analysis packs them.
 * A skip table gives the last document and the byte offset of every block.
 *
 * Every reader goes through `decodeBlock`, which fills two typed arrays with one block; the
 * loops that walk postings (scoring, presence, cursors, compaction) iterate over those arrays.
 */
import { Int32Column } from './columns'

/** Fields whose frequencies a posting carries: title (and number), text, meta (issuer, field). */
export const FIELDS = 3

/** Postings per block of the segment's postings (the unit of skipping and decoding). */
export const BLOCK = 32
/** The largest block a segment may have (sizes the decoding buffers). */
export const MAX_BLOCK = 128

/** The segment's postings: bytes plus the skip table. */
export type SegmentPostings = {
  bytes: Uint8Array
  /** Per term: first block; blocks of term t are termBlock[t] … termBlock[t+1]-1. */
  termBlock: Int32Array
  termDf: Int32Array
  /** Per block: last document, and byte offset (one more entry: the end). */
  blockLast: Int32Array
  blockByte: Int32Array
}

export const EMPTY_POSTINGS: SegmentPostings = {
  bytes: new Uint8Array(0),
  termBlock: new Int32Array(1),
  termDf: new Int32Array(0),
  blockLast: new Int32Array(0),
  blockByte: new Int32Array(1),
}

/** A term: its postings in the segment (id ≥ 0), then postings added since (pairs doc, tf). */
export type TermEntry = { id: number; extra: number[] | null }

/** Number of postings of a term, deleted documents included (they go at the next compaction). */
export function postingCount(p: SegmentPostings, entry: TermEntry): number {
  return (entry.id >= 0 ? p.termDf[entry.id]! : 0) + (entry.extra?.length ?? 0) / 2
}

/**
 * Decode block b into `docs` and `tfs` (at least `MAX_BLOCK` long; `tfs` null: documents only,
 * the frequencies are skipped); returns the number of postings. The one decoder of the format:
 * every loop over segment postings calls it.
 */
export function decodeBlock(p: SegmentPostings, b: number, docs: Int32Array, tfs: Int32Array | null): number {
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
    if (tfs !== null) {
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
      tfs[n] = tf
    } else if ((code & 3) === 3) for (let f = 0; f < 3; f++) while (bytes[at++]! & 128);
    docs[n++] = doc
  }
  return n
}

/** Writes terms' postings in order, one term after the other, into the coded form. */
export class PostingsWriter {
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

/**
 * Reads one term's postings forwards: `seek(d)` returns the frequencies of document d (0 if
 * absent), skipping whole blocks by their last document and decoding the block it lands in
 * into `docs` and `tfs` (`MAX_BLOCK` long; a search lends them so that opening cursors
 * allocates nothing). Seeks must ascend.
 */
export class Cursor {
  private block: number
  private readonly firstBlock: number
  private readonly endBlock: number
  /** Position in the decoded block of the first posting not before the last seek. */
  private i = 0
  /** Position in the postings added since the segment. */
  private e = 0

  constructor(
    private readonly p: SegmentPostings,
    private readonly entry: TermEntry,
    private readonly docs: Int32Array = new Int32Array(MAX_BLOCK),
    private readonly tfs: Int32Array = new Int32Array(MAX_BLOCK),
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
          decodeBlock(this.p, b, this.docs, this.tfs)
          this.i = 0
        }
      }
      if (this.block < this.endBlock) {
        // The block's last document is ≥ d: the scan stops in it.
        const docs = this.docs
        let i = this.i
        while (docs[i]! < d) i++
        this.i = i
        return docs[i] === d ? this.tfs[i]! : 0
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
