/**
 * `npm run bench:admin`: how fast the admin stays at platform scale. Seeds a fresh data directory
 * with 500 sites (1 ministry, 34 provinces, departments, communes) and 100,000 published news
 * items (one site with ~5,000, the rest ~190 each), then times over HTTP, on the real server, the
 * requests the admin makes: an editor's news list and the site (tenant) picker. Also prints the
 * SQLite query plans of those requests (EXPLAIN QUERY PLAN). BENCH_DB=postgres runs it on a durable
 * throwaway PostgreSQL cluster instead (no plans, no ANALYZE phase: the server analyses at start);
 * `npm run bench:admin` runs both through test/bench/adapters.ts.
 *
 * Sites and users go through the Local API; news rows are bulk-inserted with `payload.db.drizzle`
 * (about 15× faster than `create`), copying every column from one item created through the Local
 * API so that bulk rows match what the CMS writes (including the published version row in
 * `_news_v`, which the admin list reads). The search index is then built as `npm run reindex`
 * would after such an import, so the server has no catch-up to do while it is timed. Last line:
 * one JSON object.
 *
 *   node --import tsx test/bench/admin.ts
 *
 * Env: SITES=500 DOCS=100000 BIG=5000 RUNS=300 WARMUP=10 CASE_BUDGET_S=10 (a slow case stops after
 * that many seconds, with at least 30 timed requests), ANALYZE_PHASE=0 (skip the re-run after
 * ANALYZE), KEEP_DATA=1 (keep the temporary database for inspection), SERVER_START_S=180 (how long
 * the server may take to start).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import type { ChildProcess } from 'node:child_process'

import { type Client, createClient, type InArgs } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { ensureAdminBuild } from '../../cms/src/server/adminBuild'
import { bulkInsertNews, createSites, type Id, pool, rand, type SiteSpec, siteSpecs } from './corpus'
import { freePort, httpRequest, type Reply, spawnServer } from '../helpers/server'

const SITES = Number(process.env.SITES ?? 500)
const DOCS = Number(process.env.DOCS ?? 100_000)
const BIG = Number(process.env.BIG ?? 5_000)
const RUNS = Number(process.env.RUNS ?? 300)
const WARMUP = Number(process.env.WARMUP ?? 10)
const MIN_RUNS = Math.min(RUNS, 30)
const CASE_BUDGET_MS = Number(process.env.CASE_BUDGET_S ?? 10) * 1000
/** How long the server may take to start (ANALYZE of 100,000 rows and Next's start; longer on a busy machine). */
const SERVER_START_S = Number(process.env.SERVER_START_S ?? 180)
/** Issue 3: the site picker and lists under 200 ms; issue 13: every editor list ≤ 50 ms, "Việc của tôi" ≤ 200 ms. */
const TARGET_P95_MS = 200
const TARGET_LIST_P95_MS = 50
const TARGET_MY_WORK_P95_MS = 200
const PASSWORD = 'Do-thoi-gian-2026!' // passes the password policy (12+ characters, not common)
/**
 * Platform admins must use two-factor authentication by default; the README's escape hatch for a
 * throw-away platform is TWO_FACTOR_REQUIRED_ROLES=none (a bench cannot type a TOTP code).
 */
const TWO_FACTOR_ENV = { TWO_FACTOR_REQUIRED_ROLES: process.env.TWO_FACTOR_REQUIRED_ROLES ?? 'none' }


const POSTGRES = process.env.BENCH_DB === 'postgres'
let stopPostgres: (() => void) | null = null

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
process.chdir(root) // spawnServer runs the server from the current directory

const t0 = Date.now()
const loadStart = os.loadavg()[0]!
const secs = (ms: number) => (ms / 1000).toFixed(1)
const log = (line: string) => console.log(`[${secs(Date.now() - t0).padStart(5)} s] ${line}`)

// ─── statistics and output ───────────────────────────────────────────────────────────────────────
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
const r1 = (n: number) => Math.round(n * 10) / 10

type CaseResult = {
  group: 'list' | 'list-extra' | 'selector' | 'selector-extra' | 'full-list' | 'after-analyze'
  name: string
  user: string
  url: string
  /** Timed requests (RUNS, fewer when a slow case hit CASE_BUDGET_S). */
  n: number
  totalDocs: number | null
  docs: number | null
  bytes: number
  p50: number
  p95: number
  max: number
}

// ─── clean-up, even on failure or Ctrl-C ─────────────────────────────────────────────────────────
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-bench-admin-'))
let child: ChildProcess | null = null
let inProcess: Payload | null = null
let cleaned = false

async function stopServer(): Promise<void> {
  const proc = child
  if (proc && proc.exitCode === null && proc.signalCode === null) {
    const exited = new Promise((resolve) => proc.once('exit', resolve))
    proc.kill('SIGTERM')
    const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }
  child = null
}

