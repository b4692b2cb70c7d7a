/** The tree of sites (ministry → province → department → commune) for aggregation and sharing. */
import type { Payload, PayloadRequest } from 'payload'

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
