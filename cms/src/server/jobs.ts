import type { Payload } from 'payload'

import { heartbeatMs } from '../../../plugins/portals/build/claim'
import { bus } from '../lib/bus'
import { cleanLiveDir, requeueInterruptedBuilds, runPendingBuilds } from '../../../plugins/portals/build/runner'

/** Wait this long after a build is queued before running, so a burst of saves becomes one build. */
const SIGNAL_DELAY_MS = 150

/** How often scheduled tasks (`schedule` in a task config) are queued for their next run. */
const SCHEDULE_EVERY_MS = 60_000

/**
 * Poll the job queue and run what is due. Used by the server (unless JOBS_IN_PROCESS=false)
 * and by the separate worker (`npm run worker`). Returns a function that stops polling.
 */
export function startJobRunner(payload: Payload, intervalMs: number): () => Promise<void> {
  let busy: Promise<void> | null = null
  let stopped = false
  let ready = false
  let scheduledAt = 0
  // Payload queues scheduled jobs only when asked (autoRun does it, our own runner must).
  const scheduleDue = async () => {
    if (Date.now() - scheduledAt < SCHEDULE_EVERY_MS) return
    scheduledAt = Date.now()
    await payload.jobs.handleSchedules()
  }
  // Builds of a worker that died go back to the queue (heartbeat, claim.ts) and are built here
  // even when the job that asked for them is gone with that worker.
  let checkedAt = 0
  const recoverBuilds = async () => {
    if (Date.now() - checkedAt < heartbeatMs()) return
    checkedAt = Date.now()
    const requeued = await requeueInterruptedBuilds(payload)
    if (requeued > 0) payload.logger.info(`${requeued} bản dựng của tiến trình đã dừng được xếp hàng lại / build(s) of a stopped worker queued again`)
    await runPendingBuilds(payload)
  }
  const tick = () => {
    if (busy || stopped || !ready) return
    busy = scheduleDue()
      .then(() => payload.jobs.run({ limit: 10 }))
      .then(() => recoverBuilds())
      .then(() => undefined)
      .catch((err: unknown) => payload.logger.error({ err, msg: 'Job runner failed' }))
      .finally(() => {
        busy = null
        if (again) {
          again = false
          tick()
        }
      })
  }
  let again = false
  let soon: NodeJS.Timeout | null = null
  // A build queued while a run is under way gets its own run right after.
  const onQueued = () => {
    if (soon) return
    soon = setTimeout(() => {
      soon = null
      if (busy) again = true
      else tick()
    }, SIGNAL_DELAY_MS)
  }
  let offQueued = () => {}
  const timer = setInterval(() => {
    tick()
  }, intervalMs)
  const recovered = Promise.all([requeueInterruptedBuilds(payload), cleanLiveDir()])
    .then(([requeued]) => {
      if (requeued > 0) payload.logger.info(`${requeued} bản dựng bị gián đoạn được xếp hàng lại / interrupted build(s) queued again`)
    })
    .catch((err: unknown) => payload.logger.error({ err, msg: 'Cannot recover interrupted builds' }))
    .finally(() => {
      ready = true
      offQueued = bus().subscribe('queued:build', onQueued)
      tick()
    })
  return async () => {
    stopped = true
    clearInterval(timer)
    if (soon) clearTimeout(soon)
    offQueued()
    await recovered
    await busy
  }
}
