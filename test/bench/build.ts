/**
 * `npm run bench:build`: the portal build at platform scale.
 *
 *  1. Generates SITES portals (default 500) with PER_SITE published news each (default 200) and
 *     two pages, in a fresh embedded database.
 *  2. Full build of every portal through the real build runner (export → plan → render → atomic
 *     release), in this process: total time and pages/s, with the render share reported apart.
 *  3. Starts the real server on that platform and edits EDITS articles (default 20) on random
 *     portals through the REST API as an editor would: time from the PATCH to the new title being
 *     served on the portal's host, p50/p95.
 *  4. For scale, Hugo (Debian's `hugo`, when installed) builds equivalent pages (the same article
 *     texts, paginated lists, one section per portal) in the same run: pages/s and our ratio.
 *
 * Last line: one JSON object. Environment: SITES, PER_SITE, EDITS, KEEP_DATA=1. EDITS=0 measures
 * the build alone (no server, no Hugo): the publish-to-live and Hugo figures are then null.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import { NEWS_PAGE_SIZE } from '../../cms/src/contracts/portal'
import { freePort, httpRequest, spawnServer, waitFor } from '../helpers/server'
import { bulkInsertNews, createPortalPages, createSites, type Id, type NewsItem, newsText, pool, rand, siteSpecs } from './corpus'
import { threadSampler } from './cpu'
import { benchDatabase, logger, pct, r1, secs } from './measure'

const SITES = Number(process.env.SITES ?? 500)
const PER_SITE = Number(process.env.PER_SITE ?? 200)
const EDITS = Number(process.env.EDITS ?? 20)
const CHANGED_PER_SITE = Number(process.env.CHANGED_PER_SITE ?? 2)
/** Exporters and pages of issue 18 (editorial quality): review dates, change notes, takedown banners. */
const EDITORIAL_EXPORTERS = ['review', 'change-notes', 'takedowns']
const PASSWORD = 'Do-thoi-gian-2026!'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
process.chdir(root)
const t0 = Date.now()
const log = logger(t0)

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-bench-build-'))
const dataDir = path.join(tmp, 'data')
const sitesDir = path.join(tmp, 'sites')
let server: ReturnType<typeof spawnServer> | null = null
let payload: Payload | null = null
let stopPostgres: (() => void) | null = null
let serverPort = 0

async function cleanup(): Promise<void> {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve))
    server.kill('SIGTERM')
    const timer = setTimeout(() => server?.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }
  if (payload) await payload.destroy().catch(() => undefined)
  stopPostgres?.()
  if (process.env.KEEP_DATA === '1') console.error(`KEEP_DATA=1: kept ${tmp}`)
  else fs.rmSync(tmp, { recursive: true, force: true })
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanup().finally(() => process.exit(130)))
}

