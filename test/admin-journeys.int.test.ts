/**
 * Site staff at work in the admin (Debian Chromium, one real server for every journey): what each
 * person sees and can do, per role.
 *
 * - editor: creates a news item with a picture (uploaded from the article, so it takes the
 *   article's site), saves it, reopens it, edits it and submits it for review; previews it;
 * - approver: returns it with a comment (the writer sees the comment in "Việc của tôi" and
 *   resubmits it there), then approves and publishes it: the page is live on the portal;
 * - author: sees and edits their own drafts and has no publishing control, and a sidebar without
 *   the platform's groups;
 * - site admin: sees who saved each version, restores an older one, and invites a colleague;
 * - legal document: an editor enters a decision, publishes it (live on the portal) and unpublishes
 *   it with a reason; procedure: a writer without publishing rights on the Sở KH&CN edits one and
 *   submits it, an approver publishes it from "Việc của tôi" (workflow controls on every
 *   editorial type, not only news);
 * - moderator: approves, pins and answers a citizen's question in the dialogue console while a
 *   citizen's browser shows the session page follow;
 * - and, over REST, permission questions on every collection that follows the workflow answer
 *   403 in Vietnamese and English, never 500.
 */
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { clickUntil, launchChromium } from './helpers/browser'
import { SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'

let server: TestServer
let browser: Browser
let base: string
const ids: Record<string, number> = {}

const EDITOR = 'bientap.hatinh@cong.gov.vn' // editor on ha-tinh (author on so-khcn-ha-tinh)
const APPROVER = 'duyet.hatinh@cong.gov.vn'
const AUTHOR = 'ctv.skhcn@cong.gov.vn'
const SITE_ADMIN = 'quantri.hatinh@cong.gov.vn'
const MODERATOR = 'dieuphoi.hatinh@cong.gov.vn'
const HA_TINH = 'Cổng thông tin điện tử tỉnh Hà Tĩnh'
const TITLE = 'Hà Tĩnh số hóa hồ sơ đất đai cấp xã'
const LONG = 60_000

async function token(email: string): Promise<string> {
  const res = await server.api('/api/users/login', { method: 'POST', json: { email, password: SEED_PASSWORD } })
  expect(res.status, res.body).toBe(200)
  return res.json<{ token: string }>().token
}

type Session = { tab: Page; errors: string[]; close: () => Promise<void> }

/** A browser session of `email`, logged in through the admin's login form. */
async function session(email: string, viewport = { width: 1366, height: 900 }): Promise<Session> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base })
  const tab = await context.newPage()
  const errors: string[] = []
  tab.on('pageerror', (err) => errors.push(err.message))
  tab.setDefaultTimeout(LONG)
  await tab.goto(`${base}/admin/login`, { waitUntil: 'networkidle' })
  await tab.fill('#field-email', email)
  await tab.fill('#field-password', SEED_PASSWORD)
  await tab.click('button[type=submit]')
  await tab.waitForURL(/\/admin\/?$/)
  return { tab, errors, close: () => context.close() }
}

async function open(tab: Page, path: string) {
  await tab.goto(`${base}${path}`, { waitUntil: 'networkidle' })
}

/** Pick `option` in the relationship select inside `scope` (Payload's react-select). */
async function choose(tab: Page, scope: string, option: string) {
  await tab.locator(`${scope} .rs__control`).click()
  await tab.locator('.rs__option', { hasText: option }).first().click()
}

