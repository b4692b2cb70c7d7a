/**
 * Serving the precompressed copies a release holds (`<file>.br`, `<file>.gz`, written by the
 * release writer): a request for a page whose client accepts brotli or gzip is answered from the
 * copy, with `Content-Encoding`, the page's own `Content-Type` and `Vary: Accept-Encoding`.
 * Portal folders are symlinks switched on every publish, so copies are looked up per request
 * (one `stat`), never indexed at start (which is why a library that scans the folder once does
 * not fit; ADR 0013). The long tail of a portal has no copies in its release: the first request
 * that can take one makes it (ADR 0029).
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Request, Response } from 'express'

import { compress, type Encoding, ENCODINGS, isCompressible, MIN_COMPRESS_BYTES, suffixOf } from '../build/precompress'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.js': 'text/javascript; charset=utf-8',
}

/** The encodings the client takes, in our order of preference (`q=0` refuses one). */
function acceptedEncodings(req: Request): Encoding[] {
  return ENCODINGS.map((e) => e.encoding).filter((e) => req.acceptsEncodings(e) === e)
}

/** Copies being made in this process, by their path: concurrent first requests share one. */
const making = new Map<string, Promise<boolean>>()

/**
 * Make the copy of a file of the long tail on its first request (ADR 0029): compressed once and
 * written beside the file under a hidden temporary name, then renamed, so no request and no other
 * process ever reads half a copy; later requests, and later releases (hard links), use it. False
 * when the file is too small to be worth it, gone, or its folder cannot be written.
 */
export function makeCopy(file: string, encoding: Encoding): Promise<boolean> {
  const copy = `${file}${suffixOf(encoding)}`
  let pending = making.get(copy)
  if (!pending) {
    pending = (async () => {
      const body = await fs.readFile(file).catch(() => null)
      if (!body || body.length < MIN_COMPRESS_BYTES) return false
      const data = await compress(body, encoding)
      const temporary = path.join(path.dirname(file), `.${path.basename(copy)}.${process.pid}.${randomBytes(4).toString('hex')}`)
      try {
        await fs.writeFile(temporary, data)
        await fs.rename(temporary, copy)
        return true
      } catch {
        await fs.rm(temporary, { force: true }).catch(() => undefined)
        return false
      }
    })().finally(() => making.delete(copy))
    making.set(copy, pending)
  }
  return pending
}

/**
 * The precompressed copy of `file` the client may take, or null. `file` is an absolute path the
 * caller has already confined to the portal's folder. A page of the long tail that has no copy yet
 * gets one made now, in the encoding the client prefers.
 */
export async function compressedCopy(req: Request, file: string): Promise<{ file: string; encoding: string; type: string } | null> {
  if (!isCompressible(file)) return null
  const type = CONTENT_TYPES[path.extname(file)]
  if (!type) return null
  const accepted = acceptedEncodings(req)
  for (const encoding of accepted) {
    const copy = `${file}${suffixOf(encoding)}`
    const stat = await fs.stat(copy).catch(() => null)
    if (stat?.isFile()) return { file: copy, encoding, type }
  }
  const preferred = accepted[0]
  if (!preferred) return null
  const stat = await fs.stat(file).catch(() => null)
  if (!stat?.isFile() || stat.size < MIN_COMPRESS_BYTES) return null
  if (!(await makeCopy(file, preferred))) return null
  return { file: `${file}${suffixOf(preferred)}`, encoding: preferred, type }
}

/** The file a static request names inside `root` (a directory's `index.html`), or null when it leaves `root`. */
export function requestedFile(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const file = path.join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded)
  return file.startsWith(root + path.sep) ? file : null
}

/** Mark a response that depends on Accept-Encoding; keeps what another layer already listed. */
export function varyOnEncoding(res: Response): void {
  const vary = String(res.getHeader('Vary') ?? '')
  if (!/\baccept-encoding\b/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
}

/**
 * Prepare a static request for a precompressed answer: rewrite its URL to the copy and set the
 * headers `serve-static` must not guess from the copy's name. Returns whether it did.
 */
export async function usePrecompressed(req: Request, res: Response, root: string): Promise<boolean> {
  const file = requestedFile(root, req.path)
  if (!file || !isCompressible(file)) return false
  varyOnEncoding(res)
  const copy = await compressedCopy(req, file)
  if (!copy) return false
  res.setHeader('Content-Encoding', copy.encoding)
  res.setHeader('Content-Type', copy.type)
  const query = req.url.indexOf('?')
  req.url = `${req.path}${req.path.endsWith('/') ? 'index.html' : ''}${copy.file.slice(file.length)}${query >= 0 ? req.url.slice(query) : ''}`
  return true
}
