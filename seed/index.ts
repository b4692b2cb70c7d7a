/**
 * The demo platform: four portals (a ministry, a province, a department and a commune) with
 * menus, pages, categories and news, legal documents, procedures and draft consultations
 * (seed/legal.ts), plus one staff account per role. Idempotent: documents
 * are matched by slug (and site) and only what is missing is created, so re-running never
 * overwrites what editors changed.
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { requestBuild } from '../plugins/portals/build/queue'
import type { SiteRole } from '../cms/src/access/roles'
import { haTinhDialogues } from './data/dialogues'
import { seedSites } from './data/index'
import { seedDialogues } from './dialogues'
import type { SeedBlock, SeedLink, SeedSite } from './data/types'
import { placeholderImage } from './images'
import { seedLegal } from './legal'
import { MANDATORY_SECTIONS, type SectionKey, type SectionKind } from '../cms/src/contracts/sections'
import { toLexical } from './lexical'

const ctx = { skipBuild: true }
const opts = { overrideAccess: true, context: ctx, depth: 0 } as const

export type DemoLogin = { email: string; role: string }
export type SeedResult = { logins: DemoLogin[]; password: string | null; created: number }

type DemoUser = { email: string; name: string; platformAdmin?: boolean; memberships: { site: string; role: SiteRole }[]; label: string }

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@cong.gov.vn', name: 'Quản trị Trung tâm CNTT', platformAdmin: true, memberships: [], label: 'Quản trị nền tảng' },
  { email: 'quantri.hatinh@cong.gov.vn', name: 'Trần Thị Quản Trị', memberships: [{ site: 'ha-tinh', role: 'site-admin' }], label: 'Quản trị trang (Hà Tĩnh)' },
  {
    email: 'bientap.hatinh@cong.gov.vn',
    name: 'Nguyễn Văn Biên',
    memberships: [
      { site: 'ha-tinh', role: 'editor' },
      { site: 'so-khcn-ha-tinh', role: 'author' },
    ],
    label: 'Biên tập viên (Hà Tĩnh)',
  },
  { email: 'duyet.hatinh@cong.gov.vn', name: 'Lê Minh Duyệt', memberships: [{ site: 'ha-tinh', role: 'approver' }], label: 'Lãnh đạo duyệt (Hà Tĩnh)' },
  { email: 'ctv.skhcn@cong.gov.vn', name: 'Phạm Thu Cộng', memberships: [{ site: 'so-khcn-ha-tinh', role: 'author' }], label: 'Cộng tác viên (Sở KH&CN)' },
  { email: 'dieuphoi.hatinh@cong.gov.vn', name: 'Hoàng Điều Phối', memberships: [{ site: 'ha-tinh', role: 'moderator' }], label: 'Điều phối viên (Hà Tĩnh)' },
]

/** A password that passes the platform's policy (16 characters, mixed classes). */
export function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789'
  const bytes = crypto.randomBytes(14)
  return 'C' + [...bytes].map((b) => alphabet[b % alphabet.length]).join('') + '9'
}

async function findOne(payload: Payload, collection: 'sites' | 'news' | 'pages' | 'categories' | 'navigation' | 'users', where: Record<string, unknown>) {
  const found = await payload.find({ collection, where: where as never, limit: 1, ...opts, draft: true })
  return found.docs[0] as { id: number | string } | undefined
}

const link = (l: SeedLink) => ({ label: l.label, url: l.href })

function layout(blocks: SeedBlock[]) {
  return blocks.map((b) => {
    switch (b.type) {
      case 'richText':
        return { blockType: 'richText', content: toLexical(b.content) }
      case 'linksList':
        return { blockType: 'linksList', heading: b.heading, links: b.links.map(link) }
      case 'contactCard': {
        const { type: _type, ...card } = b
        return { blockType: 'contactCard', ...card }
      }
    }
  })
}

