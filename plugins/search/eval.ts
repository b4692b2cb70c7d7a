/**
 * Relevance and latency of the search port on a labelled query set (searcheval, ADR 0010):
 *
 *   npm run --silent search:eval -- --corpus <corpus.jsonl> --queries <queries.jsonl> [--engine embedded|meilisearch]
 *
 * Indexes the corpus as legal documents (title + text, the law's name as issuer) with the engine
 * the platform would use, runs every query through `search()` exactly as the public API calls it,
 * and prints one JSON line: n, recall@10, MRR@10 and the latency percentiles of `search()`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createSearchEngine } from './factory'
import type { SearchDocument, SearchEngine } from './port'

type CorpusLine = { id: string; title: string; text: string; law_id?: string; law_name?: string }
type QueryLine = { qid: string; query: string; relevant: string[]; source?: string }

const readJsonl = <T>(file: string): T[] =>
  fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T)

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export type EvalResult = { n: number; 'recall@10': number; 'mrr@10': number; p50_ms: number; p95_ms: number }

export async function evaluate(engine: SearchEngine, queries: QueryLine[], onQuery?: (q: QueryLine, ids: string[]) => void): Promise<EvalResult> {
  let recall = 0
  let mrr = 0
  const times: number[] = []
  for (const q of queries) {
    const started = performance.now()
    const result = await engine.search({ q: q.query, scope: 'all', perPage: 10 })
    times.push(performance.now() - started)
    const ids = result.hits.map((h) => h.id)
    onQuery?.(q, ids)
    const relevant = new Set(q.relevant)
    recall += ids.filter((id) => relevant.has(id)).length / relevant.size
    const rank = ids.findIndex((id) => relevant.has(id))
    if (rank >= 0) mrr += 1 / (rank + 1)
  }
  times.sort((a, b) => a - b)
  const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d
  return {
    n: queries.length,
    'recall@10': round(recall / queries.length),
    'mrr@10': round(mrr / queries.length),
    p50_ms: round(percentile(times, 50), 2),
    p95_ms: round(percentile(times, 95), 2),
  }
}

export function corpusDocuments(file: string): SearchDocument[] {
  return readJsonl<CorpusLine>(file).map((line) => ({
    id: line.id,
    type: 'legal',
    site: 'searcheval',
    siteName: 'searcheval',
    url: `/van-ban/${encodeURIComponent(line.id)}`,
    title: line.title,
    text: line.text,
    ...(line.law_name ? { issuer: line.law_name } : {}),
  }))
}

async function main() {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, queries: { type: 'string' }, engine: { type: 'string', default: 'embedded' }, verbose: { type: 'boolean', default: false } },
  })
  if (!values.corpus || !values.queries) throw new Error('usage: search:eval -- --corpus <corpus.jsonl> --queries <queries.jsonl>')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-search-eval-'))
  const meiliHost = values.engine === 'meilisearch' ? process.env.MEILI_HOST : undefined
  const engine = await createSearchEngine({ dataDir, meiliHost, meiliKey: process.env.MEILI_MASTER_KEY, indexName: 'cong_searcheval' })
  try {
    const docs = corpusDocuments(values.corpus)
    const started = performance.now()
    for (let i = 0; i < docs.length; i += 500) await engine.upsert(docs.slice(i, i + 500))
    const indexMs = performance.now() - started
    const queries = readJsonl<QueryLine>(values.queries)
    // One untimed pass warms the JIT and caches, as a long-running server would be.
    await evaluate(engine, queries.slice(0, 10))
    const result = await evaluate(engine, queries, values.verbose ? (q, ids) => {
      const rank = ids.findIndex((id) => q.relevant.includes(id))
      console.error(`${rank < 0 ? 'MISS' : `#${rank + 1}`.padEnd(4)} ${q.source ?? ''} ${q.query}`)
    } : undefined)
    console.error(`indexed ${docs.length} documents in ${Math.round(indexMs)} ms (${engine.kind})`)
    console.log(JSON.stringify(result))
  } finally {
    await engine.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
