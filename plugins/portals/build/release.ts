/**
 * Writing a portal release incrementally and switching to it atomically.
 *
 * A release is a folder `<sitesDir>/.releases/<slug>--<stamp>` with every file of the portal and
 * a manifest (`.cong-manifest.json`: templates hash and one digest per output). A new release is
 * assembled in `<release>.partial`: outputs whose digest did not change are hard links to the
 * previous release's files (no copy, no render), the others are rendered. Only a complete folder
 * is renamed into place and only then is `<sitesDir>/<slug>` (a symlink) swapped to it by rename.
 * A build that fails or is killed leaves a `.partial` folder that nothing points at; the next
 * build removes it. What citizens see is always a whole release.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import type { PlannedOutput, PlannedPage, SitePlan } from '../../../sites/src/plan'
import { A11Y_RULES, feedRefs, isCheckedFeed, pagePath, type ReleaseChecks, scanPage, type ScannedPage, summariseChecks } from '../checks/checks'
import { vnDay } from '../../../themes/model/format'
import type { StatementFindings } from '../../../themes/model/statement'
import { mediaDir, sitesDir } from './paths'
import { compressedCopies, ENCODINGS, isCompressible } from './precompress'
import type { Renderer } from './renderer'

export const MANIFEST = '.cong-manifest.json'
/**
 * What the release checks found on each page (links, static accessibility), gzipped JSON. The
 * next build carries these over for the pages it does not render, so a publish re-checks only
 * the pages it rewrote.
 */
export const SCANS = '.cong-scans.json.gz'
const RELEASES_KEPT = 3
const WRITE_CONCURRENCY = 16

export interface ReleaseManifest {
  version: 1
  templates: string
  builtAt: string
  /** Output file → digest of the data it was rendered from. */
  outputs: Record<string, string>
  media: string[]
  /** Legal files linked in under `tep/`. */
  legalFiles?: string[]
  /**
   * Pages written after the checks (the accessibility statement) → what they were rendered from:
   * their data, the check's figures and its day. A later build the same day with the same figures
   * keeps them.
   */
  afterChecks?: Record<string, string>
}

export interface ReleaseDiff {
  /** Outputs to render: new, or their data (or the templates) changed. */
  render: PlannedOutput[]
  /** Outputs to carry over unchanged from the previous release. */
  keep: PlannedOutput[]
  /** Files of the previous release that no longer exist. */
  remove: string[]
}

/**
 * Which outputs a build must render, given the previous release's manifest. Pure: this is the
 * "affected pages" computation, tested on its own.
 */
export function diffRelease(previous: Pick<ReleaseManifest, 'templates' | 'outputs'> | null, templates: string, outputs: readonly PlannedOutput[]): ReleaseDiff {
  const sameTemplates = previous?.templates === templates
  const render: PlannedOutput[] = []
  const keep: PlannedOutput[] = []
  for (const output of outputs) {
    // Feeds and sitemaps do not depend on the templates, only on their own content.
    const reusable = previous && (sameTemplates || output.kind === 'file') && previous.outputs[output.file] === output.digest
    if (reusable) keep.push(output)
    else render.push(output)
  }
  const planned = new Set(outputs.map((o) => o.file))
  const remove = previous ? Object.keys(previous.outputs).filter((file) => !planned.has(file)) : []
  return { render, keep, remove }
}

export interface ReleaseResult {
  release: string
  /** Outputs in the release. */
  pages: number
  /** Outputs rendered by this build. */
  written: number
  /** Outputs carried over unchanged. */
  reused: number
  /** Outputs of the previous release that are gone. */
  removed: number
  /** URL paths rendered (for logs and tests; capped). */
  writtenPaths: string[]
  renderMs: number
  /** Of `renderMs`, the accessibility statement's part (rendered after the checks, or linked from the previous release). */
  statementMs: number
  /** Link and accessibility figures of the whole release, when asked for (`checks`). */
  checks: ReleaseChecks | null
}

type PageScan = Omit<ScannedPage, 'page'>
/** Page scans on disk: the referenced URLs once in a table (every page repeats the menus). */
type StoredScans = { version: 1; refs: string[]; pages: Record<string, [number[], PageScan['issues']]> }

const gzip = promisify(zlib.gzip)
const gunzip = promisify(zlib.gunzip)

