/**
 * The warm portal renderer: the templates in `sites/` and `themes/` are compiled ONCE into an
 * Astro server bundle (about 3 s, only when their sources change), imported into this process,
 * and every portal page is then rendered on demand with `app.render()` in about a millisecond.
 * A publish therefore costs the pages it changes, not a whole Astro build (docs/adr/0006).
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { ScannedPage } from '../checks/checks'
import { repoRoot } from './paths'

/** Sources the bundle is compiled from; a change to any of them means a new bundle. */
const SOURCES = ['sites/src', 'sites/adapter', 'sites/astro.config.ts', 'themes', 'cms/src/contracts']
const BUILD_TIMEOUT_MS = 5 * 60_000
const LOG_LIMIT = 20_000

type AstroApp = { render: (request: Request, options?: { locals?: object }) => Promise<Response> }

export interface Renderer {
  /** Identifies the templates; part of every release's manifest. */
  hash: string
  /** The compiled bundle's folder. */
  dir: string
  /** Themes that have a route in the bundle. */
  themes: ReadonlySet<string>
  render(theme: string, view: string, props: Record<string, unknown>): Promise<string>
  /**
   * Render and scan the page for the release checks in one go, where that is cheaper than
   * scanning afterwards (render threads scan in parallel). Optional.
   */
  renderScanned?(theme: string, view: string, props: Record<string, unknown>): Promise<{ html: string; scan: Omit<ScannedPage, 'page'> }>
}

