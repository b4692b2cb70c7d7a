/** Ids of Payload documents across both database adapters. */
import type { Payload } from 'payload'

/** The id of a relationship value, populated (`{ id }`) or not; null when empty. */
export const idOf = (value: unknown): number | string | null =>
  value === null || value === undefined || value === '' ? null : typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : (value as number | string)

/** An id as the database adapter stores it: a number on SQLite and PostgreSQL, a string (ObjectId) on MongoDB. */
export const dbId = (payload: Payload, id: number | string): number | string => (payload.db.defaultIDType === 'number' ? Number(id) : String(id))

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
