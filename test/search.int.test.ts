/**
 * Search on a real server with the embedded index: what editors publish is found through the
 * public API within seconds and disappears when unpublished, deleted or its portal is archived;
 * drafts and citizens' contact details are never found; site scope vs all portals; the API's
 * validation; and the portal's own search page, without JavaScript.
 */
import { spawn } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Reply, SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'

let server: TestServer
let admin: string
const ids: Record<string, number> = {}

const host = (slug: string) => `${slug}.localhost:${server.port}`
const search = (query: string, slug: string | null = 'ha-tinh') =>
  slug ? server.request(host(slug), `/api/public/search?${query}`) : server.api(`/api/public/search?${query}`)
const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`

async function publishNews(site: string, title: string, summary: string, status: 'published' | 'draft' = 'published'): Promise<number> {
  const res = await server.api('/api/news?depth=0', { method: 'POST', token: admin, json: { title, summary, site: ids[site], _status: status } })
  expect(res.status, res.body).toBe(201)
  return res.json().doc.id
}

/** Poll the API until `check` holds for its answer (the sync job has run). */
const until = (query: string, slug: string | null, check: (body: any) => boolean, what: string, ms = 8000) => // eslint-disable-line @typescript-eslint/no-explicit-any
  waitFor<any>(async () => { // eslint-disable-line @typescript-eslint/no-explicit-any
    const res = await search(query, slug)
    return res.status === 200 && check(res.json()) ? res.json() : undefined
  }, ms, what)

const errorFields = (res: Reply) => res.json().errors.map((e: { field: string }) => e.field)

beforeAll(async () => {
  server = await startServer({ TRUST_PROXY: 'true' })
  admin = (await server.api('/api/users/login', { method: 'POST', json: { email: 'admin@cong.gov.vn', password: SEED_PASSWORD } })).json().token
  for (const slug of ['ha-tinh', 'so-khcn-ha-tinh', 'xa-thach-ha']) {
    ids[slug] = (await server.api(`/api/sites?where[slug][equals]=${slug}&depth=0`, { token: admin })).json().docs[0].id
  }
  // The seeded content is indexed at first start (empty index → one sync job per portal); the
  // first builds run meanwhile. Timings below are measured on a settled server.
  await waitFor(async () => {
    const { searchIndex, buildQueue } = (await server.api('/healthz')).json()
    return searchIndex.documents > 0 && searchIndex.queued === 0 && buildQueue.queued === 0 && buildQueue.running === 0 ? true : undefined
  }, 120_000, 'the seeded content to be indexed and the first builds to finish')
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

describe('sync', () => {
  let newsId: number

  it('finds a news item within seconds of publishing, with its portal URL, site name and highlighted snippet', async () => {
    const started = Date.now()
    newsId = await publishNews('ha-tinh', 'Lễ hội bưởi Phúc Trạch kiểm thử', 'Nông dân Hương Khê giới thiệu giống bưởi đặc sản tại lễ hội kiểm thử.')
    const body = await until(q('bưởi Phúc Trạch'), 'ha-tinh', (b) => b.hits.some((h: { title: string }) => h.title.includes('kiểm thử')), 'the news to be found')
    expect(Date.now() - started).toBeLessThan(5000)
    const hit = body.hits.find((h: { title: string }) => h.title.includes('kiểm thử'))
    expect(hit).toMatchObject({ type: 'news', site: 'ha-tinh' })
    expect(hit.url).toMatch(new RegExp(`^http://ha-tinh\\.localhost:${server.port}/tin-tuc/[a-z0-9-]+/$`))
    expect(hit.siteName).toMatch(/Hà Tĩnh/)
    expect(hit.titleHtml).toContain('<mark>')
    expect(typeof hit.date).toBe('string')
    expect(body.facets.type.news).toBeGreaterThan(0)
    expect(typeof body.took).toBe('number')
    // Also without diacritics, as citizens often type.
    expect((await search(q('buoi phuc trach'))).json().hits.some((h: { title: string }) => h.title.includes('kiểm thử'))).toBe(true)
  })

  it('drops it when unpublished, finds it again when republished, drops it when deleted', async () => {
    const off = await server.api(`/api/news/${newsId}/workflow`, { method: 'POST', token: admin, json: { action: 'unpublish', comment: 'Kiểm thử gỡ bài.' } })
    expect(off.status, off.body).toBe(200)
    await until(q('bưởi Phúc Trạch kiểm thử'), 'ha-tinh', (b) => !b.hits.some((h: { title: string }) => h.title.includes('kiểm thử')), 'the unpublished news to be gone')
    const on = await server.api(`/api/news/${newsId}?depth=0`, { method: 'PATCH', token: admin, json: { _status: 'published' } })
    expect(on.status, on.body).toBe(200)
    await until(q('bưởi Phúc Trạch kiểm thử'), 'ha-tinh', (b) => b.hits.some((h: { title: string }) => h.title.includes('kiểm thử')), 'the republished news')
    expect((await server.api(`/api/news/${newsId}`, { method: 'DELETE', token: admin })).status).toBe(200)
    await until(q('bưởi Phúc Trạch kiểm thử'), 'ha-tinh', (b) => !b.hits.some((h: { title: string }) => h.title.includes('kiểm thử')), 'the deleted news to be gone')
  })

  it("never finds another portal's draft, nor a draft edit of a published item", async () => {
    await publishNews('so-khcn-ha-tinh', 'Bản nháp quỹ đổi mới sáng tạo Zorvakim', 'Chưa được duyệt, Zorvakim.', 'draft')
    const published = await publishNews('so-khcn-ha-tinh', 'Hội thảo ươm tạo Quelbrin', 'Hội thảo ươm tạo doanh nghiệp khởi nghiệp Quelbrin.')
    await until(q('Quelbrin', '&scope=all'), null, (b) => b.total === 1, 'the published news')
    const draftEdit = await server.api(`/api/news/${published}?draft=true&depth=0`, { method: 'PATCH', token: admin, json: { title: 'Hội thảo ươm tạo Quelbrin Vextromal (bản nháp)' } })
    expect(draftEdit.status, draftEdit.body).toBe(200)
    // A later sync proves the queue has moved past both saves.
    await publishNews('so-khcn-ha-tinh', 'Tin mốc Plovinart', 'Tin mốc Plovinart.')
    await until(q('Plovinart', '&scope=all'), null, (b) => b.total === 1, 'the marker news')
    for (const word of ['Zorvakim', 'Vextromal']) {
      for (const slug of [null, 'ha-tinh', 'so-khcn-ha-tinh']) expect((await search(q(word, '&scope=all'), slug)).json().total, word).toBe(0)
    }
  })

  it('keeps a question to its public text and answer: no email, phone or address is indexed or returned', async () => {
    const secret = { email: 'zqpiimail@example.org', phone: '0912345678', address: 'Số 9 ngõ Xuvremka, xã Thạch Hà' }
    const sent = await server.request(host('ha-tinh'), '/api/public/questions', {
      method: 'POST',
      headers: { 'x-forwarded-for': '198.51.100.77' },
      json: { name: 'Nguyễn Thị Plimzor', ...secret, text: 'Xin hỏi thủ tục đăng ký nuôi ong Trigona lấy mật cần giấy tờ gì?', consent: 'on' },
    })
    expect(sent.status, sent.body).toBe(202)
    const found = await server.api(`/api/questions?where[receiptCode][equals]=${sent.json().receiptCode}&depth=0`, { token: admin })
    const id = found.json().docs[0].id
    const answered = await server.api(`/api/questions/${id}/moderate`, { method: 'POST', token: admin, json: { action: 'answer', text: 'Ông bà liên hệ Phòng Nông nghiệp để đăng ký nuôi ong Trigona.', publish: true } })
    expect(answered.status, answered.body).toBe(200)
    const body = await until(q('nuôi ong Trigona'), 'ha-tinh', (b) => b.total > 0, 'the answered question')
    const hit = body.hits[0]
    expect(hit.type).toBe('question')
    expect(hit.url).toContain('/hoi-dap-truc-tuyen/#cau-hoi-')
    const text = JSON.stringify(body)
    for (const value of [secret.email, secret.phone, 'Xuvremka', 'Plimzor']) expect(text).not.toContain(value)
    for (const value of ['zqpiimail', secret.phone, 'Xuvremka', 'Plimzor', 'tranvanbinh']) {
      expect((await search(q(value, '&scope=all'), null)).json().total, value).toBe(0)
    }
    const seeded = (await search(q('nộp hồ sơ cấp giấy phép xây dựng nhà ở qua mạng', '&type=question'))).json()
    expect(seeded.total).toBeGreaterThan(0)
    expect(JSON.stringify(seeded)).not.toMatch(/tranvanbinh|Trần Văn Bình/)
  })
})

