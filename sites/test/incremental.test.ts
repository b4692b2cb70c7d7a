import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, readdir, readlink, realpath, rm, stat } from 'node:fs/promises'
import { get as httpGet, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diffRelease, readManifest, releasesPruned, SCANS, writeRelease } from '../../plugins/portals/build/release'
import { getRenderer, type Renderer } from '../../plugins/portals/build/renderer'
import { checkRelease, type ReleaseChecks } from '../../plugins/portals/checks/checks'
import type { Article, PortalSnapshot, Site } from '../../cms/src/contracts/portal'
import { usePrecompressed } from '../../plugins/portals/serve/precompressed'
import { planSite, PRECOMPRESS_NEWEST } from '../src/plan'
import { COMMUNE, PROVINCE, makeSnapshot } from './fixture'

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

function province(snapshot: PortalSnapshot): Site {
  return snapshot.sites.find((s) => s.slug === PROVINCE)!
}

function manifestOf(site: Site, templates = 'T1') {
  const plan = planSite(site, '2026-11-01T00:00:00.000Z')
  return { templates, outputs: Object.fromEntries(plan.outputs.map((o) => [o.file, o.digest])) }
}

/** URL paths a build would render after `change`, given the release built from `before`. */
function affected(before: Site, after: Site, templates = 'T1'): string[] {
  const plan = planSite(after, '2026-11-01T00:00:00.000Z')
  return diffRelease(manifestOf(before), templates, plan.outputs).render.map((o) => o.path).sort()
}

const newArticle = (n: number, categories: string[], extra: Partial<Article> = {}): Article => ({
  slug: `tin-moi-${n}`,
  title: `Tin mới ${n}`,
  summary: 'Tóm tắt tin mới.',
  publishedAt: '2026-11-20T08:00:00.000Z',
  updatedAt: '2026-11-20T08:00:00.000Z',
  author: null,
  source: null,
  categories,
  cover: null,
  html: '<p>Nội dung.</p>',
  sharedFrom: null,
  ...extra,
})

