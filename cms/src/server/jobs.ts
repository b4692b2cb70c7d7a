import type { Payload, Where } from 'payload'

import { env } from '../config/env'
import { heartbeatMs } from '../../../plugins/portals/build/claim'
import { bus } from '../lib/bus'
import { buildsSettled, cleanLiveDir, requeueInterruptedBuilds, runAskedBuildsBeside, runPendingBuilds } from '../../../plugins/portals/build/runner'

/**
 * After a build is queued, the runner looks at these delays. The first catches a save that is
 * visible at once (SQLite); the later ones a save whose transaction commits when its request ends
 * (PostgreSQL, MongoDB: the build row and its job are written with the save), so a publish no
 * longer waits 150 ms for a single look, nor for the next poll when that look came too early.
 */
const SIGNAL_DELAYS_MS = [25, 100, 250] as const

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
  const looks = new Set<NodeJS.Timeout>()
  // A build queued while a run is under way: the second lane builds it now (runner.ts: a publish
  // does not wait for a batch of a full rebuild, nor for the province its commune's last publish
  // refreshes), and the run looks again when it ends.
  const look = () => {
    if (stopped || !ready) return
    if (busy) {
      again = true
      beside()
    } else tick()
  }
  const beside = () => void runAskedBuildsBeside(payload).catch((err: unknown) => payload.logger.error({ err, msg: 'Build lane failed' }))
  const onQueued = () => {
    // A burst of saves (an import) does not pile up timers: its first signals' looks serve it, and
    // a run under way claims what was queued meanwhile.
    if (looks.size >= 2 * SIGNAL_DELAYS_MS.length) return
    for (const delay of SIGNAL_DELAYS_MS) {
      const timer = setTimeout(() => {
        looks.delete(timer)
        look()
      }, delay)
      looks.add(timer)
    }
  }
  let offQueued = () => {}
  // Each poll too, without Redis: another process's publish reaches this one by the bus only when
  // Redis links them (REDIS_URL); otherwise a worker busy with a batch finds it here. (With Redis
  // the signal is enough: on PostgreSQL with two workers, a lane started at every poll made one
  // worker's Payload job end after another runner had removed it, and the connection Payload
  // held for it was never returned: that worker could not close its database.)
  const pollBeside = !env().redisUrl
  const timer = setInterval(() => {
    if (pollBeside && busy && !stopped) beside()
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
    for (const timer of looks) clearTimeout(timer)
    offQueued()
    await recovered
    await busy
    await buildsSettled()
  }
}
