/**
 * Site staff open their own site's items in the admin (Debian Chromium): the edit form shows, with
 * the document's fields filled in, for every site role; their version history reads over REST.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from './helpers/browser'
import { SEED_PASSWORD, startServer, type TestServer } from './helpers/server'

let server: TestServer
type Doc = { id: number; title: string; site: number }

async function login(email: string): Promise<string> {
  const res = await server.api('/api/users/login', { method: 'POST', json: { email, password: SEED_PASSWORD } })
  expect(res.status, res.body).toBe(200)
  return res.json<{ token: string }>().token
}

async function siteId(slug: string): Promise<number> {
  return (await server.api(`/api/sites?where[slug][equals]=${slug}&depth=0`)).json<{ docs: { id: number }[] }>().docs[0]!.id
}

async function firstOf(collection: 'news' | 'pages', site: number): Promise<Doc> {
  const res = await server.api(`/api/${collection}?where[site][equals]=${site}&limit=1&depth=0&sort=id`)
  return res.json<{ docs: Doc[] }>().docs[0]!
}

beforeAll(async () => {
  server = await startServer()
}, 400_000)

afterAll(async () => {
  await server?.stop()
})

describe('site staff open their own items in the admin', () => {
  it('shows the edit form with the document to the site admin, editor, approver and author', async () => {
    const haTinh = await siteId('ha-tinh')
    const so = await siteId('so-khcn-ha-tinh')
    const ministry = await siteId('bo-khcn')
    const news = await firstOf('news', haTinh)
    const page = await firstOf('pages', haTinh)
    const foreign = await firstOf('news', ministry)
    // The author's own fresh draft, as "Lưu bản nháp" leaves it.
    const author = await login('ctv.skhcn@cong.gov.vn')
    const draft = await server.api('/api/news?draft=true', { method: 'POST', token: author, json: { title: 'Bản nháp của cộng tác viên', site: so } })
    expect(draft.status, draft.body).toBe(201)
    const draftDoc = draft.json<{ doc: Doc }>().doc

    const cases: Array<{ email: string; open: Array<{ path: string; title: string }> }> = [
      { email: 'quantri.hatinh@cong.gov.vn', open: [{ path: `news/${news.id}`, title: news.title }, { path: `pages/${page.id}`, title: page.title }] },
      { email: 'bientap.hatinh@cong.gov.vn', open: [{ path: `news/${news.id}`, title: news.title }, { path: `news/${foreign.id}`, title: foreign.title }] },
      { email: 'duyet.hatinh@cong.gov.vn', open: [{ path: `pages/${page.id}`, title: page.title }] },
      { email: 'ctv.skhcn@cong.gov.vn', open: [{ path: `news/${draftDoc.id}`, title: draftDoc.title }] },
    ]
    const browser = await launchChromium()
    try {
      for (const { email, open } of cases) {
        const context = await browser.newContext({ locale: 'vi-VN' })
        const tab = await context.newPage()
        const errors: string[] = []
        tab.on('pageerror', (err) => errors.push(err.message))
        await tab.goto(`http://localhost:${server.port}/admin/login`, { waitUntil: 'networkidle' })
        await tab.fill('#field-email', email)
        await tab.fill('#field-password', SEED_PASSWORD)
        await tab.click('button[type=submit]')
        await tab.waitForURL(/\/admin\/?$/, { timeout: 30_000 })
        for (const item of open) {
          await tab.goto(`http://localhost:${server.port}/admin/collections/${item.path}`, { waitUntil: 'networkidle' })
          const title = tab.locator('#field-title')
          await title.waitFor({ state: 'visible', timeout: 30_000 })
          expect(await title.inputValue(), `${email} opening ${item.path}`).toBe(item.title)
        }
        expect(errors, email).toEqual([])
        await context.close()
      }
    } finally {
      await browser.close()
    }
  }, 300_000)

  it('reads the version history of their own sites and nothing else', async () => {
    const haTinh = await siteId('ha-tinh')
    const news = await firstOf('news', haTinh)
    const editor = await login('bientap.hatinh@cong.gov.vn')
    const own = await server.api(`/api/news/versions?where[parent][equals]=${news.id}&depth=0`, { token: editor })
    expect(own.status, own.body).toBe(200)
    expect(own.json<{ totalDocs: number }>().totalDocs).toBeGreaterThan(0)
    const all = await server.api('/api/news/versions?limit=100&depth=0', { token: editor })
    expect(all.status, all.body).toBe(200)
    // The editor works on Hà Tĩnh (editor) and its Sở KH&CN (author); versions of the ministry's
    // articles, which they can read once published, are not theirs.
    const theirs = [haTinh, await siteId('so-khcn-ha-tinh')]
    const sites = new Set(all.json<{ docs: { version: { site: number } }[] }>().docs.map((v) => v.version.site))
    expect(sites.size).toBeGreaterThan(0)
    for (const site of sites) expect(theirs).toContain(site)
    // A version of another site's article is not theirs to read: refused, never a server error.
    const ministryNews = await firstOf('news', await siteId('bo-khcn'))
    const admin = await login('admin@cong.gov.vn')
    const foreignVersion = (await server.api(`/api/news/versions?where[parent][equals]=${ministryNews.id}&limit=1&depth=0`, { token: admin })).json<{ docs: { id: number }[] }>().docs[0]!
    const denied = await server.api(`/api/news/versions/${foreignVersion.id}?depth=0`, { token: editor })
    expect(denied.status).toBe(403)
  })
})
