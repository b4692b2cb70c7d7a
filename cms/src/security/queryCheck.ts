/**
 * Checks on what REST and GraphQL clients ask of Payload's collections before a query reaches
 * the database: a document id must look like one (a number on SQLite, an ObjectId on MongoDB),
 * also the id a duplicate is made from; the data of a create or update must be an object; and
 * every `where` condition on a known field must carry values of that field's type (a date for a
 * date, a number for a number, an id for a relationship; `near` only on a point field; a
 * relationship to several collections only as `{ relationTo, value }`; `all` only where the
 * database has it). Payload passes such values to the database as they come, which answered a
 * 500; here they are a 400 (or a 404 for an id) with a message in Vietnamese and English. Paths
 * Payload does not know are left to Payload, which refuses them with its own 400 (QueryError).
 * The Local API (the platform's own code) is not checked. Every collection gets the check, also
 * those Payload adds itself (preferences, locked documents, jobs): see `checkEveryCollection`.
 */
import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, type FlattenedField, type Payload } from 'payload'

import { idKindOf, type IdKind, idLooksRight, InvalidId } from '../lib/ids'

export { idLooksRight, type IdKind } from '../lib/ids'

const OPERATORS = new Set([
  'equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'greater_than_equal', 'less_than',
  'less_than_equal', 'like', 'not_like', 'contains', 'near', 'within', 'intersects',
])
const GEO = new Set(['near', 'within', 'intersects'])
const LISTS = new Set(['in', 'not_in', 'all'])
/**
 * What both SQL adapters answer alike on a path inside a JSON field. Not the patterns: PostgreSQL
 * reads a `like` value there as a regular expression (`+` alone was a 500), SQLite as LIKE.
 */
const JSON_PATH_OPERATORS = new Set(['equals', 'not_equals', 'exists'])
/** A key of a JSON object; not a list position (`headers.0`, a 500 on PostgreSQL). */
const JSON_KEY = /^[A-Za-z_][\w-]*$/
/** Deeper than this is not a query a person writes. */
const MAX_DEPTH = 8
const MAX_CONDITIONS = 100

export class QueryProblem extends APIError {
  constructor(vi: string, en: string) {
    super(`${vi} / ${en}`, 400, { vi, en }, true)
    this.name = 'QueryProblem'
  }
}

type Kind = 'id' | 'date' | 'number' | 'boolean' | 'point' | 'text' | 'option' | 'polymorphic' | 'blocks' | 'document' | 'jsonPath' | 'richTextPath' | 'other'
/** A path's kind and, for a relationship to several collections, the collections it may point at. */
type Resolved = { kind: Kind; relationTo?: readonly string[]; options?: readonly string[]; keys?: readonly string[] }

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
    case 'blocks':
      return 'blocks'
    // A JSON or rich text value as a whole: a document of its own, not a column to compare.
    case 'json':
    case 'richText':
      return 'document'
    case 'relationship':
    case 'upload':
      return Array.isArray(field.relationTo) ? 'polymorphic' : 'id'
    case 'select':
    case 'radio':
      return 'option'
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return 'text'
    default:
      return 'other'
  }
}

const BUILT_IN: Record<string, Resolved> = {
  id: { kind: 'id' },
  createdAt: { kind: 'date' },
  updatedAt: { kind: 'date' },
  _status: { kind: 'option', options: ['draft', 'published'] },
  parent: { kind: 'id' },
  latest: { kind: 'boolean' },
  autosave: { kind: 'boolean' },
}