beforeAll(async () => {
  server = await startServer()
  base = `http://localhost:${server.port}`
  browser = await launchChromium()
  const site = async (slug: string) => (await server.api(`/api/sites?where[slug][equals]=${slug}&depth=0`)).json<{ docs: { id: number }[] }>().docs[0]!.id
  ids.haTinh = await site('ha-tinh')
  ids.so = await site('so-khcn-ha-tinh')
}, 400_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('editor', () => {
  it('creates a news item with a picture, saves it, reopens it, edits it and submits it', async () => {
    const { tab, errors, close } = await session(EDITOR)
    await open(tab, '/admin/collections/news/create')
    await tab.fill('#field-title', TITLE)
    await choose(tab, '#field-site', HA_TINH)
    // The picture is uploaded from the article: the drawer's own site field starts with the article's site.
    await tab.locator('#field-cover .upload__createNewToggler').click()
    const drawer = tab.locator('.doc-drawer.drawer--is-open')
    await drawer.locator('input[type=file]').waitFor({ state: 'attached' })
    await expect.poll(() => drawer.locator('#field-site').textContent(), { timeout: LONG }).toContain(HA_TINH)
    const png = await sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: 20, g: 90, b: 160 } } }).png().toBuffer()
    await drawer.locator('input[type=file]').setInputFiles({ name: 'so-hoa-ho-so-dat-dai.png', mimeType: 'image/png', buffer: png })
    await drawer.locator('#field-alt').fill('Cán bộ xã số hóa hồ sơ đất đai')
    await drawer.locator('#action-save').click()
    await drawer.waitFor({ state: 'detached' })
    await expect.poll(() => tab.locator('#field-cover').textContent(), { timeout: LONG }).toContain('so-hoa-ho-so-dat-dai')

    // No publishing before the first save; "Lưu bản nháp" is there.
    await expect(tab.locator('#workflow-submit').count()).resolves.toBe(0)
    await tab.locator('#action-save-draft').click()
    await tab.waitForURL(/\/collections\/news\/\d+/)
    ids.news = Number(/\/news\/(\d+)/.exec(tab.url())![1])

    // Reopened: the form holds what was saved, the state is "Đang soạn thảo".
    await open(tab, `/admin/collections/news/${ids.news}`)
    await expect.poll(() => tab.locator('#field-title').inputValue(), { timeout: LONG }).toBe(TITLE)
    await expect.poll(() => tab.locator('#field-cover').textContent(), { timeout: LONG }).toContain('so-hoa-ho-so-dat-dai')
    await tab.locator('.workflow-panel [data-state="draft"]').waitFor()
    await tab.fill('#field-summary', 'Toàn bộ 69 xã, phường số hóa hồ sơ địa chính trước tháng 6/2027.')
    // The editor may publish directly on Hà Tĩnh (no approval required) and may submit.
    expect(await tab.locator('#workflow-approve').textContent()).toBe('Xuất bản')
    await tab.locator('#workflow-submit').click()
    await tab.locator('#workflow-submit-comment').fill('Kính gửi lãnh đạo duyệt.')
    await tab.locator('#workflow-submit-confirm').click()
    await tab.locator('.workflow-panel [data-state="submitted"]').waitFor()
    const history = await tab.locator('.workflow-history').textContent()
    expect(history).toContain('Gửi duyệt')
    expect(history).toContain('Nguyễn Văn Biên')
    expect(history).toContain('Kính gửi lãnh đạo duyệt.')
    // The unsaved summary was saved with the step.
    const saved = await server.api(`/api/news/${ids.news}?draft=true&depth=1`, { token: await token(EDITOR) })
    expect(saved.json()).toMatchObject({ summary: 'Toàn bộ 69 xã, phường số hóa hồ sơ địa chính trước tháng 6/2027.', workflow: { state: 'submitted' } })
    // The picture belongs to the article's site.
    expect(saved.json().cover.site).toBe(ids.haTinh)

    // The list shows the state, and its filter finds the item.
    await open(tab, '/admin/collections/news')
    await tab.locator('.workflow-state-filter [data-filter="submitted"]').click()
    await expect.poll(() => tab.locator('table tbody').textContent(), { timeout: LONG }).toContain(TITLE)
    expect(await tab.locator('table tbody tr', { hasText: TITLE }).locator('.workflow-state').textContent()).toBe('Chờ duyệt')
    await tab.locator('.workflow-state-filter [data-filter="published"]').click()
    await expect.poll(() => tab.locator('table tbody').textContent(), { timeout: LONG }).not.toContain(TITLE)
    expect(errors).toEqual([])
    await close()
  }, 600_000)

  it('previews the draft: a copyable expiring link shows it as its portal would', async () => {
    const { tab, errors, close } = await session(EDITOR)
    await open(tab, `/admin/collections/news/${ids.news}`)
    await tab.locator('#preview-link').click()
    await tab.locator('#preview-link-hours').selectOption('72')
    await tab.locator('#preview-link-make').click()
    const url = await tab.locator('#preview-link-url').inputValue()
    expect(url).toMatch(new RegExp(`^${base}/preview/news\\.${ids.news}\\.\\d+\\.`))
    expect(await tab.locator('.cong-dialog[open]').textContent()).toMatch(/Hết hạn lúc \d\d\/\d\d\/\d{4} \d\d:\d\d/)
    await tab.locator('#preview-link-copy').click()
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(url)
    // Anyone with the link (no session) sees the draft in the portal's layout.
    const stranger = await browser.newContext({ locale: 'vi-VN' })
    const page = await stranger.newPage()
    await page.goto(url)
    expect(await page.locator('h1').first().textContent()).toBe(TITLE)
    expect(await page.locator('[role=status]').first().textContent()).toContain('Bản xem trước')
    await stranger.close()
    expect(errors).toEqual([])
    await close()
  }, 300_000)

  it('sees the portal page follow the typing in the live preview, at phone and desktop widths', async () => {
    const { tab, close } = await session(EDITOR)
    await open(tab, `/admin/collections/news/${ids.news}`)
    await tab.locator('#live-preview-toggler').click()
    const frame = tab.frameLocator('#live-preview-iframe')
    await expect.poll(() => frame.locator('h1').first().textContent(), { timeout: LONG }).toBe(TITLE)
    await tab.fill('#field-title', `${TITLE} (bản sửa)`)
    await expect.poll(() => frame.locator('h1').first().textContent(), { timeout: LONG }).toBe(`${TITLE} (bản sửa)`)
    // Phone and desktop widths from the toolbar.
    const iframe = tab.locator('#live-preview-iframe')
    for (const [label, width] of [['Điện thoại', 390], ['Máy tính', 1366]] as const) {
      await tab.locator('.live-preview-toolbar-controls__breakpoint button').first().click()
      await tab.locator('.popup-button-list__button', { hasText: label }).first().click()
      await expect.poll(async () => Math.round((await iframe.evaluate((el) => (el as HTMLIFrameElement).contentWindow!.innerWidth)) as number), { timeout: LONG }).toBe(width)
    }
    // Nothing was saved by typing.
    const stored = await server.api(`/api/news/${ids.news}?draft=true&depth=0`, { token: await token(EDITOR) })
    expect(stored.json().title).toBe(TITLE)
    // Leaving asks first, and releases the article for colleagues (Payload's document lock).
    await tab.locator('.step-nav a', { hasText: 'Tin tức' }).click()
    await tab.getByRole('button', { name: 'Tiếp tục thoát' }).click()
    await tab.waitForURL(/\/admin\/collections\/news(\?.*)?$/)
    await close()
  }, 300_000)
})

