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
import type { DatabaseAdapterObj } from 'payload'

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

export function databaseAdapter(database: DatabaseConfig): DatabaseAdapterObj {
  switch (database.kind) {
    case 'mongodb':
      return mongooseAdapter({ url: database.url, connectOptions: { serverSelectionTimeoutMS: 5000 } })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: database.url, max: 10, connectionTimeoutMillis: 5000 },
        push: false,
        migrationDir: MIGRATION_DIRS.postgres,
        afterSchemaInit: [parentIndexes(pgIndex as unknown as IndexBuilder) as never],
      })
    case 'sqlite':
      return sqliteAdapter({
        client: { url: database.url },
        push: false,
        migrationDir: MIGRATION_DIRS.sqlite,
        afterSchemaInit: [parentIndexes(sqliteIndex as unknown as IndexBuilder) as never],
        wal: true,
        busyTimeout: 5000,
      })
  }
}
