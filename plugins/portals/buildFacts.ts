/**
 * Per site, how its builds are doing, for the compliance dashboard: builds waiting, the latest
 * that ran and the latest succeeded one (the live release) with what its release checks found.
 * Grouped queries for the whole platform (ADR 0008): the same SQL on SQLite and PostgreSQL
 * (`cms/src/db/sql.ts`; the JSON expression differs), aggregation pipelines on MongoDB.
 * "Latest" means the same on every adapter: the newest by `queuedAt`, then by id.
 */
import type { Payload } from 'payload'

import { isSql, type Row, sql, sqlRunner } from '../../cms/src/db/sql'

export type BuildFacts = {
  /** Builds waiting to run. */
  queued: number
  /** Latest build that is not waiting (running, succeeded or failed). */
  last: { id: string; status: 'running' | 'succeeded' | 'failed'; finishedAt: string | null; durationMs: number | null } | null
  /** Latest succeeded build (the live release) and what its release checks found, if it was checked. */
  live: { id: string; brokenLinks: number | null; a11yIssues: number | null } | null
}

type MongoModel = { aggregate: (pipeline: object[]) => Promise<Row[]> }

const num = (v: unknown): number | null => (v === null || v === undefined || v === '' || Number.isNaN(Number(v)) ? null : Number(v))
const iso = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

function collector() {
  const facts = new Map<string, BuildFacts>()
  const of = (site: unknown) => {
    const key = String(site)
    let entry = facts.get(key)
    if (!entry) facts.set(key, (entry = { queued: 0, last: null, live: null }))
    return entry
  }
  return { facts, of }
}

async function fromSql(payload: Payload): Promise<Map<string, BuildFacts>> {
  const db = sqlRunner(payload)
  /** A number inside the builds' `checks` JSON (jsonb on PostgreSQL, text on SQLite). */
  const checksNumber = (path: [string, string]) =>
    db.postgres ? sql.raw(`(cb.checks->'${path[0]}'->>'${path[1]}')::numeric`) : sql.raw(`json_extract(cb.checks, '$.${path[0]}.${path[1]}')`)
  const [builds, queued] = await Promise.all([
    // Per site, its newest finished-or-running build and its newest succeeded one: short
    // walks of the site's builds, then the two rows.
    db.all(sql`
      WITH latest AS MATERIALIZED (
        SELECT s.id AS site,
          (SELECT b.id FROM builds b WHERE b.site_id = s.id AND b.status <> 'queued' ORDER BY b.queued_at DESC, b.id DESC LIMIT 1) AS last,
          (SELECT b.id FROM builds b WHERE b.site_id = s.id AND b.status = 'succeeded' ORDER BY b.queued_at DESC, b.id DESC LIMIT 1) AS live
        FROM sites s)
      SELECT l.site AS site, l.last AS last, lb.status AS status, lb.finished_at AS finished_at, lb.duration_ms AS duration_ms,
        l.live AS live, ${checksNumber(['links', 'broken'])} AS broken_links, ${checksNumber(['a11y', 'issues'])} AS a11y_issues
      FROM latest l LEFT JOIN builds lb ON lb.id = l.last LEFT JOIN builds cb ON cb.id = l.live
      WHERE l.last IS NOT NULL OR l.live IS NOT NULL`),
    // Few rows: counted here rather than grouped, so SQLite searches the status index.
    db.all(sql`SELECT site_id AS site FROM builds WHERE status = 'queued'`),
  ])
  const { facts, of } = collector()
  for (const r of builds) {
    const entry = of(r.site)
    if (r.last !== null && r.last !== undefined) {
      entry.last = { id: String(r.last), status: r.status as 'running' | 'succeeded' | 'failed', finishedAt: iso(r.finished_at), durationMs: num(r.duration_ms) }
    }
    if (r.live !== null && r.live !== undefined) entry.live = { id: String(r.live), brokenLinks: num(r.broken_links), a11yIssues: num(r.a11y_issues) }
  }
  for (const r of queued) of(r.site).queued++
  return facts
}

async function fromMongo(payload: Payload): Promise<Map<string, BuildFacts>> {
  const builds = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections.builds!
  const newest = (match: object, project: object) => [
    { $match: match },
    { $sort: { queuedAt: -1, _id: -1 } },
    { $group: { _id: '$site', doc: { $first: { _id: '$_id', ...project } } } },
  ]
  const [last, live, queued] = await Promise.all([
    builds.aggregate(newest({ status: { $ne: 'queued' } }, { status: '$status', finishedAt: '$finishedAt', durationMs: '$durationMs' })),
    builds.aggregate(newest({ status: 'succeeded' }, { brokenLinks: '$checks.links.broken', a11yIssues: '$checks.a11y.issues' })),
    builds.aggregate([{ $match: { status: 'queued' } }, { $group: { _id: '$site', n: { $sum: 1 } } }]),
  ])
  const { facts, of } = collector()
  for (const r of last) {
    const d = r.doc as Row
    of(r._id).last = { id: String(d._id), status: d.status as 'running' | 'succeeded' | 'failed', finishedAt: iso(d.finishedAt), durationMs: num(d.durationMs) }
  }
  for (const r of live) {
    const d = r.doc as Row
    of(r._id).live = { id: String(d._id), brokenLinks: num(d.brokenLinks), a11yIssues: num(d.a11yIssues) }
  }
  for (const r of queued) of(r._id).queued = Number(r.n) || 0
  return facts
}

/** Build facts of every site that has builds, by site id. */
export async function loadBuildFacts(payload: Payload): Promise<Map<string, BuildFacts>> {
  if (isSql(payload)) return fromSql(payload)
  if (payload.db.name === 'mongoose') return fromMongo(payload)
  throw new Error(`Build facts do not support the "${payload.db.name}" database adapter.`)
}
