/**
 * `npm run bench:dialogue`: a popular live session on loopback.
 *
 * 1. Submissions: CONCURRENCY citizens (each request from its own address and email, so the
 *    rate limits stay on at their defaults) post questions for SUBMIT_SECONDS; accepted (202)
 *    per second, latency percentiles, and "lost": accepted questions missing from the database.
 * 2. Fan-out: N readers (1,000 then 5,000) follow the session's stream from a second process;
 *    a moderator approves questions one by one and each reader's arrival time is taken from the
 *    approval request in the same process: p50/p95 over all readers and approvals.
 *
 * Needs `ulimit -n` above the number of readers (server and reader process each hold one socket
 * per reader). Last line: one JSON object.
 */
import { fork } from 'node:child_process'
import { execSync } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'

import { ensureAdminBuild } from '../../cms/src/server/adminBuild'
import { startServer, waitFor } from '../helpers/server'
import { openLiveSession } from './session'

const SUBMIT_SECONDS = Number(process.env.SUBMIT_SECONDS ?? 20)
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 32)
const READERS = (process.env.READERS ?? '1000,5000').split(',').map(Number)
const APPROVALS = Number(process.env.APPROVALS ?? 10)
const SESSION = 'phien-do-tai'

const pct = (values: number[], p: number) => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}
const round = (n: number) => Math.round(n * 10) / 10

const limit = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim())
const needed = Math.max(...READERS) + 500
if (Number.isFinite(limit) && limit < needed) {
  console.error(`ulimit -n is ${limit}; ${needed} file descriptors are needed for ${Math.max(...READERS)} readers. Raise it (ulimit -n ${needed * 2}) and run again.`)
  process.exit(2)
}

await ensureAdminBuild(process.cwd(), (line) => console.log(line))
const server = await startServer({ TRUST_PROXY: 'true' })
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY })

function request(method: string, urlPath: string, host: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body)
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: urlPath, method, agent, headers: { host, ...(data ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(data)) } : {}), ...headers } },
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
  const portal = `ha-tinh.localhost:${server.port}`
  const platform = `localhost:${server.port}`
  await waitFor(async () => ((await server.api('/healthz')).json().buildQueue.queued + (await server.api('/healthz')).json().buildQueue.running === 0 ? true : undefined), 240_000, 'the first builds')
  const { token, sessionId } = await openLiveSession(server.api, 'Phiên đo tải', SESSION)

  // 1. Submissions.
  let sequence = 0
  const accepted: string[] = []
  const latencies: number[] = []
  const refused = new Map<number, number>()
  const submitOne = async () => {
    const n = sequence++
    const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
    const started = performance.now()
    const res = await request(
      'POST',
      '/api/public/questions',
      portal,
      {
        name: `Người hỏi ${n}`,
        email: `nguoi-hoi-${n}@example.com`,
        address: 'Xã Thạch Hà, tỉnh Hà Tĩnh',
        text: `Câu hỏi số ${n}: thủ tục hỗ trợ doanh nghiệp nhỏ và vừa năm 2027 thực hiện như thế nào?`,
        consent: 'on',
        session: SESSION,
      },
      { 'x-forwarded-for': ip },
    )
    latencies.push(performance.now() - started)
    if (res.status === 202) accepted.push(JSON.parse(res.body).receiptCode)
    else refused.set(res.status, (refused.get(res.status) ?? 0) + 1)
  }
  // A short warm-up (JIT, caches), not counted.
  await Promise.all(Array.from({ length: CONCURRENCY }, () => submitOne()))
  const before = (await server.api(`/api/questions?where[session][equals]=${sessionId}&limit=1&depth=0`, { token })).json().totalDocs as number
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
  const stored = ((await server.api(`/api/questions?where[session][equals]=${sessionId}&limit=1&depth=0`, { token })).json().totalDocs as number) - before
  const unique = new Set(accepted).size
  const lost = Math.max(0, accepted.length - stored) + (accepted.length - unique)
  const submissionsPerS = accepted.length / elapsed
  console.log(
    `submissions: ${accepted.length} accepted in ${elapsed.toFixed(1)} s at concurrency ${CONCURRENCY} = ${submissionsPerS.toFixed(0)}/s; ` +
      `latency p50 ${pct(latencies, 50).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms; stored ${stored}, lost ${lost}; refused ${JSON.stringify(Object.fromEntries(refused))}`,
  )

  // 2. Fan-out.
  const clients = fork(path.join(import.meta.dirname, 'dialogue-clients.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const ask = <T>(message: unknown) =>
    new Promise<T>((resolve, reject) => {
      clients.once('message', (reply: { type: string; message?: string }) => (reply.type === 'error' ? reject(new Error(reply.message)) : resolve(reply as T)))
      clients.send(message as never)
    })
  const fanout: Record<number, { p50: number; p95: number; missing: number }> = {}
  let marker = 0
  for (const count of READERS) {
    await ask({ type: 'close' })
    const connected = await ask<{ readers: number; ms: number }>({ type: 'connect', port: server.port, host: portal, path: `/api/live/doi-thoai/${SESSION}/stream`, count })
    const all: number[] = []
    let missing = 0
    for (let i = 0; i < APPROVALS; i++) {
      const tag = `[[lan-toa-${count}-${marker++}]]`
      const sent = await request('POST', '/api/public/questions', portal, { name: 'Người đo', email: `do-${tag.replace(/\W/g, '')}@example.com`, address: 'Xã Thạch Hà, tỉnh Hà Tĩnh', text: `Câu hỏi đo thời gian lan tỏa ${tag}`, consent: 'on', session: SESSION }, { 'x-forwarded-for': `192.0.2.${i + 1}` })
      const code = JSON.parse(sent.body).receiptCode
      const question = (await server.api(`/api/questions?where[receiptCode][equals]=${code}&depth=0`, { token })).json().docs[0]
      const result = await ask<{ status: number; latencies: number[]; missing: number }>({ type: 'approve', port: server.port, token, questionId: question.id, marker: tag, timeoutMs: 10_000 })
      if (result.status !== 200) throw new Error(`approval answered ${result.status}`)
      all.push(...result.latencies)
      missing += result.missing
      // Let the portal build the approval triggers settle before the next measurement.
      await new Promise((r) => setTimeout(r, 1500))
    }
    fanout[count] = { p50: pct(all, 50), p95: pct(all, 95), missing }
    const stats = (await request('GET', '/healthz', platform, undefined)).body
    console.log(
      `fan-out to ${connected.readers} readers (connected in ${connected.ms} ms): approval → arrival p50 ${pct(all, 50).toFixed(1)} ms, p95 ${pct(all, 95).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms over ${APPROVALS} approvals; missed ${missing}` +
        (stats.includes('"live"') ? ` (${JSON.stringify(JSON.parse(stats).live)})` : ''),
    )
  }
  await ask({ type: 'close' })
  clients.kill()

  console.log(
    JSON.stringify({
      submissions_per_s: Math.round(submissionsPerS),
      submit_p99_ms: round(pct(latencies, 99)),
      lost,
      fanout_p95_ms_1000: round(fanout[1000]?.p95 ?? NaN),
      fanout_p95_ms_5000: round(fanout[5000]?.p95 ?? NaN),
      submit_p50_ms: round(pct(latencies, 50)),
      fanout_p50_ms_1000: round(fanout[1000]?.p50 ?? NaN),
      fanout_p50_ms_5000: round(fanout[5000]?.p50 ?? NaN),
      accepted: accepted.length,
      concurrency: CONCURRENCY,
    }),
  )
} finally {
  agent.destroy()
  await server.stop()
}
