import { stringify } from 'csv-stringify/sync'
import type { PayloadHandler, Where } from 'payload'

import { asUser, isPlatformAdmin } from '../../cms/src/access/roles'

const MAX_ROWS = 100_000
const PAGE = 1000

/** CSV of the audit log, honouring the same `where` filters as the list view. Platform admins only. */
export const exportAuditCsv: PayloadHandler = async (req) => {
  if (!isPlatformAdmin(asUser(req))) {
    return Response.json({ errors: [{ message: 'Chỉ quản trị nền tảng được xuất nhật ký. / Platform admins only.' }] }, { status: 403 })
  }
  const where = (req.query?.where ?? {}) as Where
  const rows: string[][] = [['thoi_gian', 'thao_tac', 'email', 'loai_du_lieu', 'ma_ban_ghi', 'tieu_de', 'trang', 'ip', 'chi_tiet']]
  for (let page = 1; rows.length <= MAX_ROWS; page++) {
    const result = await req.payload.find({
      collection: 'audit-log',
      where,
      sort: '-createdAt',
      limit: PAGE,
      page,
      depth: 0,
      overrideAccess: false,
      req,
    })
    for (const e of result.docs) {
      rows.push([
        e.createdAt,
        e.action,
        e.email ?? '',
        e.collectionSlug ?? '',
        e.docId ?? '',
        e.title ?? '',
        e.site === null || e.site === undefined ? '' : String(e.site),
        e.ip ?? '',
        e.detail ? JSON.stringify(e.detail) : '',
      ])
    }
    if (!result.hasNextPage) break
  }
  // A BOM lets Excel open the Vietnamese text as UTF-8.
  const csv = '\uFEFF' + stringify(rows)
  const stamp = new Date().toISOString().slice(0, 10)
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="nhat-ky-${stamp}.csv"`,
    },
  })
}
