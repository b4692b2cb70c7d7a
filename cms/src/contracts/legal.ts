/**
 * The contract between the CMS and the portals for legal documents (văn bản), administrative
 * procedures (thủ tục hành chính) and draft consultations (góp ý dự thảo).
 *
 * Catalogues (document types, validity statuses, relation kinds, procedure levels…) live here so
 * that the CMS fields and the portal templates use the same values and labels. The zod shapes are
 * what a portal renders: published data only, no personal data (a comment shows its author's
 * name and organisation, never the email). Only zod is imported, so `sites/` can use this file
 * without Payload.
 */
import { z } from 'zod'

import { CITIZEN_EMAIL, CITIZEN_NAME, FIELD_NAMES, fieldMessages } from './citizen'

type Label = { vi: string; en: string }

/** Document types (Loại văn bản): the VBQPPL catalogue of Luật Ban hành VBQPPL 2025 and the usual administrative types. */
export const LEGAL_DOCUMENT_TYPES = [
  'hien-phap',
  'bo-luat',
  'luat',
  'nghi-quyet',
  'phap-lenh',
  'lenh',
  'nghi-dinh',
  'quyet-dinh',
  'thong-tu',
  'thong-tu-lien-tich',
  'chi-thi',
  'cong-van',
  'cong-dien',
  'ke-hoach',
  'thong-bao',
  'huong-dan',
  'bao-cao',
  'van-ban-hop-nhat',
  'dieu-uoc-quoc-te',
  'khac',
] as const
export type LegalDocumentType = (typeof LEGAL_DOCUMENT_TYPES)[number]

export const LEGAL_DOCUMENT_TYPE_LABELS: Record<LegalDocumentType, Label> = {
  'hien-phap': { vi: 'Hiến pháp', en: 'Constitution' },
  'bo-luat': { vi: 'Bộ luật', en: 'Code' },
  luat: { vi: 'Luật', en: 'Law' },
  'nghi-quyet': { vi: 'Nghị quyết', en: 'Resolution' },
  'phap-lenh': { vi: 'Pháp lệnh', en: 'Ordinance' },
  lenh: { vi: 'Lệnh', en: 'Order' },
  'nghi-dinh': { vi: 'Nghị định', en: 'Decree' },
  'quyet-dinh': { vi: 'Quyết định', en: 'Decision' },
  'thong-tu': { vi: 'Thông tư', en: 'Circular' },
  'thong-tu-lien-tich': { vi: 'Thông tư liên tịch', en: 'Joint circular' },
  'chi-thi': { vi: 'Chỉ thị', en: 'Directive' },
  'cong-van': { vi: 'Công văn', en: 'Official letter' },
  'cong-dien': { vi: 'Công điện', en: 'Official dispatch' },
  'ke-hoach': { vi: 'Kế hoạch', en: 'Plan' },
  'thong-bao': { vi: 'Thông báo', en: 'Notice' },
  'huong-dan': { vi: 'Hướng dẫn', en: 'Guidance' },
  'bao-cao': { vi: 'Báo cáo', en: 'Report' },
  'van-ban-hop-nhat': { vi: 'Văn bản hợp nhất', en: 'Consolidated text' },
  'dieu-uoc-quoc-te': { vi: 'Điều ước quốc tế', en: 'International treaty' },
  khac: { vi: 'Văn bản khác', en: 'Other document' },
}

/** Validity (Tình trạng hiệu lực), as the national legal database names it. */
export const VALIDITY_STATUSES = [
  'con-hieu-luc',
  'het-hieu-luc-mot-phan',
  'het-hieu-luc-toan-bo',
  'chua-co-hieu-luc',
  'ngung-hieu-luc',
] as const
export type ValidityStatus = (typeof VALIDITY_STATUSES)[number]

export const VALIDITY_STATUS_LABELS: Record<ValidityStatus, Label> = {
  'con-hieu-luc': { vi: 'Còn hiệu lực', en: 'In force' },
  'het-hieu-luc-mot-phan': { vi: 'Hết hiệu lực một phần', en: 'Partly no longer in force' },
  'het-hieu-luc-toan-bo': { vi: 'Hết hiệu lực toàn bộ', en: 'No longer in force' },
  'chua-co-hieu-luc': { vi: 'Chưa có hiệu lực', en: 'Not yet in force' },
  'ngung-hieu-luc': { vi: 'Ngưng hiệu lực', en: 'Suspended' },
}

