/**
 * Typed takedown in the static build (ADR 0022): banners on kept pages in both themes (only
 * those pages change), the release's manifest of 410 and 301 addresses, the 410 page, and what
 * the portal server answers from that manifest.
 */
import { readFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Takedown } from '../../cms/src/contracts/takedown'
import { writeRelease } from '../../plugins/portals/build/release'
import { getRenderer } from '../../plugins/portals/build/renderer'
import { takedownAnswer } from '../../plugins/portals/serve/takedowns'
import { validateSnapshot } from '../src/lib/snapshot'
import { planSite } from '../src/plan'
import { COMMUNE, makeSnapshot, PROVINCE } from './fixture'

let out: string
const date = '2026-11-20T03:00:00.000Z'
const province: Takedown[] = [
  { path: `/tin-tuc/${PROVINCE}-tin-1/`, kind: 'withdrawn', reason: 'Đã có quy định thay thế.', date, target: null, successor: null },
  { path: `/tin-tuc/${PROVINCE}-tin-9/`, kind: 'error', reason: null, date, target: null, successor: null },
  { path: `/tin-tuc/${PROVINCE}-tin-8/`, kind: 'consolidated', reason: null, date, target: `/tin-tuc/${PROVINCE}-tin-2/`, successor: null },
  // Pages with an English version: the English page carries the banner too, in English.
  { path: '/gioi-thieu/', kind: 'withdrawn', reason: 'Thông tin đã được cập nhật ở trang mới.', date, target: null, successor: null },
  { path: '/so-ngoai-vu/', kind: 'former-unit', reason: null, date, target: null, successor: { name: 'Sở Ngoại vụ tỉnh Hà Tĩnh (mới)', url: 'http://so-ngoai-vu.localhost:3000/' } },
]
/** A page of the province with an English version, of a department merged away (former unit). */
const formerUnitPage = {
  slug: 'so-ngoai-vu',
  updatedAt: '2026-09-03T00:00:00.000Z',
  vi: { title: 'Sở Ngoại vụ', summary: null, blocks: [{ blockType: 'richText', html: '<p>Sở Ngoại vụ tham mưu về công tác đối ngoại.</p>' }] },
  en: { title: 'Department of Foreign Affairs', summary: null, blocks: [{ blockType: 'richText', html: '<p>The department advises on foreign affairs.</p>' }] },
  section: null,
}
const commune: Takedown[] = [
  { path: `/tin-tuc/${COMMUNE}-tin-1/`, kind: 'former-unit', reason: null, date, target: null, successor: { name: 'UBND xã Thạch Lạc', url: 'http://xa-thach-lac.localhost:3000/' } },
]

function snapshotWith(takedowns: boolean) {
  // The fixture's sites are shared objects: change a copy.
  const snapshot = JSON.parse(JSON.stringify(makeSnapshot())) as ReturnType<typeof makeSnapshot>
  for (const site of snapshot.sites) {
    if (site.slug === PROVINCE) (site.pages as unknown[]).push(formerUnitPage)
    if (site.slug === PROVINCE && takedowns) site.takedowns = province
    if (site.slug === COMMUNE && takedowns) site.takedowns = commune
  }
  return validateSnapshot(JSON.parse(JSON.stringify(snapshot)), 'test snapshot')
}

const siteOf = (takedowns: boolean, slug: string) => snapshotWith(takedowns).sites.find((s) => s.slug === slug)!
const read = (slug: string, file: string) => readFile(join(out, slug, file), 'utf8')

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'cong-takedown-'))
  const renderer = await getRenderer()
  const checked = snapshotWith(true)
  for (const site of checked.sites) await writeRelease({ plan: planSite(site, checked.generatedAt), renderer, media: new Set(), stamp: 'test', root: out })
}, 180_000)

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true })
})

describe('the plan', () => {
  it('changes only the pages a banner is added to', () => {
    const before = new Map(planSite(siteOf(false, PROVINCE), '2026-11-23T00:00:00.000Z').outputs.map((o) => [o.path, o.digest]))
    const after = planSite(siteOf(true, PROVINCE), '2026-11-23T00:00:00.000Z').outputs
    const changed = after.filter((o) => before.get(o.path) !== o.digest).map((o) => o.path)
    expect(changed.sort()).toEqual(['/.takedowns.json', `/tin-tuc/${PROVINCE}-tin-1/`, '/gioi-thieu/', '/en/gioi-thieu/', '/so-ngoai-vu/', '/en/so-ngoai-vu/'].sort())
  })
})

