/**
 * What changes inside a document that moves to another portal, read from its collection's field
 * definitions so that no collection needs to say it: links to a's own paths in rich text and
 * blocks, references to documents that were joined with b's copies, and its sharing.
 */
import type { Block, Field } from 'payload'

import { idOf } from '../../cms/src/lib/ids'
import type { Id } from './types'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** Fields at the top level of a document (rows, collapsibles and unnamed tabs or groups see through). */
export function topLevelFields(fields: readonly Field[]): Field[] {
  const out: Field[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) out.push({ ...tab, type: 'group', name: tab.name } as Field)
        else out.push(...topLevelFields(tab.fields))
      }
    } else if ((field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) && 'fields' in field) {
      out.push(...topLevelFields(field.fields))
    } else out.push(field)
  }
  return out
}

const named = (field: Field): string | null => ('name' in field && typeof field.name === 'string' ? field.name : null)

/** Names of the top-level fields that may hold links (rich text, blocks). */
export function linkFieldNames(fields: readonly Field[]): string[] {
  return topLevelFields(fields).flatMap((f) => (f.type === 'richText' || f.type === 'blocks' ? [named(f)!] : []))
}

/** Names of the top-level localised fields (what a document has per locale). */
export function localizedFieldNames(fields: readonly Field[]): string[] {
  return topLevelFields(fields).flatMap((f) => ('localized' in f && f.localized && named(f) ? [named(f)!] : []))
}

export type Rewrite = (doc: Doc) => Record<string, unknown>

/**
 * Links inside moved content that point at a's own paths (`/tin-tuc/…/`, `/gioi-thieu/`) would
 * resolve on b's host once moved, to nothing or to b's own page of the same slug. They are
 * rewritten to where the redirects send them: a path on b, or the owner's URL of a document that
 * was shared with a. Absolute links are left alone.
 */
