import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { checkRelease, internalTarget, pagePath, scanPage, type A11yRuleId, type ReleaseChecks } from './checks'
import { tokenize } from './html'

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'release')

const count = (checks: ReleaseChecks, rule: A11yRuleId) => checks.a11y.rules.find((r) => r.rule === rule)!.count

describe('checkRelease on the fixture portal', () => {
  it('finds every broken internal link, counted per page and target, most linked first', async () => {
    const checks = await checkRelease(FIXTURE)
    expect(checks.pages).toBe(6)
    expect(checks.links.broken).toBe(6)
    expect(checks.links.brokenTargets).toBe(4)
    expect(checks.links.examples[0]).toEqual({ target: '/lien-he/', page: '/gioi-thieu/', pages: 3 })
    expect(checks.links.examples.map((e) => e.target).sort()).toEqual(['/lien-he/', '/media/anh-1-960.webp', '/media/thieu.webp', '/tin-tuc/bai-hai/'])
    // Relative links resolve against their page; comments, scripts, fragments, queries, mailto:,
    // tel: and other hosts are not links to check.
    expect(checks.links.examples.find((e) => e.target === '/tin-tuc/bai-hai/')?.page).toBe('/tin-tuc/')
    expect(JSON.stringify(checks.links)).not.toMatch(/trong-chu-thich|trong-script|dichvucong|mailto|tel:/)
  })

  it('also checks absolute links to its own origin and the sitemap when given the base URL', async () => {
    const checks = await checkRelease(FIXTURE, 'https://mau.gov.vn')
    expect(checks.links.broken).toBe(8)
    expect(checks.links.examples).toContainEqual({ target: '/cu-bi-xoa/', page: '/', pages: 1 })
    expect(checks.links.examples).toContainEqual({ target: '/tin-tuc/bai-ba/', page: '/sitemap.xml', pages: 1 })
  })

  it('reports each accessibility rule with a count, the pages affected and examples', async () => {
    const checks = await checkRelease(FIXTURE)
    expect(Object.fromEntries(checks.a11y.rules.map((r) => [r.rule, r.count]))).toEqual({
      'html-lang': 1,
      'document-title': 1,
      'image-alt': 1,
      'single-h1': 1,
      'heading-order': 1,
      'link-name': 2,
      'form-label': 2,
      'duplicate-id': 1,
    })
    expect(checks.a11y.issues).toBe(10)
    expect(checks.a11y.pagesWithIssues).toBe(2)
    const rule = (id: A11yRuleId) => checks.a11y.rules.find((r) => r.rule === id)!
    expect(rule('image-alt').examples).toEqual([{ page: '/gioi-thieu/', detail: '<img src="/media/so-do.webp">' }])
    expect(rule('heading-order').examples[0]!.detail).toBe('h2 → h4')
    expect(rule('single-h1').examples[0]!.detail).toBe('2 × <h1>')
    expect(rule('duplicate-id').examples[0]!.detail).toBe('id="trung" ×2')
    expect(rule('document-title').examples[0]!.page).toBe('/tin-tuc/')
    expect(rule('form-label').examples.map((e) => e.detail)).toEqual(['<input name="email" type="email">', '<select name="linh-vuc">'])
    expect(checks.a11y.rules.map((r) => r.rule)).toHaveLength(8)
  })

  it('is JSON (stored as is on the build row)', async () => {
    const checks = await checkRelease(FIXTURE)
    expect(JSON.parse(JSON.stringify(checks))).toEqual(checks)
    expect(checks.version).toBe(1)
  })
})

describe('the static page rules', () => {
  const issues = (html: string) => scanPage(html).issues.map((i) => i.rule)
  const page = (body: string, head = '<title>T</title>') => `<!doctype html><html lang="vi"><head>${head}</head><body><h1>T</h1>${body}</body></html>`

  it('accepts a clean page', () => {
    expect(issues(page('<h2>A</h2><h3>B</h3><h2>C</h2><a href="/">Trang chủ</a>'))).toEqual([])
  })

  it('names a link by its text, an image alt, aria-label, title or an svg title', () => {
    expect(issues(page('<a href="/"><span>Trang chủ</span></a>'))).toEqual([])
    expect(issues(page('<a href="/"><img src="/l.png" alt="Logo"></a>'))).toEqual([])
    expect(issues(page('<a href="/" title="Trang chủ"></a>'))).toEqual([])
    expect(issues(page('<a href="/"><svg><title>Trang chủ</title></svg></a>'))).toEqual([])
    expect(issues(page('<a href="/"><img src="/l.png" alt=""></a>'))).toEqual(['link-name'])
    expect(issues(page('<a href="/"> &nbsp; </a>'))).toEqual(['link-name'])
    expect(issues(page('<a name="x"></a>'))).toEqual([])
  })

  it('does not take an svg title for the page title', () => {
    expect(issues(`<html lang="vi"><body><svg><title>Icon</title></svg><h1>T</h1></body></html>`)).toEqual(['document-title'])
  })

  it('labels form controls by for/id (before or after), wrapping label or aria', () => {
    expect(issues(page('<input id="a"><label for="a">A</label>'))).toEqual([])
    expect(issues(page('<label>A <select><option>1</option></select></label>'))).toEqual([])
    expect(issues(page('<input type="submit" value="Gửi"><input type="hidden">'))).toEqual([])
    expect(issues(page('<input id="b" placeholder="Tìm">'))).toEqual(['form-label'])
  })

  it('flags no h1 and a missing lang', () => {
    expect(issues('<html><head><title>T</title></head><body><h2>T</h2></body></html>')).toEqual(['html-lang', 'single-h1'])
  })

  it('tokenizes unquoted and odd attributes, and ignores the text of scripts and styles', () => {
    const seen: string[] = []
    tokenize(`<a href=/x/ data-x='1' hidden>t</a><style>a{content:"<a href='/y/'>"}</style><br/><p class="a > b">`, {
      open: (name, attrs) => seen.push(`${name}:${[...attrs].map(([k, v]) => `${k}=${v}`).join(',')}`),
      close: (name) => seen.push(`/${name}`),
      text: (text, raw) => seen.push(raw ? `raw` : text),
    })
    expect(seen).toEqual(['a:href=/x/,data-x=1,hidden=', 't', '/a', 'style:', 'raw', '/style', 'br:', 'p:class=a > b'])
  })
})

