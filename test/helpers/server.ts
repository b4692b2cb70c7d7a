/**
 * Start the real platform (`cms/src/server/main.ts`, production mode) as a child process on a
 * free loopback port, with its own temporary data and portal directories.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

import { seedSites } from '../../seed/data/index'
import { freePort } from './ports'
import { createDatabase } from './postgres'

/**
 * The database adapter this test process runs on (ADR 0015): `sqlite` (default), `postgres` (the
 * PostgreSQL pass of `npm test`: a throwaway cluster started by test/global-setup-postgres.ts) or
 * `mongodb` (the MongoDB pass, when MONGODB_URI reaches a server). Suites never touch a database
 * file themselves: they go through the server's API or `openLocalApi`.
 */
export const TEST_DB = (process.env.CONG_TEST_DB ?? 'sqlite') as 'sqlite' | 'postgres' | 'mongodb'

/** The Payload secret of every test server on a database server (the CLIs and in-process Payloads share it). */
export const TEST_SECRET = 'cong-test-secret-0123456789-abcdefghijklmnop'

const databases = new Map<string, Record<string, string>>()

/**
 * The environment that points a process at the test database of `dataDir`: nothing on SQLite
 * (`<dataDir>/cong.db`); on PostgreSQL a new database on the test cluster, on MongoDB a new
 * database on MONGODB_URI's server, one per data folder (the same one on every call).
 */
export function databaseEnv(dataDir: string, options: { seeded?: string } = {}): Record<string, string> {
  if (TEST_DB === 'sqlite') return {}
  const known = databases.get(dataDir)
  if (known) return known
  const name = `cong_${path.basename(dataDir).replace(/[^a-zA-Z0-9]/g, '_').toLowerCase()}`
  let uri: string
  if (TEST_DB === 'postgres') {
    const base = process.env.CONG_TEST_PG_URL
    if (!base) throw new Error('CONG_TEST_DB=postgres needs CONG_TEST_PG_URL (set by test/global-setup-postgres.ts)')
    uri = createDatabase(base, name, options.seeded)
  } else {
    const base = process.env.MONGODB_URI
    if (!base) throw new Error('CONG_TEST_DB=mongodb needs MONGODB_URI')
    const u = new URL(base)
    u.pathname = `/${name}`
    uri = u.toString()
  }
  const vars = { DATABASE_URI: uri, PAYLOAD_SECRET: TEST_SECRET, SEED_ON_START: 'true' }
  databases.set(dataDir, vars)
  return vars
}

/** Point this test process's own Payload (initPayload) at the test database of `dataDir`. */
export function useTestDatabase(dataDir: string): void {
  process.env.DATA_DIR = dataDir
  process.env.SITES_DIR ??= path.join(dataDir, 'sites')
  Object.assign(process.env, databaseEnv(dataDir))
}

export type TestServer = {
  /** Process id of the server. */
  pid: number
  port: number
  dataDir: string
  /** Environment for another process on this server's data (CLIs, workers): folders and database. */
  env: Record<string, string>
  sitesDir: string
  output: () => string
  /** An HTTP request to the server with the given Host header. */
  request: (host: string, urlPath: string, init?: RequestInit & { json?: unknown; token?: string }) => Promise<Reply>
  api: (urlPath: string, init?: RequestInit & { json?: unknown; token?: string }) => Promise<Reply>
  stop: () => Promise<void>
  /** Stop the process as compose and systemd do (SIGTERM) and keep its data, for another process to read. */
  terminate: () => Promise<void>
}

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string; json: <T = any>() => T } // eslint-disable-line @typescript-eslint/no-explicit-any

export const SEED_PASSWORD = 'Thu-nghiem-2026!'

export { freePort }

/**
 * One HTTP request to a test server: `json` sends a JSON body, `form` a urlencoded one (what a
 * browser without JavaScript posts for `<form method="post">`).
 */
