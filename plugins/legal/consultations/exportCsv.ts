/**
 * `GET /api/consultations/:id/comments.csv`: every comment on a consultation, with the personal
 * data, for the staff who moderate the consultation's site (and platform admins). UTF-8 with a BOM
 * so that Excel opens the Vietnamese text correctly.
 */
import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest } from 'payload'

import { asUser, isPlatformAdmin, rolesOn } from '../../../cms/src/access/roles'
import { fail } from '../../../cms/src/lib/endpoint'
import { idOf } from '../../../cms/src/lib/ids'

const MODERATION_ROLES = ['site-admin', 'editor', 'approver', 'moderator']
const MODERATION_LABELS: Record<string, string> = { pending: 'Chờ duyệt', approved: 'Đã duyệt', rejected: 'Không công khai' }
const PAGE = 500

export const commentsCsvEndpoint: Endpoint = {
  path: '/:id/comments.csv',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const user = asUser(req)
    if (!user) return fail(401, 'Cần đăng nhập. / Login required.')
    const consultation = await req.payload.findByID({
      collection: 'consultations',
      id: req.routeParams?.id as string,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (!consultation) return fail(404, 'Không tìm thấy dự thảo. / Consultation not found.')
    const site = idOf(consultation.site)
    if (!isPlatformAdmin(user) && !rolesOn(user, site).some((r) => MODERATION_ROLES.includes(r))) {
      return fail(403, 'Chỉ cán bộ của trang sở hữu dự thảo được xuất góp ý. / Only the staff of the consultation’s site may export its comments.')
    }
    const rows: string[][] = [['ma_bien_nhan', 'thoi_gian', 'ho_ten', 'email', 'co_quan_to_chuc', 'dieu', 'noi_dung', 'kiem_duyet', 'nguon']]
    for (let page = 1; ; page++) {
      const result = await req.payload.find({
        collection: 'consultation-comments',
        where: { consultation: { equals: consultation.id } },
        sort: 'createdAt',
        limit: PAGE,
        page,
        depth: 0,
        overrideAccess: true,
        req,
      })
      for (const c of result.docs) {
        rows.push([c.receipt ?? '', c.createdAt, c.name, c.email, c.organisation ?? '', c.article ?? '', c.comment, MODERATION_LABELS[c.moderation] ?? c.moderation, c.source ?? ''])
      }
      if (!result.hasNextPage) break
    }
    const slug = (consultation as { slug?: string }).slug || String(consultation.id)
    return new Response('\uFEFF' + stringify(rows), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="gop-y-${slug}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
