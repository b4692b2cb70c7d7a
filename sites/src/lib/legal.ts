/**
 * The pages of legal documents (văn bản), administrative procedures (thủ tục hành chính) and
 * draft consultations (góp ý dự thảo): lists and one page each, with URLs that follow the
 * document number or the procedure code and so never change while the record exists.
 *
 * Every page receives only what it shows: lists get rows (no full text, no relations), a
 * procedure gets the links of its own legal basis (not the list of documents), so publishing a
 * document re-renders the document lists and the pages that link to it, nothing else.
 */
import {
  type Consultation,
  type ConsultationStatus,
  LEGAL_DOCUMENT_TYPES,
  type LegalDocument,
  type LegalDocumentType,
  PROCEDURE_LEVELS,
  type Procedure,
  type ProcedureLevel,
  VALIDITY_STATUSES,
  type ValidityStatus,
} from '../../../cms/src/contracts/legal'
import { LIST_INTRO_PAGE_SLUGS } from '../../../cms/src/contracts/portal'
import {
  closedConsultationsPath,
  type ConsultationPage,
  type ConsultationRow,
  CONSULTATIONS_PATH,
  consultationPath,
  LEGAL_PAGE_SIZE,
  LEGAL_PATH,
  legalDocumentPath,
  type LegalDocumentPage,
  type LegalFilterOptions,
  type LegalRow,
  legalTypePath,
  legalValidityPath,
  type ProcedurePage,
  type ProcedureRow,
  PROCEDURES_PATH,
  procedureLevelPath,
  procedurePath,
} from '../../../themes/model/legal'
import { laterPages, listPage } from '../../../themes/model/paginate'
import { absoluteUrl, listPath } from '../../../themes/model/urls'
import type { ViewName } from '../../../themes/model/views'
import type { Page, Portal } from './model'
import type { SitemapEntry } from './sitemap'

export * from '../../../themes/model/legal'

/**
 * The URL slug of a document number: diacritics and "đ" folded, lower case, "/" and spaces (and
 * anything else that is not a letter or digit) to "-". `42/2022/NĐ-CP` → `42-2022-nd-cp`.
 */