async function seed(): Promise<{ sites: { id: Id; slug: string; domain: string }[]; editor: string; stats: Record<string, number> }> {
  process.env.DATA_DIR = dataDir
  process.env.SITES_DIR = sitesDir
  // The portals' addresses name the server's port (http://<slug>.localhost:<port>): the full build
  // must use the port the server will have, or the first publish of every portal re-renders it all.
  serverPort = await freePort()
  process.env.PORT = String(serverPort)
  process.env.TWO_FACTOR_REQUIRED_ROLES = 'none'
  delete process.env.MEILI_HOST
  // BENCH_DB=postgres: a durable throwaway PostgreSQL cluster (test/bench/adapters.ts runs both).
  stopPostgres = await benchDatabase()
  const { initPayload } = await import('../../cms/src/boot')
  payload = await initPayload()
  const stats: Record<string, number> = {}

  const specs = siteSpecs(SITES)
  let t = Date.now()
  const ids = await createSites(payload, specs)
  stats.sites_s = r1((Date.now() - t) / 1000)
  log(`${specs.length} sites in ${stats.sites_s} s`)
  const sites = specs.map((spec) => ({ id: ids.get(spec.key)!, spec }))

  t = Date.now()
  const pageCount = await createPortalPages(payload, sites)
  stats.pages_s = r1((Date.now() - t) / 1000)
  log(`${pageCount} pages in ${stats.pages_s} s`)

  const now = Date.now()
  const items: NewsItem[] = []
  for (const site of sites) for (let i = 0; i < PER_SITE; i++) items.push({ site, at: now - 86_400_000 - Math.floor(rand() * 2 * 365 * 86_400_000) })
  items.sort((a, b) => a.at - b.at)
  const bulk = await bulkInsertNews(payload, items, log)
  stats.news_s = r1(bulk.stats.bulk_ms! / 1000)

  // Change notes as a portal in service has them (issue 18): CHANGED_PER_SITE news of each portal
  // (default 2, 1 %) republished as a major update with a public note, through the Local API.
  t = Date.now()
  const changed: { id: Id; site: Id }[] = []
  for (const site of sites) {
    const found = await payload.find({ collection: 'news', where: { site: { equals: site.id } }, limit: CHANGED_PER_SITE, depth: 0, overrideAccess: true, select: { slug: true } })
    for (const doc of found.docs) changed.push({ id: doc.id as Id, site: site.id })
  }
  await pool(changed, 4, async (c) => {
    await payload!.update({
      collection: 'news',
      id: c.id,
      draft: false,
      data: { changeNotice: { kind: 'major', note: 'Cập nhật số liệu và thời hạn tiếp nhận hồ sơ theo quyết định mới.' }, _status: 'published' } as never,
      overrideAccess: true,
      depth: 0,
      context: { skipBuild: true },
    })
  })
  stats.change_notes_s = r1((Date.now() - t) / 1000)
  log(`${changed.length} major updates with a change note in ${stats.change_notes_s} s`)

  const editor = 'bientap.bench@cong.gov.vn'
  await payload.create({
    collection: 'users',
    data: { email: editor, name: 'Biên tập viên đo thời gian', password: PASSWORD, memberships: sites.map((s) => ({ site: s.id, role: 'editor' })) } as never,
    overrideAccess: true,
    depth: 0,
  })
  return { sites: sites.map((s) => ({ id: s.id, slug: s.spec.slug, domain: s.spec.domain })), editor, stats }
}

type FullBuild = { pages: number; ms: number; renderMs: number; exportMs: number; checksMs: number; statementMs: number; byExporter: Record<string, number>; failed: number }

async function fullBuild(sites: { id: Id }[]): Promise<FullBuild> {
  const { requestBuild } = await import('../../plugins/portals/build/queue')
  const { runPendingBuilds } = await import('../../plugins/portals/build/runner')
  const { getRenderer } = await import('../../plugins/portals/build/renderer')
  await getRenderer((msg) => log(msg)) // the template bundle, compiled once per template change
  for (const site of sites) await requestBuild(payload!, site.id, 'bench: full build')
  const threads = threadSampler([process.pid])
  const started = Date.now()
  const outcomes = await runPendingBuilds(payload!)
  const ms = Date.now() - started
  log(`full build, CPU seconds by thread (user + system): ${threads()}`)
  const pages = outcomes.reduce((sum, o) => sum + o.pages, 0)
  const failed = outcomes.filter((o) => o.status !== 'succeeded').length
  const builds = await payload!.find({ collection: 'builds', pagination: false, depth: 0, overrideAccess: true, select: { log: true } })
  const total = (re: RegExp) => builds.docs.reduce((sum, b) => sum + Number(re.exec(String(b.log ?? ''))?.[1] ?? 0), 0)
  const renderMs = total(/\((\d+) ms\)/)
  const exportMs = total(/export: (\d+) ms/)
  const checksMs = total(/checks: (\d+) ms/)
  const statementMs = total(/accessibility statement: (\d+) ms/)
  // "export by part: content 120 · legal 4 · review 1 … ms"
  const byExporter: Record<string, number> = {}
  for (const b of builds.docs) {
    const parts = /export by part: ([^\n]*) ms/.exec(String(b.log ?? ''))?.[1] ?? ''
    for (const part of parts.split(' · ')) {
      const m = /^(.+) (\d+)$/.exec(part.trim())
      if (m) byExporter[m[1]!] = (byExporter[m[1]!] ?? 0) + Number(m[2])
    }
  }
  return { pages, ms, renderMs, exportMs, checksMs, statementMs, byExporter, failed }
}

type Edit = { ms: number; major: boolean; checksMs: number }

