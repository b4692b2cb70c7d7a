/**
 * bench:search — the embedded search engine at platform scale (ADR 0010).
 *
 * Indexes DOCS generated documents (default 100,000) across SITES portals (default 500) through
 * the port, as the sync jobs will (batches of 1,000, every batch logged and synced), then closes
 * and reopens the index (a restart) and runs a mix of queries: site-scoped and all-sites, with
 * and without diacritics, document numbers in several spellings, abbreviations, long questions,
 * filters with facets, empty queries and typos. Each round runs the whole mix; the figures are
 * the medians over ROUNDS rounds. Last line: one JSON object.
 *
 * Memory is measured twice: in this process after indexing (`heap_mb`, `rss_mb`: includes the
 * generated corpus and what indexing left behind) and in a fresh process that only opens the
 * index and runs the query mix once, as a restarted server would (`open_heap_mb`, `open_rss_mb`,
 * after a full GC).
 *
 * Environment: DOCS, SITES, ROUNDS (3), ENGINE (embedded | meilisearch with MEILI_HOST), KEEP_DATA=1.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { foldText } from '../../plugins/search/analysis'
import { EmbeddedEngine } from '../../plugins/search/embedded/engine'
import { percentile } from '../../plugins/search/eval'
import { createSearchEngine } from '../../plugins/search/factory'
import type { SearchDocument, SearchEngine, SearchParams } from '../../plugins/search/port'
import { PERIODS, TOPICS, newsText, pick, rand, siteSpecs } from './corpus'

const DOCS = Number(process.env.DOCS ?? 100_000)
const SITES = Number(process.env.SITES ?? 500)
const ROUNDS = Number(process.env.ROUNDS ?? 3)
const t0 = Date.now()
const log = (line: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}`)

// ─── corpus ──────────────────────────────────────────────────────────────────────────────────────
const LEGAL_KINDS = [
  { symbol: 'NĐ-CP', type: 'Nghị định', issuer: 'Chính phủ', yearly: true },
  { symbol: 'QĐ-TTg', type: 'Quyết định', issuer: 'Thủ tướng Chính phủ', yearly: false },
  { symbol: 'TT-BKHCN', type: 'Thông tư', issuer: 'Bộ Khoa học và Công nghệ', yearly: true },
  { symbol: 'QĐ-UBND', type: 'Quyết định', issuer: 'Ủy ban nhân dân tỉnh', yearly: true },
  { symbol: 'NQ-HĐND', type: 'Nghị quyết', issuer: 'Hội đồng nhân dân tỉnh', yearly: true },
  { symbol: 'KH-UBND', type: 'Kế hoạch', issuer: 'Ủy ban nhân dân tỉnh', yearly: false },
]
const FIELDS = ['Công nghệ thông tin', 'Hành chính', 'Tài chính', 'Giáo dục', 'Y tế', 'Đất đai', 'Xây dựng', 'Môi trường']
const STATUSES = ['Còn hiệu lực', 'Hết hiệu lực một phần', 'Hết hiệu lực toàn bộ', 'Chưa có hiệu lực']

export function generate(): { docs: SearchDocument[]; numbers: string[] } {
  const sites = siteSpecs(SITES)
  const docs: SearchDocument[] = []
  const numbers: string[] = []
  const start = Date.UTC(2019, 0, 1)
  for (let i = 0; i < DOCS; i++) {
    const site = sites[i % sites.length]!
    const date = new Date(start + Math.floor(rand() * 7.5 * 365 * 86_400_000))
    const base = { site: site.slug, siteName: site.name, date: date.toISOString().slice(0, 10) }
    const roll = rand()
    if (roll < 0.1) {
      const kind = pick(LEGAL_KINDS)
      const year = date.getUTCFullYear()
      const seq = 1 + Math.floor(rand() * 400)
      const number = kind.yearly ? `${seq}/${year}/${kind.symbol}` : `${seq}/${kind.symbol}`
      numbers.push(number)
      const topic = pick(TOPICS)
      docs.push({
        ...base,
        id: `legal:${i}`,
        type: 'legal',
        url: `/van-ban/${i}`,
        title: `${kind.type} ban hành quy định về ${topic} trên địa bàn ${site.place}`,
        text: `${kind.type} số ${number} của ${kind.issuer} quy định chi tiết về ${topic}. Điều 1. Phạm vi điều chỉnh: văn bản này quy định về ${topic} và trách nhiệm của cơ quan, tổ chức, cá nhân có liên quan. Điều 2. Hiệu lực thi hành kể từ ngày ký.`,
        number,
        issuer: kind.issuer,
        field: pick(FIELDS),
        year,
        status: pick(STATUSES),
      })
    } else if (roll < 0.15) {
      const topic = pick(TOPICS)
      docs.push({ ...base, id: `procedure:${i}`, type: 'procedure', url: `/thu-tuc/${i}`, title: `Thủ tục hành chính về ${topic}`, text: `Trình tự thực hiện: tổ chức, cá nhân nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia. Thành phần hồ sơ gồm đơn đề nghị về ${topic}. Thời hạn giải quyết 10 ngày làm việc.`, field: pick(FIELDS) })
    } else if (roll < 0.2) {
      docs.push({ ...base, id: `page:${i}`, type: 'page', url: `/gioi-thieu/${i}`, title: `Giới thiệu ${site.agency}`, text: `${site.agency} là cơ quan chuyên môn thuộc ${site.place}, có chức năng tham mưu, giúp Ủy ban nhân dân quản lý nhà nước về ${pick(TOPICS)}. Địa chỉ: trụ sở ${site.agency}.` })
    } else {
      const news = newsText(site, date)
      docs.push({ ...base, id: `news:${i}`, type: 'news', url: `/tin-tuc/${i}`, title: news.title, text: [news.summary, ...news.paragraphs].join('\n') })
    }
  }
  return { docs, numbers }
}

// ─── queries ─────────────────────────────────────────────────────────────────────────────────────
type Kind = { name: string; make: () => SearchParams }

export function queryMix(docs: SearchDocument[], numbers: string[]): Kind[] {
  const sites = [...new Set(docs.map((d) => d.site))]
  const site = () => pick(sites)
  const number = () => pick(numbers)
  return [
    { name: 'site, diacritics', make: () => ({ q: pick(TOPICS), site: site() }) },
    { name: 'site, no diacritics', make: () => ({ q: foldText(pick(TOPICS)), site: site() }) },
    { name: 'all sites, diacritics', make: () => ({ q: pick(TOPICS), scope: 'all' }) },
    { name: 'all sites, no diacritics', make: () => ({ q: foldText(pick(TOPICS)), scope: 'all' }) },
    { name: 'number, exact', make: () => ({ q: number(), scope: 'all' }) },
    { name: 'number, folded', make: () => ({ q: foldText(number()), scope: 'all' }) },
    { name: 'number, type + number/year', make: () => ({ q: `nghị định ${number().split('/').slice(0, 2).join('/')}`, scope: 'all' }) },
    { name: 'abbreviation', make: () => ({ q: pick(['UBND', 'CNTT', 'TTHC', 'HĐND', 'dvc']), site: site() }) },
    { name: 'long question', make: () => ({ q: `Kết quả thực hiện ${pick(TOPICS)} ${pick(PERIODS)} năm 2025 như thế nào?`, scope: 'all' }) },
    { name: 'filters + facets', make: () => ({ q: pick(TOPICS), scope: 'all', type: 'legal', year: 2019 + Math.floor(rand() * 7), status: 'Còn hiệu lực' }) },
    { name: 'page 3', make: () => ({ q: pick(TOPICS), scope: 'all', page: 3 }) },
    { name: 'empty query (newest)', make: () => ({ q: '', site: site() }) },
    { name: 'typo (did you mean)', make: () => ({ q: 'chuyen doii sooo', site: site() }) },
  ]
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-bench-search-'))
  const engineOptions = { dataDir, meiliHost: process.env.ENGINE === 'meilisearch' ? process.env.MEILI_HOST : undefined, meiliKey: process.env.MEILI_MASTER_KEY, indexName: 'cong_bench' }
  log(`generating ${DOCS.toLocaleString('en')} documents across ${SITES} sites`)
  const { docs, numbers } = generate()
  let engine: SearchEngine = await createSearchEngine(engineOptions)
  log(`indexing with the ${engine.kind} engine, batches of 1,000 (each logged and synced)`)
  const tIndex = performance.now()
  for (let i = 0; i < docs.length; i += 1000) {
    await engine.upsert(docs.slice(i, i + 1000))
    if ((i + 1000) % 20_000 === 0) log(`  ${(i + 1000).toLocaleString('en')} documents (${Math.round((i + 1000) / ((performance.now() - tIndex) / 1000))} docs/s)`)
  }
  const indexSeconds = (performance.now() - tIndex) / 1000
  const indexRate = Math.round(docs.length / indexSeconds)
  log(`indexed in ${indexSeconds.toFixed(1)} s: ${indexRate} docs/s`)
  const tClose = performance.now()
  await engine.close()
  const closeMs = Math.round(performance.now() - tClose)
  const tOpen = performance.now()
  engine = await createSearchEngine(engineOptions)
  const reopenMs = Math.round(performance.now() - tOpen)
  const stats = engine instanceof EmbeddedEngine ? engine.stats() : undefined
  global.gc?.()
  const memory = process.memoryUsage()
  log(`closed (final compaction) in ${closeMs} ms, reopened in ${reopenMs} ms; ${JSON.stringify(stats ?? {})}; heap ${Math.round(memory.heapUsed / 2 ** 20)} MiB, rss ${Math.round(memory.rss / 2 ** 20)} MiB`)

  const kinds = queryMix(docs, numbers)
  const perKind = new Map<string, number[]>()
  const rounds: { p50: number; p95: number }[] = []
  const PER_KIND = 60
  for (let warm = 0; warm < 5; warm++) for (const kind of kinds) await engine.search(kind.make())
  for (let round = 0; round < ROUNDS; round++) {
    const times: number[] = []
    let zero = 0
    for (let i = 0; i < PER_KIND; i++) {
      for (const kind of kinds) {
        const params = kind.make()
        const started = performance.now()
        const result = await engine.search(params)
        const ms = performance.now() - started
        times.push(ms)
        if (result.total === 0 && kind.name !== 'typo (did you mean)') zero++
        const list = perKind.get(kind.name) ?? []
        list.push(ms)
        perKind.set(kind.name, list)
      }
    }
    times.sort((a, b) => a - b)
    rounds.push({ p50: percentile(times, 50), p95: percentile(times, 95) })
    log(`round ${round + 1}: ${times.length} queries, p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${times[times.length - 1]!.toFixed(1)} ms (${zero} without results)`)
  }
  for (const [name, list] of perKind) {
    list.sort((a, b) => a - b)
    log(`  ${name.padEnd(28)} p50 ${percentile(list, 50).toFixed(2).padStart(6)} ms  p95 ${percentile(list, 95).toFixed(2).padStart(6)} ms`)
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  await engine.close()
  let fresh: { heap_mb?: number; rss_mb?: number } = {}
  if (engine.kind === 'embedded') {
    fs.writeFileSync(path.join(dataDir, 'mix.json'), JSON.stringify({ sites: [...new Set(docs.map((d) => d.site))], numbers }))
    const out = execFileSync(process.execPath, [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url)], { env: { ...process.env, BENCH_OPEN_DIR: dataDir }, encoding: 'utf8' })
    fresh = JSON.parse(out.trim().split('\n').pop()!) as typeof fresh
    log(`fresh process (open + one query mix): heap ${fresh.heap_mb} MiB, rss ${fresh.rss_mb} MiB`)
  }
  if (!process.env.KEEP_DATA) fs.rmSync(dataDir, { recursive: true, force: true })
  const round2 = (x: number) => Math.round(x * 100) / 100
  console.log(
    JSON.stringify({
      docs: docs.length,
      sites: SITES,
      engine: engine.kind,
      index_docs_per_s: indexRate,
      query_p50_ms: round2(median(rounds.map((r) => r.p50))),
      query_p95_ms: round2(median(rounds.map((r) => r.p95))),
      reopen_ms: reopenMs,
      segment_mb: stats ? Math.round(stats.segmentBytes / 2 ** 20) : undefined,
      heap_mb: Math.round(memory.heapUsed / 2 ** 20),
      rss_mb: Math.round(memory.rss / 2 ** 20),
      open_heap_mb: fresh.heap_mb,
      open_rss_mb: fresh.rss_mb,
    }),
  )
}

/** The child of `main`: open the index a run left in BENCH_OPEN_DIR, query it, report memory. */
async function openOnly(dataDir: string) {
  const { sites, numbers } = JSON.parse(fs.readFileSync(path.join(dataDir, 'mix.json'), 'utf8')) as { sites: string[]; numbers: string[] }
  const engine = await createSearchEngine({ dataDir })
  const mix = queryMix(sites.map((site) => ({ site }) as SearchDocument), numbers)
  for (let i = 0; i < 5; i++) for (const kind of mix) await engine.search(kind.make())
  global.gc?.()
  const memory = process.memoryUsage()
  await engine.close()
  console.log(JSON.stringify({ heap_mb: Math.round(memory.heapUsed / 2 ** 20), rss_mb: Math.round(memory.rss / 2 ** 20) }))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.env.BENCH_OPEN_DIR) await openOnly(process.env.BENCH_OPEN_DIR)
  else await main()
}
