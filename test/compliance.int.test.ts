/**
 * The compliance dashboard on a real server: the demo portals, plus portals made incomplete and
 * stale on purpose, release checks stored on builds, the JSON and CSV endpoints, who may see
 * what, and the admin view in a real browser.
 *
 * The database is prepared in-process first (seed, then edits through the Local API), and the
 * server runs with JOBS_IN_PROCESS=false so that no build changes the build rows under the test.
 * Expected figures come from the seed data and the dates set here, not from the implementation.
 */
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MANDATORY_SECTIONS } from '../cms/src/contracts/sections'
import { seedSites } from '../seed/data/index'
import { launchChromium } from './helpers/browser'
import { makeDataDir, SEED_PASSWORD, startServer, type TestServer, useTestDatabase } from './helpers/server'

const DAY = 86_400_000
const FIXTURE = path.resolve(import.meta.dirname, '../plugins/portals/checks/fixtures/release')
const SECTION_KEYS = MANDATORY_SECTIONS.map((s) => s.key)

type Section = { key: string; present: boolean; days: number | null; stale: boolean; lastUpdate: string | null }
type Row = {
  id: number
  name: string
  slug: string
  level: string
  parent: { slug: string } | null
  sections: Section[]
  missing: number
  stale: number
  score: number
  daysSincePublish: number | null
  brokenLinks: number | null
  a11yIssues: number | null
  checksBuildId: number | null
  lastBuild: { id: number; status: string; durationMs: number | null; finishedAt: string | null } | null
  queuedBuilds: number
}
type Report = { rows: Row[]; sections: { key: string }[]; sort: string; dir: string; tookMs: number }

let server: TestServer
const ids: Record<string, number> = {}
const builds: Record<string, number> = {}
let now: number

/**
 * Days since the latest seeded news of `slug` that counts for a section: every news item for
 * "Tin tức, sự kiện" (ADR 0020), those in the section's category for the other ones.
 */
function seededNewsDays(slug: string, sectionKey: string, at: number): number | null {
  const section = MANDATORY_SECTIONS.find((s) => s.key === sectionKey)!
  const site = seedSites.find((s) => s.slug === slug)!
  const dates = site.news.filter((n) => sectionKey === 'tin-tuc' || n.categories.includes(section.slug)).map((n) => Date.parse(n.publishedAt)).filter((t) => t <= at)
  return dates.length ? Math.floor((at - Math.max(...dates)) / DAY) : null
}

