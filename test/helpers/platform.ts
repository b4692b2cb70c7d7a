/**
 * A big platform in seconds, for tests and benchmarks that measure how a cost grows with the
 * number of portals: portals copied as bulk rows from one template portal the Local API wrote
 * (its `sites`, `sites_locales` and `sites_texts` rows), each with a few published news copied
 * the same way (`bulkInsertNews`). SQLite and PostgreSQL (Drizzle on either adapter).
 */
import type { Payload } from 'payload'

import { bulkInsertNews, type NewsItem, type SiteSpec } from '../bench/corpus'

type Row = Record<string, unknown>
type Table = Record<string, unknown>
type Drizzle = {
  select: (fields?: Record<string, unknown>) => { from: (table: Table) => { where: (cond: unknown) => Promise<Row[]> } & Promise<Row[]> }
  insert: (table: Table) => { values: (rows: Row[]) => Promise<unknown> }
  execute?: (query: unknown) => Promise<unknown>
}

const CHUNK = 200

export type BulkPortal = { id: number; slug: string }

/**
 * Add `count` communes below `parent` (slugs `<prefix>-1`…), as rows copied from `template` (a
 * site the Local API created), each with `newsPerSite` published news dated within the last year.
 */
export async function addPortals(payload: Payload, options: { template: number | string; parent: number | string; count: number; prefix: string; newsPerSite: number }): Promise<BulkPortal[]> {
  const { sql } = await import('@payloadcms/db-sqlite')
  const db = payload.db as unknown as { drizzle: Drizzle; tables: Record<string, Table & Record<string, unknown>> }
  const sites = db.tables.sites!
  const locales = db.tables.sites_locales!
  const texts = db.tables.sites_texts!
  const [site] = await db.drizzle.select().from(sites).where(sql`${sites.id} = ${options.template}`)
  if (!site) throw new Error(`no site ${options.template}`)
  const siteLocales = await db.drizzle.select().from(locales).where(sql`${locales._parentID} = ${options.template}`)
  const [max] = (await db.drizzle.select({ id: sql<number>`max(${sites.id})` }).from(sites)) as unknown as Array<{ id: number }>
  const [maxLocale] = (await db.drizzle.select({ id: sql<number>`max(${locales.id})` }).from(locales)) as unknown as Array<{ id: number }>
  const [maxText] = (await db.drizzle.select({ id: sql<number>`max(${texts.id})` }).from(texts)) as unknown as Array<{ id: number }>
  let nextLocale = Number(maxLocale?.id ?? 0) + 1
  let nextText = Number(maxText?.id ?? 0) + 1
  const portals: BulkPortal[] = []
  const siteRows: Row[] = []
  const localeRows: Row[] = []
  const textRows: Row[] = []
  for (let i = 1; i <= options.count; i++) {
    const id = Number(max!.id) + i
    const slug = `${options.prefix}-${i}`
    portals.push({ id, slug })
    siteRows.push({ ...site, id, slug, level: 'xa', parent: options.parent, unitCode: null })
    for (const l of siteLocales) localeRows.push({ ...l, id: nextLocale++, _parentID: id, name: `UBND xã ${options.prefix} ${i}` })
    textRows.push({ id: nextText++, order: 1, parent: id, path: 'domains', text: `${slug}.gov.vn` })
  }
  for (let i = 0; i < siteRows.length; i += CHUNK) await db.drizzle.insert(sites).values(siteRows.slice(i, i + CHUNK))
  for (let i = 0; i < localeRows.length; i += CHUNK) await db.drizzle.insert(locales).values(localeRows.slice(i, i + CHUNK))
  for (let i = 0; i < textRows.length; i += CHUNK) await db.drizzle.insert(texts).values(textRows.slice(i, i + CHUNK))
  if (payload.db.name === 'postgres') {
    for (const table of ['sites', 'sites_locales', 'sites_texts']) await db.drizzle.execute!(sql.raw(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`))
  }
  if (options.newsPerSite > 0) {
    const now = Date.now()
    const items: NewsItem[] = []
    for (const [n, p] of portals.entries()) {
      const spec = { key: p.slug, name: p.slug, slug: p.slug, level: 'xa', place: `xã ${n}`, domain: `${p.slug}.gov.vn`, agency: `UBND xã ${n}` } as SiteSpec
      for (let k = 0; k < options.newsPerSite; k++) items.push({ site: { id: p.id, spec }, at: now - 86_400_000 * (2 + ((n * 7 + k * 31) % 360)) })
    }
    items.sort((a, b) => a.at - b.at)
    await bulkInsertNews(payload, items, () => undefined)
  }
  return portals
}
