/**
 * Review dates are calendar days in Việt Nam (UTC+7 all year): stored as the instant the day
 * starts there, compared as `YYYY-MM-DD` strings, so a reminder "7 days before" means seven
 * Vietnamese calendar days whatever the server's time zone.
 */
import { vnDay } from '../../themes/model/format'

const VN_OFFSET_MS = 7 * 3600_000

/** The Vietnamese calendar day of an instant, `YYYY-MM-DD` (the themes' own, re-exported). */
export { vnDay }

/** The instant a Vietnamese calendar day starts, as stored (ISO, UTC). */
export function dayStart(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS).toISOString()
}

/** `day` plus `months` calendar months, the day of month clamped (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = index % 12
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10)
}

/** `day` plus `days` days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** `dd/mm/yyyy`, as Vietnamese texts write dates. */
export function vnDate(day: string): string {
  const [y, m, d] = day.split('-')
  return `${d}/${m}/${y}`
}

/** A valid `YYYY-MM-DD` (or an ISO instant, read as its Vietnamese day), else null. */
export function parseDay(value: unknown): string | null {
  if (typeof value !== 'string') return null
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const time = Date.parse(`${value}T00:00:00Z`)
    return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? null : value
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))) return vnDay(value)
  return null
}
