/**
 * The platform end to end, as a newcomer sees it after `npm start`: a real server (production
 * mode, embedded SQLite, seeded demo) on a loopback port, driven over HTTP.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_USERS } from '../seed/index'
import { seedSites } from '../seed/data/index'
import { launchChromium } from './helpers/browser'
import { buildQueueReport, SEED_PASSWORD, startServer, TEST_DB, type TestServer, waitFor } from './helpers/server'

let server: TestServer
const host = (slug: string) => `${slug}.localhost:${server.port}`
const platform = () => `localhost:${server.port}`
const province = seedSites.find((s) => s.slug === 'ha-tinh')!
const ministry = seedSites.find((s) => s.level === 'trung-uong')!

async function login(email: string): Promise<string> {
  const res = await server.api('/api/users/login', { method: 'POST', json: { email, password: SEED_PASSWORD } })
  expect(res.status, res.body).toBe(200)
  return res.json<{ token: string }>().token
}

/** The build queue and the latest builds, for a wait on a build that timed out. */
const queueReport = async () => buildQueueReport(server, await login('admin@cong.gov.vn'))

async function siteId(slug: string): Promise<number> {
  const res = await server.api(`/api/sites?where[slug][equals]=${slug}&depth=0`)
  return res.json<{ docs: { id: number }[] }>().docs[0]!.id
}

/** Wait until every seeded portal has been built once. */
async function waitForPortals() {
  await waitFor(
    async () => {
      const health = (await server.api('/healthz')).json<{ buildQueue: { queued: number; running: number; failedLastHour: number } }>()
      if (health.buildQueue.failedLastHour > 0) {
        const admin = await login('admin@cong.gov.vn')
        const failed = await server.api('/api/builds?where[status][equals]=failed&limit=1&depth=0', { token: admin })
        throw new Error(`a portal build failed:\n${failed.json().docs[0]?.log}`)
      }
      if (health.buildQueue.queued + health.buildQueue.running > 0) return undefined
      const homes = await Promise.all(seedSites.map((s) => server.request(host(s.slug), '/')))
      return homes.every((h) => h.status === 200) ? true : undefined
    },
    180_000,
    'the first build of every portal',
  )
}

beforeAll(async () => {
  // Seeding on start itself (not the pass's seeded template): its printed logins are checked below.
  server = await startServer({ SEED_ON_START: 'true' })
  await waitForPortals()
}, 400_000)

afterAll(async () => {
  await server?.stop()
})

describe('start-up', () => {
  it('prints the URLs and the demo logins', () => {
    const out = server.output()
    expect(out).toContain(`http://localhost:${server.port}/admin`)
    for (const user of DEMO_USERS) expect(out).toContain(user.email)
    expect(out).toContain(`http://ha-tinh.localhost:${server.port}/`)
  })

  it('reports its health as JSON', async () => {
    const res = await server.api('/healthz')
    expect(res.status).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ status: 'ok', database: TEST_DB, search: 'embedded', sites: seedSites.length })
    expect(body.buildQueue).toMatchObject({ queued: 0, running: 0 })
    expect(body.buildQueue.lastBuild.status).toBe('succeeded')
  })

  it('serves the admin login page', async () => {
    const res = await server.api('/admin/login')
    expect(res.status).toBe(200)
    expect(res.body).toContain('<html')
  })

  it('answers GraphQL', async () => {
    const res = await server.api('/api/graphql', { method: 'POST', json: { query: '{ Sites(limit: 10) { totalDocs docs { slug } } }' } })
    expect(res.status).toBe(200)
    expect(res.json().data.Sites.totalDocs).toBe(seedSites.length)
  })
})

describe('routing by Host', () => {
  it('lists every portal on the platform host, with links', async () => {
    const res = await server.request(platform(), '/')
    expect(res.status).toBe(200)
    for (const site of seedSites) {
      expect(res.body).toContain(site.vi.name)
      expect(res.body).toContain(`href="http://${site.slug}.localhost:${server.port}/"`)
    }
  })

  it('serves each portal its own pages', async () => {
    const a = await server.request(host(province.slug), '/')
    const b = await server.request(host(ministry.slug), '/')
    expect(a.status).toBe(200)
    expect(b.status).toBe(200)
    expect(a.body).toContain('<html lang="vi"')
    expect(a.body).toContain(province.vi.name)
    expect(b.body).toContain(ministry.vi.name)
    expect(a.body).not.toContain(ministry.news[0]!.title)
    expect(b.body).not.toContain(province.news[0]!.title)
  })

  it('serves a portal under a domain listed on its site record', async () => {
    const res = await server.request(`${province.domains[0]}:${server.port}`, '/')
    expect(res.status).toBe(200)
    expect(res.body).toContain(province.vi.name)
  })

  it('answers an unknown host with a 404 page, not a crash', async () => {
    const res = await server.request(`khong-ton-tai.example.vn:${server.port}`, '/')
    expect(res.status).toBe(404)
    expect(res.headers['content-type']).toMatch(/text\/html/)
    expect(res.body).toContain('Không tìm thấy cổng thông tin')
    expect((await server.api('/healthz')).status).toBe(200)
  })

  it('answers a missing page of a portal with that portal\'s 404 page', async () => {
    const res = await server.request(host(province.slug), '/khong-co-trang-nay/')
    expect(res.status).toBe(404)
    expect(res.body).toContain(province.vi.name)
  })
})