describe('scope', () => {
  it('searches the asking portal only by default, every portal with scope=all', async () => {
    await publishNews('ha-tinh', 'Ngày hội chuyển đổi số Brantivel', 'Ngày hội Brantivel của tỉnh.')
    await until(q('Brantivel'), 'ha-tinh', (b) => b.total === 1, 'the news on its own portal')
    const own = (await search(q('Brantivel'), 'so-khcn-ha-tinh')).json()
    expect(own).toMatchObject({ total: 0, scope: 'site', site: 'so-khcn-ha-tinh' })
    const all = (await search(q('Brantivel', '&scope=all'), 'so-khcn-ha-tinh')).json()
    expect(all.total).toBe(1)
    expect(all.hits[0].url).toContain(`//ha-tinh.localhost:${server.port}/`)
    expect(all.facets.site).toEqual({ 'ha-tinh': 1 })
    // On the platform host a site is named, or every portal is searched.
    expect((await search(q('Brantivel', '&site=so-khcn-ha-tinh'), null)).json().total).toBe(0)
    expect((await search(q('Brantivel'), null)).json().total).toBe(1)
  })

  it('removes an archived portal from every search, and its host answers no searches', async () => {
    await publishNews('xa-thach-ha', 'Phiên chợ nông sản Gravelund', 'Phiên chợ Gravelund của xã.')
    await until(q('Gravelund', '&scope=all'), null, (b) => b.total === 1, 'the commune news')
    const before = (await server.api('/healthz')).json().searchIndex.documents as number
    const archived = await server.api(`/api/sites/${ids['xa-thach-ha']}?depth=0`, { method: 'PATCH', token: admin, json: { status: 'archived' } })
    expect(archived.status, archived.body).toBe(200)
    // Filtered out at once (scope=all names the active portals), and removed by its sync job.
    await until(q('Gravelund', '&scope=all'), null, (b) => b.total === 0, 'the archived portal to be gone', 3000)
    expect((await search(q('Gravelund', '&site=xa-thach-ha'), null)).status).toBe(404)
    expect((await search(q('Gravelund'), 'xa-thach-ha')).status).toBe(404)
    // The sync job removed the portal's documents from the index itself.
    await waitFor(async () => {
      const { searchIndex } = (await server.api('/healthz')).json()
      return searchIndex.documents < before ? true : undefined
    }, 8000, 'the sync job to remove the archived portal')
  })
})

