/**
 * A portal's pages keep being served whole while its builds switch it to new releases: every
 * build swaps the portal's link (`<sites>/<slug>` → `.releases/<slug>--<stamp>`), and a request
 * answered in the middle of a swap must get one release's page, complete, never a mix of two
 * (a size from one and bytes from the other: a response shorter than its Content-Length, which
 * leaves the reader waiting for bytes that never come).
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import express from 'express'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { HostMap } from '../plugins/portals/serve/hosts'
import { portalRouter } from '../plugins/portals/serve/router'

let dir: string
let server: http.Server
let port: number
const slug = 'xa-thach-ha'
// Two releases whose home pages differ in size (the first is five times the second).
const pages = [`<!doctype html><title>A</title>${'<p>Bản phát hành thứ nhất.</p>'.repeat(4000)}`, `<!doctype html><title>B</title>${'<p>Bản phát hành thứ hai.</p>'.repeat(800)}`]

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-swap-'))
  for (const [i, html] of pages.entries()) {
    const release = path.join(dir, '.releases', `${slug}--${i}`)
    fs.mkdirSync(release, { recursive: true })
    fs.writeFileSync(path.join(release, 'index.html'), html)
  }
  fs.symlinkSync(path.join(dir, '.releases', `${slug}--0`), path.join(dir, slug))
  const site = { id: 1, slug, name: 'UBND xã Thạch Hà', status: 'active', domains: [] }
  const hosts = { resolve: async (host: string) => (host === `${slug}.localhost` ? site : null) } as unknown as HostMap
  const app = express()
  app.use(portalRouter({ hosts, sitesDir: dir, isPlatformHost: () => false, archived: { answer: async () => ({ kind: 'notice', html: '' }) } }))
  server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  fs.rmSync(dir, { recursive: true, force: true })
})

/** A GET of the home page: its status and body, or what went wrong (never waiting past 5 s). */
function get(): Promise<{ status: number; body: string; length: number } | { failed: string }> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', headers: { host: `${slug}.localhost:${port}`, 'accept-encoding': 'identity' }, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), length: Number(res.headers['content-length']) }))
      res.on('error', (err) => resolve({ failed: `response: ${err.message}` }))
    })
    req.on('error', (err) => resolve({ failed: `request: ${err.message}` }))
    req.setTimeout(5_000, () => {
      req.destroy()
      resolve({ failed: 'no complete answer within 5 s' })
    })
  })
}

it('answers every request with one whole release while the release link is swapped', async () => {
  let swapping = true
  let swaps = 0
  // Swap the link as a build does (a new link renamed over the old one), as fast as possible.
  const swapper = (async () => {
    while (swapping) {
      const next = path.join(dir, '.releases', `${slug}--${swaps % 2 === 0 ? 1 : 0}`)
      const tmp = path.join(dir, `.${slug}.tmp`)
      fs.rmSync(tmp, { force: true })
      fs.symlinkSync(next, tmp)
      fs.renameSync(tmp, path.join(dir, slug))
      swaps++
      await new Promise((r) => setImmediate(r))
    }
  })()
  const answers = []
  for (let round = 0; round < 60; round++) answers.push(...(await Promise.all(Array.from({ length: 10 }, get))))
  swapping = false
  await swapper
  expect(swaps).toBeGreaterThan(100)
  const wrong = answers.filter((a) => 'failed' in a || a.status !== 200 || !pages.includes(a.body) || a.length !== Buffer.byteLength(a.body))
  expect(wrong.map((a) => ('failed' in a ? a.failed : `${a.status}: ${a.body.length} characters of ${a.length} bytes announced, begins ${a.body.slice(0, 30)}`)).slice(0, 5)).toEqual([])
  // Both releases were served.
  expect(new Set(answers.map((a) => ('body' in a ? a.body : '')))).toEqual(new Set(pages))
}, 120_000)