export function slugFromNumber(number: string): string {
  return number
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The key that identifies a document across portals: its owner and its slug there. */
const keyOf = (doc: { site: string; slug: string }) => `${doc.site}\n${doc.slug}`

/**
 * The path slug of every document a portal shows. The portal's own documents keep the slug the
 * CMS derived from their number (unique per portal). A shared document whose slug is already
 * taken here (the same number from another issuer) gets its owner's slug as a suffix, then a
 * counter: deterministic, and independent of the order documents were published in.
 */
export function legalSlugs(documents: readonly LegalDocument[], ownSite: string): Map<string, string> {
  const slugs = new Map<string, string>()
  const taken = new Set<string>()
  const base = (d: LegalDocument) => (SLUG.test(d.slug) ? d.slug : slugFromNumber(d.number) || 'van-ban')
  const own = documents.filter((d) => d.site === ownSite)
  const shared = documents.filter((d) => d.site !== ownSite).sort((a, b) => keyOf(a).localeCompare(keyOf(b)))
  for (const doc of [...own, ...shared]) {
    let slug = base(doc)
    if (taken.has(slug)) slug = `${slug}-${doc.site}`
    for (let n = 2; taken.has(slug); n++) slug = `${base(doc)}-${doc.site}-${n}`
    taken.add(slug)
    slugs.set(keyOf(doc), slug)
  }
  return slugs
}

export type PlannedLegalPage = { path: string; view: ViewName; props: Record<string, unknown> }

/** How documents are resolved into links on one portal. */
export class LegalLinks {
  private readonly slugs: Map<string, string>

  constructor(private readonly portal: Portal) {
    this.slugs = legalSlugs(portal.legalDocuments, portal.site.slug)
  }

  /** Path of a document this portal shows. */
  pathOf(doc: { site: string; slug: string }): string | null {
    const slug = this.slugs.get(keyOf(doc))
    return slug ? legalDocumentPath(slug) : null
  }

  /** Where a link to a document leads: here when shown here, else its owner's page. */
  hrefOf(doc: { site: string; slug: string }): string | null {
    const local = this.pathOf(doc)
    if (local) return local
    const owner = this.portal.otherPortals.get(doc.site)
    return owner ? absoluteUrl(owner.baseUrl, legalDocumentPath(doc.slug)) : null
  }
}

function row(doc: LegalDocument, path: string): LegalRow {
  return { number: doc.number, type: doc.type, issuingBody: doc.issuingBody, issueDate: doc.issueDate, summary: doc.summary, path, validity: doc.validity.status }
}

/** Newest issue date first, then number, so the order is stable across builds. */
function byIssueDate(a: LegalDocument, b: LegalDocument): number {
  return b.issueDate.localeCompare(a.issueDate) || a.number.localeCompare(b.number, 'vi')
}

function introOf(portal: Portal, slug: (typeof LIST_INTRO_PAGE_SLUGS)[number]): Page | null {
  return portal.pages.find((p) => p.slug === slug) ?? null
}

/** Slugs of the introduction pages that the portal's lists take over (not rendered on their own). */
export function introPagesTaken(portal: Portal): Set<string> {
  const taken = new Set<string>()
  if (portal.legalDocuments.length > 0) taken.add('van-ban')
  if (portal.procedures.length > 0) taken.add('thu-tuc-hanh-chinh')
  if (portal.consultations.length > 0) taken.add('gop-y-du-thao')
  return taken
}

function filterOptions(docs: readonly LegalDocument[]): LegalFilterOptions {
  const vi = (a: string, b: string) => a.localeCompare(b, 'vi')
  return {
    types: LEGAL_DOCUMENT_TYPES.filter((t) => docs.some((d) => d.type === t)),
    issuers: [...new Set(docs.map((d) => d.issuingBody))].sort(vi),
    fields: [...new Set(docs.flatMap((d) => d.fields))].sort(vi),
    years: [...new Set(docs.map((d) => Number(d.issueDate.slice(0, 4))))].sort((a, b) => b - a),
    statuses: VALIDITY_STATUSES.filter((s) => docs.some((d) => d.validity.status === s)),
  }
}

export function legalDocumentPages(portal: Portal): PlannedLegalPage[] {
  const docs = [...portal.legalDocuments].sort(byIssueDate)
  if (docs.length === 0) return []
  const links = new LegalLinks(portal)
  const pages: PlannedLegalPage[] = []
  const rows = docs.map((d) => row(d, links.pathOf(d)!))
  const filters = filterOptions(docs)
  const intro = introOf(portal, 'van-ban')
  const list = (items: LegalRow[], base: string, heading: { type?: LegalDocumentType; status?: ValidityStatus }) => {
    for (const n of [1, ...laterPages(items.length, LEGAL_PAGE_SIZE)]) {
      pages.push({
        path: listPath(base, n),
        view: 'LegalListView',
        props: { list: listPage(items, n, base, LEGAL_PAGE_SIZE), filters, ...heading, intro: n === 1 && !heading.type && !heading.status ? intro : null },
      })
    }
  }
  list(rows, LEGAL_PATH, {})
  for (const type of filters.types) list(rows.filter((r) => r.type === type), legalTypePath(type), { type })
  for (const status of filters.statuses) list(rows.filter((r) => r.validity === status), legalValidityPath(status), { status })

  for (const doc of docs) {
    const path = links.pathOf(doc)!
    const relations = doc.relations.map((r) => ({ ...r, href: r.document ? links.hrefOf(r.document) : (r.external?.url ?? null) }))
    const owner = doc.site === portal.site.slug ? null : (portal.otherPortals.get(doc.site)?.name ?? null)
    const page: LegalDocumentPage = { ...doc, path, relations, sharedFrom: owner }
    // A shared document's canonical address is its owner's page (absolute), like shared news.
    const ownerBase = owner ? portal.otherPortals.get(doc.site)?.baseUrl : undefined
    pages.push({ path, view: 'LegalDocumentView', props: { document: page, canonical: ownerBase ? absoluteUrl(ownerBase, legalDocumentPath(doc.slug)) : null } })
  }
  return pages
}

const byName = (a: Procedure, b: Procedure) => a.field.localeCompare(b.field, 'vi') || a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code)

