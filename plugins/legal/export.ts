/**
 * The legal documents, procedures and draft consultations of one site, for its `PortalSnapshot`.
 *
 * What the portals of a build run may show is read once per export context (a few queries per
 * collection, however many portals the run exports) and each site then takes its share:
 * its own documents plus those shared with it, listed or by a portal above it with everything
 * below (the sharing rules of news). Documents, procedures and consultations are read like news,
 * as an anonymous reader (published only); comments are read with access control off because
 * their collection holds emails, and only the public columns are selected.
 *
 * Files (`legal-files`) are served by the portal itself from `/tep/<filename>`: the URLs are
 * rewritten here and the file names are returned so the release links them in (ADR 0011).
 */
import path from 'node:path'

import type { Payload, Where } from 'payload'

import type { Consultation, LegalDocument, LegalFileRef, Procedure } from '../../cms/src/contracts/legal'
import { ancestorsOf, type SiteTree } from '../../cms/src/lib/hierarchy'
import { legalClock } from './derived'
import { dbId, idOf } from '../../cms/src/lib/ids'
import { type PresentContext, toConsultation, toLegalDocument, toProcedure } from './present'
import { otherPortal } from '../portals/build/export'
import type { ExportContext, ExportPart, PortalExporter } from '../portals/types'
import { env } from '../../cms/src/config/env'
import type { Site } from '../../cms/src/contracts/portal'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** Root-relative folder of a portal holding the legal files it links to. */
export const LEGAL_FILES_PATH = '/tep/'

/** What the export of one build run loads once and every portal reuses. */
export type LegalData = {
  documents: Doc[]
  procedures: Doc[]
  consultations: Doc[]
  /** Approved comments by consultation id, oldest first (public columns only). */
  comments: Map<string, Doc[]>
  /** Slug by id of every site the loaded records name (of every site when the load is not scoped). */
  siteSlugs: Map<string, string>
}

const publicRead = { overrideAccess: false, draft: false, depth: 1, pagination: false } as const

/** Site ids a loaded record names (its own portal, the portals of the documents it relates to). */
function siteIdsIn(value: unknown, into: Set<string>, depth = 0): void {
  if (!value || typeof value !== 'object' || depth > 6) return
  if (Array.isArray(value)) {
    for (const item of value) siteIdsIn(item, into, depth + 1)
    return
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === 'site') {
      const id = idOf(item)
      if (id !== null) into.add(String(id))
    } else if (item && typeof item === 'object') siteIdsIn(item, into, depth + 1)
  }
}

const byIssueDate = (a: Doc, b: Doc) =>
  String(b.issueDate ?? '').localeCompare(String(a.issueDate ?? '')) || String(b.createdAt ?? '').localeCompare(String(a.createdAt ?? ''))

/**
 * Everything the portals of one build run may show. `scope` (the sites being exported) narrows
 * the reads to their own records and the documents shared with them, with queries that each go
 * through an index on `site` or the sharing list (one query with an OR, or with IN lists, made the
 * database read every published document of the platform), so what a run reads depends on its
 * portals, not on the platform (ADR 0025); without it everything is read.
 */
