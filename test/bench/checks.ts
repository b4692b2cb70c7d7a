/**
 * `npm run bench:checks`: how long the checks before publishing take on one draft (ADR 0021).
 * Seeds the demo portals into a fresh SQLite database (Local API, in-process), takes the longest
 * demo news article (by the size of its body) and runs the checks on it as the publish guard and
 * the panel do (parts, rules, and the lookups of its pictures, linked documents and portal paths
 * in the database). External links are not opened: they are asked once and then cached, and
 * this machine has no network. Last line: one JSON object.
 *
 *   node --import tsx test/bench/checks.ts        Env: RUNS=300
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const RUNS = Number(process.env.RUNS ?? 300)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
process.chdir(root)

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-bench-checks-'))
process.env.DATA_DIR = tmp
process.env.SITES_DIR = path.join(tmp, 'sites')
process.env.TWO_FACTOR_REQUIRED_ROLES = 'none'
process.env.JOBS_IN_PROCESS = 'false'
delete process.env.DATABASE_URI
delete process.env.MEILI_HOST

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b)
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!
  return { p50: Math.round(at(50) * 100) / 100, p95: Math.round(at(95) * 100) / 100, max: Math.round(s.at(-1)! * 100) / 100 }
}

try {
  const { initPayload } = await import('../../cms/src/boot')
  const { seedDemo } = await import('../../seed/index')
  const { checkDocument } = await import('../../plugins/checks/server')
  const payload = await initPayload()
  await seedDemo(payload, { password: 'Do-thoi-gian-2026!' })
  const { docs } = await payload.find({ collection: 'news', depth: 0, limit: 0, pagination: false, draft: true, overrideAccess: true })
  const longest = docs.map((d) => ({ doc: d as unknown as Record<string, unknown>, size: JSON.stringify((d as { content?: unknown }).content ?? '').length })).sort((a, b) => b.size - a.size)[0]!
  const config = payload.collections.news.config
  const blocks = ((longest.doc.content as { root?: { children?: unknown[] } } | null)?.root?.children ?? []).length
  for (let i = 0; i < 20; i++) await checkDocument(payload, config, longest.doc, { external: false })
  const times: number[] = []
  let issues = 0
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    const result = await checkDocument(payload, config, longest.doc, { external: false })
    times.push(performance.now() - t)
    issues = result.issues.length
  }
  // Every demo article and page as a publish would see it: how many would be held.
  let held = 0
  const pages = await payload.find({ collection: 'pages', depth: 0, limit: 0, pagination: false, draft: true, overrideAccess: true })
  for (const [collection, list] of [['news', docs], ['pages', pages.docs]] as const) {
    for (const doc of list) if ((await checkDocument(payload, payload.collections[collection].config, doc as unknown as Record<string, unknown>, { external: false })).blocking > 0) held += 1
  }
  const s = stats(times)
  console.log(`longest demo article: "${String(longest.doc.title)}" (${longest.size} bytes of body, ${blocks} blocks, ${issues} issues); ${RUNS} runs`)
  console.log(JSON.stringify({ checks_p95_ms: s.p95, checks_p50_ms: s.p50, checks_max_ms: s.max, runs: RUNS, body_bytes: longest.size, blocks, issues, demo_docs: docs.length + pages.docs.length, demo_docs_held: held }))
  await payload.destroy?.()
} finally {
  fs.rmSync(tmp, { recursive: true, force: true })
}
process.exit(0)