describe('approver', () => {
  it('returns the item with a comment, then approves and publishes it: the page is live', async () => {
    const approver = await session(APPROVER)
    const { tab } = approver
    await open(tab, '/admin/my-work')
    const row = tab.locator(`section:has(#cho-toi-duyet) tr[data-item="news-${ids.news}"]`)
    await row.waitFor()
    expect(Number(await tab.locator('[data-count="toReview"] strong').textContent())).toBeGreaterThanOrEqual(1)
    // In the edit view: one button per step the approver may take.
    await open(tab, `/admin/collections/news/${ids.news}`)
    await tab.locator('#workflow-return').waitFor()
    expect(await tab.locator('#workflow-approve').textContent()).toBe('Duyệt & xuất bản')
    expect(await tab.locator('#action-save').count()).toBe(0) // Payload's own publish button is gone
    await tab.locator('#workflow-return').click()
    expect(await tab.locator('#workflow-return-confirm').isDisabled()).toBe(true) // a comment is required
    await tab.locator('#workflow-return-comment').fill('Bổ sung số liệu năm 2026.')
    await tab.locator('#workflow-return-confirm').click()
    await tab.locator('.workflow-panel [data-state="returned"]').waitFor()
    expect(await tab.locator('.workflow-note').textContent()).toContain('Bổ sung số liệu năm 2026.')

    // The writer finds it in "Việc của tôi" with the comment, and submits it again right there.
    const editor = await session(EDITOR)
    await open(editor.tab, '/admin/my-work')
    const mine = editor.tab.locator(`section:has(#bi-tra-lai) tr[data-item="news-${ids.news}"]`)
    expect(await mine.textContent()).toContain('Bổ sung số liệu năm 2026.')
    await mine.locator('[data-action="submit"]').click()
    await editor.tab.locator(`section:has(#dang-cho-duyet) tr[data-item="news-${ids.news}"]`).waitFor()
    expect(editor.errors).toEqual([])
    await editor.close()

    await open(tab, `/admin/collections/news/${ids.news}`)
    await tab.locator('#workflow-approve').click()
    await tab.locator('.workflow-panel [data-state="published"]').waitFor()
    expect(await tab.locator('#workflow-unpublish').count()).toBe(1)
    expect(await tab.locator('.workflow-history').textContent()).toContain('Lê Minh Duyệt')
    const slug = (await server.api(`/api/news/${ids.news}?depth=0`)).json<{ slug: string }>().slug
    const live = await waitFor(
      async () => {
        const res = await server.request(`ha-tinh.localhost:${server.port}`, `/tin-tuc/${slug}/`)
        return res.status === 200 ? res.body : undefined
      },
      60_000,
      'the article on the portal',
    )
    expect(live).toContain(TITLE)
    expect(approver.errors).toEqual([])
    await approver.close()
  }, 600_000)
})