describe('the built portal', () => {
  it('has the pages a citizen expects, and every internal link works', async () => {
    const seen = new Map<string, number>()
    const queue = ['/']
    while (queue.length && seen.size < 400) {
      const path = queue.shift()!
      if (seen.has(path)) continue
      const res = await server.request(host(province.slug), path)
      seen.set(path, res.status)
      if (!/html/.test(String(res.headers['content-type']))) continue
      for (const m of res.body.matchAll(/href="(\/[^"#?]*)"/g)) {
        const target = m[1]!
        if (!seen.has(target) && !queue.includes(target)) queue.push(target)
      }
    }
    const broken = [...seen].filter(([, status]) => status !== 200)
    expect(broken).toEqual([])
    const paths = [...seen.keys()]
    expect(paths).toContain('/tin-tuc/')
    expect(paths).toContain('/tin-tuc/trang/2/')
    expect(paths).toContain('/gioi-thieu/')
    expect(paths).toContain('/lien-he/')
    expect(paths).toContain('/en/')
    for (const article of province.news) expect(paths).toContain(`/tin-tuc/${article.slug}/`)
    for (const category of province.categories) expect(paths).toContain(`/chuyen-muc/${category.slug}/`)
  })

  it('publishes sitemap.xml, rss.xml and robots.txt with absolute URLs on its own host', async () => {
    const sitemap = await server.request(host(province.slug), '/sitemap.xml')
    expect(sitemap.status).toBe(200)
    expect(sitemap.body).toContain(`<loc>http://ha-tinh.localhost:${server.port}/tin-tuc/${province.news[0]!.slug}/</loc>`)
    expect(sitemap.body).not.toContain('bo-khcn.localhost')
    const rss = await server.request(host(province.slug), '/rss.xml')
    expect(rss.status).toBe(200)
    expect(rss.body).toContain('<rss')
    const robots = await server.request(host(province.slug), '/robots.txt')
    expect(robots.body).toContain(`Sitemap: http://ha-tinh.localhost:${server.port}/sitemap.xml`)
  })

  it('serves cover images resized to WebP next to the pages', async () => {
    const article = province.news.find((a) => a.cover)!
    const page = await server.request(host(province.slug), `/tin-tuc/${article.slug}/`)
    const src = /srcset="([^" ]+)/.exec(page.body)?.[1]
    expect(src).toMatch(/^\/media\/.+\.webp$/)
    const image = await server.request(host(province.slug), src!)
    expect(image.status).toBe(200)
    expect(image.headers['content-type']).toBe('image/webp')
  })

  it('runs no JavaScript but the small inline display-preferences script', async () => {
    const res = await server.request(host(province.slug), `/tin-tuc/${province.news[0]!.slug}/`)
    expect(res.body.match(/<script\b[^>]*>/gi)).toEqual(['<script>'])
  })
})

