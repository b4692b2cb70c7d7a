/**
 * Issue 17, ADR 0026: a full rebuild an operator can live with. On a real server (jobs off, so
 * only the processes this test starts build) with 30 portals of distinct page views:
 *
 * - `npm run site -- rebuild-all` builds them all in one run, printing done/total, pages/s and the
 *   time left; the domain map is written once, when the run ends;
 * - a second run (`--full`) is killed (SIGKILL) part-way; running `rebuild-all` again joins it
 *   (no second run), queues the dead process's builds again and builds exactly the portals not
 *   yet built: every portal ends with one succeeded build in the run, done reaches total;
 * - portals were built most-visited first, and every portal answered 200 throughout, the portals
 *   not yet rebuilt from their previous release; each page the portal server served was counted
 *   into its portal's visits (assets and robots were not);
 * - in Chromium, a platform admin starts a run from the builds view (Xây dựng cổng) and watches its
 *   progress bar, pages/s and time left while a worker builds it; a site admin sees the builds
 *   but not the control, and the endpoints refuse them (403).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { createClient } from '@libsql/client'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '../cms/src/config/env'
import { addVisits } from '../plugins/portals/visits'
import { clickUntil, launchChromium } from './helpers/browser'
import { addPortals } from './helpers/platform'
import { openLocalApi, SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'

type Site = { id: number; slug: string; visits: number }
type Build = { id: number; site: number; status: string; reason: string; startedAt: string; finishedAt: string; visits: number; run: number }
type Run = { id: number; status: string; total: number; done: number; failed: number; finishedAt: string | null; pages: number | null }

let server: TestServer
let local: Payload
let sites: Site[] = []
/** Pages this test asked the portal server for, per portal (each a page view it counts). */
const served = new Map<string, number>()
const countServed = (slug: string) => served.set(slug, (served.get(slug) ?? 0) + 1)
const children = new Set<ChildProcess>()

function cli(args: string[]): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cms/src/cli/site.ts', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_ENV: 'production', ...server.env, PORT: String(server.port), BUILD_HEARTBEAT_MS: '500' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(child)
  let out = ''
  child.stdout!.on('data', (c: Buffer) => (out += c))
  child.stderr!.on('data', (c: Buffer) => (out += c))
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => (children.delete(child), resolve(code))))
  return { child, output: () => out, exit }
}

const runs = async () => (await local.find({ collection: 'build-runs', sort: 'startedAt', pagination: false, depth: 0, overrideAccess: true })).docs as unknown as Run[]
const buildsOf = async (run: number) => (await local.find({ collection: 'builds', where: { run: { equals: run } }, pagination: false, depth: 0, overrideAccess: true })).docs as unknown as Build[]
const release = (slug: string) => fs.readlinkSync(path.join(server.sitesDir, slug))

/** Every portal's home page, over and over, until stopped: what citizens would have seen. */
function watchPortals(): { stop: () => Promise<{ requests: number; failures: string[] }> } {
  let stopped = false
  const failures: string[] = []
  let requests = 0
  const loop = (async () => {
    while (!stopped) {
      for (const site of sites) {
        for (const p of ['/', '/tin-tuc/']) {
          const res = await server.request(`${site.slug}.localhost:${server.port}`, p)
          requests++
          countServed(site.slug)
          if (res.status !== 200) failures.push(`${site.slug}${p} ${res.status}`)
        }
      }
    }
  })()
  return {
    stop: async () => {
      stopped = true
      await loop
      return { requests, failures }
    },
  }
}

