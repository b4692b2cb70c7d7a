/**
 * Checks that make a misconfigured start end within seconds with one line naming the setting,
 * instead of a stack trace after a long hang.
 */
import net from 'node:net'

import type { Env } from '../config/env'

export class PreflightError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PreflightError'
  }
}

export function checkPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        new PreflightError(
          err.code === 'EADDRINUSE'
            ? `Port ${port} is already in use (cổng ${port} đang bị chiếm): stop the other program or set PORT to a free port.`
            : `Cannot listen on ${host}:${port} (${err.code ?? err.message}): change PORT or HOST.`,
        ),
      )
    })
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()))
  })
}

/**
 * One TCP connection to a single-host `mongodb://` address: a server that is not running refuses it
 * at once, while the driver would keep retrying until its selection timeout. Null when the port
 * answers, or when the address is not one host (a replica set list, `mongodb+srv://`).
 */
function refusedBy(url: string, timeoutMs: number): Promise<string | null> {
  let host: string
  let port: number
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'mongodb:' || !parsed.hostname) return Promise.resolve(null)
    host = parsed.hostname.replace(/^\[|\]$/g, '')
    port = Number(parsed.port || 27017)
  } catch {
    return Promise.resolve(null)
  }
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (reason: string | null) => {
      socket.destroy()
      resolve(reason)
    }
    socket.setTimeout(timeoutMs, () => done(`no answer from ${host}:${port} in ${timeoutMs / 1000} s`))
    socket.once('connect', () => done(null))
    socket.once('error', (err: NodeJS.ErrnoException) => done(`${err.code ?? err.message} ${host}:${port}`))
  })
}

async function checkMongo(url: string): Promise<void> {
  const refused = await refusedBy(url, 3000)
  if (refused) throw new PreflightError(`MongoDB at DATABASE_URI is unreachable (${refused}): check DATABASE_URI or start MongoDB.`)
  const { default: mongoose } = await import('mongoose')
  // A reachable server answers in milliseconds; 3 s keeps "gives up within 10 s" true on a busy
  // machine, where loading the server itself takes several seconds before this check.
  const conn = mongoose.createConnection(url, { serverSelectionTimeoutMS: 3000, connectTimeoutMS: 3000 })
  try {
    await conn.asPromise()
    await conn.db?.admin().ping()
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err)
    throw new PreflightError(`MongoDB at DATABASE_URI is unreachable (${reason}): check DATABASE_URI or start MongoDB.`)
  } finally {
    await conn.close().catch(() => undefined)
  }
}

async function checkMeili(host: string, key: string | null): Promise<void> {
  try {
    const res = await fetch(`${host}/health`, {
      signal: AbortSignal.timeout(3000),
      headers: key ? { Authorization: `Bearer ${key}` } : {},
    })
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
  } catch (err) {
    const reason = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)
    throw new PreflightError(`Meilisearch at MEILI_HOST=${host} is unreachable (${reason}): check MEILI_HOST or unset it to use the embedded search.`)
  }
}

/** Every check that can fail fast, in order of cost. */
export async function preflight(e: Env): Promise<void> {
  await checkPortFree(e.port, e.bindHost)
  if (e.database.kind === 'mongodb') await checkMongo(e.database.url)
  if (e.meiliHost) await checkMeili(e.meiliHost, e.meiliKey)
}
