/**
 * What the platform benches share: percentiles and rounding, a log line with the seconds since the
 * bench started, and the database a bench seeds (`BENCH_DB=postgres`: a durable throwaway
 * PostgreSQL cluster; otherwise the embedded SQLite file in DATA_DIR).
 */
export const pct = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export const r1 = (n: number): number => Math.round(n * 10) / 10

export const secs = (ms: number): string => (ms / 1000).toFixed(1)

/** `[  12.3 s] line`, counted from `t0`. */
export const logger =
  (t0: number, width = 6) =>
  (line: string): void =>
    console.log(`[${secs(Date.now() - t0).padStart(width)} s] ${line}`)

/**
 * Point this process at the bench's database before Payload starts: with BENCH_DB=postgres a
 * durable throwaway cluster (returns its stop function), otherwise the SQLite file of DATA_DIR.
 */
export async function benchDatabase(): Promise<(() => void) | null> {
  if (process.env.BENCH_DB !== 'postgres') {
    delete process.env.DATABASE_URI
    return null
  }
  const { startPostgres, createDatabase } = await import('../helpers/postgres')
  const pg = await startPostgres({ durable: true })
  process.env.DATABASE_URI = createDatabase(pg.url, 'cong_bench')
  process.env.PAYLOAD_SECRET = 'cong-bench-secret-0123456789-abcdefghijklmn'
  return pg.stop
}
