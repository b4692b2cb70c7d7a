/**
 * Where the platform's rate limits keep their counts: in this process (the default), or in Redis
 * when `REDIS_URL` is set, so that several server processes behind one balancer share one count
 * per client address, account or email (docs/adr/0017-csrf-headers-and-limits.md).
 *
 * The Redis connection is opened on first use and shared by every limiter of the process. While
 * Redis cannot be reached, each limiter counts in memory instead (rate-limiter-flexible's
 * insurance limiter): the limits stay on, per process, and requests are never refused or delayed
 * because the store is down.
 */
import { Redis } from 'ioredis'

export type LimitStore = { kind: 'memory' } | { kind: 'redis'; url: string; client: Redis }

let current: LimitStore | null = null
let configuredUrl: string | null | undefined

/**
 * Choose the store before the first limiter is made: a `redis://` / `rediss://` URL, or null for
 * memory. Without a call the store follows `REDIS_URL` (read through the parsed environment).
 */
export function configureLimitStore(redisUrl: string | null): void {
  if (current) throw new Error('configureLimitStore() must run before the first limiter is used')
  configuredUrl = redisUrl
}

async function envRedisUrl(): Promise<string | null> {
  const { env } = await import('../config/env')
  return env().redisUrl
}

let pending: Promise<LimitStore> | null = null

/** The store of this process (made on first use). */
export function limitStore(): Promise<LimitStore> {
  if (current) return Promise.resolve(current)
  pending ??= (async () => {
    const url = configuredUrl === undefined ? await envRedisUrl() : configuredUrl
    if (!url) return (current = { kind: 'memory' })
    const client = connect(url)
    await ready(client, 3_000)
    return (current = { kind: 'redis', url, client })
  })()
  return pending
}

function connect(url: string): Redis {
  const client = new Redis(url, {
    // A command sent while disconnected fails at once, so the limiter falls back to memory
    // instead of holding the request (rate-limiter-flexible's advice for ioredis).
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    lazyConnect: false,
  })
  let lastLogged = 0
  client.on('error', (err: Error) => {
    // ioredis reports every failed reconnection; one line a minute is enough.
    if (Date.now() - lastLogged < 60_000) return
    lastLogged = Date.now()
    process.stderr.write(`cong: rate-limit store (Redis) unavailable, counting in memory meanwhile: ${err.message}\n`)
  })
  return client
}

/** Wait (a bounded time) for the first connection: until then limits would count in memory. */
function ready(client: Redis, timeoutMs: number): Promise<void> {
  if (client.status === 'ready') return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      client.off('ready', done)
      resolve()
    }
    const timer = setTimeout(done, timeoutMs)
    client.once('ready', done)
  })
}

/** Close the Redis connection (end of a process or a test). */
export async function closeLimitStore(): Promise<void> {
  const store = current
  current = null
  pending = null
  configuredUrl = undefined
  if (store?.kind === 'redis') await store.client.quit().catch(() => store.client.disconnect())
}
