/**
 * Helpers of the search mappers (each searchable collection's `search.toDocument`): plain text
 * of rich text, bounded joins, dates in Vietnam's year. Mappers build their output field by field
 * from an allow-list, so a field added to a collection later stays out of the index until someone
 * adds it; and they fail closed: anything not published, on a site that is not active, gives null.
 */
import type { Doc } from '../portals/types'
import type { SiteRef } from './types'

/** The index id of a document: stable across drafts, edits and moves to another site. */
export const searchId = (type: string, id: number | string): string => `${type}:${id}`

/** An entry with the other portals that show it (never its owner), sorted and without repeats. */
export function withShownOn<T extends { site: string }>(entry: T | null, shownOn: readonly string[]): (T & { shownOn?: string[] }) | null {
  if (!entry) return null
  const others = [...new Set(shownOn)].filter((s) => s !== entry.site).sort()
  return others.length ? { ...entry, shownOn: others } : entry
}

/** The fields every entry carries: id, type and site. */
export const entryBase = (type: string, doc: Doc, site: SiteRef) => ({ id: searchId(type, doc.id), type, site: site.slug, siteName: site.name })

/** Longest plain text kept per document: enough for ranking and snippets, bounded memory. */
export const MAX_TEXT = 20_000

export const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null)

const BLOCK_NODES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list', 'table', 'tablerow', 'tablecell', 'root'])

/** Plain text of a Lexical rich-text value: the text nodes, one line per block. Never markup. */
export function richTextPlain(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return ''
  const out: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: string; text?: unknown; children?: unknown[] }
    if (n.type === 'text' && typeof n.text === 'string') out.push(n.text)
    else if (n.type === 'linebreak') out.push('\n')
    if (Array.isArray(n.children)) for (const child of n.children) walk(child)
    if (n.type && BLOCK_NODES.has(n.type)) out.push('\n')
  }
  walk((value as { root: unknown }).root)
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

export const join = (...parts: (string | null | undefined)[]) =>
  parts
    .filter((p): p is string => Boolean(p && p.trim()))
    .join('\n')
    .slice(0, MAX_TEXT)

export const isoDate = (value: unknown): string | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined
  const time = new Date(value).getTime()
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined
}

/** The year in Vietnam (UTC+7): a date picked as 1 January may be stored as 31 December, 17:00 UTC. */
export const yearOf = (iso: string | undefined): number | undefined => (iso ? new Date(Date.parse(iso) + 7 * 3_600_000).getUTCFullYear() : undefined)

/** Published (versioned collections) and on an active site: the only documents citizens may find. */
export function visible(doc: Doc, site: SiteRef | null): site is SiteRef {
  if (!site || (site.status && site.status !== 'active')) return false
  return doc._status === undefined || doc._status === 'published'
}

