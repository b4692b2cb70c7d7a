/**
 * The CMS in-process on a fresh embedded database: the committed migrations match the
 * collections, images are stripped and resized, and site scoping holds for the Local API.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { useTestDatabase } from './helpers/server'

let payload: Payload
let dataDir: string
let siteA: number
let siteB: number

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-cms-'))
  process.env.SITES_DIR = path.join(dataDir, 'sites')
  useTestDatabase(dataDir)
  // Platform admins act here through the Local API without enrolling in two-factor first.
  process.env.TWO_FACTOR_REQUIRED_ROLES = 'none'
  const { initPayload } = await import('../cms/src/boot')
  payload = await initPayload()
  const make = async (slug: string, name: string) =>
    (await payload.create({ collection: 'sites', data: { name, slug, level: 'xa', theme: 'default', status: 'active' }, context: { skipBuild: true } })).id as number
  siteA = await make('xa-a', 'UBND xã A')
  siteB = await make('xa-b', 'UBND xã B')
})

afterAll(async () => {
  await payload?.destroy()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('schema', () => {
  it('the committed SQLite migrations describe exactly the current collections', async () => {
    const db = payload.db as unknown as {
      schema: unknown
      migrationDir: string
      requireDrizzleKit: () => {
        generateDrizzleJson: (schema: unknown) => Promise<unknown>
        generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      }
    }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const latest = fs.readdirSync(db.migrationDir).filter((f) => f.endsWith('.json')).sort().at(-1)!
    const before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8'))
    const pending = await generateMigration(before, await generateDrizzleJson(db.schema))
    // If this fails: run `npm run migrate:create -- <name>` and commit the new migration.
    expect(pending).toEqual([])
  })
})

describe('media uploads', () => {
  async function photoWithExif(): Promise<Buffer> {
    return sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#2a6f97' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Ảnh nội bộ', Artist: 'Máy ảnh có GPS' } })
      .toBuffer()
  }

  it('strips EXIF and stores responsive WebP sizes', async () => {
    const input = await photoWithExif()
    expect((await sharp(input).metadata()).exif).toBeDefined()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Hội nghị chuyển đổi số cấp xã', site: siteA },
      file: { data: input, mimetype: 'image/jpeg', name: 'hoi-nghi.jpg', size: input.length },
    })
    expect(doc.mimeType).toBe('image/webp')
    const stored = path.join(dataDir, 'media', doc.filename!)
    const meta = await sharp(fs.readFileSync(stored)).metadata()
    expect(meta.format).toBe('webp')
    expect(meta.exif).toBeUndefined()
    const sizes = doc.sizes as Record<string, { width: number; filename: string; mimeType: string }>
    expect(Object.values(sizes).map((s) => s.width).sort((a, b) => a - b)).toEqual([480, 960, 1600])
    for (const size of Object.values(sizes)) {
      expect(size.mimeType).toBe('image/webp')
      const file = fs.readFileSync(path.join(dataDir, 'media', size.filename))
      expect((await sharp(file).metadata()).exif).toBeUndefined()
    }
  })

  it('requires alt text', async () => {
    const input = await photoWithExif()
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: '', site: siteA },
        file: { data: input, mimetype: 'image/jpeg', name: 'khong-alt.jpg', size: input.length },
      }),
    ).rejects.toThrow(/alt|Mô tả ảnh/i)
  })

  it('refuses files that are not images', async () => {
    const data = Buffer.from('%PDF-1.4 not an image')
    await expect(
      payload.create({ collection: 'media', data: { alt: 'Tệp PDF', site: siteA }, file: { data, mimetype: 'application/pdf', name: 'x.pdf', size: data.length } }),
    ).rejects.toThrow()
  })
})

/** The per-field messages of a Payload ValidationError (what the admin shows next to fields). */
async function fieldErrors(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt
  } catch (err) {
    const data = (err as { data?: { errors?: { message: string }[] } }).data
    return (data?.errors ?? []).map((e) => e.message).join(' | ')
  }
  throw new Error('expected a validation error')
}

