/**
 * Draft consultations and the seeded legal content through HTTP on a real server: the public
 * consultation endpoint shows approved comments without personal data, comments are validated
 * field by field (JSON and no-JavaScript form posts), refused after the deadline with nothing
 * stored, rate limited per client address; the CSV export is for the site's staff only. The
 * seeded legal documents and procedures map onto the portal contract.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Consultation, LegalDocument, Procedure } from '../cms/src/contracts/legal'
import { toLegalDocument, toProcedure } from '../plugins/legal/present'
import { httpRequest, type Reply, SEED_PASSWORD, startServer, type TestServer } from './helpers/server'

let server: TestServer
const tokens: Record<string, string> = {}
let open: { id: number; site: number }
let closed: { id: number; site: number }
let address = 0

async function login(email: string): Promise<string> {
  const res = await server.api('/api/users/login', { method: 'POST', json: { email, password: SEED_PASSWORD } })
  expect(res.status, res.body).toBe(200)
  return res.json().token
}

/** Each test posts from its own client address (the server trusts X-Forwarded-For here). */
const from = () => ({ 'x-forwarded-for': `203.0.113.${++address}` })

const postJson = (id: number, json: unknown, headers: Record<string, string> = from()) =>
  server.api(`/api/public/consultations/${id}/comments`, { method: 'POST', json, headers })

/** What a browser sends for `<form method="post">` without JavaScript. */
function postForm(id: number, fields: Record<string, string>, headers: Record<string, string> = from()): Promise<Reply> {
  return httpRequest(server.port, `localhost:${server.port}`, `/api/public/consultations/${id}/comments`, { method: 'POST', form: fields, headers })
}

const commentCount = async (id: number) => (await server.api(`/api/consultation-comments?where[consultation][equals]=${id}&limit=0`, { token: tokens.admin })).json().totalDocs as number

const good = { name: 'Đỗ Thị Mai', email: 'mai.do@example.vn', organisation: 'Đoàn Thanh niên xã Thạch Hà', article: 'Điều 6', comment: 'Đề nghị quy định rõ đầu mối cập nhật thông tin của Ủy ban nhân dân cấp xã.' }

