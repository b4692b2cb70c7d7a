import { existsSync } from 'node:fs'
import { mkdtemp, readFile, readdir, realpath, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeRelease } from '../../plugins/portals/build/release'
import { getRenderer } from '../../plugins/portals/build/renderer'
import { NEWS_PAGE_SIZE, type PortalSnapshot } from '../../cms/src/contracts/portal'
import { validateSnapshot } from '../src/lib/snapshot'
import { planSite } from '../src/plan'
import { LIVE_DIALOGUE_SCRIPT } from '../../themes/default/scripts/live-dialogue'
import { DISPLAY_PREFERENCES_SCRIPT } from '../../themes/default/scripts/display-preferences'
import { COMMUNE, EMPTY, PROVINCE, PROVINCE_ARTICLE_COUNT, makeSnapshot } from './fixture'

const BUILD_TIMEOUT = 120_000

/** Renders every portal of a snapshot exactly as the CMS's build runner does. */
async function build(json: unknown, out: string): Promise<void> {
  const checked = validateSnapshot(json, 'test snapshot')
  const renderer = await getRenderer()
  for (const site of checked.sites) {
    await writeRelease({ plan: planSite(site, checked.generatedAt), renderer, media: new Set(), stamp: 'test', root: out })
  }
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
}

const snapshot: PortalSnapshot = makeSnapshot()
const siteOf = (slug: string) => snapshot.sites.find((site) => site.slug === slug)!
let work: string
let out: string
let files: string[]
const html = new Map<string, string>()

const siteDirs = new Map<string, string>()
const siteDir = (slug: string) => siteDirs.get(slug)!
const read = (slug: string, path: string) => readFile(join(siteDir(slug), path), 'utf8')
const htmlOf = (slug: string) => [...html].filter(([file]) => file.startsWith(siteDir(slug) + sep))

/** The file a root-relative link resolves to when the folder is served as a web root. */
function target(slug: string, href: string): string {
  const path = decodeURI(href.replace(/[?#].*$/, ''))
  return join(siteDir(slug), path.endsWith('/') ? `${path}index.html` : path)
}

beforeAll(async () => {
  if (Number(process.versions.node.split('.')[0]) < 22) {
    throw new Error(`Astro needs Node 22+, got ${process.version}; run the test via npx vitest`)
  }
  work = await mkdtemp(join(tmpdir(), 'cong-sites-'))
  out = join(work, 'out')
  await build(snapshot, out)
  files = []
  for (const slug of [PROVINCE, COMMUNE, EMPTY]) {
    siteDirs.set(slug, await realpath(join(out, slug)))
    files.push(...(await walk(siteDir(slug))))
  }
  for (const file of files.filter((f) => f.endsWith('.html'))) html.set(file, await readFile(file, 'utf8'))
}, BUILD_TIMEOUT)

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true })
})

