/**
 * Checks on what REST and GraphQL clients ask of Payload's collections before a query reaches
 * the database: a document id must look like one (a number on SQLite, an ObjectId on MongoDB),
 * and every `where` condition on a known field must carry values of that field's type (a date
 * for a date, a number for a number, an id for a relationship; `near` only on a point field).
 * Payload passes such values to the database as they come, which answered a 500; here they are
 * a 400 (or a 404 for an id) with a message in Vietnamese and English. Paths Payload does not
 * know are left to Payload, which refuses them with its own 400 (QueryError). The Local API
 * (the platform's own code) is not checked.
 */
import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, type FlattenedField, NotFound } from 'payload'

export type IdKind = 'number' | 'objectid' | 'text'

const OPERATORS = new Set([
  'equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'greater_than_equal', 'less_than',
  'less_than_equal', 'like', 'not_like', 'contains', 'near', 'within', 'intersects',
])
const GEO = new Set(['near', 'within', 'intersects'])
const LISTS = new Set(['in', 'not_in', 'all'])
/** Deeper than this is not a query a person writes. */
const MAX_DEPTH = 8
const MAX_CONDITIONS = 100

export class QueryProblem extends APIError {
  constructor(vi: string, en: string) {
    super(`${vi} / ${en}`, 400, { vi, en }, true)
    this.name = 'QueryProblem'
  }
}

export function idLooksRight(id: unknown, kind: IdKind): boolean {
  if (typeof id === 'number') return kind === 'number' && Number.isSafeInteger(id) && id > 0
  if (typeof id !== 'string') return false
  if (kind === 'number') return /^\d{1,15}$/.test(id) && Number(id) > 0
  if (kind === 'objectid') return /^[0-9a-f]{24}$/i.test(id)
  return id.length > 0 && id.length <= 200
}

type Kind = 'id' | 'date' | 'number' | 'boolean' | 'point' | 'text' | 'other'

function kindOf(field: FlattenedField): Kind {
  switch (field.type) {
    case 'date':
      return 'date'
    case 'number':
      return 'number'
    case 'checkbox':
      return 'boolean'
    case 'point':
      return 'point'
    case 'relationship':
    case 'upload':
      return Array.isArray(field.relationTo) ? 'other' : 'id'
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio':
      return 'text'
    default:
      return 'other'
  }
}

const BUILT_IN: Record<string, Kind> = { id: 'id', createdAt: 'date', updatedAt: 'date', _status: 'text', parent: 'id', latest: 'boolean', autosave: 'boolean' }

/** The kind of a dotted path (`asker.name`, `version.publishedAt`), or null when unknown or relational. */
function resolve(path: string, fields: readonly FlattenedField[]): Kind | null {
  const parts = path.split('.')
  if (parts[0] === 'version' && parts.length > 1) parts.shift()
  if (parts.length === 1 && BUILT_IN[parts[0]!]) return BUILT_IN[parts[0]!]!
  let current: readonly FlattenedField[] = fields
  for (let i = 0; i < parts.length; i++) {
    const field = current.find((f) => 'name' in f && f.name === parts[i])
    if (!field) return null
    const last = i === parts.length - 1
    if (last) return kindOf(field)
    if ((field.type === 'group' || field.type === 'array' || field.type === 'tab') && 'flattenedFields' in field) {
      current = field.flattenedFields
      continue
    }
    return null
  }
  return null
}

const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null

function valueFits(kind: Kind, value: unknown, idKind: IdKind): boolean {
  if (value === null || value === '') return true
  if (!isScalar(value)) return false
  switch (kind) {
    case 'id':
      return idLooksRight(typeof value === 'string' ? value.trim() : value, idKind) || (idKind === 'text' && typeof value === 'string')
    case 'date':
      return !Number.isNaN(Date.parse(String(value)))
    case 'number':
      return String(value).trim() !== '' && Number.isFinite(Number(value))
    case 'boolean':
      return ['true', 'false', '1', '0'].includes(String(value))
    default:
      return true
  }
}