describe('GET /api/public/search validation', () => {
  it('refuses bad parameters with 400 and a Vietnamese and English message naming them', async () => {
    const cases: [string, string][] = [
      ['q=a&scope=everywhere', 'scope'],
      ['q=a&type=video', 'type'],
      ['q=a&page=0', 'page'],
      ['q=a&page=abc', 'page'],
      ['q=a&year=20x5', 'year'],
      ['q=a&perPage=500', 'perPage'],
      ['q=a&sort=random', 'sort'],
      [`q=${'a'.repeat(501)}`, 'q'],
      ['q=a&q=b', 'q'],
    ]
    for (const [query, field] of cases) {
      const res = await search(query)
      expect(res.status, query).toBe(400)
      expect(errorFields(res), query).toContain(field)
      for (const e of res.json().errors) expect(e.message).toContain(' / ')
    }
    const unknown = await search('q=a&site=khong-co-cong-nay', null)
    expect(unknown.status).toBe(404)
    expect(errorFields(unknown)).toEqual(['site'])
    const needsSite = await search('q=a&scope=site', null)
    expect(needsSite.status).toBe(400)
    expect(errorFields(needsSite)).toEqual(['site'])
  })

  it('answers an empty query with the newest documents, accepts the legal list filters, and is cacheable briefly', async () => {
    const empty = await search('q=')
    expect(empty.status).toBe(200)
    expect(empty.json().total).toBeGreaterThan(0)
    expect(empty.headers['cache-control']).toMatch(/max-age=\d+/)
    const legal = await search('q=&type=legal&field=&issuer=&year=&status=&sort=newest', 'bo-khcn')
    expect(legal.status, legal.body).toBe(200)
    expect(legal.json().hits.every((h: { type: string }) => h.type === 'legal')).toBe(true)
    expect(legal.json().total).toBeGreaterThan(0)
    const dates = legal.json().hits.map((h: { date: string }) => h.date)
    expect([...dates].sort().reverse()).toEqual(dates)
    // The document type of the legal list's form narrows to that type, with its facet counted.
    const decrees = await search('q=&type=legal&doctype=nghi-dinh&sort=newest', 'bo-khcn')
    expect(decrees.status, decrees.body).toBe(200)
    const decreeHits = decrees.json().hits as { doctype?: string; number?: string }[]
    expect(decrees.json().total).toBeGreaterThan(0)
    expect(decrees.json().total).toBeLessThan(legal.json().total)
    expect(decreeHits.every((h) => h.doctype === 'nghi-dinh' && /NĐ-CP/.test(h.number ?? ''))).toBe(true)
    expect(legal.json().facets.doctype['nghi-dinh']).toBe(decrees.json().total)
    const unknown = await search('q=&doctype=nghi-dinh-gia', 'bo-khcn')
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(unknown.json())).toContain('doctype')
  })

  it('finds what other portals share with a portal in its own scope, and keeps it in its legal list\'s filtered search', async () => {
    // ha-tinh holds no legal document: the ministry's, shared with it, are found in its own scope,
    // once each and under the ministry (its portal)…
    const own = await search('q=&type=legal&sort=newest', 'ha-tinh')
    expect(own.json().total).toBeGreaterThan(0)
    expect(own.json().hits.every((h: { site: string }) => h.site === 'bo-khcn')).toBe(true)
    const decree = await search(q('42/2022/NĐ-CP', '&type=legal'), 'ha-tinh')
    expect(decree.json().hits[0]).toMatchObject({ number: '42/2022/NĐ-CP', site: 'bo-khcn' })
    // …and lead to the portal's own copy of the document, where the citizen is reading.
    expect(decree.json().hits[0].url).toBe(`http://${host('ha-tinh')}/van-ban/42-2022-nd-cp/`)
    // The /van-ban/ filter form searches the portal's own scope, which includes them.
    const page = await server.request(host('ha-tinh'), '/tim-kiem/?q=&type=legal&doctype=nghi-dinh&field=&issuer=&year=&status=&sort=newest')
    expect(page.status).toBe(200)
    expect(page.body).toMatch(/Tìm thấy <strong>[1-9]\d*<\/strong> kết quả/)
    // An explicit list of portals (API) widens a portal's scope; bad slugs are refused.
    const widened = await search('q=&type=legal&sites=ha-tinh&sites=bo-khcn', 'ha-tinh')
    expect(widened.json().total).toBeGreaterThanOrEqual(own.json().total)
    expect((await search('q=&sites=Bo%20KHCN', 'ha-tinh')).status).toBe(400)
  })
})

