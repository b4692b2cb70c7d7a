import type { Lang } from './model'

// Portals report in Vietnam's time zone regardless of where the build runs.
const TIME_ZONE = 'Asia/Ho_Chi_Minh'

const formatters: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }),
}

/** "23/11/2026" in Vietnamese, "23 November 2026" in English. */
export function formatDate(iso: string, lang: Lang = 'vi'): string {
  return formatters[lang].format(new Date(iso))
}

/** A machine-readable value for `<time datetime>` and `<lastmod>`. */
export function isoDateTime(iso: string): string {
  return new Date(iso).toISOString()
}

/** RFC 822 date, as RSS 2.0 requires. */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString()
}