// The waits for a build (60 s) end before the test does, so that a timeout says what the queue did.
describe('editing through REST', { timeout: 100_000 }, () => {
  let editor: string
  let provinceId: number

  beforeAll(async () => {
    editor = await login('bientap.hatinh@cong.gov.vn')
    provinceId = await siteId(province.slug)
  })

  it('logs in and tells who is logged in', async () => {
    const me = await server.api('/api/users/me', { token: editor })
    expect(me.json().user.email).toBe('bientap.hatinh@cong.gov.vn')
  })

  it('refuses a wrong password', async () => {
    const res = await server.api('/api/users/login', { method: 'POST', json: { email: 'bientap.hatinh@cong.gov.vn', password: 'sai-mat-khau-roi' } })
    expect(res.status).toBe(401)
  })

  it('publishes news that reaches the static portal, and unpublishing removes it', async () => {
    const title = `Hà Tĩnh khai trương Trung tâm dữ liệu số ${Date.now()}`
    const started = Date.now()
    const created = await server.api('/api/news?depth=0', {
      method: 'POST',
      token: editor,
      json: { title, summary: 'Bản tin thử nghiệm.', site: provinceId, _status: 'published' },
    })
    expect(created.status, created.body).toBe(201)
    const doc = created.json().doc as { id: number; slug: string }
    expect(doc.slug).toMatch(/^ha-tinh-khai-truong-trung-tam-du-lieu-so-\d+$/)

    const page = await waitFor(
      async () => {
        const res = await server.request(host(province.slug), `/tin-tuc/${doc.slug}/`)
        return res.status === 200 ? res : undefined
      },
      60_000,
      'the published article on the portal',
      queueReport,
    )
    const elapsed = Date.now() - started
    expect(page.body).toContain(title)
    const home = await server.request(host(province.slug), '/')
    expect(home.body).toContain(title)
    console.info(`publish → static page: ${elapsed} ms`)

    const noReason = await server.api(`/api/news/${doc.id}?depth=0`, { method: 'PATCH', token: editor, json: { _status: 'draft' } })
    expect(noReason.status).toBe(400)
    expect(noReason.body).toContain('lý do gỡ xuất bản')
    const unpublished = await server.api(`/api/news/${doc.id}?depth=0`, {
      method: 'PATCH',
      token: editor,
      json: { _status: 'draft', workflow: { unpublishReason: 'Thông tin cần đính chính.' } },
    })
    expect(unpublished.status, unpublished.body).toBe(200)
    await waitFor(
      async () => ((await server.request(host(province.slug), `/tin-tuc/${doc.slug}/`)).status === 404 ? true : undefined),
      60_000,
      'the unpublished article to disappear',
      queueReport,
    )
  })

  it('deleting published news (moving it to the trash) removes it from the portal', async () => {
    const created = await server.api('/api/news?depth=0', {
      method: 'POST',
      token: editor,
      json: { title: 'Tin sẽ bị xóa', site: provinceId, _status: 'published' },
    })
    const doc = created.json().doc as { id: number; slug: string }
    await waitFor(async () => ((await server.request(host(province.slug), `/tin-tuc/${doc.slug}/`)).status === 200 ? true : undefined), 60_000, 'publish', queueReport)
    // Editors move to the trash (ADR 0022); deleting for good is for platform admins.
    expect((await server.api(`/api/news/${doc.id}`, { method: 'DELETE', token: editor })).status).toBe(403)
    expect((await server.api(`/api/news/${doc.id}?depth=0`, { method: 'PATCH', token: editor, json: { deletedAt: new Date().toISOString() } })).status).toBe(200)
    await waitFor(async () => ((await server.request(host(province.slug), `/tin-tuc/${doc.slug}/`)).status === 404 ? true : undefined), 60_000, 'removal', queueReport)
  })

  it('keeps drafts away from anonymous readers but shows them to the editor', async () => {
    const title = `Dự thảo chưa công bố ${Date.now()}`
    const created = await server.api('/api/news?depth=0', { method: 'POST', token: editor, json: { title, site: provinceId, _status: 'draft' } })
    expect(created.status, created.body).toBe(201)
    const id = created.json().doc.id
    const q = `/api/news?where[title][equals]=${encodeURIComponent(title)}&depth=0`
    expect((await server.api(q)).json().totalDocs).toBe(0)
    expect((await server.api(`/api/news/${id}`)).status).toBeGreaterThanOrEqual(403)
    expect((await server.api(q, { token: editor })).json().totalDocs).toBe(1)
    const pages = await server.api('/api/pages?limit=100&depth=0')
    expect(pages.json().docs.every((p: { _status: string }) => p._status === 'published')).toBe(true)
  })

  it('refuses to publish on a site the editor does not belong to', async () => {
    const other = await siteId(ministry.slug)
    const res = await server.api('/api/news?depth=0', {
      method: 'POST',
      token: editor,
      json: { title: 'Không được phép', site: other, _status: 'published' },
    })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    const anon = await server.api('/api/news?depth=0', { method: 'POST', json: { title: 'Ẩn danh', site: provinceId } })
    expect(anon.status).toBe(403)
  })

  it('rejects a brand colour that fails WCAG AA with a clear message', async () => {
    const admin = await login('admin@cong.gov.vn')
    const res = await server.api(`/api/sites/${provinceId}`, { method: 'PATCH', token: admin, json: { branding: { primaryColor: '#f5d300' } } })
    expect(res.status).toBe(400)
    expect(res.body).toMatch(/4,5:1/)
  })
})

