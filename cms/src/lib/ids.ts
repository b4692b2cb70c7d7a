/** Ids of Payload documents across both database adapters. */
import type { Payload } from 'payload'

/** The id of a relationship value, populated (`{ id }`) or not; null when empty. */
export const idOf = (value: unknown): number | string | null =>
  value === null || value === undefined || value === '' ? null : typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : (value as number | string)

/** How an adapter's document ids look: serial numbers (SQLite, PostgreSQL), ObjectIds (MongoDB). */
export type IdKind = 'number' | 'objectid' | 'text'

export const idKindOf = (payload: Pick<Payload, 'db'>): IdKind =>
  payload.db.defaultIDType === 'number' ? 'number' : payload.db.name === 'mongoose' ? 'objectid' : 'text'

/**
 * The largest serial id: PostgreSQL's `serial` columns are 32-bit, and a larger number there is an
 * error ("out of range for type integer"), not a missing row. SQLite's ids never get near it.
 */
export const MAX_SERIAL_ID = 2_147_483_647

/** Whether a value a client sent can be a document id of that kind (`abc`, `1.5` or `99999999999` cannot be a serial number). */
export function idLooksRight(id: unknown, kind: IdKind): boolean {
  if (typeof id === 'number') return kind === 'number' && Number.isSafeInteger(id) && id > 0 && id <= MAX_SERIAL_ID
  if (typeof id !== 'string') return false
  if (kind === 'number') return /^\d{1,10}$/.test(id) && Number(id) > 0 && Number(id) <= MAX_SERIAL_ID
  if (kind === 'objectid') return /^[0-9a-f]{24}$/i.test(id)
  return id.length > 0 && id.length <= 200
}

/**
 * A document id that cannot exist (not a number on SQLite/PostgreSQL, not an ObjectId on
 * MongoDB): answered 404 by Payload's endpoints and by the express routes, instead of reaching
 * the database as NaN (a 500). Plain error, no Payload import: the admin's client code uses this module.
 */
export class InvalidId extends Error {
  readonly status = 404
  readonly isPublic = true
  constructor() {
    super('Không tìm thấy: mã tài liệu không hợp lệ. / Not found: not a valid document id.')
    this.name = 'InvalidId'
  }
}

/** An id as the database adapter stores it, or null when the value cannot be one. */
export function toDbId(payload: Pick<Payload, 'db'>, id: unknown): number | string | null {
  const kind = idKindOf(payload)
  const value = typeof id === 'string' ? id.trim() : id
  if (!idLooksRight(value, kind)) return null
  return kind === 'number' ? Number(value) : String(value)
}

/**
 * An id as the database adapter stores it: a number on SQLite and PostgreSQL, a string (ObjectId)
 * on MongoDB. Throws InvalidId (404) for a value that cannot be an id, wherever it came from.
 */
export function dbId(payload: Pick<Payload, 'db'>, id: number | string): number | string {
  const out = toDbId(payload, id)
  if (out === null) throw new InvalidId()
  return out
}

/**
 * Creation order of two ids of one collection, on every adapter: serial numbers (SQLite,
 * PostgreSQL) compare as numbers, ObjectIds (MongoDB: 24 hex digits, time first) as text of equal
 * length. Shorter first, then by text, so `9` < `10` and never NaN.
 */
export const compareIds = (a: number | string, b: number | string): number => {
  const x = String(a)
  const y = String(b)
  return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0)
}

/** The id of a relationship value as a string key (for sets and maps across adapters); null when empty. */
export const idKeyOf = (value: unknown): string | null => {
  const id = idOf(value)
  return id === null ? null : String(id)
}