describe('one build renders every portal', () => {
  it('writes one self-contained folder per site and nothing shared', async () => {
    expect((await readdir(out)).filter((name) => !name.startsWith('.')).sort()).toEqual([COMMUNE, PROVINCE, EMPTY].sort())
    for (const slug of [PROVINCE, COMMUNE, EMPTY]) {
      for (const file of ['index.html', '404.html', 'tin-tuc/index.html', 'sitemap.xml', 'rss.xml', 'robots.txt']) {
        expect(existsSync(join(siteDir(slug), file)), `${slug}/${file}`).toBe(true)
      }
      expect(existsSync(join(siteDir(slug), '404/index.html'))).toBe(false)
    }
  })

  it('renders every article, news page, category and page of the province', () => {
    const province = siteOf(PROVINCE)
    for (const article of province.news) {
      expect(existsSync(target(PROVINCE, `/tin-tuc/${article.slug}/`)), article.slug).toBe(true)
    }
    const pages = Math.ceil(PROVINCE_ARTICLE_COUNT / NEWS_PAGE_SIZE)
    expect(pages).toBeGreaterThan(1)
    expect(existsSync(target(PROVINCE, '/tin-tuc/trang/2/'))).toBe(true)
    expect(existsSync(target(PROVINCE, `/tin-tuc/trang/${pages + 1}/`))).toBe(false)
    expect(existsSync(target(PROVINCE, '/tin-tuc/trang/1/'))).toBe(false)
    for (const category of province.categories) {
      expect(existsSync(target(PROVINCE, `/chuyen-muc/${category.slug}/`)), category.slug).toBe(true)
    }
    expect(existsSync(target(PROVINCE, '/chuyen-muc/thoi-su/trang/2/'))).toBe(true)
    for (const page of province.pages) {
      expect(existsSync(target(PROVINCE, `/${page.slug}/`)), page.slug).toBe(true)
    }
    expect(existsSync(target(COMMUNE, '/gioi-thieu/lich-su/'))).toBe(true)
  })

  it('shows a Vietnamese empty state where there is no content', async () => {
    expect(await read(EMPTY, 'index.html')).toContain('Chưa có tin bài.')
    expect(await read(EMPTY, 'tin-tuc/index.html')).toContain('Chưa có tin bài.')
    expect(await read(PROVINCE, 'chuyen-muc/trong/index.html')).toContain('Chưa có tin bài.')
  })
})

describe('every HTML page', () => {
  it('is Vietnamese unless it is under /en/, and runs only the display preferences and the EMC script', () => {
    expect(html.size).toBeGreaterThan(30)
    for (const [file, page] of html) {
      const english = relative(out, file).split(sep)[2] === 'en'
      expect(page, file).toMatch(english ? /^<!DOCTYPE html><html lang="en"/i : /^<!DOCTYPE html><html lang="vi"/i)
      const scripts = [...page.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/gi)].map((m) => m[0])
      expect(scripts[0], file).toBe(`<script>${DISPLAY_PREFERENCES_SCRIPT}</script>`)
      const emc = file.startsWith(siteDir(PROVINCE) + sep) ? ['<script async src="https://emc.gov.vn/theo-doi.js?id=42"></script>'] : []
      // The first page of hỏi đáp carries the question form's script (ADR 0012).
      const qa = file.endsWith(`${sep}hoi-dap-truc-tuyen${sep}index.html`) ? [`<script>${LIVE_DIALOGUE_SCRIPT}</script>`] : []
      expect(scripts.slice(1), file).toEqual([...emc, ...qa])
    }
  })

  it('starts with the skip link and has one main landmark and unique ids', () => {
    for (const [file, page] of html) {
      const body = page.slice(page.indexOf('<body'))
      const firstFocusable = /<(a|button|input|select|textarea)\b[^>]*>/.exec(body)?.[0] ?? ''
      expect(firstFocusable, file).toContain('href="#noi-dung"')
      expect(page.match(/<main\b[^>]*id="noi-dung"/g), file).toHaveLength(1)
      const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
      expect(new Set(ids).size, file).toBe(ids.length)
    }
  })

  it('links only to files that exist within its own portal folder', () => {
    for (const slug of [PROVINCE, COMMUNE, EMPTY]) {
      for (const [file, page] of htmlOf(slug)) {
        for (const [, href] of page.matchAll(/href="(\/[^"]*)"/g)) {
          expect(href!.startsWith('//'), `${file}: ${href}`).toBe(false)
          // Uploaded media is served by the platform under /media/, not written by this build.
          if (href!.startsWith('/media/')) continue
          expect(existsSync(target(slug, href!)), `${relative(out, file)} → ${href}`).toBe(true)
        }
      }
    }
  })

  it('never mentions another portal’s articles', () => {
    const articlesOf = (slug: string) => siteOf(slug).news.flatMap((a) => [a.slug, a.title])
    for (const [slug, other] of [[PROVINCE, COMMUNE], [COMMUNE, PROVINCE], [EMPTY, PROVINCE], [EMPTY, COMMUNE]] as const) {
      for (const [file, page] of htmlOf(slug)) {
        for (const needle of articlesOf(other)) expect(page.includes(needle), `${file} mentions ${needle}`).toBe(false)
      }
    }
  })

  it('stays lean: an article page is far below 60 KB compressed', async () => {
    const page = await read(PROVINCE, `tin-tuc/${siteOf(PROVINCE).news[1]!.slug}/index.html`)
    expect(gzipSync(page).length).toBeLessThan(60 * 1024)
  })
})

