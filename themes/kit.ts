/**
 * Everything a theme may use from the portal project, in one place: the content types, the URL
 * scheme, formatting and UI strings. Themes import from here rather than reaching into `sites/`,
 * so the seam between "what to show" and "how it looks" stays visible.
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
} from '../sites/src/lib/model'
export type { ListPage, PageLink } from '../sites/src/lib/paginate'
export type { DialogueTeaser } from '../sites/src/lib/dialogue'
export { formatDateTime, formatTimeRange } from '../sites/src/lib/dialogue'
export type { Bilingual, DialogueSession, FormState, Guest, PublicQuestion, ReceiptLookup, SessionState } from '../cms/src/contracts/dialogue'
export { dialoguePath, DIALOGUE_PATH, QA_PATH, QUESTION_LIMITS, QUESTION_STATE_LABELS, RECEIPT_PATH, SESSION_STATE_LABELS, SUBMIT_PATH } from '../cms/src/contracts/dialogue'
export { SEARCH_PAGE_PATH, SEARCH_TYPE_LABELS } from '../cms/src/contracts/search'
export type { SearchPageData } from '../cms/src/contracts/search'
export type { LanguageSwitch, UiStrings } from '../sites/src/lib/i18n'
export { pageLinks } from '../sites/src/lib/paginate'
export { languageSwitch, siteText, ui } from '../sites/src/lib/i18n'
export { formatDate, isoDateTime } from '../sites/src/lib/format'
export { brandColor, brandLinkColor } from '../sites/src/lib/brand'
export { MANDATORY_SECTIONS, sectionByKey } from '../cms/src/contracts/sections'
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
  telHref,
} from '../sites/src/lib/urls'
