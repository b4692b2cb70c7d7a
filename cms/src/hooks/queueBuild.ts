import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { requestBuild } from '../build/queue'

type Doc = { id: number | string; site?: unknown; _status?: string; title?: unknown; name?: unknown }

function idOf(value: unknown): number | string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return value as number | string
}

/** Whether a save changes what citizens can see (drafts of unpublished items do not). */
function touchesPublicContent(doc: Doc, previous: Doc | undefined): boolean {
  if (doc._status === undefined) return true
  return doc._status === 'published' || previous?._status === 'published'
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
    const previous = 'previousDoc' in args ? (args.previousDoc as Doc | undefined) : undefined
    const isDelete = !('operation' in args)
    if (!isDelete && !touchesPublicContent(doc as Doc, previous)) return doc
    const siteId = own === 'site' ? (doc as Doc).id : idOf((doc as Doc).site)
    if (siteId === null) return doc
    const what = `${collection.slug} #${(doc as Doc).id}`
    const verb = isDelete ? 'xóa' : (doc as Doc)._status === 'draft' ? 'gỡ xuất bản' : 'cập nhật'
    await requestBuild(req.payload, siteId, `${verb} ${what}`, req)
    return doc
  }
}
