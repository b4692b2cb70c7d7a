/**
 * The database adapter named by DATABASE_URI (ADR 0015): the embedded SQLite file by default,
 * PostgreSQL for `postgres://…`, MongoDB for `mongodb://…`. The SQL adapters never push a schema:
 * each applies its own committed migrations (`cms/src/migrations/` for SQLite,
 * `cms/src/migrations-postgres/` for PostgreSQL) at start (`cms/src/boot.ts`).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { Connect, DatabaseAdapterObj } from 'payload'
import type pg from 'pg'

import type { DatabaseConfig } from '../config/env'

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const MIGRATION_DIRS = {
  sqlite: path.join(src, 'migrations'),
  postgres: path.join(src, 'migrations-postgres'),
} as const

type IndexBuilder = (name: string) => { on: (column: never) => unknown }
type Schema = { tables: Record<string, Record<string, unknown>> }
type ExtendTable = (args: { table: never; extraConfig: (table: Record<string, unknown>) => Record<string, unknown> }) => void

/**
 * Indexes Payload's schema lacks for reading one document by id on a big platform (ADR 0025):
 * every read of a document with localized fields selects its rows of `<table>_locales` by
 * `_parent_id` alone, and of hasMany text fields (`<table>_texts`, `_numbers`) by `parent_id`,
 * but the indexes Payload creates there lead with `_locale` and `order`, so each such read
 * scanned the whole table: reading one site cost as much as the platform has sites.
 */
function parentIndexes(index: IndexBuilder) {
  return ({ schema, extendTable }: { schema: Schema; extendTable: ExtendTable }) => {
    for (const [name, table] of Object.entries(schema.tables)) {
      const column = name.endsWith('_locales') ? '_parentID' : /_(texts|numbers)$/.test(name) ? 'parent' : null
      if (!column || !table[column]) continue
      extendTable({ table: table as never, extraConfig: (t) => ({ [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(t[column] as never) }) })
    }
    return schema
  }
}

/**
 * Indexes for the counts behind every admin list (ADR 0027). A list answers `totalDocs`, so each
 * page counts every row the reader may see: with Payload's trash that is `deleted_at IS NULL`, plus
 * the access rule (`_status = 'published' OR site IN (…)`) and the list's site filter. No index
 * held those columns together, so the count read the table's rows (5,000 of one portal: ~30 ms;
 * all 100,000 news without a site filter: ~0.5 s). With them the count reads only the index:
 * - `(site, deleted_at, _status)`: one portal's list (an editor's, with the list's site filter);
 * - `(_status, deleted_at, site)`: a list without a site filter (the read rule alone, REST);
 * - on the versions table (the admin's list view reads the latest versions) the same two, with
 *   `latest` after the site and first.
 * Tables get them when they have all the columns: site-scoped, versioned collections with trash.
 */
function listCountIndexes(index: IndexBuilder) {
  const shapes = [
    { suffix: 'site_list_idx', columns: ['site', 'deletedAt', '_status'] },
    // Not led by `deleted_at`: with such an index SQLite without statistics (a platform grown
    // since the last start) read a portal's published procedures and pages through the status
    // index alone (test/build-linearity.int.test.ts).
    { suffix: 'all_list_idx', columns: ['_status', 'deletedAt', 'site'] },
    { suffix: 'site_list_idx', columns: ['version_site', 'latest', 'version_deletedAt', 'version__status'] },
    { suffix: 'all_list_idx', columns: ['latest', 'version_deletedAt', 'version__status', 'version_site'] },
    // "Việc của tôi" of a platform admin: what waits for review on every portal, newest first,
    // and how much (the latest versions in one workflow state, without a site filter).
    { suffix: 'workflow_list_idx', columns: ['version_workflow_state', 'latest', 'version_deletedAt', 'version_updatedAt'] },
  ]
  return ({ schema, extendTable }: { schema: Schema; extendTable: ExtendTable }) => {
    for (const [name, table] of Object.entries(schema.tables)) {
      for (const shape of shapes) {
        if (!shape.columns.every((column) => table[column])) continue
        const indexName = `${name}_${shape.suffix}`
        extendTable({
          table: table as never,
          extraConfig: (t) => ({ [indexName]: (index(indexName).on as (...columns: never[]) => unknown)(...(shape.columns.map((column) => t[column]) as never[])) }),
        })
      }
    }
    return schema
  }
}

type JobsUpdater = {
  updateJobs: (args: { req?: { transactionID?: number | string | Promise<number | string> } }) => Promise<unknown>
  rollbackTransaction: (id: number | string | Promise<number | string>) => Promise<void>
}

/**
 * Payload's job queue records a job in a transaction of its own (`updateJobs` in
 * payload/src/queues/utilities/updateJob.ts) and neither commits nor rolls it back when the update
 * fails. It fails when two runners ran one job: Payload 3.90 claims jobs with a read then an update
 * (drizzle's `updateJobs`), not atomically, so on PostgreSQL two workers can both run a job and
 * the second finds its row deleted (`deleteJobOnComplete`; an insert into payload_jobs_log
 * refused). The transaction stayed open with its pooled client: an idle-in-transaction session
 * holding its locks, one client fewer per occurrence, and a worker that could not close its
 * database on SIGTERM (test/cluster.pg.test.ts). Our tasks may run twice (claims, unique keys);
 * a failed update now rolls its transaction back before Payload sees the error.
 */
function rollingBackJobUpdates(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return afterInit(adapterObj, (adapter) => {
    const jobs = adapter as unknown as JobsUpdater
    const updateJobs = jobs.updateJobs
    jobs.updateJobs = async function (this: unknown, updateArgs) {
      try {
        return await updateJobs.call(this, updateArgs)
      } catch (err) {
        const id = updateArgs.req?.transactionID
        if (id !== undefined) await jobs.rollbackTransaction(id).catch(() => undefined)
        throw err
      }
    }
  })
}

/** The adapter `adapterObj` makes, changed by `patch` before Payload uses it. */
function afterInit(adapterObj: DatabaseAdapterObj, patch: (adapter: ReturnType<DatabaseAdapterObj['init']>) => void): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      patch(adapter)
      return adapter
    },
  }
}