async function readScans(release: string | null): Promise<Map<string, PageScan>> {
  const scans = new Map<string, PageScan>()
  if (!release) return scans
  try {
    const stored = JSON.parse((await gunzip(await fs.readFile(path.join(release, SCANS)))).toString('utf8')) as StoredScans
    if (stored.version !== 1) return scans
    for (const [file, [refs, issues]] of Object.entries(stored.pages)) scans.set(file, { refs: refs.map((i) => stored.refs[i]!), issues })
  } catch {
    // No scans (an older release): unchanged pages are read back and scanned instead.
  }
  return scans
}

async function writeScans(file: string, scans: Map<string, PageScan>): Promise<void> {
  const table = new Map<string, number>()
  const pages: StoredScans['pages'] = {}
  for (const [page, scan] of scans) {
    pages[page] = [
      scan.refs.map((ref) => {
        let i = table.get(ref)
        if (i === undefined) table.set(ref, (i = table.size))
        return i
      }),
      scan.issues,
    ]
  }
  const stored: StoredScans = { version: 1, refs: [...table.keys()], pages }
  await fs.writeFile(file, await gzip(JSON.stringify(stored), { level: 6 }))
}

const isPage = (file: string) => file.endsWith('.html')
const scanOf = (html: string): PageScan => {
  const { refs, issues } = scanPage(html)
  return { refs: [...refs], issues }
}

/** The live release of a portal, if any: where `<sitesDir>/<slug>` points. */
export async function liveRelease(slug: string, root = sitesDir()): Promise<string | null> {
  const live = path.join(root, slug)
  return fs.realpath(live).catch(() => null)
}

export async function readManifest(release: string | null): Promise<ReleaseManifest | null> {
  if (!release) return null
  try {
    const manifest = JSON.parse(await fs.readFile(path.join(release, MANIFEST), 'utf8')) as ReleaseManifest
    return manifest.version === 1 && manifest.outputs ? manifest : null
  } catch {
    return null
  }
}

/** Run `task` over `items`, at most `limit` at a time. */
export async function runPool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await task(items[next++]!)
  })
  await Promise.all(workers)
}

function dirMaker(): (dir: string) => Promise<void> {
  const made = new Map<string, Promise<unknown>>()
  return async (dir) => {
    let pending = made.get(dir)
    if (!pending) {
      pending = fs.mkdir(dir, { recursive: true })
      made.set(dir, pending)
    }
    await pending
  }
}

/** Hard-link a file, copying when links are impossible (another filesystem). */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await fs.link(from, to).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'EEXIST') return
    return fs.copyFile(from, to)
  })
}

/** Write the precompressed copies of a file just written. */
async function writeCompressed(file: string, body: string | Buffer): Promise<void> {
  for (const copy of await compressedCopies(body)) await fs.writeFile(`${file}${copy.suffix}`, copy.data)
}

/** Whether a planned output gets its precompressed copies when written (not the long tail: ADR 0029). */
const precompressed = (output: PlannedOutput): boolean => isCompressible(output.file) && !(output.kind === 'page' && output.tail)

/**
 * Carry the precompressed copies of an unchanged file over from the previous release (hard
 * links, like the file), those the server made on a first request included. A page that is not
 * of the long tail and lacks them (a release written before copies existed) gets them made now;
 * a page of the long tail keeps what it has.
 */
async function keepCompressed(previous: string, to: string, make = true): Promise<void> {
  const linked = await Promise.all(
    ENCODINGS.map(({ suffix }) =>
      fs.link(`${previous}${suffix}`, `${to}${suffix}`).then(
        () => true,
        (err: NodeJS.ErrnoException) => err.code === 'EEXIST',
      ),
    ),
  )
  if (!make || linked.every(Boolean)) return
  await writeCompressed(to, await fs.readFile(to))
}

export interface WriteReleaseOptions {
  plan: SitePlan
  renderer: Renderer
  /** Media file names the portal needs (copied next to its pages). */
  media: ReadonlySet<string>
  /** Stored files the portal links to under `/tep/` (absolute paths; linked in by their base name). */
  attachments?: ReadonlySet<string>
  stamp: string
  /** Render everything even when a previous release could be reused. */
  full?: boolean
  /** Called after each rendered output (tests use it to interrupt a build). */
  onWritten?: (count: number) => void
  /** Where the live portals are; defaults to `SITES_DIR`. */
  root?: string
  /**
   * Compute the release checks (links, static accessibility) while writing: rendered pages are
   * scanned as they are rendered (on the render threads when there are some), unchanged pages
   * keep their previous scans. `baseUrl` is the portal's public address (absolute links to it and
   * the sitemap's URLs are checked too).
   */
  checks?: { baseUrl?: string }
}