async function publishToLive(sites: { id: Id; slug: string }[], editor: string): Promise<Edit[]> {
  const port = serverPort
  server = spawnServer({ PORT: String(port), DATA_DIR: dataDir, SITES_DIR: sitesDir, TWO_FACTOR_REQUIRED_ROLES: 'none', SEED_ON_START: 'false', BUILD_ADMIN_ON_START: 'false' })
  let output = ''
  server.stdout?.on('data', (c: Buffer) => (output += c.toString()))
  server.stderr?.on('data', (c: Buffer) => (output += c.toString()))
  await waitFor(async () => ((await httpRequest(port, `localhost:${port}`, '/healthz').catch(() => null))?.status === 200 ? true : undefined), 180_000, `server start\n${output.slice(-2000)}`)
  await waitFor(async () => ((await httpRequest(port, `localhost:${port}`, '/healthz')).json().buildQueue.queued === 0 ? true : undefined), 600_000, 'idle build queue')
  // A first start indexes every portal for search (one job per portal): publish-to-live is
  // measured once that is done, as on a platform in service.
  const indexing = Date.now()
  await waitFor(async () => ((await httpRequest(port, `localhost:${port}`, '/healthz')).json().searchIndex?.queued === 0 ? true : undefined), 1_800_000, 'idle search queue')
  log(`search index ready after ${secs(Date.now() - indexing)} s more`)
  const login = await httpRequest(port, `localhost:${port}`, '/api/users/login', { method: 'POST', json: { email: editor, password: PASSWORD } })
  const token = login.json().token as string
  if (!token) throw new Error(`login failed: ${login.body}`)
  const times: Edit[] = []
  for (let i = 0; i < EDITS; i++) {
    const site = sites[Math.floor(rand() * sites.length)]!
    const list = await httpRequest(port, `localhost:${port}`, `/api/news?where[site][equals]=${site.id}&limit=1&page=${1 + Math.floor(rand() * PER_SITE)}&depth=0&select[slug]=true`, { token })
    const doc = list.json().docs[0] as { id: Id; slug: string }
    const title = `Tiêu đề đã sửa lần ${i + 1} – ${Date.now()}`
    // Every other edit is a major update (issue 18): its public note is on the page when it is live.
    const major = i % 2 === 1
    const note = `Cập nhật lớn lần ${i + 1}: bổ sung hồ sơ và thời hạn mới.`
    // What the publish's checks cost: the editor's checks panel on the same draft (the server runs
    // the same rules on publish, without opening external links).
    const checking = Date.now()
    const checks = await httpRequest(port, `localhost:${port}`, `/api/news/${doc.id}/checks`, { token })
    const checksMs = Date.now() - checking
    if (checks.status !== 200) throw new Error(`checks failed: ${checks.status} ${checks.body.slice(0, 300)}`)
    const started = Date.now()
    const res = await httpRequest(port, `localhost:${port}`, `/api/news/${doc.id}?depth=0`, { method: 'PATCH', token, json: { title, _status: 'published', ...(major ? { changeNotice: { kind: 'major', note } } : {}) } })
    if (res.status !== 200) throw new Error(`edit failed: ${res.status} ${res.body.slice(0, 300)}`)
    const savedMs = Date.now() - started
    const host = `${site.slug}.localhost:${port}`
    await waitFor(async () => {
      const body = (await httpRequest(port, host, `/tin-tuc/${doc.slug}/`)).body
      return body.includes(title) && (!major || body.includes(note)) ? true : undefined
    }, 60_000, `edit ${i + 1} live`)
    times.push({ ms: Date.now() - started, major, checksMs })
    log(`edit ${i + 1}/${EDITS} on ${site.slug} (${major ? 'major update with a note' : 'minor'}): live after ${times.at(-1)!.ms} ms (saved in ${savedMs} ms); checks of the draft ${checksMs} ms`)
  }
  return times
}

