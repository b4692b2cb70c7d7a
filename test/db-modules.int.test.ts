/**
 * The adapter-specific modules (ADR 0015) and the build claim (ADR 0016), run in this process on
 * a fresh database of the pass's adapter: SQLite, PostgreSQL, MongoDB when given. Each test states
 * what must hold on every adapter.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '../cms/src/lib/ids'
import { toLexical } from '../cms/src/lib/lexical'
import { makeDataDir, TEST_DB, useTestDatabase, waitFor } from './helpers/server'

let payload: Payload
let dataDir: string
const opts = { overrideAccess: true, depth: 0, context: { skipBuild: true, skipSearchSync: true } } as const
let siteA: number | string
let siteB: number | string

beforeAll(async () => {
  dataDir = makeDataDir()
  process.env.SITES_DIR = path.join(dataDir, 'sites')
  process.env.TWO_FACTOR_REQUIRED_ROLES = 'none'
  process.env.BUILD_HEARTBEAT_MS = '1000'
  useTestDatabase(dataDir)
  const { initPayload } = await import('../cms/src/boot')
  payload = await initPayload()
  siteA = (await payload.create({ collection: 'sites', data: { name: 'UBND xã A', slug: 'xa-a', level: 'xa', theme: 'default', status: 'active' }, ...opts })).id
  siteB = (await payload.create({ collection: 'sites', data: { name: 'UBND xã B', slug: 'xa-b', level: 'xa', theme: 'default', status: 'active' }, ...opts })).id
})

afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe(`adapter-specific modules on ${TEST_DB}`, () => {
  it('runs on the adapter this pass names', () => {
    expect(payload.db.name).toBe(TEST_DB === 'mongodb' ? 'mongoose' : TEST_DB)
  })

  it('insertQuestions stores a group exactly as given, and refuses a duplicate receipt code without a partial write (SQL)', async () => {
    const { insertQuestions, DuplicateKeyError } = await import('../cms/src/db/questionInsert')
    const at = new Date().toISOString()
    const row = (i: number) => ({
      receiptCode: `TEST${String(i).padStart(6, '0')}`,
      ref: `ref-${i}`,
      sessionId: null,
      siteId: siteA,
      name: `Người hỏi ${i}`,
      showName: i === 3,
      email: `nguoi${i}@example.vn`,
      phone: i % 2 ? '0912 345 678' : null,
      address: 'Thạch Hà, Hà Tĩnh',
      topic: null,
      text: `Câu hỏi số ${i} về thủ tục hành chính`,
      receivedAt: at,
      held: i === 2,
      holdReasons: i === 2 ? 'links' : null,
      channel: 'web' as const,
      searchKey: `cau hoi so ${i}`,
      ipHash: 'abc',
    })
    await insertQuestions(payload, [1, 2, 3].map(row))
    const stored = await payload.find({ collection: 'questions', where: { receiptCode: { like: 'TEST' } }, sort: 'receiptCode', pagination: false, ...opts, showHiddenFields: true })
    expect(stored.docs.map((q) => [q.receiptCode, q.state, q.asker?.name, Boolean(q.asker?.showName), q.asker?.phone ?? null, q.held, q.channel, String(q.site)])).toEqual([
      ['TEST000001', 'pending', 'Người hỏi 1', false, '0912 345 678', false, 'web', String(siteA)],
      ['TEST000002', 'pending', 'Người hỏi 2', false, null, true, 'web', String(siteA)],
      ['TEST000003', 'pending', 'Người hỏi 3', true, '0912 345 678', false, 'web', String(siteA)],
    ])
    expect(new Date(String(stored.docs[0]!.receivedAt)).toISOString()).toBe(at)

    const again = insertQuestions(payload, [row(4), row(1)])
    await expect(again).rejects.toBeInstanceOf(DuplicateKeyError)
    const err = (await again.catch((e: unknown) => e)) as InstanceType<typeof DuplicateKeyError>
    const count = (await payload.count({ collection: 'questions', where: { receiptCode: { like: 'TEST' } }, overrideAccess: true })).totalDocs
    if (TEST_DB === 'mongodb') expect([err.written, count]).toEqual([1, 4])
    else expect([err.written, count]).toEqual([0, 3])
  })

  it('the compliance aggregates agree on the latest build (by queuedAt), the live release and the queue', async () => {
    const { loadAggregates } = await import('../plugins/compliance/aggregates')
    const day = 86_400_000
    const now = Date.now()
    const iso = (t: number) => new Date(t).toISOString()
    const build = (data: Record<string, unknown>) => payload.create({ collection: 'builds', data: { site: siteB, reason: 't', ...data } as never, ...opts })
    // Created in this order, so ids and queue times disagree: the newest by queuedAt is `failed`.
    const failed = await build({ status: 'failed', queuedAt: iso(now - 1 * day), finishedAt: iso(now - 1 * day), durationMs: 700 })
    const live = await build({ status: 'succeeded', queuedAt: iso(now - 2 * day), finishedAt: iso(now - 2 * day), durationMs: 500, checks: { links: { broken: 3 }, a11y: { issues: 2 } } })
    await build({ status: 'succeeded', queuedAt: iso(now - 5 * day), finishedAt: iso(now - 5 * day), durationMs: 400, checks: { links: { broken: 9 }, a11y: { issues: 9 } } })
    await build({ status: 'queued', queuedAt: iso(now) })
    const news = await payload.create({ collection: 'news', data: { title: 'Tin mới', slug: 'tin-moi', site: siteB, publishedAt: iso(now - 3 * day), _status: 'published' } as never, ...opts })
    // Dated for later: it counts for nothing yet (the cutoff runs in the database's own comparison).
    await payload.create({ collection: 'news', data: { title: 'Tin hẹn đăng', slug: 'tin-hen-dang', site: siteB, publishedAt: iso(now + 2 * day), _status: 'published' } as never, ...opts })
    // Sections from the collections' own declarations (custom.cong.compliance): a published
    // procedure (versioned), and an answered question (a filter on a select column, a date in a group).
    await payload.create({ collection: 'procedures', data: { code: '7.000001', name: 'Thủ tục thử', levels: ['xa'], field: 'Thử', implementingAgency: 'UBND', site: siteB, _status: 'published' } as never, ...opts })
    await payload.create({ collection: 'procedures', data: { code: '7.000002', name: 'Thủ tục nháp', levels: ['xa'], field: 'Thử', implementingAgency: 'UBND', site: siteA, _status: 'draft' } as never, draft: true, ...opts })
    const question = await payload.create({ collection: 'questions', data: { asker: { name: 'Người hỏi', email: 'hoi@example.vn' }, text: 'Câu hỏi thử nghiệm đủ dài?', site: siteB } as never, ...opts })
    await payload.update({ collection: 'questions', id: question.id, data: { state: 'answered', answer: { body: toLexical(['Đã trả lời.']), at: iso(now - 4 * day) } } as never, ...opts })
    const facts = await loadAggregates(payload, new Date(now + 1000))
    const b = facts.builds.get(String(siteB))!
    expect(b.last).toEqual({ id: String(failed.id), status: 'failed', finishedAt: iso(now - 1 * day), durationMs: 700 })
    expect(b.live).toEqual({ id: String(live.id), brokenLinks: 3, a11yIssues: 2 })
    expect(b.queued).toBe(1)
    expect(facts.lastPublished.get(String(siteB))).toBe(iso(now - 3 * day))
    expect(facts.sections.get(`${siteB}|thu-tuc-hanh-chinh`)).toBeDefined()
    expect(facts.sections.get(`${siteA}|thu-tuc-hanh-chinh`)).toBeUndefined()
    expect(facts.sections.get(`${siteB}|hoi-dap`)).toBe(iso(now - 4 * day))
    // Every published news item counts for "Tin tức, sự kiện", in no category at all (ADR 0020).
    expect(facts.sections.get(`${siteB}|tin-tuc`)).toBe(iso(now - 3 * day))
    expect(facts.reachable.has('*|hoi-dap')).toBe(true)
    expect(news.id).toBeDefined()
  })
})

describe(`build claims on ${TEST_DB}`, () => {
  it('a conditional update lets exactly one of twelve racing claimers take a queued build', async () => {
    const b = await payload.create({ collection: 'builds', data: { site: siteA as number, status: 'queued', reason: 'race', queuedAt: new Date().toISOString() }, ...opts })
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        payload.db.updateOne({
          collection: 'builds',
          where: { and: [{ id: { equals: b.id } }, { status: { equals: 'queued' } }] },
          data: { status: 'running', worker: `w${i}`, heartbeatAt: new Date().toISOString() },
          options: { atomic: true },
          returning: true,
        }),
      ),
    )
    const winners = results.filter(Boolean) as unknown as { worker: string }[]
    expect(winners).toHaveLength(1)
    const row = await payload.findByID({ collection: 'builds', id: b.id, ...opts })
    expect(row.worker).toBe(winners[0]!.worker)
    await payload.delete({ collection: 'builds', id: b.id, ...opts })
  })

  it("claims queued builds, skips a portal a live worker is building, and re-queues only a dead worker's builds", async () => {
    const { buildingHere, claimBuilds, requeueAbandonedBuilds, WORKER_ID } = await import('../plugins/portals/build/claim')
    // This test stands for a lane: the portals it claims stay its own until it releases them.
    buildingHere.clear()
    await payload.db.deleteMany({ collection: 'builds', where: { id: { exists: true } } })
    const now = Date.now()
    const iso = (t: number) => new Date(t).toISOString()
    const make = (site: number | string, data: Record<string, unknown>) =>
      payload.create({ collection: 'builds', data: { site, reason: 'r', queuedAt: iso(now), ...data } as never, ...opts })
    // Portal A: a live worker of another host is building it; one more edit is queued.
    const liveOther = await make(siteA, { status: 'running', worker: 'may-khac:12:x', heartbeatAt: iso(now), startedAt: iso(now) })
    const queuedA = await make(siteA, { status: 'queued' })
    // Portal B: a dead worker (no heartbeat for a minute) left a build running.
    const dead = await make(siteB, { status: 'running', worker: 'may-khac:13:y', heartbeatAt: iso(now - 60_000), startedAt: iso(now - 60_000) })

    expect(await claimBuilds(payload, 10)).toEqual([])
    expect(await requeueAbandonedBuilds(payload)).toBe(1)
    const back = await payload.findByID({ collection: 'builds', id: dead.id, ...opts })
    expect([back.status, back.worker ?? null]).toEqual(['queued', null])
    expect(back.reason).toContain('its worker stopped')
    expect((await payload.findByID({ collection: 'builds', id: liveOther.id, ...opts })).status).toBe('running')

    const claimed = await claimBuilds(payload, 10)
    expect(claimed.map((c) => String(c.id))).toEqual([String(dead.id)])
    const mine = await payload.findByID({ collection: 'builds', id: dead.id, ...opts })
    expect([mine.status, mine.worker]).toEqual(['running', WORKER_ID])
    expect((await payload.findByID({ collection: 'builds', id: queuedA.id, ...opts })).status).toBe('queued')
    // Our own live claim is never re-queued.
    expect(await requeueAbandonedBuilds(payload)).toBe(0)
  })

  it('a claim still takes as many portals as asked when another worker takes the first one meanwhile', async () => {
    const { buildingHere, claimBuilds, WORKER_ID } = await import('../plugins/portals/build/claim')
    buildingHere.clear()
    await payload.db.deleteMany({ collection: 'builds', where: { id: { exists: true } } })
    const siteC = (await payload.create({ collection: 'sites', data: { name: 'UBND xã C', slug: 'xa-c', level: 'xa', theme: 'default', status: 'active' }, ...opts })).id
    const t = Date.now()
    const queue = async (site: number | string, i: number) =>
      (await payload.create({ collection: 'builds', data: { site: site as number, status: 'queued', reason: 'r', queuedAt: new Date(t + i * 1000).toISOString() }, ...opts })).id
    const [first, second, third] = [await queue(siteA, 0), await queue(siteB, 1), await queue(siteC, 2)]
    // Another worker (another host) takes the first portal after we read the queue, just before our
    // conditional update reaches it.
    const db = payload.db
    const original = db.updateOne.bind(db)
    let raced = false
    db.updateOne = (async (args: Parameters<typeof original>[0]) => {
      if (!raced) {
        raced = true
        await original({ collection: 'builds', id: first, data: { status: 'running', worker: 'may-khac:14:z', heartbeatAt: new Date().toISOString() }, returning: false })
      }
      return original(args)
    }) as typeof db.updateOne
    try {
      const claimed = await claimBuilds(payload, 2)
      expect(claimed.map((c) => String(c.id))).toEqual([String(second), String(third)])
    } finally {
      db.updateOne = original
    }
    const rows = await payload.find({ collection: 'builds', sort: 'queuedAt', pagination: false, ...opts })
    expect(rows.docs.map((b) => [b.status, b.worker])).toEqual([
      ['running', 'may-khac:14:z'],
      ['running', WORKER_ID],
      ['running', WORKER_ID],
    ])
    await payload.db.deleteMany({ collection: 'builds', where: { id: { exists: true } } })
  })

  it('a claim reads the head of a national queue, not all of it: the most visited portals first, and a portal a person asked for with its build of the run', async () => {
    const { buildingHere, claimBuilds } = await import('../plugins/portals/build/claim')
    const { instrumentQueries, withQueryStats } = await import('../cms/src/db/queryStats')
    instrumentQueries(payload)
    buildingHere.clear()
    await payload.db.deleteMany({ collection: 'builds', where: { id: { exists: true } } })
    const t = Date.now()
    const iso = (i: number) => new Date(t + i * 1000).toISOString()
    const run = await payload.db.create({ collection: 'build-runs', data: { status: 'finished', full: true, startedAt: iso(0), total: 120, done: 0, failed: 0 } })
    // 120 portals in a full rebuild, visits 0…119; the least visited one was also asked for by an editor.
    const sites: Array<number | string> = []
    for (let i = 0; i < 120; i++) sites.push((await payload.db.create({ collection: 'sites', data: { name: `UBND xã Hàng ${i}`, slug: `xa-hang-${i}`, level: 'xa', theme: 'default', status: 'active' } })).id)
    for (const [i, site] of sites.entries()) await payload.db.create({ collection: 'builds', data: { site, status: 'queued', reason: 'run', queuedAt: iso(i), run: run.id, visits: i } })
    await payload.db.create({ collection: 'builds', data: { site: sites[0], status: 'queued', reason: 'publish', queuedAt: iso(500) } })

    const { result: claimed, stats } = await withQueryStats(() => claimBuilds(payload, 3))
    // Three portals: the editor's (both its builds, one render), then the two most visited.
    expect(claimed.map((b) => [String(idOf(b.site)), b.reason])).toEqual([
      [String(sites[0]), 'publish'],
      [String(sites[0]), 'run'],
      [String(sites[119]), 'run'],
      [String(sites[118]), 'run'],
    ])
    // Rows read: the head of each part of the queue (a window of 4 × 3 portals), not 121 builds.
    expect(stats.rows).toBeLessThan(40)
    await payload.db.deleteMany({ collection: 'builds', where: { id: { exists: true } } })
    await payload.db.deleteMany({ collection: 'build-runs', where: { id: { equals: run.id } } })
    await payload.db.deleteMany({ collection: 'sites', where: { id: { in: sites } } })
  })
  it('two lanes of one process never hold one portal, and the second lane takes only what people asked for (with the run’s build of that portal)', async () => {
    const { buildingHere, claimBuilds } = await import('../plugins/portals/build/claim')
    buildingHere.clear()
    await payload.db.deleteMany({ collection: 'builds', where: { id: { exists: true } } })
    const t = Date.now()
    const iso = (i: number) => new Date(t + i * 1000).toISOString()
    const run = await payload.db.create({ collection: 'build-runs', data: { status: 'running', full: true, startedAt: iso(0), total: 3, done: 0, failed: 0 } })
    const sites: Array<number | string> = []
    for (let i = 0; i < 3; i++) sites.push((await payload.db.create({ collection: 'sites', data: { name: `UBND xã Làn ${i}`, slug: `xa-lan-${i}`, level: 'xa', theme: 'default', status: 'active' } })).id)
    const queue = (site: number | string, i: number, inRun: boolean) =>
      payload.db.create({ collection: 'builds', data: { site, status: 'queued', reason: inRun ? 'run' : 'publish', queuedAt: iso(i), ...(inRun ? { run: run.id, visits: 10 - i } : {}) } })
    // The first lane holds portal 0 (a publish) and the run's portal 1.
    await queue(sites[0]!, 0, false)
    await queue(sites[1]!, 1, true)
    const first = await claimBuilds(payload, 2)
    expect(first.map((b) => String(idOf(b.site)))).toEqual([String(sites[0]), String(sites[1])])
    expect([...buildingHere].sort()).toEqual([String(sites[0]), String(sites[1])].sort())
    // Meanwhile: a publish on portal 0 again, one on portal 2, and the run's build of portal 2.
    await queue(sites[0]!, 2, false)
    await queue(sites[2]!, 3, true)
    await queue(sites[2]!, 4, false)
    // The second lane: not portal 0 (the first lane holds it), portal 2 with its run's build.
    const second = await claimBuilds(payload, 1, { askedOnly: true })
    expect(second.map((b) => [String(idOf(b.site)), b.reason])).toEqual([
      [String(sites[2]), 'publish'],
      [String(sites[2]), 'run'],
    ])
    // Nothing more for it while portal 0 is held; the run's builds are never its own.
    expect(await claimBuilds(payload, 1, { askedOnly: true })).toEqual([])
    // Released by the first lane, portal 0's new publish is claimable again.
    buildingHere.delete(String(sites[0]))
    expect((await claimBuilds(payload, 1, { askedOnly: true })).map((b) => [String(idOf(b.site)), b.reason])).toEqual([[String(sites[0]), 'publish']])
    buildingHere.clear()
    await payload.db.deleteMany({ collection: 'builds', where: { id: { exists: true } } })
    await payload.db.deleteMany({ collection: 'build-runs', where: { id: { equals: run.id } } })
    await payload.db.deleteMany({ collection: 'sites', where: { id: { in: sites } } })
  })
  it('a claim the database fails in the middle holds nothing: its portals are free for the other lane, its builds queued again', async () => {
    const { buildingHere, claimBuilds } = await import('../plugins/portals/build/claim')
    buildingHere.clear()
    await payload.db.deleteMany({ collection: 'builds', where: { id: { exists: true } } })
    const sites: Array<number | string> = []
    for (let i = 0; i < 2; i++) sites.push((await payload.db.create({ collection: 'sites', data: { name: `UBND xã Lỗi ${i}`, slug: `xa-loi-${i}`, level: 'xa', theme: 'default', status: 'active' } })).id)
    const t = Date.now()
    for (const [i, site] of sites.entries()) await payload.db.create({ collection: 'builds', data: { site, status: 'queued', reason: 'publish', queuedAt: new Date(t + i * 1000).toISOString() } })
    // The second portal's claim fails (a lost connection, a full disk): the first was claimed already.
    const updateOne = payload.db.updateOne
    let updates = 0
    payload.db.updateOne = (async (args: Parameters<typeof updateOne>[0]) => {
      if (args.collection === 'builds' && (args.data as { status?: string }).status === 'running' && ++updates === 2) throw new Error('database unavailable')
      return updateOne.call(payload.db, args)
    }) as typeof updateOne
    try {
      await expect(claimBuilds(payload, 2)).rejects.toThrow('database unavailable')
    } finally {
      payload.db.updateOne = updateOne
    }
    expect([...buildingHere]).toEqual([])
    const rows = await payload.db.find<{ status: string; worker?: string | null }>({ collection: 'builds', where: { site: { in: sites } }, pagination: false, limit: 0 })
    expect(rows.docs.map((b) => [b.status, b.worker ?? null])).toEqual([
      ['queued', null],
      ['queued', null],
    ])
    // And the next claim takes both.
    expect((await claimBuilds(payload, 2)).map((b) => String(idOf(b.site))).sort()).toEqual(sites.map(String).sort())
    buildingHere.clear()
    await payload.db.deleteMany({ collection: 'builds', where: { id: { exists: true } } })
    await payload.db.deleteMany({ collection: 'sites', where: { id: { in: sites } } })
  })

  it('the queue never reads as idle while a build moves from queued to running (/healthz, the waits of tests and operators)', async () => {
    const { buildQueueState } = await import('../plugins/portals/build/queue')
    await payload.db.deleteMany({ collection: 'builds', where: { id: { exists: true } } })
    const build = await payload.db.create({ collection: 'builds', data: { site: siteA, status: 'queued', reason: 'publish', queuedAt: new Date().toISOString() } })
    // A worker claims the build while the queued builds are being counted (on PostgreSQL the
    // counts run on connections of their own, in any order).
    const count = payload.count
    let runningCounted: () => void = () => undefined
    const counted = new Promise<void>((resolve) => (runningCounted = resolve))
    payload.count = (async (args: Parameters<typeof count>[0]) => {
      const status = (args.where as { status?: { equals?: string } } | undefined)?.status?.equals
      if (status === 'queued') {
        await Promise.race([counted, new Promise((r) => setTimeout(r, 300))])
        await payload.db.updateOne({ collection: 'builds', id: build.id, data: { status: 'running', worker: 'w', heartbeatAt: new Date().toISOString() } })
      }
      const result = await count.call(payload, args)
      if (status === 'running') runningCounted()
      return result
    }) as typeof count
    try {
      const state = await buildQueueState(payload)
      expect(state.queued + state.running).toBe(1)
    } finally {
      payload.count = count
      await payload.db.deleteMany({ collection: 'builds', where: { id: { exists: true } } })
    }
  })
})

describe(`the totals of large lists on ${TEST_DB}`, () => {
  it('are remembered for a few seconds from a size up, outside transactions; smaller totals are always counted (SQL)', async () => {
    const { rememberLargeCounts, LARGE_COUNT_MIN, LARGE_COUNT_TTL_MS } = await import('../cms/src/db/largeCounts')
    if (TEST_DB === 'mongodb') return expect(rememberLargeCounts(payload)).toBe(false)
    // This Payload already remembers them (prepareDatabase); here from 3 documents, for a minute.
    expect(rememberLargeCounts(payload, { min: 3, ttlMs: 60_000 })).toBe(true)
    try {
      const siteC = (await payload.create({ collection: 'sites', data: { name: 'UBND xã Tổng C', slug: 'xa-tong-c', level: 'xa', theme: 'default', status: 'active' }, ...opts })).id
      const siteD = (await payload.create({ collection: 'sites', data: { name: 'UBND xã Tổng D', slug: 'xa-tong-d', level: 'xa', theme: 'default', status: 'active' }, ...opts })).id
      const add = (site: number | string, n: number) => payload.create({ collection: 'news', data: { title: `Tin đếm ${n}`, slug: `tin-dem-${n}`, site, _status: 'draft' } as never, ...opts })
      const list = (site: number | string) => payload.find({ collection: 'news', where: { site: { equals: site } }, draft: true, sort: '-createdAt', limit: 1, ...opts })
      for (let n = 1; n <= 3; n++) await add(siteC, n)
      expect((await list(siteC)).totalDocs).toBe(3)
      const fourth = await add(siteC, 4)
      // The total is the one counted a moment ago; the documents are read as they are.
      const again = await list(siteC)
      expect(again.totalDocs).toBe(3)
      expect(again.docs[0]!.id).toBe(fourth.id)
      // Below the size, every list is counted.
      await add(siteD, 5)
      expect((await list(siteD)).totalDocs).toBe(1)
      await add(siteD, 6)
      expect((await list(siteD)).totalDocs).toBe(2)
      // A transaction counts its own writes.
      const { createLocalReq, initTransaction, commitTransaction } = await import('payload')
      const req = await createLocalReq({}, payload)
      if (await initTransaction(req)) {
        await payload.create({ collection: 'news', data: { title: 'Tin đếm 7', slug: 'tin-dem-7', site: siteC, _status: 'draft' } as never, ...opts, req })
        expect((await payload.find({ collection: 'news', where: { site: { equals: siteC } }, draft: true, limit: 1, ...opts, req })).totalDocs).toBe(5)
        await commitTransaction(req)
      }
      // Once the time is up, counted again.
      rememberLargeCounts(payload, { min: 3, ttlMs: 0 })
      expect((await list(siteC)).totalDocs).toBe(TEST_DB === 'sqlite' ? 4 : 5)
    } finally {
      rememberLargeCounts(payload, { min: LARGE_COUNT_MIN, ttlMs: LARGE_COUNT_TTL_MS })
    }
  })
})

describe(`the nginx domain map on ${TEST_DB}`, () => {
  it('is left alone by a publish when it holds the portal already, and is out of date when a domain or the status changed', async () => {
    const { domainMapHolds, writeDomainMap } = await import('../plugins/portals/build/domainMap')
    const mapFile = path.join(process.env.SITES_DIR!, '.domains.map')
    fs.rmSync(mapFile, { force: true })
    const setSite = (id: number | string, data: Record<string, unknown>) => payload.update({ collection: 'sites', id, data: data as never, ...opts })
    await setSite(siteA, { domains: ['xaa.gov.vn', 'www.xaa.gov.vn'] })
    await setSite(siteB, { domains: ['xab.gov.vn'] })
    // No map yet: a build must write it.
    expect(await domainMapHolds(payload, [siteA])).toBe(false)
    await writeDomainMap(payload)
    expect(fs.readFileSync(mapFile, 'utf8')).toContain('www.xaa.gov.vn xa-a;')
    expect(await domainMapHolds(payload, [siteA, siteB])).toBe(true)
    // A domain added, then one taken away: out of date until written again.
    await setSite(siteA, { domains: ['xaa.gov.vn', 'www.xaa.gov.vn', 'xa-a.vn'] })
    expect(await domainMapHolds(payload, [siteA])).toBe(false)
    expect(await domainMapHolds(payload, [siteB])).toBe(true)
    await writeDomainMap(payload)
    expect(await domainMapHolds(payload, [siteA])).toBe(true)
    await setSite(siteA, { domains: ['xaa.gov.vn'] })
    expect(await domainMapHolds(payload, [siteA])).toBe(false)
    await writeDomainMap(payload)
    expect(fs.readFileSync(mapFile, 'utf8')).not.toContain('www.xaa.gov.vn')
    // A portal that is no longer active must not be in the map.
    await setSite(siteB, { status: 'archived' })
    expect(await domainMapHolds(payload, [siteB])).toBe(false)
    await writeDomainMap(payload)
    expect(fs.readFileSync(mapFile, 'utf8')).not.toContain('xab.gov.vn')
    expect(await domainMapHolds(payload, [siteA, siteB])).toBe(true)
    await setSite(siteB, { status: 'active', domains: [] })
  })
})

describe(`abandoned jobs on ${TEST_DB}`, () => {
  it('lets go of a job a dead runner left processing, not of one being run', async () => {
    const { releaseStaleJobs } = await import('../cms/src/server/jobs')
    const queue = async () => (await payload.jobs.queue({ task: 'sendReviewReminders' as never, input: {} as never })) as unknown as { id: number | string }
    const [dead, running] = [await queue(), await queue()]
    // Taken by runners: one 20 minutes ago (its process is gone), one a moment ago.
    await payload.db.updateOne({ collection: 'payload-jobs', id: dead.id, data: { processing: true, updatedAt: new Date(Date.now() - 20 * 60_000).toISOString() }, returning: false })
    await payload.db.updateOne({ collection: 'payload-jobs', id: running.id, data: { processing: true, updatedAt: new Date().toISOString() }, returning: false })
    const processing = async (id: number | string) => (await payload.db.findOne<{ id: number | string; processing?: boolean | null }>({ collection: 'payload-jobs', where: { id: { equals: id } } }))?.processing
    expect(await releaseStaleJobs(payload, 15 * 60_000)).toBe(1)
    expect(await processing(dead.id)).toBe(false)
    expect(await processing(running.id)).toBe(true)
    expect(await releaseStaleJobs(payload, 15 * 60_000)).toBe(0)
    await payload.db.deleteMany({ collection: 'payload-jobs', where: { id: { in: [dead.id, running.id] } } })
  })

  it.skipIf(TEST_DB !== 'sqlite')("a write waits for another process's write to end, after transactions too, instead of failing with SQLITE_BUSY (SQLite)", async () => {
    const { spawn } = await import('node:child_process')
    const { env } = await import('../cms/src/config/env')
    const made: Array<number | string> = []
    for (let i = 0; i < 2; i++) made.push((await payload.create({ collection: 'sites', data: { name: `UBND xã Chờ ${i}`, slug: `xa-cho-${i}`, level: 'xa', theme: 'default', status: 'active' }, ...opts })).id)
    // A transaction of the adapter's Drizzle (bulk inserts, test/bench/corpus.ts): the client's
    // later statements run on a connection it opens after it.
    const { sql } = await import('@payloadcms/db-sqlite')
    const drizzle = (payload.db as unknown as { drizzle: { transaction: (fn: (tx: { run: (q: unknown) => Promise<unknown> }) => Promise<void>) => Promise<void> } }).drizzle
    await drizzle.transaction(async (tx) => void (await tx.run(sql`UPDATE sites SET visits = 0 WHERE id = ${made[0]}`)))
    // Another process writes for 800 ms (the worker, a command-line run). libsql is synchronous:
    // a writer in this process could not end its transaction while this one waits.
    const script = `import { createClient } from '@libsql/client'
      const c = createClient({ url: process.env.DB_URL })
      const tx = await c.transaction('write')
      await tx.execute({ sql: 'UPDATE sites SET visits = 7 WHERE id = ?', args: [Number(process.env.SITE)] })
      console.log('locked')
      await new Promise((r) => setTimeout(r, 800))
      await tx.commit()`
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), env: { ...process.env, DB_URL: env().database.url, SITE: String(made[0]) }, stdio: ['ignore', 'pipe', 'inherit'] })
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (c: Buffer) => c.toString().includes('locked') && resolve())
        child.once('exit', () => reject(new Error('the other writer exited before locking')))
      })
      const started = Date.now()
      const { addVisits } = await import('../plugins/portals/visits')
      await addVisits(payload, new Map([[String(made[1]), 3]]))
      const site = await payload.update({ collection: 'sites', id: made[1]!, data: { name: 'UBND xã Chờ 1 (đổi tên)' }, ...opts })
      expect(Date.now() - started).toBeGreaterThanOrEqual(300)
      expect(site.name).toBe('UBND xã Chờ 1 (đổi tên)')
      expect(await exited).toBe(0)
      const rows = await payload.find({ collection: 'sites', where: { id: { in: made } }, pagination: false, ...opts })
      expect(Object.fromEntries(rows.docs.map((r) => [String(r.id), r.visits]))).toEqual({ [String(made[0])]: 7, [String(made[1])]: 3 })
    } finally {
      child.kill('SIGKILL')
      await payload.db.deleteMany({ collection: 'sites', where: { id: { in: made } } })
    }
  }, 30_000)

  it.skipIf(TEST_DB !== 'postgres')('a job recorded after another runner removed it gives its transaction and connection back (PostgreSQL)', async () => {
    const pool = (payload.db as unknown as { pool: { totalCount: number; idleCount: number } }).pool
    const sessions = (payload.db as unknown as { sessions: Record<string, unknown> }).sessions
    const job = (await payload.jobs.queue({ task: 'sendReviewReminders' as never, input: {} as never })) as unknown as { id: number | string }
    // Another runner ran it too and removed it when done (deleteJobOnComplete).
    await payload.db.deleteMany({ collection: 'payload-jobs', where: { id: { equals: job.id } } })
    const checkedOut = () => pool.totalCount - pool.idleCount
    const before = checkedOut()
    // As Payload's updateJob records a finished task: in a transaction of its own.
    const transactionID = await payload.db.beginTransaction()
    expect(transactionID).toBeTruthy()
    const now = new Date().toISOString()
    await expect(
      payload.db.updateJobs({
        id: job.id,
        data: { processing: false, log: { $push: { executedAt: now, completedAt: now, taskSlug: 'sendReviewReminders', taskID: '1', state: 'succeeded', output: {} } } } as never,
        req: { transactionID } as never,
        returning: true,
      }),
    ).rejects.toThrow()
    expect(Object.keys(sessions)).not.toContain(String(transactionID))
    await waitFor(async () => (checkedOut() <= before ? true : undefined), 5000, 'the connection back in the pool')
    // No session of this process is left idle in a transaction.
    const idle = await (payload.db as unknown as { pool: { query: (text: string) => Promise<{ rows: Array<{ n: number }> }> } }).pool.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database() AND state LIKE 'idle in transaction%'",
    )
    expect(idle.rows[0]!.n).toBe(0)
  })
})
