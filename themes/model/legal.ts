/**
 * Legal documents, procedures and draft consultations as the portal pages show them (view
 * models), and their URL scheme: paths follow the document number or the procedure code, so
 * they never change while the record exists.
 */
import type { Consultation, LegalDocument, LegalDocumentType, Procedure, ProcedureLevel, ValidityStatus } from '../../cms/src/contracts/legal'
import { listPath } from './urls'

export const LEGAL_PATH = '/van-ban/'
export const PROCEDURES_PATH = '/thu-tuc-hanh-chinh/'
export const CONSULTATIONS_PATH = '/gop-y-du-thao/'
/** The search page the legal filter form submits to. */
export const SEARCH_PATH = '/tim-kiem/'
/** Documents per page of the legal lists. */
export const LEGAL_PAGE_SIZE = 20

export const legalDocumentPath = (slug: string): string => `${LEGAL_PATH}${slug}/`
export const legalTypePath = (type: LegalDocumentType, page = 1): string => listPath(`${LEGAL_PATH}loai/${type}/`, page)
export const legalValidityPath = (status: ValidityStatus, page = 1): string => listPath(`${LEGAL_PATH}hieu-luc/${status}/`, page)
export const procedurePath = (slug: string): string => `${PROCEDURES_PATH}${slug}/`
export const procedureLevelPath = (level: ProcedureLevel): string => `${PROCEDURES_PATH}cap/${level}/`
export const consultationPath = (slug: string): string => `${CONSULTATIONS_PATH}${slug}/`
export const closedConsultationsPath = `${CONSULTATIONS_PATH}da-ket-thuc/`

/** A document as the lists show it. */
export type LegalRow = Pick<LegalDocument, 'number' | 'type' | 'issuingBody' | 'issueDate' | 'summary'> & {
  path: string
  validity: ValidityStatus
}

/** A relation with where it leads, resolved for this portal. */
export type LegalRelationLink = LegalDocument['relations'][number] & { href: string | null }

export type LegalDocumentPage = Omit<LegalDocument, 'relations'> & { path: string; relations: LegalRelationLink[]; sharedFrom: string | null }

/** A procedure as the catalogue shows it. */
export type ProcedureRow = Pick<Procedure, 'code' | 'name' | 'field' | 'levels' | 'onlineLevel'> & { path: string }

export type ProcedurePage = Omit<Procedure, 'legalBasis'> & { legalBasis: Array<Procedure['legalBasis'][number] & { href: string | null }> }

/** A consultation as the lists show it. */
export type ConsultationRow = Pick<Consultation, 'title' | 'documentType' | 'draftingUnit' | 'opensAt' | 'closesAt' | 'status'> & {
  path: string
  comments: number
}

export type ConsultationPage = Omit<Consultation, 'finalDocument'> & {
  path: string
  finalDocument: { number: string; href: string | null } | null
}

/** Options of the filter form: only values that occur on the portal. */
export type LegalFilterOptions = {
  types: LegalDocumentType[]
  issuers: string[]
  fields: string[]
  years: number[]
  statuses: ValidityStatus[]
}
