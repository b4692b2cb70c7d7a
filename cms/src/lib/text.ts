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

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/
