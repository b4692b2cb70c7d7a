/**
 * The contract between the CMS and the static portals.
 *
 * The CMS exports published content (and nothing else) into one JSON snapshot that matches
 * `PortalSnapshot`; the Astro project in `sites/` reads it through its content loader. Keeping
 * the contract here, with only zod as a dependency, lets `sites/` validate what it receives
 * without ever importing Payload.
 */
import { z } from 'zod'

import { DocumentChanges } from './alerts'
import { DialogueSession, PublicQuestion } from './dialogue'
import { Consultation, LegalDocument, Procedure } from './legal'
import { Takedown } from './takedown'

export const SITE_LEVELS = ['trung-uong', 'tinh', 'xa', 'truc-thuoc'] as const
export const SiteLevel = z.enum(SITE_LEVELS)

/** A responsive image already resized by the CMS (sharp). URLs are relative to the portal root. */
export const ImageRef = z.object({
  url: z.string(),
  alt: z.string(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  /** Smaller WebP variants, smallest first, for `srcset`. */
  sizes: z.array(z.object({ url: z.string(), width: z.number().int().positive() })),
})
export type ImageRef = z.infer<typeof ImageRef>

export const NavItem = z.object({
  label: z.string(),
  /** Either a path on the same portal (starting with `/`) or an absolute URL. */
  href: z.string(),
  external: z.boolean(),
})
export type NavItem = z.infer<typeof NavItem>

export const Block = z.discriminatedUnion('blockType', [
  z.object({ blockType: z.literal('richText'), html: z.string() }),
  z.object({
    blockType: z.literal('linksList'),
    heading: z.string().nullable(),
    links: z.array(NavItem),
  }),
  z.object({
    blockType: z.literal('contactCard'),
    name: z.string(),
    position: z.string().nullable(),
    unit: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
  }),
])
export type Block = z.infer<typeof Block>

export const PageContent = z.object({
  title: z.string(),
  summary: z.string().nullable(),
  blocks: z.array(Block),
})

export const Page = z.object({
  slug: z.string(),
  updatedAt: z.string(),
  vi: PageContent,
  /** English version, when the editors wrote one (required by law for structure and contacts). */
  en: PageContent.nullable(),
  /** Key of the mandatory section (`contracts/sections.ts`) this page fulfils, if any. */
  section: z.string().nullable().default(null),
})
export type Page = z.infer<typeof Page>

export const Category = z.object({
  slug: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  /** Key of the mandatory section (`contracts/sections.ts`) this category fulfils, if any. */
  section: z.string().nullable().default(null),
})
export type Category = z.infer<typeof Category>

export const Article = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  /** ISO date-time the article was published. */
  publishedAt: z.string(),
  updatedAt: z.string(),
  /** Byline, e.g. "Phòng Văn hóa – Thông tin". */
  author: z.string().nullable(),
  /** Source attribution shown as "Theo …". */
  source: z.string().nullable(),
  /** Category slugs, in editor order. */
  categories: z.array(z.string()),
  cover: ImageRef.nullable(),
  /** Body rendered from Lexical to HTML by the CMS. */
  html: z.string(),
  /**
   * Set when another portal owns the article and shared it with this one: the page names the
   * owner and points search engines to the owner's copy.
   */
  sharedFrom: z.object({ siteName: z.string(), url: z.string() }).nullable().default(null),
})
export type Article = z.infer<typeof Article>

/**
 * A page of its own that a published document of a simple content type gets on its portal
 * (a collection declaring `portal.page`), rendered with the generic page view.
 */
export const ContributedPage = z.object({
  /** Root-relative path, e.g. `/thong-bao/lich-tiep-dan/`. */
  path: z.string().regex(/^\/[a-z0-9/-]*\/$/, 'a root-relative path ending in /'),
  title: z.string(),
  summary: z.string().nullable(),
  /** Body as HTML (rich text converted by the CMS). */
  html: z.string(),
  /** ISO date: "Cập nhật" on the page and the sitemap's lastmod. */
  updatedAt: z.string(),
})
export type ContributedPage = z.infer<typeof ContributedPage>

/**
 * When a document on the portal was last reviewed and is next due (issue 18), by its page's path:
 * shown as "Rà soát lần cuối … / lần tới …" on the types that call for it (pages, procedures).
 */
export const ReviewDates = z.object({
  path: z.string(),
  /** Vietnamese calendar days, `YYYY-MM-DD`. */
  lastReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  nextReview: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
})
export type ReviewDates = z.infer<typeof ReviewDates>

export const LocalisedSiteText = z.object({
  name: z.string(),
  /** Owning agency (cơ quan chủ quản), shown in the footer imprint. */
  owningAgency: z.string().nullable(),
  /** Person responsible for the portal (người chịu trách nhiệm) with title. */
  responsiblePerson: z.string().nullable(),
  /** Licence / establishment decision line of the imprint, if any. */
  licence: z.string().nullable(),
  address: z.string().nullable(),
  headerMenu: z.array(NavItem),
  footerMenu: z.array(NavItem),
})

