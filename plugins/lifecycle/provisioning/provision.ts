/**
 * Create (or, for CSV re-runs, complete) a portal in one step: the site record, one page or news
 * category per mandatory section, header and footer menus in Vietnamese and English, and an
 * invitation for its first site admin. Builds are the caller's business (one per site from the
 * CLI, one batch for a CSV file), so every write here passes `skipBuild`.
 *
 * The embedded SQLite database runs without transactions, so requests are validated in full
 * first (`validate.ts`); if a write still fails, whatever this call created is removed again.
 */
import type { Payload, Where } from 'payload'

import type { SessionUser } from '../../../cms/src/access/roles'
import { portalBaseUrl } from '../../portals/build/export'
import { env } from '../../../cms/src/config/env'
import { loadThemes, type KnownSite, type SiteRequest, type ValidationContext } from './validate'
import { starterCategories, starterMenus, starterPages, type PortalFacts } from './template'
import { idOf } from '../../../cms/src/lib/ids'

type Id = number | string

/** A site as the provisioning of its children needs it. */
export type DirectoryEntry = { id: Id; slug: string; name: string; nameEn: string; domains: string[] }

/** Every site by slug: existing ones, then the ones a batch creates. */
export type SiteDirectory = Map<string, DirectoryEntry>

export type InvitationOutcome =
  | { status: 'sent-to-outbox'; email: string; outboxId: Id | null; smtp: string | null }
  | { status: 'already-invited'; email: string }

export type ProvisionOutcome = {
  site: DirectoryEntry
  action: 'created' | 'updated' | 'unchanged'
  pages: number
  categories: number
  menus: boolean
  invitation: InvitationOutcome | null
  url: string
}

export type ProvisionStep = 'site' | 'sections' | 'menus' | 'invitation'
export type StepReporter = (step: ProvisionStep, text: string) => void

/**
 * Local API options for provisioning writes: access checked by the caller, no per-save build, no
 * map rewrite. `user` (the platform admin of the admin endpoint) is recorded in the audit log;
 * from the CLI there is none and the entries show the platform itself.
 */
type Write = () => { overrideAccess: true; depth: 0; context: Record<string, unknown>; user?: never }
const writer = (user: SessionUser | null): Write => () => ({
  overrideAccess: true,
  depth: 0,
  context: { skipBuild: true, skipRedirectMaps: true },
  ...(user ? { user: user as never } : {}),
})
const own = writer(null)

export async function loadKnownSites(payload: Payload): Promise<KnownSite[]> {
  const { docs } = await payload.find({
    collection: 'sites',
    pagination: false,
    depth: 0,
    locale: 'vi',
    select: { slug: true, name: true, domains: true, level: true, status: true, unitCode: true, parent: true },
    overrideAccess: true,
  })
  return docs.map((s) => ({
    id: s.id,
    slug: String(s.slug),
    name: String(s.name ?? s.slug),
    domains: ((s.domains as string[] | null) ?? []).map((d) => d.toLowerCase()),
    level: s.level as KnownSite['level'],
    status: (s.status as KnownSite['status']) ?? 'active',
    unitCode: (s.unitCode as string | null) ?? null,
    parent: s.parent === null || s.parent === undefined ? null : typeof s.parent === 'object' ? (s.parent as { id: Id }).id : (s.parent as Id),
  }))
}

export async function validationContext(payload: Payload, sites?: KnownSite[]): Promise<ValidationContext> {
  const e = env()
  return {
    sites: sites ?? (await loadKnownSites(payload)),
    themes: loadThemes(payload.collections.sites.config.fields),
    hostSuffix: e.portalHostSuffix,
    platformHosts: e.platformHosts,
  }
}

export async function loadDirectory(payload: Payload, sites: KnownSite[]): Promise<SiteDirectory> {
  const { docs } = await payload.find({
    collection: 'sites',
    pagination: false,
    depth: 0,
    locale: 'en',
    fallbackLocale: false as never,
    select: { name: true },
    overrideAccess: true,
  })
  const english = new Map(docs.map((d) => [String(d.id), typeof d.name === 'string' && d.name ? d.name : null]))
  return new Map(
    sites.map((s) => [s.slug, { id: s.id, slug: s.slug, name: s.name, nameEn: english.get(String(s.id)) ?? s.name, domains: s.domains }]),
  )
}

function smtpHost(): string | null {
  const url = env().smtpUrl
  if (!url) return null
  try {
    return new URL(url).host
  } catch {
    return 'SMTP'
  }
}

type Created = { collection: 'sites' | 'pages' | 'categories' | 'navigation' | 'invitations' | 'outbox'; id: Id }

/** Remove what a failed provisioning created, newest first. */
async function undo(payload: Payload, created: Created[]): Promise<void> {
  for (const { collection, id } of [...created].reverse()) {
    try {
      if (collection === 'sites') {
        // Sites are never deleted through the API (the collection refuses it); this one was
        // created seconds ago by this call and nothing else refers to it yet.
        await payload.db.deleteOne({ collection: 'sites', where: { id: { equals: id } } })
      } else {
        await payload.delete({ collection, id, ...own() })
      }
    } catch (err) {
      payload.logger.error({ err, msg: `Provisioning rollback: cannot remove ${collection} #${id}` })
    }
  }
}

