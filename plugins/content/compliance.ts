/**
 * The content plugin's part of the compliance dashboard (a `complianceSources` entry): the
 * mandatory sections its pages and news categories fulfil (a published page tagged with the
 * section; a tagged category holding published news), and when each portal last published a
 * news item or a page. Grouped queries for the whole platform (ADR 0008): the same SQL on SQLite
 * and PostgreSQL (`cms/src/db/sql.ts`), aggregation pipelines on MongoDB.
 */
import type { Payload } from 'payload'

import { isSql, type Row, sql, sqlRunner } from '../../cms/src/db/sql'
import { contributionOf } from '../../cms/src/contributions'
import { MANDATORY_SECTIONS } from '../../cms/src/contracts/sections'
import type { ComplianceExplanation, ComplianceFacts, CountedItem, SectionNote } from '../compliance/types'

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
        WHERE n.site_id = s.id AND n._status = 'published' AND n.deleted_at IS NULL AND n.published_at <= ${cutoff}
        ORDER BY n.published_at DESC LIMIT 1) AS t
      FROM sites s`),
    // Per category carrying a section, its newest published news: the category's portal's news
    // walked newest first through the (site_id, _status, published_at) index until one is in the
    // category. An active section stops at once; an empty one reads its portal's news, never
    // the platform's (issue 17: grouping every news item of the platform cost seconds at 1,000,000).
    db.all(sql`
      SELECT cat.site_id AS site, cat.section AS section, (
        SELECT n.published_at FROM news n
        WHERE n.site_id = cat.site_id AND n._status = 'published' AND n.deleted_at IS NULL AND n.published_at <= ${cutoff}
          AND EXISTS (SELECT 1 FROM news_rels r WHERE r.parent_id = n.id AND r.path = 'categories' AND r.categories_id = cat.id)
        ORDER BY n.published_at DESC LIMIT 1) AS t
      FROM categories cat
      WHERE cat.section IS NOT NULL`),
    db.all(sql`
      SELECT site_id AS site, section, MAX(updated_at) AS t FROM pages
      WHERE _status = 'published' AND deleted_at IS NULL
      GROUP BY site_id, section`),
  ])
  return {
    sections: [...categoryNews.filter((r) => r.t !== null).map((r) => ({ site: r.site, section: r.section, t: r.t })), ...pages.filter((r) => r.section).map((r) => ({ site: r.site, section: r.section, t: r.t }))],
    activity: [...newsBySite.map((r) => ({ site: r.site, t: r.t })), ...pages.map((r) => ({ site: r.site, t: r.t }))],
  }
}

async function fromMongo(payload: Payload, now: Date): Promise<ComplianceFacts> {
  const models = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections
  // Documents in the trash (ADR 0022) count for nothing.
  const published = { _status: 'published', deletedAt: null, publishedAt: { $lte: now } }
  const [newsBySite, newsByCategory, categories, pages] = await Promise.all([
    models.news!.aggregate([{ $match: published }, { $group: { _id: '$site', t: { $max: '$publishedAt' } } }]),
    models.news!.aggregate([{ $match: published }, { $unwind: '$categories' }, { $group: { _id: '$categories', t: { $max: '$publishedAt' } } }]),
    models.categories!.aggregate([{ $match: { section: { $nin: [null, ''] } } }, { $project: { site: 1, section: 1 } }]),
    models.pages!.aggregate([{ $match: { _status: 'published', deletedAt: null } }, { $group: { _id: { site: '$site', section: '$section' }, t: { $max: '$updatedAt' } } }]),
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

type Doc = Record<string, unknown>

const PAGE = { vi: 'Trang nội dung', en: 'Page' }
const NEWS = { vi: 'Tin bài', en: 'News item' }

/**
 * For one portal: the tagged published pages and, per tagged category, its newest published news
 * item; notes say which pages and categories carry each section, and that news in other
 * categories do not count for it (the news section itself counts every news item: the news
 * collection's own compliance contribution).
 */
export async function explainContent(payload: Payload, siteId: number | string, now: Date): Promise<ComplianceExplanation> {
  const opts = { depth: 0, locale: 'vi', overrideAccess: true, pagination: false } as const
  const [pages, categories] = await Promise.all([
    payload.find({ collection: 'pages', where: { and: [{ site: { equals: siteId } }, { _status: { equals: 'published' } }, { section: { exists: true } }] }, select: { title: true, section: true, updatedAt: true }, ...opts }),
    payload.find({ collection: 'categories', where: { and: [{ site: { equals: siteId } }, { section: { exists: true } }] }, select: { title: true, section: true }, ...opts }),
  ])
  const counted: CountedItem[] = []
  for (const page of pages.docs as Doc[]) {
    if (page.section) counted.push({ section: String(page.section), t: String(page.updatedAt), title: String(page.title), kind: PAGE })
  }
  const tagged = (categories.docs as Doc[]).filter((c) => c.section)
  for (const category of tagged) {
    const [newest] = (
      await payload.find({
        collection: 'news',
        where: { and: [{ categories: { in: [category.id] } }, { _status: { equals: 'published' } }, { publishedAt: { less_than_equal: now.toISOString() } }] },
        sort: '-publishedAt',
        limit: 1,
        depth: 0,
        locale: 'vi',
        overrideAccess: true,
        select: { title: true, publishedAt: true },
      })
    ).docs as Doc[]
    if (newest) counted.push({ section: String(category.section), t: String(newest.publishedAt), title: String(newest.title), kind: NEWS })
  }
  const wholeNews = new Set(contributionOf(payload, 'news', 'compliance')?.sections ?? [])
  const notes: SectionNote[] = []
  for (const section of MANDATORY_SECTIONS) {
    const pagesOf = (pages.docs as Doc[]).filter((p) => p.section === section.key).map((p) => `"${String(p.title)}"`)
    const catsOf = tagged.filter((c) => c.section === section.key).map((c) => `"${String(c.title)}"`)
    if (pagesOf.length) notes.push({ section: section.key, vi: `Trang đã xuất bản gắn mục này: ${pagesOf.join(', ')}.`, en: `Published pages tagged with this section: ${pagesOf.join(', ')}.` })
    if (wholeNews.has(section.key)) continue
    if (catsOf.length) {
      notes.push({
        section: section.key,
        vi: `Chỉ tính tin trong chuyên mục gắn mục này: ${catsOf.join(', ')}; tin ở chuyên mục khác không được tính.`,
        en: `Only news in the categories tagged with this section count: ${catsOf.join(', ')}; news in other categories do not.`,
      })
    } else if (section.kind === 'category') {
      notes.push({
        section: section.key,
        vi: 'Chưa có chuyên mục nào gắn mục này, nên tin chưa gắn không được tính. Gắn ô "Mục bắt buộc theo NĐ 42/2022" ở chuyên mục tương ứng.',
        en: 'No category is tagged with this section, so untagged news do not count. Set "Mandatory section" on the matching category.',
      })
    } else if (!pagesOf.length) {
      notes.push({ section: section.key, vi: 'Chưa có trang đã xuất bản nào gắn mục này.', en: 'No published page is tagged with this section.' })
    }
  }
  return { counted, notes }
}
