/**
 * Records every change of a stored row while a suite runs, on the SQL adapters: a trigger per
 * table (SQLite triggers, PostgreSQL a PL/pgSQL trigger function) writes the table and the kind
 * of change into `fuzz_changes`; an update counts only when a watched column really changed.
 * Runs through the Drizzle instance of this process's own Payload (`openLocalApi`), so the same
 * code watches either database. MongoDB has no triggers: `watchRows` answers null there.
 */
import type { Payload } from 'payload'

import { sql, sqlRunner } from '../../cms/src/db/sql'

export type RowWatch = {
  /** Tables watched. */
  tables: number
  /** The id of the newest recorded change (0 when none). */
  last: () => Promise<number>
  /** Up to five changes recorded after `id`, as `op table`. */
  since: (id: number) => Promise<string[]>
}

export type WatchOptions = {
  /** Tables whose changes are expected side effects (audit, sessions, counters). */
  ignoreTables: RegExp
  /** Columns per table whose changes are expected side effects (failed login counts). */
  ignoreColumns: Record<string, RegExp>
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`

export async function watchRows(payload: Payload, { ignoreTables, ignoreColumns }: WatchOptions): Promise<RowWatch | null> {
  if (payload.db.name !== 'sqlite' && payload.db.name !== 'postgres') return null
  const { all, postgres } = sqlRunner(payload)
  const run = (statement: string) => all(sql.raw(statement))
  let tables: string[]
  if (postgres) {
    await run('CREATE TABLE IF NOT EXISTS fuzz_changes (id bigserial PRIMARY KEY, tbl text, op text)')
    // An update counts when the row differs outside the ignored columns (the trigger's arguments).
    await run(`CREATE OR REPLACE FUNCTION fuzz_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) - coalesce(TG_ARGV, '{}'::text[])) = (to_jsonb(NEW) - coalesce(TG_ARGV, '{}'::text[])) THEN RETURN NULL; END IF;
        INSERT INTO fuzz_changes (tbl, op) VALUES (TG_TABLE_NAME, lower(TG_OP));
        RETURN NULL;
      END $$`)
    tables = (await run("select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'")).map((r) => String(r.name))
  } else {
    await run('CREATE TABLE IF NOT EXISTS fuzz_changes (id INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT, op TEXT)')
    tables = (await run("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")).map((r) => String(r.name))
  }
  tables = tables.filter((t) => t !== 'fuzz_changes' && !ignoreTables.test(t))
  for (const table of tables) {
    const columns = postgres
      ? (await run(`select column_name as name from information_schema.columns where table_schema = current_schema() and table_name = ${literal(table)}`)).map((r) => String(r.name))
      : (await run(`pragma table_info(${quote(table)})`)).map((r) => String(r.name))
    const ignored = columns.filter((c) => ignoreColumns[table]?.test(c))
    if (postgres) {
      await run(`DROP TRIGGER IF EXISTS fuzz_watch ON ${quote(table)}`)
      await run(`CREATE TRIGGER fuzz_watch AFTER INSERT OR UPDATE OR DELETE ON ${quote(table)} FOR EACH ROW EXECUTE FUNCTION fuzz_record(${ignored.map(literal).join(', ')})`)
    } else {
      const watched = columns.filter((c) => !ignored.includes(c))
      const changed = watched.map((c) => `OLD.${quote(c)} IS NOT NEW.${quote(c)}`).join(' OR ') || '0'
      await run(`CREATE TRIGGER IF NOT EXISTS ${quote(`fuzz_i_${table}`)} AFTER INSERT ON ${quote(table)} BEGIN INSERT INTO fuzz_changes (tbl, op) VALUES (${literal(table)}, 'insert'); END`)
      await run(`CREATE TRIGGER IF NOT EXISTS ${quote(`fuzz_d_${table}`)} AFTER DELETE ON ${quote(table)} BEGIN INSERT INTO fuzz_changes (tbl, op) VALUES (${literal(table)}, 'delete'); END`)
      await run(`CREATE TRIGGER IF NOT EXISTS ${quote(`fuzz_u_${table}`)} AFTER UPDATE ON ${quote(table)} WHEN ${changed} BEGIN INSERT INTO fuzz_changes (tbl, op) VALUES (${literal(table)}, 'update'); END`)
    }
  }
  return {
    tables: tables.length,
    last: async () => Number((await run('select coalesce(max(id), 0) as id from fuzz_changes'))[0]!.id),
    since: async (id) => (await run(`select tbl, op from fuzz_changes where id > ${Math.trunc(id)} order by id limit 5`)).map((r) => `${r.op} ${r.tbl}`),
  }
}