describe('the admin in a real browser (Debian Chromium)', () => {
  it('logs an editor in, in Vietnamese, and lists only the news of their sites', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage({ locale: 'vi-VN' })
      const errors: string[] = []
      page.on('pageerror', (err) => errors.push(err.message))
      await page.goto(`http://localhost:${server.port}/admin`, { waitUntil: 'networkidle' })
      expect(await page.locator('button[type=submit]').innerText()).toMatch(/Đăng nhập/)
      await page.fill('#field-email', 'bientap.hatinh@cong.gov.vn')
      await page.fill('#field-password', SEED_PASSWORD)
      await page.click('button[type=submit]')
      await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
      await page.goto(`http://localhost:${server.port}/admin/collections/news?limit=100`, { waitUntil: 'networkidle' })
      expect(await page.locator('h1').first().innerText()).toMatch(/Tin tức/)
      const body = await page.locator('main, body').first().innerText()
      expect(body).toContain(province.news[0]!.title)
      expect(body).not.toContain(ministry.news[0]!.title)
      expect(errors).toEqual([])
    } finally {
      await browser.close()
    }
  })
})

describe('the audit log', { timeout: 100_000 }, () => {
  let admin: string
  beforeAll(async () => {
    admin = await login('admin@cong.gov.vn')
  })
  const entries = async (query: string) =>
    (await server.api(`/api/audit-log?${query}&limit=100&depth=0&sort=-createdAt`, { token: admin })).json<{
      docs: { id: number; action: string; email: string | null; ip: string | null; collectionSlug: string; docId: string; detail: Record<string, unknown> | null }[]
    }>().docs

  it('records publish, unpublish and draft saves with who, when and from where', async () => {
    const editor = await login('bientap.hatinh@cong.gov.vn')
    const site = await siteId(province.slug)
    const created = await server.api('/api/news?depth=0', { method: 'POST', token: editor, json: { title: 'Tin để kiểm tra nhật ký', site, _status: 'published' } })
    const { id, slug } = created.json().doc
    const live = `/tin-tuc/${slug}/`
    await waitFor(async () => ((await server.request(host(province.slug), live)).status === 200 ? true : undefined), 60_000, 'publish', queueReport)
    await server.api(`/api/news/${id}?draft=true&depth=0`, { method: 'PATCH', token: editor, json: { title: 'Tin để kiểm tra nhật ký (bản nháp)', _status: 'draft' } })
    // A draft saved over a published article leaves the portal as it was.
    const page = await server.request(host(province.slug), live)
    expect(page.body).toContain('Tin để kiểm tra nhật ký')
    expect(page.body).not.toContain('(bản nháp)')
    await server.api(`/api/news/${id}/workflow`, { method: 'POST', token: editor, json: { action: 'unpublish', comment: 'Gỡ để kiểm tra nhật ký.' } })
    // Unpublished without a kind is "published in error": the address answers 410 (ADR 0022).
    await waitFor(async () => ((await server.request(host(province.slug), live)).status === 410 ? true : undefined), 60_000, 'unpublish after a draft save', queueReport)
    const log = await entries(`where[collectionSlug][equals]=news&where[docId][equals]=${id}&where[action][not_equals]=workflow`)
    expect(log.map((e) => e.action).reverse()).toEqual(['publish', 'update', 'unpublish'])
    for (const e of log) {
      expect(e.email).toBe('bientap.hatinh@cong.gov.vn')
      expect(e.ip).toMatch(/127\.0\.0\.1/)
    }
  })

  it('records logins, failed logins and role changes', async () => {
    await server.api('/api/users/login', { method: 'POST', json: { email: 'ctv.skhcn@cong.gov.vn', password: 'sai-mat-khau-nhe' } })
    const failed = await entries('where[action][equals]=login-failed&where[email][equals]=ctv.skhcn@cong.gov.vn')
    expect(failed.length).toBeGreaterThanOrEqual(1)
    await login('ctv.skhcn@cong.gov.vn')
    expect((await entries('where[action][equals]=login&where[email][equals]=ctv.skhcn@cong.gov.vn')).length).toBeGreaterThanOrEqual(1)

    const user = (await server.api('/api/users?where[email][equals]=ctv.skhcn@cong.gov.vn&depth=0', { token: admin })).json().docs[0]
    const memberships = [...user.memberships.map((m: { site: number; role: string }) => ({ site: m.site, role: m.role })), { site: await siteId(province.slug), role: 'author' }]
    const res = await server.api(`/api/users/${user.id}?depth=0`, { method: 'PATCH', token: admin, json: { memberships } })
    expect(res.status, res.body).toBe(200)
    const changes = await entries(`where[action][equals]=role-change&where[docId][equals]=${user.id}`)
    expect(changes).toHaveLength(1)
    expect(changes[0]!.email).toBe('admin@cong.gov.vn')
    expect(JSON.stringify(changes[0]!.detail)).toContain(':author')
  })

  it('cannot be edited or deleted, not even by a platform admin', async () => {
    const [entry] = await entries('where[action][equals]=publish')
    const patch = await server.api(`/api/audit-log/${entry!.id}`, { method: 'PATCH', token: admin, json: { action: 'login' } })
    expect(patch.status).toBe(403)
    const del = await server.api(`/api/audit-log/${entry!.id}`, { method: 'DELETE', token: admin })
    expect(del.status).toBe(403)
    const bulk = await server.api('/api/audit-log?where[id][exists]=true', { method: 'DELETE', token: admin })
    expect(bulk.status).toBe(403)
    const create = await server.api('/api/audit-log', { method: 'POST', token: admin, json: { action: 'login' } })
    expect(create.status).toBe(403)
    expect((await entries(`where[id][equals]=${entry!.id}`))[0]!.action).toBe('publish')
  })

  it('exports filtered entries as CSV for platform admins only', async () => {
    const csv = await server.api('/api/audit-log/export.csv?where[action][equals]=publish', { token: admin })
    expect(csv.status).toBe(200)
    expect(csv.headers['content-type']).toMatch(/text\/csv/)
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\n')
    expect(lines[0]).toBe('Thời gian (giờ Việt Nam),Thao tác,Email,Loại dữ liệu,Mã bản ghi,Tiêu đề,Trang,Địa chỉ IP,Chi tiết')
    expect(lines.length).toBeGreaterThan(1)
    // Actions, collections and sites by their Vietnamese names, times in Vietnam time.
    expect(lines.slice(1).every((l) => l.split(',')[1] === 'Xuất bản')).toBe(true)
    expect(lines.slice(1).some((l) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,Xuất bản,[^,]*,(Tin bài|Trang nội dung|Văn bản|Thủ tục hành chính|Lấy ý kiến dự thảo),/.test(l))).toBe(true)
    expect(csv.body).not.toMatch(/,(news|pages),/)
    const editor = await login('bientap.hatinh@cong.gov.vn')
    expect((await server.api('/api/audit-log/export.csv', { token: editor })).status).toBe(403)
    expect((await server.api('/api/audit-log', { token: editor })).status).toBe(403)
  })
})

