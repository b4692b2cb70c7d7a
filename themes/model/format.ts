import type { Lang } from './site'

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

/** The calendar day of an instant in Việt Nam (UTC+7 all year), `2026-11-23`. */
export function vnDay(at: Date | string): string {
  const time = typeof at === 'string' ? Date.parse(at) : at.getTime()
  return new Date(time + 7 * 3600_000).toISOString().slice(0, 10)
}

/** A machine-readable value for `<time datetime>` and `<lastmod>`. */
export function isoDateTime(iso: string): string {
  return new Date(iso).toISOString()
}

/** RFC 822 date, as RSS 2.0 requires. */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString()
}

/** "24/06/2022" from a calendar date `2022-06-24` (no time zone involved). */
export function formatVnDate(isoDay: string): string {
  const [y, m, d] = isoDay.split('-')
  return `${d}/${m}/${y}`
}

/** "1,2 MB", "350 KB": file sizes as Vietnamese readers write them. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const shown = value >= 10 ? Math.round(value).toString() : value.toFixed(1).replace('.', ',')
  return `${shown} ${units[unit]}`
}
