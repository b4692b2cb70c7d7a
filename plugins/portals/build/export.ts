/**
 * Export the published content of some sites as a `PortalSnapshot` (the contract the static
 * portals are built from). The engine reads the sites themselves (identity, branding, contacts,
 * imprint) and asks every plugin's exporter (`portalExporters`, platform contributions) for its
 * part of each site; collections that only declare `portal.page` get a page each. Reads go
 * through the Local API with access control on and no user, so exactly what an anonymous reader
 * may see is exported: drafts never leave the CMS.
 */
import type { Payload, Where } from 'payload'

import { env } from '../../../cms/src/config/env'
import { contributions, platformContributions } from '../../../cms/src/contributions'
import { type ContributedPage, PortalSnapshot, type Site } from '../../../cms/src/contracts/portal'
import { MANDATORY_SECTIONS } from '../../../cms/src/contracts/sections'
import { parseEmcSnippet } from '../../../cms/src/lib/emc'
import { loadSiteTreeAround } from '../../../cms/src/lib/hierarchy'
import { dbId } from '../../../cms/src/lib/ids'
import { validateFeedbackUrl } from '../../site-scoping/Sites'
import type { Doc, ExportContext, ExportPart, ImageRef, PreviewDraft } from '../types'

export type { ExportContext, ExportPart, PreviewDraft } from '../types'

export type ExportResult = {
  snapshot: PortalSnapshot
  /** Media file names each site's portal needs, to copy next to its pages. */
  mediaBySite: Map<string, Set<string>>
  /** Files each site's portal links to under `/tep/` (absolute paths), to link into its release. */
  attachmentsBySite: Map<string, Set<string>>
  /** Milliseconds each exporter took in this call (its `exportSite`, and its `prepare` when this call waited for it). */
  exporterMs: Record<string, number>
}

export const publicRead = { overrideAccess: false, draft: false, depth: 1 } as const

/** The public base URL of a portal, from `PORTAL_URL_PATTERN`. */
export function portalBaseUrl(site: { slug: string; domains?: string[] | null }): string {
  const e = env()
  const domain = site.domains?.[0]
  const pattern = e.portalUrlPattern.includes('{domain}') && !domain ? `http://{slug}.${e.portalHostSuffix}:{port}` : e.portalUrlPattern
  return pattern
    .replaceAll('{slug}', site.slug)
    .replaceAll('{domain}', domain ?? '')
    .replaceAll('{port}', String(e.port))
    .replace(/\/$/, '')
}

export function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null
}

/** Collects the media files a portal's pages use (copied into its release) and describes each image. */
export class MediaCollector {
  readonly files = new Set<string>()

  image(media: unknown): ImageRef | null {
    if (!media || typeof media !== 'object') return null
    const doc = media as Doc
    if (!doc.filename) return null
    this.files.add(doc.filename)
    const sizes: ImageRef['sizes'] = []
    for (const size of Object.values((doc.sizes ?? {}) as Record<string, Doc>)) {
      if (size?.filename && size.width) {
        this.files.add(size.filename)
        sizes.push({ url: `/media/${size.filename}`, width: size.width })
      }
    }
    sizes.sort((a, b) => a.width - b.width)
    return {
      url: `/media/${doc.filename}`,
      alt: String(doc.alt ?? ''),
      width: doc.width ?? null,
      height: doc.height ?? null,
      sizes,
    }
  }
}

function feedbackUrl(value: unknown): string | null {
  const url = str(value)?.trim() ?? null
  return url && validateFeedbackUrl(url) === true ? url : null
}

/** Re-checked on every build, so narrowing EMC_SCRIPT_HOSTS takes a script off at the next build. */
function emcScriptSrc(payload: Payload, site: Doc): string | null {
  const snippet = str(site.monitoring?.emcSnippet)
  if (!snippet) return null
  const result = parseEmcSnippet(snippet, env().emcScriptHosts)
  if (result.ok) return result.src
  payload.logger.warn({ msg: `EMC snippet of ${site.slug} left out: ${result.message}` })
  return null
}

const byId = <T extends Doc>(docs: T[]) => new Map(docs.map((d) => [String(d.id), d]))

export function exportContext(scope?: ReadonlyArray<number | string>): ExportContext {
  return { scope, siteCache: new Map(), data: new Map() }
}

/** Name and address of another portal (an owner of shared content, a unit below), null when archived. */
export async function otherPortal(payload: Payload, context: ExportContext, ref: unknown): Promise<{ name: string; baseUrl: string } | null> {
  const id = String(ref && typeof ref === 'object' ? (ref as Doc).id : ref)
  if (!context.siteCache.has(id)) {
    const doc = (await payload.findByID({ collection: 'sites', id: dbId(payload, id), depth: 0, locale: 'vi', overrideAccess: false, disableErrors: true })) as Doc | null
    context.siteCache.set(id, doc && doc.status !== 'archived' ? { name: doc.name, baseUrl: portalBaseUrl(doc as { slug: string; domains?: string[] }) } : null)
  }
  return context.siteCache.get(id)!
}

/** Pages of the collections that declare `portal.page`: one per published document of the site. */
async function contributedPages(payload: Payload, siteId: number | string): Promise<ContributedPage[]> {
  const pages: ContributedPage[] = []
  for (const { slug, part } of contributions(payload, 'portal')) {
    if (!part.page) continue
    const found = await payload.find({ collection: slug as 'news', where: { site: { equals: siteId } }, pagination: false, locale: 'vi', ...publicRead })
    for (const doc of found.docs as Doc[]) {
      const page = part.page(doc)
      if (page) pages.push(page)
    }
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path))
}

