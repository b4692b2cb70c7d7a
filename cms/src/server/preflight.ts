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

async function checkMongo(url: string): Promise<void> {
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