export function procedurePages(portal: Portal): PlannedLegalPage[] {
  if (portal.procedures.length === 0) return []
  const links = new LegalLinks(portal)
  const procedures = [...portal.procedures].sort(byName)
  const rows: ProcedureRow[] = procedures.map((p) => ({ code: p.code, name: p.name, field: p.field, levels: p.levels, onlineLevel: p.onlineLevel, path: procedurePath(p.slug) }))
  const levels = PROCEDURE_LEVELS.filter((l) => rows.some((r) => r.levels.includes(l)))
  const pages: PlannedLegalPage[] = [{ path: PROCEDURES_PATH, view: 'ProcedureListView', props: { procedures: rows, levels, level: null, intro: introOf(portal, 'thu-tuc-hanh-chinh') } }]
  for (const level of levels) {
    pages.push({ path: procedureLevelPath(level), view: 'ProcedureListView', props: { procedures: rows.filter((r) => r.levels.includes(level)), levels, level, intro: null } })
  }
  for (const p of procedures) {
    const procedure: ProcedurePage = { ...p, legalBasis: p.legalBasis.map((b) => ({ ...b, href: b.document ? links.hrefOf(b.document) : null })) }
    pages.push({ path: procedurePath(p.slug), view: 'ProcedureView', props: { procedure } })
  }
  return pages
}

const OPEN_FIRST: Record<ConsultationStatus, number> = { 'dang-lay-y-kien': 0, 'sap-mo': 1, 'da-ket-thuc': 2 }

export function consultationPages(portal: Portal): PlannedLegalPage[] {
  if (portal.consultations.length === 0) return []
  const links = new LegalLinks(portal)
  const all = [...portal.consultations].sort((a, b) => OPEN_FIRST[a.status] - OPEN_FIRST[b.status] || b.opensAt.localeCompare(a.opensAt))
  const rows: ConsultationRow[] = all.map((c) => ({
    title: c.title,
    documentType: c.documentType,
    draftingUnit: c.draftingUnit,
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    status: c.status,
    path: consultationPath(c.slug),
    comments: c.comments.length,
  }))
  const closed = rows.filter((r) => r.status === 'da-ket-thuc')
  const pages: PlannedLegalPage[] = [
    { path: CONSULTATIONS_PATH, view: 'ConsultationListView', props: { open: rows.filter((r) => r.status !== 'da-ket-thuc'), closed, showing: 'open', intro: introOf(portal, 'gop-y-du-thao') } },
    { path: closedConsultationsPath, view: 'ConsultationListView', props: { open: [], closed, showing: 'closed', intro: null } },
  ]
  for (const c of all) {
    const path = consultationPath(c.slug)
    const final = c.finalDocument ? { number: c.finalDocument.number, href: links.hrefOf(c.finalDocument) } : null
    const consultation: ConsultationPage = { ...c, path, finalDocument: final }
    pages.push({ path, view: 'ConsultationView', props: { consultation, returnTo: absoluteUrl(portal.site.baseUrl, path), form: null } })
  }
  return pages
}

export function legalPages(portal: Portal): PlannedLegalPage[] {
  return [...legalDocumentPages(portal), ...procedurePages(portal), ...consultationPages(portal)]
}

export function legalSitemapEntries(portal: Portal): SitemapEntry[] {
  return legalPages(portal).map((page) => {
    const updatedAt = (page.props.document ?? page.props.procedure ?? page.props.consultation) as { updatedAt?: string } | undefined
    return updatedAt?.updatedAt ? { path: page.path, lastmod: updatedAt.updatedAt } : { path: page.path }
  })
}