beforeAll(async () => {
  server = await startServer({ JOBS_IN_PROCESS: 'false', BUILD_HEARTBEAT_MS: '500', VISITS_FLUSH_MS: '300' })
  local = await openLocalApi(server)
  const bySlug = async (slug: string) => (await local.find({ collection: 'sites', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })).docs[0]!
  const commune = await bySlug('xa-thach-ha')
  const province = await bySlug('ha-tinh')
  await addPortals(local, { template: commune.id, parent: province.id, count: 26, prefix: 'xa-tai-dung', newsPerSite: 3 })
  const all = (await local.find({ collection: 'sites', where: { status: { equals: 'active' } }, pagination: false, depth: 0, overrideAccess: true, select: { slug: true } })).docs
  // Distinct page views, unrelated to the order portals were created in.
  const views = new Map(all.map((s, i) => [String(s.id), ((i * 37) % 97) * 10 + 5]))
  // The server may still be writing its first minutes (search index, seed): a busy SQLite retries.
  for (let attempt = 1; ; attempt++) {
    try {
      await addVisits(local, views)
      break
    } catch (err) {
      console.warn(`page views not stored (attempt ${attempt}): ${(err as Error).cause ?? err}`)
      if (attempt >= 5) throw err
      await new Promise((r) => setTimeout(r, 2000))
    }
  }
  sites = all.map((s) => ({ id: s.id as number, slug: s.slug as string, visits: views.get(String(s.id))! }))
  expect(sites).toHaveLength(30)
  // What the command-line processes will read: the same rows through a connection of their own.
  await waitForStoredVisits((s) => s.visits, 'the page views to be readable by another connection')
}, 300_000)

/**
 * Wait until every portal's visits, as another process reads them, are `expected`'s. A timeout
 * names each portal that differs with what the writing connection reads (an update no other
 * connection sees tells itself from one written over) and the server's output.
 */
async function waitForStoredVisits(expected: (site: Site) => number, what: string): Promise<Map<string, number>> {
  let last = new Map<string, number>()
  return waitFor(async () => {
    last = await storedVisits()
    return sites.every((s) => last.get(s.slug) === expected(s)) ? last : undefined
  }, 20_000, what).catch(async (err: Error) => {
    const own = await local.find({ collection: 'sites', pagination: false, depth: 0, overrideAccess: true, select: { slug: true, visits: true } })
    const writer = new Map(own.docs.map((d) => [String(d.slug), Number(d.visits)]))
    const diff = sites.filter((s) => last.get(s.slug) !== expected(s)).map((s) => `${s.slug}: ${last.get(s.slug)} (writer's connection ${writer.get(s.slug)}) ≠ ${expected(s)}`)
    throw new Error(`${err.message}: ${diff.join(', ')}\n${server.output().slice(-3000)}`)
  })
}

/** Every live portal's visits as another process sees them (a connection of its own to the database). */
async function storedVisits(): Promise<Map<string, number>> {
  const database = env().database
  const sql = "SELECT slug, visits FROM sites WHERE status = 'active'"
  const byslug = (rows: Array<Record<string, unknown>>) => new Map(rows.map((r) => [String(r.slug), Number(r.visits)]))
  if (database.kind === 'sqlite') {
    const client = createClient({ url: database.url })
    try {
      return byslug((await client.execute(sql)).rows as unknown as Array<Record<string, unknown>>)
    } finally {
      client.close()
    }
  }
  if (database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      return byslug((await client.query(sql)).rows)
    } finally {
      await client.end()
    }
  }
  throw new Error(`full-rebuild reads the stored page views on SQLite and PostgreSQL, not ${database.kind}`)
}

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL')
  await local?.destroy()
  await server?.stop()
})

