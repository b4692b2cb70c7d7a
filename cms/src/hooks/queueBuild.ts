import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { requestBuild } from '../build/queue'
import { publicationChange } from './publication'

type Doc = { id: number | string; site?: unknown; _status?: string; title?: unknown; name?: unknown }

function idOf(value: unknown): number | string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return value as number | string
}

/**
 * Queue a rebuild of the portal a document belongs to, inside the same transaction as the save
 * (the build row and job exist only if the save commits). `own: 'site'` is for the sites
 * collection itself. Seeding and bulk imports pass `context.skipBuild` and queue once at the end.
 */
export function queueSiteBuild(own: 'site' | 'field' = 'field'): CollectionAfterChangeHook & CollectionAfterDeleteHook {
  return async (args) => {
    const { doc, req, collection, context } = args
    if (context?.skipBuild) return doc
    const isDelete = !('operation' in args)
    // Versioned documents change the portal only when published or unpublished; draft saves and
    // edits of never-published drafts do not.
    const versioned = (doc as Doc)._status !== undefined
    if (!isDelete && versioned && publicationChange(doc as Record<string, unknown>, context ?? {}) === null) return doc
    const siteId = own === 'site' ? (doc as Doc).id : idOf((doc as Doc).site)
    if (siteId === null) return doc
    const what = `${collection.slug} #${(doc as Doc).id}`
    const verb = isDelete ? 'xóa' : versioned && (doc as Doc)._status === 'draft' ? 'gỡ xuất bản' : 'cập nhật'
    await requestBuild(req.payload, siteId, `${verb} ${what}`, req)
    return doc
  }
}
