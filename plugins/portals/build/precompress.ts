/**
 * Precompressed copies of a release's text files: `<file>.br` (brotli) and `<file>.gz` (gzip)
 * beside each page, feed and stylesheet, written once when the release is written, so neither
 * the express server nor nginx compresses anything per request (ADR 0013).
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
 * Brotli quality 6: within 5–10 % of quality 11 on our pages at a few percent of its time
 * (a 24 KB page: about 1 ms against 40 ms), which keeps a 100,000-page build fast.
 */
const BROTLI_QUALITY = 6
const GZIP_LEVEL = 9

const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

export const isCompressible = (file: string): boolean => COMPRESSIBLE.test(file)

/** The brotli and gzip copies of a body (empty when it is too small to be worth it). */
export async function compressedCopies(body: string | Buffer): Promise<Array<{ suffix: string; data: Buffer }>> {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body
  if (buffer.length < MIN_COMPRESS_BYTES) return []
  const [br, gz] = await Promise.all([
    brotli(buffer, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buffer.length, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT } }),
    gzip(buffer, { level: GZIP_LEVEL }),
  ])
  return [
    { suffix: '.br', data: br },
    { suffix: '.gz', data: gz },
  ]
}
