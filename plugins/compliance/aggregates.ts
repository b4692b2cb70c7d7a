/**
 * The "latest per group" figures of the compliance dashboard, a few grouped queries for the
 * whole platform instead of queries per site (ADR 0008). The Local API has no GROUP BY, and the
 * alternatives (a query per site and per category, or reading every news item) cost seconds at
 * 500 sites and 100,000 news items. SQLite runs SQL through the adapter's Drizzle instance,
 * MongoDB aggregation pipelines on the adapter's models; both read only what Payload writes.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

export type BuildFacts = {
  /** Builds waiting to run. */
  queued: number
  /** Latest build that is not waiting (running, succeeded or failed). */
  last: { id: string; status: 'running' | 'succeeded' | 'failed'; finishedAt: string | null; durationMs: number | null } | null
  /** Latest succeeded build (the live release) and what its release checks found, if it was checked. */
  live: { id: string; brokenLinks: number | null; a11yIssues: number | null } | null
}

export type ActivityAggregates = {
  /** Site id → latest `publishedAt` of its published news (ISO). */
  newsBySite: Map<string, string>
  /**
   * `site|section` → latest update of the section: published pages tagged with it, news in
   * categories tagged with it, and for the sections the portal's own lists fulfil
   * (`LIST_SECTIONS`), the site's published records.
   */
  sections: Map<string, string>
  /** Site id → latest `updatedAt` of any of its published pages. */
  pagesBySite: Map<string, string>
  builds: Map<string, BuildFacts>
}

export const sectionKey = (siteId: string | number, section: string) => `${siteId}|${section}`

const iso = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

function keepLatest(map: Map<string, string>, key: string, value: unknown) {
  const t = iso(value)
  if (t === null) return
  const current = map.get(key)
  if (!current || t > current) map.set(key, t)
}

/**
 * Sections the portal fulfils with lists of its own records (`/van-ban/`, `/thu-tuc-hanh-chinh/`,
 * `/gop-y-du-thao/`): present when the site has a published record, as fresh as the newest one.
 */
export const LIST_SECTIONS = [
  { collection: 'legal-documents', table: 'legal_documents', section: 'van-ban' },
  { collection: 'procedures', table: 'procedures', section: 'thu-tuc-hanh-chinh' },
  { collection: 'consultations', table: 'consultations', section: 'lay-y-kien' },
] as const

/**
 * The questions-and-feedback section is also fulfilled by the platform's own Q&A
 * (`/hoi-dap-truc-tuyen/`, online dialogues): present when a citizen's question was answered,
 * as fresh as the newest answer.
 */
export const ANSWERS_SECTION = 'hoi-dap'

const num = (v: unknown): number | null => (v === null || v === undefined || v === '' || Number.isNaN(Number(v)) ? null : Number(v))

type Row = Record<string, unknown>
type SqliteDb = { drizzle: { all: <T = Row>(query: ReturnType<typeof sql>) => Promise<T[]> } }

