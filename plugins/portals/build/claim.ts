/**
 * Which process builds what, when several build workers share one database (ADR 0016).
 *
 * - A worker claims a queued build with one conditional update (`status = queued` → `running`,
 *   its id in `worker`), atomic on every adapter (`updateOne` with `atomic`: one UPDATE … WHERE …
 *   RETURNING on SQLite/PostgreSQL, findOneAndUpdate on MongoDB). Of two workers racing for a
 *   build exactly one gets it.
 * - One portal is built by one worker at a time (two releases of one portal racing to go live
 *   could leave the older one live): after claiming, a worker that sees another live worker's
 *   running build of the same portal hands its claim back. Each claim is committed before that
 *   check, so two workers can both back off (retried on the next poll) but never both build.
 * - While it builds, a worker writes `heartbeatAt` every BUILD_HEARTBEAT_MS. A running build whose
 *   heartbeat is older than 6 beats belongs to a dead worker (also at once when its worker is a
 *   process of this host that no longer exists) and goes back to the queue, again by a
 *   conditional update; a live worker's builds are never taken.
 */
import os from 'node:os'

import type { Payload, Where } from 'payload'

import { env } from '../../../cms/src/config/env'
import { dbId, idOf } from '../../../cms/src/lib/ids'

export type BuildRow = {
  id: number | string
  site: number | string | { id: number | string }
  reason?: string | null
  queuedAt?: string
  worker?: string | null
  heartbeatAt?: string | null
  startedAt?: string | null
  /** The full rebuild it belongs to (rebuild.ts), if any. */
  run?: number | string | { id: number | string } | null
  /** The portal's visits when queued: a run builds the most visited portals first. */
  visits?: number | null
}

/**
 * The order builds are claimed in: builds asked for by a person (a publish, a merger) first, by
 * queue time, so an editor's publish does not wait behind a national rebuild; then the builds of
 * full rebuilds, most visited portal first, then by queue time (ADR 0026).
 */
export function claimOrder<T extends Pick<BuildRow, 'run' | 'visits' | 'queuedAt'>>(builds: readonly T[]): T[] {
  const inRun = (b: T) => (idOf(b.run) === null ? 0 : 1)
  return [...builds].sort(
    (a, b) =>
      inRun(a) - inRun(b) ||
      (inRun(a) ? (b.visits ?? 0) - (a.visits ?? 0) : 0) ||
      String(a.queuedAt ?? '').localeCompare(String(b.queuedAt ?? '')),
  )
}

/** This process as a build worker: host, pid and a random tag (containers often share pids). */
export const WORKER_ID = `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`

export const heartbeatMs = () => env().buildHeartbeatMs
/** A heartbeat older than this means the worker is gone. */
export const staleMs = () => env().buildHeartbeatMs * 6

const RESUMED = '(tiếp tục vì tiến trình xây dựng đã dừng / resumed: its worker stopped)'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Whether a running build's worker is gone: a dead process of this host, or a heartbeat that stopped. */
export function workerGone(build: Pick<BuildRow, 'worker' | 'heartbeatAt' | 'startedAt'>, now = Date.now()): boolean {
  const [host, pid] = String(build.worker ?? '').split(':')
  if (host === os.hostname() && pid && /^\d+$/.test(pid) && Number(pid) !== process.pid && !alive(Number(pid))) return true
  const beat = Date.parse(String(build.heartbeatAt ?? build.startedAt ?? ''))
  return !Number.isFinite(beat) || now - beat > staleMs()
}

