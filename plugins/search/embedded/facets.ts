/**
 * Facets of the embedded index: the documents a search's filters allow (walking the shortest
 * per-value document list, cached per filter set until the next write) and the counts of every
 * facet's values over a match set.
 */
import { FACETS, type FacetName, type ParsedSearchParams, type SearchResult, asArray, emptyFacets, sitesInScope } from '../port'
import { type Column, Int32Column } from './columns'

/** What filtering reads of the index. */
export interface FacetSource {
  readonly columns: Record<FacetName, Column>
  /** Shared content: per site value id, the documents it shows besides its own. */
  readonly shownLists: ReadonlyMap<number, number[]>
  /** Shared content: per document, the site value ids of the other portals that show it. */
  readonly shownBy: ReadonlyMap<number, number[]>
  readonly alive: Uint8Array
  readonly docCount: number
  /** Changes with every write. */
  readonly version: number
}

/** Documents the filters allow: a mask by document number and their ascending list (both null: all). */
export type Filtered = { mask: Uint8Array | null; list: Int32Array | null }

export class FilterMasks {
  private cache = new Map<string, Filtered>()
  private version = -1

  constructor(private readonly index: FacetSource) {}

  /** Documents the filters allow (null: all), cached per filter set until the next write. */
  get(params: ParsedSearchParams): Filtered {
    if (this.version !== this.index.version) {
      this.cache.clear()
      this.version = this.index.version
    }
    const key = JSON.stringify([sitesInScope(params), asArray(params.type), params.field, params.issuer, params.year, params.status, params.doctype])
    let mask = this.cache.get(key)
    if (mask === undefined) {
      mask = this.compute(params)
      if (this.cache.size >= 64) this.cache.delete(this.cache.keys().next().value!)
      this.cache.set(key, mask)
    }
    return mask
  }

  /**
   * Walk the shortest document list among the filtered facets' values (each facet keeps one per
   * value), checking the other filters on each document.
   */
  private compute(params: ParsedSearchParams): Filtered {
    const index = this.index
    const checks: { facet: FacetName; allowed: Set<number> }[] = []
    const want = (facet: FacetName, values: string[] | undefined) => {
      if (!values) return
      const ids = new Set<number>()
      for (const v of values) {
        const id = index.columns[facet].ids.get(v.normalize('NFC'))
        if (id !== undefined) ids.add(id)
      }
      checks.push({ facet, allowed: ids })
    }
    want('site', sitesInScope(params) ?? undefined)
    want('type', asArray(params.type))
    want('field', params.field === undefined ? undefined : [params.field])
    want('issuer', params.issuer === undefined ? undefined : [params.issuer])
    want('year', params.year === undefined ? undefined : [String(params.year)])
    want('status', params.status === undefined ? undefined : [params.status])
    want('doctype', params.doctype === undefined ? undefined : [params.doctype])
    if (checks.length === 0) return { mask: null, list: null }
    let source: Int32Array[] = []
    let sourceSize = Infinity
    for (const c of checks) {
      const lists = [...c.allowed].map((id) => index.columns[c.facet].docsOf(id))
      if (c.facet === 'site') for (const id of c.allowed) if (index.shownLists.has(id)) lists.push(Int32Array.from(index.shownLists.get(id)!))
      const size = lists.reduce((sum, l) => sum + l.length, 0)
      if (size < sourceSize) {
        source = lists
        sourceSize = size
      }
    }
    const mask = new Uint8Array(index.docCount)
    const list = new Int32Column(Math.max(16, sourceSize))
    const columns = checks.map((c) => ({ byDoc: index.columns[c.facet].byDoc.data, allowed: c.allowed, site: c.facet === 'site' }))
    const { shownBy, alive } = index
    for (const docs of source) {
      next: for (const d of docs) {
        // A document listed twice (its owner's list and a portal showing it) counts once.
        if (alive[d] === 0 || mask[d] === 1) continue
        for (const c of columns) {
          if (c.allowed.has(c.byDoc[d]!)) continue
          if (c.site && shownBy.get(d)?.some((id) => c.allowed.has(id))) continue
          continue next
        }
        mask[d] = 1
        list.push(d)
      }
    }
    return { mask, list: list.data.subarray(0, list.size).sort() }
  }
}

/** Value → count of every facet over the match set (the 100 most frequent values of each). */
export function facetCounts(columns: Record<FacetName, Column>, candidates: Int32Array): SearchResult['facets'] {
  const facets = emptyFacets()
  for (const facet of FACETS) {
    const column = columns[facet]
    const byDoc = column.byDoc.data
    const counts = new Int32Array(column.values.length + 1)
    // Value −1 (none) is counted in the last slot and ignored.
    const none = column.values.length
    for (let i = 0; i < candidates.length; i++) {
      const id = byDoc[candidates[i]!]!
      counts[id < 0 ? none : id]!++
    }
    const out: Record<string, number> = {}
    const order: number[] = []
    for (let i = 0; i < none; i++) if (counts[i]! > 0) order.push(i)
    order.sort((a, b) => counts[b]! - counts[a]!)
    for (const i of order.slice(0, 100)) out[column.values[i]!] = counts[i]!
    facets[facet] = out
  }
  return facets
}