/** Merge an exporter's part into the site: `vi`/`en` one level deep, `sections` by key, lists appended. */
function merge(site: Record<string, unknown>, part: Partial<Site>): void {
  for (const [key, value] of Object.entries(part)) {
    if (value === undefined) continue
    const current = site[key]
    if (key === 'vi' || key === 'en') {
      // A language the site has no text in gets no menus either.
      if (current && value && typeof value === 'object') site[key] = { ...(current as object), ...(value as object) }
    } else if (key === 'sections' && Array.isArray(current)) {
      const byKey = new Map((current as Site['sections']).map((s) => [s.key, s]))
      for (const s of value as Site['sections']) byKey.set(s.key, s)
      site[key] = [...byKey.values()]
    } else site[key] = value
  }
}

const SECTION_ORDER = new Map(MANDATORY_SECTIONS.map((s, i) => [s.key as string, i]))

export async function exportSnapshot(
  payload: Payload,
  siteIds: Array<number | string>,
  preview?: PreviewDraft,
  context: ExportContext = exportContext(siteIds),
): Promise<ExportResult> {
  const where: Where = { id: { in: siteIds } }
  const [sitesVi, sitesEn] = await Promise.all(
    (['vi', 'en'] as const).map((locale) =>
      payload
        .find({ collection: 'sites', where, locale, fallbackLocale: false as never, pagination: false, ...publicRead })
        .then((r) => r.docs as Doc[]),
    ),
  )
  const enById = byId(sitesEn)
  // Only the part of the tree around the sites of this run (their ancestors and the units below
  // them): what a portal's export reads does not grow with the platform (ADR 0025).
  context.tree ??= await loadSiteTreeAround(payload, [...new Set([...(context.scope ?? []), ...siteIds])])
  const exporters = platformContributions(payload, 'portalExporters')
  const exporterMs: Record<string, number> = {}
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    try {
      return await work()
    } finally {
      exporterMs[name] = (exporterMs[name] ?? 0) + (performance.now() - started)
    }
  }
  // Once per run: the portals of a run share their context, and with it what `prepare` read.
  const prepared = (context.prepared ??= new Map())
  for (const exporter of exporters) {
    if (!exporter.prepare) continue
    if (!prepared.has(exporter.name)) prepared.set(exporter.name, exporter.prepare(payload, context))
    await timed(exporter.name, () => prepared.get(exporter.name)!)
  }
  const mediaBySite = new Map<string, Set<string>>()
  const attachmentsBySite = new Map<string, Set<string>>()
  const sites: Site[] = []

  for (const vi of sitesVi) {
    if (vi.status === 'archived' || !str(vi.name)) continue
    const en = enById.get(String(vi.id))
    const media = new MediaCollector()
    const parent = vi.parent && typeof vi.parent === 'object' ? (vi.parent as Doc) : null
    const text = (doc: Doc | undefined) =>
      doc && str(doc.name)
        ? {
            name: doc.name,
            owningAgency: str(doc.imprint?.owningAgency),
            responsiblePerson: str(doc.imprint?.responsiblePerson),
            licence: str(doc.imprint?.licence),
            address: str(doc.contact?.address),
            headerMenu: [],
            footerMenu: [],
          }
        : null
    const site: Record<string, unknown> = {
      slug: vi.slug,
      level: vi.level,
      unitCode: str(vi.unitCode),
      theme: vi.theme ?? 'default',
      baseUrl: portalBaseUrl(vi as { slug: string; domains?: string[] }),
      parent: parent ? { slug: parent.slug, name: parent.name, nameEn: str((en?.parent as Doc | undefined)?.name), url: portalBaseUrl(parent as { slug: string }) + '/' } : null,
      branding: {
        primaryColor: str(vi.branding?.primaryColor),
        logo: media.image(vi.branding?.logo),
        headerImage: media.image(vi.branding?.headerImage),
      },
      contact: {
        phone: str(vi.contact?.phone),
        fax: str(vi.contact?.fax),
        email: str(vi.contact?.email),
        feedbackUrl: feedbackUrl(vi.contact?.feedbackUrl),
      },
      emcScriptSrc: emcScriptSrc(payload, vi),
      sections: [],
      vi: text(vi),
      en: text(en),
    }
    const attachments = new Set<string>()
    for (const exporter of exporters) {
      const { attachments: files, ...part } = await timed(exporter.name, () => exporter.exportSite({ payload, site: vi, context, media, preview }))
      for (const file of files ?? []) attachments.add(file)
      merge(site, part)
    }
    site.contributedPages = await timed('pages', () => contributedPages(payload, vi.id))
    site.sections = (site.sections as Site['sections']).sort((a, b) => (SECTION_ORDER.get(a.key) ?? 99) - (SECTION_ORDER.get(b.key) ?? 99))
    sites.push(site as Site)
    mediaBySite.set(vi.slug, media.files)
    attachmentsBySite.set(vi.slug, attachments)
  }

  const snapshot = PortalSnapshot.parse({ version: 1, generatedAt: new Date().toISOString(), sites })
  for (const name of Object.keys(exporterMs)) exporterMs[name] = Math.round(exporterMs[name]!)
  return { snapshot, mediaBySite, attachmentsBySite, exporterMs }
}
