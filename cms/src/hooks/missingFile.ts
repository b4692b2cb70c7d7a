/**
 * A file the database names but the disk no longer holds (deleted by hand, a restore without
 * the upload folders, a file name typed into the URL by someone allowed to read every file):
 * Payload answers it with a 500. This handler of every upload collection answers 404 instead.
 * It runs after Payload's access check (so a 404 tells nothing to whom the file is closed) and
 * before Payload streams the file, which it leaves to Payload when the file is there.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { CollectionConfig } from 'payload'

type Handler = NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']>[number]

export function missingFileHandler(collection: Pick<CollectionConfig, 'slug' | 'upload'>): Handler {
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  const dir = path.resolve(upload.staticDir || collection.slug)
  const handler = async (_req: unknown, { params }: { params: { filename: string } }): Promise<Response | undefined> => {
    const file = path.resolve(dir, params.filename)
    // Payload refuses a name leading out of the folder itself (400).
    if (!file.startsWith(dir + path.sep)) return undefined
    try {
      await fs.stat(file)
      return undefined
    } catch {
      return Response.json({ errors: [{ message: 'Không tìm thấy tệp. / File not found.' }] }, { status: 404, headers: { 'Cache-Control': 'no-store' } })
    }
  }
  // Payload's type says void; a handler that lets the file through returns nothing at run time.
  return handler as Handler
}

/** Adds the handler to an upload collection (first, before any other). */
export function withMissingFile404(collection: CollectionConfig): CollectionConfig {
  if (!collection.upload) return collection
  const upload = typeof collection.upload === 'object' ? collection.upload : {}
  return { ...collection, upload: { ...upload, handlers: [missingFileHandler(collection), ...(upload.handlers ?? [])] } }
}