describe('site scoping through the Local API', () => {
  it("shows an editor drafts of their own site only, and refuses writes elsewhere", async () => {
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'bt.xa-a@cong.gov.vn', password: 'Mat-khau-dai-du-12', memberships: [{ site: siteA, role: 'editor' }], accountStatus: 'active' },
    })
    const ctx = { context: { skipBuild: true } }
    await payload.create({ collection: 'news', draft: true, data: { title: 'Nháp xã A', site: siteA, _status: 'draft' }, ...ctx })
    await payload.create({ collection: 'news', draft: true, data: { title: 'Nháp xã B', site: siteB, _status: 'draft' }, ...ctx })
    const user = { ...editor, collection: 'users' as const }
    const seen = await payload.find({ collection: 'news', where: { _status: { equals: 'draft' } }, draft: true, user, overrideAccess: false, depth: 0 })
    expect(seen.docs.map((d) => d.title)).toEqual(['Nháp xã A'])
    await expect(
      payload.create({ collection: 'categories', data: { title: 'Chen ngang', site: siteB }, user, overrideAccess: false, ...ctx }),
    ).rejects.toThrow()
    const own = await payload.create({ collection: 'categories', data: { title: 'Thông báo xã A', site: siteA }, user, overrideAccess: false, ...ctx })
    expect(own.slug).toBe('thong-bao-xa-a')
  })

  it('rejects a duplicate slug on the same site but allows it on another', async () => {
    const ctx = { context: { skipBuild: true } }
    await payload.create({ collection: 'news', data: { title: 'Họp dân', slug: 'hop-dan', site: siteA, _status: 'published' }, ...ctx })
    const message = await fieldErrors(
      payload.create({ collection: 'news', data: { title: 'Họp dân lần 2', slug: 'hop-dan', site: siteA, _status: 'published' }, ...ctx }),
    )
    expect(message).toMatch(/"hop-dan" đã được dùng/)
    const other = await payload.create({ collection: 'news', data: { title: 'Họp dân', slug: 'hop-dan', site: siteB, _status: 'published' }, ...ctx })
    expect(other.slug).toBe('hop-dan')
  })

  it('refuses page slugs the portal reserves', async () => {
    const message = await fieldErrors(
      payload.create({ collection: 'pages', data: { title: 'Tin tức', slug: 'tin-tuc', site: siteA }, context: { skipBuild: true } }),
    )
    expect(message).toMatch(/"tin-tuc" đã được cổng dùng/)
  })

  it('stores text as NFC even when it arrives decomposed', async () => {
    const title = 'Thủy lợi và đê điều'.normalize('NFD')
    const doc = await payload.create({ collection: 'categories', data: { title, site: siteA }, context: { skipBuild: true } })
    expect(doc.title).toBe('Thủy lợi và đê điều'.normalize('NFC'))
    expect(doc.slug).toBe('thuy-loi-va-de-dieu')
  })
})

