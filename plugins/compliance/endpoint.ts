/**
 * GET /api/compliance      the dashboard's rows as JSON
 * GET /api/compliance.csv  the same rows as CSV (UTF-8 with BOM, Vietnamese headers)
 * GET /api/compliance/site?id=…  one portal's sections: the newest document that counted for
 *                          each and what counts (the view's "Xem cả 15 mục")
 *
 * Query: `sort` (a column, default `priority`: portals needing attention first), `dir` (asc|desc),
 * `level` (one administrative level), `q` (part of a name or slug, accents ignored), `fresh=1`
 * (recompute now instead of reusing the report computed in the last 30 seconds).
 * Platform admins see every active portal, site admins the portals they administer; anyone
 * else gets 403.
 */
import { stringify } from 'csv-stringify/sync'
import type { Endpoint, PayloadRequest } from 'payload'

import { asUser, isPlatformAdmin, siteIdsOf } from '../../cms/src/access/roles'
import { mustEnrolTwoFactor, type TwoFactorUser } from '../two-factor/settings'
import { LEVEL_LABELS } from '../site-scoping/Sites'
import { SITE_LEVELS } from '../../cms/src/contracts/portal'
import { fail } from '../../cms/src/lib/endpoint'
import { explainSite } from './explain'
import { type ComplianceReport, type ComplianceRow, complianceReport, defaultDir, filterRows, SORT_KEYS, type SortDir, type SortKey, sortRows } from './report'

type Level = (typeof SITE_LEVELS)[number]
export type ComplianceQuery = { sort: SortKey; dir: SortDir; level?: Level; q?: string; fresh: boolean }

const MAX_Q = 100

/** Validate the query string; a message (Vietnamese / English) for the first bad parameter. */
export function parseComplianceQuery(query: Record<string, unknown> | undefined): ComplianceQuery | { error: string } {
  const one = (name: string): string | undefined | { error: string } => {
    const value = query?.[name]
    if (value === undefined || value === '') return undefined
    if (typeof value !== 'string') return { error: `Tham số "${name}" chỉ được có một giá trị. / "${name}" must have a single value.` }
    return value
  }
  const sort = one('sort')
  const dir = one('dir')
  const level = one('level')
  const q = one('q')
  const fresh = one('fresh')
  for (const v of [sort, dir, level, q, fresh]) if (typeof v === 'object') return v
  if (sort !== undefined && !(SORT_KEYS as readonly string[]).includes(sort as string)) {
    return { error: `Cột sắp xếp "${sort}" không hợp lệ; dùng một trong: ${SORT_KEYS.join(', ')}. / Unknown sort column "${sort}"; use one of: ${SORT_KEYS.join(', ')}.` }
  }
  if (dir !== undefined && dir !== 'asc' && dir !== 'desc') {
    return { error: `Chiều sắp xếp "${dir}" không hợp lệ; dùng asc hoặc desc. / Sort direction must be asc or desc, not "${dir}".` }
  }
  if (level !== undefined && !(SITE_LEVELS as readonly string[]).includes(level as string)) {
    return { error: `Cấp "${level}" không hợp lệ; dùng một trong: ${SITE_LEVELS.join(', ')}. / Unknown level "${level}"; use one of: ${SITE_LEVELS.join(', ')}.` }
  }
  if (typeof q === 'string' && q.length > MAX_Q) {
    return { error: `Từ khóa tìm kiếm dài quá ${MAX_Q} ký tự. / The search text is longer than ${MAX_Q} characters.` }
  }
  if (fresh !== undefined && fresh !== '1') return { error: 'Tham số "fresh" chỉ nhận giá trị 1. / "fresh" can only be 1.' }
  const key = (sort as SortKey | undefined) ?? 'priority'
  return { sort: key, dir: (dir as SortDir | undefined) ?? defaultDir(key), level: level as Level | undefined, q: q as string | undefined, fresh: fresh === '1' }
}

/**
 * Who may see which portals: every active portal for platform admins, the portals a user
 * administers for site admins, or the response refusing the request.
 */
export async function complianceScope(req: PayloadRequest): Promise<{ siteIds: string[] | null } | Response> {
  const user = asUser(req)
  if (!user) return fail(401, 'Cần đăng nhập. / Login required.')
  if (await mustEnrolTwoFactor(req.payload, user as TwoFactorUser)) {
    return fail(403, 'Hãy bật xác thực hai lớp trước. / Turn on two-factor authentication first.')
  }
  if (isPlatformAdmin(user)) return { siteIds: null }
  const siteIds = siteIdsOf(user, ['site-admin'])
  if (siteIds.length === 0) {
    return fail(403, 'Chỉ quản trị nền tảng và quản trị trang được xem bảng tuân thủ. / Only platform and site admins can see the compliance dashboard.')
  }
  return { siteIds }
}