export function httpRequest(
  port: number,
  host: string,
  urlPath: string,
  init: RequestInit & { json?: unknown; form?: Record<string, string> | string; token?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { host, ...(init.headers as Record<string, string> | undefined) }
  let body: string | undefined
  if (init.json !== undefined) {
    body = JSON.stringify(init.json)
    headers['content-type'] = 'application/json'
  } else if (init.form !== undefined) {
    body = typeof init.form === 'string' ? init.form : new URLSearchParams(init.form).toString()
    headers['content-type'] = 'application/x-www-form-urlencoded'
    headers['content-length'] = String(Buffer.byteLength(body))
  } else if (typeof init.body === 'string') {
    // A raw body with the caller's own content type (or none).
    body = init.body
    headers['content-length'] = String(Buffer.byteLength(body))
  }
  if (init.token) headers.authorization = `JWT ${init.token}`
  return new Promise((resolve, reject) => {
    // A connection of its own (agent: false): Node's global agent keeps sockets alive, and one the
    // server closed after its 5 s keep-alive timeout could be reused ("socket hang up").
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method: init.method ?? 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      // A response cut short (the server closed the connection mid-body) fails instead of waiting.
      res.on('error', (err) => reject(new Error(`${urlPath}: the response broke off (${err.message})`)))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, json: () => JSON.parse(text) })
      })
    })
    req.on('error', reject)
    req.setTimeout(60_000, () => req.destroy(new Error(`timeout ${urlPath}`)))
    if (body) req.write(body)
    req.end()
  })
}

/** Every server process a suite started and that still runs. */
const running = new Set<ChildProcess>()

/**
 * Start a server process. It holds a pipe to this process on its standard input and stops when
 * the pipe closes (EXIT_ON_STDIN_END), so it never outlives the test runner, even one killed.
 */
export function spawnServer(env: Record<string, string>, args: string[] = []): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cms/src/server/main.ts', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', EXIT_ON_STDIN_END: 'true', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  running.add(child)
  child.once('exit', () => running.delete(child))
  return child
}

/** Stop a server process: SIGTERM, then SIGKILL after 10 s. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  await exited
  clearTimeout(timer)
}

/** Stop every server still running (vitest runs this after each test file: test/setup.ts). */
export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map(stopProcess))
}

process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

/** A fresh data directory for a server (the caller may prepare a database in it first). */
export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cong-test-'))
}

/**
 * Start a fresh data folder from the demo content seeded once for the pass (test/global-setup-seeded.ts),
 * where there is one and the server would seed it itself: not when the suite sets SEED_ON_START
 * (it checks seeding, or wants none) or the folder already has a database. Copies the folder as
 * seeding left it; returns the template's database name on PostgreSQL, for `databaseEnv`.
 */
function startFromSeeded(dataDir: string, extraEnv: Record<string, string>): string | undefined {
  const seeded = process.env[`CONG_TEST_SEEDED_${TEST_DB.toUpperCase()}`]
  if (!seeded || 'SEED_ON_START' in extraEnv || 'DATABASE_URI' in extraEnv) return undefined
  const { template, dir: templateDir } = JSON.parse(seeded) as { template: string | null; dir: string }
  const fresh = TEST_DB === 'sqlite' ? !fs.existsSync(path.join(dataDir, 'cong.db')) : TEST_DB === 'postgres' && !databases.has(dataDir)
  if (!fresh) return undefined
  // The folder as seeding left it: the database file and secrets (SQLite), the uploaded media.
  fs.cpSync(templateDir, dataDir, { recursive: true, filter: (from) => !/^(sites|search|search\.lock|cong\.db-shm)$/.test(path.relative(templateDir, from)) })
  return template ?? undefined
}

export async function startServer(extraEnv: Record<string, string> = {}, dataDir = makeDataDir()): Promise<TestServer> {
  const port = await freePort()
  const sitesDir = path.join(dataDir, 'sites')
  let out = ''
  const dbEnv = databaseEnv(dataDir, { seeded: startFromSeeded(dataDir, extraEnv) })
  const child = spawnServer({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SITES_DIR: sitesDir,
    ...dbEnv,
    SEED_PASSWORD,
    JOBS_POLL_MS: '200',
    BUILD_ADMIN_ON_START: 'false',
    // Suites log in as the demo platform admin with a password only; the account-security suite
    // starts its server with the real default (two-factor required for platform admins).
    TWO_FACTOR_REQUIRED_ROLES: 'none',
    ...extraEnv,
  })
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()))

  const deadline = Date.now() + 240_000
  while (!out.includes('Cổng đã sẵn sàng')) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out}`)
    if (Date.now() > deadline) {
      await stopProcess(child)
      throw new Error(`server did not start:\n${out}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  const request: TestServer['request'] = (host, urlPath, init) => httpRequest(port, host, urlPath, init)
  return {
    pid: child.pid!,
    port,
    dataDir,
    env: { DATA_DIR: dataDir, SITES_DIR: sitesDir, ...dbEnv },
    sitesDir,
    output: () => out,
    request,
    api: (urlPath, init) => request(`localhost:${port}`, urlPath, init),
    stop: async () => {
      await stopProcess(child)
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
    terminate: () => stopProcess(child),
  }
}

