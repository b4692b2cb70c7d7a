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
 * 3. Full build: SITES portals × PER_SITE news added to the same database, every portal built
 *    from nothing by one worker, then again (portals folder emptied) by two workers: pages/s.
 *
 * Last line: one JSON object. Environment: SUBMIT_SECONDS, CONCURRENCY, READERS, APPROVALS,
 * SITES, PER_SITE.
 */
import { execSync, fork } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import type { Payload } from 'payload'

import { ensureAdminBuild } from '../../cms/src/server/adminBuild'
import { type Cluster, startCluster } from '../helpers/cluster'
import { startPostgres } from '../helpers/postgres'
import { waitFor } from '../helpers/server'
import { openLiveSession } from './session'
import { bulkInsertNews, createSites, type NewsItem, rand, siteSpecs } from './corpus'

const SUBMIT_SECONDS = Number(process.env.SUBMIT_SECONDS ?? 15)
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32)
const READERS = Number(process.env.READERS ?? 2000)
const APPROVALS = Number(process.env.APPROVALS ?? 10)
const SITES = Number(process.env.SITES ?? 100)
const PER_SITE = Number(process.env.PER_SITE ?? 200)
const SESSION = 'phien-do-tai-cum'

const t0 = Date.now()
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`)
const pct = (values: number[], p: number) => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}
const r1 = (n: number) => Math.round(n * 10) / 10

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
  const { requestBuild } = await import('../../plugins/portals/build/queue')
  const fullBuild = async (label: string) => {
    // From nothing: no earlier release to carry pages over from.
    for (const entry of fs.readdirSync(cluster!.sitesDir)) if (!entry.startsWith('.')) fs.rmSync(path.join(cluster!.sitesDir, entry), { recursive: true, force: true })
    fs.rmSync(path.join(cluster!.sitesDir, '.releases'), { recursive: true, force: true })
    const since = new Date().toISOString()
    const t = Date.now()
    for (const s of sites) await requestBuild(payload!, s.id, `bench: full build (${label})`)
    await idle()
    const ms = Date.now() - t
    const builds = await payload!.find({ collection: 'builds', where: { and: [{ queuedAt: { greater_than_equal: since } }, { status: { equals: 'succeeded' } }] }, pagination: false, depth: 0, overrideAccess: true, select: { pages: true, worker: true } })
    const pages = builds.docs.reduce((sum, b) => sum + (b.pages ?? 0), 0)
    const workers = new Set(builds.docs.map((b) => b.worker)).size
    log(`full build, ${label}: ${builds.docs.length} portals, ${pages} pages in ${(ms / 1000).toFixed(1)} s = ${(pages / (ms / 1000)).toFixed(0)} pages/s (builds by ${workers} worker(s))`)
    return pages / (ms / 1000)
  }
  const single = await fullBuild('1 worker')
  await cluster.startWorker('worker-2')
  const double = await fullBuild('2 workers')

  console.log(
    JSON.stringify({
      db: 'postgres',
      web: 2,
      workers: 2,
      submissions_per_s: Math.round(submissionsPerS),
      submit_p99_ms: r1(pct(latencies, 99)),
      lost,
      cross_process_fanout_p95_ms: r1(pct(arrivals, 95)),
      full_build_pages_per_s: Math.round(double),
      single_worker_pages_per_s: Math.round(single),
      submit_p50_ms: r1(pct(latencies, 50)),
      cross_process_fanout_p50_ms: r1(pct(arrivals, 50)),
      readers: connected,
      fanout_missed: missing,
      accepted: accepted.length,
      concurrency: CONCURRENCY,
      sites: SITES,
      per_site: PER_SITE,
    }),
  )
} finally {
  await cleanup()
}
process.exit(0)
