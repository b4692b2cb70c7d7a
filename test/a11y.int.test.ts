/**
 * Accessibility and weight of the portals as citizens get them: the real server with the seeded
 * demo, every page template of both themes checked by axe-core in Chromium (WCAG 2.2 AA rules)
 * and by the W3C Nu HTML checker, plus the article budget, reading without JavaScript, lazy
 * pictures and the display preferences.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedConsultations } from '../seed/data/consultations'
import { haTinhDialogues } from '../seed/data/dialogues'
import { seedProcedures } from '../seed/data/procedures'
import { seedSites } from '../seed/data/index'
import type { SeedSite } from '../seed/data/types'
import { launchChromium } from './helpers/browser'
import { httpRequest, startServer, type TestServer, waitForDemoPortals } from './helpers/server'

const require = createRequire(import.meta.url)
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js')
const VNU_JAR = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const BUDGET_BYTES = 60 * 1024

/** One demo portal per theme. */
const PORTAL_OF_THEME = { default: 'ha-tinh', xa: 'xa-thach-ha' } as const
type ThemeName = keyof typeof PORTAL_OF_THEME

type Template = { theme: ThemeName; name: string; slug: string; path: string; status: number }

let server: TestServer
let browser: Browser
let workDir: string
const bodies = new Map<string, string>()

const site = (slug: string): SeedSite => seedSites.find((s) => s.slug === slug)!
const origin = (slug: string) => `http://${slug}.localhost:${server.port}`
const fetchPage = (slug: string, urlPath: string) => httpRequest(server.port, `${slug}.localhost:${server.port}`, urlPath)

/** The article every article check uses: the newest one with a cover picture. */
function coverArticle(slug: string) {
  return [...site(slug).news].filter((a) => a.cover).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0]!
}

function templates(theme: ThemeName): Template[] {
  const slug = PORTAL_OF_THEME[theme]
  const s = site(slug)
  const category = s.categories.find((c) => s.news.some((a) => a.categories.includes(c.slug)))!
  const english = s.pages.find((p) => p.en)!
  const page = (name: string, urlPath: string, status = 200): Template => ({ theme, name, slug, path: urlPath, status })
  return [
    page('home vi', '/'),
    page('home en', '/en/'),
    page('news page 1', '/tin-tuc/'),
    page('news page 2', '/tin-tuc/trang/2/'),
    page('category', `/chuyen-muc/${category.slug}/`),
    page('article', `/tin-tuc/${coverArticle(slug).slug}/`),
    page('page vi', `/${english.slug}/`),
    page('page en', `/en/${english.slug}/`),
    page('404', '/khong-co-trang-nay/', 404),
    page('hỏi đáp', '/hoi-dap-truc-tuyen/'),
    page('receipt not found', '/hoi-dap-truc-tuyen/tra-cuu/?ma=ABCDE-12345', 404),
    page('search results', '/tim-kiem/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91&scope=all'),
    page('search no hits, suggestion', '/tim-kiem/?q=chuyen+doi+sso&scope=all'),
    page('search empty', '/tim-kiem/'),
    ...(theme === 'default'
      ? [
          page('dialogues', '/doi-thoai/'),
          page('dialogue archive', `/doi-thoai/${haTinhDialogues.sessions.find((x) => x.state === 'archived')!.slug}/`),
          page('dialogue announced', `/doi-thoai/${haTinhDialogues.sessions.find((x) => x.state === 'announced')!.slug}/`),
          page('legal documents page 1', '/van-ban/'),
          { ...page('legal documents page 2', '/van-ban/trang/2/'), slug: 'bo-khcn' },
          page('legal documents of a type', '/van-ban/loai/nghi-dinh/'),
          page('legal document with relations both ways and a file', '/van-ban/42-2022-nd-cp/'),
          { ...page('legal document replaced', '/van-ban/43-2011-nd-cp/'), slug: 'bo-khcn' },
          { ...page('procedure catalogue', '/thu-tuc-hanh-chinh/'), slug: 'so-khcn-ha-tinh' },
          { ...page('procedure', `/thu-tuc-hanh-chinh/${procedureOf('so-khcn-ha-tinh')}/`), slug: 'so-khcn-ha-tinh' },
          page('consultations', '/gop-y-du-thao/'),
          page('consultation open with comments', `/gop-y-du-thao/${consultationOf('ha-tinh')}/`),
          { ...page('consultation closed with comments and summary', `/gop-y-du-thao/${consultationOf('bo-khcn')}/`), slug: 'bo-khcn' },
          { ...page('consultations closed', '/gop-y-du-thao/da-ket-thuc/'), slug: 'bo-khcn' },
        ]
      : [
          page('legal documents page 1', '/van-ban/'),
          page('legal document shared', '/van-ban/42-2022-nd-cp/'),
          page('procedure catalogue', '/thu-tuc-hanh-chinh/'),
          page('procedures of a level', '/thu-tuc-hanh-chinh/cap/xa/'),
          page('procedure', `/thu-tuc-hanh-chinh/${procedureOf('xa-thach-ha')}/`),
          page('consultations', '/gop-y-du-thao/'),
          page('consultation open without comments', `/gop-y-du-thao/${consultationOf('xa-thach-ha')}/`),
        ]),
  ]
}