async function cleanup(): Promise<void> {
  if (cleaned) return
  cleaned = true
  await stopServer()
  if (inProcess) await inProcess.destroy().catch(() => undefined)
  stopPostgres?.()
  if (process.env.KEEP_DATA === '1') console.error(`KEEP_DATA=1: the database is kept in ${tmp}`)
  else fs.rmSync(tmp, { recursive: true, force: true })
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up ${tmp}`)
    void cleanup().finally(() => process.exit(130))
  })
}

// ─── phase 1: seed in-process ────────────────────────────────────────────────────────────────────
type Seeded = {
  sites: { id: Id; spec: SiteSpec }[]
  big: { id: Id; spec: SiteSpec }
  small: { id: Id; spec: SiteSpec }
  multi: { id: Id; spec: SiteSpec }[]
  users: Record<'big' | 'small' | 'multi' | 'admin', { id: Id; email: string }>
  stats: Record<string, number>
  plans: { name: string; sql: string; params: unknown[]; plan: string[]; rawMs: number }[]
}

async function seedAll(dataDir: string, sitesDir: string): Promise<Seeded> {
  // Configuration is read once, at the first import of the Payload config: set it first.
  process.env.DATA_DIR = dataDir
  process.env.SITES_DIR = sitesDir
  Object.assign(process.env, TWO_FACTOR_ENV)
  delete process.env.MEILI_HOST
  if (POSTGRES) {
    const { startPostgres, createDatabase } = await import('../helpers/postgres')
    const pg = await startPostgres({ durable: true })
    stopPostgres = pg.stop
    process.env.DATABASE_URI = createDatabase(pg.url, 'cong_bench')
    process.env.PAYLOAD_SECRET = 'cong-bench-secret-0123456789-abcdefghijklmn'
  } else delete process.env.DATABASE_URI
  const tBoot = Date.now()
  const { initPayload } = await import('../../cms/src/boot')
  const payload = await initPayload()
  inProcess = payload
  const stats: Record<string, number> = { boot_ms: Date.now() - tBoot }
  log(`Payload booted and migrated in ${secs(stats.boot_ms!)} s`)

  const ctx = { skipBuild: true }
  const common = { overrideAccess: true, depth: 0, context: ctx } as const

  // Sites: Local API, parents first, a few at a time.
  const specs = siteSpecs(SITES)
  const tSites = Date.now()
  const ids = await createSites(payload, specs)
  stats.sites_ms = Date.now() - tSites
  stats.sites_per_s = r1(specs.length / (stats.sites_ms / 1000))
  log(`${specs.length} sites created through the Local API in ${secs(stats.sites_ms)} s (${stats.sites_per_s}/s)`)
  // Sites never built get a build queued when the server starts; a placeholder release avoids 500 queued builds.
  for (const spec of specs) {
    fs.mkdirSync(path.join(sitesDir, spec.slug), { recursive: true })
    fs.writeFileSync(path.join(sitesDir, spec.slug, 'index.html'), '<!doctype html><title>bench</title>')
  }

  const sites = specs.map((spec) => ({ id: ids.get(spec.key)!, spec }))
  const big = sites.find((s) => s.spec.key === 'p-01')! // Hà Nội
  const small = sites.find((s) => s.spec.level === 'xa') ?? sites[sites.length - 1]!
  let multi = sites.filter((s) => s.spec.level === 'truc-thuoc' && s.spec.parentKey === 'p-42').slice(0, 5) // 5 departments of Hà Tĩnh
  if (multi.length < 5) multi = sites.filter((s) => s.spec.level === 'truc-thuoc' && s.spec.parentKey !== 'bo').slice(0, 5)

  // Users: Local API.
  const mkUser = async (email: string, name: string, data: Record<string, unknown>) => {
    const doc = await payload.create({ collection: 'users', data: { email, name, password: PASSWORD, ...data } as never, ...common })
    return { id: doc.id as Id, email }
  }
  const users = {
    big: await mkUser('bientap.hanoi@cong.gov.vn', 'Nguyễn Thu Trang', { memberships: [{ site: big.id, role: 'editor' }] }),
    small: await mkUser('bientap.xa@cong.gov.vn', 'Lê Văn Phúc', { memberships: [{ site: small.id, role: 'editor' }] }),
    multi: await mkUser('bientap.sohatinh@cong.gov.vn', 'Trần Minh Quân', { memberships: multi.map((s) => ({ site: s.id, role: 'editor' })) }),
    admin: await mkUser('quantri.nentang@cong.gov.vn', 'Quản trị Trung tâm CNTT', { platformAdmin: true }),
  }
  log(`4 users created (editors of ${big.spec.slug}, ${small.spec.slug}, 5 sites; platform admin)`)

  // News: one item through the Local API as the template of every column, then bulk rows.
  const perSite = new Map<Id, number>()
  const others = sites.filter((s) => s.id !== big.id)
  const bigCount = Math.min(BIG, DOCS)
  perSite.set(big.id, bigCount)
  const restDocs = DOCS - bigCount
  others.forEach((s, i) => perSite.set(s.id, Math.floor(restDocs / others.length) + (i < restDocs % others.length ? 1 : 0)))
  const now = Date.now()
  const span = 3 * 365 * 86_400_000
  const items: { site: { id: Id; spec: SiteSpec }; at: number }[] = []
  for (const s of sites) for (let i = 0; i < perSite.get(s.id)!; i++) items.push({ site: s, at: now - Math.floor(rand() * span) })
  items.sort((a, b) => a.at - b.at) // ids grow with the publication date, as in real life
  const { template, nextId, stats: bulkStats, db } = await bulkInsertNews(payload, items, log)
  Object.assign(stats, bulkStats)
  const tBulk = Date.now() - bulkStats.bulk_ms!
  stats.bulk_docs_per_s = Math.round(items.length / (stats.bulk_ms / 1000))
  stats.bulk_rows_per_s = Math.round((items.length * 2) / (stats.bulk_ms / 1000))
  if (POSTGRES) {
    const size = (await (db.drizzle as unknown as { execute: (q: unknown) => Promise<{ rows: { size: string }[] }> }).execute((await import('@payloadcms/db-sqlite')).sql.raw('SELECT pg_database_size(current_database()) AS size'))).rows[0]!.size
    stats.db_mb = Math.round(Number(size) / 1_048_576)
  } else {
    await db.client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    stats.db_mb = Math.round(fs.statSync(path.join(dataDir, 'cong.db')).size / 1_048_576)
  }
  log(`bulk insert: ${items.length} docs in ${secs(stats.bulk_ms)} s = ${stats.bulk_docs_per_s} docs/s (${stats.bulk_rows_per_s} rows/s incl. versions); DB ${stats.db_mb} MB`)

  // Verify that bulk rows read back through the Local API like Local API rows.
  const total = await payload.count({ collection: 'news', overrideAccess: true })
  const onBig = await payload.count({ collection: 'news', where: { site: { equals: big.id } }, overrideAccess: true })
  if (total.totalDocs !== DOCS) throw new Error(`expected ${DOCS} news, found ${total.totalDocs}`)
  if (onBig.totalDocs !== bigCount) throw new Error(`expected ${bigCount} news on the big site, found ${onBig.totalDocs}`)
  const reference = await payload.findByID({ collection: 'news', id: template.id, depth: 0, overrideAccess: true })
  for (const id of [Number(template.id) + 1, Number(template.id) + Math.floor(items.length / 2), nextId - 1]) {
    const doc = (await payload.findByID({ collection: 'news', id, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>
    const draft = await payload.find({ collection: 'news', draft: true, where: { id: { equals: id } }, depth: 0, overrideAccess: true })
    const viaDraft = draft.docs[0] as unknown as Record<string, unknown> | undefined
    const content = doc.content as { root?: { children?: unknown[] } } | null
    const problems = [
      (typeof doc.title !== 'string' || !doc.title) && 'title',
      typeof doc.slug !== 'string' || !String(doc.slug).endsWith(`-${id}`) ? 'slug' : false,
      doc._status !== 'published' && '_status',
      typeof doc.site !== 'number' && 'site',
      !(typeof doc.publishedAt === 'string' && !Number.isNaN(Date.parse(doc.publishedAt))) && 'publishedAt',
      !(content && typeof content === 'object' && (content.root?.children?.length ?? 0) > 0) && 'content (not parsed as Lexical JSON)',
      JSON.stringify(Object.keys(doc).sort()) !== JSON.stringify(Object.keys(reference).sort()) && `keys ${Object.keys(doc).join(',')}`,
      (!viaDraft || viaDraft.title !== doc.title || viaDraft.id !== id) && 'draft:true read (version row)',
    ].filter(Boolean)
    if (problems.length) throw new Error(`bulk news #${id} does not read back correctly: ${problems.join(', ')}`)
  }
  log(`verified: ${total.totalDocs} news, ${onBig.totalDocs} on ${big.spec.slug}; 3 bulk rows read back through the Local API like the template (also with draft: true)`)

  // The search index, as an operator builds it after a bulk import (`npm run reindex`): the bulk
  // rows bypassed the hooks that index each document. Without it the server finds an empty index
  // and re-indexes every portal in the background at start, and the timings below would measure
  // that catch-up (~200 ms added to every request at 100,000 news) instead of the admin's reads;
  // so would the site syncs queued while the portals were created.
  const tIndex = Date.now()
  const { openSearchEngineForWriting } = await import('../../plugins/search/lock')
  const { syncSite } = await import('../../plugins/search/sync')
  const engine = await openSearchEngineForWriting({ dataDir, purpose: 'bench:admin' })
  let indexed = 0
  try {
    for (const s of sites) indexed += (await syncSite({ payload }, engine, String(s.id))).indexed
  } finally {
    await engine.close()
  }
  // The syncs the seeding queued (each new portal asks for one) are what the rebuild just did.
  const { SEARCH_QUEUE } = await import('../../plugins/search/sync')
  await payload.delete({ collection: 'payload-jobs', where: { and: [{ queue: { equals: SEARCH_QUEUE } }, { completedAt: { exists: false } }] }, overrideAccess: true })
  stats.search_index_ms = Date.now() - tIndex
  log(`search index built like \`npm run reindex\`: ${indexed} documents in ${secs(stats.search_index_ms)} s`)

  // Query plans are SQLite's EXPLAIN QUERY PLAN; on PostgreSQL only the HTTP timings are compared.
  const plans = POSTGRES ? [] : await explainPlans(payload, db, { big, users })
  printPlans('EXPLAIN QUERY PLAN of the SQL the Local API sends (raw time: median of repeated executions):', plans)
  if (process.env.KEEP_DATA === '1') fs.writeFileSync(path.join(tmp, 'plans.json'), JSON.stringify(plans, null, 2))
  return { sites, big, small, multi, users, stats, plans }
}

