/**
 * Misconfiguration ends start-up within 10 s with one line naming the cause and the setting,
 * instead of a stack trace after a long hang.
 */
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { freePort, spawnServer } from './helpers/server'

async function startExpectingFailure(env: Record<string, string>) {
  const port = env.PORT ?? String(await freePort())
  const started = Date.now()
  const child = spawnServer({
    PORT: port,
    HOST: '127.0.0.1',
    DATA_DIR: path.join(os.tmpdir(), `cong-misconfig-${process.pid}`),
    BUILD_ADMIN_ON_START: 'false',
    ...env,
  })
  let stderr = ''
  let stdout = ''
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()))
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve(null)
    }, 20_000)
    child.once('exit', (c) => {
      clearTimeout(timer)
      resolve(c)
    })
  })
  const lines = stderr.split('\n').filter((l) => l.trim() !== '')
  return { code, ms: Date.now() - started, lines, stdout }
}

describe('start-up with a bad configuration', () => {
  it('refuses a malformed DATABASE_URI and names the setting', async () => {
    const r = await startExpectingFailure({ DATABASE_URI: 'postgres://db/cong' })
    expect(r.code).toBe(1)
    expect(r.ms).toBeLessThan(10_000)
    expect(r.lines).toHaveLength(1)
    expect(r.lines[0]).toMatch(/DATABASE_URI/)
  })

  it('refuses a port already in use and names PORT', async () => {
    const blocker = net.createServer()
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
    )
    try {
      const r = await startExpectingFailure({ PORT: String(port) })
      expect(r.code).toBe(1)
      expect(r.ms).toBeLessThan(10_000)
      expect(r.lines).toHaveLength(1)
      expect(r.lines[0]).toMatch(/Port \d+ is already in use/)
      expect(r.lines[0]).toMatch(/PORT/)
    } finally {
      blocker.close()
    }
  })

  it('gives up on an unreachable MongoDB within 10 s', async () => {
    const closed = await freePort()
    const r = await startExpectingFailure({
      DATABASE_URI: `mongodb://127.0.0.1:${closed}/cong`,
      PAYLOAD_SECRET: 'x'.repeat(40),
    })
    expect(r.code).toBe(1)
    expect(r.ms).toBeLessThan(10_000)
    expect(r.lines).toHaveLength(1)
    expect(r.lines[0]).toMatch(/MongoDB.*unreachable.*DATABASE_URI/)
  })

  it('requires PAYLOAD_SECRET in production with MongoDB', async () => {
    const r = await startExpectingFailure({ DATABASE_URI: 'mongodb://127.0.0.1:27017/cong' })
    expect(r.code).toBe(1)
    expect(r.lines).toHaveLength(1)
    expect(r.lines[0]).toMatch(/PAYLOAD_SECRET is required/)
  })

  it('gives up on an unreachable Meilisearch within 10 s', async () => {
    const closed = await freePort()
    const r = await startExpectingFailure({ MEILI_HOST: `http://127.0.0.1:${closed}` })
    expect(r.code).toBe(1)
    expect(r.ms).toBeLessThan(10_000)
    expect(r.lines).toHaveLength(1)
    expect(r.lines[0]).toMatch(/Meilisearch.*MEILI_HOST/)
  })

  it('rejects a non-numeric PORT', async () => {
    const r = await startExpectingFailure({ PORT: 'ba-nghin' })
    expect(r.code).toBe(1)
    expect(r.lines).toHaveLength(1)
    expect(r.lines[0]).toMatch(/PORT="ba-nghin"/)
  })
})