describe('themes and the legal must-haves', () => {
  const article = (slug: string) => read(slug, `tin-tuc/${siteOf(slug).news[1]!.slug}/index.html`)

  it('renders each portal in its own theme, with only that theme’s CSS', async () => {
    const commune = await read(EMPTY, 'index.html')
    const province = await read(PROVINCE, 'index.html')
    const css = (page: string) => page.slice(page.indexOf('<style>'), page.indexOf('</style>'))
    expect(css(commune)).toContain('--container: 52rem')
    expect(css(commune)).not.toContain('.article-list--tile')
    expect(css(province)).toContain('.article-list--tile')
    expect(css(commune).length).toBeLessThan(css(province).length * 0.85)
    expect(await read(COMMUNE, 'index.html')).toContain('.article-list--tile')
  })

  it('brands the header with the site’s colour and header image through custom properties', async () => {
    const page = await read(PROVINCE, 'index.html')
    expect(page).toMatch(/<html lang="vi" style="--site-primary:#[0-9a-f]{6};--site-link:#[0-9a-f]{6};[^"]*--site-header-image:url\(&quot;\/media\/header-960\.webp&quot;\)"/)
    expect(page).toContain('class="masthead masthead--image"')
    expect(await read(COMMUNE, 'index.html')).not.toMatch(/<html[^>]*--site-header-image/)
  })

  it('links the mandatory sections the portal has from every page, in English where they exist', async () => {
    for (const [file, page] of htmlOf(PROVINCE)) {
      const nav = /<nav class="legal-sections"[\s\S]*?<\/nav>/.exec(page)?.[0] ?? ''
      const english = relative(siteDir(PROVINCE), file).split(sep)[0] === 'en'
      if (english) {
        expect(nav, file).toContain('<a href="/en/gioi-thieu/">About us</a>')
        expect(nav, file).not.toContain('lien-he')
      } else {
        for (const link of ['<a href="/gioi-thieu/">Giới thiệu</a>', '<a href="/lien-he/">Thông tin liên hệ</a>', '<a href="/chuyen-muc/thoi-su/">Tin tức, sự kiện</a>']) {
          expect(nav, file).toContain(link)
        }
      }
    }
    expect(await read(COMMUNE, 'index.html')).not.toContain('class="legal-sections"')
  })

  it('offers print and save with JavaScript only, and feedback on each article', async () => {
    const page = await article(PROVINCE)
    const title = siteOf(PROVINCE).news[1]!.title
    expect(page).toContain('<button type="button" class="button" data-action="print" data-js>In bài viết</button>')
    expect(page).toMatch(/data-action="print" data-js aria-describedby="huong-dan-in">Lưu bài viết \(PDF\)</)
    expect(page).toContain(`href="mailto:banbientap@hatinh.gov.vn?subject=${encodeURIComponent(`Góp ý: ${title}`)}"`)
    expect(await article(COMMUNE)).toContain('<a href="https://thachha.hatinh.gov.vn/gop-y">Góp ý về bài viết</a>')
  })

  it('loads the first picture of a page eagerly and the others lazily, all with srcset and sizes', async () => {
    const cards = [...(await read(PROVINCE, 'tin-tuc/index.html')).matchAll(/<img class="card__image"[^>]*>/g)].map((m) => m[0])
    expect(cards.length).toBeGreaterThan(2)
    expect(cards[0]).toContain('loading="eager"')
    for (const img of cards.slice(1)) expect(img).toContain('loading="lazy" decoding="async"')
    for (const img of cards) expect(img).toMatch(/srcset="[^"]+ 480w, [^"]+" sizes="[^"]+"/)
    expect(await article(PROVINCE)).toMatch(/<figure class="article__cover"> <img [^>]*loading="eager" fetchpriority="high"/)
  })
})

