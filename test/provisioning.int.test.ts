/**
 * Provisioning and reorganisation by central IT, end to end: `npm run site -- create | merge |
 * retire` run as separate processes against the database of a real server, which then serves
 * (or redirects, or retires) the portals; plus the admin endpoint behind "Tạo cổng mới".
 *
 * The server runs without its own job runner (JOBS_IN_PROCESS=false) so that every build is the
 * command's own: the first command builds the demo portals too, and a CSV import is provably one
 * batch.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort, httpRequest, SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'

let server: TestServer
let admin: string
/** A published article of the merged commune, for the nginx check at the end. */
let movedArticle = ''
const host = (slug: string) => `${slug}.localhost:${server.port}`
const portalUrl = (slug: string, p = '/') => `http://${slug}.localhost:${server.port}${p}`

type Run = { code: number | null; stdout: string; stderr: string }

function site(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cms/src/cli/site.ts', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, NODE_ENV: 'production', ...server.env, PORT: String(server.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c: Buffer) => (stdout += c))
    child.stderr.on('data', (c: Buffer) => (stderr += c))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

async function login(email: string): Promise<string> {
  const res = await server.api('/api/users/login', { method: 'POST', json: { email, password: SEED_PASSWORD } })
  expect(res.status, res.body).toBe(200)
  return res.json<{ token: string }>().token
}

async function find(collection: string, query: string): Promise<{ totalDocs: number; docs: any[] }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await server.api(`/api/${collection}?${query}&depth=0${query.includes('limit=') ? '' : '&limit=200'}`, { token: admin })
  expect(res.status, res.body).toBe(200)
  return res.json()
}

const siteBySlug = async (slug: string) => (await find('sites', `where[slug][equals]=${slug}`)).docs[0]
const siteCount = async () => (await find('sites', 'limit=1')).totalDocs

/** Another process changed the sites: the server's host map follows within its 10 s refresh. */
const eventually = <T>(check: () => Promise<T | undefined>, what: string) => waitFor(check, 20_000, what)

function writeCsv(name: string, lines: string[]): string {
  const file = path.join(server.dataDir, name)
  fs.writeFileSync(file, `${lines.join('\n')}\n`)
  return file
}