describe('which pages a change affects', () => {
  it('nothing when nothing changed', () => {
    const site = province(makeSnapshot())
    expect(affected(site, site)).toEqual([])
  })

  it('an edit of an article’s text: only that article, and the dates in the sitemap and feed', () => {
    const before = province(makeSnapshot())
    const after = structuredClone(before)
    const target = after.news[5]!
    target.html = '<p>Nội dung đã sửa.</p>'
    target.updatedAt = '2026-11-21T10:00:00.000Z'
    expect(affected(before, after)).toEqual([`/tin-tuc/${target.slug}/`, '/sitemap.xml', '/rss.xml'].sort())
  })

  it('a new article: the article, every list it appears in, the home page, feeds, and the articles that list it as related', () => {
    const before = province(makeSnapshot())
    const after = structuredClone(before)
    const fresh = newArticle(1, ['thoi-su'])
    after.news.unshift(fresh)
    const paths = affected(before, after)
    expect(paths).toContain('/tin-tuc/tin-moi-1/')
    expect(paths).toContain('/')
    expect(paths).toContain('/tin-tuc/')
    expect(paths).toContain('/tin-tuc/trang/2/')
    expect(paths).toContain('/chuyen-muc/thoi-su/')
    expect(paths).toContain('/rss.xml')
    expect(paths).toContain('/sitemap.xml')
    // Lists of other categories, pages, the English site and the 404 page do not show it.
    const untouched = before.categories.filter((c) => c.slug !== 'thoi-su').map((c) => `/chuyen-muc/${c.slug}/`)
    for (const path of [...untouched, '/gioi-thieu/', '/en/gioi-thieu/', '/en/', '/404.html', '/robots.txt']) expect(paths).not.toContain(path)
    // Exactly the articles of that category show it among their related news.
    const related = before.news.filter((a) => a.categories.includes('thoi-su')).map((a) => `/tin-tuc/${a.slug}/`)
    const unrelated = before.news.filter((a) => !a.categories.includes('thoi-su')).map((a) => `/tin-tuc/${a.slug}/`)
    for (const path of related.slice(0, 5)) expect(paths).toContain(path)
    for (const path of unrelated) expect(paths).not.toContain(path)
  })

  it('an unpublished article: its page disappears and the pages listing it are re-rendered', () => {
    const before = province(makeSnapshot())
    const after = structuredClone(before)
    const [gone] = after.news.splice(3, 1)
    const plan = planSite(after, '2026-11-01T00:00:00.000Z')
    const diff = diffRelease(manifestOf(before), 'T1', plan.outputs)
    expect(diff.remove).toEqual([`tin-tuc/${gone!.slug}/index.html`])
    const paths = diff.render.map((o) => o.path)
    expect(paths).toContain('/tin-tuc/')
    expect(paths).toContain('/')
  })

  it('a menu change: every page (the chrome is on every page), but not the feeds', () => {
    const before = province(makeSnapshot())
    const after = structuredClone(before)
    after.vi.headerMenu.push({ label: 'Văn bản', href: '/van-ban/', external: false })
    const plan = planSite(after, '2026-11-01T00:00:00.000Z')
    const paths = affected(before, after)
    const htmlPages = plan.outputs.filter((o) => o.kind === 'page').map((o) => o.path)
    expect(paths).toEqual(htmlPages.sort())
  })

  it('an edit of a page’s content: that page in both languages (both show its date), not the home pages', () => {
    const before = province(makeSnapshot())
    const after = structuredClone(before)
    after.pages[0]!.vi.blocks = [{ blockType: 'richText', html: '<p>Chức năng, nhiệm vụ mới.</p>' }]
    after.pages[0]!.updatedAt = '2026-11-21T10:00:00.000Z'
    const slug = after.pages[0]!.slug
    expect(after.pages[0]!.en).not.toBeNull()
    expect(affected(before, after)).toEqual([`/${slug}/`, `/en/${slug}/`, '/sitemap.xml', '/rss.xml'].sort())
  })

  it('news from a subordinate unit: only the parent’s home page', () => {
    const before = province(makeSnapshot())
    const after = structuredClone(before)
    after.subordinateNews.unshift({ title: 'Tin xã', summary: null, publishedAt: '2026-11-22T00:00:00.000Z', url: 'http://x.localhost/tin-tuc/a/', siteName: 'Xã X' })
    expect(affected(before, after)).toEqual(['/'])
  })

  it('new templates: every page again, but feeds whose content is unchanged are kept', () => {
    const site = province(makeSnapshot())
    const plan = planSite(site, '2026-11-01T00:00:00.000Z')
    const paths = affected(site, site, 'T2')
    expect(paths).toEqual(plan.outputs.filter((o) => o.kind === 'page').map((o) => o.path).sort())
  })
})

