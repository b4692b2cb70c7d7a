/**
 * Full rebuilds (ADR 0026): one `build-runs` row per run, one queued `builds` row per live portal
 * pointing at it. The builds are ordinary queue rows, so every build worker (and the CLI that
 * started the run) takes part, a killed process's builds go back to the queue (claim.ts), and a
 * portal whose build in the run succeeded is never built again by the run. One run at a time:
 * starting one while another runs joins it (the unique `active` field makes that hold across
 * processes). The run's figures (`done`, `failed`) are counted from its builds after each portal.
 */
import os from 'node:os'

import type { Payload, Where } from 'payload'

import { bus } from '../../../cms/src/lib/bus'
import { idOf } from '../../../cms/src/lib/ids'
import type { RunProgress } from './progressText'
import { BUILD_TASK } from './queue'

export type RunDoc = {
  id: number | string
  reason?: string | null
  status: 'running' | 'finished'
  active?: string | null
  full?: boolean | null
  startedBy?: string | null
  startedAt: string
  finishedAt?: string | null
  total: number
  done: number
  failed: number
  pages?: number | null
}

type BuildFigures = { id: number | string; status: string; startedAt?: string | null; finishedAt?: string | null; pages?: number | null }

/** The reason on each build of a run (the run's own reason is on the run). */
export const RUN_BUILD_REASON = 'xây dựng lại toàn bộ / full rebuild'

/** The run in progress, if any. */
export async function activeRun(payload: Payload): Promise<RunDoc | null> {
  const found = await payload.db.find<RunDoc>({ collection: 'build-runs', where: { status: { equals: 'running' } }, sort: '-startedAt', limit: 1, pagination: false })
  return found.docs[0] ?? null
}

/** The run in progress, else the latest one. */
export async function latestRun(payload: Payload): Promise<RunDoc | null> {
  const active = await activeRun(payload)
  if (active) return active
  const found = await payload.db.find<RunDoc>({ collection: 'build-runs', where: {}, sort: '-startedAt', limit: 1, pagination: false })
  return found.docs[0] ?? null
}

export type StartedRun = { run: RunDoc; joined: boolean; queued: number }

/**
 * Start a full rebuild of every live portal, or find the one in progress (`joined`). With `join`
 * the running one's missing builds are queued (a run whose queuing was cut short is completed);
 * nothing is queued twice either way.
 */
export async function startRebuild(payload: Payload, options: { reason?: string; full?: boolean; startedBy: string; join?: boolean }): Promise<StartedRun> {
  const existing = await activeRun(payload)
  if (existing) return { run: existing, joined: true, queued: options.join ? await queueRunBuilds(payload, existing) : 0 }
  let run: RunDoc
  try {
    run = (await payload.db.create({
      collection: 'build-runs',
      data: {
        reason: (options.reason ?? '').trim().slice(0, 500) || null,
        status: 'running',
        active: 'active',
        full: Boolean(options.full),
        startedBy: options.startedBy.slice(0, 200),
        startedAt: new Date().toISOString(),
        total: 0,
        done: 0,
        failed: 0,
      },
    })) as unknown as RunDoc
  } catch (err) {
    // Another process started one a moment ago (the unique `active`): join it.
    const other = await activeRun(payload)
    if (!other) throw err
    return { run: other, joined: true, queued: options.join ? await queueRunBuilds(payload, other) : 0 }
  }
  const queued = await queueRunBuilds(payload, run)
  return { run: { ...run, total: queued }, joined: false, queued }
}

/** Queue the run's build of every live portal that has none yet; returns how many were queued. */
export async function queueRunBuilds(payload: Payload, run: RunDoc): Promise<number> {
  const [sites, existing] = await Promise.all([
    payload.db.find<{ id: number | string; visits?: number | null }>({ collection: 'sites', where: { status: { equals: 'active' } }, select: { visits: true }, sort: 'id', pagination: false, limit: 0 }),
    payload.db.find<{ id: number | string; site: unknown }>({ collection: 'builds', where: { run: { equals: run.id } }, select: { site: true }, sort: 'id', pagination: false, limit: 0 }),
  ])
  const have = new Set(existing.docs.map((b) => String(idOf(b.site))))
  const stamp = new Date().toISOString()
  let queued = 0
  for (const site of sites.docs) {
    if (have.has(String(site.id))) continue
    await payload.db.create({
      collection: 'builds',
      data: { site: site.id, run: run.id, visits: site.visits ?? 0, status: 'queued', reason: RUN_BUILD_REASON, queuedAt: stamp },
    })
    have.add(String(site.id))
    queued++
  }
  if (have.size !== run.total) {
    await payload.db.updateOne({ collection: 'build-runs', id: run.id, data: { total: have.size }, returning: false })
  }
  // No live portal at all: nothing to wait for.
  if (have.size === 0) {
    await payload.db.updateOne({ collection: 'build-runs', id: run.id, data: { status: 'finished', active: null, finishedAt: new Date().toISOString() }, returning: false })
    return 0
  }
  if (queued > 0 || run.status === 'running') {
    await payload.jobs.queue({ task: BUILD_TASK, input: {} })
    bus().publish('queued:build')
  }
  return queued
}

