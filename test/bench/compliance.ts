/**
 * `npm run bench:compliance`: how fast the compliance dashboard is at platform scale. Seeds a
 * fresh data directory with 500 sites (Local API), then bulk-inserts (Drizzle, the columns the
 * dashboard reads) what provisioning and years of use leave behind: every mandatory section as a
 * page or news category (some missing, some drafts, some stale), 100,000 published news items
 * (each with a ~5 KB body) across the categories, and a build history with release checks. Then it times the report
 * in-process and, on the real server over HTTP, GET /api/compliance, /api/compliance.csv and the
 * admin view /admin/tuan-thu. Last line: one JSON object.
 *
 *   node --import tsx test/bench/compliance.ts
 *
 * Env: SITES=500 DOCS=100000 BUILDS=20 (builds per site) RUNS=20 HTTP=1 (0: in-process only)
 * KEEP_DATA=1 (keep the temporary database).
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { MANDATORY_SECTIONS } from '../../cms/src/contracts/sections'
import { ensureAdminBuild } from '../../cms/src/server/adminBuild'
import { freePort, httpRequest, spawnServer } from '../helpers/server'

const SITES = Number(process.env.SITES ?? 500)
const DOCS = Number(process.env.DOCS ?? 100_000)
const BUILDS = Number(process.env.BUILDS ?? 20)
const RUNS = Number(process.env.RUNS ?? 20)
const HTTP = process.env.HTTP !== '0'
const PASSWORD = 'Do-thoi-gian-2026!'
const DAY = 86_400_000

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
process.chdir(root)
const t0 = Date.now()
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${line}`)

let seed = 20_261_124
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b)
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!
  return { n: s.length, p50: Math.round(at(50)), p95: Math.round(at(95)), max: Math.round(s.at(-1)!) }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-bench-compliance-'))
let child: ChildProcess | null = null
let inProcess: Payload | null = null
async function cleanup(): Promise<void> {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r))
    child.kill('SIGTERM')
    await exited
  }
  if (inProcess) await inProcess.destroy().catch(() => undefined)
  inProcess = null
  if (process.env.KEEP_DATA === '1') console.error(`KEEP_DATA=1: the database is kept in ${tmp}`)
  else fs.rmSync(tmp, { recursive: true, force: true })
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)))

async function seedPlatform(dataDir: string, sitesDir: string) {
  process.env.DATA_DIR = dataDir
  process.env.SITES_DIR = sitesDir
  process.env.TWO_FACTOR_REQUIRED_ROLES = 'none'
  process.env.JOBS_IN_PROCESS = 'false'
  delete process.env.DATABASE_URI
  delete process.env.MEILI_HOST
  const { initPayload } = await import('../../cms/src/boot')
  const { checkRelease } = await import('../../plugins/portals/checks/checks')
  const payload = await initPayload()
  inProcess = payload
  const common = { overrideAccess: true, depth: 0, context: { skipBuild: true } } as const

  // Sites through the Local API: a ministry, 34 provinces, then departments and communes under them.
  const tSites = Date.now()
  const ids: number[] = []
  const provinces: number[] = []
  const make = async (i: number) => {
    const level = i === 0 ? 'trung-uong' : i <= 34 ? 'tinh' : i % 3 === 0 ? 'truc-thuoc' : 'xa'
    const parent = level === 'tinh' ? ids[0] : level === 'trung-uong' ? undefined : provinces[i % provinces.length]
    const doc = await payload.create({
      collection: 'sites',
      locale: 'vi',
      data: { name: `Cổng thông tin điện tử số ${i + 1}`, slug: `cong-${i + 1}`, level, parent, theme: 'default', status: i % 50 === 49 ? 'archived' : 'active' } as never,
      ...common,
    })
    ids[i] = doc.id as number
    if (level === 'tinh') provinces.push(doc.id as number)
  }
  await make(0)
  for (let i = 1; i <= Math.min(34, SITES - 1); i++) await make(i)
  const rest = Array.from({ length: Math.max(0, SITES - 35) }, (_, k) => k + 35)
  for (let k = 0; k < rest.length; k += 4) await Promise.all(rest.slice(k, k + 4).map(make))
  const sitesMs = Date.now() - tSites
  log(`${SITES} sites through the Local API in ${(sitesMs / 1000).toFixed(1)} s`)
  await payload.create({ collection: 'users', data: { email: 'quantri.nentang@cong.gov.vn', password: PASSWORD, platformAdmin: true } as never, ...common })

  // Bulk rows: the columns Payload writes and the dashboard reads.
  const db = payload.db as unknown as SQLiteAdapter
  const t = db.tables
  const insert = async (table: keyof typeof t, rows: Record<string, unknown>[]) => {
    for (let i = 0; i < rows.length; i += 500) await db.drizzle.insert(t[table]!).values(rows.slice(i, i + 500) as never)
  }
  const now = Date.now()
  const iso = (ms: number) => new Date(ms).toISOString()
  const tBulk = Date.now()
  const pages: Record<string, unknown>[] = []
  const pageTitles: Record<string, unknown>[] = []
  const categories: Record<string, unknown>[] = []
  const categoryTitles: Record<string, unknown>[] = []
  const categoriesOf = new Map<number, number[]>()
  let pageId = 1_000_000
  let categoryId = 1_000_000
  for (const site of ids) {
    const dormant = rand() < 0.1
    for (const s of MANDATORY_SECTIONS) {
      if (s.kind === 'page') {
        if (rand() < 0.15) continue // never written
        const updated = now - Math.floor(rand() * (dormant ? 900 : 500) * DAY)
        pages.push({ id: ++pageId, slug: s.slug, site, section: s.key, _status: rand() < 0.05 ? 'draft' : 'published', updatedAt: iso(updated), createdAt: iso(updated) })
        pageTitles.push({ _parentID: pageId, _locale: 'vi', title: s.vi })
      } else {
        categories.push({ id: ++categoryId, slug: s.slug, site, section: s.key, updatedAt: iso(now), createdAt: iso(now) })
        categoryTitles.push({ _parentID: categoryId, _locale: 'vi', title: s.vi })
        categoriesOf.set(site, [...(categoriesOf.get(site) ?? []), categoryId])
      }
    }
    for (const extra of ['thong-bao', 'su-kien']) {
      categories.push({ id: ++categoryId, slug: extra, site, updatedAt: iso(now), createdAt: iso(now) })
      categoryTitles.push({ _parentID: categoryId, _locale: 'vi', title: extra })
      categoriesOf.set(site, [...(categoriesOf.get(site) ?? []), categoryId])
    }
    for (let p = 0; p < 3; p++) {
      pages.push({ id: ++pageId, slug: `trang-${p}`, site, _status: 'published', updatedAt: iso(now - Math.floor(rand() * 300 * DAY)), createdAt: iso(now) })
      pageTitles.push({ _parentID: pageId, _locale: 'vi', title: `Trang ${p}` })
    }
  }
  await insert('pages', pages)
  await insert('pages_locales', pageTitles)
  await insert('categories', categories)
  await insert('categories_locales', categoryTitles)

  // News: most categories get news, a few never do; a tenth of the sites stopped publishing long ago.
  // Every row carries a body of the usual size (~5 KB of Lexical JSON): wide rows are what make
  // reading news rows expensive, so the benchmark must have them.
  const paragraph = 'Hội nghị đánh giá kết quả thực hiện nhiệm vụ chuyển đổi số, cải cách hành chính trong quý, đề ra giải pháp trọng tâm cho thời gian tới. '
  const BODY = { root: { type: 'root', version: 1, children: Array.from({ length: 12 }, () => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: paragraph.repeat(2) }] })) } }
  const dormantSites = new Set(ids.filter(() => rand() < 0.1))
  const CHUNK = 10_000
  let newsId = 1_000_000
  for (let done = 0; done < DOCS; done += CHUNK) {
    const news: Record<string, unknown>[] = []
    const rels: Record<string, unknown>[] = []
    for (let k = done; k < Math.min(DOCS, done + CHUNK); k++) {
      const site = ids[k % ids.length]!
      const cats = categoriesOf.get(site)!
      const category = cats[Math.floor(rand() * rand() * cats.length)]! // skewed: the first categories get most news
      const age = dormantSites.has(site) ? 200 + rand() * 700 : rand() * rand() * 400
      const at = iso(now - Math.floor(age * DAY))
      news.push({ id: ++newsId, title: `Tin ${newsId}`, slug: `tin-${newsId}`, content: BODY, site, publishedAt: at, _status: 'published', updatedAt: at, createdAt: at })
      rels.push({ parent: newsId, path: 'categories', order: 1, categoriesID: category })
    }
    await insert('news', news)
    await insert('news_rels', rels)
  }

  // Builds: a history per site, each succeeded build with the checks of a release.
  const checks = await checkRelease(path.join(root, 'plugins/compliance/fixtures/release'))
  const builds: Record<string, unknown>[] = []
  for (const site of ids) {
    for (let b = 0; b < BUILDS; b++) {
      const at = now - (BUILDS - b) * 3_600_000 - Math.floor(rand() * 3_600_000)
      const last = b === BUILDS - 1
      const status = last && rand() < 0.1 ? 'failed' : last && rand() < 0.05 ? 'queued' : 'succeeded'
      builds.push({
        site,
        status,
        reason: 'cập nhật',
        queuedAt: iso(at),
        startedAt: status === 'queued' ? null : iso(at + 1000),
        finishedAt: status === 'queued' ? null : iso(at + 9000),
        durationMs: status === 'queued' ? null : 8000,
        pages: 300,
        pagesWritten: 12,
        checks: status === 'succeeded' ? checks : null,
        log: status === 'failed' ? 'Astro build failed' : '',
        updatedAt: iso(at),
        createdAt: iso(at),
      })
    }
  }
  await insert('builds', builds)
  await db.client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  const bulkMs = Date.now() - tBulk
  log(`bulk: ${pages.length} pages, ${categories.length} categories, ${DOCS} news, ${builds.length} builds in ${(bulkMs / 1000).toFixed(1)} s`)
  return { payload, sitesMs, bulkMs, rows: { pages: pages.length, categories: categories.length, news: DOCS, builds: builds.length } }
}

async function main() {
  const dataDir = path.join(tmp, 'data')
  const sitesDir = path.join(dataDir, 'sites')
  fs.mkdirSync(sitesDir, { recursive: true })
  const seeded = await seedPlatform(dataDir, sitesDir)
  const { payload } = seeded
  const { complianceReport } = await import('../../plugins/compliance/report')
  const { loadAggregates } = await import('../../plugins/compliance/aggregates')

  const tCold = performance.now()
  const first = await complianceReport(payload, { fresh: true })
  const coldMs = Math.round(performance.now() - tCold)
  const warm: number[] = []
  const aggregates: number[] = []
  const cached: number[] = []
  for (let i = 0; i < RUNS; i++) {
    let s = performance.now()
    await complianceReport(payload, { fresh: true })
    warm.push(performance.now() - s)
    s = performance.now()
    await loadAggregates(payload, new Date())
    aggregates.push(performance.now() - s)
    s = performance.now()
    await complianceReport(payload, { siteIds: [first.rows[0]!.id] })
    cached.push(performance.now() - s)
  }
  const rowsMissing = first.rows.filter((r) => r.missing > 0).length
  const rowsStale = first.rows.filter((r) => r.stale > 0).length
  log(`report in-process: ${first.rows.length} rows (${rowsMissing} with missing, ${rowsStale} with stale sections); first ${coldMs} ms, recomputed ${JSON.stringify(stats(warm))}; grouped queries alone ${JSON.stringify(stats(aggregates))}; from the 30-s cache ${JSON.stringify(stats(cached))}`)
  await payload.destroy()
  inProcess = null

  const http: Record<string, unknown> = {}
  if (HTTP) {
    await ensureAdminBuild(root, (line) => log(line))
    // Placeholder releases so the server does not queue a first build of every site at start.
    for (let i = 1; i <= SITES; i++) {
      fs.mkdirSync(path.join(sitesDir, `cong-${i}`), { recursive: true })
      fs.writeFileSync(path.join(sitesDir, `cong-${i}`, 'index.html'), '<!doctype html><title>bench</title>')
    }
    const port = await freePort()
    let out = ''
    child = spawnServer({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SITES_DIR: sitesDir, JOBS_IN_PROCESS: 'false', BUILD_ADMIN_ON_START: 'false', TWO_FACTOR_REQUIRED_ROLES: 'none' })
    child.stdout!.on('data', (c: Buffer) => (out += c))
    child.stderr!.on('data', (c: Buffer) => (out += c))
    const deadline = Date.now() + 240_000
    while (!out.includes('Cổng đã sẵn sàng')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${out}`)
      await new Promise((r) => setTimeout(r, 200))
    }
    const host = `localhost:${port}`
    const login = await httpRequest(port, host, '/api/users/login', { method: 'POST', json: { email: 'quantri.nentang@cong.gov.vn', password: PASSWORD } })
    const token = login.json<{ token: string }>().token
    const time = async (name: string, url: string, runs: number, init: Parameters<typeof httpRequest>[3]) => {
      const ms: number[] = []
      let bytes = 0
      for (let i = 0; i < runs + 2; i++) {
        const s = performance.now()
        const res = await httpRequest(port, host, url, init)
        if (res.status !== 200) throw new Error(`${url}: ${res.status} ${res.body.slice(0, 300)}`)
        if (i >= 2) ms.push(performance.now() - s) // two warm-up requests
        bytes = res.body.length
      }
      http[name] = { ...stats(ms), bytes }
      log(`${name} ${url}: ${JSON.stringify(http[name])}`)
    }
    await time('api_json_fresh', '/api/compliance?fresh=1', RUNS, { token })
    await time('api_json', '/api/compliance', RUNS, { token })
    await time('api_json_sorted_filtered', '/api/compliance?sort=section:tin-tuc&dir=desc&level=xa&q=cong', RUNS, { token })
    await time('api_csv', '/api/compliance.csv', RUNS, { token })
    await time('admin_view', '/admin/tuan-thu', Math.max(5, Math.floor(RUNS / 4)), { headers: { cookie: `payload-token=${token}` } })
  }

  const result = {
    bench: 'compliance',
    sites: SITES,
    activeSites: first.rows.length,
    rows: seeded.rows,
    seed_ms: { sites: seeded.sitesMs, bulk: seeded.bulkMs },
    report_in_process_ms: { first: coldMs, recomputed: stats(warm), groupedQueries: stats(aggregates), cached: stats(cached) },
    http_ms: http,
    load: os.loadavg().map((l) => Math.round(l * 100) / 100),
    cpus: os.cpus().length,
  }
  await cleanup()
  console.log(JSON.stringify(result))
}

main().catch(async (err) => {
  console.error(err)
  await cleanup()
  process.exit(1)
})
