/**
 * How many SQL statements a piece of work sends and how long the database takes to answer them:
 * the build log reports it per portal ("SQL timings"), and the linearity test reads the
 * statements themselves to compare their plans at 10 and 1,000 portals.
 *
 * The statements are counted where each SQL adapter hands them to its driver: the libsql
 * client's `execute` (SQLite) and the pool's `query` (PostgreSQL; statements inside a
 * transaction go through a pooled client and are not counted, builds read outside transactions).
 * Work is attributed with AsyncLocalStorage, so two portals exported at once count apart (failed
 * statements are counted but, when kept,
 * stay in the list with 0 rows). MongoDB
 * is not instrumented (`instrumentQueries` returns false and the figures stay empty).
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import type { Payload } from 'payload'

export type QueryStats = {
  /** Statements sent. */
  count: number
  /** Time until each statement's answer, summed (ms). */
  ms: number
  /** Rows the answers held, summed: what a platform-wide read gives away even at one statement. */
  rows: number
  /** The statements with their parameters and rows, when asked for (`keep`). */
  statements?: Array<{ sql: string; args: unknown[]; rows: number; ms: number }>
}

const current = new AsyncLocalStorage<QueryStats>()
const instrumented = new WeakSet<object>()

type Stmt = string | { sql: string; args?: unknown[] | Record<string, unknown> }
type Execute = (stmt: Stmt, args?: unknown[]) => Promise<unknown>
type Query = (text: unknown, values?: unknown[]) => Promise<unknown>

function rowsOf(result: unknown): number {
  const rows = (result as { rows?: unknown[] } | null)?.rows
  return Array.isArray(rows) ? rows.length : 0
}

function timed<T>(sql: string, args: unknown, run: () => Promise<T>): Promise<T> {
  const stats = current.getStore()
  if (!stats) return run()
  const started = performance.now()
  // Kept in the order they were sent (answers to concurrent statements arrive in any order).
  const kept = stats.statements ? { sql, args: Array.isArray(args) ? args : [], rows: 0, ms: 0 } : null
  if (kept) stats.statements!.push(kept)
  return run().then((result) => {
    const rows = rowsOf(result)
    stats.count++
    const ms = performance.now() - started
    stats.ms += ms
    stats.rows += rows
    if (kept) Object.assign(kept, { rows, ms })
    return result
  })
}

/** Start counting the statements of this Payload's SQL adapter (once per client); false on MongoDB. */
export function instrumentQueries(payload: Payload): boolean {
  const db = payload.db as unknown as { name: string; client?: { execute: Execute }; pool?: { query: Query } }
  if (db.name === 'sqlite' && db.client) {
    const client = db.client
    if (!instrumented.has(client)) {
      instrumented.add(client)
      const execute = client.execute.bind(client) as Execute
      client.execute = ((stmt: Stmt, args?: unknown[]) => {
        const sql = typeof stmt === 'string' ? stmt : stmt.sql
        return timed(sql, typeof stmt === 'string' ? args : stmt.args, () => execute(stmt, args))
      }) as Execute
    }
    return true
  }
  if (db.name === 'postgres' && db.pool) {
    const pool = db.pool
    if (!instrumented.has(pool)) {
      instrumented.add(pool)
      const query = pool.query.bind(pool) as Query
      pool.query = ((text: unknown, values?: unknown[]) => {
        const sql = typeof text === 'string' ? text : String((text as { text?: string })?.text ?? '')
        const args = values ?? (text as { values?: unknown[] })?.values
        return timed(sql, args, () => query(text, values))
      }) as Query
    }
    return true
  }
  return false
}

/** Run `work` and count the statements it sends (nested counts are not added to outer ones). */
export async function withQueryStats<T>(work: () => Promise<T>, options: { keep?: boolean } = {}): Promise<{ result: T; stats: QueryStats }> {
  const stats: QueryStats = { count: 0, ms: 0, rows: 0, ...(options.keep ? { statements: [] } : {}) }
  const result = await current.run(stats, work)
  return { result, stats }
}
