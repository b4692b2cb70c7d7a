import type { Lang } from './site'

/**
 * The URL scheme of one portal. Every path is root-relative because each portal folder is served
 * as the web root of its own host; the site slug never appears in a link.
 */
export const homePath = (lang: Lang = 'vi'): string => (lang === 'en' ? '/en/' : '/')

export const newsPath = (page = 1): string => listPath('/tin-tuc/', page)

export const articlePath = (slug: string): string => `/tin-tuc/${slug}/`

export const categoryPath = (slug: string, page = 1): string => listPath(`/chuyen-muc/${slug}/`, page)

export const pagePath = (slug: string, lang: Lang = 'vi'): string =>
  lang === 'en' ? `/en/${slug}/` : `/${slug}/`

export const feedPath = '/rss.xml'
export const sitemapPath = '/sitemap.xml'

/** Page 1 of a list is the list itself; later pages live under `trang/<n>/`. */
export function listPath(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang/${page}/`
}

export function absoluteUrl(baseUrl: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path
  return `${baseUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`
}

/** Media URLs in the snapshot are relative to the portal root; make them root-relative. */
export function mediaUrl(url: string): string {
  if (/^([a-z][a-z0-9+.-]*:|\/)/i.test(url)) return url
  return `/${url}`
}

export function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')
}

export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`
}

/**
 * Where a "feedback" link leads: the portal's own feedback address when it has one, otherwise an
 * e-mail to its contact address; `subject` names what the feedback is about (an article title).
 */
export function feedbackHref(
  contact: { email: string | null; feedbackUrl?: string | null },
  subject: string,
): string | undefined {
  const url = contact.feedbackUrl
  if (url && /^https?:\/\//i.test(url)) return url
  if (url && /^mailto:/i.test(url)) return url.includes('?') ? url : `${url}?subject=${encodeURIComponent(subject)}`
  return contact.email ? `mailto:${contact.email}?subject=${encodeURIComponent(subject)}` : undefined
}

/** The portal's accessibility statement (issue 18), linked from every page's footer. */
export const statementPath = (lang: Lang = 'vi'): string => (lang === 'en' ? '/en/accessibility-statement/' : '/tuyen-bo-tiep-can/')
