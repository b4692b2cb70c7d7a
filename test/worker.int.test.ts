/**
 * Jobs can run in a separate worker (`npm run worker`): with JOBS_IN_PROCESS=false the server
 * only queues builds, bursts of edits coalesce into one queued build per site, and the worker
 * then builds them.
 */
import { type ChildProcess, spawn } from 'node:child_process'


import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openLocalApi, SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'

let server: TestServer
let worker: ChildProcess | null = null

let local: Awaited<ReturnType<typeof openLocalApi>> | null = null

beforeAll(async () => {
  server = await startServer({ JOBS_IN_PROCESS: 'false' })
  local = await openLocalApi(server)
}, 300_000)

afterAll(async () => {
  await local?.destroy()
  if (worker && worker.exitCode === null) {
    worker.kill('SIGTERM')
    await new Promise((r) => worker!.once('exit', r))
  }
  await server?.stop()
})

describe('a separate job worker', () => {
  it('leaves portals unbuilt while no runner runs, and coalesces edits into one queued build per site', async () => {
    const home = await server.request(`ha-tinh.localhost:${server.port}`, '/')
    expect(home.status).toBe(503)
    expect(home.body).toContain('đang được xây dựng')

    const token = (await server.api('/api/users/login', { method: 'POST', json: { email: 'bientap.hatinh@cong.gov.vn', password: SEED_PASSWORD } })).json().token
    const site = (await server.api('/api/sites?where[slug][equals]=ha-tinh&depth=0')).json().docs[0].id
    for (let i = 1; i <= 3; i++) {
      const res = await server.api('/api/news?depth=0', { method: 'POST', token, json: { title: `Tin dồn hàng đợi ${i}`, site, _status: 'published' } })
      expect(res.status).toBe(201)
    }
    const admin = (await server.api('/api/users/login', { method: 'POST', json: { email: 'admin@cong.gov.vn', password: SEED_PASSWORD } })).json().token
    const queued = await server.api(`/api/builds?where[site][equals]=${site}&where[status][equals]=queued&depth=0`, { token: admin })
    expect(queued.json().totalDocs).toBe(1)
    expect((await server.api('/healthz')).json().buildQueue.queued).toBe(4)
  })

  it('builds everything queued once the worker starts, including a build a dead process left running', async () => {
    // A worker that died mid-build leaves its row `running` with a heartbeat that stops; simulate
    // it through the adapter (the API refuses to write builds).
    const site = (await server.api('/api/sites?where[slug][equals]=ha-tinh&depth=0')).json().docs[0].id
    const stuck = (await local!.db.updateOne({
      collection: 'builds',
      where: { and: [{ site: { equals: site } }, { status: { equals: 'queued' } }] },
      data: { status: 'running', worker: 'may-da-tat:4242', heartbeatAt: new Date(Date.now() - 10 * 60_000).toISOString(), startedAt: new Date(Date.now() - 10 * 60_000).toISOString() },
      options: { atomic: true },
    })) as unknown as { id: number | string; status?: string } | null
    expect(stuck?.status).toBe('running')
    const stuckId = stuck!.id

    let out = ''
    worker = spawn(process.execPath, ['--import', 'tsx', 'cms/src/worker.ts'], {
      cwd: process.cwd(),
      env: { ...process.env, NODE_ENV: 'production', ...server.env, JOBS_POLL_MS: '200', PORT: String(server.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    worker.stdout!.on('data', (c: Buffer) => (out += c))
    worker.stderr!.on('data', (c: Buffer) => (out += c))
    await waitFor(
      async () => ((await server.api('/healthz')).json().buildQueue.queued === 0 && (await server.request(`ha-tinh.localhost:${server.port}`, '/')).status === 200 ? true : undefined),
      120_000,
      `the worker to build the portals\n${out}`,
    )
    const list = await server.request(`ha-tinh.localhost:${server.port}`, '/tin-tuc/')
    for (let i = 1; i <= 3; i++) expect(list.body).toContain(`Tin dồn hàng đợi ${i}`)
    expect(out).toContain('Cổng worker')
    const admin = (await server.api('/api/users/login', { method: 'POST', json: { email: 'admin@cong.gov.vn', password: SEED_PASSWORD } })).json().token
    const resumed = (await server.api(`/api/builds/${stuckId}?depth=0`, { token: admin })).json()
    expect(resumed.status).toBe('succeeded')
    expect(resumed.reason).toContain('its worker stopped')
  })
})
