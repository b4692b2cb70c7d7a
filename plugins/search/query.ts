/**
 * The query string of `GET /api/public/search` and of the portal page `/tim-kiem/`, checked
 * against the port's `SearchParamsSchema`, with one message in Vietnamese and English per bad
 * parameter. Pure; the HTTP layer maps a refusal to 400.
 *
 * A plain GET form sends every field, empty ones included (`year=&status=`): empty values mean
 * "no filter". A repeated scalar parameter (`q=a&q=b`) is refused rather than guessed.
 */
import type { Bilingual } from '../../cms/src/contracts/dialogue'
import { LEGAL_DOCUMENT_TYPES } from '../../cms/src/contracts/legal'
import { SLUG_PATTERN } from '../../cms/src/lib/text'
import { type ParsedSearchParams, SearchParamsSchema } from './port'

export const MAX_QUERY_LENGTH = 500

const SCALARS = ['q', 'site', 'scope', 'field', 'issuer', 'year', 'status', 'doctype', 'page', 'perPage', 'sort'] as const
const LISTS = ['type', 'sites'] as const
/** At most this many portals named in `sites`. */
export const MAX_SITES = 20

const MESSAGES: Record<string, Bilingual> = {
  q: { vi: `Từ khóa quá dài: tối đa ${MAX_QUERY_LENGTH} ký tự.`, en: `The query (q) is too long: at most ${MAX_QUERY_LENGTH} characters.` },
  site: { vi: 'Tham số site phải là tên định danh của một cổng (chữ thường, số, dấu gạch ngang).', en: 'site must be the slug of a portal (lowercase letters, digits, hyphens).' },
  scope: { vi: 'Phạm vi (scope) phải là "site" (cổng này) hoặc "all" (tất cả các cổng).', en: 'scope must be "site" (this portal) or "all" (every portal).' },
  field: { vi: 'Lĩnh vực (field) quá dài: tối đa 200 ký tự.', en: 'field is too long: at most 200 characters.' },
  issuer: { vi: 'Cơ quan ban hành (issuer) quá dài: tối đa 200 ký tự.', en: 'issuer is too long: at most 200 characters.' },
  status: { vi: 'Tình trạng hiệu lực (status) quá dài: tối đa 100 ký tự.', en: 'status is too long: at most 100 characters.' },
  sites: { vi: `Danh sách cổng (sites) gồm tối đa ${MAX_SITES} tên định danh cổng (chữ thường, số, dấu gạch ngang).`, en: `sites lists at most ${MAX_SITES} portal slugs (lowercase letters, digits, hyphens).` },
  doctype: { vi: 'Loại văn bản (doctype) không hợp lệ: dùng mã loại như "nghi-dinh", "thong-tu".', en: 'doctype is not valid: use a document type code such as "nghi-dinh" or "thong-tu".' },
  year: { vi: 'Năm (year) phải là số có 4 chữ số, từ 1900 đến 2100.', en: 'year must be a four-digit year between 1900 and 2100.' },
  page: { vi: 'Trang (page) phải là số nguyên từ 1 đến 1000.', en: 'page must be a whole number from 1 to 1000.' },
  perPage: { vi: 'Số kết quả mỗi trang (perPage) phải là số nguyên từ 1 đến 50.', en: 'perPage must be a whole number from 1 to 50.' },
  sort: { vi: 'Cách sắp xếp (sort) phải là "relevance" (phù hợp nhất) hoặc "newest" (mới nhất).', en: 'sort must be "relevance" or "newest".' },
}

const repeated = (name: string): Bilingual => ({ vi: `Tham số ${name} chỉ được có một giá trị.`, en: `${name} may be given only once.` })

export type QueryCheck = { ok: true; params: ParsedSearchParams } | { ok: false; errors: Record<string, Bilingual> }

const LIMITS: Partial<Record<(typeof SCALARS)[number], number>> = { field: 200, issuer: 200, status: 100, doctype: 60, site: 63 }

const typeMessage = (types: readonly string[]): Bilingual => ({ vi: `Loại nội dung (type) phải là một trong: ${types.join(', ')}.`, en: `type must be one of: ${types.join(', ')}.` })

/** `types`: the index types of the searchable collections (`custom.cong.search.type`). */
export function parseSearchQuery(raw: Record<string, unknown>, types: readonly string[]): QueryCheck {
  const errors: Record<string, Bilingual> = {}
  const input: Record<string, unknown> = {}
  for (const name of SCALARS) {
    const value = raw[name]
    if (value === undefined) continue
    if (typeof value !== 'string') {
      errors[name] = repeated(name)
      continue
    }
    const text = value.normalize('NFC').trim()
    if (text === '') continue
    const limit = LIMITS[name]
    if (limit && text.length > limit) errors[name] = MESSAGES[name]!
    else input[name] = text
  }
  for (const name of LISTS) {
    const value = raw[name]
    if (value === undefined) continue
    const values = (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [null]))
    if (values.some((v) => v === null)) {
      errors[name] = MESSAGES[name]!
      continue
    }
    const list = (values as string[]).map((v) => v.trim()).filter(Boolean)
    if (list.length) input[name] = list.length === 1 ? list[0] : list
  }
  if (typeof input.q === 'string' && input.q.length > MAX_QUERY_LENGTH) errors.q = MESSAGES.q!
  if (typeof input.site === 'string' && !SLUG_PATTERN.test(input.site)) errors.site = MESSAGES.site!
  if (input.sites !== undefined) {
    const list = Array.isArray(input.sites) ? (input.sites as string[]) : [input.sites as string]
    if (list.length > MAX_SITES || list.some((s) => !SLUG_PATTERN.test(s))) errors.sites = MESSAGES.sites!
  }
  if (input.type !== undefined) {
    const list = Array.isArray(input.type) ? (input.type as string[]) : [input.type as string]
    if (list.some((t) => !types.includes(t))) errors.type = typeMessage(types)
  }
  if (typeof input.year === 'string' && !/^(19|20)\d\d$|^2100$/.test(input.year)) errors.year = MESSAGES.year!
  if (typeof input.doctype === 'string' && !(LEGAL_DOCUMENT_TYPES as readonly string[]).includes(input.doctype)) errors.doctype = MESSAGES.doctype!
  for (const name of ['page', 'perPage'] as const) {
    if (typeof input[name] === 'string' && !/^\d{1,4}$/.test(input[name] as string)) errors[name] = MESSAGES[name]!
  }
  // The schema checks the rest (scope, type, sort, ranges), so every bad parameter is named at once.
  for (const name of Object.keys(errors)) delete input[name]
  const parsed = SearchParamsSchema.safeParse(input)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? 'q')
      errors[name] ??= (name === 'type' ? typeMessage(types) : MESSAGES[name]) ?? { vi: `Tham số ${name} không hợp lệ.`, en: `${name} is not valid.` }
    }
  }
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors }
  return { ok: true, params: parsed.data }
}

/** Whether a search asks for anything: a query or at least one filter. */
export const asksForSomething = (p: ParsedSearchParams): boolean =>
  p.q.trim() !== '' || p.type !== undefined || p.field !== undefined || p.issuer !== undefined || p.year !== undefined || p.status !== undefined || p.doctype !== undefined
