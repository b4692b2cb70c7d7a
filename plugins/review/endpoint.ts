/**
 * The review of one document, for the edit view:
 * - `GET /api/<collection>/:id/review`: owner, last and next review, the interval, the staff who
 *   may own it and whether the user may change it;
 * - `POST /api/<collection>/:id/review {owner, nextReviewAt}`: a new owner (a user of the site, or
 *   null for the site's editors) and next review day (`YYYY-MM-DD`, today or later, or null);
 * - `POST /api/<collection>/:id/reviewed`: "Đã rà soát": last review today, next one an interval on.
 * The user must be able to read the document and be staff of its site (404 otherwise); changes
 * need `mayEditReview` (403).
 */
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { readableDraft, userAndBody } from '../../cms/src/access/request'
import { asUser, isPlatformAdmin, rolesOn, type SessionUser } from '../../cms/src/access/roles'
import { bus } from '../../cms/src/lib/bus'
import { fail } from '../../cms/src/lib/endpoint'
import { idOf } from '../../cms/src/lib/ids'
import { queueBuildsFor } from '../portals/queueBuild'
import { daysBetween, dayStart, parseDay, vnDay } from './dates'
import { displayName, mayEditReview, staffOf } from './people'
import { type Doc, ensureRow, intervalFor, nextAfter, reviewPart, type ScheduleRow, updateRow } from './schedule'
import type { ReviewState } from './types'

async function stateOf(req: PayloadRequest, collection: string, doc: Doc, user: SessionUser, row: ScheduleRow): Promise<ReviewState> {
  const site = idOf(doc.site)
  const [months, staff] = await Promise.all([intervalFor(req.payload, collection, site, req), site === null ? Promise.resolve([]) : staffOf(req.payload, site, req)])
  const ownerId = idOf(row.owner)
  const owner = ownerId === null ? null : (staff.find((p) => String(p.id) === String(ownerId)) ?? null)
  const next = row.nextReviewAt ? vnDay(row.nextReviewAt) : null
  return {
    collection,
    id: String(doc.id),
    owner: owner ? { id: owner.id, name: displayName(owner) } : ownerId === null ? null : { id: ownerId, name: `#${ownerId}` },
    lastReviewedAt: row.lastReviewedAt ?? null,
    nextReviewAt: row.nextReviewAt ?? null,
    months,
    daysLeft: next ? daysBetween(vnDay(new Date()), next) : null,
    candidates: staff.map((p) => ({ id: p.id, name: displayName(p) })),
    canEdit: mayEditReview(user, site, row.owner),
  }
}

/** The document as the user may read it, with its review row; null unless the user is staff of its site. */
async function load(req: PayloadRequest, collection: string, user: SessionUser) {
  const doc = (await readableDraft(req, collection as CollectionSlug, user)) as Doc | null
  // Published documents are public; their review (owner, the site's staff) is for the site's staff.
  if (!doc || (!isPlatformAdmin(user) && rolesOn(user, idOf(doc.site)).length === 0)) return null
  const row = await ensureRow(req.payload, collection, doc, doc.updatedAt ?? new Date().toISOString(), req)
  return { doc, row }
}

const notFound = () => fail(404, 'Không tìm thấy tài liệu. / Not found.')
const forbidden = () => fail(403, 'Bạn không có quyền thay đổi việc rà soát tài liệu này. / You may not change this document’s review.')

const Body = z
  .object({
    owner: z.union([z.number().int().positive(), z.string().regex(/^[A-Za-z0-9-]{1,64}$/), z.null()], { message: 'owner phải là mã người dùng hoặc null (biên tập viên của cổng). / owner must be a user id or null (the site’s editors).' }).optional(),
    nextReviewAt: z.union([z.string(), z.null()], { message: 'nextReviewAt phải là ngày YYYY-MM-DD hoặc null. / nextReviewAt must be a YYYY-MM-DD day or null.' }).optional(),
  })
  .strict()