describe('releases on disk', () => {
  let work: string
  let renderer: Renderer

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'cong-release-'))
    renderer = await getRenderer()
  }, 120_000)

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('a second build renders only what changed and links the rest to the previous release', async () => {
    const root = join(work, 'inc')
    const snapshot = makeSnapshot()
    const site = province(snapshot)
    const first = await writeRelease({ plan: planSite(site, snapshot.generatedAt), renderer, media: new Set(), stamp: 'a', root })
    expect(first.written).toBe(first.pages)

    const edited = structuredClone(site)
    edited.news[2]!.html = '<p>Nội dung mới của bản tin.</p>'
    const second = await writeRelease({ plan: planSite(edited, snapshot.generatedAt), renderer, media: new Set(), stamp: 'b', root })
    expect(second.written).toBe(1)
    expect(second.writtenPaths).toEqual([`/tin-tuc/${edited.news[2]!.slug}/`])
    expect(second.reused).toBe(second.pages - 1)
    const live = await realpath(join(root, PROVINCE))
    expect(live).toBe(second.release)
    expect(await readFile(join(live, 'tin-tuc', edited.news[2]!.slug, 'index.html'), 'utf8')).toContain('Nội dung mới của bản tin.')
    // The previous release is untouched (its files were linked, never rewritten).
    expect(await readFile(join(first.release, 'tin-tuc', edited.news[2]!.slug, 'index.html'), 'utf8')).not.toContain('Nội dung mới')
  })

  it('a killed build leaves the last good release live and is cleaned up by the next build', async () => {
    const root = join(work, 'kill')
    const snapshot = makeSnapshot()
    const site = province(snapshot)
    const good = await writeRelease({ plan: planSite(site, snapshot.generatedAt), renderer, media: new Set(), stamp: '1-good', root })
    const goodManifest = await readManifest(good.release)

    // A big change (new menu item: every page) rendered by another process, killed midway.
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'sites/test/kill-build.ts'), root], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const killed = new Promise<string | null>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        if (/written 10\b/.test(output)) child.kill('SIGKILL')
      })
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      child.on('close', (_code, signal) => resolve(signal))
    })
    expect(await killed, output).toBe('SIGKILL')

    const releases = await readdir(join(root, '.releases'))
    const partial = releases.find((name) => name.endsWith('.partial'))
    expect(partial, releases.join(', ')).toBeDefined()
    // Citizens still get the whole good release.
    expect(await readlink(join(root, PROVINCE))).toBe(join('.releases', `${PROVINCE}--1-good`))
    const live = await realpath(join(root, PROVINCE))
    for (const file of Object.keys(goodManifest!.outputs)) expect(existsSync(join(live, file)), file).toBe(true)
    expect(await readFile(join(live, 'index.html'), 'utf8')).not.toContain('Mục bị ngắt')

    // The next build finishes, goes live and removes the abandoned folder.
    const next = structuredClone(site)
    next.vi.headerMenu.push({ label: 'Mục bị ngắt', href: '/gioi-thieu/', external: false })
    const done = await writeRelease({ plan: planSite(next, snapshot.generatedAt), renderer, media: new Set(), stamp: '3-next', root })
    expect(await realpath(join(root, PROVINCE))).toBe(done.release)
    expect(await readFile(join(done.release, 'index.html'), 'utf8')).toContain('Mục bị ngắt')
    // Old and abandoned releases are removed after the swap, in the background.
    await releasesPruned()
    expect((await readdir(join(root, '.releases'))).filter((name) => name.endsWith('.partial'))).toEqual([])
  }, 120_000)

  it('render threads (used for big builds) write byte-identical pages', async () => {
    const { createRenderPool } = await import('../../plugins/portals/build/render-pool')
    const pool = await createRenderPool(renderer, 2)
    try {
      const snapshot = makeSnapshot()
      const plan = planSite(province(snapshot), snapshot.generatedAt)
      const pages = plan.outputs.filter((o) => o.kind === 'page')
      const threaded = await Promise.all(pages.map((o) => pool.render(plan.theme, o.view, o.props)))
      for (const [i, o] of pages.entries()) expect(threaded[i], o.path).toBe(await renderer.render(plan.theme, o.view, o.props))
    } finally {
      await pool.close()
    }
  }, 60_000)

  it('computes the release checks while writing, equal to reading the release back, and re-scans only rendered pages', async () => {
    const root = join(work, 'checks')
    const snapshot = makeSnapshot()
    const site = province(snapshot)
    const figures = (c: ReleaseChecks | null) => c && { ...c, checkedAt: '', durationMs: 0 }
    const { createRenderPool } = await import('../../plugins/portals/build/render-pool')
    const pool = await createRenderPool(renderer, 2)
    try {
      // A full build on render threads (they scan what they render).
      const first = await writeRelease({ plan: planSite(site, snapshot.generatedAt), renderer: pool, media: new Set(), stamp: 'c1', root, checks: { baseUrl: site.baseUrl } })
      expect(existsSync(join(first.release, SCANS))).toBe(true)
      expect(first.checks!.pages).toBeGreaterThan(20)
      expect(first.checks!.links.checked).toBeGreaterThan(first.checks!.pages)
      expect(figures(first.checks)).toEqual(figures(await checkRelease(first.release, site.baseUrl)))

      // An edit that links to a page that does not exist, rendered in process: the broken link is
      // found, and the other pages' figures come from the previous scans.
      const edited = structuredClone(site)
      edited.news[3]!.html = '<p>Xem <a href="/khong-ton-tai/">trang không tồn tại</a>.</p><img src="/anh.png">'
      const second = await writeRelease({ plan: planSite(edited, snapshot.generatedAt), renderer, media: new Set(), stamp: 'c2', root, checks: { baseUrl: site.baseUrl } })
      expect(second.written).toBe(1)
      expect(second.checks!.links.examples.map((e) => e.target)).toEqual(expect.arrayContaining(['/khong-ton-tai/', '/anh.png']))
      expect(second.checks!.a11y.rules.find((r) => r.rule === 'image-alt')!.examples[0]!.page).toBe(`/tin-tuc/${edited.news[3]!.slug}/`)
      expect(figures(second.checks)).toEqual(figures(await checkRelease(second.release, site.baseUrl)))

      // Without the previous scans (an older release), unchanged pages are read back instead.
      await rm(join(second.release, SCANS))
      const third = await writeRelease({ plan: planSite(site, snapshot.generatedAt), renderer, media: new Set(), stamp: 'c3', root, checks: { baseUrl: site.baseUrl } })
      expect(figures(third.checks)).toEqual(figures(first.checks))
      expect(figures(third.checks)).toEqual(figures(await checkRelease(third.release, site.baseUrl)))
    } finally {
      await pool.close()
    }
  }, 120_000)

  it('precompresses all but the long tail; a tail page gets its copy on its first request, and the next release keeps it', async () => {
    const root = join(work, 'tail')
    const snapshot = makeSnapshot()
    const site = province(snapshot)
    // 45 articles, newest first: the articles after the newest 30 and the lists after page 2 are the tail.
    const extra = Array.from({ length: 45 - site.news.length }, (_, i) => newArticle(100 + i, ['thoi-su'], { publishedAt: `2025-0${1 + (i % 9)}-1${i % 10}T08:00:00.000Z` }))
    site.news = [...site.news, ...extra].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    const plan = planSite(site, snapshot.generatedAt)
    const tail = plan.outputs.filter((o) => o.kind === 'page' && o.tail).map((o) => o.path)
    expect(tail).toEqual(expect.arrayContaining([`/tin-tuc/${site.news[30]!.slug}/`, `/tin-tuc/${site.news[44]!.slug}/`, '/tin-tuc/trang/3/']))
    expect(tail).not.toContain(`/tin-tuc/${site.news[29]!.slug}/`)
    for (const hot of ['/', '/tin-tuc/', '/tin-tuc/trang/2/', '/gioi-thieu/']) expect(tail).not.toContain(hot)
    // The tail: the 15 articles after the newest 30, and list pages from page 3 on (of the news list and of categories).
    expect(tail.filter((p) => !p.includes('/trang/'))).toHaveLength(45 - PRECOMPRESS_NEWEST)
    for (const p of tail.filter((p) => p.includes('/trang/'))) expect(Number(p.match(/\/trang\/(\d+)\/$/)![1]), p).toBeGreaterThan(2)
    expect(tail.filter((p) => p.startsWith('/chuyen-muc/thoi-su/trang/')).length).toBeGreaterThan(0)

    const first = await writeRelease({ plan, renderer, media: new Set(), stamp: 'a', root })
    const live = await realpath(join(root, PROVINCE))
    const oldArticle = join(live, 'tin-tuc', site.news[40]!.slug, 'index.html')
    for (const file of ['index.html', 'tin-tuc/index.html', `tin-tuc/${site.news[0]!.slug}/index.html`, 'rss.xml', 'sitemap.xml']) {
      for (const suffix of ['.br', '.gz']) expect(existsSync(join(live, `${file}${suffix}`)), `${file}${suffix}`).toBe(true)
    }
    for (const suffix of ['.br', '.gz']) expect(existsSync(`${oldArticle}${suffix}`)).toBe(false)
    expect(existsSync(join(live, 'tin-tuc', 'trang', '3', 'index.html.br'))).toBe(false)

    // Served as the portal router serves it: the copy the client prefers, made on the first request.
    const app = express()
    app.use(async (req, res) => {
      await usePrecompressed(req, res, live)
      express.static(live)(req, res, () => res.status(404).end())
    })
    const server = app.listen(0, '127.0.0.1')
    await new Promise((r) => server.once('listening', r))
    const get = (urlPath: string, encoding: string) =>
      new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        httpGet({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path: urlPath, headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
        }).on('error', reject)
      })
    try {
      const urlPath = `/tin-tuc/${site.news[40]!.slug}/`
      const plain = await get(urlPath, 'identity')
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(plain.body.toString()).toContain(site.news[40]!.title)
      const [br1, br2] = await Promise.all([get(urlPath, 'gzip, deflate, br'), get(urlPath, 'br')])
      for (const res of [br1!, br2!]) {
        expect(res.headers['content-encoding']).toBe('br')
        expect(res.headers['content-type']).toContain('text/html')
        expect(res.headers.vary).toMatch(/accept-encoding/i)
        expect(brotliDecompressSync(res.body).equals(plain.body)).toBe(true)
      }
      const gz = await get(urlPath, 'gzip')
      expect(gz.headers['content-encoding']).toBe('gzip')
      expect(gunzipSync(gz.body).equals(plain.body)).toBe(true)
      // The copies are in the release now, and nothing half-written is left beside them.
      expect(brotliDecompressSync(await readFile(`${oldArticle}.br`)).equals(plain.body)).toBe(true)
      expect((await readdir(join(live, 'tin-tuc', site.news[40]!.slug))).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz'])
    } finally {
      server.close()
    }

    // The next release (one article edited) links the copies made on request with the unchanged page.
    const edited = structuredClone(site)
    edited.news[0]!.html = '<p>Nội dung mới.</p>'
    const second = await writeRelease({ plan: planSite(edited, snapshot.generatedAt), renderer, media: new Set(), stamp: 'b', root })
    expect(second.written).toBe(1)
    const kept = join(second.release, 'tin-tuc', site.news[40]!.slug, 'index.html.br')
    expect(existsSync(kept)).toBe(true)
    expect((await stat(kept)).ino).toBe((await stat(`${oldArticle}.br`)).ino)
    expect(existsSync(join(second.release, 'tin-tuc', site.news[41]!.slug, 'index.html.br'))).toBe(false)
    expect(first.release).not.toBe(second.release)
  })

  it('keeps portals apart: building one never touches another', async () => {
    const root = join(work, 'apart')
    const snapshot = makeSnapshot()
    for (const site of snapshot.sites) await writeRelease({ plan: planSite(site, snapshot.generatedAt), renderer, media: new Set(), stamp: 'x', root })
    const commune = await realpath(join(root, COMMUNE))
    const edited = structuredClone(province(snapshot))
    edited.news[0]!.title = 'Tiêu đề đã sửa'
    await writeRelease({ plan: planSite(edited, snapshot.generatedAt), renderer, media: new Set(), stamp: 'y', root })
    expect(await realpath(join(root, COMMUNE))).toBe(commune)
  })
})
