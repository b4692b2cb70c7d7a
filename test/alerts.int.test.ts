/**
 * Change notes and email alerts on the real server (issue 18, ADR 0023): subscribe, confirm by
 * the emailed link, a major update sends one message per matching subscriber (with working
 * unsubscribe links and RFC 8058 headers), a minor one sends nothing, unsubscribing by link and
 * by one-click POST, validation, and no subscriber address in any public output; the alert job
 * run again (retried after a failure midway) writes each subscriber's message once.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatDate } from '../themes/model/format'
import { openLocalApi, type Reply, SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'

let server: TestServer
const tokens: Record<string, string> = {}
let news: { id: number | string; slug: string; title: string }
const stamp = Date.now().toString(36)
const EMAIL = { portal: `toan-cong-${stamp}@example.com`, page: `mot-trang-${stamp}@example.com`, daily: `hang-ngay-${stamp}@example.com`, pending: `chua-xac-nhan-${stamp}@example.com` }

const host = () => `ha-tinh.localhost:${server.port}`
let ip = 20
const newIp = () => `198.51.100.${ip++}`
const subscribe = (body: Record<string, unknown>) => server.request(host(), '/api/public/subscriptions', { method: 'POST', headers: { 'x-forwarded-for': newIp() }, json: body })
const postForm = (form: Record<string, string>) => server.request(host(), '/api/public/subscriptions', { method: 'POST', headers: { 'x-forwarded-for': newIp() }, form } as never)

type Mail = { id: number; to: string; subject: string; text: string; html: string; headers: Record<string, string> | null }
async function mailsTo(email: string): Promise<Mail[]> {
  const res = await server.api(`/api/outbox?where[to][equals]=${encodeURIComponent(email)}&depth=0&limit=100&sort=createdAt`, { token: tokens.admin })
  expect(res.status, res.body).toBe(200)
  return res.json().docs
}
const linkIn = (text: string, kind: 'confirm' | 'unsubscribe') => {
  const found = new RegExp(`https?://\\S+/api/public/subscriptions/${kind}\\?\\S+`).exec(text)?.[0]
  expect(found, text).toBeTruthy()
  return new URL(found!)
}
const open = (url: URL, init?: Parameters<TestServer['request']>[2]) => server.request(url.host, `${url.pathname}${url.search}`, { headers: { 'x-forwarded-for': newIp() }, ...init })
const patchNews = (data: Record<string, unknown>) => server.api(`/api/news/${news.id}?depth=0`, { method: 'PATCH', token: tokens.editor, json: data })

beforeAll(async () => {
  server = await startServer({ TRUST_PROXY: 'true' })
  const login = async (email: string) => (await server.api('/api/users/login', { method: 'POST', json: { email, password: SEED_PASSWORD } })).json().token as string
  tokens.editor = await login('bientap.hatinh@cong.gov.vn')
  tokens.admin = await login('admin@cong.gov.vn')
  const site = (await server.api('/api/sites?where[slug][equals]=ha-tinh&depth=0')).json().docs[0].id
  const found = (await server.api(`/api/news?where[site][equals]=${site}&where[_status][equals]=published&sort=-publishedAt&limit=1&depth=0`, { token: tokens.editor })).json().docs[0]
  news = { id: found.id, slug: found.slug, title: found.title }
  // The portal is built (its subscription page too) before forms are posted back to it.
  await waitFor(async () => ((await server.request(host(), '/dang-ky-nhan-tin/')).status === 200 ? true : undefined), 120_000, 'the subscription page')
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

describe('subscriptions', () => {
  it('refuses bad input with a 4xx and a message per field, in Vietnamese and English', async () => {
    const missing = await subscribe({ scope: 'portal', consent: true })
    expect(missing.status).toBe(400)
    expect(missing.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['email']))
    const bad = await subscribe({ email: 'khong-phai-email', scope: 'ca-nuoc', frequency: 'hang-gio', consent: true })
    expect(bad.status).toBe(400)
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['email', 'scope', 'frequency']))
    expect(bad.body).toMatch(/không đúng dạng.*not valid/)
    const noConsent = await subscribe({ email: 'a@example.com', scope: 'portal' })
    expect(noConsent.status).toBe(400)
    expect(noConsent.json().errors[0].field).toBe('consent')
    const notText = await subscribe({ email: { $ne: 1 }, consent: true })
    expect(notText.status).toBe(400)
    const category = await subscribe({ email: 'b@example.com', scope: 'category', category: 'khong-co-chuyen-muc-nay', consent: true })
    expect(category.status).toBe(400)
    expect(category.json().errors[0].field).toBe('category')
    const page = await subscribe({ email: 'c@example.com', scope: 'document', document: '/tin-tuc/khong-co-bai-nay/', consent: true })
    expect(page.status).toBe(400)
    // Without JavaScript: the subscription page again, the error next to its field and the address kept.
    const form = await postForm({ email: 'sai@', scope: 'portal', consent: 'on' })
    expect(form.status).toBe(400)
    expect(form.headers['content-type']).toMatch(/html/)
    expect(form.body).toContain('Chưa đăng ký được')
    expect(form.body).toContain('value="sai@"')
    // Nothing was stored by any refusal.
    const rows = (await server.api('/api/subscriptions?limit=0&depth=0', { token: tokens.admin })).json()
    expect(rows.totalDocs).toBe(0)
  })

  it('subscribes with double opt-in: only a confirmed subscription hears of updates', async () => {
    expect((await subscribe({ email: EMAIL.portal, scope: 'portal', frequency: 'immediate', consent: true })).status).toBe(202)
    expect((await subscribe({ email: EMAIL.daily, scope: 'portal', frequency: 'daily', consent: true })).status).toBe(202)
    expect((await subscribe({ email: EMAIL.pending, scope: 'portal', consent: 'on' })).status).toBe(202)
    // The "follow this page" form of the article, posted without JavaScript.
    const article = await server.request(host(), `/tin-tuc/${news.slug}/`)
    expect(article.body).toContain('Nhận thư khi trang này có cập nhật lớn')
    const followed = await postForm({ email: EMAIL.page.toUpperCase(), scope: 'document', document: `/tin-tuc/${news.slug}/`, frequency: 'immediate', consent: 'on' })
    expect(followed.status).toBe(200)
    expect(followed.body).toContain('Kiểm tra hộp thư của bạn')

    for (const email of [EMAIL.portal, EMAIL.page, EMAIL.daily]) {
      const [confirmation] = await waitFor(async () => ((await mailsTo(email)).length ? mailsTo(email) : undefined), 10_000, `the confirmation to ${email}`)
      expect(confirmation!.subject).toContain('Xác nhận đăng ký nhận tin')
      const link = linkIn(confirmation!.text, 'confirm')
      expect(link.host).toBe(host())
      const forged = await open(new URL(`${link.pathname}?id=${link.searchParams.get('id')}&t=${'x'.repeat(43)}`, link))
      expect(forged.status).toBe(404)
      const confirmed = await open(link)
      expect(confirmed.status).toBe(200)
      expect(confirmed.body).toContain('Đã xác nhận đăng ký nhận tin')
    }
    const rows = (await server.api('/api/subscriptions?limit=10&depth=0&sort=email', { token: tokens.admin })).json().docs as Array<{ email: string; status: string }>
    expect(rows.map((r) => [r.email, r.status]).sort()).toEqual(
      [
        [EMAIL.daily, 'confirmed'],
        [EMAIL.page, 'confirmed'],
        [EMAIL.pending, 'pending'],
        [EMAIL.portal, 'confirmed'],
      ].sort(),
    )
  })

  it('a major update needs a note; a minor one sends nothing; a major one one message per subscriber', async () => {
    const before = Object.fromEntries(await Promise.all(Object.values(EMAIL).map(async (e) => [e, (await mailsTo(e)).length] as const)))
    const noNote = await patchNews({ changeNotice: { kind: 'major', note: '  ' }, _status: 'published' })
    expect(noNote.status).toBe(400)
    expect(noNote.body).toMatch(/ghi chú thay đổi.*change note/i)
    const wrongKind = await patchNews({ changeNotice: { kind: 'lon' }, _status: 'published' })
    expect(wrongKind.status).toBe(400)

    const minor = await patchNews({ summary: `Sửa lỗi chính tả ${stamp}`, changeNotice: { kind: 'minor' }, _status: 'published' })
    expect(minor.status, minor.body).toBe(200)
    await new Promise((r) => setTimeout(r, 3000))
    for (const email of Object.values(EMAIL)) expect((await mailsTo(email)).length, email).toBe(before[email])

    const note = `Bổ sung danh sách hồ sơ cần nộp ${stamp}`
    const major = await patchNews({ changeNotice: { kind: 'major', note }, _status: 'published' })
    expect(major.status, major.body).toBe(200)
    const saved = major.json().doc
    expect(saved.changeNotes.at(-1).note).toBe(note)
    expect(saved.changeNotice.kind).toBe('minor')

    for (const email of [EMAIL.portal, EMAIL.page]) {
      const mails = await waitFor(async () => {
        const all = await mailsTo(email)
        return all.length > before[email]! ? all : undefined
      }, 15_000, `the alert to ${email}`)
      await new Promise((r) => setTimeout(r, 500))
      const alerts = (await mailsTo(email)).slice(before[email])
      expect(alerts, email).toHaveLength(1)
      expect(mails.at(-1)!.subject).toMatch(new RegExp(`^\\[[^\\]]+\\] Cập nhật: ${news.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
      const alert = alerts[0]!
      expect(alert.text).toContain(`Cập nhật ngày ${formatDate(saved.changeNotes.at(-1).at)}: ${note}`)
      expect(alert.text).toContain(`/tin-tuc/${news.slug}/`)
      expect(alert.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
      const header = /^<(.+)>$/.exec(alert.headers?.['List-Unsubscribe'] ?? '')?.[1]
      expect(header).toBe(linkIn(alert.text, 'unsubscribe').toString())
      expect(alert.html).toContain('Hủy đăng ký nhận tin')
    }
    await new Promise((r) => setTimeout(r, 1000))
    expect((await mailsTo(EMAIL.daily)).length).toBe(before[EMAIL.daily])
    expect((await mailsTo(EMAIL.pending)).length).toBe(before[EMAIL.pending])

    // The note on the live page and in the feed.
    const page = await waitFor(async () => {
      const res = await server.request(host(), `/tin-tuc/${news.slug}/`)
      return res.body.includes(note) ? res : undefined
    }, 60_000, 'the note on the portal')
    expect(page.body).toContain(`Cập nhật ngày <time datetime="${new Date(saved.changeNotes.at(-1).at).toISOString()}">${formatDate(saved.changeNotes.at(-1).at)}</time>:</strong> ${note}`)
    const rss = await server.request(host(), '/rss.xml')
    expect(rss.body).toContain(`Cập nhật: ${news.title}`)
    expect(rss.body).toContain(note)
  }, 120_000)

  it('works for every workflow collection and both themes: a page of the commune portal (xa theme)', async () => {
    const site = (await server.api('/api/sites?where[slug][equals]=xa-thach-ha&depth=0')).json().docs[0]
    expect(site.theme).toBe('xa')
    const page = (await server.api(`/api/pages?where[site][equals]=${site.id}&where[_status][equals]=published&limit=1&depth=0`, { token: tokens.admin })).json().docs[0]
    const note = `Cập nhật giờ làm việc của bộ phận một cửa ${stamp}`
    const res = await server.api(`/api/pages/${page.id}?depth=0`, { method: 'PATCH', token: tokens.admin, json: { changeNotice: { kind: 'major', note }, _status: 'published' } })
    expect(res.status, res.body).toBe(200)
    const at = res.json().doc.changeNotes.at(-1).at
    const live = await waitFor(async () => {
      const r = await server.request(`xa-thach-ha.localhost:${server.port}`, `/${page.slug}/`)
      return r.body.includes(note) ? r.body : undefined
    }, 60_000, 'the note on the commune page')
    expect(live).toContain(`Cập nhật ngày <time datetime="${new Date(at).toISOString()}">${formatDate(at)}</time>:</strong> ${note}`)
    expect(live).toContain('Nhận thư khi trang này có cập nhật lớn')
    expect((await server.request(`xa-thach-ha.localhost:${server.port}`, '/dang-ky-nhan-tin/')).status).toBe(200)
  }, 90_000)

  it('daily digests collect the major updates since the last message', async () => {
    const payload = await openLocalApi(server)
    const { runDigest } = await import('../plugins/alerts/notify')
    const outcome = await runDigest(payload, new Date())
    expect(outcome.sent).toBe(1)
    const [digest] = (await mailsTo(EMAIL.daily)).filter((m) => m.subject.includes('cập nhật trong ngày'))
    expect(digest!.text).toContain(news.title)
    expect(digest!.headers?.['List-Unsubscribe']).toMatch(/unsubscribe/)
    // Sent once: the next run finds nothing new for this subscriber.
    expect((await runDigest(payload, new Date())).sent).toBe(0)
  }, 60_000)

  it('writes each subscriber’s alert once when the job runs again, also after a failure midway', async () => {
    const payload = await openLocalApi(server)
    const { notifyChange } = await import('../plugins/alerts/notify')
    const site = (await server.api('/api/sites?where[slug][equals]=ha-tinh&depth=0')).json().docs[0].id
    const extra = [1, 2, 3, 4, 5].map((n) => `lan-nua-${n}-${stamp}@example.com`)
    const rows: Array<number | string> = []
    for (const email of extra) {
      const row = await payload.create({ collection: 'subscriptions', data: { email, site, scope: 'portal', frequency: 'immediate', status: 'confirmed', nonce: `nonce-${email}`, confirmedAt: new Date().toISOString() } as never, overrideAccess: true })
      rows.push(row.id)
    }
    const doc = (await server.api(`/api/news/${news.id}?depth=0`, { token: tokens.editor })).json()
    const update = doc.changeNotes.at(-1) as { at: string; note: string }
    const alertsTo = async (email: string) => (await mailsTo(email)).filter((m) => m.subject.includes('Cập nhật:') && m.text.includes(update.note))
    const run = () => notifyChange(payload, 'news', String(news.id), update.at, undefined, { pageSize: 2 })

    // The job dies midway: the 4th message it writes fails, after earlier pages were committed.
    let writes = 0
    const failing = ({ data }: { data: unknown }) => {
      if (++writes === 4) throw new Error('Mất kết nối giữa chừng (thử nghiệm)')
      return data
    }
    const hooks = payload.collections.outbox.config.hooks
    hooks.beforeChange = [...(hooks.beforeChange ?? []), failing as never]
    try {
      await expect(run()).rejects.toThrow(/giữa chừng/)
    } finally {
      hooks.beforeChange = hooks.beforeChange.filter((h) => h !== (failing as never))
    }
    const before = await Promise.all(extra.map(async (email) => (await alertsTo(email)).length))
    expect(before.slice(0, 2)).toEqual([1, 1])

    // Retried, then run once more: every subscriber, those the server's own job reached too, has it once.
    expect(await run()).toBe(before.filter((n) => n === 0).length)
    expect(await run()).toBe(0)
    for (const email of [EMAIL.portal, EMAIL.page, ...extra]) expect(await alertsTo(email), email).toHaveLength(1)
    for (const id of rows) await payload.delete({ collection: 'subscriptions', id, overrideAccess: true })
  }, 60_000)

  it('unsubscribes by the link and by a one-click POST (RFC 8058); a used link is dead', async () => {
    const [byLink] = (await mailsTo(EMAIL.portal)).filter((m) => m.subject.includes('Cập nhật:'))
    const link = linkIn(byLink!.text, 'unsubscribe')
    const res = await open(link)
    expect(res.status).toBe(200)
    expect(res.body).toContain('Đã hủy đăng ký nhận tin')
    expect((await open(link)).status).toBe(404)

    const [oneClick] = (await mailsTo(EMAIL.page)).filter((m) => m.subject.includes('Cập nhật:'))
    const url = new URL(/^<(.+)>$/.exec(oneClick!.headers!['List-Unsubscribe']!)![1]!)
    const posted = await server.request(url.host, `${url.pathname}${url.search}`, { method: 'POST', form: 'List-Unsubscribe=One-Click' } as never)
    expect(posted.status, posted.body).toBe(200)
    const left = (await server.api('/api/subscriptions?limit=10&depth=0', { token: tokens.admin })).json().docs.map((r: { email: string }) => r.email)
    expect(left).not.toContain(EMAIL.portal)
    expect(left).not.toContain(EMAIL.page)
    expect(left).toContain(EMAIL.daily)
  })

  it('keeps subscribers’ addresses out of every public output, and exports and erases them on request', async () => {
    const anon = await server.api('/api/subscriptions?depth=0')
    expect(anon.status).toBe(403)
    const editor = await server.api('/api/subscriptions?depth=0', { token: tokens.editor })
    expect(editor.body).not.toContain(EMAIL.daily)
    const gql = await server.api('/api/graphql', { method: 'POST', json: { query: '{ AlertSubscriptions { docs { email } } }' } })
    expect(gql.body).not.toContain(EMAIL.daily)
    const search = await server.request(host(), `/api/public/search?q=${encodeURIComponent(EMAIL.daily)}`)
    // The answer repeats the query; what it found holds no address.
    expect(search.status).toBe(200)
    expect(JSON.stringify(search.json().hits)).not.toContain(EMAIL.daily)
    const files: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const at = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(at)
        else if (/\.(html|xml|json|txt)$/.test(entry.name)) files.push(at)
      }
    }
    walk(server.sitesDir)
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8')
      for (const email of Object.values(EMAIL)) expect(text.includes(email), `${file} holds ${email}`).toBe(false)
    }

    const refused = await server.api(`/api/subscriptions/personal-data?email=${encodeURIComponent(EMAIL.daily)}`, { token: tokens.editor })
    expect(refused.status).toBe(403)
    const exported = await server.api(`/api/subscriptions/personal-data?email=${encodeURIComponent(EMAIL.daily)}`, { token: tokens.admin })
    expect(exported.status).toBe(200)
    expect(exported.json().subscriptions).toHaveLength(1)
    expect(exported.json().messages.length).toBeGreaterThanOrEqual(2)
    const badEmail = await server.api('/api/subscriptions/personal-data/erase', { method: 'POST', token: tokens.admin, json: { email: 'khong-hop-le' } })
    expect(badEmail.status).toBe(400)
    const erased: Reply = await server.api('/api/subscriptions/personal-data/erase', { method: 'POST', token: tokens.admin, json: { email: EMAIL.daily } })
    expect(erased.status).toBe(200)
    expect(erased.json().erased.subscriptions).toBe(1)
    expect(await mailsTo(EMAIL.daily)).toHaveLength(0)
  })
})
