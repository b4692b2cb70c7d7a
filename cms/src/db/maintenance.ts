/**
 * Adapter-specific upkeep of the database, in one place (ADR 0015): applying the committed
 * migrations of the SQL adapters, refreshing the planner's statistics, remembering the totals of
 * very large lists for a few seconds (largeCounts.ts, ADR 0030), and the relaxed
 * durability of a bulk import on the embedded file. MongoDB needs none of it. Keeping SQLite's
 * statistics in step while a process runs is ./statistics.ts.
 */
import type { Migration, Payload } from 'payload'

import { migrations as sqliteMigrations } from '../migrations'
import { migrations as postgresMigrations } from '../migrations-postgres'
import { rememberLargeCounts } from './largeCounts'
import { noteStatisticsLoaded } from './statistics'

export { watchStatistics } from './statistics'

type SqlClient = { execute: (sql: string) => Promise<unknown> }
type PgPool = {
  query: (sql: string) => Promise<unknown>
  on: (event: 'error', cb: (err: Error) => void) => void
  end: () => Promise<void>
  ending: boolean
  totalCount: number
}

/** Bring the schema up to date (SQL adapters), refresh the planner's statistics, remember large totals. */
export async function prepareDatabase(payload: Payload): Promise<void> {
  switch (payload.db.name) {
    case 'sqlite':
      await payload.db.migrate({ migrations: sqliteMigrations as unknown as Migration[] })
      await refreshStatistics(payload)
      rememberLargeCounts(payload)
      return
    case 'postgres': {
      const pool = (payload.db as unknown as { pool: PgPool }).pool
      // An idle pooled connection that the server drops (a restart, a failover, an administrator's
      // pg_terminate_backend) makes the pool emit 'error'; unheard, that ends the process. The pool
      // discards the connection and opens a new one for the next query, so a warning is enough.
      pool.on('error', (err) => payload.logger.warn(`PostgreSQL: a pooled connection was closed by the server (${err.message}); it will be replaced`))
      await payload.db.migrate({ migrations: postgresMigrations as unknown as Migration[] })
      await refreshStatistics(payload)
      rememberLargeCounts(payload)
      return
    }
    default:
      return
  }
}

/**
 * Refresh the query planner's statistics (every process does at start, `prepareDatabase`).
 * SQLite: without them it reads an editor's admin list (the latest versions) through the `latest`
 * index, i.e. every version row: 0.15–0.4 s at 100k news instead of ~20 ms (npm run bench:admin);
 * a full ANALYZE takes ~0.2 s at that size; sampling is not enough. PostgreSQL: autovacuum analyses
 * tables as they grow; a start after a restore or a bulk load should not wait for it. MongoDB has
 * none to refresh. While the process runs, `watchStatistics` (./statistics.ts) keeps SQLite's
 * figures in step with the tables as they grow.
 */
export async function refreshStatistics(payload: Payload): Promise<void> {
  if (payload.db.name === 'sqlite') {
    await (payload.db as unknown as { client: SqlClient }).client.execute('ANALYZE')
    await noteStatisticsLoaded(payload)
  } else if (payload.db.name === 'postgres') await (payload.db as unknown as { pool: PgPool }).pool.query('ANALYZE')
}

/**
 * For a bulk import on the embedded SQLite database: `synchronous=NORMAL` for this process's
 * connection (WAL mode stays consistent; only a power cut can lose the last commits, and a CSV
 * import is re-run safely). It cuts the time per site by about half. Returns the undo. A database
 * server keeps its own durability settings.
 */
export async function relaxDurabilityForImport(payload: Payload): Promise<() => Promise<void>> {
  if (payload.db.name !== 'sqlite') return async () => undefined
  const client = (payload.db as unknown as { client: SqlClient }).client
  await client.execute('PRAGMA synchronous=NORMAL')
  return async () => {
    await client.execute('PRAGMA synchronous=FULL')
  }
}

/**
 * Close this process's database connections (a server or worker stopping, a CLI command, a
 * test): Payload's `destroy()` forgets its schema and, on MongoDB, closes the connection, but on
 * PostgreSQL it leaves the pool open; this ends it. `pool.end()` waits for every client still
 * checked out, so whatever uses the database must have stopped first (the adapter no longer pins
 * one, see `releasingConnect` in ./adapter.ts). Returns the connections still open (0 when closed).
 */
export async function closeDatabase(payload: Payload): Promise<number> {
  const pool = payload.db.name === 'postgres' ? (payload.db as unknown as { pool?: PgPool }).pool : undefined
  await payload.destroy()
  if (!pool) return 0
  if (!pool.ending) await pool.end()
  return pool.totalCount
}
