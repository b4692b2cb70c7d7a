import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { PayloadRequest } from 'payload'

import { cong, contributionOf } from '../../cms/src/contributions'
import { requestBuild } from './build/queue'
import { ancestorsOf, descendantsOf, loadSiteTreeAround } from '../../cms/src/lib/hierarchy'
import { idOf } from '../../cms/src/lib/ids'
import { publicationChange } from '../../cms/src/hooks/publication'
import type { AncestorsShow } from './types'

export type Doc = {
  id: number | string
  site?: unknown
  _status?: string
  sharedWith?: unknown[] | null
  shareWithSubordinates?: boolean | null
}

/**
 * Every portal that shows a document, before and after this change: its own, the portals it is
 * shared with (`sharedWith`, `shareWithSubordinates`) and, when its collection says so
 * (`portal.rebuild.ancestors`, news), the portals above it (they aggregate their units' news)
 * when the change touches what they show (`ancestorsAffected`).
 */
async function audience(req: PayloadRequest, siteId: number | string, doc: Doc, previous: Doc | undefined, withAncestors: boolean): Promise<Array<number | string>> {
  // The part of the tree around the portal, not the whole platform: every publish of a news item
  // asks this (its portal's ancestors show it), and reading 4,000 portals each time made publishing
  // slower as the platform grew (issue 17).
  const tree = await loadSiteTreeAround(req.payload, [siteId], req)
  const own = String(siteId)
  const ids = new Set<string>([own, ...(withAncestors ? ancestorsOf(tree, own) : [])])
  for (const version of [doc, previous]) {
    for (const target of version?.sharedWith ?? []) {
      const id = idOf(target)
      if (id !== null) ids.add(String(id))
    }
    if (version?.shareWithSubordinates) for (const id of descendantsOf(tree, own)) ids.add(id)
  }
  const numeric = typeof siteId === 'number'
  return [...ids].map((id) => (numeric ? Number(id) : id))
}

const isShared = (doc: Doc | undefined) => Boolean(doc && (doc.sharedWith !== undefined || doc.shareWithSubordinates !== undefined))

/**
 * Whether the portals above must be rebuilt for this change. With `{ newest, by }` (news: the
 * portals above list each unit's newest) only when a published version of the document, now or
 * before the change, is among the `newest` published documents of its portal: a correction of an
 * older article changes nothing above. Every publish of a unit's article queued its province,
 * whose export reads each of its units' newest news (about a hundred communes after the 2025
 * reorganisation) to find the same pages again (issue 17). One query through the
 * (site, status, date) index: at most `newest` ids.
 */
async function ancestorsAffected(req: PayloadRequest, collectionSlug: string, siteId: number | string, versions: Array<Doc | undefined>, ancestors: AncestorsShow | boolean | undefined): Promise<boolean> {
  if (!ancestors) return false
  if (ancestors === true) return true
  const asked = new Set<string>()
  for (const version of versions) {
    if (!version || (version._status !== undefined && version._status !== 'published')) continue
    const at = (version as Record<string, unknown>)[ancestors.by]
    if (typeof at !== 'string' || !at) return true
    // An edit that kept the date asks the same question of both versions: once is enough.
    if (asked.has(at)) continue
    asked.add(at)
    const newer = await req.payload.find({
      collection: collectionSlug as 'news',
      where: { and: [{ site: { equals: siteId } }, { _status: { equals: 'published' } }, { id: { not_equals: version.id } }, { [ancestors.by]: { greater_than: at } }] },
      limit: ancestors.newest,
      pagination: false,
      depth: 0,
      select: { id: true } as never,
      overrideAccess: true,
      req,
    })
    if (newer.docs.length < ancestors.newest) return true
  }
  return false
}

/**
 * Queue a rebuild of every portal showing `doc` outside of its own save, e.g. when another
 * document's change alters what its page says (a legal document replaced by a new one).
 */
export async function queueBuildsFor(req: PayloadRequest, collectionSlug: string, doc: Doc, reason: string): Promise<void> {
  const siteId = idOf(doc.site)
  if (siteId === null) return
  const rebuild = contributionOf(req.payload, collectionSlug, 'portal')?.rebuild
  const ancestors = await ancestorsAffected(req, collectionSlug, siteId, [doc], rebuild ? rebuild.ancestors : false)
  const targets = isShared(doc) || ancestors ? await audience(req, siteId, doc, undefined, ancestors) : [siteId]
  for (const target of targets) await requestBuild(req.payload, target, reason, req)
}

/**
 * Queue a rebuild of the portal a document belongs to with the save's `req` (on MongoDB the build
 * row and job then exist only if the save commits; on SQLite, which runs without transactions, a
 * failed save may leave a harmless extra build). `own: 'site'` is for the sites
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
    const previous = 'previousDoc' in args ? (args.previousDoc as Doc) : undefined
    const rebuild = cong(collection).portal?.rebuild
    const ancestors = await ancestorsAffected(req, collection.slug, siteId, [doc as Doc, previous], rebuild ? rebuild.ancestors : false)
    const targets = ancestors || isShared(doc as Doc) ? await audience(req, siteId, doc as Doc, previous, ancestors) : [siteId]
    for (const target of targets) await requestBuild(req.payload, target, `${verb} ${what}`, req)
    return doc
  }
}
