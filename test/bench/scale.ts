/**
 * `npm run bench:scale`: the platform at national scale (issue 17). One platform grown in two
 * steps, in one run, so the figures at both sizes come from the same machine, code and data:
 *
 *  1. SUBSET portals (default 500) with PER_SITE published news each (default 250; bulk rows) and
 *     two pages; a full rebuild of all of them (`rebuild-all --full`, in this process, render
 *     threads included): `pages_per_s_at_500`.
 *  2. The platform grown to SITES portals (default 4,000: the ministry, 34 provinces, departments
 *     and communes) with their news; a full rebuild of every portal: `full_build_s`, `pages_per_s`,
 *     `peak_rss_mb` (this process, sampled every 250 ms while it builds). The same code path as a
 *     national rebuild an operator starts: claims of 25 portals, most visited first.
 *  3. Two communes of one province merged (`planMerge` + `mergeSites`, as `npm run site -- merge`
 *     runs them), and the builds the merger asks for: `merge_s`, `merge_rebuild_s`.
 *  4. The search index built as `npm run reindex` would after a bulk import: into Meilisearch when
 *     MEILI_HOST is set (MEILI_KEY), as production runs; otherwise into the embedded engine, up
 *     to EMBEDDED_SEARCH_MAX documents (ADR 0010: beyond a few hundred thousand, Meilisearch). A
 *     national platform without MEILI_HOST is not indexed: `search_p95_ms` is null and
 *     `search_engine` says why; everything else is measured.
 *  5. The real server on that platform, timed over HTTP:
 *     - publish to live: EDITS edits by a commune's editor, PATCH to the new title served;
 *     - admin lists: the news list as the admin view reads it (latest versions, the list's site
 *       filter) for a commune's and a province's editor, and a platform admin's list of all news;
 *       the site selector; p95 of all of them together, each case printed;
 *     - "Việc của tôi" (`/api/users/my-work`) for an editor and a platform admin;
 *     - search: the public API on a portal and across all portals, with and without diacritics;
 *     - the compliance report (`/api/compliance?fresh=1`, computed anew), median of 3.
 *
 * The platform is grown (seeded) in child processes, so the memory the bulk inserts leave behind is
 * not counted in the builds' peak RSS (`growApart`).
 *
 * Last line: one JSON object with the keys of issue 17. Environment: SITES, PER_SITE, SUBSET,
 * EDITS (20), RUNS (timed requests per case, 60), BENCH_DB=postgres (a durable throwaway cluster),
 * KEEP_DATA=1, MEILI_HOST and MEILI_KEY, EMBEDDED_SEARCH_MAX (300,000). Disk: the releases of a
 * full-size run took 66 GB when every page had its .br and .gz copies, before the long tail was
 * left to be compressed on request (ADR 0029). At 1,000,000 documents the embedded search engine
 * refuses its segment (2 GiB, ADR 0010): the national search needs Meilisearch.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { type ChildProcess, spawn } from 'node:child_process'

import type { Payload } from 'payload'

import { parseEnv } from '../../cms/src/config/env'
import { freePort, httpRequest, spawnServer, stopProcess, waitFor } from '../helpers/server'
import { bulkInsertNews, createPortalPages, createSites, type Id, type NewsItem, rand, type SiteSpec, siteSpecs } from './corpus'
import { ioSampler, threadSampler } from './cpu'
import { benchDatabase, logger, pct, r1, secs } from './measure'

const SITES = Number(process.env.SITES ?? 4000)
const PER_SITE = Number(process.env.PER_SITE ?? 250)
const SUBSET = Math.min(SITES, Number(process.env.SUBSET ?? 500))
const EDITS = Number(process.env.EDITS ?? 20)
const RUNS = Number(process.env.RUNS ?? 60)
const PASSWORD = 'Do-quy-mo-quoc-gia-2026!'
/** The most documents the bench puts in the embedded engine (ADR 0010: a few hundred thousand). */
const EMBEDDED_SEARCH_MAX = parseEnv().embeddedSearchMax
// Meilisearch, when given: the national index goes there, and the server searches it.
const MEILI_HOST = process.env.MEILI_HOST || null
const MEILI_KEY = process.env.MEILI_KEY || null

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
process.chdir(root)
const t0 = Number(process.env.SCALE_T0 ?? Date.now())
const log = logger(t0, 7)