describe('the hierarchy of portals', () => {
  it('shows the latest news of subordinate units on the parent portal, linking to their portals', async () => {
    const home = await read(PROVINCE, 'index.html')
    expect(home).toContain('Tin từ các đơn vị trực thuộc')
    expect(home).toContain('href="http://thach-ha.localhost:3000/tin-tuc/thach-ha-ra-quan/"')
    expect(await read(COMMUNE, 'index.html')).not.toContain('Tin từ các đơn vị trực thuộc')
  })

  it('names the owner of a shared article and points the canonical URL to the owner’s copy', async () => {
    const page = await read(COMMUNE, 'tin-tuc/tinh-chia-se-ke-hoach/index.html')
    expect(page).toContain('Bài đăng từ')
    expect(page).toContain('<link rel="canonical" href="http://ha-tinh.localhost:3000/tin-tuc/ke-hoach-chung/"')
  })
})

describe('the article page', () => {
  it('shows what a reader needs', async () => {
    const article = siteOf(PROVINCE).news[1]!
    const page = await read(PROVINCE, `tin-tuc/${article.slug}/index.html`)
    expect(page).toContain(`<h1>${article.title}</h1>`)
    expect(page).toMatch(/<time datetime="2026-10-26T08:30:00.000Z">26\/10\/2026<\/time>/)
    expect(page).toContain(article.author!)
    expect(page).toContain('href="/chuyen-muc/thoi-su/"')
    expect(page).toMatch(/<img[^>]+srcset="[^"]*480w[^"]*"[^>]*alt="Ảnh minh họa bản tin 2"[^>]*width="1600"/)
    expect(page).toContain('<strong>bản tin 2</strong>')
    expect(page).toContain('Theo Báo Hà Tĩnh')
    expect(page).toContain('In bài viết')
    expect(page).toContain('Tin liên quan')
    expect(page).toContain('@media print')
  })

  it('carries the legal imprint and feedback link in the footer', async () => {
    const page = await read(PROVINCE, 'index.html')
    const footer = page.slice(page.indexOf('<footer class="site-footer"'))
    for (const text of ['Cơ quan chủ quản', 'Người chịu trách nhiệm', 'Địa chỉ', '0239 3855 123', 'Fax', 'Giấy phép số 01/GP-TTĐT']) {
      expect(footer).toContain(text)
    }
    expect(footer).toMatch(/href="mailto:banbientap@hatinh\.gov\.vn\?subject=[^"]+">Góp ý</)
    expect(footer).toContain('href="/en/"')
  })
})

