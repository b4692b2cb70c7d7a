/**
 * The PostgreSQL pass of the suite: one throwaway cluster (Debian's binaries, a free loopback port,
 * fsync off) for the whole run; every test server and in-process Payload gets its own database on
 * it (test/helpers/server.ts `databaseEnv`). Stopped when the run ends.
 */
import { startPostgres } from './helpers/postgres'

export default async function setup() {
  const pg = await startPostgres()
  process.env.CONG_TEST_PG_URL = pg.url
  process.stdout.write(`PostgreSQL test cluster on 127.0.0.1:${pg.port} (${pg.bin})\n`)
  return () => pg.stop()
}
