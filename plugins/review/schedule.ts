/**
 * One document's review row: created with the document (next review = today + the interval
 * that applies), kept in step with its site and title, read and changed by the edit view.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { contributionOf } from '../../cms/src/contributions'
import { idOf } from '../../cms/src/lib/ids'
import { REVIEW_SCHEDULES } from './collections'
import { addMonths, dayStart, vnDay } from './dates'
import type { ReviewContribution } from './types'

export type Doc = Record<string, unknown> & { id: number | string; site?: unknown; updatedAt?: string; createdAt?: string; _status?: string }
export type ScheduleRow = {
  id: number | string
  key: string
  collection: string
  document: string
  title?: string | null
  site?: unknown
  owner?: unknown
  lastReviewedAt?: string | null
  nextReviewAt?: string | null
}

/** Reads and writes inside the transaction of `req` (a hook's), without changing its locale. */
export const inTransactionOf = (req?: PayloadRequest): PayloadRequest | undefined => (req ? ({ transactionID: req.transactionID } as PayloadRequest) : undefined)

export const keyOf = (collection: string, id: number | string) => `${collection}:${id}`

/** Every collection whose documents are reviewed: those following the editorial workflow. */
export function reviewedCollections(payload: Payload): string[] {
  return Object.values(payload.collections)
    .filter((c) => contributionOf(payload, c.config.slug, 'workflow'))
    .map((c) => c.config.slug)
}

export function reviewPart(payload: Payload, collection: string): ReviewContribution {
  return contributionOf(payload, collection, 'review') ?? {}
}

/** The field a collection's documents are titled by (as "Việc của tôi" names them). */
export function titleField(payload: Payload, collection: string): string {
  const workflow = contributionOf(payload, collection, 'workflow')
  return workflow?.titleField ?? payload.collections[collection as CollectionSlug]?.config.admin?.useAsTitle ?? 'title'
}

export function titleOf(payload: Payload, collection: string, doc: Doc): string {
  const value = doc[titleField(payload, collection)]
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 300) : `#${doc.id}`
}

export type SiteSettings = { id: number | string; reviewIntervals?: Array<{ collection?: string | null; months?: number | null }> | null }

/**
 * The interval (months) between reviews of `collection`'s documents on a site: the site's own
 * setting for the type if it has one (0 = none), else the type's default; null = no review date.
 */
export async function intervalFor(payload: Payload, collection: string, siteId: number | string | null, req?: PayloadRequest, cache?: Map<string, SiteSettings | null>): Promise<number | null> {
  let site: SiteSettings | null = null
  if (siteId !== null) {
    const key = String(siteId)
    if (cache?.has(key)) site = cache.get(key)!
    else {
      site = (await payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, disableErrors: true, req: inTransactionOf(req), select: { reviewIntervals: true } as never })) as SiteSettings | null
      cache?.set(key, site)
    }
  }
  const own = site?.reviewIntervals?.find((r) => r.collection === collection)
  if (own && typeof own.months === 'number') return own.months > 0 ? own.months : null
  const months = reviewPart(payload, collection).months
  return typeof months === 'number' && months > 0 ? months : null
}

export async function findRow(payload: Payload, collection: string, id: number | string, req?: PayloadRequest): Promise<ScheduleRow | null> {
  const found = await payload.find({ collection: REVIEW_SCHEDULES as CollectionSlug, where: { key: { equals: keyOf(collection, id) } }, limit: 1, depth: 0, overrideAccess: true, req: inTransactionOf(req), pagination: false })
  return (found.docs[0] as unknown as ScheduleRow | undefined) ?? null
}

/** The same read through the adapter alone (no hooks, access or field reads): for the save hook. */
export async function rowOf(payload: Payload, collection: string, id: number | string, req?: PayloadRequest): Promise<ScheduleRow | null> {
  return ((await payload.db.findOne({ collection: REVIEW_SCHEDULES, where: { key: { equals: keyOf(collection, id) } }, req: inTransactionOf(req) })) as unknown as ScheduleRow | null) ?? null
}

/** The next review after `day` for the interval, stored as the start of that Vietnamese day. */
export const nextAfter = (day: string, months: number | null): string | null => (months ? dayStart(addMonths(day, months)) : null)

/**
 * The document's review row, created when missing: owner empty (the site's editors), next review
 * `months` after `since` (the day the document was created, or last changed for one that existed
 * before review dates did). `options.missing`: the caller has just looked and found none (the
 * backfill), so it is not looked for first; `options.sites` caches the sites' intervals.
 */
export async function ensureRow(
  payload: Payload,
  collection: string,
  doc: Doc,
  since: string,
  req?: PayloadRequest,
  options: { missing?: boolean; sites?: Map<string, SiteSettings | null> } = {},
): Promise<ScheduleRow> {
  if (!options.missing) {
    const existing = await findRow(payload, collection, doc.id, req)
    if (existing) return existing
  }
  const site = idOf(doc.site)
  const months = await intervalFor(payload, collection, site, req, options.sites)
  const data = { key: keyOf(collection, doc.id), collection, document: String(doc.id), title: titleOf(payload, collection, doc), site, owner: null, lastReviewedAt: null, nextReviewAt: nextAfter(vnDay(since), months) }
  try {
    // The backfill's rows (many thousands in a run after a bulk import) through the adapter alone:
    // the collection has no hooks and its values are computed here; the operation's reads,
    // validation and field hooks made each row cost about 4 ms.
    if (options.missing) {
      const now = new Date().toISOString()
      return (await payload.db.create({ collection: REVIEW_SCHEDULES, data: { ...data, createdAt: now, updatedAt: now }, req: inTransactionOf(req) })) as unknown as ScheduleRow
    }
    return (await payload.create({ collection: REVIEW_SCHEDULES as CollectionSlug, data: data as never, depth: 0, overrideAccess: true, req: inTransactionOf(req) })) as unknown as ScheduleRow
  } catch (err) {
    // Another process created it first (the key is unique).
    const row = await findRow(payload, collection, doc.id, req)
    if (row) return row
    throw err
  }
}

/**
 * The row copies its document's site and title (a save of the document, in its transaction): one
 * statement through the adapter, without the update operation's reads, lock check and audit
 * entry (the document's own save is audited; the copy is not a change anyone made).
 */
export async function followDocument(payload: Payload, row: ScheduleRow, data: { site: number | string | null; title?: string | null }, req?: PayloadRequest): Promise<void> {
  await payload.db.updateOne({ collection: REVIEW_SCHEDULES, id: row.id, data: { ...data, updatedAt: new Date().toISOString() }, req: inTransactionOf(req), returning: false })
}

export async function updateRow(payload: Payload, row: ScheduleRow, data: Partial<Omit<ScheduleRow, 'id' | 'key'>>, req?: PayloadRequest): Promise<ScheduleRow> {
  return (await payload.update({ collection: REVIEW_SCHEDULES as CollectionSlug, id: row.id, data: data as never, depth: 0, overrideAccess: true, req: inTransactionOf(req) })) as unknown as ScheduleRow
}