// A child process that grows the platform (`growApart`) works in its parent's directory.
const growing = process.env.SCALE_GROW ?? null
const tmp = growing ? process.env.SCALE_DIR! : fs.mkdtempSync(path.join(os.tmpdir(), 'cong-bench-scale-'))
const dataDir = path.join(tmp, 'data')
const sitesDir = path.join(tmp, 'sites')
let server: ChildProcess | null = null
let payload: Payload | null = null
let stopPostgres: (() => void) | null = null

async function cleanup(): Promise<void> {
  if (server) await stopProcess(server)
  server = null
  if (payload) await payload.destroy().catch(() => undefined)
  payload = null
  stopPostgres?.()
  if (process.env.KEEP_DATA === '1') console.error(`KEEP_DATA=1: kept ${tmp}`)
  else fs.rmSync(tmp, { recursive: true, force: true })
}
if (!growing) for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)))

type Portal = { id: Id; spec: SiteSpec }

/** Portals, their two pages and their news (bulk rows), for the specs not created yet. */
async function grow(specs: SiteSpec[], known: Map<string, Id>): Promise<Portal[]> {
  let t = Date.now()
  const ids = await createSites(payload!, specs, undefined, known)
  for (const [key, id] of ids) known.set(key, id)
  const portals = specs.map((spec) => ({ id: ids.get(spec.key)!, spec }))
  log(`${portals.length} portals in ${secs(Date.now() - t)} s`)
  t = Date.now()
  const pages = await createPortalPages(payload!, portals, { skipBuild: true, skipSearchSync: true })
  log(`${pages} pages in ${secs(Date.now() - t)} s`)
  const now = Date.now()
  const items: NewsItem[] = []
  for (const site of portals) for (let i = 0; i < PER_SITE; i++) items.push({ site, at: now - 86_400_000 - Math.floor(rand() * 2 * 365 * 86_400_000) })
  items.sort((a, b) => a.at - b.at)
  await bulkInsertNews(payload!, items, log)
  return portals
}

/**
 * `grow` in a child process: the portals `from`–`to` of the specs, with their pages and news. The
 * bulk inserts leave native memory in the process that ran them (libsql keeps it:
 * tursodatabase/libsql-client-ts#333; about 13 GB after 600,000 news), which would otherwise be
 * counted in the build's peak RSS. The ids of the portals known so far go in and come back by a file.
 */
async function growApart(specs: SiteSpec[], from: number, to: number, known: Map<string, Id>): Promise<Portal[]> {
  const file = path.join(tmp, `grow-${from}-${to}.json`)
  fs.writeFileSync(file, JSON.stringify([...known]))
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      env: { ...process.env, SCALE_GROW: `${from}:${to}`, SCALE_GROW_FILE: file, SCALE_DIR: tmp, SCALE_T0: String(t0) },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`growing the platform (portals ${from}–${to}) failed: exit ${code}`))))
  })
  for (const [key, id] of JSON.parse(fs.readFileSync(file, 'utf8')) as Array<[string, Id]>) known.set(key, id)
  // The planner's statistics of the platform as grown, as the process an operator starts for a full
  // rebuild (`npm run site -- rebuild-all`) analyses at its start: this process started on an
  // emptier platform (the national build of session 35 planned 1,000,000 news with the figures of
  // 125,000; the exports' plans are now pinned under such figures too: build-linearity).
  const { refreshStatistics } = await import('../../cms/src/db/maintenance')
  await refreshStatistics(payload!)
  // The host maps of this process learn of the new portals (the child's hooks told only its own).
  const { bumpHostMap } = await import('../../plugins/site-scoping/hostMap')
  bumpHostMap()
  return specs.slice(from, to).map((spec) => ({ id: known.get(spec.key)!, spec }))
}

if (growing) {
  const [from, to] = growing.split(':').map(Number) as [number, number]
  const file = process.env.SCALE_GROW_FILE!
  const { initPayload } = await import('../../cms/src/boot')
  payload = await initPayload()
  const known = new Map(JSON.parse(fs.readFileSync(file, 'utf8')) as Array<[string, Id]>)
  await grow(siteSpecs(SITES).slice(from, to), known)
  fs.writeFileSync(file, JSON.stringify([...known]))
  await payload.destroy()
  process.exit(0)
}