const procedureOf = (slug: string) => seedProcedures.find((p) => p.site === slug)!.code.replace(/\./g, '-')
const consultationOf = (slug: string) => seedConsultations.find((c) => c.site === slug)!.slug

/** Pages the platform renders on demand (a found receipt, the form shown again with errors). */
const dynamicBodies = new Map<string, string>()

const ALL_TEMPLATES = [...templates('default'), ...templates('xa')]
const label = (t: Template) => `${t.theme} ${t.name} (${t.slug}${t.path})`

type AxeViolation = {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[]; failureSummary?: string }[]
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT })
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target: target.map(String), failureSummary })),
    }))
  }, WCAG_TAGS)
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')} – ${node.failureSummary ?? ''}`),
  )
}

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-a11y-'))
  ;[server, browser] = await Promise.all([startServer(), launchChromium()])
  await waitForDemoPortals(server, 180_000)
  for (const t of ALL_TEMPLATES) {
    const res = await fetchPage(t.slug, t.path)
    expect(res.status, label(t)).toBe(t.status)
    bodies.set(label(t), res.body)
  }
  for (const [theme, slug] of Object.entries(PORTAL_OF_THEME)) {
    const host = `${slug}.localhost:${server.port}`
    const sent = await httpRequest(server.port, host, '/api/public/questions', {
      method: 'POST',
      json: { name: 'Người Kiểm Tra', email: `a11y-${slug}@example.com`, address: 'Xã Thạch Hà, tỉnh Hà Tĩnh', text: 'Câu hỏi để kiểm tra trang tra cứu.', consent: 'on' },
    })
    expect(sent.status, sent.body).toBe(202)
    const receipt = await fetchPage(slug, sent.json().lookup)
    expect(receipt.status).toBe(200)
    dynamicBodies.set(`${theme} receipt found (${slug})`, receipt.body)
  }
  for (const [theme, slug] of Object.entries(PORTAL_OF_THEME)) {
    dynamicBodies.set(`${theme} question form with errors (${slug})`, await postForm(slug, 'name=A&email=sai&text=ng%E1%BA%AFn'))
    const consultation = `/gop-y-du-thao/${consultationOf(slug)}/`
    const action = /<form[^>]*method="post"[^>]*action="([^"]+)"/.exec((await fetchPage(slug, consultation)).body)![1]!
    const refused = await httpRequest(server.port, `${slug}.localhost:${server.port}`, action, { method: 'POST', form: { name: '', email: 'sai', comment: 'ngắn', returnTo: origin(slug) + consultation } })
    expect(refused.status).toBe(400)
    dynamicBodies.set(`${theme} comment form with errors (${slug})`, refused.body)
  }
}, 300_000)

