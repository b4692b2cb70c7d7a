/**
 * Runs queued portal builds: claim queued builds (cms/src/build/claim.ts: atomic, one worker per
 * portal, a heartbeat while building), then for each of their sites export the
 * published content, plan the portal's pages, render only the pages whose data changed with the
 * warm renderer, and switch the portal to its new release in one atomic step. A failed or killed
 * build never touches what is live; one failing site does not fail the others.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { env } from '../../../cms/src/config/env'
import { instrumentQueries, withQueryStats } from '../../../cms/src/db/queryStats'
import { idOf } from '../../../cms/src/lib/ids'
import { validateSnapshot } from '../../../sites/src/lib/snapshot'
import { planSite } from '../../../sites/src/plan'
import type { ReleaseChecks } from '../checks/checks'
import { type BuildRow, buildingHere, claimBuilds, giveBack, requeueAbandonedBuilds, startHeartbeat, WORKER_ID } from './claim'
import { exportContext, exportSnapshot } from './export'
import { type Exported, type ExportThread, startExportThread } from './export-thread'
import { domainMapHolds, writeDomainMap } from './domainMap'
import { sitesDir } from './paths'
import { recordRunProgress } from './rebuild'
import { runPool, writeRelease } from './release'
import { createRenderPool, type RenderPool } from './render-pool'
import { getRenderer, type Renderer, RendererBuildError } from './renderer'

const LOG_LIMIT = 20_000
/** From this many portals in one run, pages are rendered by a thread per core. */
const POOL_MIN_SITES = 8


export type BuildOutcome = {
  site: string
  status: 'succeeded' | 'failed'
  /** Outputs in the portal's release. */
  pages: number
  /** Outputs rendered by this build (the rest were carried over unchanged). */
  pagesWritten: number
  durationMs: number
  /** The full rebuild the build belonged to. */
  run?: number | string
  /** Exported on the export thread (a big build), not in process. */
  exportThread?: boolean
  /** The export's own time (ms), on the export thread or in process. */
  exportMs?: number
  /** How long the build waited for its export (ms): all of it in process, what was left of it on the thread. */
  exportWaitMs?: number
}

/** Portals one claim takes: several workers share a big queue instead of one taking it all. */
const CLAIM_SITES = 25
/** Portals the export thread works ahead of the ones being built (their snapshots wait in memory). */
const EXPORT_AHEAD = 3

let running: Promise<BuildOutcome[]> | null = null
/** Numbers the batches of this process (the export thread keeps one context per batch). */
let nextBatch = 0

/** Run pending builds until none is left to claim; concurrent callers in this process share one run. */
export function runPendingBuilds(payload: Payload): Promise<BuildOutcome[]> {
  running ??= drain(payload, () => claimBuilds(payload, CLAIM_SITES)).finally(() => {
    running = null
  })
  return running
}

let beside: Promise<BuildOutcome[]> | null = null
let besideAgain = false

/**
 * The second lane: builds people asked for (a publish, a merger), claimed one portal at a time
 * and rendered in this process, while the first lane is busy with a batch (up to 25 portals of a
 * full rebuild, or the province a commune's publish refreshes). An editor's publish then goes live
 * in the time of its own portal's build instead of after the batch. A portal is never in both
 * lanes (`buildingHere`); with nothing asked for, the lane ends. The job runner starts it when a
 * build is queued while it is busy (cms/src/server/jobs.ts; ADR 0006).
 */
export function runAskedBuildsBeside(payload: Payload): Promise<BuildOutcome[]> {
  if (beside) {
    besideAgain = true
    return beside
  }
  besideAgain = false
  // One portal at a time: its threads are never started, it renders in process beside the first
  // lane's. A build queued while a claim found nothing is looked for once more.
  beside = drain(payload, async () => {
    for (;;) {
      const claimed = await claimBuilds(payload, 1, { askedOnly: true })
      if (claimed.length > 0 || !besideAgain) return claimed
      besideAgain = false
    }
  }).finally(() => {
    beside = null
  })
  return beside
}

/** Resolves when neither lane of this process is building (a stopping server waits for it). */
export async function buildsSettled(): Promise<void> {
  while (running || beside) await Promise.allSettled([running, beside])
}

