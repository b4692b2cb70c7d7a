/**
 * Review dates as an editor meets them, in Chromium (issue 18): an overdue page is listed under
 * "Đến hạn rà soát" in "Việc của tôi"; the editor opens it, sees it overdue in the sidebar's
 * "Rà soát nội dung", presses "Đã rà soát", and after the rebuild the portal page says when it was
 * last reviewed and when it is due next. The portal's footer leads to the accessibility statement.
 */
import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addDays, addMonths, dayStart, vnDate, vnDay } from '../plugins/review/dates'
import { launchChromium } from './helpers/browser'
import { openLocalApi, SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'

let server: TestServer
let browser: Browser
let local: Payload
let base: string
const EDITOR = 'bientap.hatinh@cong.gov.vn' // editor on ha-tinh
const LONG = 60_000

beforeAll(async () => {
  server = await startServer()
  base = `http://localhost:${server.port}`
  browser = await launchChromium()
  local = await openLocalApi(server)
}, 400_000)

afterAll(async () => {
  await browser?.close()
  await local?.destroy()
  await server?.stop()
})

describe('editor', () => {
  it('sees an overdue page in "Việc của tôi", marks it reviewed, and the portal shows the new dates', async () => {
    const today = vnDay(new Date())
    // A published page of Hà Tĩnh (seeded) whose review is 5 days overdue.
    const haTinh = (await local.find({ collection: 'sites', where: { slug: { equals: 'ha-tinh' } }, overrideAccess: true, depth: 0 })).docs[0]!.id
    const page = (await local.find({ collection: 'pages', where: { and: [{ site: { equals: haTinh } }, { _status: { equals: 'published' } }, { slug: { not_in: ['van-ban', 'thu-tuc-hanh-chinh', 'gop-y-du-thao', 'hoi-dap-truc-tuyen', 'doi-thoai'] } }] }, sort: 'createdAt', limit: 1, overrideAccess: true, depth: 0, locale: 'vi' })).docs[0] as { id: number; title: string; slug: string }
    const row = (await local.find({ collection: 'review-schedules' as never, where: { key: { equals: `pages:${page.id}` } }, overrideAccess: true, depth: 0 })).docs[0] as { id: number }
    await local.update({ collection: 'review-schedules' as never, id: row.id, data: { nextReviewAt: dayStart(addDays(today, -5)), owner: null } as never, overrideAccess: true })
    const portal = () => server.request(`ha-tinh.localhost:${server.port}`, `/${page.slug}/`)
    expect((await portal()).body).not.toContain(`Rà soát lần cuối: <time datetime="${today}">`)

    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } })
    const tab = await context.newPage()
    const errors: string[] = []
    tab.on('pageerror', (err) => errors.push(err.message))
    tab.setDefaultTimeout(LONG)
    try {
      await tab.goto(`${base}/admin/login`, { waitUntil: 'networkidle' })
      await tab.fill('#field-email', EDITOR)
      await tab.fill('#field-password', SEED_PASSWORD)
      await tab.click('button[type=submit]')
      await tab.waitForURL(/\/admin\/?$/)

      await tab.goto(`${base}/admin/my-work`, { waitUntil: 'networkidle' })
      const section = tab.locator('[data-section="overdue-reviews"]')
      await expect.poll(() => section.locator('h2').textContent(), { timeout: LONG }).toMatch(/Đến hạn rà soát \(\d+\)/)
      const item = section.locator(`tr[data-item="pages-${page.id}"]`)
      await expect.poll(() => item.textContent(), { timeout: LONG }).toContain('Quá hạn 5 ngày')
      expect(await item.textContent()).toContain(vnDate(addDays(today, -5)))

      await item.locator('a', { hasText: page.title }).click()
      await tab.waitForURL(new RegExp(`/admin/collections/pages/${page.id}`))
      const panel = tab.locator('.review-panel')
      await expect.poll(() => panel.textContent(), { timeout: LONG }).toContain('Quá hạn 5 ngày')
      expect(await panel.textContent()).toContain('Chưa rà soát')
      const [answer] = await Promise.all([tab.waitForResponse((r) => r.url().endsWith(`/api/pages/${page.id}/reviewed`)), panel.getByRole('button', { name: 'Đã rà soát' }).click()])
      expect(answer.status(), await answer.text()).toBe(200)
      await expect.poll(() => panel.locator('[data-review="last"]').textContent(), { timeout: LONG }).toBe(vnDate(today))
      expect(await panel.locator('[data-review="next"]').textContent()).toContain(vnDate(addMonths(today, 12)))
      expect(await panel.textContent()).not.toContain('Quá hạn')

      // Back in "Việc của tôi", it is gone.
      await tab.goto(`${base}/admin/my-work`, { waitUntil: 'networkidle' })
      expect(await tab.locator(`[data-section="overdue-reviews"] tr[data-item="pages-${page.id}"]`).count()).toBe(0)
      expect(errors).toEqual([])
    } finally {
      await context.close()
    }

    // The review queued a rebuild: the citizen's page shows the new dates.
    await waitFor(async () => ((await portal()).body.includes(`Rà soát lần cuối: <time datetime="${today}">${vnDate(today)}</time>`) ? true : undefined), 120_000, 'the reviewed page on the portal')
    expect((await portal()).body).toContain(`Rà soát lần tới: <time datetime="${addMonths(today, 12)}">${vnDate(addMonths(today, 12))}</time>`)

    // A citizen follows the footer to the accessibility statement, without JavaScript.
    const reader = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    try {
      const view = await reader.newPage()
      await view.goto(`http://ha-tinh.localhost:${server.port}/${page.slug}/`)
      await view.locator('footer a', { hasText: 'Tuyên bố về khả năng tiếp cận' }).click()
      await view.waitForURL(/\/tuyen-bo-tiep-can\/$/)
      expect(await view.locator('h1').textContent()).toContain('Tuyên bố về khả năng tiếp cận của')
      expect(await view.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['Mức độ tuân thủ', 'Các vấn đề đã biết', 'Phản hồi và liên hệ']))
      // The day of the latest check (the review's rebuild ran today), not a time of day.
      expect(await view.locator('article').textContent()).toMatch(new RegExp(`Lần kiểm tra gần nhất ngày ${vnDate(today).replace(/\//g, '\\/')} trên \\d+ trang`))
      expect(await view.locator('p', { hasText: 'Lần kiểm tra gần nhất' }).locator('time').getAttribute('datetime')).toBe(today)
      // No sideways scrolling on a phone.
      expect(await view.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    } finally {
      await reader.close()
    }
  }, 400_000)
})
