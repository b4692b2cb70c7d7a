/**
 * Calendar dates of legal documents. Validity changes at midnight in Việt Nam (UTC+7, no daylight
 * saving), whatever the time zone of the server. Dates are stored as Payload `date` fields at 12:00
 * UTC, which is what the admin's day picker writes, so the stored instant falls on the same day in
 * Việt Nam and in UTC.
 */
const VN_OFFSET_MS = 7 * 3_600_000

/** `YYYY-MM-DD` in Việt Nam of an instant (ISO string or Date); null for nothing or garbage. */
export function vnDate(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const time = typeof value === 'string' ? Date.parse(value) : value.getTime()
  if (Number.isNaN(time)) return null
  return new Date(time + VN_OFFSET_MS).toISOString().slice(0, 10)
}

/** Today in Việt Nam. */
export function vnToday(now: Date = new Date()): string {
  return vnDate(now)!
}

/** The stored form of a calendar date (`2022-08-15` → `2022-08-15T12:00:00.000Z`). */
export function storedDate(date: string): string {
  return `${date}T12:00:00.000Z`
}

/** `2022-08-15` → `15/08/2022`, the way Vietnamese documents write dates. */
export function viDate(date: string): string {
  const [y, m, d] = date.split('-')
  return `${d}/${m}/${y}`
}

/** A real calendar date in `YYYY-MM-DD` form (refuses 2023-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const d = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value
}
