/**
 * `npm run bench:admin-ui-trace`: where the edit view's time goes (companion of bench:admin-ui,
 * same server, editor and article). For RUNS loads of the edit view (after 2 warm-ups) it records,
 * in the browser:
 *
 * - milestones from navigation start (the page's own clock): first byte and end of the HTML
 *   (the RSC render streamed by Next), DOMContentLoaded, the title field present, the title field
 *   enabled, the workflow buttons shown ("interactive" as bench:admin-ui defines it);
 * - every request made before "interactive": start, time to first byte (≈ server time), end, bytes;
 * - main-thread work: CDP Performance metrics (script, layout, style, task time) and long tasks.
 *
 * Medians per milestone and per request are printed; the last line is one JSON object with the
 * load-independent figures (requests before interactive, API requests in series, JS bytes, long
 * tasks) and the median milestones. Env: RUNS=5, TRACE_VERBOSE=1 prints every load's requests.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Request } from 'playwright-core'

import { ensureAdminBuild } from '../../cms/src/server/adminBuild'
import { launchChromium } from '../helpers/browser'
import { SEED_PASSWORD, startServer, type TestServer } from '../helpers/server'

const RUNS = Number(process.env.RUNS ?? 5)
const WARMUP = 2
const EDITOR = 'bientap.hatinh@cong.gov.vn'
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
process.chdir(root)
const t0 = Date.now()
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`)
const median = (xs: number[]) => {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor((s.length - 1) / 2)]!
}
const r = (n: number) => Math.round(n)

type Req = { key: string; url: string; type: string; start: number; ttfb: number; end: number; bytes: number }
type Load = { milestones: Record<string, number>; requests: Req[]; metrics: Record<string, number>; longTasks: number[] }

type Profile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[]; samples: number[]; timeDeltas: number[] }

/** Self time of the last load's main thread by script and by function (TRACE_PROFILE=1). */
async function summariseProfile(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000))
  const byUrl = new Map<string, number>()
  const byFn = new Map<string, number>()
  for (const [id, ms] of self) {
    const n = byId.get(id)!
    const file = n.callFrame.url ? n.callFrame.url.replace(/^.*\/_next\/static\//, '') : `(${n.callFrame.functionName || 'native'})`
    byUrl.set(file, (byUrl.get(file) ?? 0) + ms)
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber}`
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms)
  }
  log('Profile of the last load, self time by script (ms):')
  for (const [k, v] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 15)) log(`  ${String(Math.round(v)).padStart(6)}  ${k}`)
  log('... by function:')
  for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25)) log(`  ${String(Math.round(v)).padStart(6)}  ${k}`)
}

let server: TestServer | null = null
let exitCode = 0
try {
  await ensureAdminBuild(root, log)
  server = await startServer()
  const base = `http://localhost:${server.port}`
  const login = await server.api('/api/users/login', { method: 'POST', json: { email: EDITOR, password: SEED_PASSWORD } })
  const token = login.json<{ token: string }>().token
  const site = (await server.api('/api/sites?where[slug][equals]=ha-tinh&depth=0')).json<{ docs: { id: number }[] }>().docs[0]!.id
  const article = (await server.api(`/api/news?where[site][equals]=${site}&where[_status][equals]=published&limit=1&depth=0&sort=-publishedAt`, { token })).json<{ docs: { id: number }[] }>().docs[0]!
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } })
    // Milestones on the page's clock (performance.now() = ms since navigation start).
    // A string, not a function: tsx would add its own helpers (`__name`) the page does not have.
    await context.addInitScript(`(() => {
      const w = window
      w.__m = {}
      w.__lt = []
      try {
        new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__lt.push(Math.round(e.duration)) }).observe({ type: 'longtask', buffered: true })
      } catch {}
      const mark = (name) => { if (w.__m[name] === undefined) w.__m[name] = performance.now() }
      const check = () => {
        const title = document.querySelector('#field-title')
        if (title) mark('titlePresent')
        if (title && !title.disabled && !title.readOnly) mark('titleEnabled')
        if (document.querySelector('#workflow-unpublish, #workflow-approve, #workflow-submit')) mark('workflowButtons')
        if (document.querySelector('.checks-summary')) mark('checksShown')
        if (document.querySelector('.workflow-history, .workflow-panel [data-state]')) mark('workflowPanel')
      }
      new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'readonly'] })
      document.addEventListener('DOMContentLoaded', () => mark('domContentLoaded'))
    })()`)
    const tab = await context.newPage()
    tab.setDefaultTimeout(120_000)
    // Errors in the page (a hydration mismatch shows as a React error here).
    const consoleErrors: string[] = []
    tab.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text().slice(0, 200))
    })
    tab.on('pageerror', (e) => consoleErrors.push(e.message.slice(0, 200)))
    await tab.goto(`${base}/admin/login`, { waitUntil: 'networkidle' })
    await tab.fill('#field-email', EDITOR)
    await tab.fill('#field-password', SEED_PASSWORD)
    await tab.click('button[type=submit]')
    await tab.waitForURL(/\/admin\/?$/)
    const cdp = await context.newCDPSession(tab)
    await cdp.send('Performance.enable')
    const metricsNow = async () => Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]))

    const loads: Load[] = []
    const url = `${base}/admin/collections/news/${article.id}`
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const seen: Request[] = []
      const onRequest = (req: Request) => seen.push(req)
      tab.on('request', onRequest)
      const profiling = process.env.TRACE_PROFILE && i === WARMUP + RUNS - 1
      if (profiling) {
        await cdp.send('Profiler.enable')
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
        await cdp.send('Profiler.start')
      }
      await tab.goto(url, { waitUntil: 'commit' })
      await tab.waitForFunction(() => {
        const title = document.querySelector<HTMLInputElement>('#field-title')
        return Boolean(title && !title.disabled && !title.readOnly && document.querySelector('#workflow-unpublish, #workflow-approve, #workflow-submit'))
      })
      const after = await metricsNow()
      if (profiling) await summariseProfile(((await cdp.send('Profiler.stop')) as { profile: Profile }).profile)
      const page = await tab.evaluate(() => {
        const w = window as unknown as { __m: Record<string, number>; __lt: number[] }
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
        const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
          url: e.name,
          start: e.startTime,
          ttfb: e.responseStart > 0 ? e.responseStart - e.requestStart : 0,
          end: e.responseEnd,
          bytes: e.decodedBodySize,
        }))
        return {
          m: <Record<string, number>>{ ...w.__m, htmlFirstByte: nav.responseStart, htmlEnd: nav.responseEnd, htmlTtfb: nav.responseStart - nav.requestStart },
          lt: w.__lt,
          resources,
          htmlBytes: nav.encodedBodySize,
        }
      })
      tab.off('request', onRequest)
      const ready = Math.max(page.m.workflowButtons ?? NaN, page.m.titleEnabled ?? NaN)
      const requests: Req[] = page.resources
        .filter((e) => e.start <= ready)
        .map((e) => {
          const u = new URL(e.url)
          const key = u.pathname.replace(/\/\d+(?=\/|$)/g, '/:id').replace(/\/_next\/static\/.*/, '/_next/static/…') + (u.pathname.startsWith('/_next') ? '' : u.search.replace(/=\d+/g, '=N'))
          const method = seen.find((s) => s.url() === e.url)?.method() ?? '?'
          return { key: `${method === 'GET' ? '' : `${method} `}${key}`, url: e.url, type: seen.find((s) => s.url() === e.url)?.resourceType() ?? '?', start: e.start, ttfb: e.ttfb, end: e.end, bytes: e.bytes }
        })
      const metrics: Record<string, number> = {}
      // The counters start again with each document: what this load did.
      for (const name of ['ScriptDuration', 'TaskDuration', 'LayoutDuration', 'RecalcStyleDuration']) metrics[name] = (after[name] ?? 0) * 1000
      metrics.htmlBytes = page.htmlBytes
      if (i >= WARMUP) loads.push({ milestones: page.m, requests, metrics, longTasks: page.lt })
      if (process.env.TRACE_VERBOSE && i >= WARMUP) {
        // What the page asks for in the 3 s after it became usable (the deferred panels).
        await tab.waitForTimeout(3000)
        const later = await tab.evaluate((after) => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime > after && e.name.includes('/api/')).map((e) => `${Math.round(e.startTime)} ${new URL(e.name).pathname}`), ready)
        log(`   after interactive: ${later.join(', ') || 'nothing'}`)
        log(`load ${i - WARMUP + 1}: ${Object.entries(page.m).sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k} ${r(v)}`).join(', ')}`)
        for (const q of requests.filter((q) => q.url.includes('/_next/static'))) log(`   js ${String(r(q.start)).padStart(6)} → ${String(r(q.end)).padStart(6)}  ${String(Math.round(q.bytes / 1024)).padStart(5)} KiB  ${q.url.replace(/^.*\/_next\/static\//, '')}`)
        for (const q of requests.filter((q) => !q.url.includes('/_next/static'))) log(`   ${String(r(q.start)).padStart(6)} → ${String(r(q.end)).padStart(6)}  ttfb ${String(r(q.ttfb)).padStart(5)}  ${q.key}`)
      }
    }

    log('Milestones (median ms from navigation start):')
    const names = [...new Set(loads.flatMap((l) => Object.keys(l.milestones)))]
    const milestoneMedians = Object.fromEntries(names.map((n) => [n, r(median(loads.map((l) => l.milestones[n]!).filter((v) => v !== undefined)))]))
    for (const [n, v] of Object.entries(milestoneMedians).sort((a, b) => a[1] - b[1])) log(`  ${n.padEnd(20)} ${String(v).padStart(6)}`)
    log('Requests before interactive (median start / ttfb / end, ms):')
    const keys = [...new Set(loads.flatMap((l) => l.requests.map((q) => q.key)))]
    const apiKeys = keys.filter((k) => !k.includes('/_next/static'))
    for (const k of apiKeys) {
      const qs = loads.flatMap((l) => l.requests.filter((q) => q.key === k))
      log(`  ${k.padEnd(70)} ×${(qs.length / loads.length).toFixed(1)}  start ${String(r(median(qs.map((q) => q.start)))).padStart(5)}  ttfb ${String(r(median(qs.map((q) => q.ttfb)))).padStart(5)}  end ${String(r(median(qs.map((q) => q.end)))).padStart(5)}`)
    }
    const js = loads.map((l) => l.requests.filter((q) => q.url.includes('/_next/static') && q.url.endsWith('.js')))
    const jsFiles = median(js.map((x) => x.length))
    const jsBytes = median(js.map((x) => x.reduce((s, q) => s + q.bytes, 0)))
    log(`JS before interactive: ${jsFiles} files, ${(jsBytes / 1024).toFixed(0)} KiB (decoded)`)
    const metricMedians = Object.fromEntries(Object.keys(loads[0]!.metrics).map((k) => [k, r(median(loads.map((l) => l.metrics[k]!)))]))
    log(`Main thread per load (median ms): ${JSON.stringify(metricMedians)}`)
    const lts = loads.map((l) => l.longTasks)
    log(`Long tasks per load (median count / total ms): ${median(lts.map((x) => x.length))} / ${median(lts.map((x) => x.reduce((s, d) => s + d, 0)))}`)
    if (consoleErrors.length) log(`Console errors: ${consoleErrors.length}\n  ${consoleErrors.slice(0, 5).join('\n  ')}`)
    console.log(
      JSON.stringify({
        runs: RUNS,
        console_errors: consoleErrors.length,
        api_requests_before_interactive: median(loads.map((l) => l.requests.filter((q) => !q.url.includes('/_next/static')).length)),
        js_files_before_interactive: jsFiles,
        js_kib_before_interactive: Math.round(jsBytes / 1024),
        long_tasks: median(lts.map((x) => x.length)),
        long_task_ms: median(lts.map((x) => x.reduce((s, d) => s + d, 0))),
        script_ms: metricMedians.ScriptDuration,
        task_ms: metricMedians.TaskDuration,
        html_bytes: metricMedians.htmlBytes,
        milestones_ms: milestoneMedians,
      }),
    )
  } finally {
    await browser.close()
  }
} catch (err) {
  exitCode = 1
  console.error(`bench:admin-ui-trace failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
} finally {
  await server?.stop()
}
process.exit(exitCode)
