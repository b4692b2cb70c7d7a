/**
 * Legal documents, procedures and draft consultations on the built portals, from the seeded
 * server: the document list pages by 20, a document shows its metadata and both directions of a
 * relation, its file downloads from the portal's own host, a procedure is laid out like the
 * national portal, and the comment form of a consultation works as a plain form post (accepted,
 * refused with the errors next to the fields, or refused after the deadline with nothing stored).
 * No commenter's email or phone number reaches any built file.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedConsultations } from '../seed/data/consultations'
import { httpRequest, type Reply, SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'

let server: TestServer
let adminToken: string
let address = 0

const host = (site: string) => `${site}.localhost:${server.port}`
const portal = (site: string, urlPath: string) => server.request(host(site), urlPath)
const from = () => ({ 'x-forwarded-for': `198.51.100.${++address}` })

/** What a browser sends for the portal's `<form method="post">`, to the portal's own host. */
function postForm(site: string, action: string, fields: Record<string, string>): Promise<Reply> {
  return httpRequest(server.port, host(site), action, { method: 'POST', form: fields, headers: from() })
}

const rows = (html: string) => (html.match(/<tr>\s*<th scope="row">/g) ?? []).length

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
}

const OPEN = seedConsultations.find((c) => c.site === 'ha-tinh')!
const CLOSED = seedConsultations.find((c) => c.site === 'bo-khcn')!

beforeAll(async () => {
  server = await startServer({ TRUST_PROXY: 'true' })
  const login = await server.api('/api/users/login', { method: 'POST', json: { email: 'admin@cong.gov.vn', password: SEED_PASSWORD } })
  adminToken = login.json().token
  await waitForIdleBuilds()
  for (const [site, page] of [['bo-khcn', '/gop-y-du-thao/'], ['ha-tinh', '/gop-y-du-thao/'], ['so-khcn-ha-tinh', '/thu-tuc-hanh-chinh/']] as const) {
    await waitFor(async () => ((await portal(site, page)).status === 200 ? true : undefined), 120_000, `the legal pages of ${site}`)
  }
}, 360_000)

/** Until no build is queued or running (a release being written is not read half-way). */
async function waitForIdleBuilds(): Promise<void> {
  await waitFor(
    async () => {
      const health = (await server.api('/healthz')).json<{ buildQueue: { queued: number; running: number } }>()
      return health.buildQueue.queued + health.buildQueue.running === 0 ? true : undefined
    },
    180_000,
    'an idle build queue',
  )
}

afterAll(async () => {
  await server?.stop()
})