describe('nothing private leaks to the public', () => {
  let draftTitle: string
  let draftId: number

  beforeAll(async () => {
    const editor = await login('bientap.hatinh@cong.gov.vn')
    draftTitle = `Bản nháp bí mật ${Date.now()}`
    const res = await server.api('/api/news?depth=0', { method: 'POST', token: editor, json: { title: draftTitle, site: await siteId(province.slug), _status: 'draft' } })
    draftId = res.json().doc.id
  })

  it('anonymous REST sees no drafts, versions or user accounts', async () => {
    expect((await server.api(`/api/news/${draftId}?draft=true`)).status).toBeGreaterThanOrEqual(403)
    const drafts = await server.api('/api/news?draft=true&where[_status][equals]=draft&limit=100&depth=0')
    expect(drafts.json().totalDocs ?? 0).toBe(0)
    expect((await server.api(`/api/news/versions?limit=5`)).status).toBeGreaterThanOrEqual(401)
    expect((await server.api('/api/users?limit=5')).status).toBe(403)
    expect((await server.api('/api/builds?limit=5')).status).toBe(403)
    const list = await server.api('/api/news?limit=200&depth=2')
    expect(list.body).not.toContain(draftTitle)
    expect(list.body).not.toMatch(/@cong\.gov\.vn|"hash"|"salt"/)
  })

  it('anonymous GraphQL sees no drafts and no user fields', async () => {
    const q = async (query: string) => (await server.api('/api/graphql', { method: 'POST', json: { query } })).body
    const news = await q(`{ allNews(draft: true, limit: 300) { docs { title _status } } }`)
    expect(news).toContain(province.news[0]!.title)
    expect(news).not.toContain(draftTitle)
    expect(news).not.toContain('"draft"')
    const users = await q('{ Users { docs { email name } } }')
    expect(users).not.toContain('@cong.gov.vn')
    expect(users).toMatch(/errors/)
    const versions = await q('{ versionsallNews(limit: 5) { docs { version { title } } } }')
    expect(versions).not.toContain(draftTitle)
    expect(versions).toMatch(/not allowed|errors/i)
  })

  it('an editor reading accounts gets only their own, without password material', async () => {
    const editor = await login('bientap.hatinh@cong.gov.vn')
    const res = await server.api('/api/users?limit=50&depth=0', { token: editor })
    const docs = res.json().docs as Record<string, unknown>[]
    expect(docs.map((d) => d.email)).toEqual(['bientap.hatinh@cong.gov.vn'])
    expect(res.body).not.toMatch(/"hash"|"salt"|resetPasswordToken/)
  })

  it('the static portals contain no draft and no staff account email', async () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (/\.(html|xml|txt)$/.test(entry.name)) files.push(full)
      }
    }
    walk(server.sitesDir)
    expect(files.length).toBeGreaterThan(100)
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8')
      expect(text.includes(draftTitle), file).toBe(false)
      for (const user of DEMO_USERS) expect(text.includes(user.email), `${user.email} in ${file}`).toBe(false)
    }
  })
})