/** A form post as a browser without JavaScript sends it; returns the page the platform answers with. */
function postForm(slug: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: '/api/public/questions', method: 'POST', headers: { host: `${slug}.localhost:${server.port}`, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => (res.statusCode === 400 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`form post answered ${res.statusCode}`))))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true })
})

describe('both themes', () => {
  it('render each demo portal in its theme', () => {
    for (const t of ALL_TEMPLATES) {
      const body = bodies.get(label(t))!
      // The commune stylesheet sets a narrower container than the default one.
      expect(body.includes('--container: 52rem'), label(t)).toBe(t.theme === 'xa')
    }
  })

  it('pass the W3C Nu HTML checker without errors', async () => {
    const files = [...ALL_TEMPLATES.map((t) => [label(t), bodies.get(label(t))!] as const), ...dynamicBodies].map(([name, body], i) => {
      const file = path.join(workDir, `${String(i).padStart(2, '0')}-${name.replace(/\W+/g, '-')}.html`)
      fs.writeFileSync(file, body)
      return file
    })
    const java = await promisify(execFile)('java', ['-version']).catch(() => null)
    if (!java) throw new Error('java is not installed: the Nu HTML checker needs it (Debian: apt-get install default-jre-headless)')
    // vnu exits 1 when it finds errors; its JSON report is on stdout either way.
    const { stdout } = await promisify(execFile)('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...files], {
      maxBuffer: 32 * 1024 * 1024,
    }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }))
    const report = JSON.parse(stdout) as { messages: { type: string; url?: string; message: string; lastLine?: number; extract?: string }[] }
    const errors = report.messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${path.basename(m.url ?? '')}:${m.lastLine ?? '?'} ${m.message} [${(m.extract ?? '').trim()}]`)
    expect(files).toHaveLength(ALL_TEMPLATES.length + dynamicBodies.size)
    expect(errors).toEqual([])
  }, 60_000)
})

describe('axe-core (WCAG 2.0–2.2 A and AA rules) in Chromium', () => {
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    page = await context.newPage()
  })

  afterAll(async () => {
    await context?.close()
  })

  it.each(ALL_TEMPLATES.map((t) => [label(t), t] as const))('%s has no violations', async (_, t) => {
    const res = await page.goto(origin(t.slug) + t.path, { waitUntil: 'load' })
    expect(res?.status()).toBe(t.status)
    expect(await axeViolations(page)).toEqual([])
  })

  it('pages rendered on demand (a found receipt, the question and comment forms with their errors) have no violations', async () => {
    expect(dynamicBodies.size).toBe(6)
    for (const [name, body] of dynamicBodies) {
      await page.setContent(body, { waitUntil: 'load' })
      expect(await axeViolations(page), name).toEqual([])
    }
  })

  it.each(Object.entries(PORTAL_OF_THEME))('the %s theme has no violations in high contrast at the largest text size either', async (_, slug) => {
    const hc = await browser.newContext({ viewport: { width: 390, height: 844 } })
    await hc.addInitScript(() => localStorage.setItem('cong-hien-thi', JSON.stringify({ c: 'more', t: 3 })))
    const mobile = await hc.newPage()
    for (const urlPath of ['/', `/tin-tuc/${coverArticle(slug).slug}/`]) {
      await mobile.goto(origin(slug) + urlPath)
      expect(await mobile.locator('html').getAttribute('data-contrast')).toBe('more')
      expect(await axeViolations(mobile), urlPath).toEqual([])
    }
    await hc.close()
  })
})

describe('the article page', () => {
  it.each(Object.entries(PORTAL_OF_THEME))('weighs less than 60 KB gzipped with its CSS (%s theme)', async (_, slug) => {
    const article = coverArticle(slug)
    const html = (await fetchPage(slug, `/tin-tuc/${article.slug}/`)).body
    const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!)
    const css = await Promise.all(stylesheets.map(async (href) => (await fetchPage(slug, href)).body))
    const size = gzipSync(html + css.join('')).length
    expect(size).toBeLessThan(BUDGET_BYTES)
  })

  it.each(Object.entries(PORTAL_OF_THEME))('reads fully with JavaScript off, and hides the controls that need it (%s theme)', async (_, slug) => {
    const article = coverArticle(slug)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${origin(slug)}/tin-tuc/${article.slug}/`)
    expect(await page.locator('h1').innerText()).toBe(article.title)
    const body = await page.locator('.prose').innerText()
    expect(body).toContain(article.body.find((p) => !/^(#|-)/.test(p))!.slice(0, 60))
    expect(await page.locator('.prefs').isVisible()).toBe(false)
    expect(await page.locator('[data-action="print"]').first().isVisible()).toBe(false)
    expect(await page.locator('.print-hint').isVisible()).toBe(true)
    await context.close()
  })

  it('gives the cover picture srcset, sizes and dimensions, loaded at once', () => {
    const body = bodies.get(label(templates('default').find((t) => t.name === 'article')!))!
    const cover = /<figure class="article__cover">\s*(<img [^>]+>)/.exec(body)?.[1] ?? ''
    expect(cover).toMatch(/srcset="\/media\/[^"]+\.webp 480w, [^"]+"/)
    expect(cover).toMatch(/sizes="[^"]+"/)
    expect(cover).toMatch(/width="\d+" height="\d+"/)
    expect(cover).toContain('loading="eager"')
  })
})

