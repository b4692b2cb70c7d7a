/**
 * The "latest per group" figures of the compliance dashboard, a few grouped queries for the
 * whole platform instead of queries per site (ADR 0008). The Local API has no GROUP BY, and the
 * alternatives (a query per site and per category, or reading every news item) cost seconds at
 * 500 sites and 100,000 news items.
 *
 * What the figures are made of comes from contributions: every collection declaring
 * `compliance` (its documents fulfil sections, as fresh as a date field; those shared with a
 * portal count for it too when it says so), the plugins' own `complianceSources` (news in tagged
 * categories, tagged pages), and the builds of each portal (`loadBuildFacts`). The per-collection
 * query is generic: the same SQL on SQLite and PostgreSQL through the adapter's Drizzle instance
 * (`cms/src/db/sql.ts`), an aggregation pipeline on MongoDB; all read only what Payload writes.
 * test/db-modules.int.test.ts runs them on every adapter of the run (ADR 0015).
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { contributions, platformContributions } from '../../cms/src/contributions'
import { isSql, type Row, sql, sqlName, sqlRunner } from '../../cms/src/db/sql'
import { sharedDocumentIds } from '../../cms/src/db/sharing'
import { hasField } from '../../cms/src/lib/config'
import { descendantsOf, loadSiteTree } from '../../cms/src/lib/hierarchy'
import { idOf } from '../../cms/src/lib/ids'
import { type BuildFacts, loadBuildFacts } from '../portals/buildFacts'
import type { ComplianceContribution, ComplianceFacts } from './types'

export type { BuildFacts } from '../portals/buildFacts'

export type ActivityAggregates = {
  /** `site|section` → latest update of the section on that site (ISO). */
  sections: Map<string, string>
  /** Site id → latest publication of anything on it (ISO). */
  lastPublished: Map<string, string>
  /** `site|section` reachable from the portal's navigation without dated content; `*|section` on every portal. */
  reachable: Set<string>
  builds: Map<string, BuildFacts>
}

export const sectionKey = (siteId: string | number, section: string) => `${siteId}|${section}`

export const iso = (value: unknown): string | null => {
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

type MongoModel = { aggregate: (pipeline: object[]) => Promise<Row[]> }


/** Per site, the newest date of the collection's documents that count (published, matching the filter). */
async function latestBySite(payload: Payload, slug: string, part: ComplianceContribution, now: Date): Promise<Array<{ site: unknown; t: unknown }>> {
  const versioned = Boolean(payload.collections[slug as CollectionSlug]?.config.versions)
  // Documents in the trash (ADR 0022) are off the portal: they count for nothing.
  const trash = Boolean(payload.collections[slug as CollectionSlug]?.config.trash)
  const date = part.dateField ?? 'updatedAt'
  const filter = Object.entries(part.filter ?? {})
  if (isSql(payload)) {
    const db = sqlRunner(payload)
    const t = part.fallbackDateField ? sql`COALESCE(${sql.identifier(sqlName(date))}, ${sql.identifier(sqlName(part.fallbackDateField))})` : sql.identifier(sqlName(date))
    // A date still to come (an article dated for later) does not count yet.
    const conditions = [...(versioned ? [sql`_status = 'published'`] : []), ...(trash ? [sql`deleted_at IS NULL`] : []), ...filter.map(([field, value]) => sql`CAST(${sql.identifier(sqlName(field))} AS text) = ${value}`), sql`${t} <= ${now.toISOString()}`]
    // Per portal, its newest row through the (site, …, date) index: the cost grows with the
    // portals, not with their documents. A MAX … GROUP BY site read every published row of the
    // platform (1.7 s for 250,000 news at 1,000 portals; ADR 0028).
    const rows = (await db.all(
      sql`SELECT s.id AS site, (SELECT ${t} FROM ${sql.identifier(sqlName(slug))} doc WHERE doc.site_id = s.id AND ${sql.join(conditions, sql` AND `)} ORDER BY ${t} DESC LIMIT 1) AS t FROM sites s`,
    )) as Array<{ site: unknown; t: unknown }>
    return rows.filter((r) => r.t !== null && r.t !== undefined)
  }
  if (payload.db.name === 'mongoose') {
    const model = (payload.db as unknown as { collections: Record<string, MongoModel> }).collections[slug]
    if (!model) return []
    const match: Row = { ...(versioned ? { _status: 'published' } : {}), ...(trash ? { deletedAt: null } : {}), ...Object.fromEntries(filter) }
    const t = part.fallbackDateField ? { $ifNull: [`$${date}`, `$${part.fallbackDateField}`] } : `$${date}`
    const rows = await model.aggregate([{ $match: match }, { $addFields: { __t: t } }, { $match: { __t: { $lte: now } } }, { $group: { _id: '$site', t: { $max: '$__t' } } }])
    return rows.map((r) => ({ site: r._id, t: r.t }))
  }
  throw new Error(`The compliance dashboard does not support the "${payload.db.name}" database adapter.`)
}

/** A dotted path into a document (`answer.at`), then the fallback field. */
export function dateOf(doc: Row, part: ComplianceContribution): unknown {
  const date = part.dateField ?? 'updatedAt'
  return date.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Row)[k] : undefined), doc) ?? (part.fallbackDateField ? doc[part.fallbackDateField] : undefined)
}