/** Hugo on equivalent pages: one section per portal, the same article texts, paginated lists. */
function hugo(sites: { slug: string }[], texts: Map<string, { title: string; summary: string; paragraphs: string[]; date: string }[]>): { pages: number; ms: number; version: string } | null {
  const version = spawnSync('hugo', ['version'], { encoding: 'utf8' })
  if (version.status !== 0) return null
  const dir = path.join(tmp, 'hugo')
  const layouts = path.join(dir, 'layouts', '_default')
  fs.mkdirSync(layouts, { recursive: true })
  fs.writeFileSync(path.join(dir, 'config.toml'), `baseURL = "http://localhost/"\nlanguageCode = "vi"\ntitle = "Cổng"\npaginate = ${NEWS_PAGE_SIZE}\ndisableKinds = ["taxonomy", "term"]\n[markup.goldmark.renderer]\nunsafe = true\n`)
  const base = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }} – {{ .Site.Title }}</title><style>body{font-family:system-ui;margin:0}header,footer{background:#9b1c1c;color:#fff;padding:1rem}main{max-width:60rem;margin:auto;padding:1rem}</style></head><body><a href="#noi-dung">Bỏ qua</a><header><nav aria-label="Menu chính"><a href="/">Trang chủ</a> <a href="/{{ .Section }}/">Tin tức</a></nav></header><main id="noi-dung">{{ block "main" . }}{{ end }}</main><footer>Cơ quan chủ quản · Người chịu trách nhiệm · Địa chỉ</footer></body></html>`
  fs.writeFileSync(path.join(layouts, 'baseof.html'), base)
  fs.writeFileSync(path.join(layouts, 'single.html'), `{{ define "main" }}<article><h1>{{ .Title }}</h1><p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "02/01/2006" }}</time></p><p>{{ .Summary }}</p>{{ .Content }}</article><aside><h2>Tin liên quan</h2><ul>{{ range first 5 .CurrentSection.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></aside>{{ end }}`)
  fs.writeFileSync(path.join(layouts, 'list.html'), `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "02/01/2006" }}</time><p>{{ .Params.summary }}</p></li>{{ end }}</ul>{{ template "_internal/pagination.html" . }}{{ end }}`)
  for (const site of sites) {
    const section = path.join(dir, 'content', site.slug)
    fs.mkdirSync(section, { recursive: true })
    fs.writeFileSync(path.join(section, '_index.md'), `---\ntitle: "Tin tức ${site.slug}"\n---\n`)
    texts.get(site.slug)!.forEach((t, i) => {
      const front = `---\ntitle: ${JSON.stringify(t.title)}\ndate: ${t.date}\nsummary: ${JSON.stringify(t.summary)}\n---\n`
      fs.writeFileSync(path.join(section, `tin-${i}.md`), front + t.paragraphs.join('\n\n') + '\n')
    })
  }
  const started = Date.now()
  const out = execFileSync('hugo', ['--source', dir, '--destination', path.join(dir, 'public'), '--quiet'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const ms = Date.now() - started
  void out
  let pages = 0
  for (const entry of fs.readdirSync(path.join(dir, 'public'), { recursive: true, withFileTypes: true })) if (entry.isFile() && entry.name.endsWith('.html')) pages++
  return { pages, ms, version: version.stdout.trim().split(' ')[1] ?? version.stdout.trim() }
}

try {
  log(`bench:build — ${SITES} sites (at least the 34 provinces and the ministry) × ${PER_SITE} news, ${os.cpus().length} CPUs, data in ${tmp}`)
  const seeded = await seed()
  const full = await fullBuild(seeded.sites)
  const pagesPerS = Math.round(full.pages / (full.ms / 1000))
  log(`full build: ${full.pages} pages of ${seeded.sites.length} portals in ${secs(full.ms)} s = ${pagesPerS} pages/s (summed over portals: export ${secs(full.exportMs)} s, rendering and writing ${secs(full.renderMs)} s, checks ${secs(full.checksMs)} s; ${full.failed} failed)`)
  log(`export by part, summed over portals: ${Object.entries(full.byExporter).sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${secs(ms)} s`).join(', ')}; accessibility statements ${secs(full.statementMs)} s`)
  // Issue 18's part of the build: its exporters and the statement, of the summed per-portal time.
  const editorialMs = EDITORIAL_EXPORTERS.reduce((sum, name) => sum + (full.byExporter[name] ?? 0), 0) + full.statementMs
  const editorialShare = Math.round((editorialMs / (full.exportMs + full.renderMs)) * 1000) / 10
  log(`editorial quality (review dates, change notes, takedown, accessibility statement): ${secs(editorialMs)} s = ${editorialShare} % of export + render`)
  if (full.failed > 0) throw new Error(`${full.failed} portal builds failed`)

  // The same article texts for Hugo, read back from the database before it is handed to the server.
  const texts = new Map<string, { title: string; summary: string; paragraphs: string[]; date: string }[]>()
  for (const site of EDITS > 0 ? seeded.sites : []) {
    const found = await payload!.find({ collection: 'news', where: { site: { equals: site.id } }, pagination: false, depth: 0, overrideAccess: true, select: { title: true, summary: true, publishedAt: true } })
    texts.set(
      site.slug,
      found.docs.map((d) => ({ title: String(d.title), summary: String(d.summary ?? ''), date: String(d.publishedAt), paragraphs: newsText({ agency: site.slug, place: site.slug } as never, new Date(String(d.publishedAt))).paragraphs })),
    )
  }
  await payload!.destroy()
  payload = null

  const editRuns = EDITS > 0 ? await publishToLive(seeded.sites, seeded.editor) : []
  const edits = editRuns.map((e) => e.ms)
  const p50 = edits.length ? pct(edits, 50) / 1000 : null
  const p95 = edits.length ? pct(edits, 95) / 1000 : null
  if (edits.length) log(`publish → live over ${edits.length} edits: p50 ${p50!.toFixed(2)} s, p95 ${p95!.toFixed(2)} s`)
  const minor = editRuns.filter((e) => !e.major).map((e) => e.ms)
  const major = editRuns.filter((e) => e.major).map((e) => e.ms)
  const checksP95 = editRuns.length ? pct(editRuns.map((e) => e.checksMs), 95) : null
  const majorToMinor = minor.length && major.length ? Math.round((pct(major, 50) / pct(minor, 50)) * 100) / 100 : null
  if (majorToMinor !== null) log(`publish → live p50: minor ${pct(minor, 50)} ms, major update with a note ${pct(major, 50)} ms (${majorToMinor}×); checks of the draft p95 ${checksP95} ms (${Math.round((checksP95! / pct(edits, 50)) * 1000) / 10} % of the median publish → live)`)

  const h = EDITS > 0 ? hugo(seeded.sites, texts) : null
  const hugoPagesPerS = h ? Math.round(h.pages / (h.ms / 1000)) : null
  if (h) log(`hugo ${h.version}: ${h.pages} pages in ${secs(h.ms)} s = ${hugoPagesPerS} pages/s; ours/hugo = ${(pagesPerS / hugoPagesPerS!).toFixed(2)}`)
  else if (EDITS > 0) log('hugo is not installed (apt-get install hugo): no comparison')

  console.log(
    JSON.stringify({
      sites: seeded.sites.length,
      pages: full.pages,
      pages_per_s: pagesPerS,
      publish_to_live_p50_s: p50 === null ? null : Math.round(p50 * 100) / 100,
      publish_to_live_p95_s: p95 === null ? null : Math.round(p95 * 100) / 100,
      hugo_pages_per_s: hugoPagesPerS,
      full_build_s: r1(full.ms / 1000),
      render_write_s: r1(full.renderMs / 1000),
      export_s: r1(full.exportMs / 1000),
      checks_s: r1(full.checksMs / 1000),
      editorial_s: r1(editorialMs / 1000),
      editorial_share_pct: editorialShare,
      export_by_part_s: Object.fromEntries(Object.entries(full.byExporter).map(([name, ms]) => [name, r1(ms / 1000)])),
      statement_s: r1(full.statementMs / 1000),
      publish_minor_p50_s: minor.length ? pct(minor, 50) / 1000 : null,
      publish_major_p50_s: major.length ? pct(major, 50) / 1000 : null,
      major_to_minor: majorToMinor,
      draft_checks_p95_ms: checksP95,
      news: seeded.sites.length * PER_SITE,
      edits: edits.length,
      hugo_pages: h?.pages ?? null,
      hugo_s: h ? r1(h.ms / 1000) : null,
      ratio_to_hugo: h ? Math.round((pagesPerS / hugoPagesPerS!) * 100) / 100 : null,
      seed: seeded.stats,
      cpus: os.cpus().length,
      total_s: r1((Date.now() - t0) / 1000),
    }),
  )
} finally {
  await cleanup()
}
