import type { Lang, SiteInfo } from './site'
import { homePath } from './urls'

export interface UiStrings {
  skipLink: string
  mainNav: string
  footerNav: string
  breadcrumb: string
  home: string
  news: string
  latestNews: string
  allNews: string
  categories: string
  category: string
  pages: string
  noNews: string
  noPages: string
  pagination: string
  previous: string
  next: string
  page: (n: number) => string
  pageOf: (n: number, total: number) => string
  published: string
  updated: string
  author: string
  sourcePrefix: string
  related: string
  printHint: string
  /** The same hint on a legal document's page. */
  printHintDocument: string
  printArticle: string
  saveArticle: string
  articleFeedback: string
  /** Subject of the feedback e-mail about an article. */
  feedbackSubject: (title: string) => string
  displayOptions: string
  textSmaller: string
  textDefault: string
  textLarger: string
  highContrast: string
  legalSections: string
  englishSections: string
  /** Heading of the footer's list of every section the portal holds. */
  portalSections: string
  otherPages: string
  parentPortal: string
  subordinateNews: string
  sharedFrom: string
  owningAgency: string
  responsiblePerson: string
  address: string
  phone: string
  fax: string
  email: string
  feedback: string
  rss: string
  /** The footer's link to the accessibility statement. */
  accessibilityStatement: string
  /** "Rà soát lần cuối" / "lần tới" on pages with review dates. */
  lastReviewed: string
  nextReview: string
  reuseNotice: (name: string) => string
  notFoundTitle: string
  notFoundBody: string
  otherLanguage: { lang: Lang; label: string }
}

const vi: UiStrings = {
  skipLink: 'Bỏ qua đến nội dung chính',
  mainNav: 'Menu chính',
  footerNav: 'Liên kết chân trang',
  breadcrumb: 'Đường dẫn',
  home: 'Trang chủ',
  news: 'Tin tức',
  latestNews: 'Tin mới nhất',
  allNews: 'Xem tất cả tin tức',
  categories: 'Chuyên mục',
  category: 'Chuyên mục',
  pages: 'Thông tin chung',
  noNews: 'Chưa có tin bài.',
  noPages: 'Chưa có trang thông tin.',
  pagination: 'Phân trang',
  previous: 'Trang trước',
  next: 'Trang sau',
  page: (n) => `Trang ${n}`,
  pageOf: (n, total) => `Trang ${n}/${total}`,
  published: 'Ngày đăng',
  updated: 'Cập nhật',
  author: 'Tác giả',
  sourcePrefix: 'Theo',
  related: 'Tin liên quan',
  printHint:
    'Bài viết đã được định dạng sẵn để in. Để in hoặc lưu, dùng lệnh In của trình duyệt (Ctrl + P; trên điện thoại: Chia sẻ › In) và chọn máy in “Lưu dưới dạng PDF” để lưu bài.',
  printHintDocument:
    'Văn bản đã được định dạng sẵn để in. Để in hoặc lưu, dùng lệnh In của trình duyệt (Ctrl + P; trên điện thoại: Chia sẻ › In) và chọn máy in “Lưu dưới dạng PDF” để lưu văn bản.',
  printArticle: 'In bài viết',
  saveArticle: 'Lưu bài viết (PDF)',
  articleFeedback: 'Góp ý về bài viết',
  feedbackSubject: (title) => `Góp ý: ${title}`,
  displayOptions: 'Tùy chọn hiển thị',
  textSmaller: 'giảm cỡ chữ',
  textDefault: 'cỡ chữ mặc định',
  textLarger: 'tăng cỡ chữ',
  highContrast: 'Tương phản cao',
  legalSections: 'Thông tin theo quy định',
  englishSections: 'Thông tin tiếng Anh',
  portalSections: 'Chuyên mục của cổng',
  otherPages: 'Thông tin khác',
  parentPortal: 'Cổng thông tin cấp trên',
  subordinateNews: 'Tin từ các đơn vị trực thuộc',
  sharedFrom: 'Bài đăng từ',
  owningAgency: 'Cơ quan chủ quản',
  responsiblePerson: 'Người chịu trách nhiệm',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  fax: 'Fax',
  email: 'Email',
  feedback: 'Góp ý',
  rss: 'Tin RSS',
  accessibilityStatement: 'Tuyên bố về khả năng tiếp cận',
  lastReviewed: 'Rà soát lần cuối',
  nextReview: 'Rà soát lần tới',
  reuseNotice: (name) => `Ghi rõ nguồn “${name}” khi phát hành lại thông tin từ cổng này.`,
  notFoundTitle: 'Không tìm thấy trang',
  notFoundBody: 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Mời bạn quay về trang chủ hoặc xem tin tức mới nhất.',
  otherLanguage: { lang: 'en', label: 'English' },
}