describe('the release', () => {
  it('shows the withdrawn banner with date and reason on the default theme, and only on that page', async () => {
    const page = await read(PROVINCE, `tin-tuc/${PROVINCE}-tin-1/index.html`)
    expect(page).toContain('<div class="takedown-banner" role="note" aria-label="Nội dung đã rút lại">')
    expect(page).toContain('Nội dung này đã được rút lại ngày 20/11/2026 và không còn là thông tin hiện hành.')
    expect(page).toContain('Lý do: Đã có quy định thay thế.')
    // Inside the main landmark, before the article's heading.
    const banner = page.indexOf('<div class="takedown-banner"')
    expect(banner).toBeGreaterThan(page.indexOf('id="noi-dung"'))
    expect(banner).toBeLessThan(page.indexOf('<h1'))
    expect(page).toContain('.takedown-banner {')
    expect(await read(PROVINCE, `tin-tuc/${PROVINCE}-tin-2/index.html`)).not.toContain('class="takedown-banner"')
  })

  it('shows the banner in English on the English version of a withdrawn or former-unit page', async () => {
    const withdrawn = await read(PROVINCE, 'en/gioi-thieu/index.html')
    expect(withdrawn).toContain('<html lang="en"')
    expect(withdrawn).toContain('<div class="takedown-banner" role="note" aria-label="Withdrawn">')
    expect(withdrawn).toContain('This content was withdrawn on 20 November 2026 and is no longer current.')
    // The reason is the editor's words, in Vietnamese: marked so, for screen readers.
    expect(withdrawn).toContain('<p>Reason: <span lang="vi">Thông tin đã được cập nhật ở trang mới.</span></p>')
    expect(withdrawn).not.toContain('Nội dung đã rút lại')
    const banner = withdrawn.indexOf('<div class="takedown-banner"')
    expect(banner).toBeGreaterThan(withdrawn.indexOf('id="noi-dung"'))
    expect(banner).toBeLessThan(withdrawn.indexOf('<h1'))
    // The Vietnamese page keeps its banner in Vietnamese.
    const vi = await read(PROVINCE, 'gioi-thieu/index.html')
    expect(vi).toContain('aria-label="Nội dung đã rút lại"')
    expect(vi).toContain('<p>Lý do: Thông tin đã được cập nhật ở trang mới.</p>')

    const former = await read(PROVINCE, 'en/so-ngoai-vu/index.html')
    expect(former).toContain('aria-label="Content of a former unit"')
    expect(former).toContain('This content belongs to a unit before the reorganisation (noted on 20 November 2026).')
    expect(former).toContain('Current information is published by <a href="http://so-ngoai-vu.localhost:3000/" lang="vi">Sở Ngoại vụ tỉnh Hà Tĩnh (mới)</a>.')
    expect(await read(PROVINCE, 'so-ngoai-vu/index.html')).toContain('Thông tin hiện hành do <a href="http://so-ngoai-vu.localhost:3000/">Sở Ngoại vụ tỉnh Hà Tĩnh (mới)</a> cung cấp.')
    // English pages not taken down have none.
    expect(await read(PROVINCE, 'en/index.html')).not.toContain('class="takedown-banner"')
  })

  it('names the successor portal with a link on the commune theme', async () => {
    const page = await read(COMMUNE, `tin-tuc/${COMMUNE}-tin-1/index.html`)
    expect(page).toContain('aria-label="Nội dung của đơn vị cũ"')
    expect(page).toContain('Thông tin hiện hành do <a href="http://xa-thach-lac.localhost:3000/">UBND xã Thạch Lạc</a> cung cấp.')
    expect(page).toContain('.takedown-banner {')
  })

  it('writes the manifest and the 410 page; the server answers 410 and 301 from them', async () => {
    const root = join(out, PROVINCE)
    expect(JSON.parse(await read(PROVINCE, '.takedowns.json'))).toEqual({ gone: [`/tin-tuc/${PROVINCE}-tin-9/`], moved: { [`/tin-tuc/${PROVINCE}-tin-8/`]: `/tin-tuc/${PROVINCE}-tin-2/` } })
    const gonePage = await read(PROVINCE, '410.html')
    expect(gonePage).toContain('<h1>Nội dung đã được gỡ bỏ</h1>')
    expect(gonePage).toContain('<meta name="robots" content="noindex"')
    expect(await takedownAnswer(root, `/tin-tuc/${PROVINCE}-tin-9/`)).toEqual({ kind: 'gone' })
    expect(await takedownAnswer(root, `/tin-tuc/${PROVINCE}-tin-9`)).toEqual({ kind: 'gone' })
    expect(await takedownAnswer(root, `/tin-tuc/${PROVINCE}-tin-8/index.html`)).toEqual({ kind: 'moved', to: `/tin-tuc/${PROVINCE}-tin-2/` })
    expect(await takedownAnswer(root, `/tin-tuc/${PROVINCE}-tin-1/`)).toBeNull()
    expect(await takedownAnswer(join(out, COMMUNE), `/tin-tuc/${COMMUNE}-tin-1/`)).toBeNull()
  })
})