/** Put the running builds of workers that are gone back in the queue; returns how many. */
export async function requeueAbandonedBuilds(payload: Payload): Promise<number> {
  const running = await payload.db.find<BuildRow & { id: number | string }>({
    collection: 'builds',
    where: { status: { equals: 'running' } },
    pagination: false,
    limit: 0,
  })
  let requeued = 0
  const now = Date.now()
  for (const build of running.docs) {
    if (!workerGone(build, now)) continue
    // Only if nothing changed since it was read (the worker did not come back meanwhile).
    const where: Where[] = [{ id: { equals: build.id } }, { status: { equals: 'running' } }]
    where.push(build.worker ? { worker: { equals: build.worker } } : { worker: { exists: false } })
    where.push(build.heartbeatAt ? { heartbeatAt: { equals: build.heartbeatAt } } : { heartbeatAt: { exists: false } })
    const done = await payload.db.updateOne({
      collection: 'builds',
      where: { and: where },
      data: { status: 'queued', worker: null, heartbeatAt: null, startedAt: null, reason: `${build.reason ?? ''} ${RESUMED}`.trim().slice(0, 500) },
      options: { atomic: true },
      returning: true,
    })
    if (done) requeued++
  }
  return requeued
}

/**
 * Portals this process is building now, in any of its lanes (runner.ts): a lane never claims a
 * portal another lane of this process holds. A claim adds a portal before its first await and the
 * lane removes it when the portal's build is done, so two lanes never build one portal at once.
 */
export const buildingHere = new Set<string>()

export type ClaimOptions = {
  /** Only builds people asked for (a publish, a merger), not a full rebuild's own (the second lane). */
  askedOnly?: boolean
}

/**
 * Claim queued builds for this worker, at most `maxSites` portals (all queued builds of each), in
 * `claimOrder`, skipping portals another live worker or another lane of this process is building.
 * Returns the claimed builds in that order; their portals are in `buildingHere` until the lane
 * releases them.
 */
export async function claimBuilds(payload: Payload, maxSites: number, options: ClaimOptions = {}): Promise<BuildRow[]> {
  type Row = BuildRow & { id: number | string }
  const running = await payload.db.find<Row>({ collection: 'builds', where: { status: { equals: 'running' } }, pagination: false, limit: 0 })
  // The head of the queue only, never the whole of it (a national rebuild queues 4,000 builds and
  // is claimed 25 portals at a time): the builds people asked for by queue time, and the full
  // rebuilds' builds in their order (most visited first), each read up to a window with room for
  // the portals other workers are building (at most two queued builds each: a person's, a run's)
  // and for those they take meanwhile.
  const window = maxSites * 4 + 2 * running.docs.length
  const queuedWhere = (run: boolean): Where => ({ and: [{ status: { equals: 'queued' } }, { run: { exists: run } }] })
  const [asked, inRuns] = await Promise.all([
    payload.db.find<Row>({ collection: 'builds', where: queuedWhere(false), sort: 'queuedAt', limit: window, pagination: false }),
    options.askedOnly ? { docs: [] as Row[] } : payload.db.find<Row>({ collection: 'builds', where: queuedWhere(true), sort: ['-visits', 'queuedAt'], limit: window, pagination: false }),
  ])
  if (asked.docs.length + inRuns.docs.length === 0) return []
  // A portal a person asked for takes its queued full-rebuild build along (one render serves
  // both), wherever that build stands in the run's order.
  const askedSites = [...new Set(asked.docs.map((b) => idOf(b.site)))]
  const seen = new Set(inRuns.docs.map((b) => String(b.id)))
  const alongside = askedSites.length
    ? (await payload.db.find<Row>({ collection: 'builds', where: { and: [queuedWhere(true), { site: { in: askedSites } }] }, pagination: false, limit: 0 })).docs.filter((b) => !seen.has(String(b.id)))
    : []
  const queued = claimOrder([...asked.docs, ...inRuns.docs, ...alongside])
  const now = Date.now()
  const busy = new Set(running.docs.filter((b) => b.worker !== WORKER_ID && !workerGone(b, now)).map((b) => String(idOf(b.site))))
  // The queued builds of each portal, portals in claim order.
  const bySite = new Map<string, typeof queued>()
  for (const build of queued) {
    const site = String(idOf(build.site))
    if (busy.has(site)) continue
    bySite.set(site, [...(bySite.get(site) ?? []), build])
  }
  // Portals are claimed one after another down the queue until `maxSites` are ours. Workers
  // claiming at the same moment read the same queue: a portal another worker took first is
  // skipped for the next one, so each still leaves with a full batch (a batch cut short renders on
  // one thread and is claimed again sooner).
  const stamp = new Date().toISOString()
  const claimed: BuildRow[] = []
  const taken = new Set<string>()
  try {
    return await claimInOrder()
  } catch (err) {
    // A failed claim holds nothing: its portals go back to the other lane and its builds to the
    // queue (the heartbeat would otherwise keep them running, unbuilt, for as long as a lane runs).
    await giveBack(payload, taken, claimed)
    throw err
  }

  async function claimInOrder(): Promise<BuildRow[]> {
    let claimedSites = 0
    for (const [site, builds] of bySite) {
      if (claimedSites >= maxSites) break
      // Another lane of this process holds it (checked and taken before any await: no race).
      if (buildingHere.has(site)) continue
      buildingHere.add(site)
      taken.add(site)
      let won = 0
      for (const build of builds) {
        const row = await payload.db.updateOne({
          collection: 'builds',
          where: { and: [{ id: { equals: build.id } }, { status: { equals: 'queued' } }] },
          data: { status: 'running', worker: WORKER_ID, heartbeatAt: stamp, startedAt: stamp },
          options: { atomic: true },
          returning: true,
        })
        if (row) {
          claimed.push(row as unknown as BuildRow)
          won++
        }
      }
      if (won > 0) claimedSites++
      else {
        buildingHere.delete(site)
        taken.delete(site)
      }
    }
    if (claimed.length === 0) return []
    // Another worker claimed a build of the same portal meanwhile: the portal is theirs.
    const sites = [...new Set(claimed.map((b) => String(idOf(b.site))))]
    const others = await payload.db.find<BuildRow & { id: number | string }>({
      collection: 'builds',
      where: { and: [{ status: { equals: 'running' } }, { site: { in: sites.map((s) => dbId(payload, s)) } }, { worker: { not_equals: WORKER_ID } }] },
      pagination: false,
      limit: 0,
    })
    const contested = new Set(others.docs.filter((b) => !workerGone(b)).map((b) => String(idOf(b.site))))
    if (contested.size === 0) return claimed
    const kept: BuildRow[] = []
    for (const build of claimed) {
      if (!contested.has(String(idOf(build.site)))) kept.push(build)
      else await unclaim(payload, build)
    }
    for (const site of contested) {
      buildingHere.delete(site)
      taken.delete(site)
    }
    return kept
  }
}

