/**
 * Documents whose review is due (next review today or earlier): for "Việc của tôi" (those the
 * user owns, and those without owner on the sites where the user is an editor or site admin) and
 * per portal for the compliance dashboard. Only published documents count: a draft that never
 * went out has nothing to keep current.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { isPlatformAdmin, type SessionUser, siteIdsOf } from '../../cms/src/access/roles'
import type { Bilingual } from '../../cms/src/admin/text'
import { idOf } from '../../cms/src/lib/ids'
import { REVIEW_SCHEDULES } from './collections'
import { addDays, daysBetween, dayStart, vnDay } from './dates'
import { SITE_EDITOR_ROLES } from './people'
import { inTransactionOf, type ScheduleRow } from './schedule'

export type OverdueReview = {
  collection: string
  type: Bilingual
  id: string
  title: string
  site: number | string | null
  siteName: string | null
  nextReviewAt: string
  /** 0: due today; more: days past the date. */
  daysOverdue: number
  /** Null: the site's editors. */
  ownerId: number | string | null
}

const LIMIT = 50

/** Rows due today or earlier matching `where`, oldest first. */
async function dueRows(payload: Payload, where: Where[], req?: PayloadRequest): Promise<ScheduleRow[]> {
  const tomorrow = dayStart(addDays(vnDay(new Date()), 1))
  const found = await payload.find({ collection: REVIEW_SCHEDULES as CollectionSlug, where: { and: [{ nextReviewAt: { less_than: tomorrow } }, ...where] }, sort: 'nextReviewAt', depth: 0, pagination: false, overrideAccess: true, req: inTransactionOf(req) })
  return found.docs as unknown as ScheduleRow[]
}

/** The rows whose document is published (one query per collection). */
async function publishedOnly(payload: Payload, rows: ScheduleRow[], req?: PayloadRequest): Promise<ScheduleRow[]> {
  const byCollection = new Map<string, ScheduleRow[]>()
  for (const row of rows) byCollection.set(row.collection, [...(byCollection.get(row.collection) ?? []), row])
  const published = new Set<string>()
  for (const [collection, list] of byCollection) {
    if (!payload.collections[collection as CollectionSlug]) continue
    const numeric = payload.db.defaultIDType === 'number'
    const ids = list.map((r) => (numeric ? Number(r.document) : r.document))
    const found = await payload.find({ collection: collection as CollectionSlug, where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] }, draft: false, depth: 0, pagination: false, overrideAccess: true, req: inTransactionOf(req), select: { id: true } as never })
    for (const doc of found.docs as unknown as Array<{ id: number | string }>) published.add(`${collection}:${doc.id}`)
  }
  return rows.filter((r) => published.has(`${r.collection}:${r.document}`))
}

function typeOf(payload: Payload, collection: string): Bilingual {
  const singular = payload.collections[collection as CollectionSlug]?.config.labels?.singular
  return singular && typeof singular === 'object' ? { vi: String((singular as Record<string, string>).vi ?? collection), en: String((singular as Record<string, string>).en ?? collection) } : { vi: String(singular ?? collection), en: String(singular ?? collection) }
}

/** What "Việc của tôi" lists under "Đến hạn rà soát": the newest `LIMIT` and how many there are. */
export async function overdueReviewsFor(payload: Payload, user: SessionUser, req?: PayloadRequest): Promise<{ items: OverdueReview[]; count: number }> {
  const editorSites = isPlatformAdmin(user) ? [] : siteIdsOf(user, SITE_EDITOR_ROLES)
  const numeric = payload.db.defaultIDType === 'number'
  const mine: Where[] = [{ owner: { equals: user.id } }]
  if (editorSites.length) mine.push({ and: [{ owner: { exists: false } }, { site: { in: editorSites.map((s) => (numeric ? Number(s) : s)) } }] })
  const rows = await publishedOnly(payload, await dueRows(payload, [{ or: mine }], req), req)
  const today = vnDay(new Date())
  const siteIds = [...new Set(rows.map((r) => idOf(r.site)).filter((s): s is number | string => s !== null))]
  const names = new Map<string, string>()
  if (siteIds.length) {
    const sites = await payload.find({ collection: 'sites', where: { id: { in: siteIds } }, depth: 0, pagination: false, locale: 'vi', overrideAccess: true, req: inTransactionOf(req), select: { name: true } as never })
    for (const s of sites.docs as unknown as Array<{ id: number | string; name?: string }>) names.set(String(s.id), s.name ?? '')
  }
  const items = rows.slice(0, LIMIT).map((row) => ({
    collection: row.collection,
    type: typeOf(payload, row.collection),
    id: row.document,
    title: row.title ?? `#${row.document}`,
    site: idOf(row.site),
    siteName: names.get(String(idOf(row.site))) ?? null,
    nextReviewAt: row.nextReviewAt!,
    daysOverdue: daysBetween(vnDay(row.nextReviewAt!), today),
    ownerId: idOf(row.owner),
  }))
  return { items, count: rows.length }
}

/** Published documents due for review, per site id (as a string). */
export async function overdueCountsBySite(payload: Payload, req?: PayloadRequest): Promise<Map<string, number>> {
  const rows = await publishedOnly(payload, await dueRows(payload, [], req), req)
  const counts = new Map<string, number>()
  for (const row of rows) {
    const site = String(idOf(row.site))
    counts.set(site, (counts.get(site) ?? 0) + 1)
  }
  return counts
}
