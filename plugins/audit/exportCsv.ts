import { stringify } from 'csv-stringify/sync'
import type { PayloadHandler, Where } from 'payload'

import { asUser, isPlatformAdmin } from '../../cms/src/access/roles'
import { AUDIT_ACTION_LABELS, collectionLabel } from './labels'
import type { AuditAction } from './record'

const MAX_ROWS = 100_000
const PAGE = 1000

/** `2026-11-24 08:05:09`: Vietnam time, sortable, read as a date by spreadsheets. */
const vnTime = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')

/**
 * CSV of the audit log, honouring the same `where` filters as the list view. Platform admins
 * only. Headers, actions and collections in Vietnamese, sites by name, times in Vietnam time.
 */
export const exportAuditCsv: PayloadHandler = async (req) => {
  if (!isPlatformAdmin(asUser(req))) {
    return Response.json({ errors: [{ message: 'Chỉ quản trị nền tảng được xuất nhật ký. / Platform admins only.' }] }, { status: 403 })
  }
  const where = (req.query?.where ?? {}) as Where
  const rows: string[][] = [['Thời gian (giờ Việt Nam)', 'Thao tác', 'Email', 'Loại dữ liệu', 'Mã bản ghi', 'Tiêu đề', 'Trang', 'Địa chỉ IP', 'Chi tiết']]
  const siteNames = new Map<string, string>()
  const siteName = async (id: unknown): Promise<string> => {
    if (id === null || id === undefined) return ''
    const key = String(id)
    if (!siteNames.has(key)) {
      const site = (await req.payload.findByID({ collection: 'sites', id: id as number, depth: 0, overrideAccess: true, req, disableErrors: true, select: { name: true } as never })) as { name?: string } | null
      siteNames.set(key, site?.name ?? key)
    }
    return siteNames.get(key)!
  }
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
        vnTime(e.createdAt),
        AUDIT_ACTION_LABELS[e.action as AuditAction]?.vi ?? e.action,
        e.email ?? '',
        collectionLabel(req.payload, e.collectionSlug, 'vi'),
        e.docId ?? '',
        e.title ?? '',
        await siteName(e.site),
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