describe('author', () => {
  it('sees and edits their own drafts and has no publishing control', async () => {
    const author = await token(AUTHOR)
    const created = await server.api('/api/news?draft=true&depth=0', { method: 'POST', token: author, json: { title: 'Bản tin khoa học tháng 12', site: ids.so, _status: 'draft' } })
    expect(created.status, created.body).toBe(201)
    const id = created.json<{ doc: { id: number } }>().doc.id
    const { tab, errors, close } = await session(AUTHOR)
    // The sidebar holds what an author works with, not the platform's groups.
    await tab.locator('nav').first().waitFor()
    const nav = (await tab.locator('nav').first().textContent()) ?? ''
    for (const hidden of ['Người dùng', 'Chuyển hướng', 'Xây dựng cổng', 'Nhật ký hệ thống', 'Hộp thư đi']) expect(nav).not.toContain(hidden)
    expect(nav).toContain('Tin tức')

    await open(tab, '/admin/my-work')
    await tab.locator(`section:has(#ban-nhap) tr[data-item="news-${id}"]`).waitFor()
    expect(await tab.locator(`section:has(#ban-nhap) tr[data-item="news-${id}"] [data-action="approve"]`).count()).toBe(0)

    await open(tab, '/admin/collections/news')
    await tab.locator('.workflow-state-filter [data-filter="draft"]').click()
    await tab.locator('table tbody tr', { hasText: 'Bản tin khoa học tháng 12' }).locator('a').first().click()
    await tab.waitForURL(new RegExp(`/news/${id}`))
    await tab.locator('#workflow-submit').waitFor()
    await tab.fill('#field-summary', 'Tổng hợp hoạt động khoa học trong tháng.')
    await tab.locator('#action-save-draft').click()
    await expect.poll(async () => (await server.api(`/api/news/${id}?draft=true&depth=0`, { token: author })).json().summary, { timeout: LONG }).toBe('Tổng hợp hoạt động khoa học trong tháng.')
    // Only "Gửi duyệt": no publishing, unpublishing or scheduling, and not Payload's own button.
    for (const control of ['#workflow-approve', '#workflow-unpublish', '#workflow-schedule', '#workflow-return', '#action-save']) {
      expect(await tab.locator(control).count(), control).toBe(0)
    }
    expect(await tab.getByRole('button', { name: /Xuất bản/ }).count()).toBe(0)
    expect(errors).toEqual([])
    await close()
  }, 300_000)
})

