/**
 * `npm run worker`: run queued jobs (portal builds, scheduled work) in a process of their own.
 * Start the server with JOBS_IN_PROCESS=false when a worker runs.
 */
import { ConfigError, env } from './config/env'
import { initPayload } from './boot'
import { bus } from './lib/bus'
import { closeDatabase, watchStatistics } from './db/maintenance'
import { startJobRunner } from './server/jobs'
import { guardStdio } from './lib/stdio'

guardStdio()

try {
  const e = env()
  // Builds queued on any web process wake this worker at once (ADR 0016).
  if (e.redisUrl) await bus().connect(e.redisUrl)
  const payload = await initPayload()
  const stop = startJobRunner(payload, e.jobsPollMs)
  // SQLite's planner statistics follow the platform as it grows (ADR 0025).
  const stopStatistics = watchStatistics(payload)
  process.stdout.write(`Cổng worker: đang chạy hàng đợi công việc mỗi ${e.jobsPollMs} ms (Ctrl+C để dừng).\n`)
  let stopping = false
  const shutdown = async () => {
    if (stopping) return
    stopping = true
    // A build that does not finish in time is left to the other workers (its heartbeat stops).
    setTimeout(() => {
      process.stdout.write('Cổng worker: chưa dừng xong sau 15 s, thoát / not stopped after 15 s, exiting\n')
      process.exit(1)
    }, 15_000).unref()
    await stop()
    await stopStatistics()
    await bus().close()
    // Last: the pool ends once every client is back (./db/maintenance.ts).
    const open = await closeDatabase(payload)
    process.stdout.write(`Cổng worker: đã dừng, đã đóng cơ sở dữ liệu, còn ${open} kết nối / stopped: database closed, ${open} connection(s) open\n`)
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown())
  process.once('SIGTERM', () => void shutdown())
} catch (err) {
  process.stderr.write(`cong worker: ${err instanceof ConfigError ? err.message : String(err)}\n`)
  process.exit(1)
}
