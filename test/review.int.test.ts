/**
 * Owners and review dates, and the accessibility statement (issue 18, ADR 0024), on a real server
 * with the demo portals (SQLite, and PostgreSQL in its pass):
 * - next review defaulted from the type (pages 12 months, procedures 6, news none) and from the
 *   site's own setting; owner and date changed through the edit view's endpoint, with refusals;
 * - reminders 30 and 7 days before and on the day, each once, while this process (two runs at
 *   once) and the server's job runner send them: the clock is moved by moving the dates; one
 *   interrupted while its mails are written goes out on the next run, to each person once;
 * - overdue documents in "Việc của tôi" and per portal on the compliance dashboard, gone once
 *   marked reviewed; the dates on the portal page after the rebuild;
 * - the statement on a built portal: counts equal to the build's release checks, both languages,
 *   and the footer link on every page of the release.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addDays, addMonths, dayStart, vnDate, vnDay } from '../plugins/review/dates'
import { openLocalApi, SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'

let server: TestServer
let local: Payload
const tokens: Record<string, string> = {}
let haTinh: number
const today = vnDay(new Date())

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

async function login(email: string): Promise<string> {
  const res = await server.api('/api/users/login', { method: 'POST', json: { email, password: SEED_PASSWORD } })
  expect(res.status, res.body).toBe(200)
  return res.json().token
}

const siteId = async (slug: string) => (await server.api(`/api/sites?where[slug][equals]=${slug}&depth=0`)).json().docs[0].id as number
const portal = (urlPath: string) => server.request(`ha-tinh.localhost:${server.port}`, urlPath)
const review = (collection: string, id: number | string, who = 'editor') => server.api(`/api/${collection}/${id}/review`, { token: tokens[who] })
const setReview = (collection: string, id: number | string, json: unknown, who = 'editor') => server.api(`/api/${collection}/${id}/review`, { method: 'POST', token: tokens[who], json })

async function createPage(title: string, extra: Record<string, unknown> = {}, who = 'editor'): Promise<Doc> {
  const res = await server.api('/api/pages?depth=0', { method: 'POST', token: tokens[who], json: { title, site: haTinh, _status: 'published', ...extra } })
  expect(res.status, res.body).toBe(201)
  return res.json().doc
}

/** Move a document's next review (the test's clock: dates in the data, never sleeping). */
async function setNext(collection: string, id: number | string, day: string | null, owner?: number | string | null) {
  const rows = await local.find({ collection: 'review-schedules' as never, where: { key: { equals: `${collection}:${id}` } }, overrideAccess: true, depth: 0 })
  expect(rows.docs).toHaveLength(1)
  await local.update({ collection: 'review-schedules' as never, id: (rows.docs[0] as Doc).id, data: { nextReviewAt: day ? dayStart(day) : null, ...(owner !== undefined ? { owner } : {}) } as never, overrideAccess: true })
}

async function outboxFor(title: string): Promise<Doc[]> {
  const found = await local.find({ collection: 'outbox', where: { subject: { contains: title } }, pagination: false, overrideAccess: true, depth: 0 })
  return found.docs as Doc[]
}

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

beforeAll(async () => {
  server = await startServer()
  tokens.admin = await login('admin@cong.gov.vn')
  tokens.editor = await login('bientap.hatinh@cong.gov.vn') // editor on ha-tinh
  tokens.approver = await login('duyet.hatinh@cong.gov.vn')
  tokens.siteAdmin = await login('quantri.hatinh@cong.gov.vn')
  tokens.moderator = await login('dieuphoi.hatinh@cong.gov.vn')
  tokens.author = await login('ctv.skhcn@cong.gov.vn') // author on so-khcn-ha-tinh only
  haTinh = (await server.api('/api/sites?where[slug][equals]=ha-tinh&depth=0')).json().docs[0].id
  local = await openLocalApi(server)
}, 360_000)

afterAll(async () => {
  await local?.destroy()
  await server?.stop()
})

