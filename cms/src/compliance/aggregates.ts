/**
 * The few "latest per group" figures the compliance dashboard needs, one grouped query per
 * collection instead of one query per site (ADR 0006): the Local API has no GROUP BY, and the
 * alternatives (a query per site and category, or reading every news item) cost seconds at 500
 * sites and 100,000 news items. SQLite runs SQL through the adapter's Drizzle instance, MongoDB
 * an aggregation pipeline on the adapter's models; both read only columns Payload itself writes.
 */
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

export type BuildRefs = {
  /** Latest build that is not waiting (running, succeeded or failed). */
  last: string | null
  /** Latest succeeded build that carries release checks. */
  checked: string | null
  queued: number
}

export type ActivityAggregates = {
  /** Site id → latest `publishedAt` of its published news (ISO). */
  newsBySite: Map<string, string>
  /** Category id (categories with a section only) → latest `publishedAt` of published news in it. */
  newsByCategory: Map<string, string>
  /** `${siteId}|${section}` → latest `updatedAt` of a published page; `${siteId}|` covers every page of the site. */
  pagesBySiteSection: Map<string, string>
  /** Site id → its builds of interest; ids as strings. */
  builds: Map<string, BuildRefs>
}

export const pageKey = (siteId: string | number, section: string | null | undefined) => `${siteId}|${section ?? ''}`

const iso = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

function keepLatest(map: Map<string, string>, key: string, value: string | null) {
  if (value === null) return
  const current = map.get(key)
  if (!current || value > current) map.set(key, value)
}

/** Per site, the latest page update overall (key `${site}|`) besides the per-section ones. */
function addPageRows(rows: Array<{ site: unknown; section: unknown; t: unknown }>): Map<string, string> {
  const map = new Map<string, string>()
  for (const row of rows) {
    if (row.site === null || row.site === undefined) continue
    const t = iso(row.t)
    if (row.section) keepLatest(map, pageKey(String(row.site), String(row.section)), t)
    keepLatest(map, pageKey(String(row.site), null), t)
  }
  return map
}

type SqliteDb = { drizzle: { all: <T>(query: ReturnType<typeof sql>) => Promise<T[]> } }

async function fromSqlite(payload: Payload, now: Date): Promise<ActivityAggregates> {
  const db = (payload.db as unknown as SqliteDb).drizzle
  const cutoff = now.toISOString()
  // Dates are ISO-8601 text in Payload's SQLite schema, so MAX and <= compare them correctly.
  const [news, categories, pages, builds] = await Promise.all([
    db.all<{ site: number; t: string }>(sql`
      SELECT site_id AS site, MAX(published_at) AS t FROM news
      WHERE _status = 'published' AND published_at <= ${cutoff}
      GROUP BY site_id`),
    db.all<{ category: number; t: string }>(sql`
      SELECT r.categories_id AS category, MAX(n.published_at) AS t
      FROM news_rels r JOIN news n ON n.id = r.parent_id
      WHERE r.path = 'categories' AND n._status = 'published' AND n.published_at <= ${cutoff}
        AND r.categories_id IN (SELECT id FROM categories WHERE section IS NOT NULL)
      GROUP BY r.categories_id`),
    db.all<{ site: number; section: string | null; t: string }>(sql`
      SELECT site_id AS site, section, MAX(updated_at) AS t FROM pages
      WHERE _status = 'published'
      GROUP BY site_id, section`),
    db.all<{ site: number; last: number | null; checked: number | null; queued: number }>(sql`
      SELECT site_id AS site,
        MAX(CASE WHEN status <> 'queued' THEN id END) AS last,
        MAX(CASE WHEN status = 'succeeded' AND checks IS NOT NULL THEN id END) AS checked,
        SUM(CASE WHEN status = 'queued' THEN 1 ELSE 0 END) AS queued
      FROM builds GROUP BY site_id`),
  ])
  const str = (v: number | null) => (v === null || v === undefined ? null : String(v))
  return {
    newsBySite: new Map(news.flatMap((r) => (iso(r.t) ? [[String(r.site), iso(r.t)!]] : []))),
    newsByCategory: new Map(categories.flatMap((r) => (iso(r.t) ? [[String(r.category), iso(r.t)!]] : []))),
    pagesBySiteSection: addPageRows(pages),
    builds: new Map(builds.map((r) => [String(r.site), { last: str(r.last), checked: str(r.checked), queued: Number(r.queued) || 0 }])),
  }
}

type MongoModel = { aggregate: (pipeline: object[]) => Promise<Array<Record<string, unknown>>> }

async function fromMongo(payload: Payload, now: Date): Promise<ActivityAggregates> {
  const models = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections
  const published = { _status: 'published', publishedAt: { $lte: now } }
  const latestBuild = (match: object) => [{ $match: match }, { $sort: { queuedAt: -1 } }, { $group: { _id: '$site', id: { $first: '$_id' } } }]
  const [news, categories, sectioned, pages, last, checked, queued] = await Promise.all([
    models.news!.aggregate([{ $match: published }, { $group: { _id: '$site', t: { $max: '$publishedAt' } } }]),
    models.news!.aggregate([{ $match: published }, { $unwind: '$categories' }, { $group: { _id: '$categories', t: { $max: '$publishedAt' } } }]),
    models.categories!.aggregate([{ $match: { section: { $nin: [null, ''] } } }, { $project: { _id: 1 } }]),
    models.pages!.aggregate([{ $match: { _status: 'published' } }, { $group: { _id: { site: '$site', section: '$section' }, t: { $max: '$updatedAt' } } }]),
    models.builds!.aggregate(latestBuild({ status: { $ne: 'queued' } })),
    models.builds!.aggregate(latestBuild({ status: 'succeeded', checks: { $ne: null } })),
    models.builds!.aggregate([{ $match: { status: 'queued' } }, { $group: { _id: '$site', n: { $sum: 1 } } }]),
  ])
  const withSection = new Set(sectioned.map((c) => String(c._id)))
  const builds = new Map<string, BuildRefs>()
  const refs = (site: unknown) => {
    const key = String(site)
    let entry = builds.get(key)
    if (!entry) builds.set(key, (entry = { last: null, checked: null, queued: 0 }))
    return entry
  }
  for (const r of last) refs(r._id).last = String(r.id)
  for (const r of checked) refs(r._id).checked = String(r.id)
  for (const r of queued) refs(r._id).queued = Number(r.n) || 0
  return {
    newsBySite: new Map(news.flatMap((r) => (iso(r.t) ? [[String(r._id), iso(r.t)!]] : []))),
    newsByCategory: new Map(categories.flatMap((r) => (withSection.has(String(r._id)) && iso(r.t) ? [[String(r._id), iso(r.t)!]] : []))),
    pagesBySiteSection: addPageRows(pages.map((r) => ({ ...(r._id as { site: unknown; section: unknown }), t: r.t }))),
    builds,
  }
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