export function reviewEndpoints(collection: string): Endpoint[] {
  return [
    {
      path: '/:id/review',
      method: 'get',
      handler: async (req) => {
        const user = asUser(req)
        if (!user) return fail(401, 'Cần đăng nhập. / Login required.')
        const found = await load(req, collection, user)
        if (!found) return notFound()
        return Response.json(await stateOf(req, collection, found.doc, user, found.row), { headers: { 'Cache-Control': 'no-store' } })
      },
    },
    {
      path: '/:id/review',
      method: 'post',
      handler: async (req) => {
        const input = await userAndBody(req, Body)
        if (input instanceof Response) return input
        const { user, body } = input
        const found = await load(req, collection, user)
        if (!found) return notFound()
        const { doc, row } = found
        const site = idOf(doc.site)
        if (!mayEditReview(user, site, row.owner)) return forbidden()
        const data: Partial<ScheduleRow> = {}
        if (body.owner !== undefined) {
          if (body.owner === null) data.owner = null
          else {
            const staff = site === null ? [] : await staffOf(req.payload, site, req)
            const person = staff.find((p) => String(p.id) === String(body.owner))
            if (!person) return fail(400, 'Người phụ trách phải là người dùng đang hoạt động của cổng này. / The owner must be an active user of this site.')
            data.owner = person.id
          }
        }
        if (body.nextReviewAt !== undefined) {
          if (body.nextReviewAt === null || body.nextReviewAt === '') data.nextReviewAt = null
          else {
            const day = /^\d{4}-\d{2}-\d{2}$/.test(body.nextReviewAt) ? parseDay(body.nextReviewAt) : null
            if (!day) return fail(400, 'Ngày rà soát tới phải có dạng YYYY-MM-DD. / nextReviewAt must be a YYYY-MM-DD day.')
            if (day < vnDay(new Date())) return fail(400, 'Ngày rà soát tới không được ở trong quá khứ. / The next review cannot be in the past.')
            if (daysBetween(vnDay(new Date()), day) > 10 * 366) return fail(400, 'Ngày rà soát tới tối đa 10 năm kể từ hôm nay. / The next review is at most 10 years away.')
            data.nextReviewAt = dayStart(day)
          }
        }
        const updated = Object.keys(data).length ? await updateRow(req.payload, row, data, req) : row
        // The compliance dashboard counts overdue reviews.
        bus().publish('cache:compliance')
        return Response.json({ ...(await stateOf(req, collection, doc, user, updated)), message: 'Đã lưu. / Saved.' })
      },
    },
    {
      path: '/:id/reviewed',
      method: 'post',
      handler: async (req) => {
        const user = asUser(req)
        if (!user) return fail(401, 'Cần đăng nhập. / Login required.')
        const found = await load(req, collection, user)
        if (!found) return notFound()
        const { doc, row } = found
        const site = idOf(doc.site)
        if (!mayEditReview(user, site, row.owner)) return forbidden()
        const today = vnDay(new Date())
        const months = await intervalFor(req.payload, collection, site, req)
        const updated = await updateRow(req.payload, row, { lastReviewedAt: new Date().toISOString(), nextReviewAt: nextAfter(today, months) }, req)
        bus().publish('cache:compliance')
        // The portal page shows the dates: rebuild it when the document is on the portal.
        if (reviewPart(req.payload, collection).public) {
          const published = await req.payload.findByID({ collection: collection as CollectionSlug, id: doc.id, draft: false, depth: 0, overrideAccess: true, disableErrors: true, req: { transactionID: req.transactionID } as PayloadRequest })
          if ((published as Doc | null)?._status === 'published') await queueBuildsFor(req, collection, published as Doc, `rà soát ${collection} #${doc.id}`)
        }
        return Response.json({ ...(await stateOf(req, collection, doc, user, updated)), message: 'Đã ghi nhận rà soát. / Marked as reviewed.' })
      },
    },
  ]
}