function check(where: unknown, fields: readonly FlattenedField[], idKind: IdKind, depth: number, count: { n: number }): void {
  if (where === undefined || where === null) return
  if (typeof where !== 'object' || Array.isArray(where)) throw new QueryProblem('Điều kiện lọc (where) không hợp lệ.', 'The where filter is not valid.')
  if (depth > MAX_DEPTH) throw new QueryProblem('Điều kiện lọc lồng nhau quá sâu.', 'The where filter is nested too deeply.')
  for (const [path, condition] of Object.entries(where as Record<string, unknown>)) {
    if (path === 'and' || path === 'or') {
      const list = Array.isArray(condition) ? condition : condition && typeof condition === 'object' ? Object.values(condition) : null
      if (!list) throw new QueryProblem(`"${path}" phải là một danh sách điều kiện.`, `"${path}" must be a list of conditions.`)
      for (const inner of list) check(inner, fields, idKind, depth + 1, count)
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
      throw new QueryProblem(`Điều kiện lọc của "${path}" không hợp lệ.`, `The condition on "${path}" is not valid.`)
    }
    const kind = resolve(path, fields)
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      if (++count.n > MAX_CONDITIONS) throw new QueryProblem('Quá nhiều điều kiện lọc.', 'Too many where conditions.')
      if (!OPERATORS.has(operator)) throw new QueryProblem(`Phép so sánh "${operator}" không được hỗ trợ.`, `The operator "${operator}" is not supported.`)
      if (kind === null) continue
      if (GEO.has(operator)) {
        if (kind !== 'point') throw new QueryProblem(`"${operator}" chỉ dùng cho trường tọa độ.`, `"${operator}" applies to point fields only.`)
        continue
      }
      if (operator === 'exists') {
        if (!valueFits('boolean', value, idKind)) throw new QueryProblem(`"exists" cần true hoặc false (${path}).`, `"exists" takes true or false (${path}).`)
        continue
      }
      if (operator === 'like' || operator === 'not_like' || operator === 'contains') {
        if (!isScalar(value)) throw new QueryProblem(`Giá trị lọc của "${path}" không hợp lệ.`, `The filter value of "${path}" is not valid.`)
        continue
      }
      const values = LISTS.has(operator) ? (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]) : [value]
      if (values.length > 500) throw new QueryProblem('Danh sách giá trị lọc quá dài.', 'The list of filter values is too long.')
      for (const v of values) {
        if (!valueFits(kind, v, idKind)) {
          throw new QueryProblem(`Giá trị lọc của "${path}" không đúng kiểu (${kindLabel(kind).vi}).`, `The filter value of "${path}" is not ${kindLabel(kind).en}.`)
        }
      }
    }
  }
}

function kindLabel(kind: Kind): { vi: string; en: string } {
  switch (kind) {
    case 'id':
      return { vi: 'mã số tài liệu', en: 'a document id' }
    case 'date':
      return { vi: 'ngày giờ', en: 'a date' }
    case 'number':
      return { vi: 'số', en: 'a number' }
    case 'boolean':
      return { vi: 'true/false', en: 'true or false' }
    default:
      return { vi: 'hợp lệ', en: 'valid' }
  }
}

/** Throws a 400 for a `where` whose values do not fit the collection's fields. */
export function checkWhere(where: unknown, fields: readonly FlattenedField[], idKind: IdKind): void {
  check(where, fields, idKind, 0, { n: 0 })
}

const checkQuery: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payloadAPI === 'local') return args
  const idKind: IdKind = req.payload.db.defaultIDType === 'number' ? 'number' : req.payload.db.name === 'mongoose' ? 'objectid' : 'text'
  const a = args as { id?: unknown; where?: unknown }
  if (a.id !== undefined && a.id !== null && !idLooksRight(a.id, idKind)) throw new NotFound(req.t)
  if (a.where !== undefined) checkWhere(a.where, collection.flattenedFields ?? [], idKind)
  return args
}

/** Adds the checks to a collection (runs first among its beforeOperation hooks). */
export function withQueryChecks(collection: CollectionConfig): CollectionConfig {
  return { ...collection, hooks: { ...collection.hooks, beforeOperation: [checkQuery, ...(collection.hooks?.beforeOperation ?? [])] } }
}
