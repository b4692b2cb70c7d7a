/**
 * Precompressed copies of a release's text files: `<file>.br` (brotli) and `<file>.gz` (gzip)
 * beside each page, feed and stylesheet, written once when the release is written, so neither
 * the express server nor nginx compresses those per request (ADR 0013). The long tail of a portal
 * (older articles, later list pages) is written without them and compressed on its first request
 * (ADR 0029).
 */
import { promisify } from 'node:util'
import zlib from 'node:zlib'

/** Files worth compressing: HTML pages, feeds and sitemaps, stylesheets, robots.txt. */
export const COMPRESSIBLE = /\.(html|xml|css|txt|json|svg|js)$/

/** The copies beside a file, most preferred first, with their `Content-Encoding`. */
export const ENCODINGS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const

/** Below this size a compressed copy saves less than its headers cost. */
export const MIN_COMPRESS_BYTES = 256

/**
 * Brotli quality 5 and gzip level 6. On our pages (28 KB of HTML on average) quality 5 is 0.5 %
 * larger than 6 and gzip 9 no smaller than 6, but they cost much less where it matters: a build
 * compresses several pages at once on libuv's threads, and there quality 6 allocates hash tables
 * large enough to go to the kernel for every call. Measured on 1,672 demo pages, brotli and gzip
 * with four pages at a time: 2.6 ms of CPU per page at 6/9 against 1.2 ms at 5/6 (user 1.9 → 1.2,
 * system 0.8 → 0.1); with eight at a time (two workers on one machine) quality 6 alone costs
 * 3.0 ms. Compression was half of a full build's CPU (ADR 0013).
 */
const BROTLI_QUALITY = 5
const GZIP_LEVEL = 6

/**
 * Brotli's window: just large enough for the body, at least 64 KB. Node's brotli stream keeps the
 * 4 MB default whatever the size hint, and at qualities 5–9 a window above 64 KB also selects a
 * hasher with large tables, allocated for every call: on a 22 KB page 2.5 ms of CPU (a third of
 * it the kernel's, mapping fresh memory) against 0.5 ms with a 64 KB window, for the same bytes
 * (6,257 against 6,260). A body larger than 64 KB gets the window that holds all of it, which
 * compresses exactly as the default window does.
 */
export function brotliWindowBits(bytes: number): number {
  return Math.min(zlib.constants.BROTLI_MAX_WINDOW_BITS, Math.max(16, Math.ceil(Math.log2(Math.max(1, bytes)))))
}

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

export const isCompressible = (file: string): boolean => COMPRESSIBLE.test(file)

export type Encoding = (typeof ENCODINGS)[number]['encoding']

/** The file name suffix of an encoding's copy (`.br`, `.gz`). */
export const suffixOf = (encoding: Encoding): string => ENCODINGS.find((e) => e.encoding === encoding)!.suffix

/** A body compressed in one encoding, at the qualities above. */
export function compress(buffer: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(buffer, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_LGWIN]: brotliWindowBits(buffer.length), [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buffer.length, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } })
    : gzip(buffer, { level: GZIP_LEVEL })
}

/** The brotli and gzip copies of a body (empty when it is too small to be worth it). */
export async function compressedCopies(body: string | Buffer): Promise<Array<{ suffix: string; data: Buffer }>> {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body
  if (buffer.length < MIN_COMPRESS_BYTES) return []
  const datas = await Promise.all(ENCODINGS.map(({ encoding }) => compress(buffer, encoding)))
  return ENCODINGS.map(({ suffix }, i) => ({ suffix, data: datas[i]! }))
}