describe('a full rebuild from the command line', () => {
  it('builds every portal once, most visited first, prints progress with the time left, and writes the domain map once', async () => {
    const mapFile = path.join(server.sitesDir, '.domains.map')
    // The demo portals' first builds, queued by the seed: builds a person asked for.
    const asked = (await local.find({ collection: 'builds', where: { status: { equals: 'queued' } }, pagination: false, depth: 0, overrideAccess: true })).docs
    const askedSites = new Set(asked.map((b) => b.site as number))
    expect(askedSites.size).toBe(4)
    // A progress interval out of range is refused before anything starts.
    const refused = cli(['rebuild-all', '--every', '0'])
    expect(await refused.exit).toBe(2)
    expect(refused.output()).toContain('--every must be a number of seconds from 0.2 to 600')
    expect(await runs()).toEqual([])
    // The premise of the order below: the visits stored are the distinct ones added before.
    const before = await storedVisits()
    expect(Object.fromEntries(sites.map((s) => [s.slug, before.get(s.slug)]))).toEqual(Object.fromEntries(sites.map((s) => [s.slug, s.visits])))
    // Progress every 0.3 s: the 30 small portals are built in a few seconds.
    const first = cli(['rebuild-all', '--reason', 'lần đầu / first', '--every', '0.3'])
    expect(await first.exit, first.output()).toBe(0)
    const out = first.output()
    console.info(out.split('\n').filter((l) => /cổng|portals/.test(l)).join('\n'))
    expect(out).toContain('Bắt đầu xây dựng lại toàn bộ 30 cổng')
    // Progress lines: done/total, pages per second and the time left, in both languages.
    expect(out).toMatch(/\d+\/30 cổng \(\d+%\) · [\d.,]+ trang\/s · còn khoảng \d+ (giây|phút)/)
    expect(out).toMatch(/\d+\/30 portals \(\d+%\) · [\d.,]+ pages\/s · about \d+ (s|min)/)
    expect(out).toContain('30/30 cổng (100%)')
    expect(out).toMatch(/Xong lượt #\d+: 30\/30 cổng thành công, 0 lỗi/)
    const [run] = await runs()
    expect(run).toMatchObject({ status: 'finished', total: 30, done: 30, failed: 0 })
    expect(run!.pages).toBeGreaterThan(30 * 10)
    const builds = await buildsOf(run!.id)
    expect(builds.map((b) => b.status)).toEqual(Array(30).fill('succeeded'))
    expect(new Set(builds.map((b) => b.site)).size).toBe(30)
    // Builds a person asked for go first and take the run's build of their portal along; then
    // most visited first: ordered by when each portal's build began, the visits never go up.
    const order = [...builds].sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    const people = order.filter((b) => askedSites.has(b.site))
    const rest = order.filter((b) => !askedSites.has(b.site))
    expect(people.map((b) => b.status)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded'])
    expect(people.every((b) => b.startedAt <= rest[0]!.startedAt)).toBe(true)
    for (let i = 1; i < rest.length; i++) if (rest[i]!.startedAt > rest[i - 1]!.startedAt) expect(rest[i]!.visits, `build ${i}`).toBeLessThanOrEqual(rest[i - 1]!.visits)
    expect(rest[0]!.visits).toBe(Math.max(...sites.filter((s) => !askedSites.has(s.id)).map((s) => s.visits)))
    // The domain map: written when the run finished, with every portal's domain.
    const map = fs.readFileSync(mapFile, 'utf8')
    for (let i = 1; i <= 26; i++) expect(map).toContain(`xa-tai-dung-${i}.gov.vn xa-tai-dung-${i};`)
    expect(fs.statSync(mapFile).mtimeMs).toBeGreaterThanOrEqual(Date.parse(run!.finishedAt!) - 1000)
    for (const site of sites) {
      expect((await server.request(`${site.slug}.localhost:${server.port}`, '/')).status).toBe(200)
      countServed(site.slug)
    }
    // Every page's precompressed copies hold exactly the page.
    for (const site of sites) {
      const dir = fs.realpathSync(path.join(server.sitesDir, site.slug))
      for (const page of ['index.html', 'tin-tuc/index.html']) {
        const html = fs.readFileSync(path.join(dir, page))
        expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, `${page}.br`))).equals(html), `${site.slug}/${page}.br`).toBe(true)
        expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, `${page}.gz`))).equals(html), `${site.slug}/${page}.gz`).toBe(true)
      }
    }
  }, 600_000)

  it('survives a killed process: the next rebuild-all joins the run and builds only what was not built, while every portal keeps answering 200', async () => {
    const before = new Map(sites.map((s) => [s.slug, release(s.slug)]))
    const mapFile = path.join(server.sitesDir, '.domains.map')
    const mapBefore = fs.statSync(mapFile).mtimeMs
    const watch = watchPortals()

    const killed = cli(['rebuild-all', '--full', '--reason', 'mẫu giao diện mới / new templates'])
    const runId = await waitFor(async () => {
      const run = (await runs()).find((r) => r.status === 'running')
      return run && run.done >= 6 ? run.id : undefined
    }, 300_000, `the run to get part-way\n${killed.output()}`)
    killed.child.kill('SIGKILL')
    await killed.exit
    const atKill = await buildsOf(runId)
    const builtBefore = atKill.filter((b) => b.status === 'succeeded')
    const abandoned = atKill.filter((b) => b.status === 'running')
    expect(builtBefore.length).toBeGreaterThanOrEqual(6)
    expect(builtBefore.length).toBeLessThan(30)
    expect(abandoned.length).toBeGreaterThan(0)
    // Portals not rebuilt yet still point at their previous release (and answered 200 meanwhile).
    const builtSites = new Set(builtBefore.map((b) => b.site))
    for (const site of sites.filter((s) => !builtSites.has(s.id))) expect(release(site.slug), site.slug).toBe(before.get(site.slug))
    for (const site of sites.filter((s) => builtSites.has(s.id))) expect(release(site.slug), site.slug).not.toBe(before.get(site.slug))
    // Nothing closed the run: the domain map was not rewritten per batch.
    expect(fs.statSync(mapFile).mtimeMs).toBe(mapBefore)

    const resumed = cli(['rebuild-all'])
    expect(await resumed.exit, resumed.output()).toBe(0)
    const out = resumed.output()
    console.info(`${killed.output()}\n--- SIGKILL ---\n${out}`.split('\n').filter((l) => /cổng|portals|SIGKILL/.test(l)).join('\n'))
    expect(out).toContain(`Đang có lượt xây dựng lại toàn bộ #${runId}`)
    expect(out).toContain('joining it, no second run')
    expect(out).toMatch(/\d+ bản dựng của tiến trình đã dừng được xếp hàng lại/)
    // Exactly the portals without a succeeded build in the run were built by the second process.
    expect(out).toContain(`this process built ${30 - builtBefore.length}.`)
    const { requests, failures } = await watch.stop()
    expect(failures).toEqual([])
    expect(requests).toBeGreaterThan(120)

    const all = await runs()
    expect(all).toHaveLength(2)
    const run = all[1]!
    expect(run).toMatchObject({ id: runId, status: 'finished', total: 30, done: 30, failed: 0 })
    const builds = await buildsOf(runId)
    expect(builds).toHaveLength(30)
    expect(builds.every((b) => b.status === 'succeeded')).toBe(true)
    expect(new Set(builds.map((b) => b.site)).size).toBe(30)
    // Those built before the kill kept their build (same row, same finish time).
    for (const b of builtBefore) expect(builds.find((x) => x.id === b.id)!.finishedAt).toBe(b.finishedAt)
    for (const site of sites) expect(release(site.slug), site.slug).not.toBe(before.get(site.slug))
    // Order: each process built most visited first; what the first built was more visited than
    // anything the second built except the builds the first process left half-done.
    const resumedIds = new Set(abandoned.map((b) => b.id))
    const second = builds.filter((b) => !builtBefore.some((x) => x.id === b.id))
    for (const phase of [builtBefore, second]) {
      const order = [...phase].sort((a, b) => a.startedAt.localeCompare(b.startedAt))
      for (let i = 1; i < order.length; i++) if (order[i]!.startedAt > order[i - 1]!.startedAt) expect(order[i]!.visits).toBeLessThanOrEqual(order[i - 1]!.visits)
    }
    const fresh = second.filter((b) => !resumedIds.has(b.id))
    expect(Math.min(...builtBefore.map((b) => b.visits))).toBeGreaterThan(Math.max(...fresh.map((b) => b.visits), -1))
    expect(fs.statSync(mapFile).mtimeMs).toBeGreaterThan(mapBefore)
  }, 600_000)

  it('counts every page the portal server served into its portal’s visits (the order of the next run)', async () => {
    const expected = (site: Site) => site.visits + (served.get(site.slug) ?? 0)
    // Assets and robots are not page views.
    await server.request(`${sites[0]!.slug}.localhost:${server.port}`, '/sitemap.xml')
    await server.request(`${sites[0]!.slug}.localhost:${server.port}`, '/', { headers: { 'user-agent': 'Googlebot/2.1' } })
    const stored = await waitForStoredVisits(expected, 'the page views to reach the database')
    expect([...served.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(150)
    expect(stored.get(sites[0]!.slug)).toBe(expected(sites[0]!))
  }, 60_000)

  it('adds the page views of nginx access logs with `site -- visits`, and refuses a missing log', async () => {
    const visitsOf = async (slug: string) => Number((await local.find({ collection: 'sites', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })).docs[0]!.visits)
    const [a, b] = ['xa-tai-dung-1', 'xa-tai-dung-2']
    const before = { a: await visitsOf(a), b: await visitsOf(b) }
    const line = (host: string, request: string, status: number, agent = 'Mozilla/5.0') => `${host} 203.0.113.9 - - [05/Dec/2026:10:00:00 +0700] "${request}" ${status} 900 "-" "${agent}"`
    const log = path.join(server.dataDir, 'portals-access.log')
    fs.writeFileSync(
      log,
      [
        line(`${a}.gov.vn`, 'GET / HTTP/1.1', 200),
        line(`${a}.gov.vn`, 'GET /tin-tuc/ HTTP/1.1', 304),
        line(`${a}.localhost`, 'GET /gioi-thieu/ HTTP/2.0', 200),
        line(`${a}.gov.vn`, 'GET /_astro/site.css HTTP/1.1', 200),
        line(`${a}.gov.vn`, 'GET / HTTP/1.1', 200, 'Googlebot/2.1'),
        line(`${b}.gov.vn`, 'GET /khong-co/ HTTP/1.1', 404),
        line(`${b}.gov.vn`, 'GET / HTTP/1.1', 200),
        line('la.example.org', 'GET / HTTP/1.1', 200),
      ].join('\n') + '\n',
    )
    const run = cli(['visits', '--log', log])
    expect(await run.exit, run.output()).toBe(0)
    expect(run.output()).toContain('8 dòng, 4 lượt xem trang')
    expect(run.output()).toContain('Đã cộng 4 lượt xem trang cho 2 cổng')
    expect(run.output()).toContain('1 lượt xem của tên miền không thuộc cổng nào được bỏ qua')
    expect(await visitsOf(a)).toBe(before.a + 3)
    expect(await visitsOf(b)).toBe(before.b + 1)
    const missing = cli(['visits', '--log', path.join(server.dataDir, 'khong-co.log')])
    expect(await missing.exit).toBe(2)
    expect(missing.output()).toContain('Không có tệp')
    expect(await visitsOf(a)).toBe(before.a + 3)
  }, 120_000)

  it('adds the page views a stopping server had not added yet', async () => {
    // A second web process on the same data that would add its counts only after an hour.
    const second = await startServer({ JOBS_IN_PROCESS: 'false', SEED_ON_START: 'false', VISITS_FLUSH_MS: '3600000' }, server.dataDir)
    const slug = 'xa-tai-dung-3'
    const visitsOf = async () => Number((await local.find({ collection: 'sites', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })).docs[0]!.visits)
    const before = await visitsOf()
    for (let i = 0; i < 5; i++) expect((await second.request(`${slug}.localhost:${second.port}`, '/')).status).toBe(200)
    expect(await visitsOf()).toBe(before)
    // Stopped as compose and systemd stop it (SIGTERM); not second.stop(), which removes the data.
    await second.terminate()
    expect(second.output()).toContain('Đã dừng')
    expect(await visitsOf()).toBe(before + 5)
  }, 180_000)
})