/**
 * Documents shared with other portals count for those portals too: the few published documents
 * with sharing set are read through the Local API and attributed like the portal export does
 * (listed portals, and every portal below the owner when shared down). `only` keeps those shared
 * with one portal.
 */
export async function sharedDocs(
  payload: Payload,
  slug: string,
  part: ComplianceContribution,
  tree: Awaited<ReturnType<typeof loadSiteTree>>,
  now: Date,
  only?: string,
): Promise<Array<{ site: string; t: unknown; doc: Row }>> {
  const config = payload.collections[slug as CollectionSlug]?.config
  if (!config || !hasField(config.fields, 'sharedWith')) return []
  const candidates = await sharedDocumentIds(payload, slug)
  if (candidates?.length === 0) return []
  const conditions: Where[] = [candidates ? { id: { in: candidates } } : { or: [{ shareWithSubordinates: { equals: true } }, { sharedWith: { exists: true } }] }, ...Object.entries(part.filter ?? {}).map(([f, v]) => ({ [f]: { equals: v } }))]
  if (config.versions) conditions.push({ _status: { equals: 'published' } })
  const found = await payload.find({ collection: slug as CollectionSlug, where: { and: conditions }, pagination: false, depth: 0, overrideAccess: true })
  const out: Array<{ site: string; t: unknown; doc: Row }> = []
  for (const doc of found.docs as unknown as Row[]) {
    const value = dateOf(doc, part)
    const at = iso(value)
    if (at !== null && at > now.toISOString()) continue
    const targets = new Set<string>()
    for (const ref of Array.isArray(doc.sharedWith) ? doc.sharedWith : []) {
      const id = idOf(ref)
      if (id !== null) targets.add(String(id))
    }
    if (doc.shareWithSubordinates === true) for (const id of descendantsOf(tree, String(idOf(doc.site)))) targets.add(id)
    targets.delete(String(idOf(doc.site)))
    for (const site of targets) if (!only || site === only) out.push({ site, t: value, doc })
  }
  return out
}

export async function loadAggregates(payload: Payload, now: Date): Promise<ActivityAggregates> {
  const result: ActivityAggregates = { sections: new Map(), lastPublished: new Map(), builds: new Map(), reachable: new Set() }
  const tree = await loadSiteTree(payload)
  const fromCollections = contributions(payload, 'compliance').map(async ({ slug, part }): Promise<ComplianceFacts> => {
    const [own, shared] = await Promise.all([latestBySite(payload, slug, part, now), part.shared ? sharedDocs(payload, slug, part, tree, now) : Promise.resolve([])])
    const rows = [...own, ...shared]
    return { sections: part.sections.flatMap((section) => rows.map((r) => ({ site: r.site, section, t: r.t }))), activity: [] }
  })
  const fromSources = platformContributions(payload, 'complianceSources').map((source) => source.load(payload, now))
  const [facts, builds] = await Promise.all([Promise.all([...fromCollections, ...fromSources]), loadBuildFacts(payload)])
  for (const f of facts) {
    for (const r of f.sections) if (r.section) keepLatest(result.sections, sectionKey(String(r.site), String(r.section)), r.t)
    for (const r of f.activity) keepLatest(result.lastPublished, String(r.site), r.t)
    for (const r of f.reachable ?? []) result.reachable.add(sectionKey(r.site === null ? '*' : String(r.site), r.section))
  }
  result.builds = builds
  return result
}