export class RendererBuildError extends Error {
  override name = 'RendererBuildError'
  constructor(message: string, readonly log: string) {
    super(message)
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const stat = await fs.stat(dir).catch(() => null)
  if (!stat) return []
  if (stat.isFile()) return [dir]
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
}

/** A hash of the template sources and the Astro version. */
export async function templatesHash(root = repoRoot()): Promise<string> {
  const files = (await Promise.all(SOURCES.map((s) => listFiles(path.join(root, s))))).flat().sort()
  const h = createHash('sha256')
  const astroPkg = JSON.parse(await fs.readFile(path.join(root, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }
  h.update(`astro ${astroPkg.version}\n`)
  for (const file of files) {
    h.update(path.relative(root, file))
    h.update('\0')
    h.update(await fs.readFile(file))
  }
  return h.digest('hex').slice(0, 16)
}

export function rendererRoot(root = repoRoot()): string {
  return path.join(root, '.astro', 'renderer')
}

const entryOf = (dir: string) => path.join(dir, 'server', 'entry.mjs')

function runAstroBuild(outDir: string, work: string): Promise<{ ok: boolean; log: string }> {
  const root = repoRoot()
  const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs')
  return new Promise((resolve) => {
    let log = ''
    const child = spawn(process.execPath, [astroBin, 'build', '--root', path.join(root, 'sites')], {
      cwd: work,
      env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', CONG_OUT_DIR: outDir, CONG_CACHE_DIR: path.join(work, 'cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const collect = (chunk: Buffer) => {
      log = (log + chunk.toString('utf8')).slice(-LOG_LIMIT)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_TIMEOUT_MS)
    child.on('error', (err) => {
      clearTimeout(timer)
      resolve({ ok: false, log: `${log}\n${err.message}` })
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ ok: code === 0, log })
    })
  })
}

/**
 * Make sure the bundle for the current templates exists, compiling it if needed. Two processes
 * (server and worker) may race: each compiles into its own folder and the first rename wins.
 */
/**
 * The templates of a production process are the ones it was deployed with: hash them once instead
 * of reading every template source on each publish (~20 ms). Elsewhere (development, tests) the
 * sources may change under a running process, so they are hashed every time.
 */
let deployedHash: Promise<string> | undefined
export function currentTemplatesHash(): Promise<string> {
  if (process.env.NODE_ENV !== 'production') return templatesHash()
  deployedHash ??= templatesHash()
  return deployedHash
}

/** Compiles under way in this process, by templates hash: two build lanes share one. */
const compiling = new Map<string, Promise<{ hash: string; dir: string; compiled: boolean }>>()

export async function ensureRendererBundle(log: (msg: string) => void = () => undefined): Promise<{ hash: string; dir: string; compiled: boolean }> {
  const hash = await currentTemplatesHash()
  const dir = path.join(rendererRoot(), hash)
  if (await fs.stat(entryOf(dir)).catch(() => null)) return { hash, dir, compiled: false }
  let compile = compiling.get(hash)
  if (!compile) {
    compile = compileBundle(hash, dir, log).finally(() => compiling.delete(hash))
    compiling.set(hash, compile)
  }
  return compile
}

async function compileBundle(hash: string, dir: string, log: (msg: string) => void): Promise<{ hash: string; dir: string; compiled: boolean }> {
  const started = Date.now()
  log('Đang biên dịch giao diện cổng (Astro)… / Compiling the portal templates…')
  const work = path.join(rendererRoot(), `.work-${hash}-${process.pid}-${Date.now()}`)
  const out = path.join(work, 'out')
  await fs.mkdir(work, { recursive: true })
  try {
    const result = await runAstroBuild(out, work)
    if (!result.ok || !(await fs.stat(entryOf(out)).catch(() => null))) {
      throw new RendererBuildError('Biên dịch giao diện cổng thất bại / Compiling the portal templates failed', result.log)
    }
    await fs.rename(out, dir).catch(async (err: NodeJS.ErrnoException) => {
      // Another process finished first: use its bundle.
      if (!(await fs.stat(entryOf(dir)).catch(() => null))) throw err
    })
  } finally {
    await fs.rm(work, { recursive: true, force: true })
  }
  await pruneBundles(hash)
  log(`Giao diện cổng sẵn sàng / Portal templates ready (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return { hash, dir, compiled: true }
}

/** Keep the current bundle and the previous one (a process may still be using it). */
async function pruneBundles(current: string): Promise<void> {
  const entries = await fs.readdir(rendererRoot(), { withFileTypes: true }).catch(() => [])
  const bundles = await Promise.all(
    entries
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== current)
      .map(async (e) => ({ name: e.name, mtime: (await fs.stat(path.join(rendererRoot(), e.name))).mtimeMs })),
  )
  bundles.sort((a, b) => b.mtime - a.mtime)
  await Promise.all(bundles.slice(1).map((b) => fs.rm(path.join(rendererRoot(), b.name), { recursive: true, force: true })))
}

let loaded: { hash: string; renderer: Promise<Renderer> } | null = null

/** The renderer for the current templates, compiled and imported on first use. */
export async function getRenderer(log?: (msg: string) => void): Promise<Renderer> {
  const bundle = await ensureRendererBundle(log)
  if (loaded?.hash !== bundle.hash) {
    loaded = { hash: bundle.hash, renderer: importRenderer(bundle.hash, bundle.dir) }
    loaded.renderer.catch(() => {
      loaded = null
    })
  }
  return loaded.renderer
}

/** The theme route for a site's theme; unknown themes fall back to the default one. */
export function routeFor(themes: ReadonlySet<string>, theme: string): string {
  return themes.has(theme) ? theme : 'default'
}

export function bundleEntry(dir: string): string {
  return entryOf(dir)
}

async function importRenderer(hash: string, dir: string): Promise<Renderer> {
  // A new bundle lives at a new path, so Node's module cache never hands back old templates.
  const { app } = (await import(pathToFileURL(entryOf(dir)).href)) as { app: AstroApp }
  const themeRoutes = await fs.readdir(path.join(repoRoot(), 'sites', 'src', 'pages', 't'))
  const themes = new Set(themeRoutes.filter((f) => f.endsWith('.astro')).map((f) => f.replace(/\.astro$/, '')))
  return {
    hash,
    dir,
    themes,
    async render(theme, view, props) {
      const route = routeFor(themes, theme)
      const response = await app.render(new Request(`http://render.cong.invalid/t/${route}`), { locals: { cong: { view, props } } })
      const html = await response.text()
      if (response.status !== 200) throw new Error(`Rendering ${view} failed (${response.status}): ${html.slice(0, 500)}`)
      return html
    },
  }
}