/** A lane: claim and build until a claim finds nothing, under the process's heartbeat. */
async function drain(payload: Payload, claim: () => Promise<BuildRow[]>): Promise<BuildOutcome[]> {
  const stopHeartbeat = heartbeat(payload)
  const threads = renderThreads(payload)
  const outcomes: BuildOutcome[] = []
  // With the export thread, the next batch is claimed while the last portals of this one render,
  // and its first portals are exported meanwhile: each batch began with the main thread waiting
  // for its first two exports (1.7 s at national scale, the batch's shared reads included).
  const claimBatch = (early = false) => claim().then((claimed) => batchOf(claimed, threads.exporterStarted(), early))
  let next: Promise<Batch> | null = null
  const claimNext = () => {
    if (next) return
    next = claimBatch(true)
    next.catch(() => undefined)
  }
  try {
    for (;;) {
      const early = next !== null
      let batch = await (next ?? claimBatch())
      next = null
      // Nothing was queued yet when the batch was claimed early: look again now.
      if (batch.claimed.length === 0 && early) batch = await claimBatch()
      if (batch.claimed.length === 0) break
      outcomes.push(...(await runLane(payload, batch, threads, claimNext)))
    }
  } finally {
    // A batch claimed early by a lane that then failed goes back to the queue with its portals.
    const left = await (next as Promise<Batch> | null)?.catch(() => null)
    if (left) await giveBack(payload, left.order, left.claimed)
    await stopHeartbeat()
    await threads.close()
  }
  return outcomes
}

/**
 * Build claimed portals; each is released for the other lane as soon as its build is done, the
 * rest whatever happens. Only once: a portal released early may be held by the other lane by now.
 */
async function runLane(payload: Payload, batch: Batch, threads: RenderThreads, nearEnd: () => void): Promise<BuildOutcome[]> {
  const held = new Set(batch.claimed.map((b) => String(idOf(b.site))))
  const release = (site: string) => {
    if (held.delete(site)) buildingHere.delete(site)
  }
  try {
    return await runClaimed(payload, batch, threads, release, nearEnd)
  } finally {
    for (const site of [...held]) release(site)
  }
}

/** Claimed builds, with the exports already asked of the export thread for their first portals. */
type Batch = {
  claimed: BuildRow[]
  /** For the export thread, which keeps one export context per batch. */
  id: number
  /** The batch's portals in claim order. */
  order: string[]
  /** Claimed while the lane's previous batch was still building (its claim stamp is not its start). */
  early: boolean
  ahead: Map<string, Promise<Exported>>
  /** The export thread asked for some of its portals (it keeps the batch's context until told the batch ended). */
  askedOf: ExportThread | null
  /** Ask the export thread for the portals from `from` on (EXPORT_AHEAD of them) not asked yet. */
  askAhead: (exporter: ExportThread | null, from: number) => void
}

function batchOf(claimed: BuildRow[], exporter: ExportThread | null, early = false): Batch {
  const order = [...new Set(claimed.map((b) => String(idOf(b.site))))]
  const id = nextBatch++
  const ahead = new Map<string, Promise<Exported>>()
  const batch: Batch = {
    claimed,
    id,
    order,
    early,
    ahead,
    askedOf: null,
    askAhead: (thread, from) => {
      if (!thread?.ready()) return
      batch.askedOf = thread
      for (const site of order.slice(from, from + EXPORT_AHEAD)) {
        if (ahead.has(site)) continue
        const exported = thread.export(site, id, order)
        exported.catch(() => undefined)
        ahead.set(site, exported)
      }
    },
  }
  batch.askAhead(exporter, 0)
  return batch
}

/** One heartbeat for this process's running builds, however many lanes are building. */
let beating: { lanes: number; stop: () => Promise<void> } | null = null
function heartbeat(payload: Payload): () => Promise<void> {
  beating ??= { lanes: 0, stop: startHeartbeat(payload) }
  const current = beating
  current.lanes++
  return async () => {
    if (--current.lanes > 0) return
    if (beating === current) beating = null
    await current.stop()
  }
}