/**
 * Relations a document states about another (the "outgoing" side). The other document shows
 * the inverse label ("is amended by …"), maintained by the CMS.
 */
export const RELATION_KINDS = [
  'amends',
  'supplements',
  'replaces',
  'replaces-partly',
  'repeals',
  'repeals-partly',
  'guides',
  'based-on',
] as const
export type RelationKind = (typeof RELATION_KINDS)[number]

export const RELATION_LABELS: Record<RelationKind, { outgoing: Label; incoming: Label }> = {
  amends: { outgoing: { vi: 'Sửa đổi', en: 'Amends' }, incoming: { vi: 'Bị sửa đổi bởi', en: 'Amended by' } },
  supplements: { outgoing: { vi: 'Bổ sung', en: 'Supplements' }, incoming: { vi: 'Được bổ sung bởi', en: 'Supplemented by' } },
  replaces: { outgoing: { vi: 'Thay thế', en: 'Replaces' }, incoming: { vi: 'Bị thay thế bởi', en: 'Replaced by' } },
  'replaces-partly': {
    outgoing: { vi: 'Thay thế một phần', en: 'Partly replaces' },
    incoming: { vi: 'Bị thay thế một phần bởi', en: 'Partly replaced by' },
  },
  repeals: { outgoing: { vi: 'Bãi bỏ', en: 'Repeals' }, incoming: { vi: 'Bị bãi bỏ bởi', en: 'Repealed by' } },
  'repeals-partly': {
    outgoing: { vi: 'Bãi bỏ một phần', en: 'Partly repeals' },
    incoming: { vi: 'Bị bãi bỏ một phần bởi', en: 'Partly repealed by' },
  },
  guides: { outgoing: { vi: 'Hướng dẫn, quy định chi tiết', en: 'Guides' }, incoming: { vi: 'Được hướng dẫn bởi', en: 'Guided by' } },
  'based-on': { outgoing: { vi: 'Căn cứ', en: 'Based on' }, incoming: { vi: 'Là căn cứ của', en: 'Is the basis of' } },
}

/** Signing capacity prefixes (Nghị định 30/2020): on behalf of, acting, by order, by authorisation. */
export const SIGNING_CAPACITIES = ['KT', 'TM', 'Q', 'TL', 'TUQ'] as const
export type SigningCapacity = (typeof SIGNING_CAPACITIES)[number]

export const SIGNING_CAPACITY_LABELS: Record<SigningCapacity, Label> = {
  KT: { vi: 'KT. (ký thay)', en: 'KT. (signing for the head)' },
  TM: { vi: 'TM. (thay mặt tập thể)', en: 'TM. (on behalf of the body)' },
  Q: { vi: 'Q. (quyền)', en: 'Q. (acting)' },
  TL: { vi: 'TL. (thừa lệnh)', en: 'TL. (by order)' },
  TUQ: { vi: 'TUQ. (thừa ủy quyền)', en: 'TUQ. (by authorisation)' },
}

/** Levels a procedure is carried out at (cấp thực hiện), after the 2025 two-tier reform. */
export const PROCEDURE_LEVELS = ['bo', 'tinh', 'xa'] as const
export type ProcedureLevel = (typeof PROCEDURE_LEVELS)[number]
export const PROCEDURE_LEVEL_LABELS: Record<ProcedureLevel, Label> = {
  bo: { vi: 'Cấp Bộ', en: 'Ministry level' },
  tinh: { vi: 'Cấp Tỉnh', en: 'Province level' },
  xa: { vi: 'Cấp Xã', en: 'Commune level' },
}

/** Ways to submit a dossier (cách thức thực hiện). */
export const SUBMISSION_METHODS = ['truc-tiep', 'truc-tuyen', 'buu-chinh'] as const
export type SubmissionMethod = (typeof SUBMISSION_METHODS)[number]
export const SUBMISSION_METHOD_LABELS: Record<SubmissionMethod, Label> = {
  'truc-tiep': { vi: 'Trực tiếp', en: 'In person' },
  'truc-tuyen': { vi: 'Trực tuyến', en: 'Online' },
  'buu-chinh': { vi: 'Dịch vụ bưu chính', en: 'By post' },
}

