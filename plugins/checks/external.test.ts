/** External links: broken or not, a short timeout, the cache, and no probing of private addresses unless allowed (ADR 0021). A loopback server, never the internet. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { resetEnv } from '../../cms/src/config/env'
import { clearLinkCache, linkState, linkStates } from './external'

let server: http.Server
let base: string
const hits: Record<string, number> = {}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/'
    hits[path] = (hits[path] ?? 0) + 1
    if (path === '/cham') return void setTimeout(() => res.end('ok'), 6000)
    if (path === '/chi-get' && req.method === 'HEAD') return void res.writeHead(405).end()
    res.statusCode = path === '/mat' ? 404 : path === '/loi' ? 503 : 200
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  delete process.env.LINK_CHECK_PRIVATE
  resetEnv()
})

beforeEach(() => clearLinkCache())

describe('external links', () => {
  it('does not open private or loopback addresses unless LINK_CHECK_PRIVATE is on', async () => {
    delete process.env.LINK_CHECK_PRIVATE
    resetEnv()
    expect(await linkState(`${base}/mat`)).toBe('unknown')
    expect(hits['/mat']).toBeUndefined()
  })

  it('tells broken (404, 5xx, refused) from working, and asks GET when HEAD is refused', async () => {
    process.env.LINK_CHECK_PRIVATE = 'true'
    resetEnv()
    expect(await linkState(`${base}/mat`)).toBe('broken')
    expect(await linkState(`${base}/loi`)).toBe('broken')
    expect(await linkState(`${base}/con`)).toBe('ok')
    expect(await linkState(`${base}/chi-get`)).toBe('ok')
    // A port nobody listens on (taken, then let go).
    const spare = http.createServer()
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve))
    const port = (spare.address() as AddressInfo).port
    await new Promise((resolve) => spare.close(resolve))
    expect(await linkState(`http://127.0.0.1:${port}/khong-ai-nghe`)).toBe('broken')
  })

  it('caches answers: a second look does not ask again', async () => {
    process.env.LINK_CHECK_PRIVATE = 'true'
    resetEnv()
    const before = hits['/mot-lan'] ?? 0
    expect(await linkState(`${base}/mot-lan`)).toBe('ok')
    expect(await linkState(`${base}/mot-lan`)).toBe('ok')
    expect(hits['/mot-lan']).toBe(before + 1)
  })

  it('answers within its budget: a slow server is "unknown", never broken', async () => {
    process.env.LINK_CHECK_PRIVATE = 'true'
    resetEnv()
    const started = Date.now()
    const states = await linkStates([`${base}/cham`, `${base}/mat`], 1000)
    expect(Date.now() - started).toBeLessThan(2500)
    expect(states.get(`${base}/cham`)).toBe('unknown')
    expect(states.get(`${base}/mat`)).toBe('broken')
  }, 15_000)
})
