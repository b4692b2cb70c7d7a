/**
 * The content plugin's part of the compliance dashboard (a `complianceSources` entry): the
 * mandatory sections its pages and news categories fulfil (a published page tagged with the
 * section; a tagged category holding published news), and when each portal last published a
 * news item or a page. Grouped queries for the whole platform (ADR 0008): the same SQL on SQLite
 * and PostgreSQL (`cms/src/db/sql.ts`), aggregation pipelines on MongoDB.
 */
import type { Payload } from 'payload'

import { isSql, type Row, sql, sqlRunner } from '../../cms/src/db/sql'
import type { ComplianceFacts } from '../compliance/types'

type MongoModel = { aggregate: (pipeline: object[]) => Promise<Row[]> }

async function fromSql(payload: Payload, now: Date): Promise<ComplianceFacts> {
  const db = sqlRunner(payload)
  const cutoff = now.toISOString()
  // Dates are ISO-8601 text in Payload's SQLite schema and timestamptz on PostgreSQL: MAX and <=
  // compare both correctly.
  const [newsBySite, categoryNews, pages] = await Promise.all([
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
  ])
  return {
    sections: [...categoryNews.map((r) => ({ site: r.site, section: r.section, t: r.t })), ...pages.filter((r) => r.section).map((r) => ({ site: r.site, section: r.section, t: r.t }))],
    activity: [...newsBySite.map((r) => ({ site: r.site, t: r.t })), ...pages.map((r) => ({ site: r.site, t: r.t }))],
  }
}

async function fromMongo(payload: Payload, now: Date): Promise<ComplianceFacts> {
  const models = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections
  const published = { _status: 'published', publishedAt: { $lte: now } }
  const [newsBySite, newsByCategory, categories, pages] = await Promise.all([
    models.news!.aggregate([{ $match: published }, { $group: { _id: '$site', t: { $max: '$publishedAt' } } }]),
    models.news!.aggregate([{ $match: published }, { $unwind: '$categories' }, { $group: { _id: '$categories', t: { $max: '$publishedAt' } } }]),
    models.categories!.aggregate([{ $match: { section: { $nin: [null, ''] } } }, { $project: { site: 1, section: 1 } }]),
    models.pages!.aggregate([{ $match: { _status: 'published' } }, { $group: { _id: { site: '$site', section: '$section' }, t: { $max: '$updatedAt' } } }]),
  ])
  const latestByCategory = new Map(newsByCategory.map((r) => [String(r._id), r.t]))
  const facts: ComplianceFacts = { sections: [], activity: newsBySite.map((r) => ({ site: r._id, t: r.t })) }
  for (const c of categories) {
    const t = latestByCategory.get(String(c._id))
    if (t) facts.sections.push({ site: c.site, section: c.section, t })
  }
  for (const r of pages) {
    const { site, section } = r._id as { site: unknown; section: unknown }
    if (section) facts.sections.push({ site, section, t: r.t })
    facts.activity.push({ site, t: r.t })
  }
  return facts
}

export async function contentComplianceFacts(payload: Payload, now: Date): Promise<ComplianceFacts> {
  if (isSql(payload)) return fromSql(payload, now)
  if (payload.db.name === 'mongoose') return fromMongo(payload, now)
  throw new Error(`The compliance dashboard does not support the "${payload.db.name}" database adapter.`)
}
