/**
 * Keeping SQLite's planner statistics in step with a platform that grows while the process runs
 * (ADR 0025, addendum 3). Every process analyses at start (`refreshStatistics`, maintenance.ts);
 * SQLite then plans with those figures until told otherwise, and `PRAGMA optimize` only acts on a
 * tenfold change. A server started on an empty database, or before 3,500 communes were provisioned,
 * plans a million news as the thousand it counted then, and may read a whole table to spare a sort
 * (the national bench's first batch read every news item that way for 190 s).
 *
 * `watchStatistics` looks every few minutes: a table holding at least `minRows` rows and `factor`
 * times what its figures say is analysed again (`ANALYZE "table"`, one table at a time, with a
 * pause between: ANALYZE holds the write lock while it reads the table, a few seconds for a table
 * of a million rows, and saves wait for it up to the busy timeout). Growth is rare at that factor
 * (a table passes 4× a handful of times in its life), and what the analysis costs is that of the
 * table's last growth. A process that finds figures another process wrote since it loaded its own
 * reloads them (`ANALYZE sqlite_schema`), as a connection keeps what it loaded.
 *
 * PostgreSQL's autovacuum analyses tables as they grow; MongoDB has no statistics to keep.
 */
import type { Payload } from 'payload'

type Row = Record<string, unknown>
type SqlClient = { execute: (sql: string) => Promise<{ rows: Row[] }> }

export const STALE_FACTOR = 4
export const STALE_MIN_ROWS = 1_000
export const STATISTICS_EVERY_MS = 5 * 60_000
const PAUSE_BETWEEN_TABLES_MS = 250

export type StatisticsLook = {
  /** Tables analysed again, with the rows their figures said and the rows they hold. */
  analysed: Array<{ table: string; told: number; rows: number; ms: number }>
  /** Figures another process wrote were loaded into this connection. */
  reloaded: boolean
}

type State = {
  /** The figures this connection plans with, as sqlite_stat1 held them when it loaded them. */
  loaded?: string
  /** Exact counts taken because a table's rowid range looked grown: not taken again until it moves. */
  counted: Map<string, { maxRowid: number; rows: number }>
}
const states = new WeakMap<object, State>()

function sqliteClient(payload: Payload): SqlClient | null {
  if (payload.db.name !== 'sqlite') return null
  return (payload.db as unknown as { client: SqlClient }).client
}

function stateOf(client: SqlClient): State {
  let state = states.get(client)
  if (!state) states.set(client, (state = { counted: new Map() }))
  return state
}

async function statRows(client: SqlClient): Promise<Row[]> {
  // The table exists once a database has been analysed (every start does).
  try {
    return (await client.execute('SELECT tbl, idx, stat FROM sqlite_stat1 ORDER BY tbl, idx')).rows
  } catch {
    return []
  }
}

const fingerprint = (rows: Row[]) => rows.map((r) => `${String(r.tbl)}\u0001${String(r.idx)}\u0001${String(r.stat)}`).join('\u0002')

/**
 * Remember that this process's connection plans with the figures sqlite_stat1 holds now (after
 * an ANALYZE of its own: prepareDatabase, refreshStatistics).
 */
export async function noteStatisticsLoaded(payload: Payload): Promise<void> {
  const client = sqliteClient(payload)
  if (client) stateOf(client).loaded = fingerprint(await statRows(client))
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** One look (see the module's comment); what it did. Errors (a busy database) are the caller's. */
export async function refreshStaleStatistics(payload: Payload, options: { factor?: number; minRows?: number } = {}): Promise<StatisticsLook> {
  const look: StatisticsLook = { analysed: [], reloaded: false }
  const client = sqliteClient(payload)
  if (!client) return look
  const factor = options.factor ?? STALE_FACTOR
  const minRows = options.minRows ?? STALE_MIN_ROWS
  const state = stateOf(client)

  const rows = await statRows(client)
  const now = fingerprint(rows)
  // A connection loads the figures when it opens; one that started before this watch knew it did.
  state.loaded ??= now
  if (state.loaded !== now) {
    await client.execute('ANALYZE sqlite_schema')
    state.loaded = now
    look.reloaded = true
  }

  // What the planner is told each table holds: the first figure of any of its rows.
  const told = new Map<string, number>()
  for (const r of rows) told.set(String(r.tbl), Math.max(told.get(String(r.tbl)) ?? 0, Number(String(r.stat).split(' ')[0]) || 0))

  const tables = (await client.execute("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")).rows.map((r) => String(r.name))
  const stale: Array<{ table: string; told: number; rows: number }> = []
  for (const table of tables) {
    const known = told.get(table) ?? 0
    // The rowid range first (two index look-ups): at least as many rows as the table holds.
    let range: Row | undefined
    try {
      range = (await client.execute(`SELECT max(rowid) AS hi, min(rowid) AS lo FROM ${quote(table)}`)).rows[0]
    } catch {
      continue // a table without rowid: none of ours
    }
    const hi = Number(range?.hi ?? 0)
    const bound = range?.hi == null ? 0 : hi - Number(range.lo) + 1
    if (bound < minRows || bound < factor * known) continue
    // Deleted rows leave the range wide: the exact count decides, once per change of the range.
    let exact = state.counted.get(table)
    if (!exact || exact.maxRowid !== hi) {
      exact = { maxRowid: hi, rows: Number((await client.execute(`SELECT count(*) AS n FROM ${quote(table)}`)).rows[0]?.n ?? 0) }
      state.counted.set(table, exact)
    }
    if (exact.rows >= minRows && exact.rows >= factor * Math.max(known, 1)) stale.push({ table, told: known, rows: exact.rows })
  }

  for (const [i, s] of stale.entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_TABLES_MS))
    const started = performance.now()
    await client.execute(`ANALYZE ${quote(s.table)}`)
    look.analysed.push({ ...s, ms: Math.round(performance.now() - started) })
    state.counted.delete(s.table)
  }
  if (stale.length > 0) state.loaded = fingerprint(await statRows(client))
  return look
}

/**
 * Look every `everyMs` in this process (server, worker); returns the stop. Each analysis is
 * logged; a look that fails (the database busy for longer than the busy timeout) is tried again
 * at the next.
 */
export function watchStatistics(payload: Payload, everyMs = STATISTICS_EVERY_MS): () => Promise<void> {
  if (!sqliteClient(payload)) return async () => undefined
  let running: Promise<void> | null = null
  const timer = setInterval(() => {
    if (running) return
    running = refreshStaleStatistics(payload)
      .then((look) => {
        for (const a of look.analysed)
          payload.logger.info(
            `Thống kê truy vấn của bảng ${a.table} đã cũ (${a.told.toLocaleString('vi-VN')} → ${a.rows.toLocaleString('vi-VN')} dòng): đã phân tích lại trong ${a.ms} ms / ` +
              `planner statistics of ${a.table} were stale (${a.told} → ${a.rows} rows): analysed again in ${a.ms} ms`,
          )
        if (look.reloaded) payload.logger.info('Đã nạp thống kê truy vấn do tiến trình khác cập nhật / loaded the planner statistics another process refreshed')
      })
      .catch((err: unknown) => payload.logger.warn(`Không kiểm tra được thống kê truy vấn, sẽ thử lại / cannot check the planner statistics, will try again: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => {
        running = null
      })
  }, everyMs)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await running
  }
}
