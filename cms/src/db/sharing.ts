/**
 * Which documents of a collection are shared with other portals (ADR 0028), on the SQL databases
 * straight from where sharing is stored: the relationship rows of `sharedWith` (their `sites_id`
 * index) and the index of `share_with_subordinates`. Asked through the Local API as one query with
 * an OR across the document and relationship tables, no index serves it and the planner walks
 * every document of the platform (1 s at 250,000 news). MongoDB answers the plain query from its
 * own indexes: null there, and the caller keeps its query.
 */
import type { Payload } from 'payload'

import { isSql, sql, sqlName, sqlRunner } from './sql'

type Id = number | string

/**
 * Ids of the documents shared explicitly (`sharedWith`, with `withSite` when given) or with every
 * portal below their own (`shareWithSubordinates`, owned by one of `ownersBelow` when given).
 */
export async function sharedDocumentIds(payload: Payload, slug: string, filter: { withSite?: Id; ownersBelow?: Id[] } = {}): Promise<Id[] | null> {
  if (!isSql(payload)) return null
  const db = sqlRunner(payload)
  const table = sqlName(slug)
  const parts = [
    sql`SELECT parent_id AS id FROM ${sql.identifier(`${table}_rels`)} WHERE path = 'sharedWith'${filter.withSite === undefined ? sql`` : sql` AND sites_id = ${filter.withSite}`}`,
  ]
  if (filter.ownersBelow === undefined || filter.ownersBelow.length > 0) {
    // SQLite stores a checkbox as 0 or 1. Its statistics give the rows per value on average, not
    // that 1 is rare, so `= 1` reads the whole index; `> 0` searches it.
    const shared = db.postgres ? sql`share_with_subordinates = true` : sql`share_with_subordinates > 0`
    const owners = filter.ownersBelow === undefined ? sql`` : sql` AND site_id IN (${sql.join(filter.ownersBelow.map((id) => sql`${id}`), sql`, `)})`
    parts.push(sql`SELECT id FROM ${sql.identifier(table)} WHERE ${shared}${owners}`)
  }
  const rows = (await db.all(sql.join(parts, sql` UNION `))) as Array<{ id: Id }>
  return rows.map((r) => r.id)
}