describe('site admin', () => {
  it('sees who saved each version and restores an older one as a draft', async () => {
    const { tab, errors, close } = await session(SITE_ADMIN)
    await open(tab, `/admin/collections/news/${ids.news}`)
    await tab.locator('#workflow-unpublish').waitFor()
    await tab.fill('#field-title', 'Tiêu đề sửa nhầm')
    await tab.locator('#action-save-draft').click()
    await expect.poll(async () => (await server.api(`/api/news/${ids.news}?draft=true&depth=0`, { token: await token(SITE_ADMIN) })).json().title, { timeout: LONG }).toBe('Tiêu đề sửa nhầm')

    await open(tab, `/admin/collections/news/${ids.news}/versions`)
    const rows = tab.locator('.workflow-versions tbody tr')
    await rows.first().waitFor()
    expect(await rows.first().locator('.version-editor').textContent()).toBe('Trần Thị Quản Trị')
    expect(await tab.locator('.workflow-versions tbody').textContent()).toContain('Lê Minh Duyệt')
    // The version on the portal is the approver's; open it and restore it.
    const live = rows.filter({ hasText: 'Đang trên cổng' })
    expect(await live.locator('.version-editor').textContent()).toBe('Lê Minh Duyệt')
    await live.locator('a').first().click()
    await clickUntil(tab.getByRole('button', { name: 'Khôi phục về phiên bản này' }), tab.locator('#confirm-action'))
    await tab.locator('#confirm-action').click()
    await tab.waitForURL(new RegExp(`/collections/news/${ids.news}$`))
    await expect.poll(() => tab.locator('#field-title').inputValue(), { timeout: LONG }).toBe(`${TITLE}`)
    // Restored as a draft: the portal keeps the published version until it is published again.
    const doc = (await server.api(`/api/news/${ids.news}?draft=true&depth=0`, { token: await token(SITE_ADMIN) })).json()
    expect(doc.title).toBe(TITLE)
    expect((await server.api(`/api/news/${ids.news}?depth=0`)).json()._status).toBe('published')
    expect(errors).toEqual([])
    await close()
  }, 300_000)

  it('invites a colleague to their site', async () => {
    const { tab, errors, close } = await session(SITE_ADMIN)
    await open(tab, '/admin/collections/invitations/create')
    await tab.fill('#field-email', 'dong.nghiep@hatinh.gov.vn')
    await choose(tab, '#field-site', HA_TINH)
    await choose(tab, '#field-role', 'Biên tập viên')
    await tab.locator('#action-save').click()
    await tab.waitForURL(/\/collections\/invitations\/\d+/)
    await open(tab, '/admin/collections/invitations')
    const row = tab.locator('table tbody tr', { hasText: 'dong.nghiep@hatinh.gov.vn' })
    await row.waitFor()
    expect(await row.textContent()).toContain('Chờ nhận')
    const mail = await server.api('/api/outbox?where[to][equals]=dong.nghiep@hatinh.gov.vn&depth=0', { token: await token('admin@cong.gov.vn') })
    expect(mail.json<{ totalDocs: number }>().totalDocs).toBe(1)
    expect(errors).toEqual([])
    await close()
  }, 300_000)
})

describe('legal document', () => {
  it('an editor enters a decision, sees its workflow in the edit view, publishes it, then unpublishes it with a reason', async () => {
    const { tab, errors, close } = await session(EDITOR)
    await open(tab, '/admin/collections/legal-documents/create')
    await tab.fill('#field-number', '1234/QĐ-UBND')
    await choose(tab, '#field-documentType', 'Quyết định')
    await tab.fill('#field-summary', 'Quyết định ban hành Kế hoạch số hóa hồ sơ đất đai cấp xã năm 2027')
    await tab.fill('#field-issuingBody', 'Ủy ban nhân dân tỉnh Hà Tĩnh')
    await tab.locator('#field-issueDate input').fill('01/12/2026')
    await tab.keyboard.press('Escape')
    await choose(tab, '#field-site', HA_TINH)
    await tab.locator('#action-save-draft').click()
    await tab.waitForURL(/\/collections\/legal-documents\/\d+/)
    const id = Number(/\/legal-documents\/(\d+)/.exec(tab.url())![1])

    // Reopened: a draft, with the same controls as news (the editor may publish on Hà Tĩnh).
    await open(tab, `/admin/collections/legal-documents/${id}`)
    await tab.locator('.workflow-panel [data-state="draft"]').waitFor()
    expect(await tab.locator('.workflow-panel').textContent()).toContain('Đang soạn thảo')
    expect(await tab.locator('#workflow-submit').count()).toBe(1)
    expect(await tab.locator('#workflow-approve').textContent()).toBe('Xuất bản')
    expect(await tab.locator('#action-save').count()).toBe(0)
    await tab.locator('#workflow-approve').click()
    await tab.locator('.workflow-panel [data-state="published"]').waitFor()
    expect(await tab.locator('.workflow-history').textContent()).toContain('Nguyễn Văn Biên')

    // Live on the portal at its number's address.
    const slug = (await server.api(`/api/legal-documents/${id}?depth=0`)).json<{ slug: string }>().slug
    const portalHost = `ha-tinh.localhost:${server.port}`
    const page = await waitFor(
      async () => {
        const res = await server.request(portalHost, `/van-ban/${slug}/`)
        return res.status === 200 ? res.body : undefined
      },
      LONG,
      'the decision on the portal',
    )
    expect(page).toContain('1234/QĐ-UBND')

    // Unpublishing needs a kind and a reason; the state and the history say so (ADR 0022).
    await tab.locator('#workflow-unpublish').click()
    expect(await tab.locator('#workflow-unpublish-confirm').isDisabled()).toBe(true)
    await tab.locator('#workflow-unpublish-comment').fill('Ban hành nhầm số hiệu, sẽ ban hành lại.')
    expect(await tab.locator('#workflow-unpublish-confirm').isDisabled()).toBe(true)
    await tab.locator('#workflow-takedown-error').check()
    await tab.locator('#workflow-unpublish-confirm').click()
    await tab.locator('.workflow-panel [data-state="unpublished"]').waitFor()
    expect(await tab.locator('.workflow-history').textContent()).toContain('Ban hành nhầm số hiệu, sẽ ban hành lại.')
    // Unpublished in error: the address answers 410 Gone.
    await waitFor(async () => ((await server.request(portalHost, `/van-ban/${slug}/`)).status === 410 ? true : undefined), LONG, 'the decision gone from the portal')

    // The list shows its state beside the others'.
    await open(tab, '/admin/collections/legal-documents')
    await tab.locator('.workflow-state-filter [data-filter="published"]').waitFor()
    expect(await tab.locator('table tbody tr', { hasText: '1234/QĐ-UBND' }).locator('.workflow-state').textContent()).toBe('Đã gỡ xuất bản')
    expect(errors).toEqual([])
    await close()
  }, 600_000)
})

