/**
 * Search as citizens meet it on the portals, scored on a labelled set of portal queries
 * (`test/search/portal-queries.jsonl`, over the demo content):
 *
 *   npm run --silent search:portal-eval -- --url http://127.0.0.1:3000 [--queries <file>] [--verbose]
 *
 * Each query is sent to `GET /api/public/search` under its portal's host (as the portal's search
 * page does), five answers a query. A relevant item is the path where the citizen should land on
 * that portal (its own copy of a shared document, not the owner's), or a path with the start of
 * the title for questions (their anchors differ per database). recall@5 counts the relevant items
 * among the first five, out of at most five; MRR@5 the rank of the first. Last line: one JSON object.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

type Relevant = string | { path: string; title: string }
export type PortalQuery = { qid: string; site: string; query: string; relevant: Relevant[]; note?: string }
type Hit = { url: string; title: string; type: string }

export const PORTAL_QUERIES = path.resolve(import.meta.dirname, '../../test/search/portal-queries.jsonl')
export const CUTOFF = 5

export function readQueries(file = PORTAL_QUERIES): PortalQuery[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as PortalQuery)
}

function get(base: URL, host: string, urlPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: base.hostname, port: base.port, path: urlPath, headers: { host, 'accept-encoding': 'identity' } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end()
  })
}

const matches = (hit: Hit, relevant: Relevant, origin: string) => {
  const url = new URL(hit.url)
  const onPortal = url.origin === origin
  const pathOf = url.pathname
  if (typeof relevant === 'string') return onPortal && pathOf === relevant
  return onPortal && pathOf === relevant.path && hit.title.startsWith(relevant.title)
}

export type PortalEvalResult = { n: number; 'recall@5': number; 'mrr@5': number; misses: string[] }

/**
 * Run every query against a server. `hostOf(site)` is the portal's host as the server knows it
 * (`<slug>.localhost:<port>` by default), which is also the origin its own copies are served at.
 */
export async function evaluatePortals(serverUrl: string, queries: PortalQuery[], hostOf: (site: string) => string, onQuery?: (q: PortalQuery, hits: Hit[], found: number) => void): Promise<PortalEvalResult> {
  const base = new URL(serverUrl)
  let recall = 0
  let mrr = 0
  const misses: string[] = []
  for (const q of queries) {
    const res = await get(base, hostOf(q.site), `/api/public/search?${new URLSearchParams({ q: q.query, perPage: String(CUTOFF) })}`)
    if (res.status !== 200) throw new Error(`${q.qid}: search answered ${res.status}: ${res.body.slice(0, 200)}`)
    const hits = (JSON.parse(res.body) as { hits: Hit[] }).hits.slice(0, CUTOFF)
    const origin = `${base.protocol}//${hostOf(q.site)}`
    const found = q.relevant.filter((r) => hits.some((h) => matches(h, r, origin))).length
    recall += found / Math.min(CUTOFF, q.relevant.length)
    const rank = hits.findIndex((h) => q.relevant.some((r) => matches(h, r, origin)))
    if (rank >= 0) mrr += 1 / (rank + 1)
    if (found === 0) misses.push(q.qid)
    onQuery?.(q, hits, found)
  }
  const round = (x: number) => Math.round(x * 1000) / 1000
  return { n: queries.length, 'recall@5': round(recall / queries.length), 'mrr@5': round(mrr / queries.length), misses }
}

async function main() {
  const { values } = parseArgs({ options: { url: { type: 'string' }, queries: { type: 'string' }, suffix: { type: 'string', default: 'localhost' }, verbose: { type: 'boolean', default: false } } })
  if (!values.url) throw new Error('usage: search:portal-eval -- --url http://127.0.0.1:3000 [--queries file] [--suffix localhost]')
  const port = new URL(values.url).port
  const result = await evaluatePortals(values.url, readQueries(values.queries), (site) => `${site}.${values.suffix}${port ? `:${port}` : ''}`, values.verbose
    ? (q, hits, found) => console.error(`${found ? 'ok  ' : 'MISS'} ${q.qid} ${q.query}\n${hits.map((h) => `      ${h.type.padEnd(9)} ${h.url} | ${h.title.slice(0, 60)}`).join('\n')}`)
    : undefined)
  console.log(JSON.stringify(result))
}

if (import.meta.url === `file://${process.argv[1]}`) await main()