describe('link targets', () => {
  it('maps files to site paths', () => {
    expect(pagePath('index.html')).toBe('/')
    expect(pagePath(path.join('a', 'b', 'index.html'))).toBe('/a/b/')
    expect(pagePath('404.html')).toBe('/404.html')
  })

  it('resolves references relative to the page and to the base URL', () => {
    const base = new URL('https://mau.gov.vn/')
    expect(internalTarget('/a/b/?x=1#y', '/', null)).toBe('/a/b/')
    expect(internalTarget('c/', '/a/b/', null)).toBe('/a/b/c/')
    expect(internalTarget('../c', '/a/b/', null)).toBe('/a/c')
    expect(internalTarget('/t%E1%BA%A1i/', '/', null)).toBe('/tại/')
    expect(internalTarget('https://mau.gov.vn/x/', '/', null)).toBeNull()
    expect(internalTarget('https://mau.gov.vn/x/', '/', base)).toBe('/x/')
    expect(internalTarget('//mau.gov.vn/x/', '/', base)).toBe('/x/')
    expect(internalTarget('https://khac.gov.vn/x/', '/', base)).toBeNull()
    expect(internalTarget('javascript:void(0)', '/', base)).toBeNull()
    expect(internalTarget('#top', '/', base)).toBeNull()
    expect(internalTarget('?trang=2', '/tin-tuc/', base)).toBeNull()
  })
})

describe('speed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-checks-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('checks a 300-page portal in well under a second', async () => {
    // Pages shaped like the default theme's: header, menu, 12 cards with responsive images, footer (~25 KB).
    const menu = Array.from({ length: 12 }, (_, i) => `<li><a href="/chuyen-muc/muc-${i}/">Chuyên mục số ${i}</a></li>`).join('')
    for (let p = 0; p < 300; p++) {
      const cards = Array.from(
        { length: 12 },
        (_, i) => `<article class="card"><img src="/media/anh-${i}.webp" srcset="/media/anh-${i}-480.webp 480w, /media/anh-${i}.webp 960w" alt="Ảnh ${i}" loading="lazy"><h3 class="card__title"><a href="/tin-tuc/bai-${(p + i) % 300}/">Hội nghị sơ kết công tác chuyển đổi số quý ${i} năm 2026 trên địa bàn tỉnh</a></h3><p>${'Nội dung tóm tắt của bài viết về cải cách hành chính. '.repeat(12)}</p></article>`,
      ).join('')
      const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài ${p}</title><link rel="stylesheet" href="/_astro/site.css"></head><body><a href="#nd">Bỏ qua</a><header><a href="/"><img src="/media/logo.webp" alt="Logo"></a><nav><ul>${menu}</ul></nav><form action="/tim-kiem/"><label for="q">Tìm</label><input id="q" name="q"></form></header><main id="nd"><h1>Bài ${p}</h1><h2>Tin liên quan</h2>${cards}</main><footer><a href="mailto:a@b.vn">Thư</a><a href="tel:0239">Gọi</a></footer></body></html>`
      fs.mkdirSync(path.join(dir, 'tin-tuc', `bai-${p}`), { recursive: true })
      fs.writeFileSync(path.join(dir, 'tin-tuc', `bai-${p}`, 'index.html'), html)
    }
    fs.mkdirSync(path.join(dir, 'media'))
    for (let i = 0; i < 12; i++) {
      fs.writeFileSync(path.join(dir, 'media', `anh-${i}.webp`), 'x')
      fs.writeFileSync(path.join(dir, 'media', `anh-${i}-480.webp`), 'x')
    }
    await checkRelease(dir) // warm the file cache and the JIT
    const started = performance.now()
    const checks = await checkRelease(dir)
    const ms = performance.now() - started
    console.log(`checkRelease: ${checks.pages} pages, ${checks.links.checked} links in ${ms.toFixed(0)} ms`)
    expect(checks.pages).toBe(300)
    // Every page links to the 12 missing category pages, the logo, the stylesheet and the home page.
    expect(checks.links.brokenTargets).toBe(15)
    expect(checks.a11y.issues).toBe(0)
    expect(ms).toBeLessThan(1000)
  })
})