describe('portal search page /tim-kiem/', () => {
  it('renders hits with highlighted matches, facets and the scope switch in the portal chrome, without JavaScript', async () => {
    const res = await server.request(host('ha-tinh'), `/tim-kiem/?${q('chuyển đổi số')}`)
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/html/)
    const html = res.body
    expect(html).toMatch(/<html lang="vi"/)
    expect(html).toContain('<mark>')
    expect(html).toContain('action="/tim-kiem/"')
    expect(html).toContain('Chỉ cổng này')
    expect(html).toContain('Tất cả các cổng')
    expect(html).toContain('Lọc kết quả')
    expect(html).toMatch(/Tìm thấy <strong>\d+<\/strong> kết quả/)
    // The portal's own chrome (its name in the header), and no script but the display preferences.
    expect(html).toMatch(/brand__name">[^<]*Hà Tĩnh/)
    expect((html.match(/<script/g) ?? []).length).toBeLessThanOrEqual(1)
  })

  it('offers a correction and the other portals when nothing is found, and shows a form for an empty query', async () => {
    const none = await server.request(host('ha-tinh'), `/tim-kiem/?${q('Qwxzyvbk')}`)
    expect(none.status).toBe(200)
    expect(none.body).toContain('Không tìm thấy kết quả nào')
    expect(none.body).toContain('scope=all')
    const typo = (await search(q('chuyen doi sso'))).json()
    expect(typo).toMatchObject({ total: 0, suggestion: 'chuyển đổi số' })
    const page = await server.request(host('ha-tinh'), `/tim-kiem/?${q('chuyen doi sso')}`)
    expect(page.body).toContain('Có phải bạn muốn tìm')
    expect(page.body).toContain(`href="/tim-kiem/?${q('chuyển đổi số').replace(/%20/g, '+')}"`)
    const empty = await server.request(host('ha-tinh'), '/tim-kiem/')
    expect(empty.status).toBe(200)
    expect(empty.body).toContain('id="tu-khoa"')
    expect(empty.body).not.toContain('class="search-hits"')
  })

  it('accepts the legal list filters, shows them with remove links, and explains a bad parameter with 400', async () => {
    const res = await server.request(host('bo-khcn'), '/tim-kiem/?q=&type=legal&field=&issuer=&year=&status=con-hieu-luc&sort=newest')
    expect(res.status).toBe(200)
    expect(res.body).toContain('Còn hiệu lực')
    expect(res.body).toContain('Bỏ lọc')
    expect(res.body).toContain('name="status" value="con-hieu-luc"')
    const decrees = await server.request(host('bo-khcn'), '/tim-kiem/?q=&type=legal&doctype=nghi-dinh&field=&issuer=&year=&status=&sort=newest')
    expect(decrees.status).toBe(200)
    expect(decrees.body).toContain('name="doctype" value="nghi-dinh"')
    expect(decrees.body).toMatch(/Loại văn bản[\s\S]*Nghị định/)
    const bad = await server.request(host('ha-tinh'), '/tim-kiem/?q=a&page=0')
    expect(bad.status).toBe(400)
    expect(bad.body).toContain('Trang (page)')
  })
})