/** How long a write on SQLite waits for another process's write before SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5000

type LibsqlClient = { transaction: (mode?: string) => Promise<unknown>; execute: (sql: string) => Promise<unknown> }

/**
 * Payload's SQLite adapter sets `busy_timeout` once, on the connection it opens (connect.ts), but
 * @libsql/client (0.14, sqlite3.js `transaction`) hands that connection to each transaction and
 * opens a new one for the statements after it, with SQLite's default of 0. Payload itself runs
 * SQLite without transactions (no `transactionOptions`), but a Drizzle transaction on the adapter
 * (the bulk inserts of test/bench/corpus.ts, a test's portals) left the process's later writes
 * failing at once with SQLITE_BUSY while another process (the server, a worker, a command-line
 * run) wrote, instead of waiting their turn. Each connection the client opens now gets the
 * timeout first: `transaction` runs to its end synchronously (the new connection is not opened
 * yet), and the PRAGMA, issued right after, opens it before any other statement can.
 */
function busyTimeoutOnEveryConnection(ms: number, adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return afterInit(adapterObj, (adapter) => {
    const state = adapter as unknown as { connect?: Connect; client?: LibsqlClient }
    const connect = state.connect
    if (!connect) return
    let patched: LibsqlClient | null = null
    state.connect = async (options) => {
      await connect.call(adapter, options)
      const client = state.client
      if (!client || client === patched) return
      patched = client
      const transaction = client.transaction.bind(client)
      client.transaction = (mode) => {
        const tx = transaction(mode)
        client.execute(`PRAGMA busy_timeout = ${ms}`).catch(() => undefined)
        return tx
      }
    }
  })
}

type PgAdapterState = { pg: typeof pg; pool?: pg.Pool; poolOptions: pg.PoolConfig; connect?: Connect }

/**
 * Payload 3.90's PostgreSQL adapter checks out one client when it connects and never gives it
 * back (`connectWithReconnect` in @payloadcms/db-postgres/src/connect.ts: `pool.connect()`, an
 * 'error' listener, no `release()`; payloadcms/payload issues 11727 and 15674, fixed upstream by
 * PR 17831 after 3.90). That client holds a server connection for the life of the process, and
 * `pool.end()` waits for it forever, so a process could never close its database. Until we move
 * to a Payload with the fix, we open the pool before Payload's `connect` does (it then skips its
 * check, see `if (!this.pool)` there) and check the connection ourselves, handing the client back.
 * Payload's reconnect listener on that client is not missed: the pool replaces a connection the
 * server drops, and `prepareDatabase` logs it. If our check fails, Payload's own connect runs
 * unchanged (its error message, creating a missing database).
 */
function releasingConnect(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return afterInit(adapterObj, (adapter) => {
    const state = adapter as unknown as PgAdapterState
    const connect = state.connect
    if (!connect) return
    state.connect = async (options) => {
      if (!state.pool) {
        const pool = new state.pg.Pool(state.poolOptions)
        try {
          ;(await pool.connect()).release()
          state.pool = pool
        } catch {
          await pool.end().catch(() => undefined)
        }
      }
      return connect.call(adapter, options)
    }
  })
}

export function databaseAdapter(database: DatabaseConfig): DatabaseAdapterObj {
  switch (database.kind) {
    case 'mongodb':
      return mongooseAdapter({ url: database.url, connectOptions: { serverSelectionTimeoutMS: 5000 } })
    case 'postgres':
      return rollingBackJobUpdates(
        releasingConnect(
          postgresAdapter({
            // The process is named in pg_stat_activity (unless DATABASE_URI sets application_name).
            pool: { connectionString: database.url, max: 10, connectionTimeoutMillis: 5000, fallback_application_name: `cong:${process.pid}` },
            push: false,
            migrationDir: MIGRATION_DIRS.postgres,
            afterSchemaInit: [parentIndexes(pgIndex as unknown as IndexBuilder) as never, listCountIndexes(pgIndex as unknown as IndexBuilder) as never],
          }),
        ),
      )
    case 'sqlite':
      return busyTimeoutOnEveryConnection(SQLITE_BUSY_TIMEOUT_MS, sqliteAdapter({
        client: { url: database.url },
        push: false,
        migrationDir: MIGRATION_DIRS.sqlite,
        afterSchemaInit: [parentIndexes(sqliteIndex as unknown as IndexBuilder) as never, listCountIndexes(sqliteIndex as unknown as IndexBuilder) as never],
        wal: true,
        busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
      }))
  }
}