/**
 * Create the portal described by a validated request, or complete an existing one (`existing`):
 * its fields are brought in line with the request and missing sections, menus and the
 * invitation are added; nothing editors wrote is overwritten.
 */
export async function provisionSite(
  payload: Payload,
  request: SiteRequest,
  options: { directory: SiteDirectory; existing?: KnownSite | null; report?: StepReporter; user?: SessionUser | null },
): Promise<ProvisionOutcome> {
  const { directory, existing = null, report = () => undefined } = options
  const parent = request.parent ? directory.get(request.parent) : undefined
  if (request.parent && !parent) throw new Error(`Unknown parent ${request.parent}`)
  const created: Created[] = []
  const write = writer(options.user ?? null)
  const nameEn = request.nameEn ?? existingEnglishName(directory, existing) ?? request.name
  try {
    const { siteId, action } = await writeSite(payload, write, request, nameEn, parent?.id ?? null, existing, created)
    const entry: DirectoryEntry = { id: siteId, slug: request.slug, name: request.name, nameEn, domains: request.domains }
    report('site', `${action === 'created' ? 'Đã tạo' : action === 'updated' ? 'Đã cập nhật' : 'Giữ nguyên'} trang "${request.name}" (#${siteId}, ${request.slug}, cấp ${request.level}${parent ? `, trực thuộc ${parent.slug}` : ''}) / site ${action}`)

    const facts: PortalFacts = {
      name: request.name,
      nameEn,
      level: request.level,
      unitCode: request.unitCode,
      domains: request.domains,
      parent: parent ? { name: parent.name, nameEn: parent.nameEn, url: `${portalBaseUrl(parent)}/` } : null,
    }
    const sections = await writeSections(payload, write, siteId, facts, existing !== null, created)
    report('sections', `Mục bắt buộc: ${sections.pages} trang, ${sections.categories} chuyên mục mới${sections.kept ? `, ${sections.kept} đã có` : ''} (NĐ 42/2022) / mandatory sections: ${sections.pages} pages, ${sections.categories} categories created`)

    const menus = await writeMenus(payload, write, siteId, facts, request.name, existing !== null, created)
    report('menus', menus ? 'Trình đơn đầu trang và chân trang (tiếng Việt, tiếng Anh) / header and footer menus (vi, en)' : 'Trình đơn đã có, giữ nguyên / menus kept')

    let invitation: InvitationOutcome | null = null
    if (request.adminEmail) {
      invitation = await inviteSiteAdmin(payload, write, siteId, request.adminEmail, created)
      report('invitation', describeInvitation(invitation))
    }

    directory.set(request.slug, entry)
    const changed = action !== 'unchanged' || sections.pages + sections.categories > 0 || menus || invitation?.status === 'sent-to-outbox'
    return {
      site: entry,
      action: action === 'unchanged' && changed ? 'updated' : action,
      pages: sections.pages,
      categories: sections.categories,
      menus,
      invitation,
      url: `${portalBaseUrl(entry)}/`,
    }
  } catch (err) {
    await undo(payload, created)
    throw err
  }
}

function existingEnglishName(directory: SiteDirectory, existing: KnownSite | null): string | null {
  if (!existing) return null
  const entry = directory.get(existing.slug)
  return entry && entry.nameEn !== entry.name ? entry.nameEn : null
}

export function describeInvitation(invitation: InvitationOutcome): string {
  if (invitation.status === 'already-invited') {
    return `${invitation.email} đã được mời quản trị trang này trước đó, không gửi lại / already invited`
  }
  const where = `thư #${invitation.outboxId ?? '?'} trong Hộp thư đi (/admin/collections/outbox${invitation.outboxId ? `/${invitation.outboxId}` : ''})`
  return invitation.smtp
    ? `Lời mời quản trị trang gửi tới ${invitation.email}: ${where}, sẽ gửi qua SMTP ${invitation.smtp} khi hàng đợi chạy / invitation queued for SMTP delivery`
    : `Lời mời quản trị trang gửi tới ${invitation.email}: ${where}; chưa cấu hình SMTP_URL nên thư nằm trong Hộp thư đi / SMTP_URL is not set: the email waits in the outbox`
}