describe('npm run reindex', () => {
  /** The command as central IT runs it next to the server (same data folder). */
  const reindex = (...args: string[]) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'cms/src/cli/reindex.ts', ...args], {
        env: { ...process.env, NODE_ENV: 'production', ...server.env, PORT: String(server.port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let out = ''
      child.stdout.on('data', (c: Buffer) => (out += c.toString()))
      child.stderr.on('data', (c: Buffer) => (out += c.toString()))
      child.once('exit', (code) => resolve({ code, out }))
    })

  it('refuses while the server holds the embedded index, naming it, and --queue has the server re-sync', async () => {
    const refused = await reindex()
    expect(refused.code).toBe(2)
    expect(refused.out).toMatch(new RegExp(`tiến trình \\d+ \\(server :${server.port}\\)`))
    expect(refused.out).toContain('--queue')
    const queued = await reindex('--queue', '--site', 'ha-tinh')
    expect(queued.code, queued.out).toBe(0)
    expect(queued.out).toContain('1 portal(s) queued')
    await waitFor(async () => ((await server.api('/healthz')).json().searchIndex.queued === 0 ? true : undefined), 10_000, 'the re-sync')
    expect((await search(q('Brantivel'))).json().total).toBe(1)
    expect((await reindex('--site', 'khong-co')).code).toBe(2)
  }, 60_000)
})