describe('legal documents on the portal', () => {
  it('lists 20 documents a page, newest first, with further pages', async () => {
    const first = await portal('bo-khcn', '/van-ban/')
    expect(first.status).toBe(200)
    expect(rows(first.body)).toBe(20)
    expect(first.body).toContain('href="/van-ban/trang/2/"')
    const second = await portal('bo-khcn', '/van-ban/trang/2/')
    expect(second.status).toBe(200)
    expect(rows(second.body)).toBeGreaterThan(0)
    const total = Number(/\((\d+) văn bản\)/.exec(first.body)?.[1])
    expect(total).toBeGreaterThanOrEqual(40)
    const dates = [...first.body.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]!)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(first.body).toMatch(/<form[^>]*method="get"[^>]*action="\/tim-kiem\/"/)
  })

  it('shows a replaced decree as replaced, by whom, and the replacing decree the other way', async () => {
    const old = await portal('bo-khcn', '/van-ban/43-2011-nd-cp/')
    expect(old.status).toBe(200)
    expect(old.body).toContain('Hết hiệu lực toàn bộ')
    expect(old.body).toContain('Bị thay thế bởi')
    expect(old.body).toMatch(/href="\/van-ban\/42-2022-nd-cp\/">42\/2022\/NĐ-CP/)
    const current = await portal('bo-khcn', '/van-ban/42-2022-nd-cp/')
    expect(current.body).toContain('<dt>Số ký hiệu</dt><dd>42/2022/NĐ-CP</dd>')
    expect(current.body).toContain('Vũ Đức Đam')
    expect(current.body).toMatch(/<h3[^>]*>Thay thế<\/h3>/)
    expect(current.body).toMatch(/href="\/van-ban\/43-2011-nd-cp\/">43\/2011\/NĐ-CP/)
  })

  it('serves the attached files from the portal host', async () => {
    const page = (await portal('bo-khcn', '/van-ban/42-2022-nd-cp/')).body
    const href = /href="(\/tep\/[^"]+)"/.exec(page)?.[1]
    expect(href, 'a file link on the page').toBeDefined()
    const file = await portal('bo-khcn', href!)
    expect(file.status).toBe(200)
    expect(file.headers['content-type']).toContain('application/pdf')
    expect(file.body.startsWith('%PDF')).toBe(true)
    // The release checks of the build see the files too: no link of the portal is broken.
    const site = (await server.api('/api/sites?where[slug][equals]=bo-khcn&depth=0')).json().docs[0].id
    const builds = await server.api(`/api/builds?where[site][equals]=${site}&where[status][equals]=succeeded&sort=-finishedAt&limit=1&depth=0`, { token: adminToken })
    const latest = builds.json().docs[0] as { checks: { links: { broken: number }; a11y: { issues: number } } | null }
    expect(latest.checks?.links.broken).toBe(0)
    expect(latest.checks?.a11y.issues).toBe(0)
  })

  it('shows documents the ministry shares with the province on the province portal', async () => {
    const list = await portal('ha-tinh', '/van-ban/')
    expect(list.status).toBe(200)
    expect(list.body).toContain('42/2022/NĐ-CP')
  })
})

describe('procedures on the portal', () => {
  it('lays a procedure out in the sections of the national public service portal', async () => {
    const catalogue = await portal('so-khcn-ha-tinh', '/thu-tuc-hanh-chinh/')
    expect(catalogue.status).toBe(200)
    const href = /<th scope="row"><a href="(\/thu-tuc-hanh-chinh\/[^"]+\/)">/.exec(catalogue.body)?.[1]
    expect(href).toBeDefined()
    const detail = await portal('so-khcn-ha-tinh', href!)
    expect(detail.status).toBe(200)
    for (const heading of ['Trình tự thực hiện', 'Cách thức thực hiện', 'Thành phần hồ sơ', 'Đối tượng thực hiện', 'Cơ quan thực hiện', 'Kết quả thực hiện', 'Căn cứ pháp lý', 'Yêu cầu, điều kiện thực hiện']) {
      expect(detail.body, heading).toContain(`>${heading}</`)
    }
    expect(detail.body).toContain('<th scope="col">Hình thức nộp</th>')
    expect(detail.body).toContain('https://dichvucong.gov.vn/')
  })
})

