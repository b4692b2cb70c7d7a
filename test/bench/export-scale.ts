/**
 * `npm run bench:export-scale`: what the export of one portal costs as the platform grows (issue
 * 17, ADR 0025), in one run on the embedded database. A small tree (a ministry, two provinces, a
 * commune and a department, communes, with news, pages, a shared legal document) is written
 * through the Local API; then portals with PER_SITE news each are added as bulk rows below the
 * second province up to each size of SIZES (default 500,1000,2000). At each size SAMPLE portals
 * (the small tree's and some of the added communes) are exported one by one as a publish does,
 * ROUNDS times: mean export time, SQL statements, rows and database time per portal.
 *
 * Last line: one JSON object with the figures per size and the ratio of the largest to the
 * smallest (1.0 = the cost does not grow with the platform).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { toLexical } from '../../cms/src/lib/lexical'
import { addPortals } from '../helpers/platform'

const SIZES = (process.env.SIZES ?? '500,1000,2000').split(',').map(Number)
const PER_SITE = Number(process.env.PER_SITE ?? 5)
const ROUNDS = Number(process.env.ROUNDS ?? 3)

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
process.chdir(root)
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-bench-export-'))
process.env.DATA_DIR = path.join(tmp, 'data')
process.env.SITES_DIR = path.join(tmp, 'sites')
process.env.TWO_FACTOR_REQUIRED_ROLES = 'none'
delete process.env.DATABASE_URI
delete process.env.MEILI_HOST
const t0 = Date.now()
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`)

const { initPayload } = await import('../../cms/src/boot')
const payload = await initPayload()
try {
  const { instrumentQueries, withQueryStats } = await import('../../cms/src/db/queryStats')
  const { exportContext, exportSnapshot } = await import('../../plugins/portals/build/export')
  instrumentQueries(payload)
  const opts = { overrideAccess: true, depth: 0, context: { skipBuild: true, skipSearchSync: true } } as const
  const site = async (name: string, slug: string, level: string, parent?: number) =>
    (await payload.create({ collection: 'sites', data: { name, slug, level, theme: 'default', status: 'active', parent, domains: [`${slug}.gov.vn`] } as never, ...opts })).id as number
  const ministry = await site('Bộ Nội vụ', 'bo-noi-vu', 'trung-uong')
  const province = await site('UBND tỉnh Hà Tĩnh', 'ha-tinh', 'tinh', ministry)
  const other = await site('UBND tỉnh Nghệ An', 'nghe-an', 'tinh', ministry)
  const commune = await site('UBND xã Thạch Hà', 'thach-ha', 'xa', province)
  const department = await site('Sở Nội vụ Hà Tĩnh', 'so-noi-vu-ha-tinh', 'truc-thuoc', province)
  let n = 0
  for (const s of [province, commune, department, other])
    for (let i = 0; i < PER_SITE; i++) {
      n++
      await payload.create({
        collection: 'news',
        draft: false,
        data: { title: `Tin số ${n}`, slug: `tin-so-${n}`, summary: 'Tóm tắt', content: toLexical(['Nội dung tin.']), site: s, publishedAt: new Date(Date.UTC(2026, 0, 1 + (n % 300))).toISOString(), shareWithSubordinates: i === 0, _status: 'published' } as never,
        ...opts,
      })
    }
  for (const s of [province, commune])
    await payload.create({ collection: 'pages', draft: false, data: { title: 'Giới thiệu', slug: 'gioi-thieu', site: s, layout: [{ blockType: 'richText', content: toLexical(['Giới thiệu chung.']) }], _status: 'published' } as never, ...opts })
  await payload.create({
    collection: 'legal-documents',
    draft: false,
    data: { number: '15/2025/QĐ-UBND', documentType: 'quyet-dinh', summary: 'Quyết định ban hành Quy chế', issuingBody: 'UBND tỉnh', signerName: 'Nguyễn Văn An', signerTitle: 'Chủ tịch', issueDate: '2025-03-11T00:00:00.000Z', effectiveDate: '2025-04-01T00:00:00.000Z', site: province, shareWithSubordinates: true, _status: 'published' } as never,
    ...opts,
  })
  const fixed = 5
  const sample: number[] = [province, commune, department]
  const figures: Array<{ sites: number; export_ms: number; statements: number; rows: number; sql_ms: number }> = []
  let total = fixed
  for (const size of SIZES) {
    if (size > total) {
      const t = Date.now()
      const added = await addPortals(payload, { template: commune, parent: other, count: size - total, prefix: `xa-${total}`, newsPerSite: PER_SITE })
      log(`${size - total} portals added in ${Date.now() - t} ms`)
      if (sample.length < 8) sample.push(...added.slice(0, 8 - sample.length).map((p) => p.id))
      total = size
    }
    let ms = 0
    let count = 0
    let rows = 0
    let sqlMs = 0
    for (let round = 0; round < ROUNDS; round++)
      for (const id of sample) {
        const started = performance.now()
        const { stats } = await withQueryStats(() => exportSnapshot(payload, [id], undefined, exportContext([id])))
        ms += performance.now() - started
        count += stats.count
        rows += stats.rows
        sqlMs += stats.ms
      }
    const k = ROUNDS * sample.length
    const f = { sites: total, export_ms: Math.round((ms / k) * 10) / 10, statements: Math.round(count / k), rows: Math.round(rows / k), sql_ms: Math.round((sqlMs / k) * 10) / 10 }
    figures.push(f)
    log(`${total} portals: export ${f.export_ms} ms per portal, ${f.statements} statements, ${f.rows} rows, ${f.sql_ms} ms in SQL (${sample.length} portals × ${ROUNDS}; load ${os.loadavg()[0]!.toFixed(1)})`)
  }
  const first = figures[0]!
  const last = figures.at(-1)!
  console.log(JSON.stringify({ per_site_news: PER_SITE, figures, export_ms_ratio: Math.round((last.export_ms / first.export_ms) * 100) / 100, rows_ratio: Math.round((last.rows / first.rows) * 100) / 100 }))
} finally {
  await payload.destroy()
  fs.rmSync(tmp, { recursive: true, force: true })
}