describe('a full rebuild in the admin (Chromium)', () => {

  const login = async (email: string) => (await server.api('/api/users/login', { method: 'POST', json: { email, password: SEED_PASSWORD } })).json<{ token: string }>().token

  it('lets a site admin see the builds but not the control, and refuses the endpoints', async () => {
    const token = await login('quantri.hatinh@cong.gov.vn')
    const browser = await launchChromium()
    try {
      const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } })
      await context.addCookies([{ name: 'payload-token', value: token, domain: 'localhost', path: '/' }])
      const page = await context.newPage()
      await page.goto(`http://localhost:${server.port}/admin/collections/builds`, { waitUntil: 'networkidle' })
      await page.getByRole('heading', { name: 'Xây dựng cổng', level: 1 }).waitFor()
      expect(await page.locator('.table tbody tr').count()).toBeGreaterThan(0)
      expect(await page.getByText('Xây dựng lại toàn bộ cổng').count()).toBe(0)
      expect(await page.getByTestId('full-rebuild').count()).toBe(0)
    } finally {
      await browser.close()
    }
    expect((await server.api('/api/build-runs/start', { method: 'POST', token, json: {} })).status).toBe(403)
    expect((await server.api('/api/build-runs/progress', { token })).status).toBe(403)
    expect((await server.api('/api/build-runs/progress')).status).toBe(401)
    expect((await server.api('/api/build-runs', { token })).status).toBe(403)
    // Page views are for staff: the public site records do not carry them.
    const pub = (await server.api('/api/sites?where[slug][equals]=xa-tai-dung-1&depth=0')).json()
    expect(pub.docs).toHaveLength(1)
    expect(pub.docs[0]).not.toHaveProperty('visits')
    expect((await server.api('/api/sites?where[slug][equals]=xa-tai-dung-1&depth=0', { token })).json().docs[0].visits).toBeGreaterThan(0)
    // Nobody writes them through the API, not even central IT.
    const adminToken = await login('admin@cong.gov.vn')
    const site = pub.docs[0].id
    const before = (await server.api(`/api/sites/${site}?depth=0`, { token: adminToken })).json().visits
    await server.api(`/api/sites/${site}?depth=0`, { method: 'PATCH', token: adminToken, json: { visits: 999_999 } })
    expect((await server.api(`/api/sites/${site}?depth=0`, { token: adminToken })).json().visits).toBe(before)
    const editor = await login('bientap.hatinh@cong.gov.vn')
    expect((await server.api('/api/build-runs/start', { method: 'POST', token: editor, json: {} })).status).toBe(403)
    const admin = await login('admin@cong.gov.vn')
    for (const json of [{ reason: 42 }, { full: 'yes' }, { reason: 'x'.repeat(501) }, { other: 1 }]) {
      const res = await server.api('/api/build-runs/start', { method: 'POST', token: admin, json })
      expect(res.status, JSON.stringify(json)).toBe(400)
      expect(res.json().errors[0].message).toMatch(/ \/ /)
    }
    expect(await runs()).toHaveLength(2)
  }, 120_000)

  it('lets a platform admin start a run in the builds view and watch its progress and time left, in Vietnamese and English', async () => {
    const token = await login('admin@cong.gov.vn')
    const browser = await launchChromium()
    try {
      const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 768 } })
      await context.addCookies([{ name: 'payload-token', value: token, domain: 'localhost', path: '/' }])
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (err) => errors.push(err.message))
      await page.goto(`http://localhost:${server.port}/admin/collections/builds`, { waitUntil: 'networkidle' })
      const panel = page.getByTestId('full-rebuild')
      await panel.getByRole('heading', { name: 'Xây dựng lại toàn bộ cổng' }).waitFor()
      // The latest run, finished.
      expect(await page.getByTestId('full-rebuild-line').innerText()).toContain('30/30 cổng (100%)')
      // The first click may land before React has hydrated the panel: click until the form opens.
      const reason = panel.getByLabel('Lý do (không bắt buộc)')
      await clickUntil(panel.getByRole('button', { name: 'Xây dựng lại toàn bộ cổng…' }), reason)
      await reason.fill('Thử trong quản trị')
      await panel.getByLabel('Dựng lại mọi trang (không dùng lại trang cũ)').check()
      await panel.getByRole('button', { name: 'Bắt đầu xây dựng lại' }).click()
      await page.locator('[data-testid="full-rebuild-progress"][data-status="running"]').waitFor()
      expect(await page.getByTestId('full-rebuild-line').innerText()).toContain('0/30 cổng (0%)')
      // Nothing builds yet (jobs are off): the time left is not guessed.
      expect(await page.getByTestId('full-rebuild-line').innerText()).toContain('đang ước tính thời gian còn lại')
      expect(await panel.getByRole('button', { name: 'Xây dựng lại toàn bộ cổng…' }).count()).toBe(0)

      // A worker takes the run; the view follows it without a reload.
      const w = spawn(process.execPath, ['--import', 'tsx', 'cms/src/worker.ts'], {
        cwd: process.cwd(),
        env: { ...process.env, NODE_ENV: 'production', ...server.env, JOBS_POLL_MS: '200', PORT: String(server.port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      children.add(w)
      w.once('exit', () => children.delete(w))
      const line = await waitFor(
        async () => {
          const text = await page.getByTestId('full-rebuild-line').innerText()
          return /^([1-9]|[12]\d)\/30 cổng \(\d+%\) · [\d.,]+ trang\/s · còn khoảng \d+ (giây|phút)/.test(text) ? text : undefined
        },
        300_000,
        'the progress with the time left',
      )
      expect(line).toMatch(/trang\/s/)
      const bar = page.getByRole('progressbar', { name: 'Tiến độ xây dựng lại toàn bộ' })
      expect(Number(await bar.getAttribute('value'))).toBeGreaterThan(0)
      expect(await bar.getAttribute('max')).toBe('30')

      // English where the admin shows English.
      const en = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 768 } })
      await en.addCookies([
        { name: 'payload-token', value: token, domain: 'localhost', path: '/' },
        { name: 'payload-lng', value: 'en', domain: 'localhost', path: '/' },
      ])
      const enPage = await en.newPage()
      await enPage.goto(`http://localhost:${server.port}/admin/collections/builds`, { waitUntil: 'networkidle' })
      await enPage.getByRole('heading', { name: 'Rebuild every portal' }).waitFor()
      expect(await enPage.getByTestId('full-rebuild-line').innerText()).toMatch(/^\d+\/30 portals \(\d+%\) · [\d.,]+ pages\/s · (about \d+ (s|min)[^·]* left|finished)/)

      await waitFor(async () => ((await page.getByTestId('full-rebuild-line').innerText()).includes('30/30 cổng (100%) · ') ? true : undefined), 300_000, 'the run to finish in the view')
      expect(await page.getByTestId('full-rebuild-line').innerText()).toContain('đã xong')
      await panel.getByRole('button', { name: 'Xây dựng lại toàn bộ cổng…' }).waitFor()
      expect(errors).toEqual([])
    } finally {
      await browser.close()
    }
    const all = await runs()
    expect(all).toHaveLength(3)
    expect(all[2]).toMatchObject({ status: 'finished', total: 30, done: 30, failed: 0 })
  }, 600_000)
})