// ─── EXPLAIN QUERY PLAN of the SQL the Local API sends for the admin's queries ───────────────────
/** The statement without its long column list: `select … from "news" where … order by … limit ?`. */
function sqlGist(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ')
  if (flat.length <= 260) return flat
  const where = flat.lastIndexOf(' where ')
  const from = flat.lastIndexOf(' from ', where === -1 ? flat.length : where)
  return `${flat.slice(0, 40)} …${flat.slice(from === -1 ? -220 : from)}`
}

function printPlans(title: string, plans: { name: string; sql: string; params?: unknown[]; plan: string[]; rawMs: number }[]) {
  console.log(title)
  for (const p of plans) {
    console.log(`• ${p.name}  [raw ${p.rawMs} ms]`)
    console.log(`  ${sqlGist(p.sql)}${p.params ? `   params ${JSON.stringify(p.params).slice(0, 100)}` : ''}`)
    for (const line of p.plan) console.log(`    ${line}`)
  }
}

async function explain(client: Client, sql: string, params: unknown[]): Promise<{ plan: string[]; rawMs: number }> {
  const rows = (await client.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: params as InArgs })).rows as unknown as { id: number; parent: number; detail: string }[]
  const depthOf = new Map<number, number>([[0, 0]])
  const plan = rows.map((r) => {
    const d = (depthOf.get(r.parent) ?? 0) + 1
    depthOf.set(r.id, d)
    return `${'  '.repeat(d - 1)}${r.detail}`
  })
  const times: number[] = []
  for (let i = 0; i < 25 && (i < 3 || times[0]! < 50); i++) {
    const s = performance.now()
    await client.execute({ sql, args: params as InArgs })
    times.push(performance.now() - s)
  }
  return { plan, rawMs: r1(pct(times.sort((a, b) => a - b), 50)) }
}

