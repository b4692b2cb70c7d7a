/**
 * `npm run bench:admin-ui`: how the admin feels to an editor, in a real browser (Debian Chromium)
 * on the demo portals (production build, embedded SQLite, fresh data directory):
 *
 * - edit view: from navigation (`page.goto`, a full load) to a form one can type in: the title
 *   field enabled and the workflow buttons shown;
 * - list view: from navigation to the news list with its rows and state filters;
 * - publish to live: from the click on "Xuất bản" (a changed title) to the portal page serving
 *   the new title (the portal is rebuilt by the job runner in the server).
 *
 * Each is measured RUNS times (default 20) after 2 warm-up loads; p50/p95 printed per case. Last
 * line: one JSON object, the run's context (runs, p50s, targets, CPUs, load average) then
 * `"edit_view_p95_ms":…,"list_view_p95_ms":…,"publish_to_live_p95_ms":…`.
 *
 * Env: RUNS=20.
 */
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'

import type { Page } from 'playwright-core'

import { ensureAdminBuild } from '../../cms/src/server/adminBuild'
import { launchChromium } from '../helpers/browser'
import { SEED_PASSWORD, startServer, type TestServer } from '../helpers/server'

const RUNS = Number(process.env.RUNS ?? 20)
const WARMUP = 2
const EDITOR = 'bientap.hatinh@cong.gov.vn'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
process.chdir(root)
const t0 = Date.now()
const loadStart = os.loadavg()[0]!
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`)
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
const round = (n: number) => Math.round(n)

type Stats = { n: number; p50: number; p95: number; max: number }
function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b)
  return { n: sorted.length, p50: round(pct(sorted, 50)), p95: round(pct(sorted, 95)), max: round(sorted[sorted.length - 1]!) }
}

async function timeLoads(name: string, tab: Page, url: string, ready: (tab: Page) => Promise<unknown>): Promise<Stats> {
  const times: number[] = []
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const start = performance.now()
    await tab.goto(url, { waitUntil: 'commit' })
    await ready(tab)
    const ms = performance.now() - start
    if (i >= WARMUP) times.push(ms)
  }
  const result = stats(times)
  log(`${name.padEnd(40)} p50 ${String(result.p50).padStart(6)}  p95 ${String(result.p95).padStart(6)}  max ${String(result.max).padStart(6)} ms (n ${result.n})`)
  return result
}

let server: TestServer | null = null
let exitCode = 0
try {
  const build = await ensureAdminBuild(root, log)
  if (build.built) log(`admin built in ${(build.ms / 1000).toFixed(1)} s`)
  const started = Date.now()
  server = await startServer()
  log(`server with the demo portals up on 127.0.0.1:${server.port} after ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const base = `http://localhost:${server.port}`
  const login = await server.api('/api/users/login', { method: 'POST', json: { email: EDITOR, password: SEED_PASSWORD } })
  const token = login.json<{ token: string }>().token
  const site = (await server.api('/api/sites?where[slug][equals]=ha-tinh&depth=0')).json<{ docs: { id: number }[] }>().docs[0]!.id
  const article = (await server.api(`/api/news?where[site][equals]=${site}&where[_status][equals]=published&limit=1&depth=0&sort=-publishedAt`, { token })).json<{ docs: { id: number; slug: string; title: string }[] }>().docs[0]!

  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } })
    const tab = await context.newPage()
    tab.setDefaultTimeout(120_000)
    await tab.goto(`${base}/admin/login`, { waitUntil: 'networkidle' })
    await tab.fill('#field-email', EDITOR)
    await tab.fill('#field-password', SEED_PASSWORD)
    await tab.click('button[type=submit]')
    await tab.waitForURL(/\/admin\/?$/)

    // A form one can type in: the title field enabled (Payload disables fields until the form
    // state is built) and the workflow buttons drawn from the server's answer.
    const editReady = (p: Page) =>
      p.waitForFunction(() => {
        const title = document.querySelector<HTMLInputElement>('#field-title')
        return Boolean(title && !title.disabled && !title.readOnly && document.querySelector('#workflow-unpublish, #workflow-approve, #workflow-submit'))
      })
    const listReady = (p: Page) => p.waitForFunction(() => document.querySelectorAll('table tbody tr').length > 0 && Boolean(document.querySelector('.workflow-state-filter button')))
    const edit = await timeLoads('edit view (navigation → interactive form)', tab, `${base}/admin/collections/news/${article.id}`, editReady)
    const list = await timeLoads('list view (navigation → rows and filters)', tab, `${base}/admin/collections/news`, listReady)

    // Publish to live: change the title, click "Xuất bản", wait for the portal page to show it.
    const portalHost = `ha-tinh.localhost:${server.port}`
    const publishTimes: number[] = []
    await tab.goto(`${base}/admin/collections/news/${article.id}`, { waitUntil: 'commit' })
    await editReady(tab)
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const title = `${article.title} (${i + 1})`
      await tab.fill('#field-title', title)
      await tab.locator('#workflow-approve').waitFor()
      const start = performance.now()
      await tab.locator('#workflow-approve').click()
      for (;;) {
        const page = await server.request(portalHost, `/tin-tuc/${article.slug}/`)
        if (page.status === 200 && page.body.includes(title)) break
        if (performance.now() - start > 120_000) throw new Error(`"${title}" not live after 120 s`)
        await new Promise((r) => setTimeout(r, 25))
      }
      const ms = performance.now() - start
      if (i >= WARMUP) publishTimes.push(ms)
      if (process.env.BENCH_VERBOSE) log(`publish ${i + 1}: ${Math.round(ms)} ms`)
      // The edit view settles (status reloaded) before the next change.
      await tab.locator('.workflow-panel [data-state="published"]').waitFor()
      await tab.waitForFunction(() => !document.querySelector('#workflow-approve'))
      // ...and has reloaded the document from the server (the buttons are enabled again): a
      // change typed before that would be replaced by the reloaded form.
      await tab.waitForFunction(() => {
        const unpublish = document.querySelector<HTMLButtonElement>('#workflow-unpublish')
        return Boolean(unpublish && !unpublish.disabled)
      })
    }
    const publish = stats(publishTimes)
    log(`${'publish click → live portal page'.padEnd(40)} p50 ${String(publish.p50).padStart(6)}  p95 ${String(publish.p95).padStart(6)}  max ${String(publish.max).padStart(6)} ms (n ${publish.n})`)
    // One JSON object on the last line: the context first, the three p95 figures last.
    console.log(
      JSON.stringify({
        runs: RUNS,
        edit_view_p50_ms: edit.p50,
        list_view_p50_ms: list.p50,
        publish_to_live_p50_ms: publish.p50,
        targets_p95_ms: { edit_view: 1500, list_view: 1000, publish_to_live: 2000 },
        cpus: os.cpus().length,
        loadavg_start: Math.round(loadStart * 10) / 10,
        loadavg_end: Math.round(os.loadavg()[0]! * 10) / 10,
        total_s: Math.round((Date.now() - t0) / 1000),
        edit_view_p95_ms: edit.p95,
        list_view_p95_ms: list.p95,
        publish_to_live_p95_ms: publish.p95,
      }),
    )
  } finally {
    await browser.close()
  }
} catch (err) {
  exitCode = 1
  console.error(`bench:admin-ui failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
} finally {
  await server?.stop()
}
process.exit(exitCode)