async function prepareDatabase(dataDir: string): Promise<void> {
  process.env.SITES_DIR = path.join(dataDir, 'sites')
  useTestDatabase(dataDir)
  const { initPayload } = await import('../cms/src/boot')
  const { seedDemo } = await import('../seed/index')
  const { checkRelease } = await import('../plugins/portals/checks/checks')
  const payload = await initPayload()
  await seedDemo(payload, { password: SEED_PASSWORD })
  const opts = { overrideAccess: true, depth: 0, context: { skipBuild: true } } as const
  for (const site of (await payload.find({ collection: 'sites', pagination: false, ...opts })).docs) ids[site.slug as string] = site.id as number
  now = Date.now()
  const ago = (days: number) => new Date(now - days * DAY - 3_600_000).toISOString()

  // A new commune portal with nothing in it yet, and an archived one (never on the dashboard).
  ids['xa-moi'] = (await payload.create({ collection: 'sites', data: { name: 'Trang thông tin điện tử xã Mới', slug: 'xa-moi', level: 'xa', parent: ids['ha-tinh'], theme: 'default', status: 'active' }, ...opts })).id as number
  ids['xa-cu'] = (await payload.create({ collection: 'sites', data: { name: 'Xã Cũ (đã sáp nhập)', slug: 'xa-cu', level: 'xa', theme: 'default', status: 'archived' }, ...opts })).id as number

  // Xã Thạch Hà neglects its portal: no contact page, news 100 days old, pages 400 days old.
  const xa = ids['xa-thach-ha']!
  await payload.delete({ collection: 'pages', where: { site: { equals: xa }, slug: { equals: 'lien-he' } }, ...opts })
  const xaNews = await payload.find({ collection: 'news', where: { site: { equals: xa } }, pagination: false, ...opts })
  for (const n of xaNews.docs) await payload.update({ collection: 'news', id: n.id, data: { publishedAt: ago(100) }, ...opts })
  // Payload sets updatedAt itself on every save: age the pages in the database directly.
  // The adapter's own update (no operation, no hooks) keeps the date it is given, on every adapter.
  await payload.db.updateMany({ collection: 'pages', where: { site: { equals: xa } }, data: { updatedAt: ago(400) } })

  // Hà Tĩnh: a dissemination category with a 20-day-old article (present), a direction category
  // with no news (missing), and a Q&A page that was never published (missing).
  const ht = ids['ha-tinh']!
  const pbpl = await payload.create({ collection: 'categories', data: { title: 'Phổ biến pháp luật', slug: 'pho-bien-phap-luat', section: 'pho-bien-phap-luat', site: ht }, ...opts })
  await payload.create({ collection: 'categories', data: { title: 'Chỉ đạo, điều hành', slug: 'chi-dao-dieu-hanh', section: 'chi-dao-dieu-hanh', site: ht }, ...opts })
  await payload.create({
    collection: 'news',
    data: { title: 'Tuyên truyền Luật Tiếp cận thông tin', slug: 'tuyen-truyen-luat-tiep-can-thong-tin', site: ht, categories: [pbpl.id as number], publishedAt: ago(20), _status: 'published' },
    ...opts,
  })
  await payload.create({ collection: 'pages', draft: true, data: { title: 'Hỏi đáp', slug: 'hoi-dap', section: 'hoi-dap', site: ht, _status: 'draft' }, ...opts })
  // Sở KH&CN: a published legal documents page.
  await payload.create({ collection: 'pages', data: { title: 'Văn bản', slug: 'van-ban', section: 'van-ban', site: ids['so-khcn-ha-tinh']!, _status: 'published' }, ...opts })

  // Builds of Hà Tĩnh: a checked release, then a failed build. Sở KH&CN: a release without checks.
  const checks = await checkRelease(FIXTURE)
  builds.checked = (
    await payload.create({
      collection: 'builds',
      data: { site: ht, status: 'succeeded', reason: 'kiểm tra', queuedAt: ago(1), startedAt: ago(1), finishedAt: ago(1), durationMs: 4321, pages: 6, pagesWritten: 2, checks, log: '' },
      ...opts,
    })
  ).id as number
  builds.failed = (
    await payload.create({
      collection: 'builds',
      data: { site: ht, status: 'failed', reason: 'sửa trang', queuedAt: ago(0), startedAt: ago(0), finishedAt: ago(0), durationMs: 999, pages: 0, pagesWritten: 0, log: 'Astro build failed' },
      ...opts,
    })
  ).id as number
  builds.unchecked = (
    await payload.create({
      collection: 'builds',
      data: { site: ids['so-khcn-ha-tinh']!, status: 'succeeded', reason: 'cũ', queuedAt: ago(2), finishedAt: ago(2), durationMs: 2000, pages: 30, log: '' },
      ...opts,
    })
  ).id as number
  await payload.destroy()
}

const tokens: Record<string, string> = {}
async function login(email: string): Promise<string> {
  const res = await server.api('/api/users/login', { method: 'POST', json: { email, password: SEED_PASSWORD } })
  expect(res.status, res.body).toBe(200)
  return res.json<{ token: string }>().token
}

const report = async (query = '', token = tokens.admin) => {
  const res = await server.api(`/api/compliance${query}`, { token })
  expect(res.status, res.body).toBe(200)
  return res.json<Report>()
}
const rowOf = (r: Report, slug: string) => r.rows.find((row) => row.slug === slug)!
const section = (row: Row, key: string) => row.sections.find((s) => s.key === key)!

