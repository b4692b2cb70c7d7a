/**
 * The production shape, proven on loopback (ADR 0016): two web processes (A, B) and two build
 * workers on one PostgreSQL database, Redis as the event bus, one shared data and portal folder.
 * Runs in the PostgreSQL pass of `npm test`.
 */
import fs from 'node:fs'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeDatabase } from '../cms/src/db/maintenance'
import { type Cluster, type ClusterProcess, openStream, startCluster } from './helpers/cluster'
import { openLocalApi, type Reply, SEED_PASSWORD, waitFor } from './helpers/server'

let cluster: Cluster
let A: ClusterProcess
let B: ClusterProcess
const tokens: Record<string, string> = {}
let haTinh: number
const SESSION = 'doi-thoai-cum-may'
let ip = 1
const newIp = () => `203.0.113.${ip++ % 250}`

const portal = (p: ClusterProcess, urlPath: string, init?: Parameters<ClusterProcess['request']>[2]) => p.request(`ha-tinh.localhost:${p.port}`, urlPath, init)

function ask(p: ClusterProcess, extra: Record<string, unknown> = {}, from = newIp()): Promise<Reply> {
  return portal(p, '/api/public/questions', {
    method: 'POST',
    headers: { 'x-forwarded-for': from },
    json: {
      name: 'Trần Thị Cụm',
      email: `cum-${Math.random().toString(36).slice(2)}@example.com`,
      address: 'Xã Thạch Hà, tỉnh Hà Tĩnh',
      text: 'Xin hỏi thời hạn giải quyết thủ tục đăng ký hộ kinh doanh là bao lâu?',
      consent: 'on',
      ...extra,
    },
  })
}

async function build(id: number | string) {
  return (await A.api(`/api/builds/${id}?depth=0`, { token: tokens.admin })).json()
}

beforeAll(async () => {
  cluster = await startCluster({ web: 2, workers: 2, env: { QUESTION_LIMIT_PER_IP: '4', QUESTION_LIMIT_PER_EMAIL: '1000', LIVE_RESYNC_MS: '60000' } })
  ;[A, B] = cluster.web as [ClusterProcess, ClusterProcess]
  const login = async (email: string) => (await A.api('/api/users/login', { method: 'POST', json: { email, password: SEED_PASSWORD } })).json().token as string
  tokens.admin = await login('admin@cong.gov.vn')
  tokens.editor = await login('bientap.hatinh@cong.gov.vn')
  tokens.moderator = await login('dieuphoi.hatinh@cong.gov.vn')
  haTinh = (await A.api('/api/sites?where[slug][equals]=ha-tinh&depth=0')).json().docs[0].id
  // The first builds of the demo portals, by the workers.
  await waitFor(async () => ((await B.api('/healthz')).json().buildQueue.queued === 0 && (await portal(B, '/')).status === 200 ? true : undefined), 240_000, 'the first builds')
}, 600_000)

afterAll(async () => {
  await cluster?.stop()
})