describe('procedure', () => {
  it('a writer without publishing rights edits a procedure and submits it; an approver publishes it from "Việc của tôi"', async () => {
    // The approver also reviews for the Sở KH&CN (given by central IT).
    const admin = await token('admin@cong.gov.vn')
    const approver = (await server.api(`/api/users?where[email][equals]=${APPROVER}&depth=0`, { token: admin })).json<{ docs: { id: number; memberships: { site: number; role: string }[] }[] }>().docs[0]!
    const granted = await server.api(`/api/users/${approver.id}?depth=0`, {
      method: 'PATCH',
      token: admin,
      json: { memberships: [...approver.memberships.map((m) => ({ site: m.site, role: m.role })), { site: ids.so, role: 'approver' }] },
    })
    expect(granted.status, granted.body).toBe(200)
    const procedure = (await server.api(`/api/procedures?where[site][equals]=${ids.so}&where[_status][equals]=published&limit=1&depth=0&sort=code`)).json<{ docs: { id: number; name: string; slug: string }[] }>().docs[0]!
    const renamed = `${procedure.name} (cập nhật 2027)`

    // On the Sở KH&CN the editor of Hà Tĩnh is an author: "Gửi duyệt" only.
    const writer = await session(EDITOR)
    await open(writer.tab, `/admin/collections/procedures/${procedure.id}`)
    await writer.tab.locator('.workflow-panel [data-state="published"]').waitFor()
    for (const control of ['#workflow-approve', '#workflow-unpublish', '#workflow-schedule', '#action-save']) expect(await writer.tab.locator(control).count(), control).toBe(0)
    // Nothing to submit until something changes; then "Gửi duyệt" is the one step offered.
    expect(await writer.tab.locator('#workflow-submit').count()).toBe(0)
    await writer.tab.fill('#field-name', renamed)
    await writer.tab.locator('#workflow-submit').waitFor()
    for (const control of ['#workflow-approve', '#workflow-unpublish']) expect(await writer.tab.locator(control).count(), control).toBe(0)
    await writer.tab.locator('#workflow-submit').click()
    await writer.tab.locator('#workflow-submit-confirm').click()
    await writer.tab.locator('.workflow-panel [data-state="submitted"]').waitFor()
    // The portal keeps the published text while it waits.
    expect((await server.request(`so-khcn-ha-tinh.localhost:${server.port}`, `/thu-tuc-hanh-chinh/${procedure.slug}/`)).body).not.toContain(renamed)
    expect(writer.errors).toEqual([])
    await writer.close()

    const reviewer = await session(APPROVER)
    await open(reviewer.tab, '/admin/my-work')
    const row = reviewer.tab.locator(`section:has(#cho-toi-duyet) tr[data-item="procedures-${procedure.id}"]`)
    await row.waitFor()
    expect(await row.textContent()).toContain('Chờ duyệt')
    expect(await row.textContent()).toContain(renamed)
    await row.locator('[data-action="approve"]').click()
    await reviewer.tab.locator('[data-sonner-toast]', { hasText: 'Đã duyệt và xuất bản.' }).waitFor()
    await row.waitFor({ state: 'detached' })
    const live = await waitFor(
      async () => {
        const res = await server.request(`so-khcn-ha-tinh.localhost:${server.port}`, `/thu-tuc-hanh-chinh/${procedure.slug}/`)
        return res.status === 200 && res.body.includes(renamed) ? res.body : undefined
      },
      LONG,
      'the procedure on the portal',
    )
    expect(live).toContain(renamed)
    expect(reviewer.errors).toEqual([])
    await reviewer.close()
  }, 600_000)
})

