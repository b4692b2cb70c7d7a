/**
 * The change-note journey in Chromium (issue 18): a citizen follows an article on the portal
 * (the form works without JavaScript) and confirms by the emailed link; an editor publishes a
 * major update with a public note in the admin (refused first without a note); the note is on
 * the live page; the subscriber's message is in the outbox and its unsubscribe link, opened in
 * the browser, shows the confirmation page.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { launchChromium, scrollUntil } from './helpers/browser'
import { SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'

let server: TestServer
let browser: Browser
let base: string
let adminToken: string
let news: { id: number; slug: string; title: string }
const LONG = 60_000
const SUBSCRIBER = `nguoi-theo-doi-${Date.now().toString(36)}@example.com`
const NOTE = 'Bổ sung lịch tiếp nhận hồ sơ vào sáng thứ Bảy'

type Mail = { subject: string; text: string; headers: Record<string, string> | null }
const mailsTo = async (email: string): Promise<Mail[]> =>
  (await server.api(`/api/outbox?where[to][equals]=${encodeURIComponent(email)}&depth=0&sort=createdAt`, { token: adminToken })).json().docs
const link = (text: string, kind: string) => new RegExp(`https?://\\S+/api/public/subscriptions/${kind}\\?\\S+`).exec(text)![0]

beforeAll(async () => {
  server = await startServer()
  base = `http://localhost:${server.port}`
  browser = await launchChromium()
  adminToken = (await server.api('/api/users/login', { method: 'POST', json: { email: 'admin@cong.gov.vn', password: SEED_PASSWORD } })).json().token
  const site = (await server.api('/api/sites?where[slug][equals]=ha-tinh&depth=0')).json().docs[0].id
  news = (await server.api(`/api/news?where[site][equals]=${site}&sort=-publishedAt&limit=1&depth=0`)).json().docs[0]
  await waitFor(async () => ((await server.request(`ha-tinh.localhost:${server.port}`, `/tin-tuc/${news.slug}/`)).status === 200 ? true : undefined), 120_000, 'the article on the portal')
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function citizen(): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
  const tab = await context.newPage()
  tab.setDefaultTimeout(LONG)
  return tab
}

it('a citizen follows an article; an editor publishes a major update with a note; the subscriber is told and unsubscribes', async () => {
  const portal = `http://ha-tinh.localhost:${server.port}`
  const reader = await citizen()
  await reader.goto(`${portal}/tin-tuc/${news.slug}/`)
  await reader.getByText('Nhận thư khi trang này có cập nhật lớn').click()
  await reader.getByLabel('Thư điện tử').fill(SUBSCRIBER)
  await reader.getByLabel(/Tôi đồng ý/).check()
  await reader.getByRole('button', { name: 'Đăng ký' }).click()
  await reader.getByRole('heading', { name: 'Kiểm tra hộp thư của bạn' }).waitFor()
  const [confirmation] = await waitFor(async () => ((await mailsTo(SUBSCRIBER)).length ? mailsTo(SUBSCRIBER) : undefined), 10_000, 'the confirmation email')
  await reader.goto(link(confirmation!.text, 'confirm'))
  await reader.getByRole('heading', { name: 'Đã xác nhận đăng ký nhận tin' }).waitFor()

  // The editor, in the admin: "Cập nhật lớn" without a note is refused with the reason.
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } })
  const tab = await context.newPage()
  tab.setDefaultTimeout(LONG)
  const errors: string[] = []
  tab.on('pageerror', (err) => errors.push(err.message))
  await tab.goto(`${base}/admin/login`, { waitUntil: 'networkidle' })
  await tab.fill('#field-email', 'bientap.hatinh@cong.gov.vn')
  await tab.fill('#field-password', SEED_PASSWORD)
  await tab.click('button[type=submit]')
  await tab.waitForURL(/\/admin\/?$/)
  await tab.goto(`${base}/admin/collections/news/${news.id}`, { waitUntil: 'networkidle' })
  await tab.locator('.workflow-panel [data-state="published"]').waitFor()
  // Payload renders a sidebar field's inputs when it scrolls into view: below the workflow and
  // checks panels the choice starts under the fold, as an editor would scroll to it.
  const minor = tab.locator('#field-changeNotice\\.kind-minor')
  await scrollUntil(tab.locator('#field-changeNotice'), minor)
  expect(await minor.isChecked()).toBe(true)
  expect(await tab.locator('label[for="field-changeNotice.kind-minor"]').innerText()).toContain('Sửa nhỏ')
  await tab.getByText('Cập nhật lớn', { exact: true }).click()
  expect(await tab.getByLabel('Cập nhật lớn').isChecked()).toBe(true)
  await tab.getByText(/Cập nhật lớn cần ghi chú|Ghi chú thay đổi/).first().waitFor()
  await tab.locator('#workflow-approve').click()
  await tab.getByText(/Cập nhật lớn cần ghi chú thay đổi công khai/).first().waitFor()
  expect((await mailsTo(SUBSCRIBER)).length).toBe(1)

  await tab.locator('#field-changeNotice__note').fill(NOTE)
  await tab.locator('#workflow-approve').click()
  await waitFor(async () => ((await tab.getByLabel('Sửa nhỏ').isChecked()) ? true : undefined), LONG, 'the choice back at "Sửa nhỏ"')

  // The note on the live page, for the citizen.
  await waitFor(
    async () => {
      await reader.goto(`${portal}/tin-tuc/${news.slug}/`)
      return (await reader.locator('.change-notes').count()) ? true : undefined
    },
    LONG,
    'the note on the live page',
  )
  const notes = await reader.getByRole('region', { name: 'Lịch sử cập nhật' }).textContent()
  expect(notes).toMatch(new RegExp(`Cập nhật ngày \\d{2}/\\d{2}/\\d{4}:\\s*${NOTE}`))

  // The subscriber's message, and its unsubscribe link opened in the browser.
  const alert = await waitFor(async () => (await mailsTo(SUBSCRIBER)).find((m) => m.subject.includes('Cập nhật:')), 15_000, 'the alert in the outbox')
  expect(alert.text).toContain(NOTE)
  expect(alert.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
  await reader.goto(link(alert.text, 'unsubscribe'))
  await reader.getByRole('heading', { name: 'Đã hủy đăng ký nhận tin' }).waitFor()
  const left = (await server.api(`/api/subscriptions?where[email][equals]=${encodeURIComponent(SUBSCRIBER)}&depth=0`, { token: adminToken })).json()
  expect(left.totalDocs).toBe(0)
  expect(errors).toEqual([])
  await context.close()
  await reader.context().close()
}, 600_000)