beforeAll(async () => {
  server = await startServer({ TRUST_PROXY: 'true' })
  tokens.admin = await login('admin@cong.gov.vn')
  tokens.editor = await login('bientap.hatinh@cong.gov.vn') // editor on ha-tinh only
  tokens.moderator = await login('dieuphoi.hatinh@cong.gov.vn')
  tokens.author = await login('ctv.skhcn@cong.gov.vn') // author on so-khcn-ha-tinh
  const find = async (slug: string) => (await server.api(`/api/consultations?where[slug][equals]=${slug}&depth=0`)).json().docs[0]
  open = await find('du-thao-quy-che-cong-thong-tin-dien-tu-tinh')
  closed = await find('du-thao-thong-tu-huong-dan-danh-gia-muc-do-chuyen-doi-so')
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

describe('the public consultation endpoint', () => {
  it('shows an open consultation with its approved comments only, and no personal data', async () => {
    const res = await server.api(`/api/public/consultations/${open.id}`)
    expect(res.status, res.body).toBe(200)
    const body = Consultation.parse(res.json())
    expect(body.status).toBe('dang-lay-y-kien')
    expect(body.articles.map((a) => a.ref)).toContain('Điều 8')
    expect(body.draftFiles[0]).toMatchObject({ mimeType: 'application/pdf' })
    expect(body.comments).toEqual([{ name: 'Trần Văn Bình', organisation: null, article: 'Điều 8', comment: expect.stringContaining('15 ngày làm việc'), createdAt: expect.any(String) }])
    expect(body.summaryHtml).toBeNull()
    // Neither the commenters' emails nor the pending comment appear anywhere.
    expect(res.body).not.toContain('binh.tran@example.vn')
    expect(res.body).not.toContain('hoa.le@example.vn')
    expect(res.body).not.toContain('Hội Tin học tỉnh')
    expect(Object.keys(body.comments[0]!)).not.toContain('email')
  })

  it('shows the handling summary once closed, and hides rejected comments', async () => {
    const body = Consultation.parse((await server.api(`/api/public/consultations/${closed.id}`)).json())
    expect(body.status).toBe('da-ket-thuc')
    expect(body.summaryHtml).toContain('Tiếp thu')
    expect(body.comments.map((c) => c.name)).toEqual(['Nguyễn Thị Lan', 'Phạm Quốc Hưng', 'Hoàng Minh Tuấn'])
  })

  it('does not show drafts or unknown ids', async () => {
    const draft = await server.api('/api/consultations?depth=0', {
      method: 'POST',
      token: tokens.editor,
      json: { title: 'Dự thảo chưa công bố', draftingUnit: 'Văn phòng', opensAt: '2026-01-01T01:00:00.000Z', closesAt: '2030-01-01T01:00:00.000Z', site: open.site, _status: 'draft' },
    })
    expect(draft.status, draft.body).toBe(201)
    expect((await server.api(`/api/public/consultations/${draft.json().doc.id}`)).status).toBe(404)
    expect((await server.api('/api/public/consultations/999999')).status).toBe(404)
    expect((await server.api('/api/public/consultations/abc')).status).toBe(404)
  })
})

describe('submitting a comment', () => {
  it('accepts a valid JSON comment with a receipt, pending moderation', async () => {
    const before = await commentCount(open.id)
    const res = await postJson(open.id, good)
    expect(res.status, res.body).toBe(202)
    const receipt = res.json().receipt as string
    expect(receipt).toMatch(/^GY-[A-Z0-9]{8}$/)
    expect(res.json().status).toBe('pending')
    expect(await commentCount(open.id)).toBe(before + 1)
    const stored = (await server.api(`/api/consultation-comments?where[receipt][equals]=${receipt}&depth=0`, { token: tokens.editor })).json().docs[0]
    expect(stored).toMatchObject({ email: 'mai.do@example.vn', moderation: 'pending', site: open.site })
    const pub = (await server.api(`/api/public/consultations/${open.id}`)).json()
    expect(pub.comments.map((c: { name: string }) => c.name)).not.toContain('Đỗ Thị Mai')
  })

  it('answers each bad field with its own code and message', async () => {
    const res = await postJson(open.id, { name: '', email: 'khong-phai-email', comment: 'ngắn', article: 'Điều 99' })
    expect(res.status).toBe(400)
    const errors = res.json().errors as Array<{ field: string; code: string; message: string }>
    expect(errors.map((e) => e.code)).toEqual(['name.required', 'email.invalid', 'comment.too-short', 'article.unknown'])
    expect(errors[1]!.message).toContain('Thư điện tử không đúng định dạng')
    expect(errors[1]!.message).toContain('Enter an email address')
  })

  it('sends an accepted form post to the consultation page telling its receipt, and answers a refused one with a page, never a redirect with codes', async () => {
    const returnTo = `http://ha-tinh.localhost:${server.port}/gop-y-du-thao/quy-che/`
    const ok = await postForm(open.id, { ...good, email: 'mai2@example.vn', returnTo })
    expect(ok.status).toBe(303)
    const okUrl = new URL(ok.headers.location as string)
    expect(okUrl.host).toBe(`ha-tinh.localhost:${server.port}`)
    expect(okUrl.pathname).toMatch(/^\/gop-y-du-thao\/[a-z0-9-]+\/bien-nhan\/$/)
    expect(okUrl.searchParams.get('ma')).toMatch(/^GY-/)
    expect(okUrl.hash).toBe('#gop-y')

    // The page in returnTo is not one the portal built: the platform's own form answers, with the errors.
    const bad = await postForm(open.id, { ...good, email: 'sai', comment: '', returnTo })
    expect(bad.status).toBe(400)
    expect(bad.headers.location).toBeUndefined()
    expect(bad.body).toContain('Thư điện tử không đúng định dạng')
    expect(bad.body).toContain('Vui lòng nhập nội dung góp ý.')
  })

  it('never redirects elsewhere; without a page to return to it shows the form again with the errors and the text typed', async () => {
    const res = await postForm(open.id, { ...good, email: 'sai', comment: 'Góp ý có <b>thẻ</b> nhưng thiếu email hợp lệ', returnTo: 'https://evil.example/phishing' })
    expect(res.status).toBe(400)
    expect(res.headers.location).toBeUndefined()
    expect(res.headers['content-type']).toContain('text/html')
    expect(res.body).toContain('Thư điện tử không đúng định dạng')
    expect(res.body).toContain('Góp ý có &lt;b&gt;thẻ&lt;/b&gt; nhưng thiếu email hợp lệ')
    expect(res.body).toContain('aria-describedby="email-error"')
  })

  it('pretends to accept a bot filling the honeypot, and stores nothing', async () => {
    const before = await commentCount(open.id)
    const res = await postJson(open.id, { ...good, email: 'bot@example.vn', website: 'http://spam.example' })
    expect(res.status).toBe(202)
    expect(await commentCount(open.id)).toBe(before)
  })

  it('refuses comments after the closing date with a clear message, and stores nothing', async () => {
    const before = await commentCount(closed.id)
    const res = await postJson(closed.id, { ...good, article: 'Điều 4' })
    expect(res.status).toBe(409)
    expect(res.json().errors[0].message).toMatch(/^Đã hết thời hạn góp ý \(hạn cuối \d\d\/\d\d\/\d{4} 17:00\); góp ý không được ghi nhận\./)
    const form = await postForm(closed.id, { ...good, article: 'Điều 4', returnTo: `http://bo-khcn.localhost:${server.port}/gop-y/` })
    expect(form.status).toBe(409)
    expect(form.headers['content-type']).toContain('text/html')
    expect(form.body).toContain('Đã hết thời hạn góp ý')
    expect(await commentCount(closed.id)).toBe(before)
  })

  it('limits how often one client address may post', async () => {
    const headers = from()
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await postJson(open.id, { name: '', email: '', comment: '' }, headers)).status)
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true)
    expect(statuses[10]).toBe(429)
  })

  it('publishes a comment once a moderator approves it', async () => {
    const receipt = (await postJson(open.id, { ...good, name: 'Võ Văn Kiên', email: 'kien@example.vn' })).json().receipt
    const stored = (await server.api(`/api/consultation-comments?where[receipt][equals]=${receipt}&depth=0`, { token: tokens.moderator })).json().docs[0]
    const approve = await server.api(`/api/consultation-comments/${stored.id}?depth=0`, { method: 'PATCH', token: tokens.moderator, json: { moderation: 'approved' } })
    expect(approve.status, approve.body).toBe(200)
    expect(approve.json().doc.moderatedBy).toBeTruthy()
    const pub = (await server.api(`/api/public/consultations/${open.id}`)).json()
    expect(pub.comments.map((c: { name: string }) => c.name)).toContain('Võ Văn Kiên')
    expect(JSON.stringify(pub)).not.toContain('kien@example.vn')
  })
})

