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

/** A relation a seeded document states about another one (an older document of the seed, or one outside it). */
export type SeedLegalRelation =
  | { kind: 'amends' | 'supplements' | 'replaces' | 'replaces-partly' | 'repeals' | 'repeals-partly' | 'guides' | 'based-on'; number: string }
  | { kind: 'based-on' | 'guides'; external: { number: string; title: string } }

/**
 * A real legal document of the demo. Dates are `YYYY-MM-DD`; only metadata we are confident of is
 * filled in (a comment says so where a value follows the domain reference rather than the text).
 */
export type SeedLegalDocument = {
  /** Canonical number, e.g. `42/2022/NĐ-CP`. */
  number: string
  type: 'luat' | 'nghi-quyet' | 'nghi-dinh' | 'quyet-dinh' | 'thong-tu' | 'chi-thi'
  /** Trích yếu (for laws: the law's name). */
  summary: string
  issuingBody: string
  signer?: { capacity?: 'KT' | 'TM'; for?: string; title: string; name: string }
  issueDate: string
  effectiveDate?: string
  fields: string[]
  relations?: SeedLegalRelation[]
  /** Portal that publishes it. */
  site: string
  /** Other portals that show it. */
  sharedWith?: string[]
  /**
   * Attach a one-page demo PDF (labelled as a demo file, not the signed original) so the portal's
   * download links can be seen and tested.
   */
  demoFile?: boolean
}

/** An administrative procedure of the demo (codes follow the national `D.DDDDDD` format). */
export type SeedProcedure = {
  code: string
  name: string
  levels: Array<'bo' | 'tinh' | 'xa'>
  field: string
  implementingAgency: string
  competentAuthority?: string
  steps: string[]
  channels: Array<{ method: 'truc-tiep' | 'truc-tuyen' | 'buu-chinh'; processingTime: string; fees: string; note?: string }>
  /** `form`: title of the form template (the seeder attaches a placeholder PDF). */
  dossier: Array<{ name: string; originals: number; copies: number; form?: string }>
  applicants: Array<'cong-dan-viet-nam' | 'nguoi-viet-nam-o-nuoc-ngoai' | 'nguoi-nuoc-ngoai' | 'doanh-nghiep' | 'hop-tac-xa' | 'to-chuc' | 'to-chuc-nuoc-ngoai' | 'co-quan-nha-nuoc'>
  result: string
  requirements?: string
  /** Numbers of seeded documents, or `number|title` for documents outside the seed. */
  legalBasis: string[]
  onlineLevel?: 'toan-trinh' | 'mot-phan'
  site: string
}

/** A draft consultation of the demo; times are relative to the moment the seed runs. */
export type SeedConsultation = {
  slug: string
  site: string
  title: string
  documentType: 'quyet-dinh' | 'thong-tu'
  draftingUnit: string
  summary: string
  /** Days from the seed run (negative: in the past). */
  opensInDays: number
  closesInDays: number
  contact: { name: string; email: string; phone: string; address: string }
  articles: Array<{ ref: string; title: string }>
  /** Text of the draft file (a one-page PDF is generated from it). */
  draftText: string
  handlingSummary?: SeedRichText
  comments: Array<{ name: string; email: string; organisation?: string; article?: string; comment: string; moderation: 'pending' | 'approved' | 'rejected' }>
}