describe('review dates are defaulted per type and site', () => {
  it('a new page is due in 12 months, owned by the site’s editors', async () => {
    const page = await createPage('Quy chế tiếp công dân')
    const res = await review('pages', page.id)
    expect(res.status, res.body).toBe(200)
    const state = res.json()
    expect(state.months).toBe(12)
    expect(state.owner).toBeNull()
    expect(state.lastReviewedAt).toBeNull()
    expect(vnDay(state.nextReviewAt)).toBe(addMonths(today, 12))
    expect(state.canEdit).toBe(true)
    // The owner can be any active member of the site.
    expect(state.candidates.map((c: Doc) => c.name).length).toBeGreaterThan(2)
  })

  it('procedures are due in 6 months and news never, from the seeded content', async () => {
    // The editor of Hà Tĩnh is an author on the Sở, which holds procedures.
    const procedure = (await server.api(`/api/procedures?where[site][equals]=${await siteId('so-khcn-ha-tinh')}&limit=1&depth=0`, { token: tokens.admin })).json().docs[0]
    const p = (await review('procedures', procedure.id)).json()
    expect(p.months).toBe(6)
    expect(vnDay(p.nextReviewAt)).toBe(addMonths(vnDay(procedure.createdAt), 6))
    const news = (await server.api('/api/news?where[site][equals]=' + haTinh + '&limit=1&depth=0', { token: tokens.editor })).json().docs[0]
    const n = (await review('news', news.id)).json()
    expect(n.months).toBeNull()
    expect(n.nextReviewAt).toBeNull()
  })

  it('a site’s own interval replaces the type’s default, and bad settings are refused', async () => {
    const bad = await server.api(`/api/sites/${haTinh}?depth=0`, { method: 'PATCH', token: tokens.siteAdmin, json: { reviewIntervals: [{ collection: 'pages', months: 99 }] } })
    expect(bad.status).toBe(400)
    const twice = await server.api(`/api/sites/${haTinh}?depth=0`, { method: 'PATCH', token: tokens.siteAdmin, json: { reviewIntervals: [{ collection: 'pages', months: 3 }, { collection: 'pages', months: 4 }] } })
    expect(twice.status).toBe(400)
    expect(twice.body).toContain('một chu kỳ')
    const ok = await server.api(`/api/sites/${haTinh}?depth=0`, { method: 'PATCH', token: tokens.siteAdmin, json: { reviewIntervals: [{ collection: 'pages', months: 3 }] } })
    expect(ok.status, ok.body).toBe(200)
    try {
      const page = await createPage('Lịch tiếp công dân tháng này')
      const state = (await review('pages', page.id)).json()
      expect(state.months).toBe(3)
      expect(vnDay(state.nextReviewAt)).toBe(addMonths(today, 3))
    } finally {
      await server.api(`/api/sites/${haTinh}?depth=0`, { method: 'PATCH', token: tokens.siteAdmin, json: { reviewIntervals: [] } })
    }
  })

  it('owner and date are changed by those who may, and checked', async () => {
    const page = await createPage('Danh bạ điện thoại cơ quan')
    const state = (await review('pages', page.id)).json()
    const approver = state.candidates.find((c: Doc) => c.name.length > 0 && c.id !== undefined)
    expect((await setReview('pages', page.id, { nextReviewAt: '2020-01-01' })).status).toBe(400)
    expect((await setReview('pages', page.id, { nextReviewAt: '01/02/2030' })).status).toBe(400)
    expect((await setReview('pages', page.id, { nextReviewAt: '2031-02-30' })).status).toBe(400)
    expect((await setReview('pages', page.id, { owner: 999999 })).status).toBe(400)
    expect((await setReview('pages', page.id, { owner: approver.id, extra: 1 })).status).toBe(400)
    expect((await setReview('pages', page.id, { nextReviewAt: addDays(today, 40) }, 'moderator')).status).toBe(403)
    expect((await server.api(`/api/pages/${page.id}/review`, { method: 'POST', json: {} })).status).toBe(401)
    // Staff of another site do not see who owns it, though the page is public.
    const author = await server.api(`/api/pages/${page.id}/review`, { token: tokens.author })
    expect(author.status).toBe(404)
    expect((await server.api(`/api/pages/${page.id}/reviewed`, { method: 'POST', token: tokens.author, json: {} })).status).toBe(404)
    const changed = await setReview('pages', page.id, { owner: approver.id, nextReviewAt: addDays(today, 40) })
    expect(changed.status, changed.body).toBe(200)
    expect(changed.json().owner.id).toBe(approver.id)
    expect(vnDay(changed.json().nextReviewAt)).toBe(addDays(today, 40))
    expect(changed.json().daysLeft).toBe(40)
    // What was refused changed nothing.
    expect((await review('pages', page.id)).json().owner.id).toBe(approver.id)
  })
})

