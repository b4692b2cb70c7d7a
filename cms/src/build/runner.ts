/**
 * Runs queued portal builds: claim every queued build, export one snapshot for all their
 * sites, render them in ONE Astro build, then switch each portal to its new release in one
 * atomic step (a symlink swapped by rename). A failed or killed build never touches what is live.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { exportSnapshot } from './export'
import { buildTmpDir, mediaDir, releasesDir, repoRoot, sitesDir } from './paths'

const LOG_LIMIT = 20_000
const BUILD_TIMEOUT_MS = 15 * 60_000
const RELEASES_KEPT = 3

export type BuildOutcome = { site: string; status: 'succeeded' | 'failed'; pages: number; durationMs: number }

let running: Promise<BuildOutcome[]> | null = null

/** Run pending builds; concurrent callers in this process share one run. */
export function runPendingBuilds(payload: Payload): Promise<BuildOutcome[]> {
  running ??= runOnce(payload).finally(() => {
    running = null
  })
  return running
}

function tail(text: string): string {
  return text.length > LOG_LIMIT ? '…' + text.slice(-LOG_LIMIT) : text
}

/**
 * One `astro build` in its own scratch directory: Astro keeps its data store and, when the output
 * is outside the working directory, a `.prerender` folder relative to the working directory, so
 * builds in two processes (server and worker) must not share one.
 */
export async function runAstro(work: string, snapshotFile: string, outDir: string): Promise<{ ok: boolean; log: string }> {
  const root = repoRoot()
  const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs')
  return new Promise((resolve) => {
    let log = ''
    const child = spawn(process.execPath, [astroBin, 'build', '--root', path.join(root, 'sites')], {
      cwd: work,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        CONG_SNAPSHOT: snapshotFile,
        CONG_OUT_DIR: outDir,
        CONG_CACHE_DIR: path.join(work, 'cache'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const collect = (chunk: Buffer) => {
      log = tail(log + chunk.toString('utf8'))
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    const timer = setTimeout(() => {
      log += `\nBuild killed after ${BUILD_TIMEOUT_MS / 1000} s.`
      child.kill('SIGKILL')
    }, BUILD_TIMEOUT_MS)
    child.on('error', (err) => {
      clearTimeout(timer)
      resolve({ ok: false, log: tail(`${log}\n${err.message}`) })
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ ok: code === 0, log })
    })
  })
}

async function countPages(dir: string): Promise<number> {
  let count = 0
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.(html|xml|txt)$/.test(entry.name)) count++
  }
  return count
}

async function copyMedia(files: Set<string>, target: string): Promise<void> {
  if (files.size === 0) return
  const dir = path.join(target, 'media')
  await fs.mkdir(dir, { recursive: true })
  await Promise.all(
    [...files].map(async (name) => {
      const from = path.join(mediaDir(), path.basename(name))
      const to = path.join(dir, path.basename(name))
      // Hard links cost no space; fall back to a copy across filesystems.
      await fs.link(from, to).catch(() => fs.copyFile(from, to))
    }),
  )
}

/** Move a directory, copying when the target is on another filesystem. */
async function moveDir(from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err
    // Copy under a temporary name first so a half-copied release is never activated.
    const partial = `${to}.partial`
    await fs.cp(from, partial, { recursive: true })
    await fs.rename(partial, to)
    await fs.rm(from, { recursive: true, force: true })
  }
}

/** Make `<sitesDir>/<slug>` point at `release` atomically, then drop old releases. */
export async function activateRelease(slug: string, release: string): Promise<void> {
  const live = path.join(sitesDir(), slug)
  const stat = await fs.lstat(live).catch(() => null)
  if (stat && !stat.isSymbolicLink()) {
    // A plain directory from an older layout: keep it as a release so the swap stays atomic.
    await fs.rename(live, path.join(releasesDir(), `${slug}--legacy-${Date.now()}`))
  }
  const link = `${live}.swap-${process.pid}`
  await fs.rm(link, { force: true })
  await fs.symlink(path.relative(sitesDir(), release), link)
  await fs.rename(link, live)

  const mine = (await fs.readdir(releasesDir())).filter((name) => name.startsWith(`${slug}--`)).sort()
  const current = path.basename(release)
  const old = mine.filter((name) => name !== current).slice(0, -(RELEASES_KEPT - 1) || undefined)
  await Promise.all(old.map((name) => fs.rm(path.join(releasesDir(), name), { recursive: true, force: true })))
}

/**
 * `<sitesDir>/.domains.map`: "domain slug;" lines for the production static server (nginx's
 * `map`), so a portal's own domains reach its files without the CMS in the path.
 */