async function writeSite(
  payload: Payload,
  write: Write,
  request: SiteRequest,
  nameEn: string,
  parentId: Id | null,
  existing: KnownSite | null,
  created: Created[],
): Promise<{ siteId: Id; action: 'created' | 'updated' | 'unchanged' }> {
  const data = {
    name: request.name,
    slug: request.slug,
    domains: request.domains,
    level: request.level,
    unitCode: request.unitCode,
    parent: parentId as number | null,
    theme: request.theme as 'default',
  }
  if (!existing) {
    const doc = await payload.create({ collection: 'sites', locale: 'vi', data: { ...data, status: 'active' }, ...write() })
    created.push({ collection: 'sites', id: doc.id })
    await payload.update({ collection: 'sites', id: doc.id, locale: 'en', data: { name: nameEn }, ...write() })
    return { siteId: doc.id, action: 'created' }
  }
  const current = await payload.findByID({ collection: 'sites', id: existing.id, locale: 'vi', depth: 0, overrideAccess: true })
  const same =
    current.name === data.name &&
    JSON.stringify(current.domains ?? []) === JSON.stringify(data.domains) &&
    current.level === data.level &&
    (current.unitCode ?? null) === data.unitCode &&
    String(idOf(current.parent) ?? '') === String(parentId ?? '') &&
    current.theme === data.theme
  if (same) return { siteId: existing.id, action: 'unchanged' }
  await payload.update({ collection: 'sites', id: existing.id, locale: 'vi', data, ...write() })
  return { siteId: existing.id, action: 'updated' }
}

async function writeSections(
  payload: Payload,
  write: Write,
  siteId: Id,
  facts: PortalFacts,
  checkExisting: boolean,
  created: Created[],
): Promise<{ pages: number; categories: number; kept: number }> {
  let pages = 0
  let categories = 0
  let kept = 0
  const present = async (collection: 'pages' | 'categories', section: string, slug: string) => {
    if (!checkExisting) return false
    const where: Where = { and: [{ site: { equals: siteId } }, { or: [{ section: { equals: section } }, { slug: { equals: slug } }] }] }
    const found = await payload.count({ collection, where, overrideAccess: true })
    return found.totalDocs > 0
  }
  for (const page of starterPages(facts)) {
    if (await present('pages', page.section, page.slug)) {
      kept++
      continue
    }
    const doc = await payload.create({
      collection: 'pages',
      locale: 'vi',
      draft: false,
      data: { title: page.vi.title, summary: page.vi.summary, slug: page.slug, site: siteId as number, section: page.section, layout: page.vi.layout as never, _status: 'published' },
      ...write(),
    })
    created.push({ collection: 'pages', id: doc.id })
    if (page.en) {
      await payload.update({
        collection: 'pages',
        id: doc.id,
        locale: 'en',
        draft: false,
        data: { title: page.en.title, summary: page.en.summary, layout: page.en.layout as never, _status: 'published' },
        ...write(),
      })
    }
    pages++
  }
  for (const category of starterCategories()) {
    if (await present('categories', category.section, category.slug)) {
      kept++
      continue
    }
    const doc = await payload.create({
      collection: 'categories',
      locale: 'vi',
      data: { title: category.title, description: category.description, slug: category.slug, site: siteId as number, section: category.section },
      ...write(),
    })
    created.push({ collection: 'categories', id: doc.id })
    categories++
  }
  return { pages, categories, kept }
}

async function writeMenus(payload: Payload, write: Write, siteId: Id, facts: PortalFacts, name: string, checkExisting: boolean, created: Created[]): Promise<boolean> {
  if (checkExisting) {
    const found = await payload.count({ collection: 'navigation', where: { site: { equals: siteId } }, overrideAccess: true })
    if (found.totalDocs > 0) return false
  }
  const menus = starterMenus(facts)
  const nav = await payload.create({
    collection: 'navigation',
    locale: 'vi',
    data: { name: `Trình đơn ${name}`.slice(0, 200), site: siteId as number, header: menus.vi.header, footer: menus.vi.footer },
    ...write(),
  })
  created.push({ collection: 'navigation', id: nav.id })
  await payload.update({ collection: 'navigation', id: nav.id, locale: 'en', data: { header: menus.en.header, footer: menus.en.footer }, ...write() })
  return true
}

async function inviteSiteAdmin(payload: Payload, write: Write, siteId: Id, email: string, created: Created[]): Promise<InvitationOutcome> {
  const previous = await payload.count({
    collection: 'invitations',
    where: { and: [{ site: { equals: siteId } }, { email: { equals: email } }, { role: { equals: 'site-admin' } }, { status: { in: ['pending', 'accepted'] } }] },
    overrideAccess: true,
  })
  if (previous.totalDocs > 0) return { status: 'already-invited', email }
  const since = new Date(Date.now() - 1000).toISOString()
  const invitation = await payload.create({
    collection: 'invitations',
    data: { email, site: siteId as number, role: 'site-admin' },
    // With the platform admin who asked (admin endpoint) the email names them as the inviter.
    ...write(),
  })
  created.push({ collection: 'invitations', id: invitation.id })
  const mail = await payload.find({
    collection: 'outbox',
    where: { and: [{ to: { equals: email } }, { createdAt: { greater_than_equal: since } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const outboxId = mail.docs[0]?.id ?? null
  if (outboxId !== null) created.push({ collection: 'outbox', id: outboxId })
  return { status: 'sent-to-outbox', email, outboxId, smtp: smtpHost() }
}

export { relaxDurabilityForImport } from '../../../cms/src/db/maintenance'