beforeAll(async () => {
  server = await startServer({ JOBS_IN_PROCESS: 'false' })
  admin = await login('admin@cong.gov.vn')
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

// Each command starts Payload in a process of its own (tens of seconds on a busy 2-core machine
// running both database passes): the limits catch a hung command, they do not time it.
describe('npm run site -- create', () => {
  it('creates a portal in one step: site, mandatory sections, menus, invitation, build, and prints its URL', async () => {
    const run = await site([
      'create',
      '--name', 'Trang thông tin điện tử xã Thạch Lạc',
      '--name-en', 'Thach Lac Commune Website',
      '--slug', 'xa-thach-lac',
      '--domain', 'thachlac.hatinh.gov.vn',
      '--level', 'xa',
      '--parent', 'ha-tinh',
      '--unit-code', '18001',
      '--admin-email', 'quantri@thachlac.hatinh.gov.vn',
    ])
    expect(run.code, run.stderr).toBe(0)
    for (let step = 1; step <= 6; step++) expect(run.stdout).toContain(`[${step}/6]`)
    expect(run.stdout).toContain('Hộp thư đi')
    expect(run.stdout.trim().split('\n').at(-1)).toBe(`Cổng đã sẵn sàng / portal ready: ${portalUrl('xa-thach-lac')}`)

    const created = await siteBySlug('xa-thach-lac')
    expect(created).toMatchObject({ level: 'xa', unitCode: '18001', domains: ['thachlac.hatinh.gov.vn'], status: 'active', parent: (await siteBySlug('ha-tinh')).id })
    const pages = await find('pages', `where[site][equals]=${created.id}`)
    const categories = await find('categories', `where[site][equals]=${created.id}`)
    expect(pages.totalDocs).toBe(8)
    expect(categories.totalDocs).toBe(7)
    expect([...pages.docs, ...categories.docs].every((d) => d.section)).toBe(true)
    const navEn = (await find('navigation', `where[site][equals]=${created.id}&locale=en`)).docs[0]
    expect(navEn.header.map((l: { url: string }) => l.url)).toContain('/en/lien-he/')
    const invitation = (await find('invitations', `where[site][equals]=${created.id}`)).docs[0]
    expect(invitation).toMatchObject({ email: 'quantri@thachlac.hatinh.gov.vn', role: 'site-admin', status: 'pending' })
    expect((await find('outbox', 'where[to][equals]=quantri@thachlac.hatinh.gov.vn')).totalDocs).toBe(1)

    const home = await eventually(async () => {
      const res = await server.request(host('xa-thach-lac'), '/')
      return res.status === 200 ? res : undefined
    }, 'the new portal to be served')
    expect(home.body).toContain('Trang thông tin điện tử xã Thạch Lạc')
    const about = await server.request('thachlac.hatinh.gov.vn', '/en/gioi-thieu/')
    expect(about.status).toBe(200)
    expect(about.body).toContain('Thach Lac Commune Website')
  }, 480_000)

  it('refuses bad arguments with exit code 2, saying why in Vietnamese and English, and creates nothing', async () => {
    const before = await siteCount()
    const [bad, duplicate, unknownFlag] = await Promise.all([
      site(['create', '--name', 'Xã', '--slug', 'Xa_Moi', '--domain', 'http://xamoi.hatinh.gov.vn/', '--level', 'xa', '--parent', 'so-khcn-ha-tinh', '--unit-code', '123', '--admin-email', 'khong-phai-email']),
      site(['create', '--name', 'Xã Thạch Hà mới', '--slug', 'xa-thach-ha', '--domain', 'thachlac.hatinh.gov.vn', '--level', 'tinh', '--parent', 'khong-co-trang-nay']),
      site(['create', '--ten', 'x']),
    ])
    for (const run of [bad, duplicate, unknownFlag]) expect(run.code, run.stdout + run.stderr).toBe(2)
    for (const field of ['name', 'slug', 'domain', 'parent', 'unitCode', 'adminEmail']) expect(bad.stderr).toContain(`✗ ${field}:`)
    expect(bad.stderr).toContain('không thể trực thuộc')
    expect(duplicate.stderr).toContain('Đã có trang')
    expect(duplicate.stderr).toContain('đã thuộc trang "xa-thach-lac"')
    expect(duplicate.stderr).toContain('không có đơn vị cấp trên')
    expect(unknownFlag.stderr).toContain('Cách dùng')
    expect(await siteCount()).toBe(before)
  }, 300_000)
})

describe('npm run site -- create --csv', () => {
  const header = 'name,slug,domain,level,parent,theme,unitCode,adminEmail'

  it('validates every row first, reports row, field and reason, and creates nothing if one is bad', async () => {
    const before = await siteCount()
    const file = writeCsv('bad.csv', [
      header,
      'Cổng thông tin điện tử tỉnh Thử Nghiệm,tinh-thu-nghiem,thunghiem.gov.vn,tinh,,,01,',
      'Xã Sai Cấp,xa-sai-cap,saicap.thunghiem.gov.vn,xa,bo-khcn,,,',
      'Xã Đúng,xa-dung,dung.thunghiem.gov.vn,xa,tinh-thu-nghiem,,20001,',
      'Xã Sai Tên Miền,xa-sai-ten-mien,sai ten mien,xa,tinh-thu-nghiem,,20002,',
    ])
    const run = await site(['create', '--csv', file])
    expect(run.code, run.stdout + run.stderr).toBe(2)
    expect(run.stderr).toContain('2/4 dòng có lỗi')
    expect(run.stderr).toMatch(/dòng\s+3\s+parent\s+.*bo-khcn/)
    expect(run.stderr).toMatch(/dòng\s+5\s+domain/)
    expect(await siteCount()).toBe(before)
  }, 300_000)

  it('creates 20 portals (parents before children, in two processes) and builds them in one batch; a re-run duplicates nothing', async () => {
    const rows = [
      header,
      'Cổng thông tin điện tử tỉnh Thử Nghiệm,tinh-thu-nghiem,thunghiem.gov.vn,tinh,,,01,quantri@thunghiem.gov.vn',
      'Sở Nội vụ tỉnh Thử Nghiệm,so-noi-vu-thu-nghiem,snv.thunghiem.gov.vn,truc-thuoc,tinh-thu-nghiem,,,',
      ...Array.from({ length: 18 }, (_, i) => `"Trang thông tin điện tử xã Thử ${i + 1}",xa-thu-${i + 1},xathu${i + 1}.thunghiem.gov.vn,xa,tinh-thu-nghiem,default,${20001 + i},`),
    ]
    const file = writeCsv('good.csv', rows)
    const before = await siteCount()
    const run = await site(['create', '--csv', file, '--workers', '2'])
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toContain('bằng 2 tiến trình song song')
    expect(run.stdout).toContain('20/20 (100%)')
    expect(run.stdout).toMatch(/Đã tạo 20, cập nhật 0, giữ nguyên 0 cổng trong [\d.]+ s \([\d.]+ cổng\/s\)/)
    expect(run.stdout).toContain('Xây dựng 20 cổng trong một lượt')
    expect(await siteCount()).toBe(before + 20)

    const created = await find('sites', 'where[slug][like]=thu-&limit=50')
    const ids = created.docs.map((s) => s.id)
    expect(ids).toHaveLength(20)
    const builds = await find('builds', `where[site][in]=${ids.join(',')}`)
    expect(builds.totalDocs).toBe(20)
    expect(builds.docs.every((b) => b.status === 'succeeded')).toBe(true)
    expect(new Set(builds.docs.map((b) => b.startedAt)).size).toBe(1)
    const commune = await siteBySlug('xa-thu-18')
    expect(commune.parent).toBe((await siteBySlug('tinh-thu-nghiem')).id)
    const served = await eventually(async () => {
      const res = await server.request(host('xa-thu-18'), '/')
      return res.status === 200 ? res : undefined
    }, 'a portal of the CSV to be served')
    expect(served.body).toContain('Trang thông tin điện tử xã Thử 18')

    const again = await site(['create', '--csv', file])
    expect(again.code, again.stdout + again.stderr).toBe(0)
    expect(again.stdout).toContain('Đã tạo 0, cập nhật 0, giữ nguyên 20')
    expect(again.stdout).toContain('Không có cổng nào cần xây dựng lại')
    expect(await siteCount()).toBe(before + 20)
    expect((await find('pages', `where[site][equals]=${commune.id}`)).totalDocs).toBe(8)
    expect((await find('invitations', 'where[email][equals]=quantri@thunghiem.gov.vn')).totalDocs).toBe(1)
  }, 600_000)
})

describe('npm run site -- merge', () => {
  it('moves a commune into another, redirects every old URL with 301 and archives it', async () => {
    const from = await siteBySlug('xa-thach-ha')
    const into = await siteBySlug('xa-thach-lac')
    const article = (await find('news', `where[site][equals]=${from.id}&where[_status][equals]=published&sort=-publishedAt`)).docs[0]
    movedArticle = article.slug
    // One article with an unapproved newer draft, one never published: neither may go public.
    const pending = (await find('news', `where[site][equals]=${from.id}&where[_status][equals]=published&sort=publishedAt`)).docs[0]
    const pendingTitle = `Bản sửa chưa duyệt ${Date.now()}`
    expect((await server.api(`/api/news/${pending.id}?draft=true`, { method: 'PATCH', token: admin, json: { title: pendingTitle } })).status).toBe(200)
    const draftOnly = await server.api('/api/news?draft=true', { method: 'POST', token: admin, json: { title: `Bản nháp chưa đăng ${Date.now()}`, site: from.id, _status: 'draft' } })
    expect(draftOnly.status, draftOnly.body).toBe(201)
    const draftId = draftOnly.json().doc.id
    const newsCount = (await find('news', `where[site][equals]=${from.id}`)).totalDocs

    const dry = await site(['merge', '--from', 'xa-thach-ha', '--into', 'xa-thach-lac', '--dry-run'])
    expect(dry.code, dry.stderr).toBe(0)
    expect(dry.stdout).toContain('gioi-thieu → gioi-thieu-xa-thach-ha')
    expect(dry.stdout).toContain('--dry-run')
    expect((await siteBySlug('xa-thach-ha')).status).toBe('active')

    const run = await site(['merge', '--from', 'xa-thach-ha', '--into', 'xa-thach-lac'])
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toContain(`Đã sáp nhập xa-thach-ha vào xa-thach-lac: ${newsCount} tin bài`)

    expect(await siteBySlug('xa-thach-ha')).toMatchObject({ status: 'archived', mergedInto: into.id })
    expect((await find('news', `where[site][equals]=${into.id}`)).totalDocs).toBe(newsCount)
    const live = (await server.api(`/api/news/${pending.id}?depth=0`, { token: admin })).json()
    expect(live).toMatchObject({ site: into.id, title: pending.title, _status: 'published' })
    expect((await server.api(`/api/news/${pending.id}?depth=0&draft=true`, { token: admin })).json()).toMatchObject({ site: into.id, title: pendingTitle })
    expect((await server.api(`/api/news/${draftId}?depth=0&draft=true`, { token: admin })).json()).toMatchObject({ site: into.id, _status: 'draft' })
    expect((await server.api(`/api/news/${draftId}`)).status).not.toBe(200)
    const redirects = await find('redirects', `where[fromSite][equals]=${from.id}&limit=500`)
    expect(redirects.totalDocs).toBeGreaterThan(newsCount + 8)
    expect(fs.readFileSync(path.join(server.sitesDir, '.redirects.map'), 'utf8')).toContain(`"thachha.hatinh.gov.vn/tin-tuc/${article.slug}/" "${portalUrl('xa-thach-lac', `/tin-tuc/${article.slug}/`)}";`)

    const moved = await eventually(async () => {
      const res = await server.request('thachha.hatinh.gov.vn', `/tin-tuc/${article.slug}/`)
      return res.status === 301 ? res : undefined
    }, 'the merged portal to redirect')
    expect(moved.headers.location).toBe(portalUrl('xa-thach-lac', `/tin-tuc/${article.slug}/`))
    const target = await server.request(host('xa-thach-lac'), `/tin-tuc/${article.slug}/`)
    expect(target.status).toBe(200)
    expect(target.body).toContain(article.title)

    for (const [oldPath, newPath] of [
      ['/', '/'],
      [`/tin-tuc/${article.slug}`, `/tin-tuc/${article.slug}/`],
      ['/gioi-thieu/', '/gioi-thieu-xa-thach-ha/'],
      ['/en/gioi-thieu/', '/en/gioi-thieu-xa-thach-ha/'],
      ['/rss.xml', '/rss.xml'],
      ['/trang-khong-co/', '/'],
    ]) {
      const res = await server.request(host('xa-thach-ha'), oldPath)
      expect(res.status, oldPath).toBe(301)
      expect(res.headers.location, oldPath).toBe(portalUrl('xa-thach-lac', newPath))
    }
    expect((await server.request(host('xa-thach-lac'), '/gioi-thieu-xa-thach-ha/')).status).toBe(200)
    const pendingPage = await server.request(host('xa-thach-lac'), `/tin-tuc/${pending.slug}/`)
    expect(pendingPage.status).toBe(200)
    expect(pendingPage.body).not.toContain(pendingTitle)
    expect(fs.existsSync(path.join(server.sitesDir, 'xa-thach-ha'))).toBe(false)
  }, 480_000)
})

describe('npm run site -- retire', () => {
  it('archives a portal whose hosts then show a notice (410, noindex) or redirect (301)', async () => {
    const [notice, redirect, refused] = await Promise.all([
      site(['retire', '--slug', 'so-noi-vu-thu-nghiem', '--notice', 'Sở Nội vụ đã hợp nhất vào Văn phòng Ủy ban nhân dân tỉnh.', '--notice-en', 'The department has joined the Office of the Provincial People’s Committee.']),
      site(['retire', '--slug', 'xa-thu-1', '--redirect-to', 'https://thunghiem.gov.vn/']),
      site(['retire', '--slug', 'tinh-thu-nghiem']),
    ])
    expect(notice.code, notice.stderr).toBe(0)
    expect(redirect.code, redirect.stderr).toBe(0)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('trang cấp dưới đang hoạt động')

    const gone = await eventually(async () => {
      const res = await server.request('snv.thunghiem.gov.vn', '/lien-he/')
      return res.status === 410 ? res : undefined
    }, 'the retired portal to show its notice')
    expect(gone.headers['x-robots-tag']).toBe('noindex')
    expect(gone.body).toContain('Sở Nội vụ đã hợp nhất vào Văn phòng Ủy ban nhân dân tỉnh.')
    expect(gone.body).toContain('The department has joined')
    expect(gone.body).toContain(portalUrl('tinh-thu-nghiem'))
    expect(fs.readFileSync(path.join(server.sitesDir, '.gone', 'so-noi-vu-thu-nghiem.html'), 'utf8')).toContain('Sở Nội vụ đã hợp nhất')

    const moved = await server.request('xathu1.thunghiem.gov.vn', '/tin-tuc/')
    expect(moved.status).toBe(301)
    expect(moved.headers.location).toBe('https://thunghiem.gov.vn/')
    expect((await siteBySlug('xa-thu-1')).status).toBe('archived')
  }, 300_000)
})

describe('the redirects collection', () => {
  it('can be read by staff but changed only by platform admins', async () => {
    const siteAdmin = await login('quantri.hatinh@cong.gov.vn')
    const list = await server.api('/api/redirects?limit=1&depth=0', { token: siteAdmin })
    expect(list.status).toBe(200)
    const row = list.json().docs[0]
    expect(row.status).toBe(301)
    expect((await server.api('/api/redirects?limit=1')).status).toBe(403)
    const data = { fromSite: row.fromSite, fromPath: '/thu-them/', toUrl: 'https://hatinh.gov.vn/' }
    expect((await server.api('/api/redirects', { method: 'POST', token: siteAdmin, json: data })).status).toBe(403)
    expect((await server.api(`/api/redirects/${row.id}`, { method: 'PATCH', token: siteAdmin, json: { toUrl: 'https://example.org/' } })).status).toBe(403)
    expect((await server.api(`/api/redirects/${row.id}`, { method: 'DELETE', token: siteAdmin })).status).toBe(403)
    const bad = await server.api('/api/redirects', { method: 'POST', token: admin, json: { ...data, toUrl: 'https://x.gov.vn/$host' } })
    expect(bad.status).toBe(400)
    const created = await server.api('/api/redirects', { method: 'POST', token: admin, json: data })
    expect(created.status, created.body).toBe(201)
    expect(fs.readFileSync(path.join(server.sitesDir, '.redirects.map'), 'utf8')).toContain('/thu-them/" "https://hatinh.gov.vn/";')
  })
})

describe('POST /api/sites/provision (the "Tạo cổng mới" admin view)', () => {
  const body = { name: 'Trang thông tin điện tử xã Thạch Kênh', slug: 'xa-thach-kenh', domain: 'thachkenh.hatinh.gov.vn', level: 'xa', parent: 'ha-tinh', unitCode: '18010' }

  it('is for platform admins only', async () => {
    expect((await server.api('/api/sites/provision', { method: 'POST', json: body })).status).toBe(401)
    const siteAdmin = await login('quantri.hatinh@cong.gov.vn')
    const res = await server.api('/api/sites/provision', { method: 'POST', json: body, token: siteAdmin })
    expect(res.status).toBe(403)
    expect(await siteBySlug('xa-thach-kenh')).toBeUndefined()
  })

  it('answers 400 with one error per field, then 201 with the same starter content as the CLI', async () => {
    const bad = await server.api('/api/sites/provision', { method: 'POST', token: admin, json: { ...body, slug: 'xa-thach-lac', domain: 'khong hop le', level: 'tinh', unitCode: '1' } })
    expect(bad.status).toBe(400)
    const paths = bad.json().errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['slug', 'domain', 'parent', 'unitCode']))

    const res = await server.api('/api/sites/provision', { method: 'POST', token: admin, json: { ...body, adminEmail: 'quantri@thachkenh.hatinh.gov.vn' } })
    expect(res.status, res.body).toBe(201)
    expect(res.json()).toMatchObject({ url: portalUrl('xa-thach-kenh'), pages: 8, categories: 7, menus: true, invitation: { email: 'quantri@thachkenh.hatinh.gov.vn' } })
    const created = await siteBySlug('xa-thach-kenh')
    expect((await find('builds', `where[site][equals]=${created.id}`)).docs[0].status).toBe('queued')
    const audit = await find('audit-log', `where[site][equals]=${created.id}&where[collectionSlug][equals]=sites`)
    expect(audit.docs[0].email).toBe('admin@cong.gov.vn')
  })

  it('archiving a site in the admin takes it off the air with the default notice and rewrites the nginx maps', async () => {
    const created = await siteBySlug('xa-thach-kenh')
    const res = await server.api(`/api/sites/${created.id}`, { method: 'PATCH', token: admin, json: { status: 'archived' } })
    expect(res.status, res.body).toBe(200)
    expect(fs.readFileSync(path.join(server.sitesDir, '.gone.map'), 'utf8')).toContain('~^thachkenh\\.hatinh\\.gov\\.vn/ xa-thach-kenh;')
    const gone = await server.request('thachkenh.hatinh.gov.vn', '/')
    expect(gone.status).toBe(410)
    expect(gone.body).toContain('Cổng thông tin này đã ngừng hoạt động')
  })

  it('offers the form at /admin/tao-cong-moi, in Vietnamese', async () => {
    const page = await server.api('/admin/tao-cong-moi', { headers: { cookie: `payload-token=${admin}` } })
    expect(page.status).toBe(200)
    expect(page.body).toContain('Tạo cổng mới')
    expect(page.body).toContain('Đường dẫn (slug)')
  })
})