/** Who starts a run from this process's command line. */
export const cliStarter = () => `npm run site -- rebuild-all (${os.hostname()}, ${os.userInfo().username})`

/**
 * Count the run's finished builds into its row. Figures only grow (a slower process never writes
 * older counts over newer ones); the process that sees the last portal finish closes the run and
 * returns true.
 */
export async function recordRunProgress(payload: Payload, runId: number | string): Promise<boolean> {
  const where = (status: string[]): Where => ({ and: [{ run: { equals: runId } }, { status: { in: status } }] })
  const [done, failed, run] = await Promise.all([
    payload.db.count({ collection: 'builds', where: where(['succeeded', 'failed']) }),
    payload.db.count({ collection: 'builds', where: where(['failed']) }),
    payload.db.findOne<RunDoc>({ collection: 'build-runs', where: { id: { equals: runId } } }),
  ])
  if (!run || run.status !== 'running') return false
  const figures = { done: done.totalDocs, failed: failed.totalDocs }
  if (run.total > 0 && figures.done >= run.total) {
    const builds = await payload.db.find<{ pages?: number | null }>({ collection: 'builds', where: where(['succeeded']), select: { pages: true }, pagination: false, limit: 0 })
    const pages = builds.docs.reduce((sum, b) => sum + (b.pages ?? 0), 0)
    const closed = await payload.db.updateOne({
      collection: 'build-runs',
      where: { and: [{ id: { equals: runId } }, { status: { equals: 'running' } }] },
      data: { ...figures, pages, status: 'finished', active: null, finishedAt: new Date().toISOString() },
      options: { atomic: true },
      returning: true,
    })
    return Boolean(closed)
  }
  await payload.db.updateOne({
    collection: 'build-runs',
    where: { and: [{ id: { equals: runId } }, { status: { equals: 'running' } }, { done: { less_than_equal: figures.done } }] },
    data: figures,
    options: { atomic: true },
    returning: false,
  })
  return false
}

/**
 * A build that began this long after the one before it finished marks a pause (a stopped
 * process, a run resumed): the pace is measured after it. Builds of a run follow each other
 * within milliseconds while workers are busy, however long each portal takes.
 */
const PAUSE_MS = 10_000
/** The pace is measured over the run's latest finished builds. */
const PACE_WINDOW = 50

/** The run's figures with its recent pace (portals and pages per second) and the time left at that pace. */
export async function runProgress(payload: Payload, run: RunDoc): Promise<RunProgress> {
  const inRun = (status: string): Where => ({ and: [{ run: { equals: run.id } }, { status: { equals: status } }] })
  const [queued, running, recent] = await Promise.all([
    payload.db.count({ collection: 'builds', where: inRun('queued') }),
    payload.db.count({ collection: 'builds', where: inRun('running') }),
    payload.db.find<BuildFigures>({
      collection: 'builds',
      where: { and: [{ run: { equals: run.id } }, { status: { in: ['succeeded', 'failed'] } }] },
      select: { status: true, startedAt: true, finishedAt: true, pages: true },
      sort: '-finishedAt',
      limit: PACE_WINDOW,
      pagination: false,
    }),
  ])
  // Newest first; stop at the first pause.
  const window: BuildFigures[] = []
  for (const build of recent.docs) {
    const previous = window[window.length - 1]
    if (previous && Date.parse(String(previous.startedAt ?? previous.finishedAt)) - Date.parse(String(build.finishedAt)) > PAUSE_MS) break
    window.push(build)
  }
  const now = Date.now()
  let portalsPerSecond: number | null = null
  let pagesPerSecond: number | null = null
  if (window.length > 0) {
    const from = Math.min(...window.map((b) => Date.parse(String(b.startedAt ?? b.finishedAt))))
    const to = Math.max(...window.map((b) => Date.parse(String(b.finishedAt))))
    // While portals are building, the time since the last one finished counts too.
    const end = run.status === 'running' && running.totalDocs > 0 ? Math.max(to, now) : to
    const seconds = Math.max((end - from) / 1000, 0.001)
    portalsPerSecond = window.length / seconds
    pagesPerSecond = window.reduce((sum, b) => sum + (b.pages ?? 0), 0) / seconds
  }
  const left = Math.max(run.total - run.done, 0)
  const finished = run.status === 'finished'
  return {
    id: run.id,
    reason: run.reason ?? '',
    status: run.status,
    full: Boolean(run.full),
    startedBy: run.startedBy ?? '',
    startedAt: run.startedAt,
    finishedAt: run.finishedAt ?? null,
    total: run.total,
    done: run.done,
    failed: run.failed,
    queued: queued.totalDocs,
    running: running.totalDocs,
    pagesPerSecond,
    portalsPerSecond,
    etaSeconds: finished ? 0 : portalsPerSecond ? left / portalsPerSecond : null,
    elapsedSeconds: ((finished && run.finishedAt ? Date.parse(run.finishedAt) : now) - Date.parse(run.startedAt)) / 1000,
    pages: run.pages ?? null,
  }
}
