/**
 * The review dates a portal shows ("Rà soát lần cuối … / lần tới …"): for every type declaring
 * `review.public`, the published documents of the site with their page's path (`portal.path`).
 */
import type { CollectionSlug, Where } from 'payload'

import { contributionOf } from '../../cms/src/contributions'
import type { ReviewDates } from '../../cms/src/contracts/portal'
import type { PortalExporter } from '../portals/types'
import { REVIEW_SCHEDULES } from './collections'
import { vnDay } from './dates'
import { reviewedCollections, reviewPart, type ScheduleRow } from './schedule'

export const reviewExporter: PortalExporter = {
  name: 'review',
  exportSite: async ({ payload, site }) => {
    const reviews: ReviewDates[] = []
    for (const collection of reviewedCollections(payload)) {
      const path = contributionOf(payload, collection, 'portal')?.path
      if (!reviewPart(payload, collection).public || !path) continue
      const rows = (await payload.find({ collection: REVIEW_SCHEDULES as CollectionSlug, where: { and: [{ collection: { equals: collection } }, { site: { equals: site.id } }] }, depth: 0, pagination: false, overrideAccess: true })).docs as unknown as ScheduleRow[]
      const dated = rows.filter((r) => r.lastReviewedAt || r.nextReviewAt)
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
