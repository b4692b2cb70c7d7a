/**
 * The options considered for the embedded engine, measured on searcheval (ADR 0010):
 *
 *   npm run --silent bench:search-compare -- --corpus <corpus.jsonl> --queries <q1.jsonl> --queries <q2.jsonl>
 *
 * - naive BM25 (k1 1.2, b 0.75, title + text, whitespace tokens), NFC + lowercase, then folded:
 *   the baselines of searcheval's README, re-implemented here;
 * - MiniSearch (BM25+) fed with our analysis: the same terms, term weights and field boosts;
 * - SQLite FTS5 (the libsql that Payload's SQLite adapter ships) fed with our analysis: same terms,
 *   FTS5's bm25() with column weights (FTS5 has no per-term weights);
 * - our engine (`InvertedIndex`, what `search:eval` runs through the port).
 * Prints one line per option: recall@10 and MRR@10 on each query file, index time, median and
 * p95 query latency, and the size and time of persisting the index.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createClient } from '@libsql/client'
import MiniSearch from 'minisearch'

import { analyzeFields, analyzeQuery, fold, normalize } from '../../plugins/search/analysis'
import { InvertedIndex } from '../../plugins/search/embedded/invertedIndex'
import { corpusDocuments, percentile } from '../../plugins/search/eval'
import { type SearchDocument, SearchParamsSchema, prepareDocument } from '../../plugins/search/port'

type Query = { query: string; relevant: string[] }
type Option = { name: string; index: (docs: SearchDocument[]) => Promise<void>; search: (q: string) => Promise<string[]>; persist?: () => Promise<{ bytes: number; ms: number }> }

const FIELD_BOOST = [3, 1, 1.5]
const fieldTexts = (d: SearchDocument) => [d.title, d.text, d.issuer ?? '']

// ─── naive BM25 ─────────────────────────────────────────────────────────────────────────────────
function naiveBm25(name: string, tokenizeText: (s: string) => string[]): Option {
  const postings = new Map<string, Map<number, number>>()
  const lengths: number[] = []
  const ids: string[] = []
  let avg = 0
  return {
    name,
    async index(docs) {
      for (const d of docs) {
        const tokens = tokenizeText(`${d.title} ${d.text}`)
        const n = ids.length
        ids.push(d.id)
        lengths.push(tokens.length)
        for (const t of tokens) {
          const p = postings.get(t) ?? new Map<number, number>()
          p.set(n, (p.get(n) ?? 0) + 1)
          postings.set(t, p)
        }
      }
      avg = lengths.reduce((a, b) => a + b, 0) / lengths.length
    },
    async search(q) {
      const scores = new Map<number, number>()
      for (const t of new Set(tokenizeText(q))) {
        const p = postings.get(t)
        if (!p) continue
        const idf = Math.log(1 + (ids.length - p.size + 0.5) / (p.size + 0.5))
        for (const [d, tf] of p) scores.set(d, (scores.get(d) ?? 0) + (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * lengths[d]!) / avg)))
      }
      return [...scores].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([d]) => ids[d]!)
    },
  }
}
const whitespace = (s: string) => normalize(s).split(/\s+/).map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean)

// ─── MiniSearch with our analysis ───────────────────────────────────────────────────────────────
function miniSearch(): Option {
  const fields = ['title', 'text', 'meta']
  const expand = (text: string, field: number) => {
    const out: string[] = []
    for (const [term, packed] of analyzeFields([text]).terms) for (let i = 0; i < ((packed >>> (8 * field)) & 255 || packed & 255); i++) out.push(term)
    return out
  }
  let weights = new Map<string, number>()
  const ms = new MiniSearch<{ id: string; title: string; text: string; meta: string }>({
    fields,
    storeFields: [],
    tokenize: (text) => expand(text, 0),
    processTerm: (t) => t,
    searchOptions: {
      boost: { title: FIELD_BOOST[0]!, text: FIELD_BOOST[1]!, meta: FIELD_BOOST[2]! },
      tokenize: (q) => {
        const analysed = analyzeQuery(q)
        weights = new Map(analysed.terms.map((t) => [t.term, t.weight]))
        return analysed.terms.map((t) => t.term)
      },
      processTerm: (t) => t,
      boostTerm: (term) => weights.get(term) ?? 1,
      combineWith: 'OR',
    },
  })
  return {
    name: 'MiniSearch 7 (BM25+) + our analysis',
    async index(docs) {
      ms.addAll(docs.map((d) => ({ id: d.id, title: d.title, text: d.text, meta: d.issuer ?? '' })))
    },
    async search(q) {
      return ms.search(q).slice(0, 10).map((r) => String(r.id))
    },
    async persist() {
      const started = performance.now()
      const json = JSON.stringify(ms)
      MiniSearch.loadJSON(json, { fields, tokenize: (t) => expand(t, 0), processTerm: (t) => t })
      return { bytes: Buffer.byteLength(json), ms: performance.now() - started }
    },
  }
}

// ─── SQLite FTS5 with our analysis ──────────────────────────────────────────────────────────────
function fts5(dir: string): Option {
  const file = path.join(dir, 'fts.db')
  const db = createClient({ url: `file:${file}` })
  // FTS5 tokens: our terms with the space of bigrams and the prefix of exact terms made token characters.
  const encode = (term: string) => term.replace(/ /g, '_')
  const fieldTerms = (text: string) => {
    const out: string[] = []
    for (const [term, packed] of analyzeFields([text]).terms) for (let i = 0; i < (packed & 255); i++) out.push(encode(term))
    return out.join(' ')
  }
  return {
    name: 'SQLite FTS5 bm25() + our analysis',
    async index(docs) {
      await db.execute(`create virtual table docs using fts5(id unindexed, title, text, meta, tokenize = "unicode61 remove_diacritics 0 tokenchars '_=/-'")`)
      for (let i = 0; i < docs.length; i += 500) {
        await db.batch(
          docs.slice(i, i + 500).map((d) => ({ sql: 'insert into docs (id, title, text, meta) values (?, ?, ?, ?)', args: [d.id, ...fieldTexts(d).map(fieldTerms)] })),
          'write',
        )
      }
    },
    async search(q) {
      const terms = analyzeQuery(q).terms.map((t) => `"${encode(t.term).replace(/"/g, '""')}"`)
      if (terms.length === 0) return []
      const rows = await db.execute({ sql: `select id from docs where docs match ? order by bm25(docs, 0, ${FIELD_BOOST.join(', ')}) limit 10`, args: [terms.join(' OR ')] })
      return rows.rows.map((r) => String(r.id))
    },
    async persist() {
      return { bytes: fs.statSync(file).size, ms: 0 }
    },
  }
}

// ─── ours ───────────────────────────────────────────────────────────────────────────────────────
function ours(): Option {
  const index = new InvertedIndex()
  return {
    name: 'Cổng embedded engine (BM25F + our analysis)',
    async index(docs) {
      for (const d of docs) index.add(d)
    },
    async search(q) {
      return index.search(SearchParamsSchema.parse({ q, scope: 'all', perPage: 10 })).hits.map((h) => h.id)
    },
    async persist() {
      const started = performance.now()
      const buffer = index.serialize()
      InvertedIndex.deserialize(buffer)
      return { bytes: buffer.length, ms: performance.now() - started }
    },
  }
}

async function main() {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, queries: { type: 'string', multiple: true } } })
  if (!values.corpus || !values.queries?.length) throw new Error('usage: bench:search-compare -- --corpus <corpus.jsonl> --queries <queries.jsonl> [--queries …]')
  const docs = corpusDocuments(values.corpus).map(prepareDocument)
  const sets = values.queries.map((file) => ({
    file: path.basename(file),
    queries: fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Query),
  }))
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-search-compare-'))
  const options: Option[] = [
    naiveBm25('naive BM25, NFC + lowercase', whitespace),
    naiveBm25('naive BM25, folded (đ→d)', (s) => whitespace(s).map(fold)),
    miniSearch(),
    fts5(dir),
    ours(),
  ]
  const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d
  try {
    for (const option of options) {
      const started = performance.now()
      await option.index(docs)
      const indexMs = performance.now() - started
      const line: Record<string, unknown> = { option: option.name, index_ms: Math.round(indexMs) }
      const times: number[] = []
      for (const { file, queries } of sets) {
        let recall = 0
        let mrr = 0
        for (const q of queries) {
          const t = performance.now()
          const ids = await option.search(q.query)
          times.push(performance.now() - t)
          const relevant = new Set(q.relevant)
          recall += ids.filter((id) => relevant.has(id)).length / relevant.size
          const rank = ids.findIndex((id) => relevant.has(id))
          if (rank >= 0) mrr += 1 / (rank + 1)
        }
        line[file] = { 'recall@10': round(recall / queries.length), 'mrr@10': round(mrr / queries.length) }
      }
      times.sort((a, b) => a - b)
      line.p50_ms = round(percentile(times, 50), 2)
      line.p95_ms = round(percentile(times, 95), 2)
      if (option.persist) {
        const p = await option.persist()
        line.persisted_mb = round(p.bytes / 2 ** 20, 1)
        if (p.ms) line.save_and_load_ms = Math.round(p.ms)
      }
      console.log(JSON.stringify(line))
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

await main()