async function explainPlans(
  payload: Payload,
  db: SQLiteAdapter,
  { big, users }: { big: { id: Id }; users: Seeded['users'] },
): Promise<Seeded['plans']> {
  const captured: { sql: string; params: unknown[] }[] = []
  const session = (db.drizzle as unknown as { session: { logger: { logQuery: (sql: string, params: unknown[]) => void } } }).session
  const previous = session.logger
  session.logger = { logQuery: (sql, params) => captured.push({ sql, params }) }
  const asUser = async (id: Id) => ({ ...(await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })), collection: 'users' as const })
  const bigEditor = await asUser(users.big.id)
  const admin = await asUser(users.admin.id)
  const queries: { name: string; run: () => Promise<unknown> }[] = [
    {
      name: 'big-site editor, news list, where site = big (REST list)',
      run: () => payload.find({ collection: 'news', user: bigEditor, overrideAccess: false, depth: 0, limit: 10, page: 1, sort: '-publishedAt', where: { site: { equals: big.id } } }),
    },
    {
      name: 'big-site editor, news list, access control only',
      run: () => payload.find({ collection: 'news', user: bigEditor, overrideAccess: false, depth: 0, limit: 10, page: 1, sort: '-publishedAt' }),
    },
    {
      name: 'big-site editor, news list page 50',
      run: () => payload.find({ collection: 'news', user: bigEditor, overrideAccess: false, depth: 0, limit: 10, page: 50, sort: '-publishedAt', where: { site: { equals: big.id } } }),
    },
    {
      name: 'big-site editor, admin list view (draft: true → _news_v)',
      run: () => payload.find({ collection: 'news', user: bigEditor, overrideAccess: false, depth: 0, limit: 10, page: 1, sort: '-publishedAt', draft: true, where: { site: { in: [big.id] } } }),
    },
    {
      name: 'big-site editor, admin list view, access control only (draft: true)',
      run: () => payload.find({ collection: 'news', user: bigEditor, overrideAccess: false, depth: 0, limit: 10, page: 1, sort: '-publishedAt', draft: true }),
    },
    {
      name: 'platform admin, admin list view (draft: true), all sites',
      run: () => payload.find({ collection: 'news', user: admin, overrideAccess: false, depth: 0, limit: 10, page: 1, sort: '-publishedAt', draft: true }),
    },
    {
      name: 'big-site editor, draft: true, where site equals big (an `equals` baseListFilter)',
      run: () => payload.find({ collection: 'news', user: bigEditor, overrideAccess: false, depth: 0, limit: 10, page: 1, sort: '-publishedAt', draft: true, where: { site: { equals: big.id } } }),
    },
    {
      name: 'admin list view shape with `site = big` (what an `equals` access rule for one site would send)',
      run: () => payload.find({ collection: 'news', overrideAccess: true, depth: 0, limit: 10, page: 1, sort: '-publishedAt', draft: true, where: { site: { equals: big.id } } }),
    },
    {
      name: 'platform admin, site picker sort=name',
      run: () => payload.find({ collection: 'sites', user: admin, overrideAccess: false, depth: 0, limit: 10, page: 1, sort: 'name', select: { name: true } }),
    },
    {
      name: 'platform admin, site picker search name like "Hà"',
      run: () => payload.find({ collection: 'sites', user: admin, overrideAccess: false, depth: 0, limit: 10, page: 1, sort: 'name', select: { name: true }, where: { name: { like: 'Hà' } } }),
    },
  ]
  const plans: Seeded['plans'] = []
  try {
    // The "Việc của tôi" view's queries (loaded by path so that this file does not depend on its types).
    const myWorkModule = '../../plugins/workflow/myWork'
    const { myWork } = (await import(myWorkModule).catch(() => ({}))) as { myWork?: (p: Payload, u: unknown) => Promise<unknown> }
    if (myWork) queries.push({ name: 'big-site editor, my-work (Việc của tôi): six draft: true queries', run: () => myWork(payload, bigEditor) })
    for (const q of queries) {
      captured.length = 0
      await q.run()
      // Only the statements on the tables of interest (not, e.g., the security settings read by access checks).
      for (const { sql, params } of captured.filter((c) => /^\s*select/i.test(c.sql) && /from "(news|_news_v|_pages_v|sites)"/.test(c.sql))) {
        plans.push({ name: q.name, sql, params, ...(await explain(db.client, sql, params)) })
      }
    }
  } finally {
    session.logger = previous
  }
  return plans
}

