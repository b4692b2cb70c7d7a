/**
 * Raw SQL on the two SQL adapters (ADR 0015): SQLite answers `drizzle.all`, PostgreSQL
 * `drizzle.execute(...).rows`. For the few grouped queries the Local API cannot express (the
 * compliance figures, ADR 0008); write them so both accept them: lower-case aliases (PostgreSQL
 * folds unquoted names), ISO text dates on SQLite compare like timestamptz on PostgreSQL.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

export { sql }
export type SQL = ReturnType<typeof sql>
export type Row = Record<string, unknown>

type SqliteDrizzle = { all: (query: SQL) => Promise<Row[]> }
type PgDrizzle = { execute: (query: SQL) => Promise<{ rows: Row[] }> }

/** Payload's SQL name of a collection or field: `legal-documents` → `legal_documents`, `answer.at` → `answer_at`, `publishedAt` → `published_at`. */
export const sqlName = (name: string): string => name.replace(/[-.]/g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()

/** Whether the platform runs on one of the SQL adapters (else MongoDB). */
export const isSql = (payload: Payload): boolean => payload.db.name === 'sqlite' || payload.db.name === 'postgres'

/** Runs a query on the adapter's Drizzle instance and returns its rows. */
export function sqlRunner(payload: Payload): { all: (query: SQL) => Promise<Row[]>; postgres: boolean } {
  const postgres = payload.db.name === 'postgres'
  const drizzle = (payload.db as unknown as { drizzle: SqliteDrizzle & PgDrizzle }).drizzle
  return { postgres, all: async (query) => (postgres ? (await drizzle.execute(query)).rows : drizzle.all(query)) }
}