describe('navigation', () => {
  it('paginates news accessibly', async () => {
    const first = await read(PROVINCE, 'tin-tuc/index.html')
    const second = await read(PROVINCE, 'tin-tuc/trang/2/index.html')
    expect(first).toMatch(/<nav class="pagination" aria-label="Phân trang">/)
    expect(first).toMatch(/href="\/tin-tuc\/" aria-current="page"/)
    expect(first).toMatch(/href="\/tin-tuc\/trang\/2\/" rel="next"/)
    expect(second).toMatch(/href="\/tin-tuc\/" rel="prev"/)
    expect(second).toMatch(/href="\/tin-tuc\/trang\/2\/" aria-current="page"/)
    expect(first.match(/class="card card--row/g)).toHaveLength(NEWS_PAGE_SIZE)
    expect(second.match(/class="card card--row/g)).toHaveLength(PROVINCE_ARTICLE_COUNT - NEWS_PAGE_SIZE)
  })

  it('links Vietnamese and English versions both ways', async () => {
    const vi = await read(PROVINCE, 'gioi-thieu/index.html')
    const en = await read(PROVINCE, 'en/gioi-thieu/index.html')
    expect(vi).toContain('href="/en/gioi-thieu/"')
    expect(en).toMatch(/^<!DOCTYPE html><html lang="en"/i)
    expect(en).toContain('href="/gioi-thieu/"')
    expect(en).toContain('Skip to main content')
    expect(existsSync(target(PROVINCE, '/en/'))).toBe(true)
    expect(existsSync(target(PROVINCE, '/en/lien-he/'))).toBe(false)
    expect(existsSync(target(COMMUNE, '/en/'))).toBe(false)
  })

  it('links a child portal to its parent and external links with rel="noopener"', async () => {
    expect(await read(COMMUNE, 'index.html')).toContain('href="http://ha-tinh.localhost:3000"')
    expect(await read(PROVINCE, 'gioi-thieu/index.html')).toContain('<a href="https://chinhphu.vn" rel="noopener">Cổng Chính phủ</a>')
  })

  it('renders page blocks', async () => {
    const contact = await read(PROVINCE, 'lien-he/index.html')
    expect(contact).toMatch(/<address class="contact-card">[\s\S]*Văn phòng UBND tỉnh[\s\S]*<\/address>/)
    expect(contact).toContain('href="tel:02393855123"')
  })
})

describe('feeds for machines', () => {
  it('lists every page in the sitemap with absolute URLs on the portal’s own host', async () => {
    for (const slug of [PROVINCE, COMMUNE, EMPTY]) {
      const { baseUrl } = siteOf(slug)
      const locs = [...(await read(slug, 'sitemap.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
      expect(locs.length).toBeGreaterThan(0)
      for (const loc of locs) {
        expect(loc.startsWith(`${baseUrl}/`), loc).toBe(true)
        expect(existsSync(target(slug, loc.slice(baseUrl.length))), loc).toBe(true)
      }
      const pages = [...html.keys()].filter((f) => f.startsWith(siteDir(slug) + sep) && !f.endsWith(`${sep}404.html`) && !f.endsWith(`${sep}410.html`))
      expect(locs).toHaveLength(pages.length)
    }
  })

  it('publishes an RSS 2.0 feed and robots.txt', async () => {
    const rss = await read(PROVINCE, 'rss.xml')
    expect(rss).toContain('<rss version="2.0"')
    expect(rss.match(/<item>/g)).toHaveLength(Math.min(20, PROVINCE_ARTICLE_COUNT))
    expect(rss).toContain(`<link>http://ha-tinh.localhost:3000/tin-tuc/${siteOf(PROVINCE).news[0]!.slug}/</link>`)
    expect(await read(EMPTY, 'rss.xml')).not.toContain('<item>')
    const robots = await read(PROVINCE, 'robots.txt')
    expect(robots).toMatch(/^User-agent: \*\nAllow: \//)
    expect(robots).toContain('Sitemap: http://ha-tinh.localhost:3000/sitemap.xml')
  })
})

describe('an invalid snapshot', () => {
  it('fails the build, says where the problem is and writes nothing', async () => {
    const broken = makeSnapshot() as unknown as { sites: { news: Record<string, unknown>[]; pages: { slug: string }[] }[] }
    broken.sites[0]!.news[0]!.publishedAt = 20261123
    broken.sites[0]!.pages[0]!.slug = 'tin-tuc'
    const target = join(work, 'broken-out')
    const error = await build(broken, target).then(() => null, (err: Error) => err)
    expect(error?.message).toContain('Invalid CMS snapshot test snapshot')
    expect(error?.message).toContain(`sites[0](${PROVINCE}).news[0].publishedAt`)
    expect(existsSync(target)).toBe(false)
  }, BUILD_TIMEOUT)
})