async function seedSite(payload: Payload, site: SeedSite, siteIds: Map<string, number | string>): Promise<number> {
  let created = 0
  let siteId = (await findOne(payload, 'sites', { slug: { equals: site.slug } }))?.id
  if (!siteId) {
    const doc = await payload.create({
      collection: 'sites',
      locale: 'vi',
      data: {
        name: site.vi.name,
        slug: site.slug,
        domains: site.domains,
        level: site.level,
        unitCode: site.unitCode,
        parent: site.parent ? (siteIds.get(site.parent) as number) : undefined,
        theme: site.theme ?? 'default',
        status: 'active',
        // The ministry has its leaders approve every publication; the other demo sites let editors publish.
        requireApproval: site.level === 'trung-uong',
        branding: { primaryColor: site.primaryColor },
        contact: { address: site.vi.address, phone: site.contact.phone, fax: site.contact.fax, email: site.contact.email },
        imprint: { owningAgency: site.vi.owningAgency, responsiblePerson: site.vi.responsiblePerson, licence: site.vi.licence },
      },
      ...opts,
    })
    await payload.update({
      collection: 'sites',
      id: doc.id,
      locale: 'en',
      data: {
        name: site.en.name,
        contact: { address: site.en.address },
        imprint: { owningAgency: site.en.owningAgency, responsiblePerson: site.en.responsiblePerson, licence: site.en.licence },
      },
      ...opts,
    })
    siteId = doc.id
    created++
  }
  siteIds.set(site.slug, siteId)

  const categoryIds = new Map<string, number | string>()
  for (const c of site.categories) {
    let id = (await findOne(payload, 'categories', { slug: { equals: c.slug }, site: { equals: siteId } }))?.id
    if (!id) {
      id = (await payload.create({ collection: 'categories', locale: 'vi', data: { title: c.title, slug: c.slug, description: c.description, site: siteId as number, section: sectionForSlug('category', c.slug) }, ...opts })).id
      if (c.titleEn) await payload.update({ collection: 'categories', id, locale: 'en', data: { title: c.titleEn }, ...opts })
      created++
    }
    categoryIds.set(c.slug, id)
  }

  for (const p of site.pages) {
    if (await findOne(payload, 'pages', { slug: { equals: p.slug }, site: { equals: siteId } })) continue
    const doc = await payload.create({
      collection: 'pages',
      locale: 'vi',
      draft: false,
      data: { title: p.vi.title, summary: p.vi.summary, slug: p.slug, site: siteId as number, section: sectionForSlug('page', p.slug), layout: layout(p.vi.blocks) as never, _status: 'published' },
      ...opts,
    })
    if (p.en) {
      await payload.update({
        collection: 'pages',
        id: doc.id,
        locale: 'en',
        draft: false,
        data: { title: p.en.title, summary: p.en.summary, layout: layout(p.en.blocks) as never, _status: 'published' },
        ...opts,
      })
    }
    created++
  }

  for (const a of site.news) {
    if (await findOne(payload, 'news', { slug: { equals: a.slug }, site: { equals: siteId } })) continue
    let cover: number | string | undefined
    if (a.cover) {
      const data = await placeholderImage(a.cover.hue, site.vi.name)
      const media = await payload.create({
        collection: 'media',
        data: { alt: a.cover.alt, site: siteId as number },
        file: { data, mimetype: 'image/jpeg', name: `${a.slug}.jpg`, size: data.length },
        ...opts,
      })
      cover = media.id
    }
    await payload.create({
      collection: 'news',
      draft: false,
      data: {
        title: a.title,
        slug: a.slug,
        summary: a.summary,
        content: toLexical(a.body) as never,
        categories: a.categories.map((slug) => categoryIds.get(slug)).filter(Boolean) as number[],
        author: a.author,
        source: a.source,
        publishedAt: a.publishedAt,
        cover: cover as number | undefined,
        site: siteId as number,
        _status: 'published',
      },
      ...opts,
    })
    created++
  }

  if (!(await findOne(payload, 'navigation', { site: { equals: siteId } }))) {
    const nav = await payload.create({
      collection: 'navigation',
      locale: 'vi',
      data: { name: `Trình đơn ${site.vi.name}`, site: siteId as number, header: site.vi.headerMenu.map(link), footer: site.vi.footerMenu.map(link) },
      ...opts,
    })
    await payload.update({
      collection: 'navigation',
      id: nav.id,
      locale: 'en',
      data: { header: site.en.headerMenu.map(link), footer: site.en.footerMenu.map(link) },
      ...opts,
    })
    created++
  }
  return created
}

/** Create whatever part of the demo is missing; returns the demo logins. */
export async function seedDemo(payload: Payload, { password }: { password: string | null }): Promise<SeedResult> {
  const siteIds = new Map<string, number | string>()
  let created = 0
  for (const site of seedSites) created += await seedSite(payload, site, siteIds)

  const chosen = password ?? generatePassword()
  let newUsers = 0
  for (const u of DEMO_USERS) {
    if (await findOne(payload, 'users', { email: { equals: u.email } })) continue
    await payload.create({
      collection: 'users',
      data: {
        email: u.email,
        password: chosen,
        name: u.name,
        platformAdmin: Boolean(u.platformAdmin),
        memberships: u.memberships.map((m) => ({ site: siteIds.get(m.site) as number, role: m.role })),
        accountStatus: 'active',
      },
      ...opts,
    })
    newUsers++
  }
  created += newUsers
  created += await seedLegal(payload, siteIds)
  created += await seedDialogues(payload, haTinhDialogues, siteIds)

  for (const [slug, id] of siteIds) {
    if (created > 0) await requestBuild(payload, id, `dữ liệu mẫu (seed) ${slug}`)
  }
  return {
    logins: DEMO_USERS.map((u) => ({ email: u.email, role: u.label })),
    // A generated password is only useful (and only shown) when it was just given to new accounts.
    password: password ? null : newUsers > 0 ? chosen : null,
    created,
  }
}

/** Seed on first start: only when the database has no site at all. */
export async function seedIfEmpty(payload: Payload, options: { password: string | null }): Promise<SeedResult | null> {
  const sites = await payload.count({ collection: 'sites', overrideAccess: true })
  if (sites.totalDocs > 0) return null
  return seedDemo(payload, options)
}

/** The mandatory section a demo page or category fulfils, by its registry slug. */
function sectionForSlug(kind: SectionKind, slug: string): SectionKey | undefined {
  return MANDATORY_SECTIONS.find((s) => s.kind === kind && s.slug === slug)?.key
}
