/**
 * Typed takedown and trash where people meet them (Debian Chromium, ADR 0022):
 *
 * - an editor withdraws an article from its edit view, choosing the kind in Vietnamese and giving
 *   the reason; a citizen's browser then shows the article with its banner (date, reason) and the
 *   portal's search page lists it after the current article;
 * - an editor deletes a page (it goes to the trash: no "delete for good" for them), finds it in
 *   the collection's trash and restores it as published, and it is back on the portal; a platform
 *   admin is the one offered "Xóa vĩnh viễn".
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { clickUntil, launchChromium } from './helpers/browser'
import { SEED_PASSWORD, startServer, type TestServer, waitFor } from './helpers/server'

let server: TestServer
let browser: Browser
let base: string
const ids: Record<string, number> = {}
const EDITOR = 'bientap.hatinh@cong.gov.vn'
const ADMIN = 'admin@cong.gov.vn'
const LONG = 60_000

async function token(email: string): Promise<string> {
  const res = await server.api('/api/users/login', { method: 'POST', json: { email, password: SEED_PASSWORD } })
  expect(res.status, res.body).toBe(200)
  return res.json<{ token: string }>().token
}

type Session = { tab: Page; errors: string[]; close: () => Promise<void> }

async function session(email: string): Promise<Session> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } })
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

const open = (tab: Page, path: string) => tab.goto(`${base}${path}`, { waitUntil: 'networkidle' })
const portalUrl = (path: string) => `http://ha-tinh.localhost:${server.port}${path}`
const portalStatus = async (path: string, status: number) =>
  waitFor(async () => ((await server.request(`ha-tinh.localhost:${server.port}`, path)).status === status ? true : undefined), 90_000, `${path} to answer ${status}`)

async function publish(collection: string, json: Record<string, unknown>, editor: string): Promise<{ id: number; slug: string; title: string }> {
  const res = await server.api(`/api/${collection}?depth=0`, { method: 'POST', token: editor, json: { site: ids.haTinh, _status: 'published', ...json } })
  expect(res.status, res.body).toBe(201)
  return res.json().doc
}

beforeAll(async () => {
  server = await startServer()
  base = `http://localhost:${server.port}`
  browser = await launchChromium()
  ids.haTinh = (await server.api('/api/sites?where[slug][equals]=ha-tinh&depth=0')).json<{ docs: { id: number }[] }>().docs[0]!.id
  await waitFor(async () => {
    const { searchIndex, buildQueue } = (await server.api('/healthz')).json()
    return searchIndex.documents > 0 && searchIndex.queued === 0 && buildQueue.queued === 0 && buildQueue.running === 0 ? true : undefined
  }, 180_000, 'the seeded content to be indexed and built')
}, 400_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('withdrawing an article', () => {
  it('keeps it readable with its banner and drops it in the portal search', async () => {
    const editorToken = await token(EDITOR)
    const old = await publish('news', { title: 'Hướng dẫn Kelmorith nộp hồ sơ Kelmorith', summary: 'Kelmorith: cách nộp hồ sơ Kelmorith trước đây.' }, editorToken)
    const current = await publish('news', { title: 'Hướng dẫn mới nộp hồ sơ trực tuyến', summary: 'Thay cho hướng dẫn Kelmorith.' }, editorToken)
    await portalStatus(`/tin-tuc/${old.slug}/`, 200)

    const citizen = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
    const reader = await citizen.newPage()
    const hitTitles = async () => {
      await reader.goto(portalUrl(`/tim-kiem/?q=${encodeURIComponent('Kelmorith')}`), { waitUntil: 'load' })
      return reader.locator('.search-hit__title').allTextContents()
    }
    await expect.poll(hitTitles, { timeout: LONG }).toEqual([old.title, current.title])

    const { tab, errors, close } = await session(EDITOR)
    await open(tab, `/admin/collections/news/${old.id}`)
    await tab.locator('#workflow-unpublish').click()
    const confirm = tab.locator('#workflow-unpublish-confirm')
    // A kind must be chosen, in Vietnamese; the withdrawn kind needs the public reason.
    expect(await tab.locator('dialog[open] legend').textContent()).toContain('Loại gỡ')
    for (const label of ['Rút lại (giữ trang, hiện thông báo)', 'Đăng nhầm (gỡ hẳn, trả mã 410)', 'Đã gộp vào trang khác (chuyển hướng 301)', 'Thuộc đơn vị cũ (hiện cổng kế thừa)']) {
      expect(await tab.locator('dialog[open] label', { hasText: label }).count(), label).toBe(1)
    }
    await tab.locator('#workflow-unpublish-comment').fill('Đã có hướng dẫn mới nộp hồ sơ trực tuyến.')
    expect(await confirm.isDisabled()).toBe(true)
    await tab.locator('#workflow-takedown-withdrawn').check()
    expect(await tab.locator('label[for="workflow-unpublish-comment"]').textContent()).toContain('hiển thị công khai')
    expect(await confirm.isDisabled()).toBe(false)
    await confirm.click()
    await tab.locator('.workflow-takedown').waitFor()
    expect(await tab.locator('.workflow-takedown').textContent()).toContain('Rút lại')
    expect(await tab.locator('.workflow-history').textContent()).toContain('Đã có hướng dẫn mới nộp hồ sơ trực tuyến.')
    expect(errors).toEqual([])
    await close()

    // The citizen still reads the article, with the banner saying when and why.
    await expect
      .poll(async () => {
        await reader.goto(portalUrl(`/tin-tuc/${old.slug}/`), { waitUntil: 'load' })
        return reader.locator('[role="note"].takedown-banner').count()
      }, { timeout: 90_000 })
      .toBe(1)
    const banner = reader.locator('[role="note"].takedown-banner')
    expect(await banner.getAttribute('aria-label')).toBe('Nội dung đã rút lại')
    expect(await banner.textContent()).toMatch(/Nội dung này đã được rút lại ngày \d{2}\/\d{2}\/\d{4}/)
    expect(await banner.textContent()).toContain('Lý do: Đã có hướng dẫn mới nộp hồ sơ trực tuyến.')
    expect(await reader.locator('h1').textContent()).toBe(old.title)
    // Dark text on pale amber: well above 4.5:1.
    const colours = await banner.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor])
    expect(colours).toEqual(['rgb(27, 27, 27)', 'rgb(255, 244, 206)'])
    // And the portal's search puts it after the current article.
    await expect.poll(hitTitles, { timeout: LONG }).toEqual([current.title, old.title])
    await citizen.close()
  }, 600_000)
})

describe('the trash', () => {
  it('takes a page an editor deletes off the portal, and brings it back when the editor restores it', async () => {
    const page = await publish('pages', { title: 'Trang Vandelor sẽ xóa rồi khôi phục' }, await token(EDITOR))
    await portalStatus(`/${page.slug}/`, 200)

    const { tab, errors, close } = await session(EDITOR)
    await open(tab, `/admin/collections/pages/${page.id}`)
    await clickUntil(tab.locator('.doc-controls__dots'), tab.locator('#action-delete'))
    await clickUntil(tab.locator('#action-delete'), tab.locator('#confirm-action'))
    // Editors move to the trash: no "delete for good" for them.
    expect(await tab.locator('#delete-forever').count()).toBe(0)
    await tab.locator('#confirm-action').click()
    await tab.waitForURL(/\/admin\/collections\/pages(\?|$)/)
    await portalStatus(`/${page.slug}/`, 404)

    await open(tab, '/admin/collections/pages/trash')
    await tab.locator('table tbody tr', { hasText: page.title }).locator('a').first().click()
    await tab.waitForURL(new RegExp(`/admin/collections/pages/trash/${page.id}`))
    expect(await tab.locator('#action-permanently-delete').count()).toBe(0)
    await clickUntil(tab.locator('#action-restore'), tab.locator('#restore-as-published'))
    await tab.locator('#restore-as-published').check()
    await tab.locator('#confirm-action').click()
    await tab.waitForURL(new RegExp(`/admin/collections/pages/${page.id}`))
    await portalStatus(`/${page.slug}/`, 200)
    expect(errors).toEqual([])
    await close()

    // The audit log holds both steps.
    const admin = await token(ADMIN)
    const audit = (await server.api(`/api/audit-log?where[docId][equals]=${page.id}&where[collectionSlug][equals]=pages&sort=createdAt&limit=20&depth=0`, { token: admin })).json().docs as Array<{ action: string }>
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['trash', 'restore']))

    // Central IT is offered deleting for good from the trash.
    expect((await server.api(`/api/pages/${page.id}?depth=0`, { method: 'PATCH', token: admin, json: { deletedAt: new Date().toISOString() } })).status).toBe(200)
    const central = await session(ADMIN)
    await open(central.tab, `/admin/collections/pages/trash/${page.id}`)
    await central.tab.locator('#action-permanently-delete').waitFor()
    await central.close()
  }, 600_000)
})