export async function loadLegalData(payload: Payload, tree: SiteTree, scope?: ReadonlyArray<number | string>): Promise<LegalData> {
  const published: Where = { _status: { equals: 'published' } }
  const sites = scope?.map((id) => dbId(payload, id))
  const above = sites ? [...new Set(sites.flatMap((id) => ancestorsOf(tree, String(id))))].map((id) => dbId(payload, id)) : []
  const find = <T extends 'legal-documents' | 'procedures' | 'consultations'>(collection: T, sort: string, where: Where) =>
    payload.find({ collection, where: { and: [published, where] }, sort, ...publicRead }).then((r) => r.docs as Doc[])
  // One query per site (an equality on `site` reads through the (site, status) index whatever the
  // planner knows; an IN list over several sites made SQLite without statistics read every published
  // record of the platform through the status index), merged.
  const perSite = (collection: 'legal-documents' | 'procedures' | 'consultations', sort: string, ids: Array<number | string>, extra?: Where) =>
    Promise.all(ids.map((id) => find(collection, sort, extra ? { and: [{ site: { equals: id } }, extra] } : { site: { equals: id } }))).then((lists) => lists.flat())
  const unique = (docs: Doc[]) => [...new Map(docs.map((d) => [String(d.id), d])).values()]
  const [documents, procedures, consultations] = sites
    ? await Promise.all([
        Promise.all([
          perSite('legal-documents', '-issueDate', sites),
          find('legal-documents', '-issueDate', { sharedWith: { in: sites } }),
          perSite('legal-documents', '-issueDate', above, { shareWithSubordinates: { equals: true } }),
        ]).then((lists) => unique(lists.flat()).sort(byIssueDate)),
        // Each portal takes only its own of these: in the order of its own query.
        perSite('procedures', 'name', sites),
        perSite('consultations', '-opensAt', sites),
      ])
    : await Promise.all([find('legal-documents', '-issueDate', {}), find('procedures', 'name', {}), find('consultations', '-opensAt', {})])
  // The slugs of the portals these records name, not of every portal.
  const named = new Set<string>(sites?.map(String) ?? [])
  siteIdsIn([documents, procedures, consultations], named)
  const namedSites = await payload.find({
    collection: 'sites',
    ...(scope ? { where: { id: { in: [...named].map((id) => dbId(payload, id)) } } } : {}),
    pagination: false,
    depth: 0,
    sort: 'id',
    overrideAccess: true,
    select: { slug: true },
  })
  const consultationIds = consultations.map((c) => c.id)
  const comments = consultationIds.length
    ? await payload.find({
        collection: 'consultation-comments',
        where: { and: [{ moderation: { equals: 'approved' } }, { consultation: { in: consultationIds } }] },
        sort: 'createdAt',
        pagination: false,
        depth: 0,
        overrideAccess: true,
        // Only the public columns are read at all: emails never leave the database.
        select: { consultation: true, name: true, organisation: true, comment: true, article: true, createdAt: true },
      })
    : { docs: [] }
  const byConsultation = new Map<string, Doc[]>()
  for (const c of comments.docs as Doc[]) {
    const key = String(idOf(c.consultation))
    byConsultation.set(key, [...(byConsultation.get(key) ?? []), c])
  }
  return {
    documents,
    procedures,
    consultations,
    comments: byConsultation,
    siteSlugs: new Map(namedSites.docs.map((s) => [String(s.id), String(s.slug)])),
  }
}

/** Collects the legal files a portal links to and points their URLs at the portal's own copy. */
class FileCollector {
  readonly files = new Set<string>()

  ref(file: LegalFileRef): LegalFileRef {
    this.files.add(file.filename)
    return { ...file, url: `${LEGAL_FILES_PATH}${encodeURIComponent(file.filename)}` }
  }
}

export type SiteLegalContent = {
  legalDocuments: LegalDocument[]
  procedures: Procedure[]
  consultations: Consultation[]
  /** File names of `legal-files` the portal links to. */
  files: Set<string>
  /** Ids of the other portals whose documents the content links to (owners of shared or related documents). */
  otherSites: Set<string>
}

