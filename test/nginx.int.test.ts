/**
 * The production nginx configuration (`docker/nginx-portals.conf`) on Debian's nginx, serving a
 * release as the CMS writes it: brotli and gzip copies with Content-Encoding and Vary, the copies
 * never by their own names, and what the folder does not hold handed to the CMS (here a small
 * stand-in on a loopback port that records what reaches it), like the platform's own pages.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { compressedCopies } from '../plugins/portals/build/precompress'
import { countLog } from '../plugins/portals/visits'
import { writeLocalPortalsConf } from './helpers/nginx'
import { freePort } from './helpers/server'

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p))

let dir: string
let port: number
let nginx: ChildProcess
let upstream: http.Server
const reachedCms: string[] = []

async function write(release: string, file: string, body: string): Promise<void> {
  const to = path.join(release, file)
  fs.mkdirSync(path.dirname(to), { recursive: true })
  fs.writeFileSync(to, body)
  for (const copy of await compressedCopies(body)) fs.writeFileSync(`${to}${copy.suffix}`, copy.data)
}

beforeAll(async () => {
  if (!NGINX) throw new Error('nginx is not installed: this test runs the production configuration on it (Debian: apt-get install nginx; .ci/run installs it)')
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-nginx-'))
  // nginx's workers run as an unprivileged user: the folder must be readable by them.
  fs.chmodSync(dir, 0o755)
  const sites = path.join(dir, 'sites')
  const release = path.join(sites, '.releases', 'xa-thach-ha--1')
  const page = (title: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${'<p>Thông tin của xã Thạch Hà dành cho người dân.</p>'.repeat(40)}</main></body></html>`
  await write(release, 'index.html', page('Trang chủ'))
  await write(release, 'tin-tuc/index.html', page('Tin tức'))
  await write(release, 'van-ban/42-2022-nd-cp/index.html', page('42/2022/NĐ-CP'))
  await write(release, 'sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?><urlset>${'<url><loc>http://xa-thach-ha.localhost/tin-tuc/</loc></url>'.repeat(20)}</urlset>`)
  await write(release, '404.html', page('Không tìm thấy trang'))
  // An older article: the long tail, written without copies (ADR 0029).
  fs.mkdirSync(path.join(release, 'tin-tuc', 'tin-cu'), { recursive: true })
  fs.writeFileSync(path.join(release, 'tin-tuc', 'tin-cu', 'index.html'), page('Tin cũ'))
  fs.symlinkSync(path.relative(sites, release), path.join(sites, 'xa-thach-ha'))
  for (const map of ['.domains.map', '.redirects.map', '.gone.map']) fs.writeFileSync(path.join(sites, map), '')

  const cmsPort = await freePort()
  upstream = http.createServer((req, res) => {
    reachedCms.push(`${req.headers.host} ${req.url}`)
    if (req.url === '/van-ban/42-2022-ND-CP/') res.writeHead(301, { Location: '/van-ban/42-2022-nd-cp/' }).end()
    else res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end('<h1>Không tìm thấy trang (CMS)</h1>')
  })
  await new Promise<void>((resolve) => upstream.listen(cmsPort, '127.0.0.1', resolve))

  port = await freePort()
  const tmp = path.join(dir, 'tmp')
  fs.mkdirSync(tmp)
  writeLocalPortalsConf(dir, { sitesDir: sites, upstream: `http://127.0.0.1:${cmsPort}`, port, platformPort: await freePort() })
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `${k}_temp_path ${tmp};`).join(' ')
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 64; }
http { include /etc/nginx/mime.types; access_log off; ${temp} include ${dir}/portals.conf; }
`,
  )
  execFileSync(NGINX, ['-t', '-q', '-c', path.join(dir, 'nginx.conf'), '-p', dir])
  nginx = spawn(NGINX, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' })
  for (let i = 0; i < 50 && !(await get('/', 'identity').catch(() => null)); i++) await new Promise((r) => setTimeout(r, 100))
})

afterAll(async () => {
  nginx?.kill('SIGQUIT')
  await new Promise((r) => setTimeout(r, 200))
  upstream?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

function get(urlPath: string, encoding: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, headers: { host: 'xa-thach-ha.localhost', 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

const decoded = (res: { headers: http.IncomingHttpHeaders; body: Buffer }) =>
  res.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(res.body) : res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(res.body) : res.body

describe('nginx with docker/nginx-portals.conf', () => {
  it.each([
    ['/', 'text/html'],
    ['/tin-tuc/', 'text/html'],
    ['/index.html', 'text/html'],
    ['/sitemap.xml', 'application/xml'],
  ])('serves %s as brotli, gzip or plain, as the client asks, with Vary', async (urlPath, type) => {
    const plain = await get(urlPath, 'identity')
    expect(plain.status).toBe(200)
    expect(plain.headers['content-encoding']).toBeUndefined()
    for (const [accept, encoding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['br;q=0, gzip', 'gzip']] as const) {
      const res = await get(urlPath, accept)
      expect(res.status, accept).toBe(200)
      expect(res.headers['content-encoding'], accept).toBe(encoding)
      expect(res.headers['content-type']).toContain(type)
      expect(res.headers.vary).toMatch(/accept-encoding/i)
      expect(res.headers['x-content-type-options']).toBe('nosniff')
      expect(decoded(res).equals(plain.body)).toBe(true)
    }
  })

  it('compresses a page of the long tail, which has no copies, as it sends it', async () => {
    const plain = await get('/tin-tuc/tin-cu/', 'identity')
    expect(plain.status).toBe(200)
    expect(plain.body.toString()).toContain('Tin cũ')
    for (const accept of ['gzip, deflate, br', 'gzip']) {
      const res = await get('/tin-tuc/tin-cu/', accept)
      expect(res.status, accept).toBe(200)
      expect(res.headers['content-encoding'], accept).toBe('gzip')
      expect(res.headers['content-type']).toContain('text/html')
      expect(res.headers.vary).toMatch(/accept-encoding/i)
      expect(decoded(res).equals(plain.body)).toBe(true)
      expect(res.body.length).toBeLessThan(plain.body.length / 2)
    }
  })

  it('never serves a copy by its own name', async () => {
    expect((await get('/index.html.br', 'identity')).status).toBe(404)
    expect((await get('/tin-tuc/index.html.gz', 'identity')).status).toBe(404)
  })

  it('redirects a folder without its slash and hands what the release does not hold to the CMS', async () => {
    const folder = await get('/tin-tuc', 'identity')
    expect(folder.status).toBe(301)
    expect(folder.headers.location).toMatch(/\/tin-tuc\/$/)
    const loose = await get('/van-ban/42-2022-ND-CP/', 'br')
    expect(loose.status).toBe(301)
    expect(loose.headers.location).toBe('/van-ban/42-2022-nd-cp/')
    expect(reachedCms).toContain('xa-thach-ha.localhost /van-ban/42-2022-ND-CP/')
    const missing = await get('/khong-co-trang-nay/', 'identity')
    expect(missing.status).toBe(404)
    expect(missing.body.toString()).toContain('(CMS)')
    const receipt = await get('/gop-y-du-thao/quy-che/bien-nhan/?ma=GY-ABCDEFGH', 'identity')
    expect(reachedCms).toContain('xa-thach-ha.localhost /gop-y-du-thao/quy-che/bien-nhan/?ma=GY-ABCDEFGH')
    expect(receipt.status).toBe(404)
  })

  it('logs each page view with its host, and the visits import counts page views only', async () => {
    const log = path.join(dir, 'portals-access.log')
    const resolve = (host: string) => (host === 'xa-thach-ha.localhost' ? 1 : null)
    const before = await countLog(log, resolve)
    // Two page views; a feed, a missing page and a copy's own name are not page views.
    for (const [p, status] of [['/', 200], ['/tin-tuc/', 200], ['/sitemap.xml', 200], ['/khong-co/', 404], ['/index.html.br', 404]] as const) expect((await get(p, 'gzip')).status).toBe(status)
    let after = before
    for (let i = 0; i < 20 && after.lines < before.lines + 5; i++) {
      await new Promise((r) => setTimeout(r, 100))
      after = await countLog(log, resolve)
    }
    expect(after.lines).toBe(before.lines + 5)
    expect(after.pageViews - before.pageViews).toBe(2)
    expect((after.bySite.get('1') ?? 0) - (before.bySite.get('1') ?? 0)).toBe(2)
    expect(after.unknownHosts).toBe(0)
  })
})
