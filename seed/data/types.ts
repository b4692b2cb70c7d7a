/**
 * Shapes of the demo content that the seeder loads into the CMS.
 *
 * Everything under `seed/data/` is plain data: no imports other than this file, no runtime
 * dependencies. All strings are NFC-normalised Vietnamese (or English in the `en` fields).
 * Run `npx tsx seed/data/check.ts` after editing.
 */

/** `href` is either a path on the same portal (`/`, `/tin-tuc/`, `/gioi-thieu/`, `/en/lien-he/`…) or an `https://` URL. */
export type SeedLink = { label: string; href: string }

/**
 * Paragraphs. A string starting with `## ` is an h2, `### ` an h3, `- ` a bullet item
 * (consecutive bullets form one list); anything else is a paragraph.
 */
export type SeedRichText = string[]

export type SeedBlock =
  | { type: 'richText'; content: SeedRichText }
  | { type: 'linksList'; heading?: string; links: SeedLink[] }
  | {
      type: 'contactCard'
      name: string
      position?: string
      unit?: string
      phone?: string
      email?: string
      address?: string
    }

export type SeedPageContent = { title: string; summary?: string; blocks: SeedBlock[] }

export type SeedPage = { slug: string; vi: SeedPageContent; en?: SeedPageContent }

export type SeedCategory = { slug: string; title: string; titleEn?: string; description?: string }

export type SeedArticle = {
  slug: string
  title: string
  summary: string
  /** Category slugs of the same site, in editor order. */
  categories: string[]
  /** Byline, e.g. "Phòng Văn hóa – Xã hội". */
  author?: string
  /** Source attribution, shown as "Theo …", e.g. "Báo Hà Tĩnh". */
  source?: string
  /** ISO 8601 with the +07:00 offset; Sep–Nov 2026, none later than 2026-11-22. */
  publishedAt: string
  /** 4–8 paragraphs, about 250–450 words. */
  body: SeedRichText
  /** The seeder draws a placeholder image with this hue (0–359); `alt` describes the scene in Vietnamese. */
  cover?: { alt: string; hue: number }
}

export type SeedSiteText = {
  name: string
  /** Cơ quan chủ quản. */
  owningAgency: string
  /** Người chịu trách nhiệm, with title. */
  responsiblePerson: string
  licence?: string
  address: string
  headerMenu: SeedLink[]
  footerMenu: SeedLink[]
}

export type SeedSite = {
  slug: string
  level: 'trung-uong' | 'tinh' | 'xa' | 'truc-thuoc'
  /** Official unit code (Quyết định 19/2025/QĐ-TTg): 2 digits for a province, 5 for a commune. */
  unitCode?: string
  /** Parent site slug. */
  parent?: string
  domains: string[]
  /** Portal theme (`cms/src/contracts/themes.ts`); `default` when absent. */
  theme?: 'default' | 'xa'
  /** Hex colour; gives at least 4.5:1 contrast with white text. */
  primaryColor: string
  contact: { phone: string; fax?: string; email: string }
  /** English versions of name, agency, address and menus (the law requires English information on structure and contacts). */
  vi: SeedSiteText
  en: SeedSiteText
  categories: SeedCategory[]
  pages: SeedPage[]
  news: SeedArticle[]
}
