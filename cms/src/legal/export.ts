/**
 * The legal documents, procedures and draft consultations of one site, for its `PortalSnapshot`.
 *
 * Everything published on the platform is read once per export context (one query per
 * collection, however many portals the build run exports) and each site then takes its share:
 * its own documents plus those shared with it, listed or by a portal above it with everything
 * below (the sharing rules of news). Documents, procedures and consultations are read like news,
 * as an anonymous reader (published only); comments are read with access control off because
 * their collection holds emails, and only the public columns are selected.
 *
 * Files (`legal-files`) are served by the portal itself from `/tep/<filename>`: the URLs are
 * rewritten here and the file names are returned so the release links them in (ADR 0011).
 */
import type { Payload } from 'payload'

import type { Consultation, LegalDocument, LegalFileRef, Procedure } from '../contracts/legal'
import { ancestorsOf, type SiteTree } from '../lib/hierarchy'
import { idOf, legalClock } from './derived'
import { type PresentContext, toConsultation, toLegalDocument, toProcedure } from './present'

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
  /** Slug of every site, by id. */
  siteSlugs: Map<string, string>
}

const publicRead = { overrideAccess: false, draft: false, depth: 1, pagination: false } as const

export async function loadLegalData(payload: Payload): Promise<LegalData> {
  const published = { _status: { equals: 'published' } }
  const [documents, procedures, consultations, comments, sites] = await Promise.all([
    payload.find({ collection: 'legal-documents', where: published, sort: '-issueDate', ...publicRead }),
    payload.find({ collection: 'procedures', where: published, sort: 'name', ...publicRead }),
    payload.find({ collection: 'consultations', where: published, sort: '-opensAt', ...publicRead }),
    payload.find({
      collection: 'consultation-comments',
      where: { moderation: { equals: 'approved' } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      // Only the public columns are read at all: emails never leave the database.
      select: { consultation: true, name: true, organisation: true, comment: true, article: true, createdAt: true },
    }),
    payload.find({ collection: 'sites', pagination: false, depth: 0, overrideAccess: true, select: { slug: true } }),
  ])
  const byConsultation = new Map<string, Doc[]>()
  for (const c of comments.docs as Doc[]) {
    const key = String(idOf(c.consultation))
    byConsultation.set(key, [...(byConsultation.get(key) ?? []), c])
  }
  return {
    documents: documents.docs as Doc[],
    procedures: procedures.docs as Doc[],
    consultations: consultations.docs as Doc[],
    comments: byConsultation,
    siteSlugs: new Map(sites.docs.map((s) => [String(s.id), String(s.slug)])),
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