type RenderThreads = {
  /** Whether threads for these templates are running already. */
  started: (renderer: Renderer) => boolean
  get: (renderer: Renderer) => Promise<RenderPool | null>
  /** The run's export thread, started with its first render threads; null when off (BUILD_EXPORT_THREAD=false). */
  exporter: () => ExportThread | null
  /** The export thread if started, without starting it. */
  exporterStarted: () => ExportThread | null
  close: () => Promise<void>
}

/**
 * The render threads of one run: started by the first batch big enough to need them and kept for
 * the run's later batches (a full rebuild claims its portals 25 at a time; starting the threads,
 * each loading the templates, cost every batch about a second). New templates mid-run get new
 * threads.
 */
function renderThreads(payload: Payload): RenderThreads {
  let current: { hash: string; pool: Promise<RenderPool | null> } | null = null
  let exporter: ExportThread | null = null
  const closeCurrent = async () => {
    const pool = await current?.pool
    current = null
    await pool?.close()
  }
  return {
    exporterStarted: () => exporter,
    exporter() {
      if (!exporter && env().buildExportThread)
        exporter = startExportThread(
          (err) => payload.logger.warn({ err, msg: 'Export thread failed; exporting in process' }),
          (ms) => payload.logger.info(`Luồng xuất dữ liệu sẵn sàng / export thread ready (${ms} ms)`),
        )
      return exporter
    },
    async get(renderer) {
      if (current?.hash !== renderer.hash) {
        await closeCurrent()
        current = {
          hash: renderer.hash,
          pool: createRenderPool(renderer, env().buildRenderThreads || undefined).catch((err: unknown) => {
            payload.logger.warn({ err, msg: 'Render threads unavailable; rendering in process' })
            return null
          }),
        }
      }
      return current.pool
    },
    started: (renderer) => current?.hash === renderer.hash,
    async close() {
      await Promise.all([closeCurrent(), exporter?.close()])
      exporter = null
    },
  }
}

function tail(text: string): string {
  return text.length > LOG_LIMIT ? '…' + text.slice(-LOG_LIMIT) : text
}

/** Builds left `running` by a worker that is gone go back to the queue (claim.ts). */
export const requeueInterruptedBuilds = requeueAbandonedBuilds

export { writeDomainMap } from './domainMap'

