/**
 * The sections every agency portal must have (Nghị định 42/2022 Điều 4, with the finer list of
 * Nghị định 43/2011 that evaluations still follow; see the domain reference §1.2).
 *
 * One registry serves provisioning (the pages and news categories a new portal starts with), the
 * portal menus, and the compliance dashboard (is each section present, how fresh is it). Pages and
 * categories are tagged with a section key (`section` field); a section is present on a site
 * when a published page or a category with published news carries its key.
 */

export type SectionKind = 'page' | 'category'

export interface MandatorySection {
  /** Stable key, stored in the `section` field of pages and categories. */
  key: string
  vi: string
  en: string
  /** Whether provisioning creates it as a page or as a news category. */
  kind: SectionKind
  /** Slug of the page or category provisioning creates. */
  slug: string
  /**
   * Days after which the section counts as stale on the dashboard. News-like sections must move
   * often; reference sections only when something changes (a year is a generous review period).
   */
  maxAgeDays: number
  /** Also required in English (Nghị định 42/2022 Điều 7 k2). */
  english?: boolean
  /** Which decree names it. */
  origin: string
}

export const MANDATORY_SECTIONS = [
  { key: 'gioi-thieu', vi: 'Giới thiệu', en: 'About us', kind: 'page', slug: 'gioi-thieu', maxAgeDays: 365, english: true, origin: 'NĐ 42/2022, NĐ 43/2011' },
  { key: 'lanh-dao', vi: 'Lãnh đạo', en: 'Leadership', kind: 'page', slug: 'lanh-dao', maxAgeDays: 365, english: true, origin: 'NĐ 43/2011' },
  { key: 'lien-he', vi: 'Thông tin liên hệ', en: 'Contact', kind: 'page', slug: 'lien-he', maxAgeDays: 365, english: true, origin: 'NĐ 42/2022, NĐ 43/2011' },
  { key: 'tin-tuc', vi: 'Tin tức, sự kiện', en: 'News and events', kind: 'category', slug: 'tin-hoat-dong', maxAgeDays: 7, origin: 'NĐ 43/2011' },
  { key: 'chi-dao-dieu-hanh', vi: 'Chỉ đạo, điều hành', en: 'Direction and administration', kind: 'category', slug: 'chi-dao-dieu-hanh', maxAgeDays: 30, origin: 'NĐ 43/2011' },
  { key: 'van-ban', vi: 'Văn bản', en: 'Legal documents', kind: 'page', slug: 'van-ban', maxAgeDays: 90, origin: 'NĐ 42/2022, NĐ 43/2011' },
  { key: 'thu-tuc-hanh-chinh', vi: 'Thủ tục hành chính', en: 'Administrative procedures', kind: 'page', slug: 'thu-tuc-hanh-chinh', maxAgeDays: 180, origin: 'NĐ 42/2022, NĐ 43/2011' },
  { key: 'pho-bien-phap-luat', vi: 'Phổ biến, hướng dẫn pháp luật', en: 'Legal dissemination', kind: 'category', slug: 'pho-bien-phap-luat', maxAgeDays: 90, origin: 'NĐ 42/2022, NĐ 43/2011' },
  { key: 'chien-luoc-quy-hoach', vi: 'Chiến lược, quy hoạch, kế hoạch', en: 'Strategies and plans', kind: 'category', slug: 'chien-luoc-quy-hoach-ke-hoach', maxAgeDays: 365, origin: 'NĐ 42/2022, NĐ 43/2011' },
  { key: 'du-an-dau-thau', vi: 'Dự án, đấu thầu, mua sắm công', en: 'Projects and procurement', kind: 'category', slug: 'du-an-dau-thau', maxAgeDays: 180, origin: 'NĐ 43/2011' },
  { key: 'thong-ke', vi: 'Thông tin thống kê', en: 'Statistics', kind: 'category', slug: 'thong-ke', maxAgeDays: 365, origin: 'NĐ 42/2022' },
  { key: 'bao-cao-tai-chinh', vi: 'Báo cáo tài chính', en: 'Financial reports', kind: 'category', slug: 'bao-cao-tai-chinh', maxAgeDays: 400, origin: 'NĐ 42/2022' },
  { key: 'cong-khai-thong-tin', vi: 'Danh mục thông tin phải công khai', en: 'Disclosure catalogue', kind: 'page', slug: 'cong-khai-thong-tin', maxAgeDays: 365, origin: 'NĐ 42/2022' },
  { key: 'lay-y-kien', vi: 'Lấy ý kiến dự thảo', en: 'Draft consultations', kind: 'page', slug: 'gop-y-du-thao', maxAgeDays: 180, origin: 'NĐ 42/2022 Điều 8' },
  { key: 'hoi-dap', vi: 'Hỏi đáp, phản ánh kiến nghị', en: 'Questions and feedback', kind: 'page', slug: 'hoi-dap', maxAgeDays: 90, origin: 'NĐ 42/2022 Điều 8' },
] as const satisfies readonly MandatorySection[]

export type SectionKey = (typeof MANDATORY_SECTIONS)[number]['key']

export const SECTION_KEYS: readonly SectionKey[] = MANDATORY_SECTIONS.map((s) => s.key)

export function sectionByKey(key: string): MandatorySection | undefined {
  return (MANDATORY_SECTIONS as readonly MandatorySection[]).find((s) => s.key === key)
}

/** Options for the `section` select field of pages and categories. */
export const SECTION_OPTIONS = MANDATORY_SECTIONS.map((s) => ({ value: s.key, label: { vi: s.vi, en: s.en } }))

export interface PresentSection {
  key: string
  kind: SectionKind
  slug: string
  english: boolean
}

/**
 * The mandatory sections a portal shows, in registry order: a published page tagged with the
 * key, or a tagged category holding at least one published article. The first page or category
 * carrying a key wins; unknown keys are ignored.
 */
export function presentSections(content: {
  pages: readonly { slug: string; section: string | null; en: unknown }[]
  categories: readonly { slug: string; section: string | null }[]
  articles: readonly { categories: readonly string[] }[]
}): PresentSection[] {
  const used = new Set(content.articles.flatMap((article) => article.categories))
  const found = new Map<string, PresentSection>()
  for (const page of content.pages) {
    if (page.section && !found.has(page.section)) {
      found.set(page.section, { key: page.section, kind: 'page', slug: page.slug, english: page.en !== null && page.en !== undefined })
    }
  }
  for (const category of content.categories) {
    if (category.section && !found.has(category.section) && used.has(category.slug)) {
      found.set(category.section, { key: category.section, kind: 'category', slug: category.slug, english: false })
    }
  }
  return MANDATORY_SECTIONS.flatMap((section) => {
    const present = found.get(section.key)
    return present ? [present] : []
  })
}