describe('moderator', () => {
  it('approves, pins and answers a citizen question in the console, and the session page follows', async () => {
    const slug = 'doi-thoai-so-hoa-ho-so-dat-dai'
    const moderator = await token(MODERATOR)
    const created = await server.api('/api/dialogue-sessions?depth=0', {
      method: 'POST',
      token: moderator,
      json: {
        title: 'Giao lưu trực tuyến về số hóa hồ sơ đất đai',
        slug,
        site: ids.haTinh,
        state: 'live',
        startsAt: new Date(Date.now() - 3_600_000).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        guests: [{ name: 'Ông Trần Văn Khách', position: 'Giám đốc Sở Nông nghiệp và Môi trường' }],
      },
    })
    expect(created.status, created.body).toBe(201)
    const sessionId = created.json<{ doc: { id: number } }>().doc.id
    const portalHost = `ha-tinh.localhost:${server.port}`
    await waitFor(async () => ((await server.request(portalHost, `/doi-thoai/${slug}/`)).status === 200 ? true : undefined), LONG, 'the session page')
    const question = 'Khi nào xã Thạch Hà số hóa xong hồ sơ địa chính của các hộ gia đình?'
    const asked = await server.request(portalHost, '/api/public/questions', {
      method: 'POST',
      json: { session: slug, name: 'Nguyễn Thị Hỏi', email: 'nguoi-hoi@example.com', address: 'Xã Thạch Hà, tỉnh Hà Tĩnh', text: question, consent: 'on' },
    })
    expect(asked.status, asked.body).toBe(202)
    const receipt = asked.json<{ receiptCode: string }>().receiptCode

    // A citizen follows the session page.
    const citizen = await browser.newContext({ locale: 'vi-VN' })
    const reader = await citizen.newPage()
    await reader.goto(`http://${portalHost}/doi-thoai/${slug}/`)

    const { tab, errors, close } = await session(MODERATOR)
    // The navigation leads a moderator to the dialogues, not to the platform's groups.
    const nav = (await tab.locator('nav').first().textContent()) ?? ''
    expect(nav).toContain('Đối thoại trực tuyến')
    for (const hidden of ['Người dùng', 'Xây dựng cổng', 'Hộp thư đi']) expect(nav).not.toContain(hidden)
    await open(tab, '/admin/doi-thoai')
    await tab.locator(`a[href$="/doi-thoai/${sessionId}"]`).first().click()
    await tab.locator('[data-console]').waitFor()
    expect(await tab.locator('[data-session-state]').textContent()).toBe('Đang trực tuyến')
    expect(await tab.locator('[data-console]').textContent()).toContain('Chưa ghim câu hỏi nào.')

    // Approve: the question leaves the pending tab, the status line says so.
    await tab.locator('[data-question-text]', { hasText: question }).click()
    await tab.locator(`section[data-selected]`).waitFor()
    expect(await tab.locator('section[data-selected]').textContent()).toContain('Nguyễn Thị Hỏi')
    await tab.getByRole('button', { name: /^Duyệt/ }).click()
    await expect.poll(() => tab.locator('[data-console] [role=status]').textContent(), { timeout: LONG }).toContain(`${receipt}: Đã duyệt, chờ trả lời.`)
    await tab.locator('[data-question-text]', { hasText: question }).waitFor({ state: 'detached' })
    await reader.locator('[data-live-waiting]', { hasText: question }).waitFor({ timeout: LONG })

    // Pin it as the question being answered: the console's header and the portal page show it.
    await tab.getByRole('tab', { name: /Đã duyệt/ }).click()
    await tab.locator('[data-question-text]', { hasText: question }).click()
    // As a moderator does: pin once the question is the one shown (a slow machine re-renders late).
    await tab.locator(`section[data-selected][aria-label="${receipt}"]`).waitFor({ timeout: LONG })
    await tab.getByRole('button', { name: /Ghim “đang trả lời”/ }).click()
    await expect.poll(() => tab.locator('section[aria-label="Trạng thái phiên"]').textContent(), { timeout: LONG }).toContain(`Đang trả lời: ${receipt}`)
    expect(await tab.getByRole('button', { name: /Bỏ ghim/ }).count()).toBe(1)
    await reader.locator('[data-live-pinned]', { hasText: question }).waitFor({ timeout: LONG })

    // Answer it: it moves to "Đã trả lời" and the citizen reads the answer without reloading.
    const answer = 'Toàn bộ hồ sơ địa chính của xã Thạch Hà được số hóa xong trong quý II năm 2027.'
    await tab.locator('#tra-loi').fill(answer)
    await tab.getByRole('button', { name: /Đăng trả lời/ }).click()
    await expect.poll(() => tab.locator('[data-console] [role=status]').textContent(), { timeout: LONG }).toContain(`${receipt}: Đã trả lời.`)
    await tab.getByRole('tab', { name: /Đã trả lời \(1\)/ }).waitFor()
    await reader.locator('[data-live-answered] .qa__answer', { hasText: answer }).waitFor({ timeout: LONG })
    // Personal data stays in the console: the page shows neither the email nor the address.
    const html = await reader.content()
    expect(html).not.toContain('nguoi-hoi@example.com')
    expect(html).not.toContain('Xã Thạch Hà, tỉnh Hà Tĩnh')
    expect(errors).toEqual([])
    await citizen.close()
    await close()
  }, 600_000)
})