describe('draft consultations on the portal', () => {
  const countComments = async (id: number | string) =>
    (await server.api(`/api/consultation-comments?where[consultation][equals]=${id}&limit=0`, { token: adminToken })).json().totalDocs as number
  const idOf = async (slug: string) => (await server.api(`/api/consultations?where[slug][equals]=${slug}&depth=0`)).json().docs[0].id as number

  it('takes a comment from the form without JavaScript and lands on the page telling its receipt', async () => {
    const pagePath = `/gop-y-du-thao/${OPEN.slug}/`
    const page = await portal('ha-tinh', pagePath)
    expect(page.status).toBe(200)
    const action = /<form[^>]*method="post"[^>]*action="([^"]+)"/.exec(page.body)?.[1]
    const returnTo = /name="returnTo" value="([^"]+)"/.exec(page.body)?.[1]
    expect(action).toMatch(/^\/api\/public\/consultations\/\d+\/comments$/)
    expect(returnTo).toBe(`http://${host('ha-tinh')}${pagePath}`)
    const id = await idOf(OPEN.slug)
    const before = await countComments(id)
    const res = await postForm('ha-tinh', action!, { name: 'Võ Thị Thu', email: 'thu.vo@example.vn', organisation: '', article: 'Điều 5', comment: 'Đề nghị nêu rõ thời hạn cập nhật thông tin.', website: '', returnTo: returnTo! })
    expect(res.status).toBe(303)
    const back = new URL(res.headers.location!)
    expect(back.pathname).toBe(`${pagePath}bien-nhan/`)
    const receipt = back.searchParams.get('ma')
    expect(receipt).toMatch(/^GY-/)
    expect(await countComments(id)).toBe(before + 1)
    // The page it lands on is the consultation's, telling the receipt (no JavaScript needed).
    const landed = await portal('ha-tinh', `${back.pathname}${back.search}`)
    expect(landed.status).toBe(200)
    expect(landed.body).toContain(`Đã nhận góp ý của bạn, mã biên nhận ${receipt}.`)
  })

  it('answers a refused form post with the page again, the errors next to each field and the text kept', async () => {
    const pagePath = `/gop-y-du-thao/${OPEN.slug}/`
    const page = (await portal('ha-tinh', pagePath)).body
    const action = /<form[^>]*method="post"[^>]*action="([^"]+)"/.exec(page)![1]!
    const res = await postForm('ha-tinh', action, { name: 'Võ Thị Thu', email: 'khong-hop-le', comment: 'Ngắn', website: '', returnTo: `http://${host('ha-tinh')}${pagePath}` })
    expect(res.status).toBe(400)
    expect(res.headers['content-type']).toContain('text/html')
    expect(res.body).toMatch(/id="gy-email-error"[^>]*>.*Thư điện tử không đúng định dạng/s)
    expect(res.body).toMatch(/id="gy-comment-error"[^>]*>.*Nội dung góp ý cần ít nhất 10 ký tự/s)
    expect(res.body).toContain('value="khong-hop-le"')
    expect(res.body).toMatch(/id="gy-email"[^>]*aria-invalid="true"/)
  })

  it('shows a closed consultation without the form, with its handling summary, and refuses late comments storing nothing', async () => {
    const pagePath = `/gop-y-du-thao/${CLOSED.slug}/`
    const page = await portal('bo-khcn', pagePath)
    expect(page.status).toBe(200)
    // No comment form (the page keeps its form to subscribe to updates).
    expect(page.body).not.toMatch(/<form[^>]*action="[^"]*\/api\/public\/consultations\/\d+\/comments"/)
    expect(page.body).toContain('Đã hết thời hạn góp ý')
    expect(page.body).toContain('Báo cáo tổng hợp, tiếp thu, giải trình ý kiến')
    expect(page.body).toContain('Nguyễn Thị Lan')
    const id = await idOf(CLOSED.slug)
    const before = await countComments(id)
    const res = await postForm('bo-khcn', `/api/public/consultations/${id}/comments`, { name: 'Người Gửi Muộn', email: 'muon@example.vn', comment: 'Góp ý gửi sau hạn cuối.', website: '', returnTo: `http://${host('bo-khcn')}${pagePath}` })
    expect(res.status).toBe(409)
    expect(res.body).toContain('Đã hết thời hạn góp ý')
    expect(await countComments(id)).toBe(before)
  })

  it('lists open and closed consultations', async () => {
    const list = await portal('ha-tinh', '/gop-y-du-thao/')
    expect(list.body).toContain(`href="/gop-y-du-thao/${OPEN.slug}/"`)
    const closed = await portal('bo-khcn', '/gop-y-du-thao/da-ket-thuc/')
    expect(closed.body).toContain(`href="/gop-y-du-thao/${CLOSED.slug}/"`)
  })
})

describe('personal data', () => {
  it('puts no commenter email or phone number in any built file', async () => {
    await waitForIdleBuilds()
    const emails = seedConsultations.flatMap((c) => c.comments.map((comment) => comment.email))
    expect(emails.length).toBeGreaterThan(0)
    const files = filesUnder(server.sitesDir)
    expect(files.some((f) => f.includes(`${path.sep}gop-y-du-thao${path.sep}`))).toBe(true)
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8')
      for (const email of [...emails, 'thu.vo@example.vn']) expect(text.includes(email), `${email} in ${file}`).toBe(false)
    }
  })
})