describe('reminders through the outbox', () => {
  it('go out 30 and 7 days before and on the day, once each, whichever process runs them', async () => {
    const { sendReviewReminders } = await import('../plugins/review/reminders')
    const stamp = Date.now().toString(36)
    const due30 = await createPage(`Nhắc 30 ngày ${stamp}`)
    const due7 = await createPage(`Nhắc 7 ngày ${stamp}`)
    const due0 = await createPage(`Nhắc hôm nay ${stamp}`)
    const later = await createPage(`Chưa đến hạn ${stamp}`)
    const draft = (await server.api('/api/pages?depth=0', { method: 'POST', token: tokens.editor, json: { title: `Bản nháp ${stamp}`, site: haTinh, _status: 'draft' } })).json().doc
    const editor = (await server.api('/api/users/me', { token: tokens.editor })).json().user
    await setNext('pages', due30.id, addDays(today, 30))
    await setNext('pages', due7.id, addDays(today, 7), editor.id)
    await setNext('pages', due0.id, today)
    await setNext('pages', later.id, addDays(today, 31))
    await setNext('pages', draft.id, today)

    // The site's editors (editors and site admins of ha-tinh), for documents without owner.
    const staff = (await local.find({ collection: 'users', where: { 'memberships.site': { equals: haTinh } }, pagination: false, overrideAccess: true, depth: 0 })).docs as Doc[]
    const editors = staff.filter((u) => u.memberships.some((m: Doc) => String(m.site) === String(haTinh) && ['editor', 'site-admin'].includes(m.role)) && (!u.accountStatus || u.accountStatus === 'active')).map((u) => u.email).sort()
    expect(editors.length).toBeGreaterThan(1)

    // Two runs here at once and one in the server's job runner.
    const job = (await local.jobs.queue({ task: 'sendReviewReminders' as never, input: {} as never })) as unknown as { id: number | string }
    await Promise.all([sendReviewReminders(local), sendReviewReminders(local)])
    // Completed jobs may be deleted: gone or completed, the server has run it.
    await waitFor(
      async () => {
        const row = (await local.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true, disableErrors: true })) as Doc | null
        return !row || row.completedAt ? true : undefined
      },
      90_000,
      'the server’s reminder job',
    )
    await sendReviewReminders(local)

    const m30 = await outboxFor(`Nhắc 30 ngày ${stamp}`)
    expect(m30.map((m) => m.to).sort()).toEqual(editors)
    expect(m30[0]!.subject).toContain('Sắp đến hạn rà soát')
    expect(m30[0]!.text).toContain(vnDate(addDays(today, 30)))
    expect(m30[0]!.text).toContain(`/admin/collections/pages/${due30.id}`)
    const m7 = await outboxFor(`Nhắc 7 ngày ${stamp}`)
    expect(m7.map((m) => m.to)).toEqual([editor.email])
    expect(m7[0]!.subject).toContain('Còn 7 ngày')
    const m0 = await outboxFor(`Nhắc hôm nay ${stamp}`)
    expect(m0.map((m) => m.to).sort()).toEqual(editors)
    expect(m0[0]!.subject).toContain('Đến hạn rà soát hôm nay')
    expect(await outboxFor(`Chưa đến hạn ${stamp}`)).toHaveLength(0)
    expect(await outboxFor(`Bản nháp ${stamp}`)).toHaveLength(0)

    // 23 days later the first one is 7 days away: its second reminder goes, once.
    await setNext('pages', due30.id, addDays(today, 7))
    await Promise.all([sendReviewReminders(local), sendReviewReminders(local)])
    const again = await outboxFor(`Nhắc 30 ngày ${stamp}`)
    expect(again).toHaveLength(editors.length * 2)
    expect(again.filter((m) => m.subject.includes('Còn 7 ngày'))).toHaveLength(editors.length)
    // Marked reviewed, the document's reminders start over for its new date.
    const marked = await server.api(`/api/pages/${due0.id}/reviewed`, { method: 'POST', token: tokens.editor, json: {} })
    expect(marked.status, marked.body).toBe(200)
    await sendReviewReminders(local)
    expect(await outboxFor(`Nhắc hôm nay ${stamp}`)).toHaveLength(editors.length)
  }, 180_000)

  it('give a review date to a document that has none (made before review dates, or imported beside the Local API)', async () => {
    const { sendReviewReminders } = await import('../plugins/review/reminders')
    const page = await createPage(`Chưa có lịch rà soát ${Date.now().toString(36)}`)
    const row = async () => (await local.find({ collection: 'review-schedules' as never, where: { key: { equals: `pages:${page.id}` } }, overrideAccess: true, depth: 0 })).docs[0] as Doc | undefined
    const made = await waitFor(row, 10_000, 'the page’s review row')
    await local.delete({ collection: 'review-schedules' as never, id: made.id, overrideAccess: true })
    expect(await row()).toBeUndefined()
    // A run out of time for it (the backfill's budget, 5 minutes a run) leaves it to the next one, and says so.
    expect(await sendReviewReminders(local, new Date(), { backfillMs: -1 })).toMatchObject({ created: 0, backfilled: false })
    expect(await row()).toBeUndefined()
    const caught = await sendReviewReminders(local)
    expect(caught.backfilled).toBe(true)
    expect(caught.created).toBeGreaterThanOrEqual(1)
    const again = await row()
    expect(again).toMatchObject({ document: String(page.id), collection: 'pages', title: page.title, site: haTinh })
    expect(vnDay(again!.nextReviewAt)).toBe(vnDay(made.nextReviewAt))
    // Every document has its row now: the next run makes none.
    expect((await sendReviewReminders(local)).created).toBe(0)
  }, 60_000)
})