describe('personal data and the CSV export', () => {
  it('keeps comments away from anonymous visitors and from staff of other sites', async () => {
    const anonymous = await server.api('/api/consultation-comments?depth=0')
    expect(anonymous.status).toBe(403)
    expect(anonymous.body).not.toContain('@example.vn')
    const otherSite = await server.api(`/api/consultation-comments?where[consultation][equals]=${closed.id}&depth=0`, { token: tokens.editor })
    expect(otherSite.json().totalDocs).toBe(0)
    const author = await server.api('/api/consultation-comments?depth=0', { token: tokens.author })
    expect(author.status).toBe(403)
  })

  it('exports every comment with emails to the staff of the site, as UTF-8 with a BOM', async () => {
    for (const who of ['editor', 'moderator', 'admin']) {
      const res = await server.api(`/api/consultations/${open.id}/comments.csv`, { token: tokens[who] })
      expect(res.status, `${who}: ${res.body}`).toBe(200)
      expect(res.headers['content-type']).toContain('text/csv')
      expect(res.headers['content-disposition']).toContain('gop-y-du-thao-quy-che-cong-thong-tin-dien-tu-tinh.csv')
      expect(res.body.charCodeAt(0)).toBe(0xfeff)
      expect(res.body).toContain('ma_bien_nhan,thoi_gian,ho_ten,email')
      expect(res.body).toContain('hoa.le@example.vn')
      expect(res.body).toContain('Chờ duyệt')
    }
  })

  it('refuses the export to anonymous visitors (401) and to staff of another site (403)', async () => {
    expect((await server.api(`/api/consultations/${open.id}/comments.csv`)).status).toBe(401)
    const other = await server.api(`/api/consultations/${closed.id}/comments.csv`, { token: tokens.editor })
    expect(other.status).toBe(403)
    expect(other.body).not.toContain('@example.vn')
    expect((await server.api(`/api/consultations/${open.id}/comments.csv`, { token: tokens.author })).status).toBe(403)
  })
})