/** RFC 4180 fields, enough for our CSV (quoted fields may hold commas and quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(field), (field = '')
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '')
    else if (c !== '\r') field += c
  }
  if (field || row.length) row.push(field), rows.push(row)
  return rows
}

beforeAll(async () => {
  const dataDir = makeDataDir()
  await prepareDatabase(dataDir)
  server = await startServer({ JOBS_IN_PROCESS: 'false' }, dataDir)
  tokens.admin = await login('admin@cong.gov.vn')
  tokens.siteAdmin = await login('quantri.hatinh@cong.gov.vn')
  tokens.editor = await login('bientap.hatinh@cong.gov.vn')
})

afterAll(async () => {
  await server?.stop()
})

describe('the dashboard figures', () => {
  it('has one row per active portal, the archived one left out', async () => {
    const r = await report()
    expect(r.rows.map((row) => row.slug).sort()).toEqual(['bo-khcn', 'ha-tinh', 'so-khcn-ha-tinh', 'xa-moi', 'xa-thach-ha'])
    expect(r.sections.map((s) => s.key)).toEqual(SECTION_KEYS)
    expect(rowOf(r, 'xa-thach-ha')).toMatchObject({ name: 'Trang thông tin điện tử xã Thạch Hà', level: 'xa', parent: { slug: 'ha-tinh' } })
  })

  it('shows the demo portals with their seeded pages and news: present, fresh, or stale by the seed dates', async () => {
    const r = await report()
    for (const slug of ['bo-khcn', 'ha-tinh', 'so-khcn-ha-tinh']) {
      const row = rowOf(r, slug)
      for (const key of ['gioi-thieu', 'lanh-dao', 'lien-he']) expect(section(row, key), `${slug} ${key}`).toMatchObject({ present: true, days: 0, stale: false })
      // Hà Tĩnh also got a dissemination article 20 days ago (below): every article counts for news.
      const newsDays = Math.min(seededNewsDays(slug, 'tin-tuc', now) ?? Infinity, slug === 'ha-tinh' ? 20 : Infinity)
      expect(section(row, 'tin-tuc'), slug).toMatchObject({ present: true, days: newsDays, stale: newsDays > 7 })
      expect(section(row, 'thong-ke')).toMatchObject({ present: false, days: null, stale: false })
    }
    // The portal's own lists fulfil these sections when the site has published records: the
    // ministry holds documents, procedures and a consultation, the province a consultation (the
    // documents it shows are the ministry's), the department procedures only.
    const listed = { 'bo-khcn': ['van-ban', 'thu-tuc-hanh-chinh', 'lay-y-kien'], 'ha-tinh': ['lay-y-kien'], 'so-khcn-ha-tinh': ['thu-tuc-hanh-chinh'] }
    for (const [slug, keys] of Object.entries(listed)) {
      for (const key of keys) expect(section(rowOf(r, slug), key), `${slug} ${key}`).toMatchObject({ present: true, days: 0, stale: false })
    }
    expect(section(rowOf(r, 'ha-tinh'), 'thu-tuc-hanh-chinh').present).toBe(false)
    // The province holds no document of its own, but the ministry shares its documents with it.
    expect(section(rowOf(r, 'ha-tinh'), 'van-ban')).toMatchObject({ present: true, stale: false })
    expect(section(rowOf(r, 'so-khcn-ha-tinh'), 'lay-y-kien').present).toBe(false)
    const bo = rowOf(r, 'bo-khcn')
    // The Q&A page every portal links makes "Hỏi đáp" reachable: present, stale until an answer.
    expect(section(bo, 'hoi-dap')).toMatchObject({ present: true, stale: true, days: null, lastUpdate: null })
    expect(bo.missing).toBe(7)
    expect(bo.daysSincePublish).toBe(0)
  })

  it('counts only published pages and categories with published news', async () => {
    const ht = rowOf(await report(), 'ha-tinh')
    expect(section(ht, 'pho-bien-phap-luat')).toMatchObject({ present: true, days: 20, stale: false })
    expect(section(ht, 'chi-dao-dieu-hanh').present).toBe(false) // a category without news
    // Its Q&A page is a draft, but citizens' questions answered on /hoi-dap-truc-tuyen/ fulfil the
    // section (the seed answers them days ago).
    expect(section(ht, 'hoi-dap')).toMatchObject({ present: true, stale: false })
    expect(ht.missing).toBe(7)
    // A portal without a published Q&A page and without answered questions still links its Q&A
    // page (every portal does): reachable, but stale until a question is answered.
    expect(section(rowOf(await report(), 'so-khcn-ha-tinh'), 'hoi-dap')).toMatchObject({ present: true, stale: true, days: null })
    expect(section(rowOf(await report(), 'so-khcn-ha-tinh'), 'van-ban')).toMatchObject({ present: true, days: 0 })
  })

  it('flags the neglected portal: missing contact page, stale news and pages, days since its last publication', async () => {
    const xa = rowOf(await report(), 'xa-thach-ha')
    expect(section(xa, 'lien-he')).toMatchObject({ present: false })
    expect(section(xa, 'tin-tuc')).toMatchObject({ present: true, days: 100, stale: true })
    expect(section(xa, 'gioi-thieu')).toMatchObject({ present: true, days: 400, stale: true })
    expect(section(xa, 'lanh-dao')).toMatchObject({ present: true, days: 400, stale: true })
    // Its procedures and the open consultation fulfil two sections by themselves (fresh).
    expect(section(xa, 'thu-tuc-hanh-chinh')).toMatchObject({ present: true, stale: false })
    // Its Q&A page is reachable but nobody was answered: stale (½ point).
    expect(section(xa, 'hoi-dap')).toMatchObject({ present: true, stale: true, days: null })
    expect(xa).toMatchObject({ missing: 8, stale: 4, daysSincePublish: 100, score: 33 })
    expect(rowOf(await report(), 'xa-moi')).toMatchObject({ missing: 14, stale: 1, score: 3, daysSincePublish: null, lastBuild: null })
  })

  it('puts the portals that need attention first', async () => {
    const r = await report()
    expect(r.sort).toBe('priority')
    expect(r.dir).toBe('desc')
    // The one that never published (14 missing, the Q&A page stale) comes first, then the neglected commune.
    expect(r.rows.slice(0, 2).map((row) => row.slug)).toEqual(['xa-moi', 'xa-thach-ha'])
    const attention = r.rows.map((row) => row.missing + row.stale)
    expect(attention).toEqual([...attention].sort((a, b) => b - a))
  })

  it('takes broken links and accessibility issues from the latest checked release, the status from the latest build', async () => {
    const r = await report()
    const ht = rowOf(r, 'ha-tinh')
    expect(ht).toMatchObject({ brokenLinks: 6, a11yIssues: 10, checksBuildId: builds.checked })
    expect(ht.lastBuild).toMatchObject({ id: builds.failed, status: 'failed', durationMs: 999 })
    const so = rowOf(r, 'so-khcn-ha-tinh')
    expect(so).toMatchObject({ brokenLinks: null, a11yIssues: null, checksBuildId: null })
    expect(so.lastBuild).toMatchObject({ id: builds.unchecked, status: 'succeeded', durationMs: 2000 })
    // Every active portal has the build queued at start (jobs do not run in this server).
    for (const row of r.rows) expect(row.queuedBuilds, row.slug).toBe(1)
  })
})

describe('GET /api/compliance', () => {
  it('sorts by any column, both ways, with empty values last', async () => {
    const byName = await report('?sort=name&dir=asc')
    expect(byName.rows.map((r) => r.slug)).toEqual(['bo-khcn', 'ha-tinh', 'so-khcn-ha-tinh', 'xa-moi', 'xa-thach-ha'])
    const byNameDesc = await report('?sort=name&dir=desc')
    expect(byNameDesc.rows.map((r) => r.slug)).toEqual(['xa-thach-ha', 'xa-moi', 'so-khcn-ha-tinh', 'ha-tinh', 'bo-khcn'])
    for (const dir of ['asc', 'desc']) {
      const broken = await report(`?sort=brokenLinks&dir=${dir}`)
      expect(broken.rows[0]!.slug).toBe('ha-tinh')
    }
    const contact = await report('?sort=section:lien-he&dir=desc')
    expect(contact.rows.slice(0, 2).map((r) => r.slug).sort()).toEqual(['xa-moi', 'xa-thach-ha'])
    const score = await report('?sort=score')
    expect(score.dir).toBe('asc')
    expect(score.rows[0]!.slug).toBe('xa-moi')
  })

  it('filters by level and by name, ignoring accents', async () => {
    expect((await report('?level=xa')).rows.map((r) => r.slug).sort()).toEqual(['xa-moi', 'xa-thach-ha'])
    expect((await report('?q=thach%20ha')).rows.map((r) => r.slug)).toEqual(['xa-thach-ha'])
    expect((await report('?q=H%C3%A0%20T%C4%A9nh&level=tinh')).rows.map((r) => r.slug)).toEqual(['ha-tinh'])
  })

  it('refuses bad parameters with a message in Vietnamese and English', async () => {
    for (const [query, words] of [
      ['?sort=tenCong', /Cột sắp xếp "tenCong" không hợp lệ.*Unknown sort column/],
      ['?sort=name&dir=len', /Chiều sắp xếp.*asc.*desc/],
      ['?level=huyen', /Cấp "huyen" không hợp lệ.*Unknown level/],
      ['?sort=name&sort=slug', /chỉ được có một giá trị.*single value/],
      [`?q=${'a'.repeat(101)}`, /dài quá 100 ký tự.*longer than 100/],
    ] as const) {
      const res = await server.api(`/api/compliance${query}`, { token: tokens.admin })
      expect(res.status, query).toBe(400)
      expect(res.json().errors[0].message).toMatch(words)
    }
    expect((await server.api('/api/compliance.csv?dir=up', { token: tokens.admin })).status).toBe(400)
  })

  it('is for platform admins (every portal) and site admins (their portals); editors get 403', async () => {
    expect((await server.api('/api/compliance')).status).toBe(401)
    const editor = await server.api('/api/compliance', { token: tokens.editor })
    expect(editor.status).toBe(403)
    expect(editor.json().errors[0].message).toMatch(/Chỉ quản trị nền tảng và quản trị trang/)
    expect((await server.api('/api/compliance.csv', { token: tokens.editor })).status).toBe(403)
    const own = await report('', tokens.siteAdmin)
    expect(own.rows.map((r) => r.slug)).toEqual(['ha-tinh'])
    const csv = parseCsv((await server.api('/api/compliance.csv', { token: tokens.siteAdmin })).body.replace(/^\uFEFF/, ''))
    expect(csv.slice(1).map((line) => line[1])).toEqual(['ha-tinh'])
  })
})

describe('GET /api/compliance.csv', () => {
  it('has a BOM, Vietnamese headers and one column per section with days or "thiếu", in the same order as the JSON', async () => {
    const res = await server.api('/api/compliance.csv', { token: tokens.admin })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/text\/csv; charset=utf-8/)
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="tuan-thu-cong-\d{4}-\d{2}-\d{2}\.csv"/)
    expect(res.body.startsWith('\uFEFF')).toBe(true)
    const [header, ...lines] = parseCsv(res.body.slice(1))
    expect(header!.slice(0, 5)).toEqual(['Cổng', 'Mã cổng', 'Cấp', 'Đơn vị cấp trên', 'Giới thiệu (ngày)'])
    expect(header).toEqual(expect.arrayContaining(['Thông tin liên hệ (ngày)', 'Tin tức, sự kiện (ngày)', 'Số mục thiếu', 'Số mục quá hạn', 'Điểm (%)', 'Liên kết hỏng', 'Lỗi tiếp cận', 'Lần xây dựng gần nhất']))
    expect(lines.map((l) => l[1])).toEqual((await report()).rows.map((r) => r.slug))
    const col = (name: string) => header!.indexOf(name)
    const xa = lines.find((l) => l[1] === 'xa-thach-ha')!
    expect(xa[col('Cấp')]).toBe('Xã, phường, đặc khu')
    expect(xa[col('Đơn vị cấp trên')]).toBe('Cổng thông tin điện tử tỉnh Hà Tĩnh')
    expect(xa[col('Thông tin liên hệ (ngày)')]).toBe('thiếu')
    expect(xa[col('Tin tức, sự kiện (ngày)')]).toBe('100')
    expect(xa[col('Giới thiệu (ngày)')]).toBe('400')
    expect(xa[col('Số mục thiếu')]).toBe('8')
    expect(xa[col('Số mục quá hạn')]).toBe('4')
    expect(xa[col('Hỏi đáp, phản ánh kiến nghị (ngày)')]).toBe('chưa cập nhật')
    const ht = lines.find((l) => l[1] === 'ha-tinh')!
    expect([ht[col('Liên kết hỏng')], ht[col('Lỗi tiếp cận')], ht[col('Lần xây dựng gần nhất')]]).toEqual(['6', '10', 'Lỗi'])
    expect(ht[col('Thời gian xây dựng (giây)')]).toBe('1.0')
    // The filter and sort of the JSON apply to the CSV too.
    const filtered = parseCsv((await server.api('/api/compliance.csv?level=xa&sort=name', { token: tokens.admin })).body.slice(1))
    expect(filtered.slice(1).map((l) => l[1])).toEqual(['xa-moi', 'xa-thach-ha'])
  })
})

describe('builds in the admin', () => {
  it('lists builds newest first with their checks, filtered by status, for platform admins', async () => {
    const all = (await server.api('/api/builds?depth=0&limit=100', { token: tokens.admin })).json<{ docs: { id: number; queuedAt: string }[] }>()
    const times = all.docs.map((b) => b.queuedAt)
    expect(times).toEqual([...times].sort().reverse())
    const failed = (await server.api('/api/builds?depth=0&where[status][equals]=failed', { token: tokens.admin })).json<{ docs: { id: number; status: string }[] }>()
    expect(failed.docs.map((b) => b.id)).toEqual([builds.failed])
    const checked = (await server.api(`/api/builds/${builds.checked}?depth=0`, { token: tokens.admin })).json()
    expect(checked).toMatchObject({ pages: 6, pagesWritten: 2, checks: { version: 1, links: { broken: 6 }, a11y: { issues: 10 } } })
  })
})

describe('the admin view /admin/tuan-thu', () => {
  it('is in the nav of platform and site admins, and refuses an editor', async () => {
    const view = await server.api('/admin/tuan-thu', { headers: { cookie: `payload-token=${tokens.admin}`, 'sec-fetch-site': 'same-origin' } })
    expect(view.status).toBe(200)
    expect(view.body).toContain('<h1>Tuân thủ cổng</h1>')
    expect(view.body).toContain('href="/admin/tuan-thu"')
    const siteAdmin = await server.api('/admin/tuan-thu', { headers: { cookie: `payload-token=${tokens.siteAdmin}`, 'sec-fetch-site': 'same-origin' } })
    expect(siteAdmin.body).toContain('href="/admin/tuan-thu"')
    expect(siteAdmin.body).not.toContain('Chỉ quản trị nền tảng và quản trị trang được xem bảng tuân thủ.')
    const editor = await server.api('/admin/tuan-thu', { headers: { cookie: `payload-token=${tokens.editor}`, 'sec-fetch-site': 'same-origin' } })
    expect(editor.body).toContain('Chỉ quản trị nền tảng và quản trị trang được xem bảng tuân thủ.')
    expect(editor.body).not.toContain('href="/admin/tuan-thu"')
  })

  it('sorts by clicking or pressing Enter on a column header, filters by level, and exports what is shown', async () => {
    const browser = await launchChromium()
    try {
      const context = await browser.newContext({ locale: 'vi-VN' })
      await context.addCookies([{ name: 'payload-token', value: tokens.admin!, domain: 'localhost', path: '/' }])
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (err) => errors.push(err.message))
      await page.goto(`http://localhost:${server.port}/admin/tuan-thu`, { waitUntil: 'networkidle' })
      await page.waitForSelector('tbody tr[data-slug]')
      expect(await page.locator('#tuan-thu-trang-thai').innerText()).toBe('5 cổng. Sắp xếp theo mức cần xử lý, giảm dần.')
      const slugs = () => page.locator('tbody tr[data-slug]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-slug')))
      expect((await slugs()).slice(0, 2)).toEqual(['xa-moi', 'xa-thach-ha'])
      // Colour never alone: the badges say "thiếu" / "quá hạn".
      const xaRow = page.locator('tr[data-slug="xa-thach-ha"]')
      expect(await xaRow.innerText()).toMatch(/Thiếu 8 mục: Thông tin liên hệ; Chỉ đạo, điều hành;/)
      expect(await xaRow.innerText()).toMatch(/Tin tức, sự kiện: quá hạn \(100 ngày\)/)

      const nameHeader = page.locator('th', { has: page.getByRole('button', { name: 'Cổng', exact: true }) })
      await page.getByRole('button', { name: 'Cổng', exact: true }).click()
      await page.waitForFunction(() => document.querySelector('tbody tr[data-slug]')?.getAttribute('data-slug') === 'bo-khcn')
      expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending')
      await page.getByRole('button', { name: 'Cổng', exact: true }).focus()
      await page.keyboard.press('Enter')
      await page.waitForFunction(() => document.querySelector('tbody tr[data-slug]')?.getAttribute('data-slug') === 'xa-thach-ha')
      expect(await nameHeader.getAttribute('aria-sort')).toBe('descending')
      expect(await page.locator('th[aria-sort]').count()).toBe(1)

      await page.selectOption('#tuan-thu-cap', 'xa')
      await page.waitForFunction(() => document.querySelectorAll('tbody tr[data-slug]').length === 2)
      expect(await slugs()).toEqual(['xa-thach-ha', 'xa-moi'])
      const csv = await page.getByRole('link', { name: 'Xuất CSV' }).getAttribute('href')
      expect(csv).toBe('/api/compliance.csv?sort=name&dir=desc&level=xa')
      expect(await page.locator('#tuan-thu-trang-thai').innerText()).toMatch(/^2 cổng\. Sắp xếp theo Cổng, giảm dần\.$/)

      // Details of the counts: the build page shows the release checks.
      await page.goto(`http://localhost:${server.port}/admin/collections/builds/${builds.checked}`, { waitUntil: 'networkidle' })
      const body = await page.locator('main, body').first().innerText()
      expect(body).toMatch(/Liên kết hỏng: 6 \(tới 4 địa chỉ không tồn tại\)/)
      expect(body).toContain('/lien-he/')
      expect(body).toMatch(/Ảnh không có văn bản thay thế/)
      expect(errors).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