describe('a reminder interrupted midway', () => {
  it('goes out on the next run, to each person once', async () => {
    const { sendReviewReminders } = await import('../plugins/review/reminders')
    const stamp = Date.now().toString(36)
    const page = await createPage(`Nhắc sau sự cố ${stamp}`)
    await setNext('pages', page.id, addDays(today, 7))
    const staff = (await local.find({ collection: 'users', where: { 'memberships.site': { equals: haTinh } }, pagination: false, overrideAccess: true, depth: 0 })).docs as Doc[]
    const editors = staff.filter((u) => u.memberships.some((m: Doc) => String(m.site) === String(haTinh) && ['editor', 'site-admin'].includes(m.role)) && (!u.accountStatus || u.accountStatus === 'active')).map((u) => u.email).sort()
    expect(editors.length).toBeGreaterThan(1)

    // The process dies while writing the reminder's mails: the second one fails.
    let writes = 0
    const failing = ({ data }: { data: Doc }) => {
      if (String(data?.subject ?? '').includes(stamp) && ++writes === 2) throw new Error('Tiến trình dừng giữa chừng (thử nghiệm)')
      return data
    }
    const hooks = local.collections.outbox.config.hooks
    hooks.beforeChange = [...(hooks.beforeChange ?? []), failing as never]
    try {
      await expect(sendReviewReminders(local)).rejects.toThrow(/giữa chừng/)
    } finally {
      hooks.beforeChange = hooks.beforeChange.filter((h) => h !== (failing as never))
    }
    // Not lost, and not sent twice: the next runs write what is missing, then nothing.
    await sendReviewReminders(local)
    await sendReviewReminders(local)
    const mails = await outboxFor(`Nhắc sau sự cố ${stamp}`)
    expect(mails.map((m) => m.to).sort()).toEqual(editors)
    expect(mails.every((m) => m.subject.includes('Còn 7 ngày'))).toBe(true)
  }, 120_000)
})