describe('an editor’s publish during a full rebuild', () => {
  it('goes live while the worker is still building the batch under way, not after it (the second lane), and the run still builds every portal once', async () => {
    // Only the worker this test starts builds.
    for (const child of [...children]) {
      child.kill('SIGKILL')
      await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)))
    }
    const admin = (await server.api('/api/users/login', { method: 'POST', json: { email: 'admin@cong.gov.vn', password: SEED_PASSWORD } })).json<{ token: string }>().token
    // The least visited portal: its build in the run is among the last, in the second batch.
    const last = [...sites].filter((s) => s.slug.startsWith('xa-tai-dung-')).sort((a, b) => a.visits - b.visits)[0]!
    const news = (await local.find({ collection: 'news', where: { and: [{ site: { equals: last.id } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 0, overrideAccess: true })).docs[0]!
    // Every page rendered again, so the run's first batch (25 portals) takes a while.
    const started = cli(['rebuild-all', '--full', '--detach', '--reason', 'mẫu giao diện mới / new templates'])
    expect(await started.exit, started.output()).toBe(0)
    const run = (await runs()).at(-1)!
    expect(run).toMatchObject({ status: 'running', total: 30, done: 0 })
    const w = spawn(process.execPath, ['--import', 'tsx', 'cms/src/worker.ts'], {
      cwd: process.cwd(),
      env: { ...process.env, NODE_ENV: 'production', ...server.env, JOBS_POLL_MS: '200', PORT: String(server.port), BUILD_HEARTBEAT_MS: '500' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.add(w)
    w.once('exit', () => children.delete(w))
    // The worker has claimed its first batch and built a portal of it.
    const batch = await waitFor(async () => {
      const builds = await buildsOf(run.id)
      return builds.some((b) => b.status === 'succeeded') ? builds.filter((b) => b.status === 'running' || b.status === 'succeeded') : undefined
    }, 300_000, 'the first batch to be under way')
    expect(batch.length).toBeLessThanOrEqual(25)
    expect(batch.map((b) => b.site)).not.toContain(last.id)

    const title = `Thông báo giữa lúc xây dựng lại – ${Date.now()}`
    const publishedAt = Date.now()
    const res = await server.api(`/api/news/${news.id}?depth=0`, { method: 'PATCH', token: admin, json: { title, _status: 'published' } })
    expect(res.status, res.body).toBe(200)
    await waitFor(async () => ((await server.request(`${last.slug}.localhost:${server.port}`, `/tin-tuc/${news.slug as string}/`)).body.includes(title) ? true : undefined), 120_000, 'the publish to go live')
    const liveMs = Date.now() - publishedAt
    // What the editor would notice: the page changed while the batch was still being built.
    const atLive = await buildsOf(run.id)
    const batchIds = new Set(batch.map((b) => b.id))
    const stillBuilding = atLive.filter((b) => batchIds.has(b.id) && b.status !== 'succeeded')
    console.info(`publish live after ${liveMs} ms; the batch of ${batch.length}: ${stillBuilding.length} portal(s) not yet built`)
    expect(stillBuilding.length).toBeGreaterThan(0)
    // The publish's build took the portal's build in the run along (one render served both).
    // (Its rows are marked done just after the swap the editor saw.)
    const ofPortal = await waitFor(async () => {
      const rows = (await local.find({ collection: 'builds', where: { and: [{ site: { equals: last.id } }, { startedAt: { greater_than: new Date(publishedAt).toISOString() } }] }, pagination: false, depth: 0, overrideAccess: true })).docs as unknown as Build[]
      return rows.every((b) => b.status !== 'running') ? rows : undefined
    }, 30_000, 'the publish’s build to be recorded')
    expect(ofPortal.map((b) => [b.run ? 'run' : 'asked', b.status]).sort()).toEqual([['asked', 'succeeded'], ['run', 'succeeded']])

    // The run goes on to the end: every portal built once in it.
    await waitFor(async () => ((await runs()).at(-1)!.status === 'finished' ? true : undefined), 300_000, 'the run to finish')
    expect((await runs()).at(-1)).toMatchObject({ status: 'finished', total: 30, done: 30, failed: 0 })
    const builds = await buildsOf(run.id)
    expect(builds.map((b) => b.status)).toEqual(Array(30).fill('succeeded'))
    expect(new Set(builds.map((b) => b.site)).size).toBe(30)
    expect((await server.request(`${last.slug}.localhost:${server.port}`, `/tin-tuc/${news.slug as string}/`)).body).toContain(title)
  }, 600_000)
})
