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
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { DatabaseConfig } from '../config/env'

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const MIGRATION_DIRS = {
  sqlite: path.join(src, 'migrations'),
  postgres: path.join(src, 'migrations-postgres'),
} as const

export function databaseAdapter(database: DatabaseConfig): DatabaseAdapterObj {
  switch (database.kind) {
    case 'mongodb':
      return mongooseAdapter({ url: database.url, connectOptions: { serverSelectionTimeoutMS: 5000 } })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: database.url, max: 10, connectionTimeoutMillis: 5000 },
        push: false,
        migrationDir: MIGRATION_DIRS.postgres,
      })
    case 'sqlite':
      return sqliteAdapter({
        client: { url: database.url },
        push: false,
        migrationDir: MIGRATION_DIRS.sqlite,
        wal: true,
        busyTimeout: 5000,
      })
  }
}