describe('overdue reviews', () => {
  it('are in "Việc của tôi" of their owner or the site’s editors, on the compliance dashboard, and leave both when reviewed', async () => {
    const before = (await server.api('/api/compliance?fresh=1', { token: tokens.siteAdmin })).json().rows.find((r: Doc) => r.slug === 'ha-tinh').overdueReviews as number
    const page = await createPage(`Quá hạn rà soát ${Date.now().toString(36)}`)
    await setNext('pages', page.id, addDays(today, -3))

    const work = (await server.api('/api/users/my-work', { token: tokens.editor })).json()
    const item = work.reviews.items.find((i: Doc) => i.collection === 'pages' && String(i.id) === String(page.id))
    expect(item).toMatchObject({ title: page.title, daysOverdue: 3, siteName: expect.any(String) })
    expect((await server.api('/api/users/my-work', { token: tokens.author })).json().reviews.items.some((i: Doc) => String(i.id) === String(page.id))).toBe(false)

    const row = (await server.api('/api/compliance?fresh=1', { token: tokens.siteAdmin })).json().rows.find((r: Doc) => r.slug === 'ha-tinh')
    expect(row.overdueReviews).toBe(before + 1)
    const csv = await server.api('/api/compliance.csv?fresh=1', { token: tokens.siteAdmin })
    expect(csv.body.split('\n')[0]).toContain('Quá hạn rà soát')

    // Given to the approver, it is theirs, not the editor's.
    const approver = (await server.api('/api/users/me', { token: tokens.approver })).json().user
    expect((await setReview('pages', page.id, { owner: approver.id })).status).toBe(200)
    expect((await server.api('/api/users/my-work', { token: tokens.editor })).json().reviews.items.some((i: Doc) => String(i.id) === String(page.id))).toBe(false)
    expect((await server.api('/api/users/my-work', { token: tokens.approver })).json().reviews.items.some((i: Doc) => String(i.id) === String(page.id))).toBe(true)

    const marked = await server.api(`/api/pages/${page.id}/reviewed`, { method: 'POST', token: tokens.approver, json: {} })
    expect(marked.status, marked.body).toBe(200)
    expect(vnDay(marked.json().lastReviewedAt)).toBe(today)
    expect(vnDay(marked.json().nextReviewAt)).toBe(addMonths(today, 12))
    expect((await server.api('/api/users/my-work', { token: tokens.approver })).json().reviews.items.some((i: Doc) => String(i.id) === String(page.id))).toBe(false)
    expect((await server.api('/api/compliance?fresh=1', { token: tokens.siteAdmin })).json().rows.find((r: Doc) => r.slug === 'ha-tinh').overdueReviews).toBe(before)

    // The portal page shows the new dates after the rebuild the review queued.
    await waitFor(async () => ((await portal(`/${page.slug}/`)).body.includes(`Rà soát lần cuối: <time datetime="${today}">${vnDate(today)}</time>`) ? true : undefined), 120_000, 'the reviewed page on the portal')
    const html = (await portal(`/${page.slug}/`)).body
    expect(html).toContain(`Rà soát lần tới: <time datetime="${addMonths(today, 12)}">${vnDate(addMonths(today, 12))}</time>`)
  }, 240_000)

  it('procedures show their next review on the portal; news do not', async () => {
    const procedure = (await server.api(`/api/procedures?where[site][equals]=${await siteId('so-khcn-ha-tinh')}&where[_status][equals]=published&limit=1&depth=0`, { token: tokens.admin })).json().docs[0]
    const next = vnDay((await review('procedures', procedure.id)).json().nextReviewAt)
    const html = (await server.request(`so-khcn-ha-tinh.localhost:${server.port}`, `/thu-tuc-hanh-chinh/${procedure.slug}/`)).body
    expect(html).toContain(`Rà soát lần tới: <time datetime="${next}">${vnDate(next)}</time>`)
    const news = (await server.api('/api/news?where[site][equals]=' + haTinh + '&where[_status][equals]=published&limit=1&depth=0', { token: tokens.editor })).json().docs[0]
    expect((await portal(`/tin-tuc/${news.slug}/`)).body).not.toContain('Rà soát lần')
  })
})