/** Online public service level under Nghị định 42/2022. */
export const ONLINE_SERVICE_LEVELS = ['toan-trinh', 'mot-phan'] as const
export type OnlineServiceLevel = (typeof ONLINE_SERVICE_LEVELS)[number]
export const ONLINE_SERVICE_LEVEL_LABELS: Record<OnlineServiceLevel, Label> = {
  'toan-trinh': { vi: 'Dịch vụ công trực tuyến toàn trình', en: 'Fully online public service' },
  'mot-phan': { vi: 'Dịch vụ công trực tuyến một phần', en: 'Partly online public service' },
}

/** Who may carry out a procedure (đối tượng thực hiện). */
export const APPLICANT_TYPES = [
  'cong-dan-viet-nam',
  'nguoi-viet-nam-o-nuoc-ngoai',
  'nguoi-nuoc-ngoai',
  'doanh-nghiep',
  'hop-tac-xa',
  'to-chuc',
  'to-chuc-nuoc-ngoai',
  'co-quan-nha-nuoc',
] as const
export type ApplicantType = (typeof APPLICANT_TYPES)[number]
export const APPLICANT_TYPE_LABELS: Record<ApplicantType, Label> = {
  'cong-dan-viet-nam': { vi: 'Công dân Việt Nam', en: 'Vietnamese citizens' },
  'nguoi-viet-nam-o-nuoc-ngoai': { vi: 'Người Việt Nam định cư ở nước ngoài', en: 'Overseas Vietnamese' },
  'nguoi-nuoc-ngoai': { vi: 'Người nước ngoài', en: 'Foreigners' },
  'doanh-nghiep': { vi: 'Doanh nghiệp', en: 'Enterprises' },
  'hop-tac-xa': { vi: 'Hợp tác xã', en: 'Cooperatives' },
  'to-chuc': { vi: 'Tổ chức (trừ doanh nghiệp, hợp tác xã)', en: 'Organisations' },
  'to-chuc-nuoc-ngoai': { vi: 'Tổ chức nước ngoài', en: 'Foreign organisations' },
  'co-quan-nha-nuoc': { vi: 'Cơ quan nhà nước', en: 'State agencies' },
}

/** A consultation's phase, derived from its opening and closing times. */
export const CONSULTATION_STATUSES = ['sap-mo', 'dang-lay-y-kien', 'da-ket-thuc'] as const
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number]
export const CONSULTATION_STATUS_LABELS: Record<ConsultationStatus, Label> = {
  'sap-mo': { vi: 'Sắp lấy ý kiến', en: 'Opening soon' },
  'dang-lay-y-kien': { vi: 'Đang lấy ý kiến', en: 'Open for comments' },
  'da-ket-thuc': { vi: 'Đã hết hạn góp ý', en: 'Closed' },
}

/** Limits of the public comment form; the portal's `maxlength` attributes use the same numbers. */
export const COMMENT_LIMITS = { name: CITIZEN_NAME.max, nameMin: CITIZEN_NAME.min, email: CITIZEN_EMAIL.max, organisation: 200, comment: 5000, commentMin: 10, article: 100 } as const

/** Name of the hidden field bots fill in and people leave empty. */
export const COMMENT_HONEYPOT_FIELD = 'website'

/**
 * Per-field error codes of the public comment form, with messages that name the field. A form
 * post (no JavaScript) is answered with the portal page again showing these messages next to the
 * fields (or, when that page cannot be rendered, the platform's plain form); a JSON post gets the
 * same codes with the messages below.
 */
export const COMMENT_ERROR_MESSAGES = {
  'name.required': fieldMessages.required(FIELD_NAMES.name),
  'name.too-short': fieldMessages.tooShort(FIELD_NAMES.name, COMMENT_LIMITS.nameMin),
  'name.too-long': fieldMessages.tooLong(FIELD_NAMES.name, COMMENT_LIMITS.name),
  'email.required': fieldMessages.required(FIELD_NAMES.email),
  'email.invalid': fieldMessages.emailInvalid(),
  'organisation.too-long': fieldMessages.tooLong(FIELD_NAMES.organisation, COMMENT_LIMITS.organisation),
  'comment.required': fieldMessages.required(FIELD_NAMES.comment),
  'comment.too-short': fieldMessages.tooShort(FIELD_NAMES.comment, COMMENT_LIMITS.commentMin),
  'comment.too-long': fieldMessages.tooLong(FIELD_NAMES.comment, COMMENT_LIMITS.comment),
  'name.invalid': { vi: 'Họ và tên phải là văn bản.', en: 'Your name must be text.' },
  'organisation.invalid': { vi: 'Tên cơ quan, tổ chức phải là văn bản.', en: 'The organisation must be text.' },
  'comment.invalid': { vi: 'Nội dung góp ý phải là văn bản.', en: 'Your comment must be text.' },
  'article.unknown': { vi: 'Điều được chọn không có trong dự thảo.', en: 'Choose an article of the draft.' },
} as const satisfies Record<string, Label>
export type CommentErrorCode = keyof typeof COMMENT_ERROR_MESSAGES

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')