export function linkRewriter(redirects: Map<string, string>, intoBase: string, fields: readonly string[] = ['content', 'layout']): Rewrite {
  const target = (url: string): string | null => {
    if (!url.startsWith('/') || url.startsWith('//')) return null
    const [pathPart, rest = ''] = url.split(/(?=[?#])/, 2)
    const to = redirects.get(pathPart!) ?? (pathPart!.endsWith('/') ? undefined : redirects.get(`${pathPart}/`))
    if (!to) return null
    // Content on b gets a path; a document a only showed (shared by its owner) the owner's URL.
    return to.startsWith(`${intoBase}/`) ? `${to.slice(intoBase.length)}${rest}` : `${to}${rest}`
  }
  const walk = (value: unknown): { value: unknown; changed: boolean } => {
    if (Array.isArray(value)) {
      let changed = false
      const out = value.map((v) => {
        const r = walk(v)
        changed ||= r.changed
        return r.value
      })
      return { value: changed ? out : value, changed }
    }
    if (value && typeof value === 'object') {
      let changed = false
      const out: Doc = {}
      for (const [k, v] of Object.entries(value)) {
        const moved = k === 'url' && typeof v === 'string' ? target(v) : null
        if (moved !== null) {
          out[k] = moved
          changed = true
          continue
        }
        const r = walk(v)
        changed ||= r.changed
        out[k] = r.value
      }
      return { value: changed ? out : value, changed }
    }
    return { value, changed: false }
  }
  return (doc) => {
    const patch: Record<string, unknown> = {}
    for (const key of fields) {
      if (!(key in doc)) continue
      const r = walk(doc[key])
      if (r.changed) patch[key] = r.value
    }
    return patch
  }
}

/** Documents of a that were joined with b's copy, by collection: a's id → b's id. */
export type Joined = ReadonlyMap<string, ReadonlyMap<string, Id>>

/**
 * The top-level fields of `doc` whose relationships (at any depth: arrays, groups, blocks) point
 * at a joined document, with those references pointed at b's copy; a reference that would then
 * appear twice in a list is kept once. Empty when nothing changes.
 */
export function referenceRemapper(fields: readonly Field[], joined: Joined, blocks: readonly Block[] = []): Rewrite {
  const blockBySlug = new Map(blocks.map((b) => [b.slug, b]))
  const mapOne = (relationTo: string, value: unknown): { value: unknown; changed: boolean } => {
    const id = idOf(value)
    const to = id === null ? undefined : joined.get(relationTo)?.get(String(id))
    return to === undefined ? { value, changed: false } : { value: to, changed: true }
  }
  const relation = (field: Field & { relationTo: string | string[]; hasMany?: boolean }, value: unknown): { value: unknown; changed: boolean } => {
    const one = (v: unknown) => {
      if (Array.isArray(field.relationTo)) {
        const poly = v as { relationTo?: string; value?: unknown } | null
        if (!poly || typeof poly !== 'object' || typeof poly.relationTo !== 'string') return { value: v, changed: false }
        const r = mapOne(poly.relationTo, poly.value)
        return r.changed ? { value: { relationTo: poly.relationTo, value: r.value }, changed: true } : { value: v, changed: false }
      }
      return mapOne(field.relationTo, v)
    }
    if (!Array.isArray(value)) return one(value)
    const mapped = value.map(one)
    if (!mapped.some((m) => m.changed)) return { value, changed: false }
    const seen = new Set<string>()
    const out = mapped
      .map((m) => m.value)
      .filter((v) => {
        const key = JSON.stringify(v && typeof v === 'object' && 'relationTo' in (v as object) ? v : idOf(v))
        return seen.has(key) ? false : (seen.add(key), true)
      })
    return { value: out, changed: true }
  }
  const walkFields = (list: readonly Field[], data: Doc): { value: Doc; changed: boolean } => {
    let out: Doc | null = null
    for (const field of topLevelFields(list)) {
      const name = named(field)
      if (!name || !(name in data)) continue
      const r = walkField(field, data[name])
      if (r.changed) (out ??= { ...data })[name] = r.value
    }
    return out ? { value: out, changed: true } : { value: data, changed: false }
  }
  const walkField = (field: Field, value: unknown): { value: unknown; changed: boolean } => {
    if (value === null || value === undefined) return { value, changed: false }
    if ((field.type === 'relationship' || field.type === 'upload') && 'relationTo' in field) return relation(field as never, value)
    if (field.type === 'group' && 'fields' in field && value && typeof value === 'object') return walkFields(field.fields, value as Doc)
    if (field.type === 'array' && Array.isArray(value)) {
      let changed = false
      const rows = value.map((row) => {
        const r = row && typeof row === 'object' ? walkFields(field.fields, row as Doc) : { value: row, changed: false }
        changed ||= r.changed
        return r.value
      })
      return { value: changed ? rows : value, changed }
    }
    if (field.type === 'blocks' && Array.isArray(value)) {
      let changed = false
      const rows = value.map((row) => {
        const type = (row as { blockType?: string } | null)?.blockType
        const block = field.blocks?.find((b) => b.slug === type) ?? (type ? blockBySlug.get(type) : undefined)
        const r = block ? walkFields(block.fields, row as Doc) : { value: row, changed: false }
        changed ||= r.changed
        return r.value
      })
      return { value: changed ? rows : value, changed }
    }
    return { value, changed: false }
  }
  return (doc) => {
    if (joined.size === 0) return {}
    const patch: Record<string, unknown> = {}
    for (const field of topLevelFields(fields)) {
      const name = named(field)
      if (!name || !(name in doc)) continue
      const r = walkField(field, doc[name])
      if (r.changed) patch[name] = r.value
    }
    return patch
  }
}

/** The collections a collection's documents refer to (relationships and uploads at any depth). */
export function referencedCollections(fields: readonly Field[], blocks: readonly Block[] = []): Set<string> {
  const out = new Set<string>()
  const seen = new Set<readonly Field[]>()
  const visit = (list: readonly Field[]) => {
    if (seen.has(list)) return
    seen.add(list)
    for (const field of list) {
      if ((field.type === 'relationship' || field.type === 'upload') && 'relationTo' in field) {
        for (const target of Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]) out.add(target)
      }
      if (field.type === 'tabs') for (const tab of field.tabs) visit(tab.fields)
      else if (field.type === 'blocks') {
        for (const block of field.blocks ?? []) visit(block.fields)
        for (const ref of field.blockReferences ?? []) {
          const block = typeof ref === 'string' ? blocks.find((b) => b.slug === ref) : ref
          if (block) visit(block.fields)
        }
      } else if ('fields' in field && Array.isArray(field.fields)) visit(field.fields)
    }
  }
  visit(fields)
  return out
}

/** A moved document is no longer shared with the portal it now belongs to, nor with the archived one. */
export function sharingWithout(doc: Doc, sites: readonly Id[]): Record<string, unknown> {
  if (!Array.isArray(doc.sharedWith)) return {}
  const drop = new Set(sites.map(String))
  const kept = (doc.sharedWith as unknown[]).filter((s) => !drop.has(String(idOf(s))))
  return kept.length === doc.sharedWith.length ? {} : { sharedWith: kept.map((s) => idOf(s)) }
}