async function rowsFor(req: PayloadRequest): Promise<{ report: ComplianceReport; query: ComplianceQuery } | Response> {
  const scope = await complianceScope(req)
  if (scope instanceof Response) return scope
  const query = parseComplianceQuery(req.query as Record<string, unknown> | undefined)
  if ('error' in query) return fail(400, query.error)
  const report = await complianceReport(req.payload, { siteIds: scope.siteIds, fresh: query.fresh })
  return { report: { ...report, rows: sortRows(filterRows(report.rows, query), query.sort, query.dir) }, query }
}

const BUILD_STATUS_VI: Record<string, string> = { queued: 'Đang chờ', running: 'Đang chạy', succeeded: 'Thành công', failed: 'Lỗi' }

/** "2026-11-24 09:05" in Vietnam time: what a spreadsheet shows without conversion. */
function vnTime(iso: string | null): string {
  if (!iso) return ''
  return new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')
}

export function complianceCsv(report: ComplianceReport): string {
  const header = [
    'Cổng',
    'Mã cổng',
    'Cấp',
    'Đơn vị cấp trên',
    ...report.sections.map((s) => `${s.vi} (ngày)`),
    'Số mục thiếu',
    'Số mục quá hạn',
    'Điểm (%)',
    'Số ngày từ lần đăng gần nhất',
    'Liên kết hỏng',
    'Lỗi tiếp cận',
    'Quá hạn rà soát',
    'Lần xây dựng gần nhất',
    'Kết thúc lúc (giờ Việt Nam)',
    'Thời gian xây dựng (giây)',
    'Lượt đang chờ',
  ]
  const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n))
  const line = (row: ComplianceRow) => [
    row.name,
    row.slug,
    LEVEL_LABELS[row.level]?.vi ?? row.level,
    row.parent?.name ?? '',
    ...row.sections.map((s) => (!s.present ? 'thiếu' : s.days === null ? 'chưa cập nhật' : String(s.days))),
    String(row.missing),
    String(row.stale),
    String(row.score),
    num(row.daysSincePublish),
    num(row.brokenLinks),
    num(row.a11yIssues),
    String(row.overdueReviews),
    row.lastBuild ? (BUILD_STATUS_VI[row.lastBuild.status] ?? row.lastBuild.status) : '',
    vnTime(row.lastBuild?.finishedAt ?? null),
    row.lastBuild?.durationMs === null || row.lastBuild?.durationMs === undefined ? '' : (row.lastBuild.durationMs / 1000).toFixed(1),
    String(row.queuedBuilds),
  ]
  // A BOM lets Excel open the Vietnamese text as UTF-8.
  return '\uFEFF' + stringify([header, ...report.rows.map(line)])
}

const ID = /^[0-9a-zA-Z-]{1,64}$/

async function explainEndpoint(req: PayloadRequest): Promise<Response> {
  const scope = await complianceScope(req)
  if (scope instanceof Response) return scope
  const id = (req.query as Record<string, unknown> | undefined)?.id
  if (typeof id !== 'string' || !ID.test(id)) return fail(400, 'Cần mã cổng hợp lệ ("id"). / A valid site id ("id") is required.')
  if (scope.siteIds && !scope.siteIds.includes(id)) return fail(403, 'Bạn chỉ xem được các cổng mình quản trị. / You can only see the portals you administer.')
  const report = await complianceReport(req.payload, { siteIds: scope.siteIds })
  const sections = await explainSite(req.payload, report, id)
  if (!sections) return fail(404, `Không có cổng đang hoạt động với mã ${id}. / No active portal with id ${id}.`)
  const row = report.rows.find((r) => String(r.id) === id)!
  return Response.json({ site: { id: row.id, slug: row.slug, name: row.name }, generatedAt: report.generatedAt, sections }, { headers: { 'Cache-Control': 'no-store' } })
}

export const complianceEndpoints: Endpoint[] = [
  { path: '/compliance/site', method: 'get', handler: explainEndpoint },
  {
    path: '/compliance',
    method: 'get',
    handler: async (req) => {
      const result = await rowsFor(req)
      if (result instanceof Response) return result
      return Response.json({ ...result.report, sort: result.query.sort, dir: result.query.dir }, { headers: { 'Cache-Control': 'no-store' } })
    },
  },
  {
    path: '/compliance.csv',
    method: 'get',
    handler: async (req) => {
      const result = await rowsFor(req)
      if (result instanceof Response) return result
      const stamp = result.report.generatedAt.slice(0, 10)
      return new Response(complianceCsv(result.report), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="tuan-thu-cong-${stamp}.csv"`,
          'Cache-Control': 'no-store',
        },
      })
    },
  },
]
