/**
 * The production shape on loopback (ADR 0016): N web processes and M build workers of the real
 * platform on one PostgreSQL database, one Redis (the event bus, shared counters) and one shared
 * data folder (media, legal files, search index) and portal folder. Used by the cluster tests and
 * `npm run bench:cluster`. Every process can be killed, frozen or restarted on its own.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import { createDatabase, type PgCluster, startPostgres } from './postgres'
import { startRedis, type TestRedis } from './redis'
import { freePort, httpRequest, type Reply, SEED_PASSWORD, TEST_SECRET, waitFor } from './server'

export type ClusterProcess = {
  name: string
  pid: () => number
  port: number
  output: () => string
  alive: () => boolean
  /** How the process ended: its exit code, or the signal that ended it; null while it runs. */
  exit: () => { code: number | null; signal: NodeJS.Signals | null } | null
  kill: (signal?: NodeJS.Signals) => Promise<void>
  request: (host: string, urlPath: string, init?: Parameters<typeof httpRequest>[3]) => Promise<Reply>
  api: (urlPath: string, init?: Parameters<typeof httpRequest>[3]) => Promise<Reply>
}

export type Cluster = {
  web: ClusterProcess[]
  workers: ClusterProcess[]
  dataDir: string
  sitesDir: string
  env: Record<string, string>
  redis: TestRedis
  /** Another build worker; `extraEnv` on top of the cluster's environment. */
  startWorker: (name: string, extraEnv?: Record<string, string>) => Promise<ClusterProcess>
  stop: () => Promise<void>
}

export type ClusterOptions = { web?: number; workers?: number; env?: Record<string, string>; pgUrl?: string; durable?: boolean }

function launch(name: string, script: string, env: Record<string, string>, port: number, ready: string): Promise<ClusterProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env, ...(port ? { PORT: String(port) } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const proc: ClusterProcess = {
    name,
    pid: () => child.pid!,
    port,
    output: () => out,
    alive: () => child.exitCode === null && child.signalCode === null,
    exit: () => (proc.alive() ? null : { code: child.exitCode, signal: child.signalCode }),
    kill: async (signal = 'SIGTERM') => {
      if (!proc.alive()) return
      child.kill(signal)
      if (signal === 'SIGSTOP' || signal === 'SIGCONT') return
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
    request: (host, urlPath, init) => httpRequest(port, host, urlPath, init),
    api: (urlPath, init) => httpRequest(port, `localhost:${port}`, urlPath, init),
  }
  return (async () => {
    const deadline = Date.now() + 240_000
    while (!out.includes(ready)) {
      if (!proc.alive()) throw new Error(`${name} exited:\n${out}`)
      if (Date.now() > deadline) throw new Error(`${name} did not start:\n${out}`)
      await new Promise((r) => setTimeout(r, 100))
    }
    return proc
  })()
}

/**
 * Start the cluster: Redis, a database on the PostgreSQL cluster at `pgUrl` (or a throwaway one),
 * the first web process (migrates and seeds), the other web processes, then the workers.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-cluster-'))
  const sitesDir = path.join(dataDir, 'sites')
  let pg: PgCluster | null = null
  const base = options.pgUrl ?? process.env.CONG_TEST_PG_URL ?? (pg = await startPostgres({ durable: options.durable })).url
  const databaseUri = createDatabase(base, `cong_${path.basename(dataDir).replace(/[^a-zA-Z0-9]/g, '_').toLowerCase()}`)
  const redis = await startRedis()
  const env: Record<string, string> = {
    DATABASE_URI: databaseUri,
    PAYLOAD_SECRET: TEST_SECRET,
    REDIS_URL: redis.url,
    DATA_DIR: dataDir,
    SITES_DIR: sitesDir,
    HOST: '127.0.0.1',
    SEED_PASSWORD,
    BUILD_ADMIN_ON_START: 'false',
    TWO_FACTOR_REQUIRED_ROLES: 'none',
    JOBS_POLL_MS: '200',
    BUILD_HEARTBEAT_MS: '500',
    TRUST_PROXY: 'true',
    ...options.env,
  }
  const web: ClusterProcess[] = []
  const workers: ClusterProcess[] = []
  const all = () => [...web, ...workers]
  try {
    const READY = 'Cổng đã sẵn sàng'
    // Web processes build nothing: the workers do (JOBS_IN_PROCESS=false).
    web.push(await launch('web-a', 'cms/src/server/main.ts', { ...env, SEED_ON_START: 'true', JOBS_IN_PROCESS: 'false' }, await freePort(), READY))
    for (let i = 1; i < (options.web ?? 2); i++) {
      web.push(await launch(`web-${String.fromCharCode(97 + i)}`, 'cms/src/server/main.ts', { ...env, SEED_ON_START: 'false', JOBS_IN_PROCESS: 'false' }, await freePort(), READY))
    }
    const startWorker = async (name: string, extraEnv: Record<string, string> = {}) => {
      const w = await launch(name, 'cms/src/worker.ts', { ...env, ...extraEnv }, 0, 'Cổng worker')
      workers.push(w)
      return w
    }
    for (let i = 1; i <= (options.workers ?? 2); i++) await startWorker(`worker-${i}`)
    return {
      web,
      workers,
      dataDir,
      sitesDir,
      env,
      redis,
      startWorker,
      stop: async () => {
        await Promise.all(all().map((p) => p.kill('SIGCONT').then(() => p.kill('SIGTERM'))))
        await redis.stop()
        pg?.stop()
        fs.rmSync(dataDir, { recursive: true, force: true })
      },
    }
  } catch (err) {
    await Promise.all(all().map((p) => p.kill('SIGKILL')))
    await redis.stop()
    pg?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
    throw err
  }
}

export type LiveEvent = { event: string; data: any; at: number } // eslint-disable-line @typescript-eslint/no-explicit-any

/** A Server-Sent Events reader: collects events, waits for one matching a predicate. */
export function openStream(port: number, host: string, urlPath: string, headers: Record<string, string> = {}) {
  const events: LiveEvent[] = []
  let buffer = ''
  const req = http.get({ host: '127.0.0.1', port, path: urlPath, headers: { host, accept: 'text/event-stream', ...headers } }, (res) => {
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => {
      buffer += chunk
      let end: number
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const event = /^event: (.*)$/m.exec(frame)?.[1]
        const data = /^data: (.*)$/m.exec(frame)?.[1]
        if (event && data) events.push({ event, data: JSON.parse(data), at: Date.now() })
      }
    })
  })
  req.on('error', () => undefined)
  return {
    events,
    close: () => req.destroy(),
    next: (match: (e: LiveEvent) => boolean, timeoutMs = 5000) => waitFor(async () => events.find(match), timeoutMs, 'a live event'),
  }
}
