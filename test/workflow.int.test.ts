/**
 * The editorial workflow through REST on a real server: soạn thảo → gửi duyệt → trả lại / duyệt →
 * xuất bản → gỡ (with a reason), who may take which step, the recorded history, and scheduled
 * publishing run by the in-process job runner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'

let server: TestServer
const tokens: Record<string, string> = {}
let haTinh: number
let soKhcn: number

async function login(email: string): Promise<string> {
  const res = await server.api('/api/users/login', { method: 'POST', json: { email, password: SEED_PASSWORD } })
  expect(res.status, res.body).toBe(200)
  return res.json().token
}

const act = (id: number, who: string, action: string, comment?: string) =>
  server.api(`/api/news/${id}/workflow`, { method: 'POST', token: tokens[who], json: { action, comment } })

const state = async (id: number) =>
  (await server.api(`/api/news/${id}?draft=true&depth=0`, { token: tokens.editor })).json().workflow.state as string

const portal = (path: string) => server.request(`ha-tinh.localhost:${server.port}`, path)

beforeAll(async () => {
  server = await startServer()
  tokens.editor = await login('bientap.hatinh@cong.gov.vn') // editor on ha-tinh, author on so-khcn-ha-tinh
  tokens.approver = await login('duyet.hatinh@cong.gov.vn')
  tokens.author = await login('ctv.skhcn@cong.gov.vn')
  tokens.moderator = await login('dieuphoi.hatinh@cong.gov.vn')
  tokens.siteAdmin = await login('quantri.hatinh@cong.gov.vn')
  const site = async (slug: string) => (await server.api(`/api/sites?where[slug][equals]=${slug}&depth=0`)).json().docs[0].id
  haTinh = await site('ha-tinh')
  soKhcn = await site('so-khcn-ha-tinh')
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

describe('authors', () => {
  it('write drafts and submit them, but cannot publish', async () => {
    const direct = await server.api('/api/news?depth=0', { method: 'POST', token: tokens.author, json: { title: 'Cộng tác viên tự đăng', site: soKhcn, _status: 'published' } })
    expect(direct.status).toBe(403)
    expect(direct.body).toContain('gửi duyệt')

    const draft = await server.api('/api/news?depth=0', { method: 'POST', token: tokens.author, json: { title: 'Bài cộng tác viên gửi', site: soKhcn, _status: 'draft' } })
    expect(draft.status, draft.body).toBe(201)
    const id = draft.json().doc.id
    expect(draft.json().doc.workflow.state).toBe('draft')

    const publish = await server.api(`/api/news/${id}?depth=0`, { method: 'PATCH', token: tokens.author, json: { _status: 'published' } })
    expect(publish.status).toBe(403)
    expect((await act(id, 'author', 'approve')).status).toBe(403)

    const submit = await act(id, 'author', 'submit', 'Kính gửi biên tập.')
    expect(submit.status, submit.body).toBe(200)
    expect(submit.json().doc.workflow.state).toBe('submitted')
  })

  it('moderators cannot write news at all', async () => {
    const res = await server.api('/api/news?depth=0', { method: 'POST', token: tokens.moderator, json: { title: 'Không được phép', site: haTinh } })
    expect(res.status).toBe(403)
  })
})

describe('review on a site that requires approval', () => {
  let id: number

  beforeAll(async () => {
    const res = await server.api(`/api/sites/${haTinh}?depth=0`, { method: 'PATCH', token: tokens.siteAdmin, json: { requireApproval: true } })
    expect(res.status, res.body).toBe(200)
  })

  afterAll(async () => {
    await server.api(`/api/sites/${haTinh}?depth=0`, { method: 'PATCH', token: tokens.siteAdmin, json: { requireApproval: false } })
  })

  it('an editor submits, the approver returns with a comment, the editor resubmits, the approver publishes', async () => {
    const created = await server.api('/api/news?depth=0', { method: 'POST', token: tokens.editor, json: { title: 'Kế hoạch chuyển đổi số năm 2027', site: haTinh, _status: 'draft' } })
    id = created.json().doc.id
    const slug = created.json().doc.slug

    expect((await server.api(`/api/news/${id}?depth=0`, { method: 'PATCH', token: tokens.editor, json: { _status: 'published' } })).status).toBe(403)
    expect((await act(id, 'editor', 'submit')).status).toBe(200)
    expect(await state(id)).toBe('submitted')

    const noComment = await act(id, 'approver', 'return')
    expect(noComment.status).toBe(400)
    expect(noComment.body).toContain('ý kiến')
    const waiting = (await server.api('/api/users/my-work', { token: tokens.approver })).json()
    expect(waiting.toReview.map((i: { id: number }) => i.id)).toContain(id)
    const returned = await act(id, 'approver', 'return', 'Bổ sung số liệu năm 2026.')
    expect(returned.status, returned.body).toBe(200)
    expect(returned.json().doc.workflow).toMatchObject({ state: 'returned', note: 'Bổ sung số liệu năm 2026.' })
    const mine = (await server.api('/api/users/my-work', { token: tokens.editor })).json()
    expect(mine.returned.map((i: { id: number }) => i.id)).toContain(id)
    expect(mine.drafts.map((i: { id: number }) => i.id)).not.toContain(id)
    expect((await server.api('/api/users/my-work', { token: tokens.approver })).json().toReview.map((i: { id: number }) => i.id)).not.toContain(id)
    // As a browser opens it: Payload takes the session cookie only with Origin or Sec-Fetch-Site (ADR 0017).
    const view = await server.api('/admin/my-work', { headers: { cookie: `payload-token=${tokens.editor}`, 'sec-fetch-site': 'same-origin' } })
    expect(view.status).toBe(200)
    expect(view.body).toContain('Việc của tôi')
    expect(view.body).toContain('Kế hoạch chuyển đổi số năm 2027')

    expect((await act(id, 'editor', 'return', 'Không thể trả lại khi chưa gửi')).status).toBe(409)
    await server.api(`/api/news/${id}?draft=true&depth=0`, { method: 'PATCH', token: tokens.editor, json: { summary: 'Đã bổ sung số liệu.' } })
    expect((await act(id, 'editor', 'submit')).status).toBe(200)

    const approved = await act(id, 'approver', 'approve')
    expect(approved.status, approved.body).toBe(200)
    expect(approved.json().doc._status).toBe('published')
    expect(approved.json().doc.workflow.state).toBe('published')
    await waitFor(async () => ((await portal(`/tin-tuc/${slug}/`)).status === 200 ? true : undefined), 60_000, 'the approved article on the portal')
  })

  it('keeps the history: who moved it, from where to where, when and why', async () => {
    const history = await server.api(`/api/workflow-events?where[docId][equals]=${id}&sort=createdAt&depth=1&limit=20`, { token: tokens.editor })
    const events = history.json().docs as { action: string; from: string; to: string; comment: string | null; by: string; createdAt: string }[]
    expect(events.map((e) => `${e.action}:${e.from}→${e.to}`)).toEqual([
      'submit:draft→submitted',
      'return:submitted→returned',
      'submit:returned→submitted',
      'approve:submitted→published',
    ])
    expect(events[1]!.comment).toBe('Bổ sung số liệu năm 2026.')
    expect(events[1]!.by).toBe('Lê Minh Duyệt')
    expect(events[3]!.by).toBe('Lê Minh Duyệt')
    expect(events[0]!.by).toBe('Nguyễn Văn Biên')
    expect(events.every((e) => !Number.isNaN(Date.parse(e.createdAt)))).toBe(true)
  })

  it('records a publish saved straight from the edit form (as the admin saves), not only through the workflow endpoint', async () => {
    const created = await server.api('/api/news?depth=0', { method: 'POST', token: tokens.siteAdmin, json: { title: 'Đăng thẳng từ biểu mẫu', site: haTinh, _status: 'draft' } })
    expect(created.status, created.body).toBe(201)
    const docId = created.json().doc.id
    const saved = await server.api(`/api/news/${docId}?depth=0`, { method: 'PATCH', token: tokens.siteAdmin, json: { _status: 'published' } })
    expect(saved.status, saved.body).toBe(200)
    const history = (await server.api(`/api/workflow-events?where[docId][equals]=${docId}&sort=createdAt`, { token: tokens.siteAdmin })).json().docs
    expect(history.map((e: { action: string; to: string; by: string }) => [e.action, e.to, e.by])).toEqual([['approve', 'published', 'Trần Thị Quản Trị']])
  })

  it('unpublishing needs a reason and is recorded', async () => {
    expect((await act(id, 'editor', 'unpublish', 'Không có quyền')).status).toBe(403)
    expect((await act(id, 'approver', 'unpublish')).status).toBe(400)
    const res = await act(id, 'approver', 'unpublish', 'Văn bản đã được thay thế.')
    expect(res.status, res.body).toBe(200)
    expect(res.json().doc.workflow.state).toBe('unpublished')
    const last = (await server.api(`/api/workflow-events?where[docId][equals]=${id}&sort=-createdAt&limit=1`, { token: tokens.editor })).json().docs[0]
    expect(last).toMatchObject({ action: 'unpublish', from: 'published', to: 'unpublished', comment: 'Văn bản đã được thay thế.' })
  })

  it('rejects malformed workflow requests with 4xx', async () => {
    const bad = await server.api(`/api/news/${id}/workflow`, { method: 'POST', token: tokens.editor, json: { action: 'xuat-ban' } })
    expect(bad.status).toBe(400)
    const anon = await server.api(`/api/news/${id}/workflow`, { method: 'POST', json: { action: 'submit' } })
    expect(anon.status).toBe(401)
    const missing = await server.api('/api/news/999999/workflow', { method: 'POST', token: tokens.editor, json: { action: 'submit' } })
    expect(missing.status).toBe(404)
  })
})

describe('scheduled publishing', () => {
  it('publishes and unpublishes at the scheduled times through the job runner', async () => {
    const created = await server.api('/api/news?depth=0', { method: 'POST', token: tokens.editor, json: { title: 'Thông báo lịch tiếp công dân tháng 12', site: haTinh, _status: 'draft' } })
    const { id, slug } = created.json().doc
    const past = await server.api(`/api/news/${id}/schedule`, { method: 'POST', token: tokens.editor, json: { action: 'publish', at: '2020-01-01T00:00:00+07:00' } })
    expect(past.status).toBe(400)
    const at = new Date(Date.now() + 3000).toISOString()
    const scheduled = await server.api(`/api/news/${id}/schedule`, { method: 'POST', token: tokens.editor, json: { action: 'publish', at } })
    expect(scheduled.status, scheduled.body).toBe(202)
    expect((await portal(`/tin-tuc/${slug}/`)).status).toBe(404)
    const live = await waitFor(async () => {
      const res = await portal(`/tin-tuc/${slug}/`)
      return res.status === 200 ? Date.now() : undefined
    }, 60_000, 'the scheduled article to go live')
    expect(live).toBeGreaterThanOrEqual(Date.parse(at))

    const off = new Date(Date.now() + 2000).toISOString()
    const unpublish = await server.api(`/api/news/${id}/schedule`, { method: 'POST', token: tokens.editor, json: { action: 'unpublish', at: off, comment: 'Hết thời hạn thông báo.' } })
    expect(unpublish.status, unpublish.body).toBe(202)
    await waitFor(async () => ((await portal(`/tin-tuc/${slug}/`)).status === 404 ? true : undefined), 60_000, 'the scheduled unpublish')
    const doc = (await server.api(`/api/news/${id}?depth=0`, { token: tokens.editor })).json()
    expect(doc.workflow.state).toBe('unpublished')
  })
})

describe('draft previews', () => {
  it('shows a draft as the portal would, through an expiring link, without publishing it', async () => {
    const title = `Bản nháp xem trước ${Date.now()}`
    const created = await server.api('/api/news?depth=0', { method: 'POST', token: tokens.editor, json: { title, summary: 'Chưa công bố.', site: haTinh, _status: 'draft' } })
    const { id, slug } = created.json().doc
    expect((await server.api(`/api/news/${id}/preview-link`, { method: 'POST', json: {} })).status).toBe(401)
    expect((await server.api(`/api/news/${id}/preview-link`, { method: 'POST', token: tokens.editor, json: { hours: 0 } })).status).toBe(400)
    expect((await server.api(`/api/news/${id}/preview-link`, { method: 'POST', token: tokens.author, json: {} })).status).toBe(404)

    const link = await server.api(`/api/news/${id}/preview-link`, { method: 'POST', token: tokens.editor, json: { hours: 2 } })
    expect(link.status, link.body).toBe(200)
    const { url, expiresAt } = link.json()
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(119 * 60_000)
    const previewPath = new URL(url).pathname
    const preview = await server.api(previewPath)
    expect(preview.status).toBe(200)
    expect(preview.body).toContain(title)
    expect(preview.body).toContain('Bản xem trước – chưa xuất bản')
    expect(preview.body).toContain('noindex')
    expect(preview.headers['cache-control']).toBe('no-store')
    expect((await portal(`/tin-tuc/${slug}/`)).status).toBe(404)

    const forged = previewPath.replace(`.${id}.`, `.${id + 1}.`)
    expect((await server.api(forged)).status).toBe(404)
  })

  it('refuses an expired link with 410', async () => {
    // The server's secret: given to it on a database server, generated into its data folder on SQLite.
    process.env.PAYLOAD_SECRET = server.env.PAYLOAD_SECRET ?? JSON.parse((await import('node:fs')).readFileSync(`${server.dataDir}/secrets.json`, 'utf8')).payloadSecret
    const { createPreviewToken } = await import('../plugins/workflow/preview/token')
    const token = createPreviewToken({ collection: 'news', id: '1', expiresAt: Date.now() - 1000 })
    const res = await server.api(`/preview/${token}`)
    expect(res.status).toBe(410)
    expect(res.body).toContain('hết hạn')
  })
})
