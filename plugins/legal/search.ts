/**
 * How legal documents and procedures are found (their `search` contributions): number, issuer,
 * field, year, validity and document type as facets; plain text only.
 */
import { LEGAL_DOCUMENT_TYPE_LABELS, type LegalDocumentType, PROCEDURE_LEVEL_LABELS, type ProcedureLevel } from '../../cms/src/contracts/legal'
import { legalDocumentPath, procedurePath } from '../../themes/model/legal'
import { entryBase, isoDate, join, richTextPlain, str, visible, yearOf } from '../search/text'
import type { IndexEntry, SearchContribution, SiteRef } from '../search/types'
import type { Doc } from '../portals/types'

const typeLabel = (value: unknown): string | null =>
  typeof value === 'string' && Object.hasOwn(LEGAL_DOCUMENT_TYPE_LABELS, value) ? LEGAL_DOCUMENT_TYPE_LABELS[value as LegalDocumentType].vi : null

export function legalDocument(doc: Doc, site: SiteRef | null): IndexEntry | null {
  const slug = str(doc.slug)
  const number = str(doc.number)
  const summary = str(doc.summary)
  if (!visible(doc, site) || !slug || !summary) return null
  const date = isoDate(doc.issueDate)
  const fields = Array.isArray(doc.fields) ? doc.fields.map(str).filter((f): f is string => f !== null) : []
  const status = str(doc.validityStatus)
  const issuer = str(doc.issuingBody)
  return {
    ...entryBase('legal', doc, site),
    url: legalDocumentPath(slug),
    title: summary,
    text: join(typeLabel(doc.documentType), fields.join('; '), richTextPlain(doc.content), str(doc.signerName) ? `${str(doc.signerTitle) ?? ''} ${str(doc.signerName)}`.trim() : null),
    date,
    ...(number ? { number } : {}),
    ...(issuer ? { issuer } : {}),
    // The index has one field per document (port): the first one listed, the main field.
    ...(fields[0] ? { field: fields[0] } : {}),
    ...(yearOf(date) ? { year: yearOf(date) } : {}),
    ...(status ? { status } : {}),
    ...(str(doc.documentType) ? { doctype: str(doc.documentType)! } : {}),
  }
}

/** Every procedure's text starts with what it is. */
const PROCEDURE_KIND = 'Thủ tục hành chính'

export function procedureDocument(doc: Doc, site: SiteRef | null): IndexEntry | null {
  const slug = str(doc.slug)
  const name = str(doc.name)
  if (!visible(doc, site) || !slug || !name) return null
  const steps = Array.isArray(doc.steps) ? doc.steps.map((s: Doc) => join(str(s.title), str(s.text))) : []
  const dossier = Array.isArray(doc.dossier) ? doc.dossier.map((d: Doc) => str(d.name)) : []
  const field = str(doc.field)
  const levels = (Array.isArray(doc.levels) ? doc.levels : []).filter((l: unknown): l is ProcedureLevel => typeof l === 'string' && Object.hasOwn(PROCEDURE_LEVEL_LABELS, l))
  return {
    ...entryBase('procedure', doc, site),
    url: procedurePath(slug),
    title: name,
    // What it is, in the words citizens use ("thủ tục hành chính cấp xã"), like a legal document's type.
    text: join(`${PROCEDURE_KIND} ${levels.map((l: ProcedureLevel) => PROCEDURE_LEVEL_LABELS[l].vi.toLowerCase()).join(', ')}`.trim(), str(doc.code), str(doc.implementingAgency), ...steps, ...dossier, str(doc.result), str(doc.requirements)),
    date: isoDate(doc.updatedAt),
    ...(field ? { field } : {}),
  }
}

export const legalSearch: SearchContribution = { type: 'legal', label: { vi: 'Văn bản', en: 'Legal documents' }, toDocument: legalDocument }
export const procedureSearch: SearchContribution = { type: 'procedure', label: { vi: 'Thủ tục hành chính', en: 'Procedures' }, toDocument: procedureDocument }
