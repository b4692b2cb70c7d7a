/** Vietnamese text helpers shared by the CMS. */

/** Strip Vietnamese diacritics, including đ/Đ, which has no Unicode decomposition. */
export function foldDiacritics(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐðÐ]/g, (c) => (c === 'đ' || c === 'ð' ? 'd' : 'D'))
    .normalize('NFC')
}

/** A URL slug from a Vietnamese title: "Chuyển đổi số" → "chuyen-doi-so". */
export function slugify(input: string, maxLength = 80): string {
  const slug = foldDiacritics(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Normalise every string in a JSON-like value to NFC, in place where possible. */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = normalizeStrings(value[i])
    return value
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>
    for (const key of Object.keys(record)) record[key] = normalizeStrings(record[key])
  }
  return value
}