export const Site = z.object({
  slug: z.string(),
  level: SiteLevel,
  unitCode: z.string().nullable(),
  theme: z.string(),
  /** Absolute base URL the portal is served at, without trailing slash, e.g. `http://ha-tinh.localhost:3000`. */
  baseUrl: z.string(),
  /** The unit above this one; `nameEn` is its English name, when it has one. */
  parent: z.object({ slug: z.string(), name: z.string(), nameEn: z.string().nullable().default(null), url: z.string() }).nullable(),
  branding: z.object({
    /** CSS colour (hex) used as `--brand-primary`. */
    primaryColor: z.string().nullable(),
    logo: ImageRef.nullable(),
    /** Wide picture behind the masthead, used as `--header-image`. */
    headerImage: ImageRef.nullable().default(null),
  }),
  contact: z.object({
    phone: z.string().nullable(),
    fax: z.string().nullable(),
    email: z.string().nullable(),
    /**
     * Where "Góp ý" (feedback) leads: an http(s) page or a `mailto:` address. Null: the theme
     * writes to `email` with the article title as subject.
     */
    feedbackUrl: z
      .string()
      .regex(/^(https?:|mailto:)/, 'must be an http(s) or mailto: address')
      .nullable()
      .default(null),
  }),
  /**
   * Address of the national EMC usage-monitoring script (Thông tư 22/2023), already checked
   * against the allow-list by the CMS; the layout loads it on every page.
   */
  emcScriptSrc: z.string().regex(/^https:\/\/[^\s"'<>]+$/, 'must be an https address').nullable().default(null),
  /**
   * The mandatory sections (Nghị định 42/2022) this portal has, in registry order, so every page
   * can link to them: a published page, or a category with published news, tagged with the key.
   */
  sections: z
    .array(
      z.object({
        key: z.string(),
        kind: z.enum(['page', 'category']),
        slug: z.string(),
        /** An English version exists (pages only). */
        english: z.boolean(),
      }),
    )
    .default([]),
  vi: LocalisedSiteText,
  en: LocalisedSiteText.nullable(),
  pages: z.array(Page).default([]),
  categories: z.array(Category).default([]),
  /** Published news, newest first (including news other portals shared with this one). */
  news: z.array(Article).default([]),
  /** Latest news of the portals below this one (departments, communes), newest first. */
  subordinateNews: z
    .array(
      z.object({
        title: z.string(),
        summary: z.string().nullable(),
        publishedAt: z.string(),
        /** Absolute URL of the article on its own portal. */
        url: z.string(),
        siteName: z.string(),
      }),
    )
    .default([]),
  /** Online dialogue sessions, newest first, with the questions published at export time. */
  dialogues: z.array(DialogueSession).default([]),
  /** Answered questions of the ongoing Q&A (hỏi đáp), newest answer first. */
  qa: z.array(PublicQuestion).default([]),
  /**
   * Legal documents the portal shows: its own published ones and those other portals share with
   * it (listed, or shared by a portal above it with everything below), newest issue date first.
   */
  legalDocuments: z.array(LegalDocument).default([]),
  /**
   * Other portals the legal content links to (owners of shared or related documents), so a link
   * to a document this portal does not show can lead to its owner's page.
   */
  otherPortals: z.array(z.object({ slug: z.string(), name: z.string(), baseUrl: z.string() })).default([]),
  /** Published administrative procedures of the portal, by field then name. */
  procedures: z.array(Procedure).default([]),
  /** Published draft consultations with their approved comments, newest opening first. */
  consultations: z.array(Consultation).default([]),
  /** Pages of simple content types contributed by plugins (`portal.page`), by path. */
  contributedPages: z.array(ContributedPage).default([]),
  /** Review dates of the pages that show them, by path. */
  reviews: z.array(ReviewDates).default([]),
  /** Published documents with public notes of major updates, by path (each note newest first). */
  changeNotes: z.array(DocumentChanges).default([]),
  /** Addresses taken down with a reason type (ADR 0022): banners, 410s and 301s. */
  takedowns: z.array(Takedown).default([]),
})
export type Site = z.infer<typeof Site>

export const PortalSnapshot = z.object({
  version: z.literal(1),
  generatedAt: z.string(),
  sites: z.array(Site),
})
export type PortalSnapshot = z.infer<typeof PortalSnapshot>

/** Paths a page slug may not take, because the portal uses them itself. */
export const RESERVED_PAGE_SLUGS = [
  'tin-tuc',
  'chuyen-muc',
  'en',
  'media',
  '_astro',
  'rss.xml',
  'sitemap.xml',
  'robots.txt',
  '404',
  'tim-kiem',
  'api',
  'doi-thoai',
  'hoi-dap-truc-tuyen',
  'van-ban',
  'thu-tuc-hanh-chinh',
  'gop-y-du-thao',
  'tep',
  'dang-ky-nhan-tin',
] as const

/**
 * Reserved paths whose list an editor may introduce with a page of the same slug: the starter
 * page of the mandatory section ("Văn bản", "Thủ tục hành chính", "Lấy ý kiến dự thảo") becomes
 * the introduction above the portal's own list instead of a page of its own.
 */
export const LIST_INTRO_PAGE_SLUGS = ['van-ban', 'thu-tuc-hanh-chinh', 'gop-y-du-thao'] as const

/** Slugs a page may not take: the reserved paths, except the list introductions. */
export const REFUSED_PAGE_SLUGS: readonly string[] = RESERVED_PAGE_SLUGS.filter((s) => !(LIST_INTRO_PAGE_SLUGS as readonly string[]).includes(s))

/** Number of articles per page in news lists. */
export const NEWS_PAGE_SIZE = 10
