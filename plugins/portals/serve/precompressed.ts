/**
 * Serving the precompressed copies a release holds (`<file>.br`, `<file>.gz`, written by the
 * release writer): a request for a page whose client accepts brotli or gzip is answered from the
 * copy, with `Content-Encoding`, the page's own `Content-Type` and `Vary: Accept-Encoding`.
 * Portal folders are symlinks switched on every publish, so copies are looked up per request
 * (one `stat`), never indexed at start (which is why a library that scans the folder once does
 * not fit; ADR 0013).
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Request, Response } from 'express'

import { ENCODINGS, isCompressible } from '../build/precompress'

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
function acceptedEncodings(req: Request): string[] {
  return ENCODINGS.map((e) => e.encoding).filter((e) => req.acceptsEncodings(e) === e)
}

/**
 * The precompressed copy of `file` the client may take, or null. `file` is an absolute path the
 * caller has already confined to the portal's folder.
 */
export async function compressedCopy(req: Request, file: string): Promise<{ file: string; encoding: string; type: string } | null> {
  if (!isCompressible(file)) return null
  const type = CONTENT_TYPES[path.extname(file)]
  if (!type) return null
  for (const encoding of acceptedEncodings(req)) {
    const suffix = ENCODINGS.find((e) => e.encoding === encoding)!.suffix
    const stat = await fs.stat(`${file}${suffix}`).catch(() => null)
    if (stat?.isFile()) return { file: `${file}${suffix}`, encoding, type }
  }
  return null
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