async function fromSqlite(payload: Payload, now: Date): Promise<ActivityAggregates> {
  const db = (payload.db as unknown as SqliteDb).drizzle
  const cutoff = now.toISOString()
  // Dates are ISO-8601 text in Payload's SQLite schema: MAX and <= compare them correctly.
  const [newsBySite, categoryNews, pages, builds, queued] = await Promise.all([
    // Per site, the newest entry of the (site_id, published_at) index that is published: one
    // short backwards walk per site instead of grouping every news item.
    db.all(sql`
      SELECT s.id AS site, (
        SELECT n.published_at FROM news n
        WHERE n.site_id = s.id AND n._status = 'published' AND n.published_at <= ${cutoff}
        ORDER BY n.published_at DESC LIMIT 1) AS t
      FROM sites s`),
    // Per category carrying a section, its newest published news. Every news item has to be
    // looked at, so the query never reads the wide news rows (rich text): ids and dates come
    // from the published_at index into a temporary table (the few unpublished items left out
    // by id), which the relations table is then joined to through an automatic index.
    db.all(sql`
      WITH published AS MATERIALIZED (
        SELECT id, published_at AS t FROM news
        WHERE published_at <= ${cutoff} AND id NOT IN (SELECT id FROM news WHERE _status = 'draft' OR _status IS NULL)),
      latest AS (
        SELECT r.categories_id AS category, MAX(p.t) AS t
        FROM news_rels AS r CROSS JOIN published AS p
        WHERE p.id = r.parent_id AND r.path = 'categories'
        GROUP BY r.categories_id)
      SELECT c.site_id AS site, c.section AS section, l.t AS t
      FROM categories c JOIN latest l ON l.category = c.id
      WHERE c.section IS NOT NULL`),
    db.all(sql`
      SELECT site_id AS site, section, MAX(updated_at) AS t FROM pages
      WHERE _status = 'published'
      GROUP BY site_id, section`),
    // Per site, its newest finished-or-running build and its newest succeeded one: short
    // backwards walks of the site_id index (row ids grow with time), then the two rows.
    db.all(sql`
      WITH latest AS MATERIALIZED (
        SELECT s.id AS site,
          (SELECT b.id FROM builds b WHERE b.site_id = s.id AND b.status <> 'queued' ORDER BY b.id DESC LIMIT 1) AS last,
          (SELECT b.id FROM builds b WHERE b.site_id = s.id AND b.status = 'succeeded' ORDER BY b.id DESC LIMIT 1) AS live
        FROM sites s)
      SELECT l.site AS site, l.last AS last, lb.status AS status, lb.finished_at AS finishedAt, lb.duration_ms AS durationMs,
        l.live AS live, json_extract(cb.checks, '$.links.broken') AS brokenLinks, json_extract(cb.checks, '$.a11y.issues') AS a11yIssues
      FROM latest l LEFT JOIN builds lb ON lb.id = l.last LEFT JOIN builds cb ON cb.id = l.live
      WHERE l.last IS NOT NULL OR l.live IS NOT NULL`),
    // Few rows: counted here rather than grouped, so SQLite searches the status index.
    db.all(sql`SELECT site_id AS site FROM builds WHERE status = 'queued'`),
  ])
  const listRecords = await Promise.all([
    ...LIST_SECTIONS.map(({ table, section }) =>
      db.all(sql`SELECT site_id AS site, ${section} AS section, MAX(updated_at) AS t FROM ${sql.identifier(table)} WHERE _status = 'published' GROUP BY site_id`),
    ),
    db.all(sql`SELECT site_id AS site, ${ANSWERS_SECTION} AS section, MAX(COALESCE(answer_at, updated_at)) AS t FROM questions WHERE state = 'answered' GROUP BY site_id`),
  ])

  const result: ActivityAggregates = { newsBySite: new Map(), sections: new Map(), pagesBySite: new Map(), builds: new Map() }
  for (const r of newsBySite) keepLatest(result.newsBySite, String(r.site), r.t)
  for (const r of categoryNews) keepLatest(result.sections, sectionKey(String(r.site), String(r.section)), r.t)
  for (const r of pages) {
    if (r.section) keepLatest(result.sections, sectionKey(String(r.site), String(r.section)), r.t)
    keepLatest(result.pagesBySite, String(r.site), r.t)
  }
  for (const r of listRecords.flat()) keepLatest(result.sections, sectionKey(String(r.site), String(r.section)), r.t)
  const facts = (site: unknown) => {
    const key = String(site)
    let entry = result.builds.get(key)
    if (!entry) result.builds.set(key, (entry = { queued: 0, last: null, live: null }))
    return entry
  }
  for (const r of builds) {
    const entry = facts(r.site)
    if (r.last !== null && r.last !== undefined) {
      entry.last = { id: String(r.last), status: r.status as 'running' | 'succeeded' | 'failed', finishedAt: iso(r.finishedAt), durationMs: num(r.durationMs) }
    }
    if (r.live !== null && r.live !== undefined) entry.live = { id: String(r.live), brokenLinks: num(r.brokenLinks), a11yIssues: num(r.a11yIssues) }
  }
  for (const r of queued) facts(r.site).queued++
  return result
}

type MongoModel = { aggregate: (pipeline: object[]) => Promise<Row[]> }