/**
 * Claimed portals and builds this process will not build: the portals free for its other lane,
 * the builds back in the queue (each as far as it can; the rest are found by the heartbeat check).
 */
export async function giveBack(payload: Payload, sites: Iterable<string>, builds: BuildRow[]): Promise<void> {
  for (const site of sites) buildingHere.delete(site)
  await Promise.allSettled(builds.map((build) => unclaim(payload, build)))
}

/** A build this worker claimed goes back to the queue (unless it changed since). */
async function unclaim(payload: Payload, build: BuildRow): Promise<void> {
  await payload.db.updateOne({
    collection: 'builds',
    where: { and: [{ id: { equals: build.id } }, { worker: { equals: WORKER_ID } }, { status: { equals: 'running' } }] },
    data: { status: 'queued', worker: null, heartbeatAt: null, startedAt: null },
    options: { atomic: true },
    returning: false,
  })
}

/** Keep this worker's running builds alive until the returned function is called. */
export function startHeartbeat(payload: Payload): () => Promise<void> {
  let beating: Promise<unknown> = Promise.resolve()
  const beat = () => {
    beating = payload.db
      .updateMany({ collection: 'builds', where: { and: [{ worker: { equals: WORKER_ID } }, { status: { equals: 'running' } }] }, data: { heartbeatAt: new Date().toISOString() }, returning: false })
      .catch((err: unknown) => payload.logger.warn({ err, msg: 'Build heartbeat failed' }))
  }
  const timer = setInterval(beat, heartbeatMs())
  timer.unref()
  return async () => {
    clearInterval(timer)
    await beating
  }
}