/** A downloadable file (signed PDF, DOCX, form template). URLs are absolute or root-relative. */
export const LegalFileRef = z.object({
  url: z.string(),
  filename: z.string(),
  mimeType: z.string(),
  /** Bytes. */
  filesize: z.number().int().nonnegative(),
  /** What the file is, e.g. "Bản PDF có chữ ký số", "Dự thảo Tờ trình". */
  label: z.string().nullable(),
})
export type LegalFileRef = z.infer<typeof LegalFileRef>

/** One side of a relation as shown on a document's page. */
export const LegalRelation = z.object({
  kind: z.enum(RELATION_KINDS),
  /** `outgoing`: this document amends/replaces… the other; `incoming`: the other amends/replaces… this one. */
  direction: z.enum(['outgoing', 'incoming']),
  /** Vietnamese label of the relation from this document's side, e.g. "Bị thay thế bởi". */
  label: z.string(),
  /** The other document when the platform holds it (published). */
  document: z
    .object({
      slug: z.string(),
      number: z.string(),
      summary: z.string(),
      /** Slug of the portal that owns the other document. */
      site: z.string(),
      validity: z.enum(VALIDITY_STATUSES),
    })
    .nullable(),
  /** The other document when the platform does not hold it (e.g. a law on vbpl.vn). */
  external: z.object({ number: z.string(), title: z.string().nullable(), url: z.string().nullable() }).nullable(),
  /** Provisions concerned, e.g. "Điều 5 khoản 2". */
  provisions: z.string().nullable(),
  /** Date the relation takes effect (the effective date of the amending/replacing document). */
  since: isoDate.nullable(),
})
export type LegalRelation = z.infer<typeof LegalRelation>

export const LegalDocument = z.object({
  slug: z.string(),
  /** Slug of the portal that owns the record (other portals show it when it is shared with them). */
  site: z.string(),
  /** Canonical number/symbol, e.g. `42/2022/NĐ-CP`, `766/QĐ-TTg`, `5901/BTTTT-CĐSQG`. */
  number: z.string(),
  type: z.enum(LEGAL_DOCUMENT_TYPES),
  issuingBody: z.string(),
  signer: z.object({
    name: z.string().nullable(),
    title: z.string().nullable(),
    capacity: z.enum(SIGNING_CAPACITIES).nullable(),
    /** Whom the signer signs for, e.g. "Thủ tướng" in "KT. Thủ tướng". */
    signingFor: z.string().nullable(),
  }),
  issueDate: isoDate,
  effectiveDate: isoDate.nullable(),
  expiryDate: isoDate.nullable(),
  validity: z.object({
    status: z.enum(VALIDITY_STATUSES),
    /** Date the current status began, when known. */
    since: isoDate.nullable(),
    /** Why, in Vietnamese, e.g. "Bị thay thế bởi 42/2022/NĐ-CP từ 15/08/2022". */
    reason: z.string().nullable(),
    /** Set by an editor rather than derived from dates and relations. */
    overridden: z.boolean(),
  }),
  /** Sectors/fields (lĩnh vực). */
  fields: z.array(z.string()),
  /** Trích yếu. */
  summary: z.string(),
  /** Full text rendered from rich text, or null when only the files are published. */
  html: z.string().nullable(),
  attachments: z.array(LegalFileRef),
  /** Link to the national legal database (vbpl.vn) or the Government Gazette. */
  nationalDbUrl: z.string().nullable(),
  /** Both directions, outgoing first. */
  relations: z.array(LegalRelation),
  updatedAt: z.string(),
})
export type LegalDocument = z.infer<typeof LegalDocument>