/** A full rebuild of every live portal, as `npm run site -- rebuild-all --full` starts it, built here. */
async function fullRebuild(label: string): Promise<{ pages: number; ms: number; portals: number; failed: number; peakRssMb: number; onThread: number }> {
  const { startRebuild } = await import('../../plugins/portals/build/rebuild')
  const { runPendingBuilds } = await import('../../plugins/portals/build/runner')
  const { getRenderer } = await import('../../plugins/portals/build/renderer')
  await getRenderer((msg) => log(msg))
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 250)
  const threads = threadSampler([process.pid])
  const disk = ioSampler()
  const started = Date.now()
  const run = await startRebuild(payload!, { full: true, startedBy: `bench:scale (${label})` })
  const outcomes = await runPendingBuilds(payload!)
  const ms = Date.now() - started
  clearInterval(sampler)
  log(`${label}: CPU seconds by thread (user + system): ${threads()}`)
  log(`${label}: disk: ${disk()}`)
  // Whether the export thread kept up: its busy time against the build's, and how long builds
  // waited for their export (two portals build at once: their waits can overlap).
  const sumMs = (pick: (o: (typeof outcomes)[number]) => number | undefined) => outcomes.reduce((total, o) => total + (pick(o) ?? 0), 0)
  log(`${label}: export thread busy ${secs(sumMs((o) => (o.exportThread ? o.exportMs : 0)))} s of ${secs(ms)} s; in process ${secs(sumMs((o) => (o.exportThread ? 0 : o.exportMs)))} s; builds waited ${secs(sumMs((o) => o.exportWaitMs))} s for their export`)
  const pages = outcomes.reduce((sum, o) => sum + o.pages, 0)
  const failed = outcomes.filter((o) => o.status !== 'succeeded').length
  if (outcomes.length !== run.queued) throw new Error(`${label}: ${run.queued} portals queued, ${outcomes.length} built`)
  return { pages, ms, portals: outcomes.length, failed, peakRssMb: Math.round(peak / 1048576), onThread: outcomes.filter((o) => o.exportThread).length }
}

async function searchIndex(portals: Portal[]): Promise<number> {
  const { openSearchEngineForWriting } = await import('../../plugins/search/lock')
  const { syncSite } = await import('../../plugins/search/sync')
  const engine = await openSearchEngineForWriting({ dataDir, meiliHost: MEILI_HOST, meiliKey: MEILI_KEY, purpose: 'bench:scale' })
  let indexed = 0
  try {
    for (const s of portals) indexed += (await syncSite({ payload: payload! }, engine, String(s.id))).indexed
  } finally {
    await engine.close()
  }
  return indexed
}

/**
 * The search sync jobs this process queued (one per new portal, and the workflow's drafts): done
 * by `searchIndex`, or not to be done at all when the platform is not indexed (else the server
 * would index it into the embedded engine before it is idle).
 */
async function dropQueuedSearchWork(): Promise<void> {
  const { SEARCH_QUEUE } = await import('../../plugins/search/sync')
  await payload!.delete({ collection: 'payload-jobs', where: { and: [{ queue: { equals: SEARCH_QUEUE } }, { completedAt: { exists: false } }] }, overrideAccess: true })
}

async function mergeTwoCommunes(portals: Portal[]): Promise<{ from: Portal; into: Portal; mergeMs: number; rebuildMs: number } | null> {
  const byProvince = new Map<string, Portal[]>()
  for (const p of portals) if (p.spec.level === 'xa' && p.spec.parentKey) byProvince.set(p.spec.parentKey, [...(byProvince.get(p.spec.parentKey) ?? []), p])
  const pair = [...byProvince.values()].find((list) => list.length >= 2)
  if (!pair) return null
  const [from, into] = pair as [Portal, Portal]
  const { planMerge, mergeSites } = await import('../../plugins/lifecycle/merge')
  const { requestBuild } = await import('../../plugins/portals/build/queue')
  const { runPendingBuilds } = await import('../../plugins/portals/build/runner')
  const started = Date.now()
  const plan = await planMerge(payload!, from.spec.slug, into.spec.slug)
  if ('problems' in plan) throw new Error(`merge refused: ${plan.problems.join('; ')}`)
  const result = await mergeSites(payload!, plan)
  const mergeMs = Date.now() - started
  const building = Date.now()
  for (const id of result.rebuild) await requestBuild(payload!, id, 'bench:scale: merger')
  const outcomes = await runPendingBuilds(payload!)
  const rebuildMs = Date.now() - building
  if (outcomes.some((o) => o.status !== 'succeeded')) throw new Error('a build after the merger failed')
  log(`merger of ${from.spec.slug} into ${into.spec.slug}: ${secs(mergeMs)} s; then ${outcomes.length} portal builds in ${secs(rebuildMs)} s (${result.summary.split('\n')[0]})`)
  return { from, into, mergeMs, rebuildMs }
}

