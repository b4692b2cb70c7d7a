/**
 * Online dialogues and Q&A on a real server: the state machines through REST, submissions
 * (validation, closed sessions, honeypot and screening, rate limits, form posts without
 * JavaScript), merging and receipt lookups, the live stream and snapshot, moderators kept to
 * their own sites, no personal data in any public output, the archive built when a session
 * closes, and, in Chromium, a citizen watching a moderator answer their question.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from './helpers/browser'
import { httpRequest, openLocalApi, type Reply, SEED_PASSWORD, startServer, type TestServer, waitFor as waitForValue, waitForDemoPortals } from './helpers/server'

let server: TestServer
let browser: Browser
const tokens: Record<string, string> = {}
let haTinh: number
let soKhcn: number
/** A session of ha-tinh created for these tests, open for questions. */
let sessionId: number
const SESSION = 'doi-thoai-kiem-thu'
const PII = { email: 'bi-mat.pii@example.com', phone: '0999 111 222', address: 'Ngõ Bí Mật 77, xã Riêng Tư' }

const portalHost = () => `ha-tinh.localhost:${server.port}`
const portal = (urlPath: string, init?: Parameters<TestServer['request']>[2]) => server.request(portalHost(), urlPath, init)
/** A wait that, when it runs out, says what the server's builds were doing (CI logs show only this). */
async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const started = Date.now()
  try {
    return await waitForValue(check, timeoutMs, what)
  } catch (err) {
    const health = await server.api('/healthz').then((r) => r.body, (e: unknown) => String(e))
    throw new Error(`${(err as Error).message} after ${Date.now() - started} ms; /healthz: ${health}\n${server.output().slice(-6000)}`)
  }
}
let ipCounter = 10
/** A client address of its own (the server trusts X-Forwarded-For here), so limits do not mix. */
const newIp = () => `198.51.100.${ipCounter++}`

function ask(extra: Record<string, unknown> = {}, ip = newIp()): Promise<Reply> {
  return portal('/api/public/questions', {
    method: 'POST',
    headers: { 'x-forwarded-for': ip },
    json: {
      name: 'Nguyễn Văn Kiểm',
      email: `nguoi-hoi-${Math.random().toString(36).slice(2)}@example.com`,
      address: 'Xã Thạch Hà, tỉnh Hà Tĩnh',
      text: 'Xin hỏi thủ tục cấp phép xây dựng nhà ở nông thôn cần những giấy tờ gì?',
      consent: 'on',
      ...extra,
    },
  })
}

const moderate = (id: number | string, body: Record<string, unknown>, who = 'moderator') =>
  server.api(`/api/questions/${id}/moderate`, { method: 'POST', token: tokens[who], json: body })

async function questionByReceipt(code: string): Promise<{ id: number; state: string; held: boolean; holdReasons: string | null; channel: string }> {
  const res = await server.api(`/api/questions?where[receiptCode][equals]=${encodeURIComponent(code)}&depth=0`, { token: tokens.moderator })
  expect(res.status, res.body).toBe(200)
  return res.json().docs[0]
}

/** A Server-Sent Events reader for tests: collects events, waits for one matching a predicate. */
function openStream(host: string, urlPath: string) {
  const events: { event: string; data: any; at: number }[] = [] // eslint-disable-line @typescript-eslint/no-explicit-any
  let buffer = ''
  let headers: http.IncomingHttpHeaders = {}
  const req = http.get({ host: '127.0.0.1', port: server.port, path: urlPath, headers: { host, accept: 'text/event-stream' } }, (res) => {
    headers = res.headers
    res.setEncoding('utf8')
    res.on('data', (chunk: string) => {
      buffer += chunk
      let end: number
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const event = /^event: (.*)$/m.exec(frame)?.[1]
        const data = /^data: (.*)$/m.exec(frame)?.[1]
        if (event && data) events.push({ event, data: JSON.parse(data), at: Date.now() })
      }
    })
  })
  return {
    events,
    headers: () => headers,
    close: () => req.destroy(),
    next: (match: (e: (typeof events)[number]) => boolean, timeoutMs = 5000) =>
      waitFor(async () => events.find(match), timeoutMs, 'a live event'),
  }
}

