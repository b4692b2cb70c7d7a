/**
 * The totals of very large lists, remembered for a few seconds (ADR 0030). A list view shows
 * "1–10 of 1,000,206": the SQL adapters count every matching row for it (`countDistinct` of
 * @payloadcms/drizzle), which at national scale is the whole cost of the platform admin's list of
 * all news (a million index entries, ~45 ms on SQLite). Totals of at least `min` rows are kept for
 * `ttlMs` per table and filter, outside transactions only; smaller totals — every portal's own
 * lists — are always counted, so they are exact after every save. MongoDB counts through its own
 * adapter and is left as it is.
 */
import type { Payload } from 'payload'

export const LARGE_COUNT_MIN = 100_000
export const LARGE_COUNT_TTL_MS = 15_000
const MAX_ENTRIES = 500

type CountArgs = { db: unknown; joins?: unknown[]; tableName: string; where?: unknown; column?: unknown }
type CountDistinct = (this: unknown, args: CountArgs) => Promise<number>
type Settings = { min: number; ttlMs: number }
type Totals = Map<string, { at: number; total: number }>
/** The wrapper, with its settings and what it remembers (totals by table, filter and parameters). */
type Remembering = CountDistinct & { settings?: Settings; totals?: Totals }
type SqlAdapter = {
  countDistinct?: Remembering
  drizzle?: { dialect?: { sqlToQuery: (sql: never) => { sql: string; params: unknown[] } } }
}

/**
 * Remember large totals of this Payload's SQL adapter; false where there is nothing to wrap.
 * Called again, it changes the settings (and forgets what it kept).
 */
export function rememberLargeCounts(payload: Payload, options: Partial<Settings> = {}): boolean {
  const adapter = payload.db as unknown as SqlAdapter
  const original = adapter.countDistinct
  const dialect = adapter.drizzle?.dialect
  if (typeof original !== 'function' || !dialect) return false
  const settings: Settings = { min: options.min ?? LARGE_COUNT_MIN, ttlMs: options.ttlMs ?? LARGE_COUNT_TTL_MS }
  if (original.settings && original.totals) {
    Object.assign(original.settings, settings)
    original.totals.clear()
    return true
  }
  const totals: Totals = new Map()

  const wrapped: Remembering = async function remembering(this: unknown, args: CountArgs): Promise<number> {
    // Inside a transaction the total must include the transaction's own writes; joins (filters
    // across relationships) are counted as Payload counts them.
    if (args.db !== adapter.drizzle || (args.joins?.length ?? 0) > 0) return original.call(this, args)
    let key: string
    try {
      const query = args.where ? dialect.sqlToQuery(args.where as never) : { sql: '', params: [] }
      key = `${args.tableName}\u0000${query.sql}\u0000${JSON.stringify(query.params)}`
    } catch {
      return original.call(this, args)
    }
    const now = Date.now()
    const hit = totals.get(key)
    if (hit && now - hit.at < settings.ttlMs) return hit.total
    const total = await original.call(this, args)
    if (total >= settings.min) {
      if (totals.size >= MAX_ENTRIES) totals.clear()
      totals.set(key, { at: now, total })
    } else totals.delete(key)
    return total
  }
  wrapped.settings = settings
  wrapped.totals = totals
  adapter.countDistinct = wrapped
  return true
}