describe('permission questions', () => {
  it('answer 403 in Vietnamese and English on every collection that follows the workflow, never 500', async () => {
    const author = await token(AUTHOR)
    const editor = await token(EDITOR)
    const admin = await token('admin@cong.gov.vn')
    for (const collection of ['news', 'pages', 'legal-documents', 'procedures', 'consultations']) {
      // A document of another site (the ministry), as central IT sees it.
      const ministry = (await server.api(`/api/sites?where[slug][equals]=bo-khcn&depth=0`)).json<{ docs: { id: number }[] }>().docs[0]!.id
      const foreign = (await server.api(`/api/${collection}?where[site][equals]=${ministry}&limit=1&depth=0`, { token: admin })).json<{ docs: { id: number }[] }>().docs[0]
      if (!foreign) continue
      const version = (await server.api(`/api/${collection}/versions?where[parent][equals]=${foreign.id}&limit=1&depth=0`, { token: admin })).json<{ docs: { id: number }[] }>().docs[0]!
      const answers = [
        await server.api(`/api/${collection}/versions`, { token: editor }),
        await server.api(`/api/${collection}/versions/${version.id}?depth=0`, { token: editor }),
        await server.api(`/api/${collection}/${foreign.id}?depth=0`, { method: 'PATCH', token: author, json: { _status: 'draft' } }),
        await server.api(`/api/${collection}/${foreign.id}/workflow`, { method: 'POST', token: editor, json: { action: 'unpublish', comment: 'Không phải của tôi' } }),
        await server.api(`/api/${collection}/versions/${version.id}`, { method: 'POST', token: editor }),
        await server.api(`/api/${collection}/${foreign.id}`, { method: 'DELETE', token: author }),
      ]
      expect(answers[0]!.status, `${collection} versions list`).toBe(200)
      for (const answer of answers.slice(1)) {
        expect([403, 404], `${collection}: ${answer.body}`).toContain(answer.status)
        const message = answer.json<{ errors: { message: string }[] }>().errors[0]!.message
        expect(message, collection).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ].* \/ [A-Z]/i)
      }
    }
  }, 120_000)
})