/** The kind of a dotted path (`asker.name`, `version.publishedAt`, `user.value`), or null when unknown or across a relationship. */
function resolve(path: string, fields: readonly FlattenedField[]): Resolved | null {
  const parts = path.split('.')
  if (parts[0] === 'version' && parts.length > 1) parts.shift()
  if (parts.length === 1 && BUILT_IN[parts[0]!]) return BUILT_IN[parts[0]!]!
  let current: readonly FlattenedField[] = fields
  for (let i = 0; i < parts.length; i++) {
    const field = current.find((f) => 'name' in f && f.name === parts[i])
    if (!field) return null
    const last = i === parts.length - 1
    if (last) {
      if (field.type === 'relationship' || field.type === 'upload') return { kind: kindOf(field), relationTo: ([] as string[]).concat(field.relationTo) }
      if (field.type === 'select' || field.type === 'radio') return { kind: 'option', options: field.options.map((o) => (typeof o === 'string' ? o : o.value)) }
      return { kind: kindOf(field) }
    }
    if ((field.type === 'group' || field.type === 'array' || field.type === 'tab') && 'flattenedFields' in field) {
      current = field.flattenedFields
      continue
    }
    // A path inside a JSON value (`headers.List-Unsubscribe`) or a rich text tree (`content.root`).
    if (field.type === 'json') return { kind: 'jsonPath', keys: parts.slice(i + 1) }
    if (field.type === 'richText') return { kind: 'richTextPath' }
    // The parts of a relationship to several collections: `user.value`, `user.relationTo`.
    if ((field.type === 'relationship' || field.type === 'upload') && Array.isArray(field.relationTo) && i === parts.length - 2) {
      if (parts[i + 1] === 'value') return { kind: 'id' }
      if (parts[i + 1] === 'relationTo') return { kind: 'text' }
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

/** What the database can answer: the id kind, and whether it has the `all` operator (MongoDB only). */
type Db = { idKind: IdKind; all: boolean }

/** A value for a relationship to several collections: `{ relationTo, value }` naming one of them. */
function polymorphicFits(value: unknown, relationTo: readonly string[], idKind: IdKind): boolean {
  if (value === null || value === '') return true
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const v = value as { relationTo?: unknown; value?: unknown }
  return typeof v.relationTo === 'string' && relationTo.includes(v.relationTo) && valueFits('id', v.value, idKind)
}

function check(where: unknown, fields: readonly FlattenedField[], db: Db, depth: number, count: { n: number }): void {
  if (where === undefined || where === null) return
  if (typeof where !== 'object' || Array.isArray(where)) throw new QueryProblem('Điều kiện lọc (where) không hợp lệ.', 'The where filter is not valid.')
  if (depth > MAX_DEPTH) throw new QueryProblem('Điều kiện lọc lồng nhau quá sâu.', 'The where filter is nested too deeply.')
  for (const [path, condition] of Object.entries(where as Record<string, unknown>)) {
    if (path === 'and' || path === 'or') {
      const list = Array.isArray(condition) ? condition : condition && typeof condition === 'object' ? Object.values(condition) : null
      if (!list) throw new QueryProblem(`"${path}" phải là một danh sách điều kiện.`, `"${path}" must be a list of conditions.`)
      for (const inner of list) check(inner, fields, db, depth + 1, count)
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
      throw new QueryProblem(`Điều kiện lọc của "${path}" không hợp lệ.`, `The condition on "${path}" is not valid.`)
    }
    const resolved = resolve(path, fields)
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      if (++count.n > MAX_CONDITIONS) throw new QueryProblem('Quá nhiều điều kiện lọc.', 'Too many where conditions.')
      if (!OPERATORS.has(operator)) throw new QueryProblem(`Phép so sánh "${operator}" không được hỗ trợ.`, `The operator "${operator}" is not supported.`)
      // The SQL adapters have no `all` (their operator map leaves it out): a TypeError there.
      if (operator === 'all' && !db.all) throw new QueryProblem('Phép so sánh "all" không được hỗ trợ trên cơ sở dữ liệu này.', 'The operator "all" is not supported on this database.')
      if (resolved === null) continue
      const { kind } = resolved
      // A blocks field as a whole has no column to compare (the SQL adapters fail on any operator).
      if (kind === 'blocks') {
        throw new QueryProblem(`Không lọc được theo cả trường khối "${path}"; hãy lọc theo một trường bên trong nó.`, `The blocks field "${path}" cannot be filtered as a whole; filter on a field inside it.`)
      }
      // JSON and rich text (audit details, mail headers, bodies): the SQL adapters compare neither
      // the whole value as text (ILIKE on jsonb, a 500 on PostgreSQL) nor a path of a rich text
      // tree (every operator a 500 on SQLite), and only some operators on a path of a JSON value
      // (`in`, `greater_than`… a 500 on both; `contains` on PostgreSQL). What the admin's
      // filter offers for them, `exists`, and equality on a key path of a JSON value, pass.
      if ((kind === 'document' && operator !== 'exists') || kind === 'richTextPath') {
        throw new QueryProblem(
          `"${path}" là nội dung JSON hoặc văn bản định dạng: chỉ lọc được cả trường, bằng "exists"; hãy dùng tìm kiếm để tìm theo nội dung.`,
          `"${path}" is JSON or rich text: only the whole field can be filtered, with "exists"; use search to find by its content.`,
        )
      } else if (kind === 'jsonPath') {
        if (!JSON_PATH_OPERATORS.has(operator)) {
          throw new QueryProblem(
            `Trong nội dung JSON ("${path}") chỉ dùng được: ${[...JSON_PATH_OPERATORS].join(', ')}.`,
            `Inside a JSON value ("${path}") only these operators apply: ${[...JSON_PATH_OPERATORS].join(', ')}.`,
          )
        }
        if (!(resolved.keys ?? []).every((k) => JSON_KEY.test(k))) {
          throw new QueryProblem(`Đường dẫn trong nội dung JSON ("${path}") chỉ gồm tên khóa, không có vị trí trong danh sách.`, `A path inside a JSON value ("${path}") names keys only, not list positions.`)
        }
        if (operator !== 'exists' && !isScalar(value)) throw new QueryProblem(`Giá trị lọc của "${path}" không hợp lệ.`, `The filter value of "${path}" is not valid.`)
      }
      if (GEO.has(operator)) {
        if (kind !== 'point') throw new QueryProblem(`"${operator}" chỉ dùng cho trường tọa độ.`, `"${operator}" applies to point fields only.`)
        continue
      }
      if (operator === 'exists') {
        if (!valueFits('boolean', value, db.idKind)) throw new QueryProblem(`"exists" cần true hoặc false (${path}).`, `"exists" takes true or false (${path}).`)
        continue
      }
      if (kind === 'polymorphic') {
        // Only equality with { relationTo, value }, or the parts `${path}.value` / `${path}.relationTo`.
        const relationTo = resolved.relationTo ?? []
        if ((operator !== 'equals' && operator !== 'not_equals') || !polymorphicFits(value, relationTo, db.idKind)) {
          throw new QueryProblem(
            `"${path}" trỏ tới nhiều loại tài liệu: lọc bằng equals với { relationTo, value } hoặc theo ${path}.value và ${path}.relationTo.`,
            `"${path}" points at several collections: filter with equals and { relationTo, value }, or on ${path}.value and ${path}.relationTo.`,
          )
        }
        continue
      }
      if (operator === 'like' || operator === 'not_like' || operator === 'contains') {
        if (!isScalar(value)) throw new QueryProblem(`Giá trị lọc của "${path}" không hợp lệ.`, `The filter value of "${path}" is not valid.`)
        // PostgreSQL has no text search on dates, booleans and enums (a 500 there).
        if (kind === 'date' || kind === 'boolean' || kind === 'option') {
          throw new QueryProblem(`"${operator}" chỉ dùng cho trường văn bản, không cho "${path}".`, `"${operator}" applies to text fields, not to "${path}".`)
        }
        // A number is no text: PostgreSQL has no ILIKE on it (`contains` on a number was a 500;
        // Payload turns `like` on a number into equals).
        if (kind === 'number' && operator !== 'like') {
          throw new QueryProblem(`"${operator}" chỉ dùng cho trường văn bản, không cho "${path}"; hãy dùng equals.`, `"${operator}" applies to text fields, not to "${path}"; use equals.`)
        }
        // Numbers and ids are compared as such: the value must be one (`junk` on an id was a 500).
        if (kind !== 'text' && kind !== 'other' && !valueFits(kind, value, db.idKind)) {
          throw new QueryProblem(`Giá trị lọc của "${path}" không đúng kiểu (${kindLabel(kind).vi}).`, `The filter value of "${path}" is not ${kindLabel(kind).en}.`)
        }
        continue
      }
      const values = LISTS.has(operator) ? (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]) : [value]
      if (values.length > 500) throw new QueryProblem('Danh sách giá trị lọc quá dài.', 'The list of filter values is too long.')
      // A select field holds one of its options (an enum on PostgreSQL, which fails on any other value).
      if (kind === 'option') {
        const options = resolved.options ?? []
        const wrong = values.find((v) => v !== null && !options.includes(String(v)))
        if (wrong !== undefined) {
          throw new QueryProblem(`Giá trị lọc của "${path}" phải là một trong: ${options.join(', ')}.`, `The filter value of "${path}" must be one of: ${options.join(', ')}.`)
        }
        continue
      }
      for (const v of values) {
        if (!valueFits(kind, v, db.idKind)) {
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
export function checkWhere(where: unknown, fields: readonly FlattenedField[], idKind: IdKind, options: { allOperator?: boolean } = {}): void {
  check(where, fields, { idKind, all: options.allOperator ?? idKind === 'objectid' }, 0, { n: 0 })
}

/** The checks of a create or update body (shape, then dates), as the hook runs them. */
export function checkBody(data: Record<string, unknown>, fields: readonly FlattenedField[], idKind: IdKind = 'number'): void {
  checkShape(data, fields, idKind)
  checkDates(data, fields)
}

const DATA_PROBLEM = () =>
  new QueryProblem('Nội dung gửi lên phải là một đối tượng JSON (các trường của tài liệu).', 'The body must be a JSON object (the fields of the document).')

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** What a field's value must look like, or null when it does (types only; the field validates the rest). */
function shapeProblem(field: FlattenedField, value: unknown, idKind: IdKind): { vi: string; en: string } | null {
  if (value === undefined) return null
  const many = 'hasMany' in field && field.hasMany === true
  switch (field.type) {
    case 'group':
      return isObject(value) ? null : { vi: 'một nhóm trường (đối tượng JSON)', en: 'a group of fields (a JSON object)' }
    case 'array':
    case 'blocks':
      // The admin sends a field without rows as its row count (0), which Payload reads as no rows.
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return null
      return Array.isArray(value) && value.every(isObject) ? null : { vi: 'một danh sách các mục', en: 'a list of rows' }
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      if (many) return value === null || (Array.isArray(value) && value.every((v) => typeof v === 'string')) ? null : { vi: 'một danh sách văn bản', en: 'a list of texts' }
      return value === null || typeof value === 'string' ? null : { vi: 'văn bản', en: 'text' }
    case 'select':
    case 'radio': {
      const options = field.options.map((o) => (typeof o === 'string' ? o : o.value))
      const fits = (v: unknown) => typeof v === 'string' && options.includes(v)
      if (many) return value === null || (Array.isArray(value) && value.every(fits)) ? null : { vi: `các giá trị trong: ${options.join(', ')}`, en: `values among: ${options.join(', ')}` }
      const required = 'required' in field && field.required === true
      return (value === null && !required) || fits(value) ? null : { vi: `một trong: ${options.join(', ')}`, en: `one of: ${options.join(', ')}` }
    }
    case 'number':
    case 'date':
    case 'checkbox':
      if (many) return value === null || (Array.isArray(value) && value.every((v) => isScalar(v))) ? null : { vi: 'một danh sách giá trị', en: 'a list of values' }
      return isScalar(value) ? null : { vi: 'một giá trị đơn', en: 'a single value' }
    case 'relationship':
    case 'upload': {
      // An id, a populated document ({ id }) or, to several collections, { relationTo, value }.
      const fits = (v: unknown) =>
        v === null || v === '' || idLooksRight(typeof v === 'string' ? v.trim() : v, idKind) || (isObject(v) && (idLooksRight(v.id, idKind) || (typeof v.relationTo === 'string' && idLooksRight(v.value, idKind))))
      if (many) return value === null || (Array.isArray(value) && value.every(fits)) ? null : { vi: 'một danh sách mã tài liệu', en: 'a list of document ids' }
      return fits(value) ? null : { vi: 'một mã tài liệu', en: 'a document id' }
    }
    default:
      return null
  }
}

/**
 * The shape of a document body, field by field (groups and rows included): a list where one
 * value belongs, an object for a text, a number for a list. Hooks and validators of fields assume
 * their type and failed (`list is not iterable`, a 500) before Payload's own validation ran.
 */
function checkShape(data: Record<string, unknown>, fields: readonly FlattenedField[], idKind: IdKind, prefix = '', depth = 0): void {
  if (depth > MAX_DEPTH) return
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    // A cleared date is null (an empty text was stored and could not be read back as a date).
    if (field.type === 'date' && data[field.name] === '') data[field.name] = null
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    const problem = shapeProblem(field, value, idKind)
    if (problem) throw new QueryProblem(`"${path}" phải là ${problem.vi}.`, `"${path}" must be ${problem.en}.`)
    if ((field.type === 'group' || field.type === 'tab') && 'flattenedFields' in field && isObject(value)) checkShape(value, field.flattenedFields, idKind, `${path}.`, depth + 1)
    if (field.type === 'array' && Array.isArray(value)) value.forEach((row, i) => checkShape(row as Record<string, unknown>, field.flattenedFields, idKind, `${path}.${i}.`, depth + 1))
  }
}

/**
 * Dates of a document body must be dates: Payload stores `createdAt: "x"` as it comes on some
 * collections (its own preferences) and then fails reading the row back (a 500 after the write).
 * An empty value is left to the field (`''` of a cleared date field); an empty or null
 * timestamp is dropped, for Payload to set. Rows (array and blocks fields) must be lists, not null.
 */
function checkDates(data: Record<string, unknown>, fields: readonly FlattenedField[]): void {
  for (const [name, value] of Object.entries(data)) {
    if ((value === '' || value === null) && (name === 'createdAt' || name === 'updatedAt')) {
      delete data[name]
      continue
    }
    if (value === null || value === undefined || value === '') continue
    if (resolve(name, fields)?.kind !== 'date') continue
    // Text only: a number (0) was stored as it came and could not be read back.
    const valid = typeof value === 'string' && !Number.isNaN(new Date(value).getTime())
    if (!valid) throw new QueryProblem(`"${name}" phải là ngày giờ (ISO 8601).`, `"${name}" must be a date (ISO 8601).`)
  }
}

const checkQuery: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const idKind = idKindOf(req.payload)
  const a = args as { id?: unknown; duplicateFromID?: unknown; where?: unknown; data?: unknown }
  for (const id of [a.id, a.duplicateFromID]) if (id !== undefined && id !== null && !idLooksRight(id, idKind)) throw new InvalidId()
  if (operation === 'create' || operation === 'update') {
    // No body at all (or one Payload does not read, or a multipart body without `_payload`): no fields.
    if (a.data === undefined) a.data = {}
    // `null`, a string or a list as the document (a JSON body `null`, a multipart `_payload` of
    // `null`): Payload's field hooks would read properties of it.
    if (a.data === null || typeof a.data !== 'object' || Array.isArray(a.data)) throw DATA_PROBLEM()
    checkBody(a.data as Record<string, unknown>, collection.flattenedFields ?? [], idKind)
  }
  if (a.where !== undefined) checkWhere(a.where, collection.flattenedFields ?? [], idKind, { allOperator: req.payload.db.name === 'mongoose' })
  return args
}

/** Adds the checks to a collection (runs first among its beforeOperation hooks). */
export function withQueryChecks<C extends Pick<CollectionConfig, 'hooks'>>(collection: C): C {
  if (collection.hooks?.beforeOperation?.includes(checkQuery)) return collection
  return { ...collection, hooks: { ...collection.hooks, beforeOperation: [checkQuery, ...(collection.hooks?.beforeOperation ?? [])] } }
}

/**
 * The collections Payload adds after every plugin has run (preferences, locked documents,
 * migrations, jobs) get the same checks once Payload is initialised: run from the core
 * plugin's `onInit`, so no REST route reaches the database unchecked.
 */
export function checkEveryCollection(payload: Pick<Payload, 'collections'>): void {
  for (const { config } of Object.values(payload.collections)) {
    const hooks = (config.hooks ??= {} as typeof config.hooks)
    const before = (hooks.beforeOperation ??= [])
    if (!before.includes(checkQuery)) before.unshift(checkQuery)
  }
}
