/** Hooks on every reviewed collection: the review row follows its document. */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug } from 'payload'

import { idOf } from '../../cms/src/lib/ids'
import { REVIEW_SCHEDULES } from './collections'
import { type Doc, ensureRow, followDocument, inTransactionOf, keyOf, rowOf, titleOf } from './schedule'

/**
 * A new document gets its row (next review from today); an existing one without a row (made
 * before review dates) gets one counted from its last change; a move to another site (merger)
 * or a new title is copied onto the row.
 */
export const keepReviewRow: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection }) => {
  const slug = collection.slug
  const current = doc as Doc
  if (operation === 'create') {
    await ensureRow(req.payload, slug, current, new Date().toISOString(), req)
    return doc
  }
  const row = await rowOf(req.payload, slug, current.id, req)
  if (!row) {
    await ensureRow(req.payload, slug, current, (previousDoc as Doc | undefined)?.updatedAt ?? new Date().toISOString(), req)
    return doc
  }
  const site = idOf(current.site)
  // English saves carry the English title; the row keeps the Vietnamese one.
  const title = req.locale === 'en' ? row.title : titleOf(req.payload, slug, current)
  if (String(site) !== String(idOf(row.site)) || title !== row.title) await followDocument(req.payload, row, { site, title }, req)
  return doc
}

export const dropReviewRow: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await req.payload.delete({ collection: REVIEW_SCHEDULES as CollectionSlug, where: { key: { equals: keyOf(collection.slug, (doc as Doc).id) } }, overrideAccess: true, req: inTransactionOf(req) })
  return doc
}