/**
 * Poll until `check` returns a value (not undefined) or the time runs out. On a timeout, `explain`
 * (if given) adds what the server was doing, e.g. its build queue, to the error.
 */
export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs: number, what: string, explain?: () => Promise<string>): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) {
      const why = explain ? await explain().catch((err: unknown) => `(cannot explain: ${String(err)})`) : ''
      throw new Error(`timed out waiting for ${what}${why ? `\n${why}` : ''}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}

/**
 * What a server's builds were doing, for a wait that timed out: its queue as /healthz reports it,
 * its latest builds (read with a platform admin's `token`) and the end of its output.
 */
export async function buildQueueReport(server: Pick<TestServer, 'api' | 'output'>, token: string, builds = 10): Promise<string> {
  const health = (await server.api('/healthz')).json<{ buildQueue?: unknown }>().buildQueue
  type Row = { id: unknown; site?: { slug?: string } | unknown; status: string; reason?: string; queuedAt?: string; startedAt?: string; finishedAt?: string; worker?: string; log?: string }
  const rows = (await server.api(`/api/builds?sort=-id&limit=${builds}&depth=1`, { token })).json<{ docs?: Row[] }>().docs ?? []
  const lines = rows.map((b) => {
    const site = (b.site as { slug?: string } | undefined)?.slug ?? String(b.site)
    return `  #${String(b.id)} ${site} ${b.status} queued ${b.queuedAt ?? '-'} started ${b.startedAt ?? '-'} finished ${b.finishedAt ?? '-'} (${b.reason ?? ''}) ${String(b.log ?? '').split('\n')[0]!.slice(0, 200)}`
  })
  return [`now ${new Date().toISOString()}; build queue ${JSON.stringify(health)}; latest builds:`, ...lines, 'server output (end):', server.output().slice(-3000)].join('\n')
}

/**
 * Wait until the first builds of the demo portals are served and the seeded content is in the
 * search index; a failed build ends the wait at once with the server's output.
 */
export async function waitForDemoPortals(server: TestServer, timeoutMs = 240_000): Promise<void> {
  await waitFor(
    async () => {
      const health = (await server.api('/healthz')).json<{ buildQueue: { queued: number; running: number; failedLastHour: number }; searchIndex: { documents: number; queued: number } }>()
      if (health.buildQueue.failedLastHour > 0) throw new Error(`a portal build failed:\n${server.output().slice(-4000)}`)
      if (health.buildQueue.queued + health.buildQueue.running > 0) return undefined
      // The search pages need the seeded content in the index.
      if (health.searchIndex.queued > 0 || health.searchIndex.documents === 0) return undefined
      const homes = await Promise.all(seedSites.map((s) => httpRequest(server.port, `${s.slug}.localhost:${server.port}`, '/')))
      return homes.every((h) => h.status === 200) ? true : undefined
    },
    timeoutMs,
    'the first build of the four demo portals and their search index',
  )
}

/**
 * This test process's own Payload (Local API) on the test server's database, whatever the adapter:
 * for rows the REST API rightly refuses to touch (reset tokens, ageing dates, a build a dead worker
 * left running). The server writes the same database meanwhile; both go through the adapter.
 */
export async function openLocalApi(server: Pick<TestServer, 'dataDir' | 'sitesDir'> & { env?: Record<string, string> }): Promise<Payload> {
  process.env.SITES_DIR = server.sitesDir
  if (server.env?.DATABASE_URI) Object.assign(process.env, { DATA_DIR: server.dataDir, DATABASE_URI: server.env.DATABASE_URI, PAYLOAD_SECRET: server.env.PAYLOAD_SECRET })
  else useTestDatabase(server.dataDir)
  const { resetEnv } = await import('../../cms/src/config/env')
  resetEnv()
  const { initPayload } = await import('../../cms/src/boot')
  return initPayload()
}
