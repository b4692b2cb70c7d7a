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

import { toLexical } from '../cms/src/lib/lexical'
import { sql, sqlRunner } from '../cms/src/db/sql'
import { writeLocalPortalsConf } from './helpers/nginx'
import { freePort, httpRequest, openLocalApi, SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'

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
    // One batch: every portal's live link points at a release of the same run of the builder
    // (`<slug>--<stamp>`; each build's startedAt is its own portal's start, ADR 0026).
    const stamps = created.docs.map((s) => path.basename(fs.readlinkSync(path.join(server.sitesDir, s.slug as string))).slice(String(s.slug).length + 2))
    expect(new Set(stamps).size).toBe(1)
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
  /** What the absorbed commune (xa-thach-ha) holds besides its seeded content, created below. */
  const made = {} as Record<'sameNumber' | 'bSameNumber' | 'identical' | 'bIdentical' | 'draftLegal' | 'bProcedure' | 'session' | 'answered' | 'pendingQuestion' | 'consultation', any> // eslint-disable-line @typescript-eslint/no-explicit-any
  let comments: number[] = []
  const answerText = `Xã sẽ mở lớp hướng dẫn dịch vụ công trực tuyến vào tháng ${Date.now() % 12 + 1}.`

  async function create(collection: string, data: Record<string, unknown>, draft = false) {
    const res = await server.api(`/api/${collection}?depth=0${draft ? '&draft=true' : ''}`, { method: 'POST', token: admin, json: data })
    expect(res.status, res.body).toBe(201)
    return res.json().doc
  }
  const decision = (number: string, issuingBody: string, site: number, summary: string, issueDate = '2025-03-01T00:00:00.000Z') =>
    create('legal-documents', { number, documentType: 'quyet-dinh', summary, issuingBody, issueDate, site, _status: 'published' })

  it('gives both communes legal documents, procedures, a consultation with comments and an archived dialogue', async () => {
    const a = (await siteBySlug('xa-thach-ha')).id
    const b = (await siteBySlug('xa-thach-lac')).id
    // The same number from each commune's own People's Committee: two documents, one slug.
    made.bSameNumber = await decision('15/QĐ-UBND', 'Ủy ban nhân dân xã Thạch Lạc', b, 'Quyết định ban hành quy chế làm việc của Ủy ban nhân dân xã Thạch Lạc')
    made.sameNumber = await decision('15/QĐ-UBND', 'Ủy ban nhân dân xã Thạch Hà', a, 'Quyết định ban hành quy chế làm việc của Ủy ban nhân dân xã Thạch Hà', '2025-03-02T00:00:00.000Z')
    expect(made.sameNumber.slug).toBe(made.bSameNumber.slug)
    // The same document on both (entered before the number-and-issuer check existed).
    made.bIdentical = await decision('20/2025/QĐ-UBND', 'Ủy ban nhân dân tỉnh Hà Tĩnh', b, 'Quyết định về chuyển đổi số cấp xã năm 2025')
    made.identical = await decision('20/2025/QĐ-UBND', 'Ủy ban nhân dân tỉnh Hà Tĩnh (nhập lại)', a, 'Quyết định về chuyển đổi số cấp xã năm 2025')
    // Raw rows, on either SQL adapter of the run (the Local API would run the check).
    const local = await openLocalApi(server)
    const { all } = sqlRunner(local)
    await all(sql`UPDATE legal_documents SET dedupe_key = ${made.bIdentical.dedupeKey}, issuing_body = ${'Ủy ban nhân dân tỉnh Hà Tĩnh'} WHERE id = ${made.identical.id}`)
    await all(sql`UPDATE _legal_documents_v SET version_dedupe_key = ${made.bIdentical.dedupeKey}, version_issuing_body = ${'Ủy ban nhân dân tỉnh Hà Tĩnh'} WHERE parent_id = ${made.identical.id}`)
    await local.destroy()
    // An unfinished draft (drafts are saved without validation).
    made.draftLegal = await create('legal-documents', { number: '3/QĐ-UBND', documentType: 'quyet-dinh', site: a, _status: 'draft' }, true)
    // b already lists one of a's procedures (same national code).
    made.bProcedure = await create('procedures', { code: '3.000210', name: 'Cấp Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng (Thạch Lạc)', levels: ['xa'], field: 'Phát thanh, truyền hình và thông tin điện tử', implementingAgency: 'Ủy ban nhân dân xã Thạch Lạc', site: b, _status: 'published' })

    made.consultation = (await find('consultations', `where[site][equals]=${a}`)).docs[0]
    comments = []
    for (const [name, moderation] of [['Trần Văn Góp', 'approved'], ['Lê Thị Ý', 'approved'], ['Người Chờ Duyệt', 'pending']] as const) {
      comments.push((await create('consultation-comments', { consultation: made.consultation.id, name, email: `${moderation}.${comments.length}@example.vn`, comment: `Ý kiến của ${name} về kế hoạch chuyển đổi số.`, moderation })).id)
    }

    made.session = await create('dialogue-sessions', { title: 'Giao lưu trực tuyến về dịch vụ công xã Thạch Hà', slug: 'giao-luu-dich-vu-cong-thach-ha', site: a, state: 'open', startsAt: '2025-05-10T02:00:00.000Z', endsAt: '2025-05-10T04:00:00.000Z' })
    made.answered = await create('questions', { session: made.session.id, site: a, text: 'Người cao tuổi được hướng dẫn nộp hồ sơ trực tuyến ở đâu?', asker: { name: 'Nguyễn Văn Hỏi', email: 'hoi@example.vn' }, state: 'answered', answer: { body: toLexical([answerText]), by: 'Chủ tịch UBND xã' } })
    made.pendingQuestion = await create('questions', { session: made.session.id, site: a, text: 'Câu hỏi chưa duyệt.', asker: { name: 'Trần Chờ' }, state: 'pending' })
    for (const state of ['closed', 'archived']) {
      const res = await server.api(`/api/dialogue-sessions/${made.session.id}?depth=0`, { method: 'PATCH', token: admin, json: { state } })
      expect(res.status, res.body).toBe(200)
    }
  })

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
    const procedures = (await find('procedures', `where[site][equals]=${from.id}`)).docs

    const dry = await site(['merge', '--from', 'xa-thach-ha', '--into', 'xa-thach-lac', '--dry-run'])
    expect(dry.code, dry.stderr).toBe(0)
    expect(dry.stdout).toContain('gioi-thieu → gioi-thieu-xa-thach-ha')
    expect(dry.stdout).toContain('15-qd-ubnd-2025 → 15-qd-ubnd-2025-xa-thach-ha')
    expect(dry.stdout).toMatch(/Văn bản pháp luật \(legal-documents\)\s+2 chuyển \(1 đã xuất bản\), 1 trùng với bản sẵn có của xa-thach-lac/)
    expect(dry.stdout).toMatch(new RegExp(`Thủ tục hành chính \\(procedures\\)\\s+${procedures.length - 1} chuyển .*, 1 trùng`))
    expect(dry.stdout).toMatch(/Ý kiến góp ý dự thảo \(consultation-comments\)\s+3 chuyển, theo consultation/)
    expect(dry.stdout).toMatch(/Câu hỏi của người dân \(questions\)\s+2 chuyển, theo session/)
    expect(dry.stdout).toContain('ở lại trang lưu trữ / stays with the archived site: ')
    expect(dry.stdout).toContain('--dry-run')
    expect((await siteBySlug('xa-thach-ha')).status).toBe('active')
    expect((await find('legal-documents', `where[site][equals]=${into.id}`)).totalDocs).toBe(2)

    const run = await site(['merge', '--from', 'xa-thach-ha', '--into', 'xa-thach-lac'])
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toContain(`Đã sáp nhập xa-thach-ha vào xa-thach-lac: `)
    expect(run.stdout).toContain(`Tin tức: ${newsCount}`)
    expect(run.stdout).toContain('Văn bản pháp luật: 2 (+1 trùng)')
    expect(run.stdout).toContain('1 bản nháp chưa đủ thông tin')

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
      ['/tin-tuc/trang/2/', '/tin-tuc/'],
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

  /** The old URL on a's host answers 301 to `newPath` on b's, where the page is readable and shows `text`. */
  async function followed(oldPath: string, newPath: string, text: string) {
    const res = await server.request(host('xa-thach-ha'), oldPath)
    expect(res.status, oldPath).toBe(301)
    expect(res.headers.location, oldPath).toBe(portalUrl('xa-thach-lac', newPath))
    const page = await server.request(host('xa-thach-lac'), newPath)
    expect(page.status, newPath).toBe(200)
    expect(page.body, newPath).toContain(text)
    return page
  }

  it("moves the legal documents, procedures, consultations and dialogues too, each readable on b's portal once, old URLs 301", async () => {
    const from = await siteBySlug('xa-thach-ha')
    const into = await siteBySlug('xa-thach-lac')

    // Same number, other issuer: moved under a slug of its own; b's keeps its page.
    const sameNumber = (await server.api(`/api/legal-documents/${made.sameNumber.id}?depth=0`, { token: admin })).json()
    expect(sameNumber).toMatchObject({ site: into.id, _status: 'published', slug: `${made.bSameNumber.slug}-xa-thach-ha`, number: '15/QĐ-UBND' })
    await followed(`/van-ban/${made.bSameNumber.slug}/`, `/van-ban/${made.bSameNumber.slug}-xa-thach-ha/`, 'Ủy ban nhân dân xã Thạch Hà')
    expect((await server.request(host('xa-thach-lac'), `/van-ban/${made.bSameNumber.slug}/`)).body).toContain('Ủy ban nhân dân xã Thạch Lạc')
    // Editing it later keeps its slug (the number did not change).
    const edited = await server.api(`/api/legal-documents/${made.sameNumber.id}?depth=0`, { method: 'PATCH', token: admin, json: { summary: 'Quyết định ban hành quy chế làm việc (sửa)' } })
    expect(edited.status, edited.body).toBe(200)
    expect(edited.json().doc.slug).toBe(`${made.bSameNumber.slug}-xa-thach-ha`)

    // The identical document: b's copy is the one; a's stays archived, shared nowhere, and its URL leads to b's.
    expect((await find('legal-documents', `where[dedupeKey][equals]=${encodeURIComponent(made.bIdentical.dedupeKey)}&where[site][equals]=${into.id}`)).totalDocs).toBe(1)
    expect((await find('legal-documents', `where[site][equals]=${from.id}`)).docs.map((d) => d.id)).toEqual([made.identical.id])
    await followed(`/van-ban/${made.identical.slug}/`, `/van-ban/${made.bIdentical.slug}/`, 'Quyết định về chuyển đổi số cấp xã năm 2025')
    const list = (await server.request(host('xa-thach-lac'), '/van-ban/')).body
    expect(list.split(`/van-ban/${made.bIdentical.slug}/"`).length - 1).toBe(1)

    // The unfinished draft moved as a draft.
    expect((await server.api(`/api/legal-documents/${made.draftLegal.id}?depth=0&draft=true`, { token: admin })).json()).toMatchObject({ site: into.id, _status: 'draft' })
    expect((await find('legal-documents', `where[site][equals]=${into.id}&where[id][equals]=${made.draftLegal.id}`)).totalDocs).toBe(1)

    // Procedures: b's copy of the same code stays the only one; the others moved.
    const left = (await find('procedures', `where[site][equals]=${from.id}`)).docs
    expect(left.map((p) => p.code)).toEqual(['3.000210'])
    await followed('/thu-tuc-hanh-chinh/3-000210/', '/thu-tuc-hanh-chinh/3-000210/', 'Thạch Lạc')
    expect((await find('procedures', `where[site][equals]=${into.id}&where[code][equals]=3.000211`)).totalDocs).toBe(1)
    await followed('/thu-tuc-hanh-chinh/3-000211/', '/thu-tuc-hanh-chinh/3-000211/', '3.000211')

    // The consultation with its comments: b's moderators have them, the page shows the approved ones.
    const moderated = await find('consultation-comments', `where[consultation][equals]=${made.consultation.id}`)
    expect(moderated.docs.map((c) => c.site)).toEqual(comments.map(() => into.id))
    const consultation = await followed(`/gop-y-du-thao/${made.consultation.slug}/`, `/gop-y-du-thao/${made.consultation.slug}/`, 'Ý kiến của Trần Văn Góp')
    expect(consultation.body).not.toContain('Người Chờ Duyệt')
    // Commenters' emails are personal data (the consultation's official contact address is public).
    for (const email of ['approved.0@example.vn', 'approved.1@example.vn', 'pending.2@example.vn']) expect(consultation.body).not.toContain(email)

    // The archived dialogue with its questions.
    const questions = await find('questions', `where[session][equals]=${made.session.id}`)
    expect(questions.docs.map((q) => q.site)).toEqual([into.id, into.id])
    expect((await server.api(`/api/dialogue-sessions/${made.session.id}?depth=0`, { token: admin })).json()).toMatchObject({ site: into.id, state: 'archived' })
    const session = await followed(`/doi-thoai/${made.session.slug}/`, `/doi-thoai/${made.session.slug}/`, answerText)
    expect(session.body).not.toContain('Câu hỏi chưa duyệt.')

    // Nothing else is left on the archived site but its menus and what b already had.
    for (const collection of ['news', 'pages', 'media', 'legal-files', 'consultations', 'consultation-comments', 'dialogue-sessions', 'questions']) {
      expect((await find(collection, `where[site][equals]=${from.id}`)).totalDocs, collection).toBe(0)
    }
    const categoriesLeft = (await find('categories', `where[site][equals]=${from.id}`)).docs
    const categoriesOfB = new Set((await find('categories', `where[site][equals]=${into.id}`)).docs.flatMap((c) => [c.slug, c.section]))
    expect(categoriesLeft.every((c) => categoriesOfB.has(c.slug) || categoriesOfB.has(c.section))).toBe(true)
  }, 120_000)
})