describe('document files over REST', () => {
  const upload = (name: string, type: string, content: string | Buffer) => {
    const form = new FormData()
    form.append('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type }), name)
    form.append('_payload', JSON.stringify({ title: name, site: open.site }))
    return fetch(`http://127.0.0.1:${server.port}/api/legal-files`, { method: 'POST', body: form, headers: { authorization: `JWT ${tokens.editor}`, 'accept-language': 'vi' } })
  }

  it('accepts a PDF and refuses other files with a bilingual message', async () => {
    const pdf = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n'
    const ok = await upload('du-thao.pdf', 'application/pdf', pdf)
    expect(ok.status, await ok.clone().text()).toBe(201)
    const exe = await upload('cai-dat.exe', 'application/octet-stream', Buffer.from('MZ\x90\x00'))
    expect(exe.status).toBe(400)
    expect((await exe.json()).errors[0].message).toBe('Tệp "cai-dat.exe" không được nhận: chỉ nhận tệp PDF, DOC hoặc DOCX. / "cai-dat.exe" was refused: only PDF, DOC and DOCX files are accepted.')
    const fake = await upload('gia-mao.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '<html></html>')
    expect(fake.status).toBe(400)
    expect((await fake.json()).errors[0].message).toContain('không phải là tệp DOCX hợp lệ')
  })
})

describe('seeded legal content over REST', () => {
  it('maps every published legal document and procedure onto the portal contract', async () => {
    const sites = (await server.api('/api/sites?limit=100&depth=0')).json().docs as Array<{ id: number; slug: string }>
    const ctx = { siteSlug: (id: number | string) => sites.find((s) => String(s.id) === String(id))?.slug ?? null }
    const docs = (await server.api('/api/legal-documents?limit=200&depth=1')).json().docs
    expect(docs.length).toBeGreaterThanOrEqual(40)
    const mapped = docs.map((d: never) => LegalDocument.parse(toLegalDocument(d, ctx)))
    const nd43 = mapped.find((d: LegalDocument) => d.number === '43/2011/NĐ-CP')!
    expect(nd43.site).toBe('bo-khcn')
    expect(nd43.validity).toMatchObject({ status: 'het-hieu-luc-toan-bo', since: '2022-08-15' })
    expect(nd43.relations).toContainEqual(expect.objectContaining({ kind: 'replaces', direction: 'incoming', label: 'Bị thay thế bởi', document: expect.objectContaining({ slug: '42-2022-nd-cp', site: 'bo-khcn' }) }))
    const nd42 = mapped.find((d: LegalDocument) => d.number === '42/2022/NĐ-CP')!
    expect(nd42.signer).toEqual({ name: 'Vũ Đức Đam', title: 'Phó Thủ tướng', capacity: 'KT', signingFor: 'Thủ tướng' })
    expect(nd42.relations).toContainEqual(expect.objectContaining({ kind: 'based-on', direction: 'outgoing', document: null, external: { number: '76/2015/QH13', title: 'Luật Tổ chức Chính phủ', url: null } }))

    const procedures = (await server.api('/api/procedures?limit=100&depth=1')).json().docs
    expect(procedures.length).toBeGreaterThanOrEqual(20)
    const p = procedures.map((d: never) => Procedure.parse(toProcedure(d, ctx))).find((x: Procedure) => x.code === '2.001060')!
    expect(p.legalBasis[0]).toMatchObject({ number: '07/2017/QH14', document: { slug: '07-2017-qh14', site: 'bo-khcn' } })
    expect(p.dossier[0]!.form).toMatchObject({ mimeType: 'application/pdf' })
  })

  it('lets an author draft a legal document but not publish it', async () => {
    const soKhcn = (await server.api('/api/sites?where[slug][equals]=so-khcn-ha-tinh&depth=0')).json().docs[0].id
    const data = { number: '12/2026/QĐ-UBND', documentType: 'quyet-dinh', summary: 'Thử nghiệm quyền', issuingBody: 'UBND tỉnh Hà Tĩnh', issueDate: '2026-03-02T12:00:00.000Z', site: soKhcn }
    expect((await server.api('/api/legal-documents?depth=0', { method: 'POST', token: tokens.author, json: { ...data, _status: 'published' } })).status).toBe(403)
    const draft = await server.api('/api/legal-documents?depth=0&draft=true', { method: 'POST', token: tokens.author, json: { ...data, _status: 'draft' } })
    expect(draft.status, draft.body).toBe(201)
    const id = draft.json().doc.id
    expect((await server.api(`/api/legal-documents/${id}`)).status).toBe(404)
    // The same workflow as news: the author submits, a leader (here the platform admin) approves.
    const workflow = (token: string, action: string) => server.api(`/api/legal-documents/${id}/workflow`, { method: 'POST', token, json: { action } })
    expect((await workflow(tokens.author, 'approve')).status).toBe(403)
    const submitted = await workflow(tokens.author, 'submit')
    expect(submitted.status, submitted.body).toBe(200)
    expect(submitted.json().doc.workflow.state).toBe('submitted')
    const approved = await workflow(tokens.admin, 'approve')
    expect(approved.status, approved.body).toBe(200)
    expect((await server.api(`/api/legal-documents/${id}?depth=0`)).json()).toMatchObject({ _status: 'published', number: '12/2026/QĐ-UBND', validityStatus: 'con-hieu-luc' })
  })
})
