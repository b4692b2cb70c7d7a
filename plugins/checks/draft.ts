/**
 * The parts of a document the checks read, found through its collection's fields (never by field
 * names of one collection): every rich-text field and every upload field to images, inside
 * groups, rows, tabs, arrays and blocks too, in the order an editor sees them. Pure.
 */
import type { Field } from 'payload'

import type { Bilingual, DraftParts } from './rules'

type Data = Record<string, unknown>
type Labelled = { name?: string; label?: unknown; labels?: { singular?: unknown } }

function bilingual(label: unknown, fallback: string): Bilingual {
  if (typeof label === 'string') return { vi: label, en: label }
  if (label && typeof label === 'object') {
    const l = label as Record<string, string>
    return { vi: l.vi ?? l.en ?? fallback, en: l.en ?? l.vi ?? fallback }
  }
  return { vi: fallback, en: fallback }
}

const join = (a: Bilingual | null, b: Bilingual): Bilingual => (a ? { vi: `${a.vi} › ${b.vi}`, en: `${a.en} › ${b.en}` } : b)

/** Is this upload field one of images (the media collection holds the alt text)? */
const imageUpload = (field: Field, mediaCollections: ReadonlySet<string>) =>
  field.type === 'upload' && (Array.isArray(field.relationTo) ? field.relationTo.some((r) => mediaCollections.has(r)) : mediaCollections.has(field.relationTo))

export type DraftOptions = {
  /** null: no title is checked. */
  titleField: string | null
  summaryField: string | null
  mediaCollections: ReadonlySet<string>
  /** Text fields holding one address each, by dotted path without row numbers (`relations.url`). */
  links?: ReadonlySet<string>
}

export function draftParts(fields: readonly Field[], doc: Data, options: DraftOptions): DraftParts {
  const parts: DraftParts = {
    title: options.titleField && typeof doc[options.titleField] === 'string' ? (doc[options.titleField] as string) : null,
    summary: options.summaryField && typeof doc[options.summaryField] === 'string' ? (doc[options.summaryField] as string) : null,
    richTexts: [],
    uploads: [],
    urls: [],
  }
  const walk = (list: readonly Field[], data: Data | null | undefined, path: string, parent: Bilingual | null) => {
    if (!data || typeof data !== 'object') return
    for (const field of list) {
      const name = 'name' in field ? field.name : undefined
      const here = name ? (path ? `${path}.${name}` : name) : path
      const label = join(parent, bilingual((field as Labelled).label, name ?? ''))
      // The title and summary are named in messages by their own labels ("Tên thủ tục", "Trích yếu").
      if (name && here === options.titleField) parts.titleAt = { field: here, label }
      if (name && here === options.summaryField) parts.summaryAt = { field: here, label }
      if (name && field.type === 'text' && options.links?.has(here.replace(/\.\d+(?=\.|$)/g, '')) && typeof data[name] === 'string') parts.urls!.push({ field: here, label, value: data[name] as string })
      switch (field.type) {
        case 'richText':
          if (name && data[name]) parts.richTexts.push({ field: here, label, value: data[name] })
          break
        case 'upload':
          if (name && data[name] !== null && data[name] !== undefined && imageUpload(field, options.mediaCollections) && typeof field.relationTo === 'string') parts.uploads.push({ field: here, label, value: data[name], relationTo: field.relationTo })
          break
        case 'group':
          if (name) walk(field.fields, data[name] as Data, here, label)
          else walk(field.fields, data, path, parent)
          break
        case 'row':
        case 'collapsible':
          walk(field.fields, data, path, parent)
          break
        case 'tabs':
          for (const tab of field.tabs) {
            if ('name' in tab && tab.name) walk(tab.fields, data[tab.name] as Data, path ? `${path}.${tab.name}` : tab.name, join(parent, bilingual(tab.label, tab.name)))
            else walk(tab.fields, data, path, parent)
          }
          break
        case 'array': {
          const rows = name ? data[name] : null
          if (Array.isArray(rows)) rows.forEach((row, i) => walk(field.fields, row as Data, `${here}.${i}`, { vi: `${label.vi} ${i + 1}`, en: `${label.en} ${i + 1}` }))
          break
        }
        case 'blocks': {
          const rows = name ? data[name] : null
          if (!Array.isArray(rows)) break
          rows.forEach((row, i) => {
            const block = field.blocks.find((b) => b.slug === (row as Data)?.blockType)
            if (!block) return
            const blockLabel = bilingual(block.labels?.singular, block.slug)
            walk(block.fields, row as Data, `${here}.${i}`, join(parent, { vi: `${blockLabel.vi} ${i + 1}`, en: `${blockLabel.en} ${i + 1}` }))
          })
          break
        }
      }
    }
  }
  walk(fields, doc, '', null)
  return parts
}
