/** The tree of sites (ministry → province → department → commune) for aggregation and sharing. */
import type { Payload, PayloadRequest, Where } from 'payload'

import { dbId } from './ids'

export type SiteTree = {
  parentOf: Map<string, string | null>
  childrenOf: Map<string, string[]>
}

export async function loadSiteTree(payload: Payload, req?: PayloadRequest): Promise<SiteTree> {
  const sites = await payload.find({
    collection: 'sites',
    pagination: false,
    depth: 0,
    select: { parent: true },
    overrideAccess: true,
    req,
  })
  const parentOf = new Map<string, string | null>()
  const childrenOf = new Map<string, string[]>()
  for (const s of sites.docs) {
    const parent = s.parent === null || s.parent === undefined ? null : String(typeof s.parent === 'object' ? s.parent.id : s.parent)
    parentOf.set(String(s.id), parent)
    if (parent) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), String(s.id)])
  }
  return { parentOf, childrenOf }
}

/** Levels walked up or down at most (the tree is four deep: ministry, province, department, commune). */
const MAX_DEPTH = 16

/** Numeric ids (SQL adapters) by value, others (MongoDB's ObjectIds, of one length) as text. */
function compareIds(a: unknown, b: unknown): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))
}

/**
 * The part of the tree around some sites: their ancestors and everything below them, read level
 * by level through the primary key and the `parent` index. What it costs depends on those sites
 * (how deep they sit, how many units are below them), not on how many portals the platform holds:
 * `ancestorsOf` and `descendantsOf` answer for these sites as on the whole tree (ADR 0025).
 * Pass `req` to read within a save's transaction.
 */
export async function loadSiteTreeAround(payload: Payload, siteIds: ReadonlyArray<number | string>, req?: PayloadRequest): Promise<SiteTree> {
  const parentOf = new Map<string, string | null>()
  const childrenOf = new Map<string, string[]>()
  // Each read in the order of the index its filter uses (ids up, parents down): under a sort the
  // index does not give, SQLite may walk the whole table in that order instead (ADR 0025). Children
  // are linked in id order whatever order they came in.
  const read = (where: Where, sort: 'id' | 'parent') =>
    payload
      .find({ collection: 'sites', where, pagination: false, depth: 0, sort, select: { parent: true }, overrideAccess: true, req })
      .then((r) => r.docs.sort((a, b) => compareIds(a.id, b.id)))
  const parentId = (s: { parent?: unknown }) => (s.parent === null || s.parent === undefined ? null : String(typeof s.parent === 'object' ? (s.parent as { id: unknown }).id : s.parent))
  const link = (id: string, parent: string | null) => {
    if (parentOf.has(id)) return
    parentOf.set(id, parent)
    if (parent) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), id])
  }
  // Up: the sites themselves, then their parents, grandparents…
  let frontier = [...new Set(siteIds.map(String))]
  for (let depth = 0; frontier.length && depth < MAX_DEPTH; depth++) {
    const docs = await read({ id: { in: frontier.map((id) => dbId(payload, id)) } }, 'id')
    for (const s of docs) link(String(s.id), parentId(s))
    frontier = [...new Set(docs.map(parentId).filter((p): p is string => p !== null && !parentOf.has(p)))]
  }
  // Down: the units below them, level by level.
  const seen = new Set<string>()
  frontier = [...new Set(siteIds.map(String))]
  for (let depth = 0; frontier.length && depth < MAX_DEPTH; depth++) {
    for (const id of frontier) seen.add(id)
    const docs = await read({ parent: { in: frontier.map((id) => dbId(payload, id)) } }, 'parent')
    for (const s of docs) link(String(s.id), parentId(s))
    frontier = [...new Set(docs.map((s) => String(s.id)).filter((id) => !seen.has(id)))]
  }
  return { parentOf, childrenOf }
}

/** Parent, grandparent, … of a site (nearest first); stops on a cycle. */
export function ancestorsOf(tree: SiteTree, siteId: string): string[] {
  const out: string[] = []
  for (let p = tree.parentOf.get(siteId) ?? null; p && !out.includes(p) && p !== siteId; p = tree.parentOf.get(p) ?? null) out.push(p)
  return out
}

/** Every site below a site, breadth first. */
export function descendantsOf(tree: SiteTree, siteId: string): string[] {
  const out: string[] = []
  const queue = [...(tree.childrenOf.get(siteId) ?? [])]
  while (queue.length) {
    const id = queue.shift()!
    if (id === siteId || out.includes(id)) continue
    out.push(id)
    queue.push(...(tree.childrenOf.get(id) ?? []))
  }
  return out
}