// Debian's nginx; test/prerequisites.sh installs it.
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((p) => fs.existsSync(p))

describe('docker/nginx-portals.conf with the generated maps (nginx on the machine)', () => {
  it('starts, and answers the merged and retired hosts like the CMS does', async () => {
    const dir = fs.mkdtempSync(path.join(server.dataDir, 'nginx-'))
    if (!nginx) throw new Error('nginx is not installed: apt-get install -y nginx (npm test installs it as root)')
    const [port, cmsPort] = [await freePort(), await freePort()]
    const portals = fs
      .readFileSync('docker/nginx-portals.conf', 'utf8')
      .replaceAll('/srv/sites', server.sitesDir)
      .replace('listen 80 default_server;', `listen 127.0.0.1:${port} default_server;`)
      .replace('listen 3000;', `listen 127.0.0.1:${cmsPort};`)
      // The compose service name of the web replicas does not resolve here: point the proxied paths at this server.
      .replaceAll('http://web:3000', `http://127.0.0.1:${server.port}`)
    fs.writeFileSync(path.join(dir, 'portals.conf'), portals)
    fs.writeFileSync(
      path.join(dir, 'nginx.conf'),
      `error_log ${dir}/error.log; pid ${dir}/nginx.pid; events {}
http { types { text/html html; application/xml xml; } access_log off;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  include ${dir}/portals.conf; }\n`,
    )
    const child = spawn(nginx!, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off; master_process off;'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    child.stderr.on('data', (c: Buffer) => (log += c))
    try {
      await waitFor(async () => (child.exitCode !== null ? Promise.reject(new Error(log)) : (await httpRequest(port, 'x.localhost', '/').catch(() => null)) ? true : undefined), 10_000, `nginx to start\n${log}`)
      const moved = await httpRequest(port, 'thachha.hatinh.gov.vn', `/tin-tuc/${movedArticle}`)
      expect(moved.status).toBe(301)
      expect(moved.headers.location).toBe(portalUrl('xa-thach-lac', `/tin-tuc/${movedArticle}/`))
      expect((await httpRequest(port, 'thachha.hatinh.gov.vn', '/khong-co/')).headers.location).toBe(portalUrl('xa-thach-lac'))
      const gone = await httpRequest(port, 'snv.thunghiem.gov.vn', '/lien-he/')
      expect(gone.status).toBe(410)
      expect(gone.headers['x-robots-tag']).toBe('noindex')
      expect(gone.body).toContain('Sở Nội vụ đã hợp nhất')
      expect((await httpRequest(port, 'xathu1.thunghiem.gov.vn', '/')).headers.location).toBe('https://thunghiem.gov.vn/')
      expect((await httpRequest(port, 'xa-thach-lac.localhost', '/gioi-thieu-xa-thach-ha/')).status).toBe(200)
    } finally {
      child.kill('SIGTERM')
    }
  })
})