export const Procedure = z.object({
  slug: z.string(),
  /** National procedure code, e.g. `1.001193`. */
  code: z.string(),
  name: z.string(),
  levels: z.array(z.enum(PROCEDURE_LEVELS)),
  field: z.string(),
  procedureType: z.string().nullable(),
  /** Decision that announced the procedure (số quyết định công bố). */
  announcingDecision: z.string().nullable(),
  implementingAgency: z.string(),
  competentAuthority: z.string().nullable(),
  receivingAddress: z.string().nullable(),
  steps: z.array(z.object({ title: z.string().nullable(), text: z.string() })),
  channels: z.array(
    z.object({
      method: z.enum(SUBMISSION_METHODS),
      processingTime: z.string().nullable(),
      fees: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
  dossier: z.array(
    z.object({
      /** Case the item belongs to ("Trường hợp…"), or null when the dossier has one case. */
      case: z.string().nullable(),
      name: z.string(),
      form: LegalFileRef.nullable(),
      originals: z.number().int().nonnegative(),
      copies: z.number().int().nonnegative(),
      note: z.string().nullable(),
    }),
  ),
  applicants: z.array(z.enum(APPLICANT_TYPES)),
  result: z.string().nullable(),
  legalBasis: z.array(
    z.object({
      number: z.string(),
      title: z.string().nullable(),
      issueDate: isoDate.nullable(),
      issuingBody: z.string().nullable(),
      /** The document's slug when the platform holds it. */
      document: z.object({ slug: z.string(), site: z.string() }).nullable(),
    }),
  ),
  requirements: z.string().nullable(),
  onlineLevel: z.enum(ONLINE_SERVICE_LEVELS).nullable(),
  /** Detail page on the National Public Service Portal. */
  nationalPortalUrl: z.string().nullable(),
  /** Where to submit online, when different from the national page. */
  onlineSubmissionUrl: z.string().nullable(),
  updatedAt: z.string(),
})
export type Procedure = z.infer<typeof Procedure>

/** A published comment: no email, no other personal data. */
export const PublicComment = z.object({
  name: z.string(),
  organisation: z.string().nullable(),
  comment: z.string(),
  /** Article of the draft the comment is about, e.g. "Điều 5". */
  article: z.string().nullable(),
  createdAt: z.string(),
})
export type PublicComment = z.infer<typeof PublicComment>

export const Consultation = z.object({
  id: z.union([z.number(), z.string()]),
  slug: z.string(),
  title: z.string(),
  documentType: z.enum(LEGAL_DOCUMENT_TYPES).nullable(),
  draftingUnit: z.string(),
  summary: z.string().nullable(),
  opensAt: z.string(),
  closesAt: z.string(),
  status: z.enum(CONSULTATION_STATUSES),
  contact: z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable() }),
  draftFiles: z.array(LegalFileRef),
  /** Articles ("Điều") of the draft that comments may refer to. */
  articles: z.array(z.object({ ref: z.string(), title: z.string().nullable() })),
  /** Approved comments, oldest first. */
  comments: z.array(PublicComment),
  /** Handling summary (báo cáo tổng hợp, tiếp thu, giải trình), only once the consultation has closed. */
  summaryHtml: z.string().nullable(),
  /** The document finally issued, when the platform holds it. */
  finalDocument: z.object({ slug: z.string(), number: z.string(), site: z.string() }).nullable(),
  /** Root-relative API path the comment form posts to. */
  commentEndpoint: z.string(),
  updatedAt: z.string(),
})
export type Consultation = z.infer<typeof Consultation>

/** Answer to an accepted comment (HTTP 202): it waits for moderation. */
export const CommentReceipt = z.object({
  status: z.literal('pending'),
  receipt: z.string(),
  message: z.string(),
  /** What was accepted and stored, exactly (the email is not repeated). */
  accepted: z.object({ name: z.string(), organisation: z.string().nullable(), article: z.string().nullable(), comment: z.string() }),
})
export type CommentReceipt = z.infer<typeof CommentReceipt>

/**
 * The comment form shown again after a refused form post: the values typed (never stored) and
 * one message per field (`form` for what concerns the whole form).
 */
export type CommentFormState = {
  values: Partial<Record<'name' | 'email' | 'organisation' | 'article' | 'comment', string>>
  errors: Partial<Record<'name' | 'email' | 'organisation' | 'article' | 'comment' | 'form', Label>>
  /**
   * What happened to a post, told on the page the platform answers with (no JavaScript needed):
   * the comment was received (with its receipt), or refused for a reason that concerns the whole
   * form (closed, too many, too large).
   */
  notice?: { tone: 'success' | 'error'; message: Label; receipt?: string } | null
}