describe('the accessibility statement', () => {
  it('is written by every build from its release checks, in both languages, and linked from every page', async () => {
    // A link to nothing, so that the statement has something to report.
    const linked = await createPage('Liên kết cũ', { layout: [{ blockType: 'linksList', heading: 'Tài liệu cũ', links: [{ label: 'Báo cáo năm 2019', url: '/bao-cao-khong-con/' }] }] })
    await waitForIdleBuilds()
    const build = (await server.api(`/api/builds?where[site][equals]=${haTinh}&where[status][equals]=succeeded&sort=-finishedAt&limit=1&depth=0`, { token: tokens.admin })).json().docs[0]
    const checks = build.checks
    expect(checks.links.broken).toBeGreaterThan(0)

    const vi = await portal('/tuyen-bo-tiep-can/')
    expect(vi.status).toBe(200)
    expect(vi.body).toContain('Tuyên bố về khả năng tiếp cận của')
    expect(vi.body).toContain('WCAG) 2.1 mức AA')
    // The day of the check (a build later the same day that finds the same keeps the statement).
    expect(vi.body).toContain(`Lần kiểm tra gần nhất ngày <time datetime="${vnDay(checks.checkedAt)}">`)
    const count = (html: string, rule: string) => {
      const m = new RegExp(`<tr data-rule="${rule}"><th scope="row">[^<]*</th><td[^>]*>(\\d+)</td>`).exec(html)
      return m ? Number(m[1]) : 0
    }
    expect(count(vi.body, 'broken-links')).toBe(checks.links.broken)
    for (const rule of checks.a11y.rules) expect(count(vi.body, rule.rule), rule.rule).toBe(rule.count)
    expect(vi.body).toContain(`kiểm tra tự động của lần phát hành này phát hiện ${checks.a11y.issues} lỗi về khả năng tiếp cận và ${checks.links.broken} liên kết hỏng`)
    // The contact for problems is the site's.
    const site = (await server.api(`/api/sites/${haTinh}?depth=0`, { token: tokens.admin })).json()
    if (site.contact?.email) expect(vi.body).toContain(`mailto:${site.contact.email}`)
    if (site.contact?.phone) expect(vi.body).toContain(site.contact.phone)

    const en = await portal('/en/accessibility-statement/')
    expect(en.status).toBe(200)
    expect(en.body).toContain('Accessibility statement for')
    expect(count(en.body, 'broken-links')).toBe(checks.links.broken)

    // Every page of the live release links to the statement of its language.
    const release = fs.realpathSync(path.join(server.sitesDir, 'ha-tinh'))
    const pages: string[] = []
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(file)
        else if (entry.name.endsWith('.html')) pages.push(file)
      }
    }
    walk(release)
    expect(pages.length).toBeGreaterThan(50)
    const missing = pages.filter((file) => {
      const html = fs.readFileSync(file, 'utf8')
      const english = path.relative(release, file).startsWith('en/')
      return !html.includes(english ? 'href="/en/accessibility-statement/"' : 'href="/tuyen-bo-tiep-can/"')
    })
    expect(missing.map((f) => path.relative(release, f))).toEqual([])
    // And the sitemap lists it.
    expect((await portal('/sitemap.xml')).body).toContain('/tuyen-bo-tiep-can/</loc>')

    const latestBuild = async (than: { id: number | string }) =>
      waitFor(async () => {
        await waitForIdleBuilds()
        const last = (await server.api(`/api/builds?where[site][equals]=${haTinh}&where[status][equals]=succeeded&sort=-finishedAt&limit=1&depth=0`, { token: tokens.admin })).json().docs[0]
        return last.id !== than.id ? last : undefined
      }, 120_000, 'a new build')
    const statementFile = () => path.join(fs.realpathSync(path.join(server.sitesDir, 'ha-tinh')), 'tuyen-bo-tiep-can', 'index.html')
    const first = fs.statSync(statementFile()).ino

    // A build the same day that finds the same (the page's title edited) keeps the statement: the
    // new release links the same file.
    expect((await server.api(`/api/pages/${linked.id}?depth=0`, { method: 'PATCH', token: tokens.editor, json: { title: 'Liên kết cũ (đã sửa tiêu đề)', _status: 'published' } })).status).toBe(200)
    const edited = await latestBuild(build)
    expect(fs.realpathSync(path.join(server.sitesDir, 'ha-tinh'))).not.toBe(release)
    expect(edited.checks.links.broken).toBe(checks.links.broken)
    expect(edited.checks.a11y.issues).toBe(checks.a11y.issues)
    if (vnDay(edited.checks.checkedAt) === vnDay(checks.checkedAt)) expect(fs.statSync(statementFile()).ino).toBe(first)
    else expect(fs.statSync(statementFile()).ino).not.toBe(first)
    expect((await portal('/tuyen-bo-tiep-can/')).body).toContain(`<time datetime="${vnDay(edited.checks.checkedAt)}">`)

    // The next build, whose checks find less, writes it again from its own figures.
    const fixed = linked
    // Editors move a page to the trash (ADR 0022); it leaves the portal like a deleted one.
    expect((await server.api(`/api/pages/${fixed.id}?depth=0`, { method: 'PATCH', token: tokens.editor, json: { deletedAt: new Date().toISOString() } })).status).toBe(200)
    const latest = await latestBuild(edited)
    expect(latest.checks.links.broken).toBeLessThan(checks.links.broken)
    expect(fs.statSync(statementFile()).ino).not.toBe(first)
    const after = await portal('/tuyen-bo-tiep-can/')
    expect(after.body).toContain(`<time datetime="${vnDay(latest.checks.checkedAt)}">`)
    expect(count(after.body, 'broken-links')).toBe(latest.checks.links.broken)
  }, 300_000)
})