describe('site branding and monitoring settings', () => {
  const ctx = { context: { skipBuild: true } }
  const emc = '<script src="https://emc.gov.vn/theo-doi.js?ma=xa-a" async></script>'

  it('refuses a brand colour below AA contrast with a Vietnamese and English message', async () => {
    const message = await fieldErrors(payload.update({ collection: 'sites', id: siteA, data: { branding: { primaryColor: '#f5a300' } }, ...ctx }))
    expect(message).toMatch(/Màu #f5a300 không đạt chuẩn tương phản WCAG AA.* \/ #f5a300 fails WCAG AA contrast/)
    const saved = await payload.update({ collection: 'sites', id: siteA, data: { branding: { primaryColor: '#1e5631' } }, ...ctx })
    expect(saved.branding?.primaryColor).toBe('#1e5631')
  })

  it('lets only platform admins set the EMC snippet, and only an allow-listed script tag', async () => {
    const make = (email: string, data: object) =>
      payload.create({ collection: 'users', data: { email, password: 'Mat-khau-dai-du-12', accountStatus: 'active', ...data } }).then((u) => ({ ...u, collection: 'users' as const }))
    const platformAdmin = await make('qtnt@cong.gov.vn', { platformAdmin: true })
    const siteAdmin = await make('qt.xa-a@cong.gov.vn', { memberships: [{ site: siteA, role: 'site-admin' }] })
    const as = (user: typeof siteAdmin, data: object) =>
      payload.update({ collection: 'sites', id: siteA, data, user, overrideAccess: false, depth: 0, ...ctx })

    const ignored = await as(siteAdmin, { monitoring: { emcSnippet: emc } })
    expect(ignored.monitoring?.emcSnippet ?? null).toBeNull()

    const refused = await fieldErrors(as(platformAdmin, { monitoring: { emcSnippet: '<script>alert(1)</script>' } }))
    expect(refused).toMatch(/Chỉ nhận đúng một thẻ <script src=.* \/ Paste exactly one/)
    const offList = await fieldErrors(as(platformAdmin, { monitoring: { emcSnippet: '<script src="https://thongke.example.com/t.js"></script>' } }))
    expect(offList).toMatch(/thongke\.example\.com/)

    expect((await as(platformAdmin, { monitoring: { emcSnippet: emc } })).monitoring?.emcSnippet).toBe(emc)
    // The site admin still saves the rest of the site; the snippet stays as the platform admin left it.
    const later = await as(siteAdmin, { contact: { feedbackUrl: 'https://xa-a.gov.vn/gop-y' }, monitoring: { emcSnippet: '' } })
    expect(later.monitoring?.emcSnippet).toBe(emc)
    expect(later.contact?.feedbackUrl).toBe('https://xa-a.gov.vn/gop-y')
  })

  it('exports branding, feedback address, EMC script and the mandatory sections present', async () => {
    const { exportSnapshot } = await import('../plugins/portals/build/export')
    const image = await sharp({ create: { width: 1600, height: 300, channels: 3, background: '#114477' } }).jpeg().toBuffer()
    const header = await payload.create({
      collection: 'media',
      data: { alt: 'Cánh đồng lúa xã A', site: siteA },
      file: { data: image, mimetype: 'image/jpeg', name: 'dau-trang.jpg', size: image.length },
    })
    await payload.update({ collection: 'sites', id: siteA, data: { branding: { headerImage: header.id } }, ...ctx })
    await payload.create({
      collection: 'pages',
      data: { title: 'Giới thiệu xã A', slug: 'gioi-thieu', site: siteA, section: 'gioi-thieu', _status: 'published' },
      ...ctx,
    })
    const tagged = await payload.create({ collection: 'categories', data: { title: 'Tin hoạt động', site: siteA, section: 'tin-tuc' }, ...ctx })
    await payload.create({ collection: 'categories', data: { title: 'Thống kê', site: siteA, section: 'thong-ke' }, ...ctx })
    await payload.create({
      collection: 'news',
      data: { title: 'Ra quân làm đường', site: siteA, categories: [tagged.id], _status: 'published' },
      ...ctx,
    })

    const { snapshot } = await exportSnapshot(payload, [siteA])
    const site = snapshot.sites[0]!
    expect(site.branding.headerImage?.url).toMatch(/^\/media\/dau-trang.*\.webp$/)
    expect(site.branding.headerImage?.sizes.length).toBeGreaterThan(0)
    expect(site.contact.feedbackUrl).toBe('https://xa-a.gov.vn/gop-y')
    expect(site.emcScriptSrc).toBe('https://emc.gov.vn/theo-doi.js?ma=xa-a')
    expect(site.pages.find((p) => p.slug === 'gioi-thieu')?.section).toBe('gioi-thieu')
    expect(site.categories.find((c) => c.slug === 'thong-ke')?.section).toBe('thong-ke')
    // Statistics has no published news yet, so it is not linked.
    expect(site.sections.map((s) => s.key)).toEqual(['gioi-thieu', 'tin-tuc'])
  })
})

describe('the demo seed', () => {
  it('creates the four portals once and changes nothing when run again', async () => {
    const { seedDemo, DEMO_USERS } = await import('../seed/index')
    const { seedSites } = await import('../seed/data/index')
    const first = await seedDemo(payload, { password: 'Mat-khau-demo-2026' })
    expect(first.created).toBeGreaterThan(50)
    expect(first.password).toBeNull()
    const count = async () =>
      Object.fromEntries(
        await Promise.all(
          (['sites', 'news', 'pages', 'categories', 'navigation', 'media', 'users'] as const).map(async (c) => [c, (await payload.count({ collection: c })).totalDocs]),
        ),
      )
    const before = await count()
    const second = await seedDemo(payload, { password: null })
    expect(second.created).toBe(0)
    expect(second.password).toBeNull()
    expect(await count()).toEqual(before)

    for (const site of seedSites) {
      const found = await payload.find({ collection: 'sites', where: { slug: { equals: site.slug } }, depth: 0 })
      const id = found.docs[0]!.id
      const news = await payload.count({ collection: 'news', where: { site: { equals: id }, _status: { equals: 'published' } } })
      expect(news.totalDocs).toBeGreaterThanOrEqual(10)
      for (const slug of ['gioi-thieu', 'lien-he']) {
        const page = await payload.find({ collection: 'pages', where: { site: { equals: id }, slug: { equals: slug } }, locale: 'en', fallbackLocale: false as never, depth: 0 })
        expect(page.docs[0]?.title, `${site.slug}/${slug} in English`).toBeTruthy()
      }
    }
    const login = await payload.login({ collection: 'users', data: { email: DEMO_USERS[1]!.email, password: 'Mat-khau-demo-2026' } })
    expect(login.token).toBeTruthy()
  })
})