describe('npm run site -- retire', () => {
  const notice = ['--notice', 'Sở Nội vụ đã hợp nhất vào Văn phòng Ủy ban nhân dân tỉnh.', '--notice-en', 'The department has joined the Office of the Provincial People’s Committee.']
  const decree = async (site: string) =>
    server.api('/api/legal-documents?depth=0', {
      method: 'POST',
      token: admin,
      json: { number: '8/QĐ-SNV', documentType: 'quyet-dinh', summary: 'Quyết định về công tác cán bộ', issuingBody: 'Sở Nội vụ tỉnh Thử Nghiệm', issueDate: '2025-04-01T00:00:00.000Z', site: (await siteBySlug(site)).id, _status: 'published' },
    })

  it('shows the plan with --dry-run and changes nothing', async () => {
    expect((await decree('so-noi-vu-thu-nghiem')).status).toBe(201)
    // While the department is live, its document cannot be entered again elsewhere.
    const again = await decree('tinh-thu-nghiem')
    expect(again.status).toBe(400)
    expect(again.body).toContain('đã có trên cổng')
    const dry = await site(['retire', '--slug', 'so-noi-vu-thu-nghiem', ...notice, '--dry-run'])
    expect(dry.code, dry.stderr).toBe(0)
    expect(dry.stdout).toContain('Ngừng hoạt động "Sở Nội vụ tỉnh Thử Nghiệm" (so-noi-vu-thu-nghiem)')
    expect(dry.stdout).toContain('hiện thông báo ngừng hoạt động (HTTP 410')
    expect(dry.stdout).toMatch(/Văn bản pháp luật \(legal-documents\): 1 giữ trong CMS, không còn hiện trên cổng, 1 đang xuất bản/)
    expect(dry.stdout).toContain('xây dựng lại cổng cấp trên / parent portals rebuilt: tinh-thu-nghiem')
    expect(dry.stdout).toContain('Chạy thử (--dry-run): không thay đổi gì')
    expect((await siteBySlug('so-noi-vu-thu-nghiem')).status).toBe('active')
  })

  it('archives a portal whose hosts then show a notice (410, noindex) or redirect (301)', async () => {
    const [retired, redirect, refused] = await Promise.all([
      site(['retire', '--slug', 'so-noi-vu-thu-nghiem', ...notice]),
      site(['retire', '--slug', 'xa-thu-1', '--redirect-to', 'https://thunghiem.gov.vn/']),
      site(['retire', '--slug', 'tinh-thu-nghiem']),
    ])
    expect(retired.code, retired.stderr).toBe(0)
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

  it("lets a live portal enter a document of a retired portal: the archived copy no longer counts as the platform's", async () => {
    const entered = await decree('tinh-thu-nghiem')
    expect(entered.status, entered.body).toBe(201)
  })

  it('never leaves a redirect chain ending in 410: retiring a merge target needs --redirect-to, which its merged portals then point at directly', async () => {
    const merged = await site(['merge', '--from', 'xa-thu-2', '--into', 'xa-thu-3', '--no-build'])
    expect(merged.code, merged.stdout + merged.stderr).toBe(0)
    const [withNotice, toArchived, intoArchived] = await Promise.all([
      site(['retire', '--slug', 'xa-thu-3', '--notice', 'Xã đã sáp nhập.']),
      site(['retire', '--slug', 'xa-thu-3', '--redirect-to', 'http://xathu2.thunghiem.gov.vn/']),
      site(['merge', '--from', 'xa-thu-4', '--into', 'xa-thu-2', '--dry-run']),
    ])
    expect(withNotice.code).toBe(2)
    expect(withNotice.stderr).toContain('"xa-thu-2" đã sáp nhập vào "xa-thu-3"')
    expect(toArchived.code).toBe(2)
    expect(toArchived.stderr).toContain('trỏ tới cổng "xa-thu-2" đã lưu trữ; hãy trỏ tới cổng "xa-thu-3"')
    expect(intoArchived.code).toBe(2)
    expect(intoArchived.stderr).toContain('"xa-thu-2" đã lưu trữ')
    expect((await siteBySlug('xa-thu-3')).status).toBe('active')

    const from = await siteBySlug('xa-thu-2')
    const before = await find('redirects', `where[fromSite][equals]=${from.id}&limit=500`)
    expect(before.docs.every((r) => r.toUrl.startsWith(portalUrl('xa-thu-3')))).toBe(true)
    const dry = await site(['retire', '--slug', 'xa-thu-3', '--redirect-to', 'https://thunghiem.gov.vn/', '--dry-run'])
    expect(dry.code, dry.stderr).toBe(0)
    expect(dry.stdout).toContain(`${before.totalDocs} chuyển hướng cũ trỏ vào xa-thu-3 sẽ trỏ thẳng tới https://thunghiem.gov.vn/`)
    const run = await site(['retire', '--slug', 'xa-thu-3', '--redirect-to', 'https://thunghiem.gov.vn/'])
    expect(run.code, run.stderr).toBe(0)
    const after = await find('redirects', `where[fromSite][equals]=${from.id}&limit=500`)
    expect(after.totalDocs).toBe(before.totalDocs)
    expect(after.docs.every((r) => r.toUrl === 'https://thunghiem.gov.vn/')).toBe(true)
    const res = await eventually(async () => {
      const r = await server.request('xathu2.thunghiem.gov.vn', '/gioi-thieu/')
      return r.headers.location === 'https://thunghiem.gov.vn/' ? r : undefined
    }, 'the merged portal to redirect to the retirement URL')
    expect(res.status).toBe(301)
    expect((await server.request('xathu2.thunghiem.gov.vn', '/khong-co/')).headers.location).toBe('https://thunghiem.gov.vn/')
  }, 420_000)
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
    const page = await server.api('/admin/tao-cong-moi', { headers: { cookie: `payload-token=${admin}`, 'sec-fetch-site': 'same-origin' } })
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
    writeLocalPortalsConf(dir, { sitesDir: server.sitesDir, upstream: `http://127.0.0.1:${server.port}`, port, platformPort: cmsPort })
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