/** Assemble the new release of one portal and make it live. */
export async function writeRelease(options: WriteReleaseOptions): Promise<ReleaseResult> {
  const { plan, renderer, media, stamp, root = sitesDir() } = options
  const releases = path.join(root, '.releases')
  await fs.mkdir(releases, { recursive: true })
  const previousDir = options.full ? null : await liveRelease(plan.slug, root)
  const previous = await readManifest(previousDir)
  // The accessibility statement is written after the checks, with their figures, by every build.
  const afterChecks = plan.outputs.filter((o): o is PlannedPage => o.kind === 'page' && o.afterChecks === true)
  const outputs = plan.outputs.filter((o) => !(o.kind === 'page' && o.afterChecks))
  const diff = diffRelease(previous, renderer.hash, outputs)
  const release = path.join(releases, `${plan.slug}--${stamp}`)
  const partial = `${release}.partial`
  await fs.rm(partial, { recursive: true, force: true })
  const ensureDir = dirMaker()
  const started = Date.now()
  let written = 0
  const checking = options.checks !== undefined
  const attachmentPaths = new Map([...(options.attachments ?? [])].map((file) => [path.basename(file), file]))
  const legalFileNames = [...attachmentPaths.keys()].sort()
  const scans = new Map<string, PageScan>()
  let checks: ReleaseChecks | null = null
  let statementMs = 0
  const previousScans = checking && diff.keep.length > 0 ? await readScans(previousDir) : new Map<string, PageScan>()
  // Nothing the portal shows changed (most often a publish on a portal below it, whose newest news
  // this one does not list): its live release stays, and no release is written (issue 17).
  if (previous && previousDir) {
    const unchanged = await unchangedRelease({ plan, renderer, previous, previousDir, diff, outputs, afterChecks, media, legalFileNames, previousScans, checking, baseUrl: options.checks?.baseUrl, started })
    if (unchanged) return unchanged
  }
  try {
    await ensureDir(partial)
    await runPool(diff.keep, WRITE_CONCURRENCY, async (output) => {
      const to = path.join(partial, output.file)
      await ensureDir(path.dirname(to))
      await linkOrCopy(path.join(previousDir!, output.file), to)
      if (isCompressible(output.file)) await keepCompressed(path.join(previousDir!, output.file), to, precompressed(output))
      if (checking && isPage(output.file)) scans.set(output.file, previousScans.get(output.file) ?? scanOf(await fs.readFile(to, 'utf8')))
    })
    await runPool(diff.render, WRITE_CONCURRENCY, async (output) => {
      let body: string
      if (output.kind === 'file') body = output.body
      else if (checking && renderer.renderScanned) {
        const rendered = await renderer.renderScanned(plan.theme, output.view, output.props)
        body = rendered.html
        scans.set(output.file, rendered.scan)
      } else body = await renderer.render(plan.theme, output.view, output.props)
      if (checking && isPage(output.file) && !scans.has(output.file)) scans.set(output.file, scanOf(body))
      const to = path.join(partial, output.file)
      await ensureDir(path.dirname(to))
      await fs.writeFile(to, body)
      if (precompressed(output)) await writeCompressed(to, body)
      written++
      options.onWritten?.(written)
    })
    if (media.size > 0) {
      await ensureDir(path.join(partial, 'media'))
      await runPool([...media], WRITE_CONCURRENCY, async (name) => {
        const base = path.basename(name)
        const fromPrevious = previousDir ? path.join(previousDir, 'media', base) : null
        const source = fromPrevious && (await fs.stat(fromPrevious).catch(() => null)) ? fromPrevious : path.join(mediaDir(), base)
        await linkOrCopy(source, path.join(partial, 'media', base))
      })
    }
    // Attachments (legal files, forms, drafts) are hard links to the CMS's stored file: never
    // copied or rewritten, whatever their size; a file the CMS no longer holds is carried over
    // from the previous release.
    const legalFiles = legalFileNames
    if (legalFiles.length > 0) {
      await ensureDir(path.join(partial, 'tep'))
      await runPool(legalFiles, WRITE_CONCURRENCY, async (base) => {
        const stored = attachmentPaths.get(base)!
        const fromPrevious = previousDir ? path.join(previousDir, 'tep', base) : null
        const source = (await fs.stat(stored).catch(() => null)) || !fromPrevious ? stored : fromPrevious
        await linkOrCopy(source, path.join(partial, 'tep', base))
      })
    }
    checks = checking ? releaseChecks(plan, media, legalFileNames, scans, options.checks?.baseUrl) : null
    const findings = statementFindings(checks)
    const afterChecksKeys: Record<string, string> = {}
    const statementStarted = Date.now()
    for (const output of afterChecks) {
      const key = afterChecksKey(renderer.hash, output, findings)
      afterChecksKeys[output.file] = key
      const to = path.join(partial, output.file)
      await ensureDir(path.dirname(to))
      if (previousDir && previous?.afterChecks?.[output.file] === key) {
        const from = path.join(previousDir, output.file)
        if (await linkOrCopy(from, to).then(() => true, () => false)) {
          await keepCompressed(from, to)
          continue
        }
      }
      const body = await renderer.render(plan.theme, output.view, { ...output.props, findings })
      await fs.writeFile(to, body)
      await writeCompressed(to, body)
    }
    statementMs = Date.now() - statementStarted
    const manifest: ReleaseManifest = {
      version: 1,
      templates: renderer.hash,
      builtAt: new Date().toISOString(),
      outputs: Object.fromEntries(outputs.map((o) => [o.file, o.digest])),
      media: [...media].map((m) => path.basename(m)).sort(),
      legalFiles,
      afterChecks: afterChecksKeys,
    }
    await fs.writeFile(path.join(partial, MANIFEST), JSON.stringify(manifest))
    if (checking) await writeScans(path.join(partial, SCANS), scans)
    await fs.rename(partial, release)
  } catch (err) {
    await fs.rm(partial, { recursive: true, force: true }).catch(() => undefined)
    throw err
  }
  await activateRelease(plan.slug, release, root)
  return {
    checks,
    release,
    // The figures are the content's: the statement, rewritten by every build, is not counted.
    pages: outputs.length,
    written,
    reused: diff.keep.length,
    removed: diff.remove.length,
    writtenPaths: diff.render.slice(0, 200).map((o) => o.path),
    renderMs: Date.now() - started,
    statementMs,
  }
}