describe('pictures in lists', () => {
  it.each(Object.entries(PORTAL_OF_THEME))('are lazy below the fold and eager above it, with srcset and sizes (%s theme)', async (_, slug) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    for (const urlPath of ['/', '/tin-tuc/']) {
      await page.goto(origin(slug) + urlPath)
      const images = await page.locator('main img').evaluateAll((imgs) =>
        imgs.map((img) => ({
          top: img.getBoundingClientRect().top + window.scrollY,
          loading: img.getAttribute('loading'),
          decoding: img.getAttribute('decoding'),
          srcset: img.getAttribute('srcset'),
          sizes: img.getAttribute('sizes'),
          width: img.getAttribute('width'),
        })),
      )
      expect(images.length, urlPath).toBeGreaterThan(1)
      for (const image of images) {
        expect(image.srcset && image.sizes && image.width, `${urlPath} ${JSON.stringify(image)}`).toBeTruthy()
        if (image.top > 800) expect(image, urlPath).toMatchObject({ loading: 'lazy', decoding: 'async' })
      }
      expect(images.filter((i) => i.loading === 'eager'), urlPath).toHaveLength(1)
    }
    await context.close()
  })
})

describe('display preferences', () => {
  it('switch to high contrast and larger text, and keep both after a reload', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${origin('ha-tinh')}/`)
    const html = page.locator('html')
    const toggle = page.getByRole('button', { name: 'Tương phản cao' })
    expect(await html.getAttribute('data-contrast')).toBe('normal')
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(await background()).toBe('rgb(255, 255, 255)')

    await toggle.click()
    await page.getByRole('button', { name: /tăng cỡ chữ/ }).click()
    expect(await html.getAttribute('data-contrast')).toBe('more')
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    expect(await background()).toBe('rgb(0, 0, 0)')
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('18px')

    await page.reload()
    expect(await html.getAttribute('data-contrast')).toBe('more')
    expect(await html.getAttribute('data-text')).toBe('1')
    expect(await page.getByRole('button', { name: 'Tương phản cao' }).getAttribute('aria-pressed')).toBe('true')
    expect(await background()).toBe('rgb(0, 0, 0)')

    await page.getByRole('button', { name: 'Tương phản cao' }).click()
    await page.getByRole('button', { name: /cỡ chữ mặc định/ }).click()
    await page.reload()
    expect(await html.getAttribute('data-contrast')).toBe('normal')
    expect(await html.getAttribute('data-text')).toBe('0')
    await context.close()
  })

  it('follow prefers-contrast: more, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, contrast: 'more' })
      const page = await context.newPage()
      await page.goto(`${origin('xa-thach-ha')}/`)
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), `JavaScript ${javaScriptEnabled}`).toBe('rgb(0, 0, 0)')
      await context.close()
    }
  })
})