// ─── phase 2: the real server ────────────────────────────────────────────────────────────────────
async function startRealServer(dataDir: string, sitesDir: string): Promise<{ port: number; startMs: number; output: () => string }> {
  const port = await freePort()
  const started = Date.now()
  let out = ''
  child = spawnServer({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SITES_DIR: sitesDir,
    SEED_ON_START: 'false',
    BUILD_ADMIN_ON_START: 'false',
    JOBS_IN_PROCESS: 'false',
    ...TWO_FACTOR_ENV,
  })
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()))
  const deadline = Date.now() + SERVER_START_S * 1000
  while (!out.includes('Cổng đã sẵn sàng')) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out.slice(-4000)}`)
    if (Date.now() > deadline) throw new Error(`server did not start in ${SERVER_START_S} s:\n${out.slice(-4000)}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return { port, startMs: Date.now() - started, output: () => out }
}

async function main() {
  const dataDir = path.join(tmp, 'data')
  const sitesDir = path.join(tmp, 'sites')
  log(`bench:admin: ${SITES} sites, ${DOCS} news (${BIG} on one site), ${WARMUP} warm-up + ${RUNS} timed requests per case; temp dir ${tmp}`)

  const admin = await ensureAdminBuild(root, (line) => log(line))
  log(admin.built ? `admin UI built in ${secs(admin.ms)} s (its sources changed)` : 'admin UI build is current')

  const seeded = await seedAll(dataDir, sitesDir)
  const { big, small, multi, users, stats, plans } = seeded
  await inProcess?.destroy()
  inProcess = null

  log(`starting the server (SEED_ON_START=false, BUILD_ADMIN_ON_START=false, JOBS_IN_PROCESS=false, TWO_FACTOR_REQUIRED_ROLES=${TWO_FACTOR_ENV.TWO_FACTOR_REQUIRED_ROLES})…`)
  const server = await startRealServer(dataDir, sitesDir)
  let currentOutput = server.output
  log(`server up on 127.0.0.1:${server.port} after ${secs(server.startMs)} s`)
  let port = server.port
  // Nothing may run in the background while the requests are timed (the search index is complete).
  const health = (await httpRequest(port, `localhost:${port}`, '/healthz')).json<{ searchIndex?: { documents?: number; queued?: number } }>()
  if ((health.searchIndex?.queued ?? 0) > 0) throw new Error(`the server queued ${health.searchIndex?.queued} search syncs at start: the timings would measure them`)
  log(`search index: ${health.searchIndex?.documents ?? '?'} documents, ${health.searchIndex?.queued ?? 0} syncs queued`)
  const host = () => `localhost:${port}`
  const get = (url: string, token?: string) => httpRequest(port, host(), url, { token })

  // Logins (JWT). If platform-admin login ever needs a second factor we cannot give, skip its cases.
  const notes: string[] = []
  const login = async (email: string): Promise<string | null> => {
    const res = await httpRequest(port, host(), '/api/users/login', { method: 'POST', json: { email, password: PASSWORD } })
    const body = (() => {
      try {
        return res.json<{ token?: string; message?: string; errors?: { message: string; data?: { twoFactor?: string } }[] }>()
      } catch {
        return {}
      }
    })()
    if (res.status === 200 && body.token) return body.token
    const twoFactor = body.errors?.[0]?.data?.twoFactor ? ` (two-factor ${body.errors[0]!.data!.twoFactor}; TWO_FACTOR_REQUIRED_ROLES=${TWO_FACTOR_ENV.TWO_FACTOR_REQUIRED_ROLES})` : ''
    notes.push(`login ${email}: HTTP ${res.status} ${body.message ?? body.errors?.[0]?.message ?? res.body.slice(0, 200)}${twoFactor}`)
    return null
  }
  const tokens = {
    big: await login(users.big.email),
    small: await login(users.small.email),
    multi: await login(users.multi.email),
    admin: await login(users.admin.email),
  }
  for (const [who, token] of Object.entries(tokens)) if (!token && who !== 'admin') throw new Error(`editor login failed: ${notes.join('; ')}`)
  if (!tokens.admin) log(`platform admin could not log in; its cases are skipped (${notes.join('; ')})`)
  log(`logged in: ${Object.entries(tokens).filter(([, t]) => t).map(([k]) => k).join(', ')}`)

  const results: CaseResult[] = []
  const failures: string[] = []
  let resets = 0
  const measure = async (group: CaseResult['group'], name: string, who: keyof typeof tokens, url: string) => {
    const token = tokens[who]
    if (!token) return
    // One retry on a reset connection (a kept-alive socket closed by the server between requests).
    const once = async () => {
      try {
        return await get(url, token)
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ECONNRESET' || !child || child.exitCode !== null) throw err
        resets++
        return get(url, token)
      }
    }
    try {
      let last: Reply | null = null
      // Warm up (only 3 requests when a request takes over 200 ms).
      for (let i = 0; i < WARMUP; i++) {
        const s = performance.now()
        last = await once()
        if (i >= 2 && performance.now() - s > 200) break
      }
      if (!last || last.status !== 200) throw new Error(`HTTP ${last?.status}: ${last?.body.slice(0, 300)}`)
      // RUNS timed requests, but a very slow case stops after CASE_BUDGET_S (with at least MIN_RUNS).
      const times: number[] = []
      const started = Date.now()
      while (times.length < RUNS && (times.length < MIN_RUNS || Date.now() - started < CASE_BUDGET_MS)) {
        const s = performance.now()
        last = await once()
        times.push(performance.now() - s)
        if (last.status !== 200) throw new Error(`HTTP ${last.status}: ${last.body.slice(0, 300)}`)
      }
      times.sort((a, b) => a - b)
      const body = last.json<{ totalDocs?: number; docs?: unknown[] }>()
      const result: CaseResult = {
        group,
        name,
        user: who,
        url,
        n: times.length,
        totalDocs: body.totalDocs ?? null,
        docs: body.docs?.length ?? null,
        bytes: Buffer.byteLength(last.body),
        p50: r1(pct(times, 50)),
        p95: r1(pct(times, 95)),
        max: r1(times[times.length - 1]!),
      }
      results.push(result)
      log(`${name.padEnd(58)} p50 ${String(result.p50).padStart(6)}  p95 ${String(result.p95).padStart(6)}  max ${String(result.max).padStart(6)} ms  (n ${result.n}, total ${result.totalDocs}, ${result.bytes} B)`)
    } catch (err) {
      const message = `${name}: ${err instanceof Error ? err.message : String(err)} (${url})`
      failures.push(message)
      log(`FAILED ${message}`)
      if (!child || child.exitCode !== null) throw new Error(`the server died:\n${currentOutput().slice(-3000)}`)
    }
  }

  // The editor's news list.
  const list = '/api/news?depth=0&limit=10&sort=-publishedAt'
  const multiIds = multi.map((s) => s.id).join(',')
  log('— news list —')
  await measure('list', `big-site editor, site = big (${BIG} docs)`, 'big', `${list}&page=1&where[site][equals]=${big.id}`)
  await measure('list', 'big-site editor, no site filter (access control only)', 'big', `${list}&page=1`)
  await measure('list', 'big-site editor, site = big, page 50', 'big', `${list}&page=50&where[site][equals]=${big.id}`)
  await measure('list', 'small-site editor, site = small', 'small', `${list}&page=1&where[site][equals]=${small.id}`)
  await measure('list', 'small-site editor, no site filter (access control only)', 'small', `${list}&page=1`)
  await measure('list', '5-site editor, site in (5 sites)', 'multi', `${list}&page=1&where[site][in]=${multiIds}`)
  await measure('list', '5-site editor, no site filter (access control only)', 'multi', `${list}&page=1`)
  // What the admin list view really reads: draft: true → the latest version rows (_news_v), with
  // the collection's baseListFilter (site in the user's sites) when it has one.
  await measure('list-extra', 'big-site editor, draft=true, site in big (admin list view)', 'big', `${list}&page=1&draft=true&where[site][in]=${big.id}`)
  await measure('list-extra', 'big-site editor, draft=true, site = big (`equals` filter)', 'big', `${list}&page=1&draft=true&where[site][equals]=${big.id}`)
  await measure('list-extra', 'small-site editor, draft=true, site in small (admin list)', 'small', `${list}&page=1&draft=true&where[site][in]=${small.id}`)
  await measure('list-extra', '5-site editor, draft=true, site in 5 (admin list view)', 'multi', `${list}&page=1&draft=true&where[site][in]=${multiIds}`)
  await measure('list-extra', 'platform admin, draft=true (admin list view), all sites', 'admin', `${list}&page=1&draft=true`)
  await measure('list-extra', 'platform admin, all news', 'admin', `${list}&page=1`)
  // The "Việc của tôi" (my work) admin view: six draft: true queries (news and pages).
  await measure('list-extra', 'big-site editor, /api/users/my-work (Việc của tôi)', 'big', '/api/users/my-work')
  await measure('list-extra', 'platform admin, site = big', 'admin', `${list}&page=1&where[site][equals]=${big.id}`)

  // The site (tenant) picker.
  const picker = '/api/sites?depth=0&limit=10&page=1&sort=name&select[name]=true'
  const search = `&where[name][like]=${encodeURIComponent('Hà')}`
  log('— site picker —')
  await measure('selector', 'platform admin, sites page 1 by name', 'admin', picker)
  await measure('selector', 'platform admin, search "Hà"', 'admin', picker + search)
  await measure('selector', 'big-site editor, sites page 1 by name', 'big', picker)
  await measure('selector', 'big-site editor, search "Hà"', 'big', picker + search)
  await measure('selector', 'small-site editor, sites page 1 by name', 'small', picker)
  await measure('selector', '5-site editor, sites page 1 by name', 'multi', picker)
  await measure('selector', '5-site editor, search "Hà"', 'multi', picker + search)
  // What the relationship field really sends: sort by id (Sites has no defaultSort), draft=true and,
  // for editors, the site field's filterOptions (id in their sites).
  const real = '/api/sites?depth=0&draft=true&limit=10&page=1&sort=id&select[name]=true&locale=vi'
  await measure('selector-extra', 'platform admin, picker as the admin UI sends it', 'admin', real)
  await measure('selector-extra', '5-site editor, picker as sent (filterOptions id in 5)', 'multi', `${real}&where[and][0][id][in]=${multiIds}`)
  await measure('selector-extra', '5-site editor, picker as sent + search "Hà"', 'multi', `${real}&where[and][0][id][in]=${multiIds}&where[and][1][name][like]=${encodeURIComponent('Hà')}`)
  // For comparison: the whole list, which the picker never loads.
  log('— full sites list (comparison) —')
  await measure('full-list', 'platform admin, all sites limit=0, name only', 'admin', '/api/sites?depth=0&limit=0&sort=name&select[name]=true')
  await measure('full-list', 'platform admin, all sites limit=0, full docs', 'admin', '/api/sites?depth=0&limit=0&sort=name')

  // ─── what ANALYZE (statistics for the query planner) changes: Payload never runs it ───
  let analyzeMs: number | null = null
  const afterPlans: { name: string; sql: string; plan: string[]; rawMs: number }[] = []
  if (process.env.ANALYZE_PHASE !== '0' && !POSTGRES) {
    log('— after ANALYZE: stop the server, run ANALYZE on the database, restart, re-measure the big-site lists —')
    await stopServer()
    const client = createClient({ url: `file:${path.join(dataDir, 'cong.db')}` })
    try {
      const s = Date.now()
      // A full ANALYZE: with `PRAGMA analysis_limit=1000` the sampled statistics say `latest` has
      // ~1,000 rows per value (it has 100,000), and the planner keeps the slow plan for `in` filters.
      await client.execute('ANALYZE')
      analyzeMs = Date.now() - s
      for (const p of plans.filter((p) => /news list|admin list|my-work/.test(p.name))) afterPlans.push({ name: p.name, sql: p.sql, ...(await explain(client, p.sql, p.params)) })
    } finally {
      client.close()
    }
    log(`ANALYZE took ${analyzeMs} ms`)
    printPlans('The same statements after ANALYZE:', afterPlans)
    const again = await startRealServer(dataDir, sitesDir)
    port = again.port
    currentOutput = again.output
    log(`server restarted on 127.0.0.1:${port} after ${secs(again.startMs)} s`)
    await measure('after-analyze', `big-site editor, site = big (${BIG} docs) + ANALYZE`, 'big', `${list}&page=1&where[site][equals]=${big.id}`)
    await measure('after-analyze', 'big-site editor, no site filter + ANALYZE', 'big', `${list}&page=1`)
    await measure('after-analyze', 'big-site editor, draft=true, site in big + ANALYZE', 'big', `${list}&page=1&draft=true&where[site][in]=${big.id}`)
    await measure('after-analyze', 'big-site editor, draft=true, site = big + ANALYZE', 'big', `${list}&page=1&draft=true&where[site][equals]=${big.id}`)
    await measure('after-analyze', 'small-site editor, draft=true, site in small + ANALYZE', 'small', `${list}&page=1&draft=true&where[site][in]=${small.id}`)
    await measure('after-analyze', '5-site editor, draft=true, site in 5 + ANALYZE', 'multi', `${list}&page=1&draft=true&where[site][in]=${multiIds}`)
    await measure('after-analyze', 'big-site editor, /api/users/my-work + ANALYZE', 'big', '/api/users/my-work')
    await measure('after-analyze', 'platform admin, draft=true, all sites + ANALYZE', 'admin', `${list}&page=1&draft=true`)
  }

  // ─── report ───
  const w = (s: string | number, n: number) => String(s).padEnd(n)
  const wr = (s: string | number, n: number) => String(s).padStart(n)
  console.log('')
  console.log(`${w('group', 15)}${w('case', 62)}${wr('n', 4)}${wr('total', 7)}${wr('bytes', 8)}${wr('p50', 8)}${wr('p95', 8)}${wr('max', 8)}  (ms)`)
  console.log('─'.repeat(120))
  for (const r of results) console.log(`${w(r.group, 15)}${w(r.name, 62)}${wr(r.n, 4)}${wr(r.totalDocs ?? '', 7)}${wr(r.bytes, 8)}${wr(r.p50, 8)}${wr(r.p95, 8)}${wr(r.max, 8)}`)
  console.log('')
  console.log('Query plans (full plans printed above), main step and median raw SQL time:')
  for (const p of plans) console.log(`  ${p.name.padEnd(70)} ${/count\(/i.test(p.sql) ? 'count ' : 'select'}  ${String(p.rawMs).padStart(6)} ms  ${p.plan[0]}`)
  for (const p of afterPlans) console.log(`  ${(p.name + ' + ANALYZE').padEnd(70)} ${/count\(/i.test(p.sql) ? 'count ' : 'select'}  ${String(p.rawMs).padStart(6)} ms  ${p.plan[0]}`)
  const editorsSeeAll = results.filter((r) => r.group === 'selector' && r.user !== 'admin' && !r.url.includes('like')).map((r) => r.totalDocs)
  console.log('')
  console.log(
    `Sites read access is public: editors' /api/sites returns totalDocs ${[...new Set(editorsSeeAll)].join('/')} (not scoped); the picker is scoped only by the site field's filterOptions.`,
  )
  if (notes.length) console.log(`Notes: ${notes.join('; ')}`)
  if (failures.length) console.log(`FAILED cases:\n  ${failures.join('\n  ')}`)
  if (resets) console.log(`${resets} request(s) retried after ECONNRESET`)

  const worst = (groups: CaseResult['group'][]) => {
    const rs = results.filter((r) => groups.includes(r.group))
    return rs.length ? Math.max(...rs.map((r) => r.p95)) : null
  }
  const find = (name: string) => results.find((r) => r.name === name)?.p95 ?? null
  const bigListPlan = plans.find((p) => p.name.startsWith('big-site editor, news list, where site') && !/count\(/i.test(p.sql))
  const draftPlan = plans.find((p) => p.name.includes('draft: true') && !/count\(/i.test(p.sql))
  const bigCountPlan = plans.find((p) => p.name.startsWith('big-site editor, news list, where site') && /count\(/i.test(p.sql))
  const afterDraftPlan = afterPlans.find((p) => p.name.includes('draft: true') && !/count\(/i.test(p.sql))
  // Top-level steps only (the correlated sub-query reading news_rels is the same everywhere).
  const brief = (plan?: string[]) => plan?.filter((l) => !l.startsWith(' ') && !l.startsWith('CORRELATED')).join(' | ') ?? null
  const withFilter = results.filter((r) => r.group === 'list' && r.url.includes('where[site]')).map((r) => r.p95)
  // The figure the issue asks for: an editor's own-site news list, sorted by date, first page, both
  // as REST clients send it (with the site filter) and as the admin list view reads it (drafts).
  const adminListView = results.filter((r) => r.group === 'list-extra' && r.url.includes('draft=true') && r.user !== 'admin').map((r) => r.p95)
  const editorLists = [...withFilter, ...adminListView]
  const listP95 = editorLists.length ? Math.max(...editorLists) : null
  const selectorP95 = worst(['selector'])
  console.log(
    JSON.stringify({
      sites: seeded.sites.length,
      docs: DOCS,
      list_p95_ms: listP95,
      tenant_selector_p95_ms: selectorP95,
      target_p95_ms: TARGET_P95_MS,
      target_list_p95_ms: TARGET_LIST_P95_MS,
      target_my_work_p95_ms: TARGET_MY_WORK_P95_MS,
      within_target: (listP95 ?? 0) <= TARGET_LIST_P95_MS && (selectorP95 ?? 0) < TARGET_P95_MS && (find('big-site editor, /api/users/my-work (Việc của tôi)') ?? 0) <= TARGET_MY_WORK_P95_MS,
      list_with_site_filter_p95_ms: withFilter.length ? Math.max(...withFilter) : null,
      list_big_site_p95_ms: find(`big-site editor, site = big (${BIG} docs)`),
      list_big_site_no_filter_p95_ms: find('big-site editor, no site filter (access control only)'),
      list_no_site_filter_p95_ms: worst(['list']) === null ? null : Math.max(...results.filter((r) => r.group === 'list' && !r.url.includes('where[site]')).map((r) => r.p95)),
      list_big_site_page50_p95_ms: find('big-site editor, site = big, page 50'),
      list_small_site_p95_ms: find('small-site editor, site = small'),
      list_multi_site_p95_ms: find('5-site editor, site in (5 sites)'),
      admin_list_view_p95_ms: worst(['list-extra']) === null ? null : Math.max(...results.filter((r) => r.group === 'list-extra' && r.url.includes('draft=true')).map((r) => r.p95)),
      my_work_p95_ms: find('big-site editor, /api/users/my-work (Việc của tôi)'),
      after_analyze_my_work_p95_ms: find('big-site editor, /api/users/my-work + ANALYZE'),
      platform_admin_list_p95_ms: find('platform admin, all news'),
      selector_real_p95_ms: worst(['selector-extra']),
      sites_full_list_p95_ms: worst(['full-list']),
      sites_full_list_bytes: results.find((r) => r.group === 'full-list' && r.name.includes('full docs'))?.bytes ?? null,
      editors_see_all_sites: editorsSeeAll.every((n) => n === seeded.sites.length),
      big_list_uses_compound_index: bigListPlan ? bigListPlan.plan.some((l) => l.includes('site_publishedAt_idx')) : null,
      big_list_plan: brief(bigListPlan?.plan),
      big_list_count_plan: brief(bigCountPlan?.plan),
      admin_list_view_plan: brief(draftPlan?.plan),
      platform_admin_login: tokens.admin ? `ok (TWO_FACTOR_REQUIRED_ROLES=${TWO_FACTOR_ENV.TWO_FACTOR_REQUIRED_ROLES})` : 'skipped',
      failed_cases: failures.length,
      slow_cases_capped: results.filter((r) => r.n < RUNS).map((r) => `${r.name} (n ${r.n})`),
      analyze_ms: analyzeMs,
      after_analyze_list_p95_ms: worst(['after-analyze']),
      after_analyze_admin_list_view_p95_ms: (() => {
        const v = results.filter((r) => r.group === 'after-analyze' && r.url.includes('draft=true')).map((r) => r.p95)
        return v.length ? Math.max(...v) : null
      })(),
      after_analyze_admin_list_view_plan: brief(afterDraftPlan?.plan),
      seed_sites_per_s: stats.sites_per_s,
      seed_bulk_docs_per_s: stats.bulk_docs_per_s,
      seed_bulk_rows_per_s: stats.bulk_rows_per_s,
      seed_bulk_s: r1(stats.bulk_ms! / 1000),
      db_mb: stats.db_mb,
      admin_build_s: r1(admin.ms / 1000),
      server_start_s: r1(server.startMs / 1000),
      total_s: r1((Date.now() - t0) / 1000),
      cpus: os.cpus().length,
      loadavg_start: r1(loadStart),
      loadavg_end: r1(os.loadavg()[0]!),
    }),
  )
}

let exitCode = 0
try {
  await main()
} catch (err) {
  exitCode = 1
  console.error(`bench:admin failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
} finally {
  await cleanup()
}
process.exit(exitCode)