/**
 * What a page written after the checks (the accessibility statement) is rendered from: its data,
 * the check's figures and its day. A build the same day that finds the same (most publishes)
 * links the previous release's statement instead of rendering it again.
 */
function afterChecksKey(templates: string, output: PlannedPage, findings: StatementFindings | null): string {
  const sameDay = findings ? JSON.stringify({ ...findings, checkedAt: vnDay(findings.checkedAt) }) : 'null'
  return `${templates}:${output.digest}:${sameDay}`
}

/** The live release, when the build would write the same one again (same pages, files and statement); else null. */
async function unchangedRelease(o: {
  plan: SitePlan
  renderer: WriteReleaseOptions['renderer']
  previous: ReleaseManifest
  previousDir: string
  diff: ReleaseDiff
  outputs: PlannedOutput[]
  afterChecks: PlannedPage[]
  media: ReadonlySet<string>
  legalFileNames: string[]
  previousScans: Map<string, PageScan>
  checking: boolean
  baseUrl: string | undefined
  started: number
}): Promise<ReleaseResult | null> {
  const { previous, previousDir, diff } = o
  const same = (a: readonly string[] | undefined, b: readonly string[]) => (a ?? []).length === b.length && [...(a ?? [])].sort().every((x, i) => x === b[i])
  if (diff.render.length > 0 || diff.remove.length > 0) return null
  if (!same(previous.media, [...o.media].map((m) => path.basename(m)).sort())) return null
  if (!same(previous.legalFiles, [...o.legalFileNames].sort())) return null
  if (Object.keys(previous.afterChecks ?? {}).length !== o.afterChecks.length) return null
  const scans = new Map<string, PageScan>()
  if (o.checking) {
    for (const output of diff.keep) {
      if (isPage(output.file)) scans.set(output.file, o.previousScans.get(output.file) ?? scanOf(await fs.readFile(path.join(previousDir, output.file), 'utf8')))
    }
  }
  const checks = o.checking ? releaseChecks(o.plan, o.media, o.legalFileNames, scans, o.baseUrl) : null
  const findings = statementFindings(checks)
  for (const output of o.afterChecks) {
    if (previous.afterChecks?.[output.file] !== afterChecksKey(o.renderer.hash, output, findings)) return null
  }
  return {
    checks,
    release: previousDir,
    pages: o.outputs.length,
    written: 0,
    reused: diff.keep.length,
    removed: 0,
    writtenPaths: [],
    renderMs: Date.now() - o.started,
    statementMs: 0,
  }
}

