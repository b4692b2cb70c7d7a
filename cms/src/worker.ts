/**
 * `npm run worker`: run queued jobs (portal builds, scheduled work) in a process of their own.
 * Start the server with JOBS_IN_PROCESS=false when a worker runs.
 */
import { ConfigError, env } from './config/env'
import { initPayload } from './boot'
import { bus } from './lib/bus'
import { startJobRunner } from './server/jobs'
import { guardStdio } from './lib/stdio'

guardStdio()

try {
  const e = env()
  // Builds queued on any web process wake this worker at once (ADR 0016).
  if (e.redisUrl) await bus().connect(e.redisUrl)
  const payload = await initPayload()
  const stop = startJobRunner(payload, e.jobsPollMs)
  process.stdout.write(`Cổng worker: đang chạy hàng đợi công việc mỗi ${e.jobsPollMs} ms (Ctrl+C để dừng).\n`)
  const shutdown = async () => {
    await stop()
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown())
  process.once('SIGTERM', () => void shutdown())
} catch (err) {
  process.stderr.write(`cong worker: ${err instanceof ConfigError ? err.message : String(err)}\n`)
  process.exit(1)
}
