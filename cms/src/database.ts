/** The database adapter chosen by `DATABASE_URI` (ADR 0003): embedded SQLite by default, or MongoDB. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Config } from 'payload'

import { env } from './config/env'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export function databaseAdapter(): Config['db'] {
  const e = env()
  return e.database.kind === 'mongodb'
    ? mongooseAdapter({ url: e.database.url, connectOptions: { serverSelectionTimeoutMS: 5000 } })
    : sqliteAdapter({
        client: { url: e.database.url },
        // Schema changes ship as committed migrations (cms/src/migrations), run at start-up.
        push: false,
        migrationDir: path.resolve(dirname, 'migrations'),
        wal: true,
        busyTimeout: 5000,
      })
}
