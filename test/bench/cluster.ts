/**
 * `npm run bench:cluster`: the production shape on loopback (ADR 0016): PostgreSQL (durable: the
 * default fsync), Redis, 2 web processes and build workers, with the submitters in this process
 * and the live readers in another one.
 *
 * 1. Submissions: CONCURRENCY citizens (each request from its own address and email) post
 *    questions for SUBMIT_SECONDS, alternately to web A and web B: accepted per second, p99, and
 *    "lost" (accepted questions missing from the database).
 * 2. Fan-out: READERS readers (half on A, half on B) follow a live session; a moderator approves
 *    APPROVALS questions through A; each arrival is timed from the approval request (one clock,
 *    in the readers' process): p95 over all readers and approvals.
 * 3. Full build: SITES portals × PER_SITE news added to the same database, then a full rebuild of
 *    every live portal (the operator's `rebuild-all --full`) from nothing by one worker (a render
 *    thread per core), then again (portals folder emptied) by two workers sharing the cores
 *    (BUILD_RENDER_THREADS = cores ÷ 2 each), each time on workers started for it, the two in
 *    turn BUILD_ROUNDS times (default 3): median pages/s of each, how busy the CPU was and where
 *    its time went.
 *
 * Last line: one JSON object. Environment: SUBMIT_SECONDS, CONCURRENCY, READERS, APPROVALS,
 * SITES, PER_SITE, BUILD_ROUNDS, BENCH_CPU_PROF (a folder: the timed workers' CPU profiles).
 */
import { execSync, fork } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { ensureAdminBuild } from '../../cms/src/server/adminBuild'
import { type Cluster, startCluster } from '../helpers/cluster'
import { startPostgres } from '../helpers/postgres'
import { waitFor } from '../helpers/server'
import { procStat, threadSampler } from './cpu'
import { openLiveSession } from './session'
import { bulkInsertNews, createSites, type NewsItem, rand, siteSpecs } from './corpus'

const SUBMIT_SECONDS = Number(process.env.SUBMIT_SECONDS ?? 15)
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32)
const READERS = Number(process.env.READERS ?? 2000)
const APPROVALS = Number(process.env.APPROVALS ?? 10)
const SITES = Number(process.env.SITES ?? 100)
const PER_SITE = Number(process.env.PER_SITE ?? 200)
const BUILD_ROUNDS = Math.max(1, Number(process.env.BUILD_ROUNDS ?? 3))
const SESSION = 'phien-do-tai-cum'