async function runClaimed(payload: Payload, batch: Batch, threads: RenderThreads, release: (site: string) => void, nearEnd: () => void): Promise<BuildOutcome[]> {
  const { claimed, order, ahead } = batch
  const queued = { docs: claimed.map((b) => ({ ...b, site: (typeof b.site === 'object' ? b.site.id : b.site) as number, run: idOf(b.run) })) }
  // Full rebuilds among the claimed builds: those asking for every page to be rendered again.
  const runIds = [...new Set(queued.docs.map((b) => b.run).filter((r): r is number | string => r !== null))]
  const fullRuns = new Set(
    runIds.length
      ? (await payload.db.find<{ id: number | string; full?: boolean | null }>({ collection: 'build-runs', where: { id: { in: runIds } }, select: { full: true }, pagination: false, limit: 0 })).docs
          .filter((r) => r.full)
          .map((r) => String(r.id))
      : [],
  )
  const startedAt = new Date()
  const stamp = `${startedAt.toISOString().replace(/[:.]/g, '-')}-${process.pid}`
  // Several queued builds of one site (e.g. queued by two processes) are served by one render.
  const buildsBySite = new Map<string, typeof queued.docs>()
  for (const build of queued.docs) {
    const key = String(build.site)
    buildsBySite.set(key, [...(buildsBySite.get(key) ?? []), build])
  }

  let renderer: Awaited<ReturnType<typeof getRenderer>> | null = null
  let rendererError: string | null = null
  try {
    renderer = await getRenderer((msg) => payload.logger.info(msg))
  } catch (err) {
    rendererError = err instanceof RendererBuildError ? `${err.message}\n${err.log}` : String(err)
    payload.logger.error({ err, msg: 'Cannot compile the portal templates' })
  }

  const outcomes: BuildOutcome[] = []
  // SQL statements each portal's export sends, in its build log (SQL adapters; ADR 0025).
  instrumentQueries(payload)
  const shared = exportContext(queued.docs.map((b) => b.site as number))
  // Portals made live by builds outside a full rebuild: their domains go to the map after the batch.
  const activated = new Set<number | string>()
  let runClosed = false
  // Big runs (a full build, new templates) render on every core while the next portal exports.
  // Threads already started by an earlier batch of this run serve the smaller batches too.
  const pool = renderer && (buildsBySite.size >= POOL_MIN_SITES || threads.started(renderer)) ? await threads.get(renderer) : null
  // With the render threads, the portals are exported ahead on a thread of their own once it is
  // ready (export-thread.ts); before, and for small batches, in process.
  const exporter = pool ? threads.exporter() : null

  let begun = 0
  const buildSite = async ([siteId, builds]: [string, typeof queued.docs]) => {
    const siteStarted = Date.now()
    const first = begun++ === 0
    // The batch's last portals are under way: the next batch is claimed and its exports begin.
    if (exporter?.ready() && begun >= order.length - EXPORT_AHEAD) nearEnd()
    let status: BuildOutcome['status'] = 'succeeded'
    let log = ''
    let pages = 0
    let pagesWritten = 0
    let checks: ReleaseChecks | null = null
    let slug = siteId
    let onThread: Promise<Exported> | undefined
    let exportTimes: { exportMs: number; exportWaitMs: number } | null = null
    const inRun = builds.some((b) => b.run !== null)
    try {
      // When this portal's build began (claims take many portals at once): the run's pace and the
      // order portals were built in are read from it. The claim stamped it already: the batch's
      // first portal (a publish's only one), begun within a second of its claim, keeps that stamp;
      // not a batch claimed early, whose claim came before the previous batch's last portals began.
      const claimedAt = Math.min(...builds.map((b) => Date.parse(b.startedAt ?? '') || 0))
      if (!(first && !batch.early && siteStarted - claimedAt <= 1000)) await payload.db.updateMany({
        collection: 'builds',
        where: { and: [{ id: { in: builds.map((b) => b.id) } }, { worker: { equals: WORKER_ID } }, { status: { equals: 'running' } }] },
        data: { startedAt: new Date(siteStarted).toISOString(), heartbeatAt: new Date().toISOString() },
        returning: false,
      })
      if (!renderer) throw new Error(rendererError ?? 'No renderer')
      const exportStarted = Date.now()
      batch.askAhead(exporter, order.indexOf(siteId))
      onThread = ahead.get(siteId)
      ahead.delete(siteId)
      const { result: exported, stats: sql, ms: threadMs }: Exported = await (onThread ?? withQueryStats(() => exportSnapshot(payload, [builds[0]!.site as number], undefined, shared)))
      exportTimes = { exportMs: threadMs ?? Date.now() - exportStarted, exportWaitMs: Date.now() - exportStarted }
      const { mediaBySite, attachmentsBySite } = exported
      // The same integrity checks the portal templates rely on (unique slugs, valid dates…).
      const snapshot = validateSnapshot(exported.snapshot, `site ${siteId}`)
      const site = snapshot.sites[0]
      if (!site) {
        // Archived or unknown sites are skipped by the export: nothing to build is not a failure.
        log = 'Không có nội dung để xây dựng (trang lưu trữ). / Nothing to build (archived site).'
      } else {
        slug = site.slug
        const planStarted = Date.now()
        const exportMs = planStarted - exportStarted
        const plan = planSite(site, snapshot.generatedAt)
        const releaseStarted = Date.now()
        // The release checks (broken links, static accessibility) for the compliance dashboard are
        // computed while writing: rendered pages are scanned as they are rendered, unchanged ones
        // keep their earlier scans.
        const result = await writeRelease({
          plan,
          renderer: pool ?? renderer,
          media: mediaBySite.get(site.slug) ?? new Set(),
          attachments: attachmentsBySite.get(site.slug) ?? new Set(),
          stamp,
          full: builds.some((b) => b.run !== null && fullRuns.has(String(b.run))),
          checks: { baseUrl: site.baseUrl },
        })
        // Where a build's time went besides the export and the writing (issue 17: a publish took
        // 0.6 s where its export and render took 0.13 s).
        const phases = { start: exportStarted - siteStarted, plan: releaseStarted - planStarted, release: Date.now() - releaseStarted }
        pages = result.pages
        pagesWritten = result.written
        if (builds.some((b) => b.run === null)) activated.add(builds[0]!.site as number)
        checks = result.checks
        log = `${result.written} trang được dựng lại, ${result.reused} giữ nguyên, ${result.removed} bị xoá (${result.renderMs} ms). / ${result.written} rendered, ${result.reused} unchanged, ${result.removed} removed. Xuất dữ liệu / export: ${exportMs} ms (SQL: ${sql.count} truy vấn / statements, ${sql.rows} dòng / rows, ${Math.round(sql.ms)} ms) · kiểm tra / checks: ${checks?.durationMs ?? 0} ms · tuyên bố tiếp cận / accessibility statement: ${result.statementMs} ms · xuất theo phần / export by part: ${Object.entries(exported.exporterMs).map(([name, ms]) => `${name} ${ms}`).join(' · ')} ms${onThread ? ' (luồng xuất riêng / export thread)' : ''} · giai đoạn / phases: bắt đầu / start ${phases.start} · lập kế hoạch / plan ${phases.plan} · bản phát hành / release ${phases.release} ms\n${result.writtenPaths.join('\n')}`
      }
    } catch (err) {
      status = 'failed'
      log = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err)
      payload.logger.error({ err, msg: `Portal build failed for site ${siteId}` })
    }
    const finishedAt = new Date()
    const durationMs = finishedAt.getTime() - siteStarted
    for (const build of builds) {
      const ended = { status, finishedAt: finishedAt.toISOString(), durationMs, pages, pagesWritten, heartbeatAt: finishedAt.toISOString() }
      await payload
        .update({ collection: 'builds', id: build.id, data: { ...ended, checks, log: tail(log) }, overrideAccess: true, depth: 0 })
        .catch(async (err: unknown) => {
          // A build left `running` would stay so while this process beats its heartbeat: record
          // at least how it ended.
          payload.logger.error({ err, msg: `Cannot record the build of site ${siteId}` })
          await payload.db.updateOne({ collection: 'builds', id: build.id, data: { ...ended, log: tail(`${log}\n${String(err)}`) }, returning: false })
        })
    }
    // Done here: a publish of this portal queued meanwhile may be built by the other lane.
    release(siteId)
    outcomes.push({ site: slug, status, pages, pagesWritten, durationMs, ...(inRun ? { run: builds.find((b) => b.run !== null)!.run! } : {}), ...(onThread ? { exportThread: true } : {}), ...exportTimes })
    for (const run of new Set(builds.map((b) => b.run).filter((r) => r !== null))) {
      if (await recordRunProgress(payload, run!).catch((err: unknown) => (payload.logger.error({ err, msg: 'Cannot count the full rebuild' }), false))) runClosed = true
    }
  }
  await runPool([...buildsBySite], pool ? 2 : 1, buildSite)
  // Also the thread asked before this batch began, when its renders did not use the threads
  // (templates changed in between): it would keep the batch's context for the rest of the run.
  for (const thread of new Set([exporter, batch.askedOf])) thread?.endBatch(batch.id)
  // Re-reading every live portal after each batch of a full rebuild would cost as much as the
  // batch at national scale: a run writes the map once, when it finishes (ADR 0026).
  // Between runs, a build changes the map only when its portal is new or its domains changed.
  const mapNeeded = runClosed || (activated.size > 0 && !(await domainMapHolds(payload, [...activated]).catch(() => false)))
  if (mapNeeded) await writeDomainMap(payload).catch((err) => payload.logger.error({ err, msg: 'Cannot write the domain map' }))
  return outcomes
}

/**
 * Remove what interrupted builds left behind in the live folder (swap links). Another worker's
 * swap is a link that lives for a moment: only links older than a minute are removed.
 */
export async function cleanLiveDir(): Promise<void> {
  const entries = await fs.readdir(sitesDir()).catch(() => [])
  const cutoff = Date.now() - 60_000
  await Promise.all(
    entries
      .filter((name) => name.includes('.swap-'))
      .map(async (name) => {
        const file = path.join(sitesDir(), name)
        const stat = await fs.lstat(file).catch(() => null)
        if (stat && stat.mtimeMs < cutoff) await fs.rm(file, { force: true })
      }),
  )
}