/** A form post as a browser without JavaScript sends it. */
function postForm(urlPath: string, body: string): Promise<Reply> {
  return httpRequest(server.port, portalHost(), urlPath, { method: 'POST', form: body, headers: { 'x-forwarded-for': newIp() } })
}

/** What `read` reads from the portals' folder, or null when a pruned release took it away meanwhile. */
function unlessGone<T>(read: () => T): T | null {
  try {
    return read()
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

/**
 * Every file of the published portals and their releases (folders of finished releases only). A
 * release the builds prune meanwhile (older than the last few) is skipped: nothing serves it.
 */
function filesUnder(dir: string): string[] {
  const out: string[] = []
  const walk = (at: string) => {
    for (const entry of unlessGone(() => fs.readdirSync(at, { withFileTypes: true })) ?? []) {
      const full = path.join(at, entry.name)
      if (entry.name.endsWith('.partial')) continue
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) out.push(full)
    }
  }
  if (fs.existsSync(dir)) walk(dir)
  return out
}

beforeAll(async () => {
  ;[server, browser] = await Promise.all([
    startServer({ TRUST_PROXY: 'true', QUESTION_LIMIT_PER_IP: '6', QUESTION_LIMIT_PER_EMAIL: '3', LIVE_RESYNC_MS: '1000' }),
    launchChromium(),
  ])
  // The demo portals' first builds are done before the tests time theirs.
  await waitForDemoPortals(server)
  const login = async (email: string) => (await server.api('/api/users/login', { method: 'POST', json: { email, password: SEED_PASSWORD } })).json().token as string
  tokens.moderator = await login('dieuphoi.hatinh@cong.gov.vn')
  tokens.editor = await login('bientap.hatinh@cong.gov.vn')
  tokens.admin = await login('admin@cong.gov.vn')
  const site = async (slug: string) => (await server.api(`/api/sites?where[slug][equals]=${slug}&depth=0`)).json().docs[0].id as number
  haTinh = await site('ha-tinh')
  soKhcn = await site('so-khcn-ha-tinh')
  const created = await server.api('/api/dialogue-sessions?depth=0', {
    method: 'POST',
    token: tokens.moderator,
    json: {
      title: 'Đối thoại kiểm thử',
      slug: SESSION,
      site: haTinh,
      startsAt: '2026-11-24T02:00:00.000Z',
      endsAt: '2026-11-24T04:00:00.000Z',
      guests: [{ name: 'Ông Khách Mời', position: 'Giám đốc Sở' }],
    },
  })
  expect(created.status, created.body).toBe(201)
  sessionId = created.json().doc.id
  const opened = await server.api(`/api/dialogue-sessions/${sessionId}?depth=0`, { method: 'PATCH', token: tokens.moderator, json: { state: 'open' } })
  expect(opened.status, opened.body).toBe(200)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('state machines through REST', () => {
  it('refuse a forbidden session move and allow a permitted one', async () => {
    const skip = await server.api(`/api/dialogue-sessions/${sessionId}?depth=0`, { method: 'PATCH', token: tokens.moderator, json: { state: 'archived' } })
    expect(skip.status).toBe(400)
    expect(skip.body).toContain('Không thể chuyển phiên')
    const live = await server.api(`/api/dialogue-sessions/${sessionId}?depth=0`, { method: 'PATCH', token: tokens.moderator, json: { state: 'live' } })
    expect(live.status, live.body).toBe(200)
    expect(live.json().doc.state).toBe('live')
  })

  it('refuse a forbidden question move, a rejection without reason and an answer without text', async () => {
    const { receiptCode } = (await ask({ session: SESSION })).json()
    const q = await questionByReceipt(receiptCode)
    expect((await moderate(q.id, { action: 'reject', reason: '' })).status).toBe(400)
    expect((await moderate(q.id, { action: 'answer', text: '   ' })).status).toBe(400)
    expect((await moderate(q.id, { action: 'reject', reason: 'Không thuộc chủ đề của phiên.' })).status).toBe(200)
    // Rejected → answered is not a move the machine allows (only back to pending).
    const jump = await server.api(`/api/questions/${q.id}?depth=0`, { method: 'PATCH', token: tokens.moderator, json: { state: 'answered' } })
    expect(jump.status).toBe(400)
    expect(jump.body).toContain('Không thể chuyển câu hỏi')
    expect((await moderate(q.id, { action: 'restore' })).json().question.state).toBe('pending')
  })
})

describe('public submission', () => {
  it('answers 202 with a receipt, and the question is in the database', async () => {
    const res = await ask({ session: SESSION, topic: 'Đất đai' })
    expect(res.status, res.body).toBe(202)
    const body = res.json()
    expect(body.receiptCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/)
    expect(body.lookup).toBe(`/hoi-dap-truc-tuyen/tra-cuu/?ma=${body.receiptCode}`)
    const stored = await questionByReceipt(body.receiptCode)
    expect(stored.state).toBe('pending')
    expect(stored.channel).toBe('web')
  })

  it('reports every invalid field in Vietnamese and English', async () => {
    const res = await ask({ name: 'A', email: 'sai', text: 'ngắn', consent: '' })
    expect(res.status).toBe(400)
    const fields = res.json().errors.map((e: { field: string }) => e.field).sort()
    expect(fields).toEqual(['consent', 'email', 'name', 'text'])
    for (const e of res.json().errors) expect(e.message).toContain(' / ')
    expect((await ask({ text: 'x'.repeat(4001) })).json().errors[0].field).toBe('text')
    const tooBig = await portal('/api/public/questions', { method: 'POST', headers: { 'x-forwarded-for': newIp() }, json: { text: 'x'.repeat(40_000) } })
    expect(tooBig.status).toBe(413)
  })

  it('refuses questions to a session that does not take them', async () => {
    const other = await server.api('/api/dialogue-sessions?depth=0', {
      method: 'POST',
      token: tokens.moderator,
      json: { title: 'Phiên sắp tới', slug: 'phien-sap-toi', site: haTinh, startsAt: '2026-12-01T02:00:00.000Z', endsAt: '2026-12-01T04:00:00.000Z' },
    })
    const announced = await ask({ session: 'phien-sap-toi' })
    expect(announced.status).toBe(409)
    expect(announced.body).toContain('chưa bắt đầu nhận câu hỏi')
    for (const state of ['live', 'closed']) {
      await server.api(`/api/dialogue-sessions/${other.json().doc.id}?depth=0`, { method: 'PATCH', token: tokens.moderator, json: { state } })
    }
    const closed = await ask({ session: 'phien-sap-toi' })
    expect(closed.status).toBe(409)
    expect(closed.json().errors[0]).toMatchObject({ field: 'session' })
    expect(closed.body).toContain('đã kết thúc')
    expect((await ask({ session: 'khong-co-phien-nay' })).status).toBe(404)
  })

  it('holds a filled honeypot and an abusive question for review instead of dropping them', async () => {
    const bot = await ask({ website: 'http://spam.example' })
    expect(bot.status).toBe(202)
    expect(await questionByReceipt(bot.json().receiptCode)).toMatchObject({ state: 'pending', held: true, holdReasons: 'honeypot' })
    const rude = await ask({ text: 'Làm ăn như vcl, cá độ bóng đá ở nhà cái uy tín' })
    expect(rude.status).toBe(202)
    expect((await questionByReceipt(rude.json().receiptCode)).holdReasons).toBe('profanity, spam-words')
  })

  it('limits submissions per address and per email', async () => {
    const ip = newIp()
    const statuses = []
    for (let i = 0; i < 7; i++) statuses.push((await ask({}, ip)).status)
    expect(statuses).toEqual([202, 202, 202, 202, 202, 202, 429])
    const email = 'mot-nguoi@example.com'
    const byEmail = []
    for (let i = 0; i < 4; i++) byEmail.push(await ask({ email }))
    expect(byEmail.map((r) => r.status)).toEqual([202, 202, 202, 429])
    expect(byEmail[3]!.json().errors[0].field).toBe('email')
    expect(byEmail[3]!.headers['retry-after']).toMatch(/^\d+$/)
  })

  it('accepts form posts without JavaScript: a redirect to the receipt, or the form again with errors', async () => {
    const post = (form: Record<string, string>) => postForm('/api/public/questions', new URLSearchParams(form).toString())
    const ok = await post({ name: 'Trần Thị Biểu Mẫu', email: 'bieumau@example.com', address: 'Phường Thành Sen, Hà Tĩnh', text: 'Câu hỏi gửi bằng biểu mẫu không dùng JavaScript.', consent: 'on', session: SESSION })
    expect(ok.status).toBe(303)
    expect(ok.headers.location).toMatch(/^\/hoi-dap-truc-tuyen\/tra-cuu\/\?ma=[0-9A-Z-]{11}&moi=1$/)
    const receipt = await portal(ok.headers.location!)
    expect(receipt.status).toBe(200)
    expect(receipt.body).toContain('Đã nhận câu hỏi của bạn')
    expect(receipt.body).toContain('Chờ duyệt')

    const bad = await post({ name: 'T', email: 'khong-hop-le', text: 'ngắn', session: SESSION })
    expect(bad.status).toBe(400)
    expect(bad.headers['content-type']).toContain('text/html')
    expect(bad.body).toContain('id="q-email-error"')
    expect(bad.body).toMatch(/id="q-email"[^>]*aria-invalid="true"[^>]*aria-describedby="q-email-hint q-email-error"/)
    expect(bad.body).toContain('value="khong-hop-le"')
    expect(bad.headers['content-security-policy']).toContain("default-src 'self'")
  })
})

describe('merging and receipts', () => {
  it('lets the asker of a merged question find the shared answer with their receipt', async () => {
    const emails = ['hoi-goc@example.com', 'hoi-trung@example.com']
    const first = (await ask({ session: SESSION, email: emails[0], text: 'Doanh nghiệp nhỏ vay vốn ưu đãi lãi suất cần điều kiện gì?' })).json().receiptCode
    const second = (await ask({ session: SESSION, email: emails[1], text: 'Xin hoi dieu kien vay von uu dai lai suat cho doanh nghiep nho?' })).json().receiptCode
    const a = await questionByReceipt(first)
    const b = await questionByReceipt(second)
    expect((await moderate(a.id, { action: 'approve' })).status).toBe(200)
    const merged = await moderate(b.id, { action: 'merge', into: a.id })
    expect(merged.status, merged.body).toBe(200)
    expect(merged.json().question).toMatchObject({ state: 'merged', mergedInto: String(a.id) })
    expect((await moderate(a.id, { action: 'answer', text: 'Doanh nghiệp cần phương án kinh doanh khả thi.' })).status).toBe(200)

    const lookup = await portal(`/api/public/questions/${second.toLowerCase()}`, { headers: { 'x-forwarded-for': newIp() } })
    expect(lookup.status).toBe(200)
    expect(lookup.json()).toMatchObject({ code: second, state: 'merged', published: null })
    expect(lookup.json().mergedInto.answer.html).toContain('phương án kinh doanh khả thi')
    const page = await portal(`/hoi-dap-truc-tuyen/tra-cuu/?ma=${second}`)
    expect(page.body).toContain('đã được gộp vào câu hỏi đó')
    expect(page.body).toContain('phương án kinh doanh khả thi')
    // Both askers are told of the answer by email, each with their own receipt code.
    for (const [email, code] of [[emails[0], first], [emails[1], second]]) {
      const mail = (await server.api(`/api/outbox?where[to][equals]=${encodeURIComponent(email!)}&depth=0`, { token: tokens.admin })).json()
      expect(mail.totalDocs, email).toBe(1)
      expect(mail.docs[0].text).toContain(`/hoi-dap-truc-tuyen/tra-cuu/?ma=${code}`)
    }
    // Merging into a merged question, or into another session's question, is refused.
    const third = await questionByReceipt((await ask({ session: SESSION })).json().receiptCode)
    expect((await moderate(third.id, { action: 'merge', into: b.id })).status).toBe(400)
    const qa = await questionByReceipt((await ask({})).json().receiptCode)
    expect((await moderate(third.id, { action: 'merge', into: qa.id })).status).toBe(400)
    expect((await portal('/api/public/questions/ZZZZZ-ZZZZZ', { headers: { 'x-forwarded-for': newIp() } })).status).toBe(404)
  })
})

describe('the live stream and snapshot', () => {
  it('delivers an approval to a connected reader within a second, then an answer and a pin', async () => {
    const stream = openStream(portalHost(), `/api/live/doi-thoai/${SESSION}/stream`)
    try {
      await stream.next((e) => e.event === 'snapshot')
      expect(stream.headers()['content-type']).toContain('text/event-stream')
      const { receiptCode } = (await ask({ session: SESSION, text: 'Câu hỏi chờ được duyệt trong lúc trực tuyến.' })).json()
      const q = await questionByReceipt(receiptCode)
      const approvedAt = Date.now()
      expect((await moderate(q.id, { action: 'approve' })).status).toBe(200)
      const approved = await stream.next((e) => e.event === 'question' && e.data.question?.text === 'Câu hỏi chờ được duyệt trong lúc trực tuyến.', 2000)
      expect(approved.data.question.state).toBe('approved')
      expect(approved.at - approvedAt).toBeLessThan(1000)
      const ref = approved.data.ref
      await moderate(q.id, { action: 'answer', text: 'Câu trả lời trực tuyến.' })
      await stream.next((e) => e.event === 'question' && e.data.ref === ref && e.data.question?.state === 'answered')
      expect((await server.api(`/api/dialogue-sessions/${sessionId}/pin`, { method: 'POST', token: tokens.moderator, json: { question: q.id } })).status).toBe(200)
      await stream.next((e) => e.event === 'session' && e.data.pinned === ref)
      await moderate(q.id, { action: 'hide' })
      await stream.next((e) => e.event === 'question' && e.data.ref === ref && e.data.question === null)
    } finally {
      stream.close()
    }
  })

  it('serves a cacheable snapshot with an ETag, also on the platform host', async () => {
    const first = await portal(`/api/live/doi-thoai/${SESSION}`)
    expect(first.status).toBe(200)
    expect(first.headers['cache-control']).toContain('max-age=2')
    const etag = first.headers.etag as string
    expect((await portal(`/api/live/doi-thoai/${SESSION}`, { headers: { 'if-none-match': etag } })).status).toBe(304)
    const platform = await server.api(`/api/live/ha-tinh/doi-thoai/${SESSION}`)
    expect(platform.json().version).toBe(first.json().version)
    expect((await portal('/api/live/doi-thoai/khong-co')).status).toBe(404)
    // Another portal's host does not serve this session.
    expect((await server.request(`so-khcn-ha-tinh.localhost:${server.port}`, `/api/live/doi-thoai/${SESSION}`)).status).toBe(404)
  })
})

describe('moderators', () => {
  it('see and moderate only the sessions of their own sites', async () => {
    const foreign = await server.api('/api/dialogue-sessions?depth=0', {
      method: 'POST',
      token: tokens.admin,
      json: { title: 'Phiên của Sở', slug: 'phien-cua-so', site: soKhcn, startsAt: '2026-12-01T02:00:00.000Z', endsAt: '2026-12-01T04:00:00.000Z' },
    })
    expect(foreign.status, foreign.body).toBe(201)
    const id = foreign.json().doc.id
    expect((await server.api(`/api/dialogue-sessions/${id}/console`, { token: tokens.moderator })).status).toBe(403)
    const list = (await server.api('/api/dialogue-sessions?depth=0&limit=100', { token: tokens.moderator })).json()
    expect(list.docs.map((d: { site: number }) => d.site).every((s: number) => s === haTinh)).toBe(true)
    expect((await server.api(`/api/dialogue-sessions/${id}?depth=0`, { method: 'PATCH', token: tokens.moderator, json: { state: 'open' } })).status).toBe(403)
    const own = await server.api(`/api/dialogue-sessions/${sessionId}/console`, { token: tokens.moderator })
    expect(own.status).toBe(200)
    // The console never carries contact details.
    expect(own.body).not.toMatch(/"email"|"phone"|"address"/)
    expect((await server.api('/api/questions?depth=0')).status).toBe(403)
  })
})

describe('personal data', () => {
  it('never appears in public responses, the stream, the snapshot or the built portal', async () => {
    const stream = openStream(portalHost(), `/api/live/doi-thoai/${SESSION}/stream`)
    const inSession = (await ask({ session: SESSION, ...PII, text: 'Câu hỏi có thông tin cá nhân trong phiên.' })).json().receiptCode
    const inQa = (await ask({ ...PII, text: 'Câu hỏi có thông tin cá nhân trong hỏi đáp.' })).json().receiptCode
    for (const code of [inSession, inQa]) {
      const q = await questionByReceipt(code)
      expect((await moderate(q.id, { action: 'answer', text: 'Đã trả lời công khai.', by: 'Ông Khách Mời' })).status).toBe(200)
    }
    await stream.next((e) => e.event === 'question' && e.data.question?.text === 'Câu hỏi có thông tin cá nhân trong phiên.')
    stream.close()
    // Close the session: its archive is built into the portal.
    expect((await server.api(`/api/dialogue-sessions/${sessionId}?depth=0`, { method: 'PATCH', token: tokens.moderator, json: { state: 'closed' } })).status).toBe(200)
    const archive = await waitFor(
      async () => {
        const page = await portal(`/doi-thoai/${SESSION}/`)
        return page.status === 200 && page.body.includes('Câu hỏi có thông tin cá nhân trong phiên.') && page.body.includes('Toàn văn câu hỏi và trả lời') ? page : undefined
      },
      30_000,
      'the archive page of the closed session',
    )
    const qaPage = await waitFor(async () => {
      const page = await portal('/hoi-dap-truc-tuyen/')
      return page.body.includes('Câu hỏi có thông tin cá nhân trong hỏi đáp.') ? page : undefined
    }, 30_000, 'the hỏi đáp page')
    expect(archive.body).not.toContain('data-live=')
    await waitFor(async () => {
      const queue = (await server.api('/healthz')).json().buildQueue
      return queue.queued + queue.running === 0 ? true : undefined
    }, 30_000, 'the builds to finish')

    const outputs: [string, string][] = [
      ['archive page', archive.body],
      ['hỏi đáp page', qaPage.body],
      ['snapshot', (await portal(`/api/live/doi-thoai/${SESSION}`)).body],
      ['platform snapshot', (await server.api(`/api/live/ha-tinh/doi-thoai/${SESSION}`)).body],
      ['stream', JSON.stringify(stream.events)],
      ['receipt JSON', (await portal(`/api/public/questions/${inSession}`, { headers: { 'x-forwarded-for': newIp() } })).body],
      ['receipt page', (await portal(`/hoi-dap-truc-tuyen/tra-cuu/?ma=${inQa}`)).body],
      ['session list', (await portal('/doi-thoai/')).body],
      ['anonymous REST', (await server.api(`/api/questions?where[receiptCode][equals]=${inSession}`)).body],
    ]
    for (const file of filesUnder(server.sitesDir)) {
      const bytes = unlessGone(() => fs.readFileSync(file))
      if (bytes) outputs.push([path.relative(server.sitesDir, file), bytes.toString('latin1') + bytes.toString('utf8')])
    }

    // The portal snapshot the builds render from, exported in this process from the server's database.
    const payload = await openLocalApi(server)
    const { exportSnapshot } = await import('../plugins/portals/build/export')
    const { snapshot } = await exportSnapshot(payload, [haTinh])
    outputs.push(['portal snapshot', JSON.stringify(snapshot)])
    expect(JSON.stringify(snapshot)).toContain('Câu hỏi có thông tin cá nhân trong hỏi đáp.')
    await payload.destroy()

    for (const [where, text] of outputs) {
      for (const secret of Object.values(PII)) expect(text.includes(secret), `${secret} in ${where}`).toBe(false)
    }
    // Longer than its three waits for builds (30 s each): a slow one fails with its own message.
  }, 120_000)
})

describe('in Chromium', () => {
  it('a citizen sends a question, a moderator approves and answers it in the console, and the open page shows the answer', async () => {
    const slug = 'doi-thoai-tren-trinh-duyet'
    const created = await server.api('/api/dialogue-sessions?depth=0', {
      method: 'POST',
      token: tokens.moderator,
      json: { title: 'Giao lưu trên trình duyệt', slug, site: haTinh, state: 'live', startsAt: '2026-11-24T02:00:00.000Z', endsAt: '2026-11-24T04:00:00.000Z', guests: [{ name: 'Bà Khách Mời', position: 'Phó Giám đốc' }] },
    })
    expect(created.status, created.body).toBe(201)
    const id = created.json().doc.id
    const citizen = await browser.newContext({ extraHTTPHeaders: {} })
    const page = await citizen.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await waitFor(async () => ((await portal(`/doi-thoai/${slug}/`)).status === 200 ? true : undefined), 30_000, 'the session page')
    await page.goto(`http://${portalHost()}/doi-thoai/${slug}/`)
    await page.fill('#q-name', 'Công Dân Trình Duyệt')
    await page.fill('#q-email', 'trinhduyet@example.com')
    await page.fill('#q-address', 'Xã Thạch Hà, tỉnh Hà Tĩnh')
    const question = 'Khi nào tỉnh mở đăng ký hỗ trợ chuyển đổi số cho hộ kinh doanh?'
    await page.fill('#q-text', question)
    await page.check('#q-consent')
    await page.click('button.submit')
    const status = page.locator('[data-form-status]')
    await status.waitFor({ state: 'visible' })
    expect(await status.innerText()).toMatch(/Mã tra cứu: [0-9A-Z]{5}-[0-9A-Z]{5}/)

    const moderator = await browser.newContext()
    const admin = await moderator.newPage()
    await admin.goto(`http://localhost:${server.port}/admin/login`)
    await admin.fill('#field-email', 'dieuphoi.hatinh@cong.gov.vn')
    await admin.fill('#field-password', SEED_PASSWORD)
    await admin.click('button[type=submit]')
    await admin.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
    await admin.goto(`http://localhost:${server.port}/admin/doi-thoai/${id}`)
    await admin.locator('[data-question-text]', { hasText: question }).click()
    await admin.keyboard.press('a')
    await page.locator('[data-live-waiting]', { hasText: question }).waitFor({ timeout: 5000 })
    await admin.locator('[data-question-text]', { hasText: question }).waitFor({ state: 'detached' })
    await admin.keyboard.press('3')
    await admin.locator('[data-question-text]', { hasText: question }).click()
    await admin.keyboard.press('w')
    await admin.waitForFunction(() => document.activeElement?.id === 'tra-loi')
    await admin.keyboard.type('Tỉnh mở đăng ký từ tháng 1 năm 2027 tại bộ phận một cửa của xã.')
    await admin.keyboard.press('Control+Enter')
    const answer = page.locator('[data-live-answered] .qa__answer', { hasText: 'Tỉnh mở đăng ký từ tháng 1 năm 2027' })
    await answer.waitFor({ timeout: 5000 })
    expect(await page.locator('[data-live-answered]').innerText()).toContain(question)
    expect(errors).toEqual([])

    // A browser without EventSource (or behind a proxy that breaks streams) polls the snapshot.
    const polling = await browser.newContext()
    await polling.addInitScript(() => Object.defineProperty(window, 'EventSource', { value: undefined }))
    const old = await polling.newPage()
    await old.goto(`http://${portalHost()}/doi-thoai/${slug}/`)
    await old.locator('[data-live-answered] .qa__answer').first().waitFor({ timeout: 5000 })
    expect((await server.api(`/api/questions?where[session][equals]=${id}&depth=0`, { token: tokens.moderator })).json().docs[0].state).toBe('answered')
    const second = (await ask({ session: slug, text: 'Câu hỏi thứ hai, theo dõi bằng cách hỏi lại định kỳ.' })).json().receiptCode
    expect((await moderate((await questionByReceipt(second)).id, { action: 'approve' })).status).toBe(200)
    await old.locator('[data-live-waiting]', { hasText: 'theo dõi bằng cách hỏi lại định kỳ' }).waitFor({ timeout: 8000 })
    await polling.close()
    await moderator.close()
    await citizen.close()
  }, 90_000)
})