const en: UiStrings = {
  skipLink: 'Skip to main content',
  mainNav: 'Main menu',
  footerNav: 'Footer links',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  news: 'News',
  latestNews: 'Latest news',
  allNews: 'All news',
  categories: 'Categories',
  category: 'Category',
  pages: 'About',
  noNews: 'No news yet.',
  noPages: 'No pages yet.',
  pagination: 'Pagination',
  previous: 'Previous page',
  next: 'Next page',
  page: (n) => `Page ${n}`,
  pageOf: (n, total) => `Page ${n} of ${total}`,
  published: 'Published',
  updated: 'Updated',
  author: 'Author',
  sourcePrefix: 'Source:',
  related: 'Related news',
  printHint:
    'This page is formatted for printing. To print or save it, use your browser’s Print command (Ctrl + P) and choose “Save as PDF” to save it.',
  printHintDocument:
    'This document is formatted for printing. To print or save it, use your browser’s Print command (Ctrl + P) and choose “Save as PDF” to save it.',
  printArticle: 'Print this page',
  saveArticle: 'Save as PDF',
  articleFeedback: 'Feedback on this page',
  feedbackSubject: (title) => `Feedback: ${title}`,
  displayOptions: 'Display options',
  textSmaller: 'smaller text',
  textDefault: 'default text size',
  textLarger: 'larger text',
  highContrast: 'High contrast',
  legalSections: 'Required information',
  englishSections: 'About us and contacts',
  portalSections: 'Services on this portal',
  otherPages: 'More information',
  parentPortal: 'Parent portal',
  subordinateNews: 'News from subordinate units',
  sharedFrom: 'Published by',
  owningAgency: 'Governing agency',
  responsiblePerson: 'Person in charge',
  address: 'Address',
  phone: 'Phone',
  fax: 'Fax',
  email: 'Email',
  feedback: 'Feedback',
  rss: 'RSS feed',
  accessibilityStatement: 'Accessibility statement',
  lastReviewed: 'Page last reviewed',
  nextReview: 'Next review due',
  reuseNotice: (name) => `Please cite “${name}” when republishing information from this portal.`,
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you are looking for does not exist or has moved.',
  otherLanguage: { lang: 'vi', label: 'Tiếng Việt' },
}

const strings: Record<Lang, UiStrings> = { vi, en }

export function ui(lang: Lang): UiStrings {
  return strings[lang]
}

/** The portal's own texts in a language, falling back to Vietnamese when no English was written. */
export function siteText(site: SiteInfo, lang: Lang): NonNullable<SiteInfo['en']> {
  return lang === 'en' && site.en ? site.en : site.vi
}

export interface LanguageSwitch {
  href: string
  lang: Lang
  label: string
}

/**
 * Where "English" / "Tiếng Việt" leads: the translation of the current page when there is one,
 * otherwise the other language's home, if the portal has it.
 */
export function languageSwitch(
  site: SiteInfo,
  lang: Lang,
  alternates: Partial<Record<Lang, string>> = {},
): LanguageSwitch | undefined {
  const other = ui(lang).otherLanguage
  const href = alternates[other.lang] ?? (other.lang === 'vi' || site.en ? homePath(other.lang) : undefined)
  return href ? { href, ...other } : undefined
}

/**
 * The name of the portal above this one in a language: its English name on English pages when it
 * has one; otherwise its Vietnamese name, with `lang: 'vi'` to mark it on an English page.
 */
export function parentName(site: SiteInfo, lang: Lang): { name: string; lang: Lang | undefined } | null {
  const parent = site.parent
  if (!parent) return null
  if (lang === 'en' && parent.nameEn) return { name: parent.nameEn, lang: undefined }
  return { name: parent.name, lang: lang === 'vi' ? undefined : 'vi' }
}