export async function writeDomainMap(payload: Payload): Promise<void> {
  const sites = await payload.find({
    collection: 'sites',
    where: { status: { equals: 'active' } },
    pagination: false,
    depth: 0,
    select: { slug: true, domains: true },
    overrideAccess: true,
  })
  const lines = sites.docs.flatMap((s) => ((s.domains as string[] | null) ?? []).map((d) => `${d} ${s.slug};`))
  const file = path.join(sitesDir(), '.domains.map')
  await fs.writeFile(`${file}.tmp`, lines.join('\n') + '\n')
  await fs.rename(`${file}.tmp`, file)
}

async function runOnce(payload: Payload): Promise<BuildOutcome[]> {
  const queued = await payload.find({
    collection: 'builds',
    where: { status: { equals: 'queued' } },
    sort: 'queuedAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  if (queued.docs.length === 0) return []
  const startedAt = new Date()
  const claimed = queued.docs.map((b) => b.id)
  await payload.update({
    collection: 'builds',
    where: { id: { in: claimed } },
    data: { status: 'running', startedAt: startedAt.toISOString() },
    overrideAccess: true,
    depth: 0,
  })
  const siteIds = [...new Set(queued.docs.map((b) => b.site as number))]
  const stamp = `${startedAt.toISOString().replace(/[:.]/g, '-')}-${process.pid}`
  const work = path.join(buildTmpDir(), stamp)
  const outDir = path.join(work, 'out')
  let log = ''
  const outcomes: BuildOutcome[] = []
  const bySite = new Map<string, { pages: number; ok: boolean }>()
  let slugById = new Map<string, string>()
  let failed = false

  try {
    await fs.mkdir(outDir, { recursive: true })
    await fs.mkdir(releasesDir(), { recursive: true })
    const { snapshot, mediaBySite } = await exportSnapshot(payload, siteIds)
    const sites = await payload.find({ collection: 'sites', where: { id: { in: siteIds } }, pagination: false, depth: 0, overrideAccess: true })
    slugById = new Map(sites.docs.map((s) => [String(s.id), s.slug as string]))
    const snapshotFile = path.join(work, 'snapshot.json')
    await fs.writeFile(snapshotFile, JSON.stringify(snapshot))

    if (snapshot.sites.length > 0) {
      const result = await runAstro(work, snapshotFile, outDir)
      log = result.log
      if (!result.ok) throw new Error('Astro build failed')
    }
    for (const site of snapshot.sites) {
      const built = path.join(outDir, site.slug)
      const nested404 = path.join(built, '404', 'index.html')
      if (await fs.stat(nested404).catch(() => null)) {
        await fs.rename(nested404, path.join(built, '404.html'))
        await fs.rmdir(path.join(built, '404')).catch(() => undefined)
      }
      await copyMedia(mediaBySite.get(site.slug) ?? new Set(), built)
      const release = path.join(releasesDir(), `${site.slug}--${stamp}`)
      await moveDir(built, release)
      await activateRelease(site.slug, release)
      bySite.set(site.slug, { pages: await countPages(release), ok: true })
    }
  } catch (err) {
    failed = true
    log = `${log}\n${err instanceof Error ? err.message : String(err)}`.trim()
    payload.logger.error({ err, msg: `Portal build failed for ${siteIds.length} site(s)` })
  } finally {
    await fs.rm(work, { recursive: true, force: true }).catch(() => undefined)
  }

  if (bySite.size > 0) await writeDomainMap(payload).catch((err) => payload.logger.error({ err, msg: 'Cannot write the domain map' }))
  const finishedAt = new Date()
  for (const build of queued.docs) {
    const slug = slugById.get(String(build.site)) ?? String(build.site)
    const result = bySite.get(slug)
    // Archived or unknown sites are skipped by the export: nothing to build is not a failure.
    const skipped = !result && !failed
    const status = result?.ok || skipped ? 'succeeded' : 'failed'
    const durationMs = finishedAt.getTime() - startedAt.getTime()
    await payload.update({
      collection: 'builds',
      id: build.id,
      data: {
        status,
        finishedAt: finishedAt.toISOString(),
        durationMs,
        pages: result?.pages ?? 0,
        log: status === 'failed' ? tail(log) : skipped ? 'Không có nội dung để xây dựng (trang lưu trữ).' : '',
      },
      overrideAccess: true,
      depth: 0,
    })
    outcomes.push({ site: slug, status, pages: result?.pages ?? 0, durationMs })
  }
  return outcomes
}