/** What the accessibility statement says of the checks (the rules that found something, most first). */
export function statementFindings(checks: ReleaseChecks | null): StatementFindings | null {
  if (!checks) return null
  return {
    checkedAt: checks.checkedAt,
    pages: checks.pages,
    brokenLinks: checks.links.broken,
    brokenTargets: checks.links.brokenTargets,
    issues: checks.a11y.issues,
    pagesWithIssues: checks.a11y.pagesWithIssues,
    rules: checks.a11y.rules
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count)
      .map((r) => ({ rule: r.rule, vi: A11Y_RULES[r.rule].vi, en: A11Y_RULES[r.rule].en, count: r.count, pages: r.pages })),
  }
}

/** The same figures `checkRelease` reads from the release folder, from what the build knows. */
function releaseChecks(plan: SitePlan, media: ReadonlySet<string>, legalFiles: readonly string[], scans: Map<string, PageScan>, baseUrl: string | undefined): ReleaseChecks {
  const started = performance.now()
  const files = new Set<string>([
    MANIFEST,
    SCANS,
    ...plan.outputs.map((o) => o.file),
    ...[...media].map((m) => `media/${path.basename(m)}`),
    ...legalFiles.map((f) => `tep/${f}`),
  ])
  const pages = [...scans.keys()].sort()
  const scanned: ScannedPage[] = pages.map((file) => ({ page: pagePath(file), ...scans.get(file)! }))
  if (baseUrl) {
    const feeds = plan.outputs.filter((o): o is Extract<PlannedOutput, { kind: 'file' }> => o.kind === 'file' && isCheckedFeed(o.file))
    for (const feed of feeds.sort((a, b) => a.file.localeCompare(b.file))) scanned.push({ page: `/${feed.file}`, refs: feedRefs(feed.body), issues: [] })
  }
  return summariseChecks(scanned, files, baseUrl, pages.length, started)
}

/**
 * Old releases are removed after the swap, one portal after another, while the next build goes
 * on: removing a release of a few hundred pages took 60–250 ms, which every publish waited for
 * before the next portal's build could start (issue 17).
 */
let pruning: Promise<void> = Promise.resolve()
let prunesPending = 0
/** A full rebuild makes portals live faster than their old releases may go: it waits from here. */
const PRUNES_AHEAD_MAX = 32

/** Resolves when the old releases of every portal made live so far are removed. */
export function releasesPruned(): Promise<void> {
  return pruning
}

/** Make `<sitesDir>/<slug>` point at `release` atomically, then drop old releases (in the background). */
export async function activateRelease(slug: string, release: string, root = sitesDir()): Promise<void> {
  const live = path.join(root, slug)
  const releases = path.join(root, '.releases')
  const stat = await fs.lstat(live).catch(() => null)
  if (stat && !stat.isSymbolicLink()) {
    // A plain directory from an older layout: keep it as a release so the swap stays atomic.
    await fs.rename(live, path.join(releases, `${slug}--legacy-${Date.now()}`))
  }
  // Unique per attempt: workers in containers on one shared folder may have the same pid.
  const link = `${live}.swap-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
  await fs.rm(link, { force: true })
  await fs.symlink(path.relative(root, release), link)
  await fs.rename(link, live)
  const current = path.basename(release)
  prunesPending++
  pruning = pruning
    .then(() => pruneReleases(releases, slug, current))
    .catch((err: unknown) => {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') console.error(`Không xóa được bản phát hành cũ của ${slug} / Cannot remove old releases of ${slug}:`, err)
    })
    .finally(() => void prunesPending--)
  // Bounded: the disk holds at most this many portals' extra releases.
  if (prunesPending > PRUNES_AHEAD_MAX) await pruning
}

/**
 * Keep the newest complete releases of a portal; remove older ones and abandoned partial ones.
 * Runs after the swap, while a later build of the portal may already be writing: only partial
 * releases named before `current` are removed (a release is named after the time its batch was
 * claimed, and a portal is built by one worker at a time, so those were abandoned).
 */
async function pruneReleases(releases: string, slug: string, current: string): Promise<void> {
  const mine = (await fs.readdir(releases)).filter((name) => name.startsWith(`${slug}--`))
  const partials = mine.filter((name) => name.endsWith('.partial') && name < current)
  const complete = mine.filter((name) => !name.endsWith('.partial') && name !== current).sort()
  const old = complete.slice(0, Math.max(0, complete.length - (RELEASES_KEPT - 1)))
  await Promise.all([...partials, ...old].map((name) => fs.rm(path.join(releases, name), { recursive: true, force: true })))
}