/** The legal content one site shows, from data loaded once for the build run. */
export function legalContentOf(data: LegalData, siteId: number | string, tree: SiteTree): SiteLegalContent {
  const site = String(siteId)
  const ancestors = new Set(ancestorsOf(tree, site))
  const ctx: PresentContext = { siteSlug: (id) => data.siteSlugs.get(String(id)) ?? null }
  const files = new FileCollector()
  const ids = (value: unknown) => (Array.isArray(value) ? value.map((v) => String(idOf(v))) : [])

  const shown = data.documents.filter((d) => {
    const owner = String(idOf(d.site))
    if (owner === site) return true
    return ids(d.sharedWith).includes(site) || (d.shareWithSubordinates === true && ancestors.has(owner))
  })
  const legalDocuments = shown.map((d) => {
    const doc = toLegalDocument(d, ctx)
    return { ...doc, attachments: doc.attachments.map((f) => files.ref(f)) }
  })
  const procedures = data.procedures
    .filter((p) => String(idOf(p.site)) === site)
    .map((p) => {
      const procedure = toProcedure(p, ctx)
      return { ...procedure, dossier: procedure.dossier.map((item) => ({ ...item, form: item.form ? files.ref(item.form) : null })) }
    })
  const now = legalClock.now()
  const consultations = data.consultations
    .filter((c) => String(idOf(c.site)) === site)
    .map((c) => {
      const consultation = toConsultation(c, data.comments.get(String(c.id)) ?? [], { ...ctx, now })
      // The draft is published when the consultation opens, not when it is announced (like
      // the files' access in the CMS, legal/fileAccess.ts).
      if (consultation.status === 'sap-mo') return { ...consultation, draftFiles: [] }
      return { ...consultation, draftFiles: consultation.draftFiles.map((f) => files.ref(f)) }
    })
  const otherSites = new Set<string>()
  const bySlug = new Map([...data.siteSlugs].map(([id, slug]) => [slug, id]))
  const note = (slug: string | undefined) => {
    const id = slug === undefined ? undefined : bySlug.get(slug)
    if (id !== undefined && id !== site) otherSites.add(id)
  }
  for (const d of legalDocuments) {
    note(d.site)
    for (const r of d.relations) note(r.document?.site)
  }
  for (const p of procedures) for (const b of p.legalBasis) note(b.document?.site)
  for (const c of consultations) note(c.finalDocument?.site)
  return { legalDocuments, procedures, consultations, files: files.files, otherSites }
}

/** Where the CMS keeps uploaded `legal-files` (the collection's `staticDir`). */
export function legalFilesDir(): string {
  return path.join(env().dataDir, 'legal-files')
}

/**
 * The sections the portal's own lists fulfil: `/van-ban/`, `/thu-tuc-hanh-chinh/` and
 * `/gop-y-du-thao/` are built whenever the portal has documents, procedures or consultations,
 * and then they are what the footer and menus link to (an introduction page of the same slug is
 * shown above the list).
 */
function listSections(content: SiteLegalContent): Site['sections'] {
  const lists: Array<[string, string, number]> = [
    ['van-ban', 'van-ban', content.legalDocuments.length],
    ['thu-tuc-hanh-chinh', 'thu-tuc-hanh-chinh', content.procedures.length],
    ['lay-y-kien', 'gop-y-du-thao', content.consultations.length],
  ]
  return lists.filter(([, , count]) => count > 0).map(([key, slug]) => ({ key, kind: 'page' as const, slug, english: false }))
}

const DATA_KEY = 'legal:data'

export const legalExporter: PortalExporter = {
  name: 'legal',
  // Once per run: exportSnapshot runs each exporter's prepare once for the portals sharing a context.
  async prepare(payload: Payload, context: ExportContext) {
    context.data.set(DATA_KEY, loadLegalData(payload, context.tree!, context.scope))
  },
  async exportSite({ payload, site, context }): Promise<ExportPart> {
    const data = await (context.data.get(DATA_KEY) as Promise<LegalData>)
    const legal = legalContentOf(data, site.id, context.tree!)
    const otherPortals: Site['otherPortals'] = []
    for (const id of legal.otherSites) {
      const info = await otherPortal(payload, context, id)
      const slug = data.siteSlugs.get(id)
      if (info && slug) otherPortals.push({ slug, name: info.name, baseUrl: info.baseUrl })
    }
    const dir = legalFilesDir()
    return {
      legalDocuments: legal.legalDocuments,
      procedures: legal.procedures,
      consultations: legal.consultations,
      otherPortals,
      sections: listSections(legal),
      attachments: [...legal.files].map((name) => path.join(dir, path.basename(name))),
    }
  },
}