const t0 = Date.now()
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`)
const pct = (values: number[], p: number) => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}
const r1 = (n: number) => Math.round(n * 10) / 10
const r2 = (n: number) => Math.round(n * 100) / 100

/** CPU time (clock ticks, threads included) of every process so far, by pid, with its name. */
function processTimes(): Map<number, { name: string; ticks: number }> {
  const times = new Map<number, { name: string; ticks: number }>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = procStat(`/proc/${entry}/stat`)
    if (stat) times.set(Number(entry), { name: stat.name, ticks: stat.user + stat.system })
  }
  return times
}

/** The machine's CPU time so far (/proc/stat, in clock ticks): all of it and the idle part. */
function cpuTimes(): { total: number; idle: number } {
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
  return { total: fields.reduce((a, b) => a + b, 0), idle: (fields[3] ?? 0) + (fields[4] ?? 0) }
}

const limit = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim())
if (Number.isFinite(limit) && limit < READERS + 500) {
  console.error(`ulimit -n is ${limit}; ${READERS + 500} file descriptors are needed for ${READERS} readers. Raise it (ulimit -n ${(READERS + 500) * 2}) and run again.`)
  process.exit(2)
}

await ensureAdminBuild(process.cwd(), log)
const pg = await startPostgres({ durable: true })
let cluster: Cluster | null = null
let payload: Payload | null = null
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })
const cleanup = async () => {
  agent.destroy()
  await payload?.destroy().catch(() => undefined)
  await cluster?.stop().catch(() => undefined)
  pg.stop()
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)))

function request(port: number, method: string, urlPath: string, host: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body)
    const req = http.request(
      { host: '127.0.0.1', port, path: urlPath, method, agent, headers: { host, ...(data ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(data)) } : {}), ...headers } },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (text += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
      },
    )
    req.on('error', reject)
    req.end(data)
  })
}

try {
  log('starting PostgreSQL, Redis, 2 web processes and 1 worker')
  cluster = await startCluster({ web: 2, workers: 1, pgUrl: pg.url, env: { JOBS_POLL_MS: '200', BUILD_HEARTBEAT_MS: '2000' } })
  const [A, B] = cluster.web as [NonNullable<Cluster['web'][0]>, NonNullable<Cluster['web'][0]>]
  const idle = () =>
    waitFor(async () => {
      const q = (await A.api('/healthz')).json().buildQueue
      return q.queued === 0 && q.running === 0 ? true : undefined
    }, 1_800_000, 'the build queue to drain')
  await idle()
  const { token, sessionId } = await openLiveSession(A.api, 'Phiên đo tải cụm', SESSION)

  // 1. Submissions, alternately to A and B.
  let sequence = 0
  const accepted: string[] = []
  const latencies: number[] = []
  const refused = new Map<number, number>()
  const submitOne = async () => {
    const n = sequence++
    const web = n % 2 ? B : A
    const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
    const started = performance.now()
    const res = await request(
      web.port,
      'POST',
      '/api/public/questions',
      `ha-tinh.localhost:${web.port}`,
      { name: `Người hỏi ${n}`, email: `nguoi-hoi-${n}@example.com`, address: 'Xã Thạch Hà, tỉnh Hà Tĩnh', text: `Câu hỏi số ${n}: thủ tục hỗ trợ doanh nghiệp nhỏ và vừa năm 2027 thực hiện như thế nào?`, consent: 'on', session: SESSION },
      { 'x-forwarded-for': ip },
    )
    latencies.push(performance.now() - started)
    if (res.status === 202) accepted.push(JSON.parse(res.body).receiptCode)
    else refused.set(res.status, (refused.get(res.status) ?? 0) + 1)
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, () => submitOne()))
  const count = async () => (await A.api(`/api/questions?where[session][equals]=${sessionId}&limit=1&depth=0`, { token })).json().totalDocs as number
  const before = await count()
  accepted.length = 0
  latencies.length = 0
  const deadline = performance.now() + SUBMIT_SECONDS * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) await submitOne()
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  const stored = (await count()) - before
  const lost = Math.max(0, accepted.length - stored) + (accepted.length - new Set(accepted).size)
  const submissionsPerS = accepted.length / elapsed
  log(`submissions: ${accepted.length} accepted in ${elapsed.toFixed(1)} s over A and B = ${submissionsPerS.toFixed(0)}/s; p50 ${pct(latencies, 50).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms; stored ${stored}, lost ${lost}; refused ${JSON.stringify(Object.fromEntries(refused))}`)
  await idle()

  // 2. Fan-out to readers on both web processes, approvals through A.
  const clients = fork(path.join(import.meta.dirname, 'dialogue-clients.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const ask = <T>(message: unknown) =>
    new Promise<T>((resolve, reject) => {
      clients.once('message', (reply: { type: string; message?: string }) => (reply.type === 'error' ? reject(new Error(reply.message)) : resolve(reply as T)))
      clients.send(message as never)
    })
  let connected = 0
  for (const web of [A, B]) {
    const got = await ask<{ readers: number }>({ type: 'connect', port: web.port, host: `ha-tinh.localhost:${web.port}`, path: `/api/live/doi-thoai/${SESSION}/stream`, count: Math.floor(READERS / 2) })
    connected = got.readers
  }
  const arrivals: number[] = []
  let missing = 0
  for (let i = 0; i < APPROVALS; i++) {
    const tag = `[[lan-toa-cum-${i}]]`
    const sent = await request(A.port, 'POST', '/api/public/questions', `ha-tinh.localhost:${A.port}`, { name: 'Người đo', email: `do-cum-${i}@example.com`, address: 'Xã Thạch Hà, tỉnh Hà Tĩnh', text: `Câu hỏi đo thời gian lan tỏa ${tag}`, consent: 'on', session: SESSION }, { 'x-forwarded-for': `192.0.2.${i + 1}` })
    const code = JSON.parse(sent.body).receiptCode
    const question = (await A.api(`/api/questions?where[receiptCode][equals]=${code}&depth=0`, { token })).json().docs[0]
    const result = await ask<{ status: number; latencies: number[]; missing: number }>({ type: 'approve', port: A.port, token, questionId: question.id, marker: tag, timeoutMs: 10_000 })
    if (result.status !== 200) throw new Error(`approval answered ${result.status}`)
    arrivals.push(...result.latencies)
    missing += result.missing
    await new Promise((r) => setTimeout(r, 1500))
  }
  await ask({ type: 'close' })
  clients.kill()
  const [liveA, liveB] = [(await A.api('/healthz')).json().live, (await B.api('/healthz')).json().live]
  log(`fan-out to ${connected} readers (A ${liveA.readers}, B ${liveB.readers} at the end): approval on A → arrival p50 ${pct(arrivals, 50).toFixed(1)} ms, p95 ${pct(arrivals, 95).toFixed(1)} ms, max ${Math.max(...arrivals).toFixed(1)} ms over ${APPROVALS} approvals; missed ${missing}`)
  await idle()

  // 3. Full builds: SITES × PER_SITE added through this process's own Payload on the same database.
  Object.assign(process.env, { DATABASE_URI: cluster.env.DATABASE_URI, PAYLOAD_SECRET: cluster.env.PAYLOAD_SECRET, DATA_DIR: cluster.dataDir, SITES_DIR: cluster.sitesDir, TWO_FACTOR_REQUIRED_ROLES: 'none' })
  const { initPayload } = await import('../../cms/src/boot')
  payload = await initPayload()
  // The demo portals are there already: generated portals with a taken slug or domain are renamed.
  const taken = await payload.find({ collection: 'sites', pagination: false, depth: 0, overrideAccess: true, select: { slug: true, domains: true } })
  const slugs = new Set(taken.docs.map((d) => String(d.slug)))
  const domains = new Set(taken.docs.flatMap((d) => (d.domains as string[] | null) ?? []))
  const specs = siteSpecs(SITES).map((spec) => (slugs.has(spec.slug) || domains.has(spec.domain) ? { ...spec, slug: `${spec.slug}-do-tai`, domain: `do-tai.${spec.domain}` } : spec))
  const ids = await createSites(payload, specs)
  const sites = specs.map((spec) => ({ id: ids.get(spec.key)!, spec }))
  const items: NewsItem[] = []
  const now = Date.now()
  for (const s of sites) for (let i = 0; i < PER_SITE; i++) items.push({ site: s, at: now - 86_400_000 - Math.floor(rand() * 2 * 365 * 86_400_000) })
  items.sort((a, b) => a.at - b.at)
  await bulkInsertNews(payload, items, log)
  log(`${SITES} portals × ${PER_SITE} news added; creating their sites queued builds: waiting for them`)
  await idle()
  const { startRebuild } = await import('../../plugins/portals/build/rebuild')
  // The operator's full rebuild (`npm run site -- rebuild-all --full`): every live portal queued
  // in one run, claimed by the workers 25 portals at a time.
  const fullBuild = async (label: string) => {
    // From nothing: no earlier release to carry pages over from.
    for (const entry of fs.readdirSync(cluster!.sitesDir)) if (!entry.startsWith('.')) fs.rmSync(path.join(cluster!.sitesDir, entry), { recursive: true, force: true })
    fs.rmSync(path.join(cluster!.sitesDir, '.releases'), { recursive: true, force: true })
    const since = new Date().toISOString()
    const cpuBefore = cpuTimes()
    const procBefore = processTimes()
    const threads = threadSampler(cluster!.workers.filter((w) => w.alive()).map((w) => w.pid()))
    const t = Date.now()
    const { queued } = await startRebuild(payload!, { full: true, reason: `bench: full build (${label})`, startedBy: 'bench:cluster' })
    if (queued < sites.length) throw new Error(`the full rebuild queued ${queued} portals, fewer than the ${sites.length} generated`)
    await idle()
    const ms = Date.now() - t
    const cpu = cpuTimes()
    const busy = 1 - (cpu.idle - cpuBefore.idle) / (cpu.total - cpuBefore.total)
    // Where the CPU went: each worker, the web processes, PostgreSQL, this process, the rest (s).
    const owner = new Map<number, string>([[process.pid, 'bench'], ...cluster!.web.map((w) => [w.pid(), 'web'] as [number, string]), ...cluster!.workers.filter((w) => w.alive()).map((w) => [w.pid(), w.name] as [number, string])])
    const spent = new Map<string, number>()
    for (const [pid, now] of processTimes()) {
      const ticks = now.ticks - (procBefore.get(pid)?.ticks ?? 0)
      if (ticks <= 0) continue
      const key = owner.get(pid) ?? (now.name.startsWith('postgres') ? 'postgres' : 'other')
      spent.set(key, (spent.get(key) ?? 0) + ticks / 100)
    }
    log(`  workers' CPU seconds by thread (user + system): ${threads()}`)
    log(`  CPU seconds: ${[...spent].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`)
    const builds = await payload!.find({ collection: 'builds', where: { and: [{ queuedAt: { greater_than_equal: since } }, { status: { equals: 'succeeded' } }] }, pagination: false, depth: 0, overrideAccess: true, select: { pages: true, worker: true } })
    const pages = builds.docs.reduce((sum, b) => sum + (b.pages ?? 0), 0)
    const byWorker = new Map<string, number>()
    for (const b of builds.docs) byWorker.set(String(b.worker), (byWorker.get(String(b.worker)) ?? 0) + 1)
    const workers = [...byWorker.values()].join(' + ')
    log(`full build, ${label}: ${builds.docs.length} portals, ${pages} pages in ${(ms / 1000).toFixed(1)} s = ${(pages / (ms / 1000)).toFixed(0)} pages/s (portals per worker: ${workers}); CPU busy ${(busy * 100).toFixed(0)} % of ${os.availableParallelism()} cores`)
    return { pagesPerS: pages / (ms / 1000), busy }
  }
  // Each configuration is timed on workers started for it, so neither starts warm: the running
  // workers stop, the new ones start and finish their start-up jobs (a starting worker queues the
  // platform's scheduled jobs and runs those due).
  const freshWorkers = async (specs: Array<[string, Record<string, string>]>) => {
    for (const w of cluster!.workers) await w.kill()
    // BENCH_CPU_PROF=<folder>: each timed worker writes a CPU profile there when it stops.
    const prof: Record<string, string> = process.env.BENCH_CPU_PROF ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_CPU_PROF}` } : {}
    for (const [name, extra] of specs) await cluster!.startWorker(name, { ...prof, ...extra })
    await new Promise((r) => setTimeout(r, 3000))
    // A job a stopped worker was running stays marked as processing: wait a minute at most.
    const processing = async () => {
      const jobs = await payload!.find({ collection: 'payload-jobs', where: { processing: { equals: true } }, overrideAccess: true, depth: 0, pagination: false, select: { taskSlug: true, updatedAt: true } })
      return jobs.docs.map((j) => `${String(j.taskSlug)} since ${String(j.updatedAt).slice(11, 19)}`)
    }
    const settled = await waitFor(async () => ((await processing()).length === 0 ? true : undefined), 60_000, 'start-up jobs').catch(() => false)
    if (!settled) log(`  job(s) still marked as processing (left by a stopped worker?): ${(await processing()).join(', ')}; timing anyway`)
  }
  // Two workers on this one machine, set up as the README says: each renders on its share of the
  // cores (BUILD_RENDER_THREADS = cores ÷ workers). The same full build costs this machine up to
  // a fifth more or less CPU from one run to the next, so the two set-ups take turns, BUILD_ROUNDS
  // times each, and their medians are compared.
  const shared = String(Math.max(1, Math.floor(os.availableParallelism() / 2)))
  const singles: Awaited<ReturnType<typeof fullBuild>>[] = []
  const doubles: Awaited<ReturnType<typeof fullBuild>>[] = []
  for (let round = 1; round <= BUILD_ROUNDS; round++) {
    await freshWorkers([[`worker-single-${round}`, {}]])
    singles.push(await fullBuild(`round ${round}, 1 worker`))
    await freshWorkers([[`worker-a-${round}`, { BUILD_RENDER_THREADS: shared }], [`worker-b-${round}`, { BUILD_RENDER_THREADS: shared }]])
    doubles.push(await fullBuild(`round ${round}, 2 workers, ${shared} render thread(s) each`))
  }
  const median = (runs: typeof singles) => {
    const sorted = [...runs].sort((a, b) => a.pagesPerS - b.pagesPerS)
    return sorted[Math.floor((sorted.length - 1) / 2)]!
  }
  const single = median(singles)
  const double = median(doubles)
  log(`full build, median of ${BUILD_ROUNDS}: 1 worker ${single.pagesPerS.toFixed(0)} pages/s, 2 workers ${double.pagesPerS.toFixed(0)} pages/s (2 ÷ 1 = ${(double.pagesPerS / single.pagesPerS).toFixed(2)})`)

  console.log(
    JSON.stringify({
      db: 'postgres',
      web: 2,
      workers: 2,
      submissions_per_s: Math.round(submissionsPerS),
      submit_p99_ms: r1(pct(latencies, 99)),
      lost,
      cross_process_fanout_p95_ms: r1(pct(arrivals, 95)),
      full_build_pages_per_s: Math.round(double.pagesPerS),
      single_worker_pages_per_s: Math.round(single.pagesPerS),
      submit_p50_ms: r1(pct(latencies, 50)),
      cross_process_fanout_p50_ms: r1(pct(arrivals, 50)),
      readers: connected,
      fanout_missed: missing,
      accepted: accepted.length,
      concurrency: CONCURRENCY,
      sites: SITES,
      per_site: PER_SITE,
      full_build_cpu_busy: r2(double.busy),
      build_rounds: BUILD_ROUNDS,
      full_build_rounds_pages_per_s: doubles.map((d) => Math.round(d.pagesPerS)),
      single_worker_rounds_pages_per_s: singles.map((d) => Math.round(d.pagesPerS)),
      single_worker_cpu_busy: r2(single.busy),
    }),
  )
} finally {
  // The workers' own logs, for a look after the run.
  for (const w of cluster?.workers ?? []) fs.writeFileSync(path.join(os.tmpdir(), `cong-bench-cluster-${w.name}.log`), w.output())
  await cleanup()
}
process.exit(0)