describe('portals above and beside each other', { timeout: 150_000 }, () => {
  const department = seedSites.find((s) => s.parent === 'ha-tinh' && s.level === 'truc-thuoc')!
  const commune = seedSites.find((s) => s.parent === 'ha-tinh' && s.level === 'xa')!

  it("shows a department's new article on the province portal's aggregated feed", async () => {
    const admin = await login('admin@cong.gov.vn')
    const title = `Sở công bố kết quả nhiệm vụ khoa học ${Date.now()}`
    const res = await server.api('/api/news?depth=0', { method: 'POST', token: admin, json: { title, site: await siteId(department.slug), _status: 'published' } })
    expect(res.status, res.body).toBe(201)
    const home = await waitFor(async () => {
      const page = await server.request(host(province.slug), '/')
      return page.body.includes(title) ? page.body : undefined
    }, 60_000, 'the department article on the province home page', queueReport)
    expect(home).toContain('Tin từ các đơn vị trực thuộc')
    expect(home).toContain(`http://${department.slug}.localhost:${server.port}/tin-tuc/${res.json().doc.slug}/`)
  })

  it('shares a province article with every portal below it, without copying it', async () => {
    const editor = await login('bientap.hatinh@cong.gov.vn')
    const title = `Tỉnh triển khai kế hoạch chung về chuyển đổi số ${Date.now()}`
    const res = await server.api('/api/news?depth=0', {
      method: 'POST',
      token: editor,
      json: { title, site: await siteId(province.slug), shareWithSubordinates: true, _status: 'published' },
    })
    expect(res.status, res.body).toBe(201)
    const slug = res.json().doc.slug
    const page = await waitFor(async () => {
      const r = await server.request(host(commune.slug), `/tin-tuc/${slug}/`)
      return r.status === 200 ? r.body : undefined
    }, 60_000, 'the shared article on the commune portal', queueReport)
    expect(page).toContain(title)
    expect(page).toContain('Bài đăng từ')
    expect(page).toContain(`<link rel="canonical" href="http://ha-tinh.localhost:${server.port}/tin-tuc/${slug}/"`)
    // One document, owned by the province: no copy was made on the commune.
    const copies = await server.api(`/api/news?where[title][equals]=${encodeURIComponent(title)}&depth=0`)
    expect(copies.json().totalDocs).toBe(1)
  })

  it('an edit of shared content rebuilds exactly the portals that show it, and there only the pages that change', async () => {
    const admin = await login('admin@cong.gov.vn')
    const editor = await login('bientap.hatinh@cong.gov.vn')
    const title = `Thông báo dùng chung cho xã ${Date.now()}`
    const created = await server.api('/api/news?depth=0', {
      method: 'POST',
      token: editor,
      json: { title, site: await siteId(province.slug), sharedWith: [await siteId(commune.slug)], _status: 'published' },
    })
    expect(created.status, created.body).toBe(201)
    const { id, slug } = created.json().doc
    await waitFor(async () => ((await server.request(host(commune.slug), `/tin-tuc/${slug}/`)).status === 200 ? true : undefined), 60_000, 'shared article live', queueReport)
    const idle = async () => ((await server.api('/healthz')).json().buildQueue.queued === 0 && (await server.api('/healthz')).json().buildQueue.running === 0 ? true : undefined)
    await waitFor(idle, 60_000, 'idle build queue', queueReport)

    const since = new Date().toISOString()
    const text = 'Nội dung thông báo đã được đính chính.'
    const edit = await server.api(`/api/news/${id}?depth=0`, {
      method: 'PATCH',
      token: editor,
      json: { content: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] }] } }, _status: 'published' },
    })
    expect(edit.status, edit.body).toBe(200)
    await waitFor(async () => ((await server.request(host(commune.slug), `/tin-tuc/${slug}/`)).body.includes(text) ? true : undefined), 60_000, 'the correction on the commune portal', queueReport)
    await waitFor(idle, 60_000, 'idle build queue', queueReport)

    const builds = await server.api(`/api/builds?where[queuedAt][greater_than_equal]=${encodeURIComponent(since)}&depth=1&limit=50`, { token: admin })
    type BuildRow = { site: { slug: string }; status: string; log: string; pages: number; pagesWritten: number; checks: { pages: number; links: { broken: number }; a11y: { issues: number } } | null }
    const bySite = new Map<string, BuildRow>(builds.json().docs.map((b: BuildRow) => [b.site.slug, b]))
    // The owner, the portal it is shared with and the portals above the owner; not the department
    // beside it nor anything else.
    const expected = new Set([province.slug, commune.slug, ...seedSites.filter((s) => s.slug === province.parent).map((s) => s.slug)])
    expect(new Set(bySite.keys())).toEqual(expected)
    for (const portal of [province.slug, commune.slug]) {
      const build = bySite.get(portal)!
      expect(build.status).toBe('succeeded')
      const written = build.log.split('\n').slice(1).filter(Boolean)
      // A body edit: the article page and the sitemap's date (the feed's date too when the
      // article is the newest change of the portal), nothing else.
      expect(written, `${portal}: ${build.log}`).toContain(`/tin-tuc/${slug}/`)
      expect(written, `${portal}: ${build.log}`).toContain('/sitemap.xml')
      for (const path of written) expect([`/tin-tuc/${slug}/`, '/sitemap.xml', '/rss.xml'], `${portal}: ${build.log}`).toContain(path)
      expect(build.pagesWritten).toBe(written.length)
      expect(build.pages).toBeGreaterThan(20)
      // Every release is checked for the compliance dashboard: the demo portals are clean.
      expect(build.checks?.pages).toBeGreaterThan(10)
      expect(build.checks?.links.broken).toBe(0)
      expect(build.checks?.a11y.issues).toBe(0)
    }
  })

  it('a correction on a commune leaves the province it rolls up to as it was: no release written, and old releases go', async () => {
    const admin = await login('admin@cong.gov.vn')
    const idle = async () => ((await server.api('/healthz')).json().buildQueue.queued === 0 && (await server.api('/healthz')).json().buildQueue.running === 0 ? true : undefined)
    await waitFor(idle, 60_000, 'idle build queue', queueReport)
    const communeId = await siteId(commune.slug)
    const found = await server.api(`/api/news?where[site][equals]=${communeId}&where[_status][equals]=published&limit=1&depth=0`, { token: admin })
    const { id, slug } = found.json().docs[0] as { id: number; slug: string }
    const provinceLive = fs.readlinkSync(path.join(server.sitesDir, province.slug))
    const since = new Date().toISOString()
    for (const round of [1, 2, 3, 4]) {
      // The body only: the province lists its communes' newest news by title, summary and date.
      const text = `Đính chính lần ${round} ${Date.now()}.`
      const edit = await server.api(`/api/news/${id}?depth=0`, {
        method: 'PATCH',
        token: admin,
        json: { content: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] }] } }, _status: 'published' },
      })
      expect(edit.status, edit.body).toBe(200)
      await waitFor(async () => ((await server.request(host(commune.slug), `/tin-tuc/${slug}/`)).body.includes(text) ? true : undefined), 60_000, `correction ${round} on the commune portal`, queueReport)
      await waitFor(idle, 60_000, 'idle build queue', queueReport)
    }
    const builds = (await server.api(`/api/builds?where[queuedAt][greater_than_equal]=${encodeURIComponent(since)}&depth=1&limit=50`, { token: admin })).json().docs as Array<{ site: { slug: string }; status: string; pagesWritten: number; log: string; checks: { pages: number } | null }>
    const ofProvince = builds.filter((b) => b.site.slug === province.slug)
    expect(ofProvince.length).toBe(4)
    for (const build of ofProvince) {
      expect(build.status).toBe('succeeded')
      expect(build.pagesWritten, build.log).toBe(0)
      // Its checks are still reported for the compliance dashboard.
      expect(build.checks?.pages).toBeGreaterThan(10)
    }
    // Every build's log says where its time went (issue 17): export, writing and the other phases.
    for (const build of builds) expect(build.log).toMatch(/giai đoạn \/ phases: bắt đầu \/ start \d+ · lập kế hoạch \/ plan \d+ · bản phát hành \/ release \d+ ms/)
    // The province's live release is the one from before the corrections: none was written.
    expect(fs.readlinkSync(path.join(server.sitesDir, province.slug))).toBe(provinceLive)
    expect(await server.request(host(province.slug), '/').then((r) => r.status)).toBe(200)
    // The commune got a release per correction; its old ones are removed after the swap (the
    // three newest stay).
    await waitFor(async () => {
      const releases = fs.readdirSync(path.join(server.sitesDir, '.releases')).filter((n) => n.startsWith(`${commune.slug}--`))
      return releases.length === 3 ? true : undefined
    }, 30_000, "the commune's old releases to be removed", queueReport)
  })
  it('a correction of an older article on a commune queues no build of its province; a title the province lists is corrected there too', async () => {
    const admin = await login('admin@cong.gov.vn')
    const idle = async () => ((await server.api('/healthz')).json().buildQueue.queued === 0 && (await server.api('/healthz')).json().buildQueue.running === 0 ? true : undefined)
    await waitFor(idle, 60_000, 'idle build queue', queueReport)
    const communeId = await siteId(commune.slug)
    const published = `/api/news?where[site][equals]=${communeId}&where[_status][equals]=published&depth=0`
    // The commune's oldest article: more than ten of its articles are newer, and the province
    // lists only each unit's ten newest.
    expect((await server.api(`${published}&limit=1`, { token: admin })).json().totalDocs).toBeGreaterThan(10)
    const oldest = (await server.api(`${published}&sort=publishedAt&limit=1`, { token: admin })).json().docs[0] as { id: number; slug: string; title: string }
    const provinceHome = (await server.request(host(province.slug), '/')).body
    expect(provinceHome).not.toContain(oldest.title)
    const since = new Date().toISOString()
    const corrected = `${oldest.title} (đính chính ${Date.now()})`
    const edit = await server.api(`/api/news/${oldest.id}?depth=0`, { method: 'PATCH', token: admin, json: { title: corrected, _status: 'published' } })
    expect(edit.status, edit.body).toBe(200)
    await waitFor(async () => ((await server.request(host(commune.slug), `/tin-tuc/${oldest.slug}/`)).body.includes(corrected) ? true : undefined), 60_000, 'the correction on the commune portal', queueReport)
    await waitFor(idle, 60_000, 'idle build queue', queueReport)
    const after = (await server.api(`/api/builds?where[queuedAt][greater_than_equal]=${encodeURIComponent(since)}&depth=1&limit=50`, { token: admin })).json().docs as Array<{ site: { slug: string } }>
    expect(after.map((b) => b.site.slug)).toEqual([commune.slug])

    // One of the commune's articles the province lists: its corrected title reaches the province.
    const newest = ((await server.api(`${published}&sort=-publishedAt&limit=10`, { token: admin })).json().docs as Array<{ id: number; title: string }>).find((n) => provinceHome.includes(n.title))!
    expect(newest, 'a commune article on the province home page').toBeDefined()
    const retitled = `Tiêu đề đã sửa ${Date.now()}`
    const second = await server.api(`/api/news/${newest.id}?depth=0`, { method: 'PATCH', token: admin, json: { title: retitled, _status: 'published' } })
    expect(second.status, second.body).toBe(200)
    const home = await waitFor(async () => {
      const page = (await server.request(host(province.slug), '/')).body
      return page.includes(retitled) ? page : undefined
    }, 60_000, 'the corrected title on the province home page', queueReport)
    expect(home).not.toContain(newest.title)
  })
})

describe('the admin language', () => {
  it('is Vietnamese by default, even for an English browser, and English stays selectable', async () => {
    const vi = await server.api('/admin/login', { headers: { 'accept-language': 'en-US,en;q=0.9' } })
    expect(vi.status).toBe(200)
    expect(vi.body).toMatch(/<html[^>]*lang="vi"/)
    const en = await server.api('/admin/login', { headers: { 'accept-language': 'vi', cookie: 'payload-lng=en' } })
    expect(en.body).toMatch(/<html[^>]*lang="en"/)
  })
})
