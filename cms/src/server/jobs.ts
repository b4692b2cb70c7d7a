import type { Payload } from 'payload'

/**
 * Poll the job queue and run what is due. Used by the server (unless JOBS_IN_PROCESS=false)
 * and by the separate worker (`npm run worker`). Returns a function that stops polling.
 */
export function startJobRunner(payload: Payload, intervalMs: number): () => Promise<void> {
  let busy: Promise<void> | null = null
  let stopped = false
  const tick = () => {
    if (busy || stopped) return
    busy = payload.jobs
      .run({ limit: 10 })
      .then(() => undefined)
      .catch((err: unknown) => payload.logger.error({ err, msg: 'Job runner failed' }))
      .finally(() => {
        busy = null
      })
  }
  const timer = setInterval(tick, intervalMs)
  tick()
  return async () => {
    stopped = true
    clearInterval(timer)
    await busy
  }
}
