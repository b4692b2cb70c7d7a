import type { FieldHook, TextField } from 'payload'

import { SLUG_PATTERN, slugify } from '../lib/text'

type SlugOptions = {
  /** Field the slug is generated from when left empty. @default 'title' */
  from?: string
  /** Slugs this collection may not use (paths the portal reserves). */
  reserved?: readonly string[]
  /** Unique within the document's site (true) or across the collection (false). @default true */
  perSite?: boolean
}

const generate =
  (from: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim().toLowerCase()
    const source = data?.[from] ?? originalDoc?.[from]
    // A localised source arrives as the current locale's string.
    return typeof source === 'string' ? slugify(source) : value
  }

/** A URL slug, generated from the title when empty, unique per site. */
export function slugField({ from = 'title', reserved = [], perSite = true }: SlugOptions = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Chữ thường không dấu, nối bằng gạch ngang. Để trống để tạo từ tiêu đề.',
        en: 'Lowercase ASCII words joined by hyphens. Leave empty to generate it from the title.',
      },
    },
    hooks: { beforeValidate: [generate(from)] },
    validate: async (value, { req, data, id, collectionSlug }) => {
      if (typeof value !== 'string' || value === '') return 'Cần có đường dẫn (slug). / A slug is required.'
      if (!SLUG_PATTERN.test(value)) {
        return 'Đường dẫn chỉ gồm chữ thường không dấu, số và gạch ngang. / Use lowercase letters, digits and hyphens only.'
      }
      if (reserved.includes(value)) {
        return `Đường dẫn "${value}" đã được cổng dùng cho mục khác. / "${value}" is reserved by the portal.`
      }
      if (!collectionSlug) return true
      const site = (data as { site?: unknown } | undefined)?.site
      const siteId = site && typeof site === 'object' && 'id' in site ? (site as { id: unknown }).id : site
      const where: Record<string, unknown> = { slug: { equals: value } }
      if (perSite && siteId !== undefined && siteId !== null) where.site = { equals: siteId }
      if (id !== undefined) where.id = { not_equals: id }
      const clash = await req.payload.count({
        collection: collectionSlug as 'news',
        where: where as never,
        req,
        overrideAccess: true,
        // A document in the trash keeps its slug: restoring it must not collide (ADR 0022).
        trash: true,
      })
      return clash.totalDocs === 0
        ? true
        : `Đường dẫn "${value}" đã được dùng. / The slug "${value}" is already in use.`
    },
  }
}
