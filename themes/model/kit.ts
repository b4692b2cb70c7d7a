/**
 * Everything a theme may use from the portal project, in one place: the content types, the URL
 * scheme, formatting and UI strings. Themes import from here (the view models in `model/` and the
 * contract), never from `sites/`: the planner in `sites/` depends on the themes, not the reverse.
 */
export type {
  Article,
  Block,
  Category,
  ImageRef,
  Lang,
  NavItem,
  Page,
  SiteInfo,
} from './site'
export type { ListPage, PageLink } from './paginate'
export type { DialogueTeaser } from './dialogue'
export { formatDateTime, formatTimeRange } from './dialogue'
export type { Bilingual, DialogueSession, FormState, Guest, PublicQuestion, ReceiptLookup, SessionState } from '../../cms/src/contracts/dialogue'
export { dialoguePath, DIALOGUE_PATH, QA_PATH, QUESTION_LIMITS, QUESTION_STATE_LABELS, RECEIPT_PATH, SESSION_STATE_LABELS, SUBMIT_PATH } from '../../cms/src/contracts/dialogue'
export { SEARCH_PAGE_PATH, SEARCH_TYPE_LABELS } from '../../cms/src/contracts/search'
export type { SearchPageData } from '../../cms/src/contracts/search'
export type { ConsultationPage, ConsultationRow, LegalDocumentPage, LegalFilterOptions, LegalRelationLink, LegalRow, ProcedurePage, ProcedureRow } from './legal'
export {
  closedConsultationsPath,
  consultationPath,
  CONSULTATIONS_PATH,
  LEGAL_PATH,
  legalTypePath,
  legalValidityPath,
  procedureLevelPath,
  PROCEDURES_PATH,
  SEARCH_PATH,
} from './legal'
export { formatFileSize, formatVnDate } from './format'
export type { CommentErrorCode, CommentFormState, LegalDocumentType, LegalFileRef, ProcedureLevel, ValidityStatus } from '../../cms/src/contracts/legal'
export {
  APPLICANT_TYPE_LABELS,
  COMMENT_ERROR_MESSAGES,
  COMMENT_HONEYPOT_FIELD,
  COMMENT_LIMITS,
  CONSULTATION_STATUS_LABELS,
  LEGAL_DOCUMENT_TYPE_LABELS,
  ONLINE_SERVICE_LEVEL_LABELS,
  PROCEDURE_LEVEL_LABELS,
  RELATION_KINDS,
  SIGNING_CAPACITIES,
  SUBMISSION_METHOD_LABELS,
  VALIDITY_STATUS_LABELS,
} from '../../cms/src/contracts/legal'
export type { LanguageSwitch, UiStrings } from './i18n'
export { pageLinks } from './paginate'
export { languageSwitch, parentName, siteText, ui } from './i18n'
export { formatDate, isoDateTime, vnDay } from './format'
export { brandColor, brandLinkColor } from './brand'
export { MANDATORY_SECTIONS, sectionByKey } from '../../cms/src/contracts/sections'
export {
  absoluteUrl,
  articlePath,
  categoryPath,
  feedbackHref,
  feedPath,
  homePath,
  isExternal,
  listPath,
  mediaUrl,
  newsPath,
  pagePath,
  statementPath,
  telHref,
} from './urls'
export type { StatementFindings, StatementRule } from './statement'
export type { ReviewDates } from '../../cms/src/contracts/portal'
export type { FooterLink } from './navigation'
export { directoryLinks, mandatorySectionLinks } from './navigation'
export type { PortalSection, PortalSectionKey } from './site'
export { EMAIL_EXAMPLE, EMAIL_HINT, NAME_HINT } from '../../cms/src/contracts/citizen'

export { FREQUENCY_LABELS, SUBSCRIBE_ENDPOINT, SUBSCRIBE_LIMITS, SUBSCRIBE_PATH } from '../../cms/src/contracts/alerts'
export type { ChangeNote, SubscribeFormState } from '../../cms/src/contracts/alerts'