describe('two web processes and two workers on PostgreSQL', () => {
  it('runs as one platform: one search owner, one bus, both processes on the same database', async () => {
    const [a, b] = [(await A.api('/healthz')).json(), (await B.api('/healthz')).json()]
    expect([a.database, b.database]).toEqual(['postgres', 'postgres'])
    expect([a.bus.kind, b.bus.kind]).toEqual(['redis', 'redis'])
    expect([a.searchIndex.role, b.searchIndex.role].sort()).toEqual(['owner', 'reader'])
    expect(a.pid).not.toBe(b.pid)
  })

  it('publishes through A: B serves the new page and finds it by search', async () => {
    const title = `Cụm máy chủ đăng tin ${Date.now()}`
    const created = await A.api('/api/news?depth=0', { method: 'POST', token: tokens.editor, json: { title, site: haTinh, _status: 'published', summary: 'Tin đăng qua tiến trình A.' } })
    expect(created.status, created.body).toBe(201)
    const slug = created.json().doc.slug
    const page = await waitFor(async () => {
      const res = await portal(B, `/tin-tuc/${slug}/`)
      return res.status === 200 ? res : undefined
    }, 60_000, 'the article on B')
    expect(page.body).toContain(title)
    const found = await waitFor(async () => {
      const res = await B.request(`localhost:${B.port}`, `/api/public/search?q=${encodeURIComponent(title)}&site=ha-tinh`)
      return res.status === 200 && res.json().hits?.some((h: { title: string }) => h.title === title) ? res : undefined
    }, 30_000, 'the article in B\'s search')
    expect(found.json().hits[0].url).toContain(slug)
  })

  it('a question accepted by A reaches live readers connected to B within 1 s, and B\'s moderator console hears of new ones', async () => {
    const created = await A.api('/api/dialogue-sessions?depth=0', {
      method: 'POST',
      token: tokens.moderator,
      json: { title: 'Đối thoại cụm máy chủ', slug: SESSION, site: haTinh, startsAt: '2026-11-24T02:00:00.000Z', endsAt: '2026-11-24T04:00:00.000Z', guests: [{ name: 'Bà Khách Mời', position: 'Giám đốc Sở' }] },
    })
    expect(created.status, created.body).toBe(201)
    const sessionId = created.json().doc.id
    expect((await A.api(`/api/dialogue-sessions/${sessionId}?depth=0`, { method: 'PATCH', token: tokens.moderator, json: { state: 'open' } })).status).toBe(200)

    const readers = Array.from({ length: 5 }, () => openStream(B.port, `ha-tinh.localhost:${B.port}`, `/api/live/doi-thoai/${SESSION}/stream`))
    await Promise.all(readers.map((r) => r.next((e) => e.event === 'snapshot')))
    const staff = openStream(B.port, `localhost:${B.port}`, `/api/dialogue/console-stream?session=${sessionId}`, { authorization: `JWT ${tokens.moderator}` })
    await staff.next((e) => e.event === 'ready')
    try {
      const submitted = await ask(A, { session: SESSION })
      expect(submitted.status, submitted.body).toBe(202)
      // B's console (in another process than the intake) is told within a second.
      await staff.next((e) => e.event === 'changed', 1000)
      const q = (await A.api(`/api/questions?where[receiptCode][equals]=${submitted.json().receiptCode}&depth=0`, { token: tokens.moderator })).json().docs[0]
      const approvedAt = Date.now()
      const approved = await A.api(`/api/questions/${q.id}/moderate`, { method: 'POST', token: tokens.moderator, json: { action: 'approve' } })
      expect(approved.status, approved.body).toBe(200)
      const seen = await Promise.all(readers.map((r) => r.next((e) => e.event === 'question' && e.data.question?.ref === q.ref, 1000)))
      for (const e of seen) expect(e.at - approvedAt).toBeLessThan(1000)
      expect(JSON.stringify(seen.map((e) => e.data))).not.toContain('@example.com')
    } finally {
      staff.close()
      for (const r of readers) r.close()
    }
  }, 120_000)

  it('a rate limit holds across A and B (shared counts)', async () => {
    const from = newIp()
    const answers: number[] = []
    for (let i = 0; i < 6; i++) answers.push((await ask(i % 2 ? B : A, {}, from)).status)
    expect(answers).toEqual([202, 202, 202, 202, 429, 429])
  })

  it('a worker killed in the middle of a build: the other finishes it while the last good release keeps serving', async () => {
    const [w1, w2] = cluster.workers as [ClusterProcess, ClusterProcess]
    const before = await portal(B, '/tin-tuc/')
    expect(before.status).toBe(200)
    // Freeze both workers, queue a build, let worker 1 claim it and freeze it again mid-build.
    let claimed: { id: number | string; worker: string; title: string } | null = null
    const idle = () =>
      waitFor(async () => {
        const q = (await B.api('/healthz')).json().buildQueue
        return q.queued === 0 && q.running === 0 ? true : undefined
      }, 60_000, 'an idle build queue')
    for (let attempt = 0; attempt < 5 && !claimed; attempt++) {
      // Nothing in flight: the builds the earlier tests asked for are done.
      await idle()
      await w1.kill('SIGSTOP')
      await w2.kill('SIGSTOP')
      const title = `Tin giữa lúc dựng ${attempt} ${Date.now()}`
      expect((await A.api('/api/news?depth=0', { method: 'POST', token: tokens.editor, json: { title, site: haTinh, _status: 'published' } })).status).toBe(201)
      const queued = (await A.api(`/api/builds?where[site][equals]=${haTinh}&where[status][equals]=queued&depth=0`, { token: tokens.admin })).json().docs[0]
      expect(queued).toBeDefined()
      await w1.kill('SIGCONT')
      const running = await waitFor(async () => {
        const b = await build(queued.id)
        return b.status !== 'queued' ? b : undefined
      }, 60_000, `worker 1 to claim the build\n${w1.output().slice(-3000)}`)
      await w1.kill('SIGSTOP')
      if ((await build(queued.id)).status === 'running') claimed = { id: queued.id, worker: running.worker, title }
      else await w2.kill('SIGCONT')
    }
    expect(claimed).not.toBeNull()
    expect(claimed!.worker).toContain(`:${w1.pid()}:`)
    const live = await portal(B, '/tin-tuc/')
    expect(live.body).not.toContain(claimed!.title)
    await w1.kill('SIGKILL')
    // The last good release keeps serving meanwhile.
    const during = await portal(B, '/tin-tuc/')
    expect(during.status).toBe(200)
    expect(during.body).toBe(live.body)
    await w2.kill('SIGCONT')
    const done = await waitFor(async () => {
      const b = await build(claimed!.id)
      return b.status === 'succeeded' || b.status === 'failed' ? b : undefined
    }, 60_000, 'worker 2 to finish the build')
    expect(done.status).toBe('succeeded')
    expect(done.worker).toContain(`:${w2.pid()}:`)
    expect(done.reason).toContain('its worker stopped')
    const after = await portal(B, '/tin-tuc/')
    expect(after.body).toContain(claimed!.title)
    // Worker 1 is replaced for the tests that follow.
    await cluster.startWorker('worker-3')
  }, 180_000)

  it('a web process killed under submission load loses no question it answered 202 for', async () => {
    const accepted: string[] = []
    let refused = 0
    let stop = false
    const submitter = async () => {
      while (!stop) {
        try {
          const res = await ask(A, { session: undefined }, newIp())
          if (res.status === 202) accepted.push(res.json().receiptCode)
          else refused++
        } catch {
          refused++ // the connection died with the process: not acknowledged, so not promised
        }
      }
    }
    const load = Array.from({ length: 16 }, submitter)
    await waitFor(async () => (accepted.length >= 150 ? true : undefined), 60_000, '150 accepted questions')
    await A.kill('SIGKILL')
    stop = true
    await Promise.all(load)
    expect(accepted.length).toBeGreaterThanOrEqual(150)
    const local = await openLocalApi({ dataDir: cluster.dataDir, sitesDir: cluster.sitesDir, env: cluster.env })
    try {
      const stored = await local.find({ collection: 'questions', where: { receiptCode: { in: accepted } }, pagination: false, limit: 0, depth: 0, overrideAccess: true, select: { receiptCode: true } })
      const missing = accepted.filter((code) => !stored.docs.some((d) => d.receiptCode === code))
      expect(missing).toEqual([])
    } finally {
      await closeDatabase(local)
    }
    // B goes on serving.
    expect((await B.api('/healthz')).status).toBe(200)
  }, 180_000)

  it('a web process and a worker given SIGTERM stop within 5 s with code 0, their database connections closed', async () => {
    const worker = cluster.workers.find((w) => w.alive())!
    const db = new pg.Client({ connectionString: cluster.env.DATABASE_URI })
    await db.connect()
    // Each process names its connections `cong:<pid>` (cms/src/db/adapter.ts).
    const connections = async (p: ClusterProcess) =>
      Number((await db.query('SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1', [`cong:${p.pid()}`])).rows[0].n)
    try {
      for (const p of [B, worker]) expect(await connections(p), `${p.name} holds connections while running`).toBeGreaterThan(0)
      const stopped = await Promise.all(
        [B, worker].map(async (p) => {
          const t0 = Date.now()
          await p.kill('SIGTERM')
          return { name: p.name, ms: Date.now() - t0, exit: p.exit(), closed: /database closed, 0 connection\(s\) open/.test(p.output()) }
        }),
      )
      for (const s of stopped) {
        const p = s.name === B.name ? B : worker
        expect(s.exit, `${s.name}:\n${p.output().slice(-12000)}`).toEqual({ code: 0, signal: null })
        expect(s.ms, s.name).toBeLessThan(5000)
        expect(s.closed, `${s.name} reports its database closed:\n${p.output().slice(-2000)}`).toBe(true)
        expect(await connections(p), `${s.name}'s connections after it stopped`).toBe(0)
      }
    } finally {
      await db.end()
    }
  }, 60_000)
})
