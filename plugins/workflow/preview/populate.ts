/**
 * The live preview receives the edit form's values, where relationships and uploads are ids.
 * The portal's exporters expect what a `depth: 1` read gives (a cover image with its sizes, a
 * picture in the body with its alt text), so this fills them in the same way, for any collection:
 * upload and relationship fields at any level (groups, tabs, arrays, blocks), and upload,
 * relationship and internal-link nodes inside rich text. Related documents are read at depth 0,
 * once each.
 */
import type { CollectionSlug, Field, Payload } from 'payload'

type Data = Record<string, unknown>
type Loader = (relationTo: string, id: unknown) => Promise<unknown>

function loader(payload: Payload): Loader {
  const cache = new Map<string, Promise<unknown>>()
  return (relationTo, value) => {
    if (value === null || value === undefined || value === '') return Promise.resolve(value)
    if (typeof value === 'object') return Promise.resolve(value) // already a document
    if (!payload.collections[relationTo as CollectionSlug]) return Promise.resolve(value)
    const key = `${relationTo}:${value}`
    let found = cache.get(key)
    if (!found) {
      const id = payload.db.defaultIDType === 'number' ? Number(value) : String(value)
      found = payload.findByID({ collection: relationTo as CollectionSlug, id, depth: 0, overrideAccess: true, disableErrors: true, draft: false }).then((doc) => doc ?? value)
      cache.set(key, found)
    }
    return found
  }
}

/** Lexical nodes that point at documents: uploads, relationship blocks and internal links. */
async function populateRichText(value: unknown, load: Loader): Promise<unknown> {
  if (!value || typeof value !== 'object') return value
  const visit = async (node: Data): Promise<void> => {
    if ((node.type === 'upload' || node.type === 'relationship') && typeof node.relationTo === 'string') node.value = await load(node.relationTo, node.value)
    const doc = (node.fields as Data | undefined)?.doc as Data | undefined
    if (node.type === 'link' && doc && typeof doc.relationTo === 'string') doc.value = await load(doc.relationTo, doc.value)
    if (Array.isArray(node.children)) await Promise.all((node.children as Data[]).map(visit))
  }
  const copy = structuredClone(value) as Data
  if (copy.root && typeof copy.root === 'object') await visit(copy.root as Data)
  return copy
}

async function populateRelation(field: { relationTo: string | string[]; hasMany?: boolean }, value: unknown, load: Loader): Promise<unknown> {
  const one = async (v: unknown) => {
    if (Array.isArray(field.relationTo)) {
      const poly = v as { relationTo?: string; value?: unknown } | null
      return poly && typeof poly === 'object' && typeof poly.relationTo === 'string' ? { ...poly, value: await load(poly.relationTo, poly.value) } : v
    }
    return load(field.relationTo, v)
  }
  return Array.isArray(value) ? Promise.all(value.map(one)) : one(value)
}

async function populateFields(fields: readonly Field[], data: Data, payload: Payload, load: Loader): Promise<void> {
  await Promise.all(
    fields.map(async (field) => {
      switch (field.type) {
        case 'upload':
        case 'relationship':
          if (field.name in data) data[field.name] = await populateRelation(field as never, data[field.name], load)
          return
        case 'richText':
          if (field.name in data) data[field.name] = await populateRichText(data[field.name], load)
          return
        case 'group':
          if ('name' in field && field.name) {
            const inner = data[field.name]
            if (inner && typeof inner === 'object') await populateFields(field.fields, inner as Data, payload, load)
          } else await populateFields(field.fields, data, payload, load)
          return
        case 'row':
        case 'collapsible':
          await populateFields(field.fields, data, payload, load)
          return
        case 'tabs':
          await Promise.all(
            field.tabs.map(async (tab) => {
              if ('name' in tab && tab.name) {
                const inner = data[tab.name]
                if (inner && typeof inner === 'object') await populateFields(tab.fields, inner as Data, payload, load)
              } else await populateFields(tab.fields, data, payload, load)
            }),
          )
          return
        case 'array': {
          const rows = data[field.name]
          if (Array.isArray(rows)) await Promise.all(rows.map((row) => (row && typeof row === 'object' ? populateFields(field.fields, row as Data, payload, load) : undefined)))
          return
        }
        case 'blocks': {
          const rows = data[field.name]
          if (!Array.isArray(rows)) return
          const blocks = [...(field.blocks ?? []), ...((field.blockReferences ?? []).map((ref) => (typeof ref === 'string' ? payload.config.blocks?.find((b) => b.slug === ref) : ref)).filter(Boolean) as typeof field.blocks)]
          await Promise.all(
            rows.map(async (row) => {
              const block = blocks.find((b) => b.slug === (row as Data | null)?.blockType)
              if (block && row && typeof row === 'object') await populateFields(block.fields, row as Data, payload, load)
            }),
          )
          return
        }
        default:
          return
      }
    }),
  )
}

/** A copy of `data` (a document of `collection` with ids) with its related documents filled in. */
export async function populateLikeDepthOne(payload: Payload, collection: string, data: Data): Promise<Data> {
  const config = payload.collections[collection as CollectionSlug]?.config
  if (!config) return data
  const copy = structuredClone(data)
  await populateFields(config.fields, copy, payload, loader(payload))
  return copy
}