try {
  log(`bench:scale — ${SUBSET} portals, then ${SITES}, × ${PER_SITE} news; ${os.cpus().length} CPUs; data in ${tmp}`)
  process.env.DATA_DIR = dataDir
  process.env.SITES_DIR = sitesDir
  process.env.TWO_FACTOR_REQUIRED_ROLES = 'none'
  // The seeding indexes nothing (bulk rows, skipSearchSync); the index is built in step 4, which
  // also drops the search sync jobs the new portals queued.
  delete process.env.MEILI_HOST
  delete process.env.MEILI_KEY
  // Portal addresses name the server's port: the builds here use the port the server will have.
  const port = await freePort()
  process.env.PORT = String(port)
  stopPostgres = await benchDatabase()
  const { initPayload } = await import('../../cms/src/boot')
  payload = await initPayload()

  const specs = siteSpecs(SITES)
  const known = new Map<string, Id>()
  const first = await growApart(specs, 0, SUBSET, known)
  const small = await fullRebuild(`full rebuild at ${SUBSET} portals`)
  const smallRate = Math.round(small.pages / (small.ms / 1000))
  log(`full rebuild at ${SUBSET} portals: ${small.pages} pages in ${secs(small.ms)} s = ${smallRate} pages/s; peak RSS ${small.peakRssMb} MB; ${small.failed} failed; ${small.onThread} portals exported on the export thread`)

  const rest = SITES > SUBSET ? await growApart(specs, SUBSET, SITES, known) : []
  const portals = [...first, ...rest]
  const full = SITES > SUBSET ? await fullRebuild(`full rebuild at ${SITES} portals`) : small
  const rate = Math.round(full.pages / (full.ms / 1000))
  log(`full rebuild at ${SITES} portals: ${full.pages} pages in ${secs(full.ms)} s = ${rate} pages/s (${r1((rate / smallRate) * 100)} % of the rate at ${SUBSET}); peak RSS ${full.peakRssMb} MB; ${full.failed} failed; ${full.onThread} portals exported on the export thread`)
  if (small.failed + full.failed > 0) throw new Error(`${small.failed + full.failed} portal builds failed`)

  // Two communes of one province merged (the 2025 reorganisation): the merger itself (content,
  // redirects, archive), then the builds it asks for, as the CLI runs them.
  const merged = await mergeTwoCommunes(portals)
  if (merged) {
    const gone = portals.findIndex((p) => p.id === merged.from.id)
    portals.splice(gone, 1)
  }

  let t = Date.now()
  const searchEngineName = MEILI_HOST ? 'meilisearch' : SITES * PER_SITE <= EMBEDDED_SEARCH_MAX ? 'embedded' : null
  if (searchEngineName) {
    const indexed = await searchIndex(portals)
    log(`search index (${searchEngineName}) built like \`npm run reindex\`: ${indexed} documents in ${secs(Date.now() - t)} s`)
  } else {
    log(`search index NOT built: ${SITES * PER_SITE} news are beyond the embedded engine (${EMBEDDED_SEARCH_MAX}; ADR 0010); set MEILI_HOST to measure the national search`)
  }

  // The people: a commune's editor, a province's editor, a platform admin.
  const commune = portals.filter((p) => p.spec.level === 'xa')
  const editorSite = commune.length ? commune[Math.floor(commune.length / 2)]! : portals.at(-1)!
  const provinceSite = portals.find((p) => p.spec.level === 'tinh')!
  const mkUser = async (email: string, name: string, data: Record<string, unknown>) => {
    await payload!.create({ collection: 'users', data: { email, name, password: PASSWORD, ...data } as never, overrideAccess: true, depth: 0 })
    return email
  }
  const users = {
    commune: await mkUser('bientap.xa@quymo.gov.vn', 'Lê Văn Phúc', { memberships: [{ site: editorSite.id, role: 'editor' }] }),
    province: await mkUser('bientap.tinh@quymo.gov.vn', 'Nguyễn Thu Trang', { memberships: [{ site: provinceSite.id, role: 'editor' }] }),
    admin: await mkUser('quantri@quymo.gov.vn', 'Quản trị Trung tâm CNTT', { platformAdmin: true }),
  }
  // Editors publish on many portals in the publish-to-live phase: one editor of a sample of them.
  const publishSites = Array.from({ length: Math.min(EDITS, portals.length) }, () => portals[Math.floor(rand() * portals.length)]!)
  const publisher = await mkUser('bientap.dang@quymo.gov.vn', 'Trần Minh Quân', { memberships: [...new Map(publishSites.map((s) => [s.id, { site: s.id, role: 'editor' }])).values()] })
  // Work waiting in the workflow, so "Việc của tôi" has something to find: the commune editor's
  // own drafts, items sent back and items waiting, and on one portal in 20 an item submitted for
  // review (a platform admin reviews all of them: more than one page).
  t = Date.now()
  const editor = (await payload.find({ collection: 'users', where: { email: { equals: users.commune } }, depth: 0, overrideAccess: true })).docs[0]!
  const draftNews = async (site: Portal, n: number, action: 'submit' | 'return' | null, user?: unknown) =>
    payload!.create({
      collection: 'news',
      draft: true,
      data: { title: `Dự thảo tin ${n} của ${site.spec.name}`, slug: `du-thao-tin-${n}-${site.id}`, summary: 'Tin đang soạn, chờ duyệt.', site: site.id, _status: 'draft' } as never,
      context: action ? { workflowAction: action, workflowComment: action === 'return' ? 'Bổ sung nguồn tin.' : null } : {},
      ...(user ? { user: { ...(user as object), collection: 'users' } as never } : {}),
      overrideAccess: true,
      depth: 0,
    })
  const states = [null, null, null, 'submit', 'submit', 'return'] as const
  for (const [i, action] of states.entries()) await draftNews(editorSite, i, action, editor)
  const reviewed = portals.filter((_, i) => i % 20 === 7)
  for (const site of reviewed) await draftNews(site, 100, 'submit')
  log(`work in the workflow: ${states.length} items of the commune editor, ${reviewed.length} submitted for review on as many portals, in ${secs(Date.now() - t)} s`)
  // After the last save of this process (the workflow's drafts queue search syncs too): the
  // server must find no search work queued, or it waits for work it is not to do.
  await dropQueuedSearchWork()
  await payload.destroy()
  payload = null

  // ─── the real server ──────────────────────────────────────────────────────────────────────────
  t = Date.now()
  let out = ''
  server = spawnServer({ PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SITES_DIR: sitesDir, TWO_FACTOR_REQUIRED_ROLES: 'none', SEED_ON_START: 'false', BUILD_ADMIN_ON_START: 'false', TRUST_PROXY: 'true', ...(MEILI_HOST ? { MEILI_HOST, ...(MEILI_KEY ? { MEILI_KEY } : {}) } : {}), ...(process.env.DATABASE_URI ? { DATABASE_URI: process.env.DATABASE_URI, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET! } : {}) })
  server.stdout!.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-20_000)))
  server.stderr!.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-20_000)))
  const host = `localhost:${port}`
  const health = async () => (await httpRequest(port, host, '/healthz')).json<{ buildQueue: { queued: number; running: number }; searchIndex?: { queued?: number; documents?: number } }>()
  await waitFor(async () => ((await httpRequest(port, host, '/healthz').catch(() => null))?.status === 200 ? true : undefined), 600_000, `server start\n${out.slice(-2000)}`)
  await waitFor(async () => {
    const h = await health()
    return h.buildQueue.queued === 0 && h.buildQueue.running === 0 && (h.searchIndex?.queued ?? 0) === 0 ? true : undefined
  }, 1_800_000, 'an idle server')
  log(`server up and idle after ${secs(Date.now() - t)} s (search index: ${(await health()).searchIndex?.documents ?? '?'} documents)`)

  const login = async (email: string) => {
    const res = await httpRequest(port, host, '/api/users/login', { method: 'POST', json: { email, password: PASSWORD } })
    const token = res.json<{ token?: string }>().token
    if (!token) throw new Error(`login ${email}: ${res.status} ${res.body.slice(0, 300)}`)
    return token
  }
  const tokens = { commune: await login(users.commune), province: await login(users.province), admin: await login(users.admin), publisher: await login(publisher) }

  /** RUNS timed requests of one case (after 3 untimed): its times, checked to be 200s. */
  const timed = async (name: string, url: string, init: { token?: string; host?: string; headers?: () => Record<string, string> } = {}): Promise<number[]> => {
    let last: Awaited<ReturnType<typeof httpRequest>> | null = null
    const once = async () => {
      const res = await httpRequest(port, init.host ?? host, url, { token: init.token, headers: init.headers?.() })
      if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status} ${res.body.slice(0, 300)} (${url})`)
      last = res
      return res
    }
    // The first request is shown apart: what a person meets first (a large list's total is then
    // counted; later ones reuse it for a few seconds, cms/src/db/largeCounts.ts).
    const first = performance.now()
    await once()
    const firstMs = performance.now() - first
    for (let i = 0; i < 2; i++) await once()
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now()
      await once()
      times.push(performance.now() - s)
    }
    // What the answer held: documents of a list, hits of a search.
    const body = (last as unknown as { json: <T>() => T }).json<{ totalDocs?: number; total?: number; docs?: unknown[] }>()
    const held = body.totalDocs ?? body.total ?? body.docs?.length
    log(`${name.padEnd(64)} p50 ${pct(times, 50).toFixed(1).padStart(7)}  p95 ${pct(times, 95).toFixed(1).padStart(7)} ms  first ${firstMs.toFixed(1)} ms${held === undefined ? '' : `  (${held} found)`}`)
    return times
  }

  // Admin lists: what the list view reads (latest versions, with the site filter it adds).
  log('— admin lists and the site selector —')
  const list = '/api/news?depth=0&limit=10&sort=-updatedAt&page=1&draft=true'
  const lists = [
    ...(await timed(`commune editor, news list of ${editorSite.spec.slug}`, `${list}&where[site][in]=${editorSite.id}`, { token: tokens.commune })),
    ...(await timed(`province editor, news list of ${provinceSite.spec.slug}`, `${list}&where[site][in]=${provinceSite.id}`, { token: tokens.province })),
    ...(await timed('province editor, news list page 20', `${list.replace('page=1', 'page=20')}&where[site][in]=${provinceSite.id}`, { token: tokens.province })),
    ...(await timed('platform admin, all news', list, { token: tokens.admin })),
    ...(await timed('platform admin, site selector page 1 by name', '/api/sites?depth=0&limit=10&page=1&sort=name&select[name]=true', { token: tokens.admin })),
    ...(await timed('platform admin, site selector, search "Hà"', `/api/sites?depth=0&limit=10&page=1&sort=name&select[name]=true&where[name][like]=${encodeURIComponent('Hà')}`, { token: tokens.admin })),
  ]
  log('— Việc của tôi —')
  const myWork = [...(await timed('commune editor, /api/users/my-work', '/api/users/my-work', { token: tokens.commune })), ...(await timed('platform admin, /api/users/my-work', '/api/users/my-work', { token: tokens.admin }))]
  for (const [who, token] of [['commune editor', tokens.commune], ['platform admin', tokens.admin]] as const) {
    const counts = (await httpRequest(port, host, '/api/users/my-work', { token })).json<{ counts: Record<string, number> }>().counts
    log(`"Việc của tôi" of the ${who}: ${JSON.stringify(counts)}`)
    if (!counts.toReview) throw new Error(`the ${who}'s "Việc của tôi" shows nothing to review: the bench would time an empty view`)
  }

  // Search: as citizens, each request from its own address as nginx reports it (TRUST_PROXY), so
  // the per-address limit on searches does not refuse the bench.
  log('— search —')
  let citizen = 0
  const fromCitizen = () => ({ 'x-forwarded-for': `10.${(citizen >> 16) & 255}.${(citizen >> 8) & 255}.${citizen++ & 255}` })
  const searchHost = `${editorSite.spec.slug}.localhost:${port}`
  const searches: number[] = []
  if (searchEngineName) for (const [name, q, scope] of [
    ['on a portal, "kế hoạch phát triển kinh tế"', 'kế hoạch phát triển kinh tế', 'site'],
    ['on a portal, without diacritics "ke hoach phat trien"', 'ke hoach phat trien', 'site'],
    ['all portals, "chuyển đổi số"', 'chuyển đổi số', 'all'],
    ['all portals, without diacritics "chuyen doi so"', 'chuyen doi so', 'all'],
  ] as const) {
    searches.push(...(await timed(`search ${name}`, `/api/public/search?q=${encodeURIComponent(q)}&scope=${scope}`, { host: searchHost, headers: fromCitizen })))
  }

  log('— compliance report —')
  const compliance: number[] = []
  for (let i = 0; i < 3; i++) {
    const s = performance.now()
    const res = await httpRequest(port, host, '/api/compliance?fresh=1', { token: tokens.admin })
    compliance.push(performance.now() - s)
    if (res.status !== 200) throw new Error(`compliance: HTTP ${res.status} ${res.body.slice(0, 300)}`)
    if (i === 0) log(`compliance report: ${res.json<{ rows?: unknown[] }>().rows?.length ?? '?'} portals`)
  }
  log(`compliance report (fresh): ${compliance.map((ms) => ms.toFixed(0)).join(', ')} ms`)

  // Publish to live: an editor's publish on a portal, until its page serves the new title.
  log('— publish to live —')
  const edits: number[] = []
  for (const [i, site] of publishSites.entries()) {
    const found = await httpRequest(port, host, `/api/news?where[site][equals]=${site.id}&limit=1&page=${1 + Math.floor(rand() * PER_SITE)}&depth=0&select[slug]=true`, { token: tokens.publisher })
    const doc = found.json<{ docs: { id: Id; slug: string }[] }>().docs[0]!
    const title = `Tiêu đề đã sửa lần ${i + 1} – ${Date.now()}`
    const started = Date.now()
    const res = await httpRequest(port, host, `/api/news/${doc.id}?depth=0`, { method: 'PATCH', token: tokens.publisher, json: { title, _status: 'published' } })
    if (res.status !== 200) throw new Error(`edit failed: ${res.status} ${res.body.slice(0, 300)}`)
    await waitFor(async () => ((await httpRequest(port, `${site.spec.slug}.localhost:${port}`, `/tin-tuc/${doc.slug}/`)).body.includes(title) ? true : undefined), 60_000, `edit ${i + 1} live`)
    edits.push(Date.now() - started)
    log(`edit ${i + 1}/${publishSites.length} on ${site.spec.slug}: live after ${edits.at(-1)} ms`)
  }

  console.log(
    JSON.stringify({
      sites: portals.length,
      items: SITES * PER_SITE,
      full_build_s: r1(full.ms / 1000),
      pages_per_s: rate,
      pages_per_s_at_500: smallRate,
      subset_sites: SUBSET,
      linear_ratio: Math.round((rate / smallRate) * 100) / 100,
      pages: full.pages,
      peak_rss_mb: full.peakRssMb,
      exported_on_thread: full.onThread,
      publish_to_live_p95_s: edits.length ? Math.round(pct(edits, 95) / 10) / 100 : null,
      admin_list_p95_ms: r1(pct(lists, 95)),
      my_work_p95_ms: r1(pct(myWork, 95)),
      search_p95_ms: searches.length ? r1(pct(searches, 95)) : null,
      search_engine: searchEngineName ?? 'none: beyond the embedded engine, MEILI_HOST not set',
      compliance_report_ms: Math.round(pct(compliance, 50)),
      merge_s: merged ? r1(merged.mergeMs / 1000) : null,
      merge_rebuild_s: merged ? r1(merged.rebuildMs / 1000) : null,
      db: process.env.BENCH_DB === 'postgres' ? 'postgres' : 'sqlite',
      cpus: os.cpus().length,
      total_s: r1((Date.now() - t0) / 1000),
    }),
  )
} finally {
  await cleanup()
}
