/**
 * The review dates a portal shows ("Rà soát lần cuối … / lần tới …"): for every type declaring
 * `review.public`, the published documents of the site with their page's path (`portal.path`).
 * The rows of a build run's sites are read once (`prepare`), then each type's documents that
 * have dates.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { contributionOf } from '../../cms/src/contributions'
import type { ReviewDates } from '../../cms/src/contracts/portal'
import { idOf } from '../../cms/src/lib/ids'
import type { PortalExporter } from '../portals/types'
import { REVIEW_SCHEDULES } from './collections'
import { vnDay } from './dates'
import { reviewedCollections, reviewPart, type ScheduleRow } from './schedule'

const KEY = 'review:rows'

/** The public types' review rows of the sites, one read for all (a build run's sites, or one portal's). */
async function rowsOf(payload: Payload, collections: string[], sites: ReadonlyArray<number | string>): Promise<Map<string, ScheduleRow[]>> {
  const bySite = new Map<string, ScheduleRow[]>()
  if (collections.length === 0 || sites.length === 0) return bySite
  const where: Where = { and: [{ collection: { in: collections } }, { site: { in: [...sites] } }] }
  // Sorted by site, the index the filter reads (not by creation: a plan that could walk every row in that order).
  const rows = (await payload.find({ collection: REVIEW_SCHEDULES as CollectionSlug, where, sort: 'site', depth: 0, pagination: false, overrideAccess: true })).docs as unknown as ScheduleRow[]
  for (const row of rows) {
    const site = String(idOf(row.site as never))
    bySite.set(site, [...(bySite.get(site) ?? []), row])
  }
  return bySite
}

/** The types whose pages show their review dates. */
const publicCollections = (payload: Payload) => reviewedCollections(payload).filter((c) => reviewPart(payload, c).public && contributionOf(payload, c, 'portal')?.path)

export const reviewExporter: PortalExporter = {
  name: 'review',
  prepare: async (payload, context) => {
    if (context.scope?.length) context.data.set(KEY, await rowsOf(payload, publicCollections(payload), context.scope))
  },
  exportSite: async ({ payload, site, context }) => {
    const reviews: ReviewDates[] = []
    const collections = publicCollections(payload)
    const prepared = context.data.get(KEY) as Map<string, ScheduleRow[]> | undefined
    const scoped = prepared && context.scope?.some((id) => String(id) === String(site.id))
    const rows = scoped ? (prepared.get(String(site.id)) ?? []) : ((await rowsOf(payload, collections, [site.id])).get(String(site.id)) ?? [])
    for (const collection of collections) {
      const path = contributionOf(payload, collection, 'portal')!.path!
      const dated = rows.filter((r) => r.collection === collection && (r.lastReviewedAt || r.nextReviewAt))
      if (dated.length === 0) continue
      const numeric = payload.db.defaultIDType === 'number'
      const where: Where = { id: { in: dated.map((r) => (numeric ? Number(r.document) : r.document)) } }
      // As an anonymous reader: only what is published.
      const docs = await payload.find({ collection: collection as CollectionSlug, where, draft: false, overrideAccess: false, depth: 0, pagination: false, locale: 'vi' })
      const byId = new Map((docs.docs as unknown as Array<Record<string, unknown>>).map((d) => [String(d.id), d]))
      for (const row of dated) {
        const doc = byId.get(row.document)
        const at = doc ? path(doc as never) : null
        if (!at) continue
        reviews.push({ path: at, lastReviewed: row.lastReviewedAt ? vnDay(row.lastReviewedAt) : null, nextReview: row.nextReviewAt ? vnDay(row.nextReviewAt) : null })
      }
    }
    return { reviews: reviews.sort((a, b) => a.path.localeCompare(b.path)) }
  },
}
