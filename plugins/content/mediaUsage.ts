/**
 * Where an uploaded file is used: every upload or relationship field of any collection that can
 * hold it (found in the config, so new content types count without a change here), and pictures
 * inside rich text. Read as the user, so people see the uses they may see; drafts included for
 * collections with drafts (the latest version).
 *
 * Rich text is searched with `contains` on its stored JSON, which only the SQL adapters can do;
 * on MongoDB the rich-text uses are not listed.
 */
import type { CollectionSlug, Field, Payload, PayloadRequest, Where } from 'payload'

import { labelText } from '../audit/labels'

export type MediaUse = { collection: string; type: string; id: number | string; title: string }

type Path = { collection: string; path: string; kind: 'relation' | 'richText' }

/** Field paths (dotted through groups and unnamed containers) that may hold a document of `target`. */
function pathsIn(fields: readonly Field[], target: string, prefix: string, collection: string, out: Path[]): void {
  for (const field of fields) {
    switch (field.type) {
      case 'upload':
      case 'relationship': {
        const relationTo = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
        // Polymorphic relations store {relationTo, value}; only the plain ones are queried here.
        if (!Array.isArray(field.relationTo) && (relationTo as string[]).includes(target)) out.push({ collection, path: `${prefix}${field.name}`, kind: 'relation' })
        break
      }
      case 'richText':
        out.push({ collection, path: `${prefix}${field.name}`, kind: 'richText' })
        break
      case 'group':
        if ('name' in field && field.name) pathsIn(field.fields, target, `${prefix}${field.name}.`, collection, out)
        else pathsIn(field.fields, target, prefix, collection, out)
        break
      case 'row':
      case 'collapsible':
        pathsIn(field.fields, target, prefix, collection, out)
        break
      case 'tabs':
        for (const tab of field.tabs) pathsIn(tab.fields, target, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix, collection, out)
        break
      case 'array':
        pathsIn(field.fields, target, `${prefix}${field.name}.`, collection, out)
        break
      case 'blocks':
        for (const block of field.blocks ?? []) pathsIn(block.fields, target, `${prefix}${field.name}.`, collection, out)
        break
      default:
        break
    }
  }
}

/** Whether a Lexical document holds an upload node of `target` with id `id`. */
function richTextUses(value: unknown, target: string, id: string): boolean {
  if (!value || typeof value !== 'object') return false
  const node = value as { type?: string; relationTo?: string; value?: unknown; children?: unknown[]; root?: unknown }
  if (node.root) return richTextUses(node.root, target, id)
  if (node.type === 'upload' && node.relationTo === target) {
    const v = node.value && typeof node.value === 'object' ? (node.value as { id?: unknown }).id : node.value
    if (String(v) === id) return true
  }
  return Array.isArray(node.children) && node.children.some((child) => richTextUses(child, target, id))
}

const getPath = (doc: Record<string, unknown>, path: string): unknown => path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), doc)

export async function mediaUsage(payload: Payload, req: PayloadRequest, target: string, id: number | string, limit = 30): Promise<{ uses: MediaUse[]; more: boolean }> {
  const paths: Path[] = []
  for (const collection of payload.config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    pathsIn(collection.fields, target, '', collection.slug, paths)
  }
  const sql = payload.db.name !== 'mongoose'
  const key = String(id)
  const byCollection = new Map<string, Path[]>()
  for (const p of paths) {
    const list = byCollection.get(p.collection) ?? []
    if ((p.kind === 'relation' || sql) && !list.some((q) => q.path === p.path)) byCollection.set(p.collection, [...list, p])
  }

  const found = new Map<string, MediaUse>()
  let more = false
  await Promise.all(
    [...byCollection].map(async ([slug, list]) => {
      const config = payload.collections[slug as CollectionSlug]!.config
      const titleField = config.admin?.useAsTitle ?? 'id'
      const or: Where[] = list.map((p) => (p.kind === 'relation' ? { [p.path]: { equals: id } } : { [p.path]: { contains: `"value":${JSON.stringify(id)}` } }))
      const drafts = Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts)
      const result = await payload
        .find({ collection: slug as CollectionSlug, where: { or }, depth: 0, limit, draft: drafts, user: req.user, overrideAccess: false, req })
        .catch(() => null)
      if (!result) return
      if (result.totalDocs > result.docs.length) more = true
      for (const doc of result.docs as unknown as Array<Record<string, unknown> & { id: number | string }>) {
        // A rich-text match on the text alone may be another node with that id: check the node.
        const uses = list.some((p) => (p.kind === 'relation' ? [getPath(doc, p.path)].flat().some((v) => String(v && typeof v === 'object' ? (v as { id: unknown }).id : v) === key) : richTextUses(getPath(doc, p.path), target, key)))
        if (!uses) continue
        const title = doc[titleField]
        found.set(`${slug}:${doc.id}`, {
          collection: slug,
          type: labelText(config.labels?.singular, req.i18n?.language ?? 'vi', slug),
          id: doc.id,
          title: typeof title === 'string' && title ? title : `#${doc.id}`,
        })
      }
    }),
  )
  return { uses: [...found.values()].slice(0, limit), more: more || found.size > limit }
}
