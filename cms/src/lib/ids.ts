/** Ids of Payload documents across both database adapters. */
import type { Payload } from 'payload'

/** The id of a relationship value, populated (`{ id }`) or not; null when empty. */
export const idOf = (value: unknown): number | string | null =>
  value === null || value === undefined || value === '' ? null : typeof value === 'object' && 'id' in value ? (value as { id: number | string }).id : (value as number | string)

/** An id as the database adapter stores it: a number on SQLite, a string (ObjectId) on MongoDB. */
export const dbId = (payload: Payload, id: number | string): number | string => (payload.db.defaultIDType === 'number' ? Number(id) : String(id))