async function fromMongo(payload: Payload, now: Date): Promise<ActivityAggregates> {
  const models = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections
  const published = { _status: 'published', publishedAt: { $lte: now } }
  const newest = (match: object, project: object) => [
    { $match: match },
    { $sort: { queuedAt: -1 } },
    { $group: { _id: '$site', doc: { $first: { _id: '$_id', ...project } } } },
  ]
  const [newsBySite, newsByCategory, categories, pages, last, live, queued] = await Promise.all([
    models.news!.aggregate([{ $match: published }, { $group: { _id: '$site', t: { $max: '$publishedAt' } } }]),
    models.news!.aggregate([{ $match: published }, { $unwind: '$categories' }, { $group: { _id: '$categories', t: { $max: '$publishedAt' } } }]),
    models.categories!.aggregate([{ $match: { section: { $nin: [null, ''] } } }, { $project: { site: 1, section: 1 } }]),
    models.pages!.aggregate([{ $match: { _status: 'published' } }, { $group: { _id: { site: '$site', section: '$section' }, t: { $max: '$updatedAt' } } }]),
    models.builds!.aggregate(newest({ status: { $ne: 'queued' } }, { status: '$status', finishedAt: '$finishedAt', durationMs: '$durationMs' })),
    models.builds!.aggregate(newest({ status: 'succeeded' }, { brokenLinks: '$checks.links.broken', a11yIssues: '$checks.a11y.issues' })),
    models.builds!.aggregate([{ $match: { status: 'queued' } }, { $group: { _id: '$site', n: { $sum: 1 } } }]),
  ])

  const listRecords = await Promise.all(
    [
      ...LIST_SECTIONS.map(async ({ collection, section }) =>
        (await (models[collection]?.aggregate([{ $match: { _status: 'published' } }, { $group: { _id: '$site', t: { $max: '$updatedAt' } } }]) ?? [])).map((r) => ({ site: r._id, section, t: r.t })),
      ),
      (async () =>
        (await (models.questions?.aggregate([{ $match: { state: 'answered' } }, { $group: { _id: '$site', t: { $max: { $ifNull: ['$answer.at', '$updatedAt'] } } } }]) ?? [])).map((r) => ({
          site: r._id,
          section: ANSWERS_SECTION as string,
          t: r.t,
        })))(),
    ],
  )
  const result: ActivityAggregates = { newsBySite: new Map(), sections: new Map(), pagesBySite: new Map(), builds: new Map() }
  for (const r of newsBySite) keepLatest(result.newsBySite, String(r._id), r.t)
  for (const r of listRecords.flat()) keepLatest(result.sections, sectionKey(String(r.site), r.section), r.t)
  const latestByCategory = new Map(newsByCategory.map((r) => [String(r._id), r.t]))
  for (const c of categories) {
    const t = latestByCategory.get(String(c._id))
    if (t) keepLatest(result.sections, sectionKey(String(c.site), String(c.section)), t)
  }
  for (const r of pages) {
    const { site, section } = r._id as { site: unknown; section: unknown }
    if (section) keepLatest(result.sections, sectionKey(String(site), String(section)), r.t)
    keepLatest(result.pagesBySite, String(site), r.t)
  }
  const facts = (site: unknown) => {
    const key = String(site)
    let entry = result.builds.get(key)
    if (!entry) result.builds.set(key, (entry = { queued: 0, last: null, live: null }))
    return entry
  }
  for (const r of last) {
    const d = r.doc as Row
    facts(r._id).last = { id: String(d._id), status: d.status as 'running' | 'succeeded' | 'failed', finishedAt: iso(d.finishedAt), durationMs: num(d.durationMs) }
  }
  for (const r of live) {
    const d = r.doc as Row
    facts(r._id).live = { id: String(d._id), brokenLinks: num(d.brokenLinks), a11yIssues: num(d.a11yIssues) }
  }
  for (const r of queued) facts(r._id).queued = Number(r.n) || 0
  return result
}

export async function loadAggregates(payload: Payload, now: Date): Promise<ActivityAggregates> {
  switch (payload.db.name) {
    case 'sqlite':
      return fromSqlite(payload, now)
    case 'mongoose':
      return fromMongo(payload, now)
    default:
      throw new Error(`The compliance dashboard does not support the "${payload.db.name}" database adapter.`)
  }
}
