import type { Payload, Where } from 'payload'

import { env } from '../config/env'
import { heartbeatMs } from '../../../plugins/portals/build/claim'
import { bus } from '../lib/bus'
import { cleanLiveDir, requeueInterruptedBuilds, runPendingBuilds } from '../../../plugins/portals/build/runner'

/** Wait this long after a build is queued before running, so a burst of saves becomes one build. */
const SIGNAL_DELAY_MS = 150

/** How often scheduled tasks (`schedule` in a task config) are queued for their next run. */
const SCHEDULE_EVERY_MS = 60_000

/**
 * Let go of jobs a dead runner left `processing`. Payload marks a job processing while a runner
 * runs it, with no lease: a worker killed in the middle (a deploy, the OOM killer) leaves it so
 * for ever, and a scheduled task with a job processing is never scheduled again (review
 * reminders, legal statuses, the daily alerts; payloadcms/payload#17645). Payload stamps
 * `updatedAt` when a runner takes a job and as its tasks finish, so a job processing longer
 * than JOBS_STALE_MS (15 minutes; ours take seconds) is taken again by the next run. Every task
 * of ours can run twice without doing anything twice: reminders and mails have unique keys,
 * builds are claimed with a conditional update.
 */
export async function releaseStaleJobs(payload: Payload, staleMs = env().jobsStaleMs): Promise<number> {
  const where: Where = { and: [{ processing: { equals: true } }, { updatedAt: { less_than: new Date(Date.now() - staleMs).toISOString() } }] }
  const { totalDocs } = await payload.db.count({ collection: 'payload-jobs', where })
  if (totalDocs === 0) return 0
  await payload.db.updateMany({ collection: 'payload-jobs', where, data: { processing: false }, returning: false })
  payload.logger.warn(`${totalDocs} công việc bị bỏ dở được chạy lại / job(s) left processing by a stopped runner released`)
  return totalDocs
}

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
    // Before scheduling: a task whose job a dead runner left processing is scheduled again.
    await releaseStaleJobs(payload)
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
