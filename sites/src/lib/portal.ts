import { DIALOGUE_PATH, QA_PATH } from '../../../cms/src/contracts/dialogue'
import { CONSULTATIONS_PATH, LEGAL_PATH, PROCEDURES_PATH } from '../../../themes/model/legal'
import type { PortalSection, PortalSectionKey } from '../../../themes/model/site'
import { homePath, newsPath } from '../../../themes/model/urls'
import type { Article, Category, Page, Portal, Site } from './model'

const SECTION_LABELS: Record<PortalSectionKey, { href: string; vi: string; en: string }> = {
  news: { href: newsPath(), vi: 'Tin tức', en: 'News' },
  legal: { href: LEGAL_PATH, vi: 'Văn bản', en: 'Legal documents' },
  procedures: { href: PROCEDURES_PATH, vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  consultations: { href: CONSULTATIONS_PATH, vi: 'Góp ý dự thảo', en: 'Draft consultations' },
  qa: { href: QA_PATH, vi: 'Hỏi đáp trực tuyến', en: 'Questions and answers' },
  dialogues: { href: DIALOGUE_PATH, vi: 'Đối thoại trực tuyến', en: 'Online dialogues' },
  english: { href: homePath('en'), vi: 'English', en: 'English' },
}

/**
 * The public sections the portal holds, from what it has: every list page the planner builds
 * (news, legal documents, procedures, consultations, Q&A, dialogues, the English home) is listed,
 * so each is reachable from every page's footer (the search page has its box in every header).
 */
export function directoryOf(site: Site): PortalSection[] {
  const has: Record<PortalSectionKey, boolean> = {
    news: site.news.length > 0,
    legal: site.legalDocuments.length > 0,
    procedures: site.procedures.length > 0,
    consultations: site.consultations.length > 0,
    // The Q&A page (list and question form) is built for every portal.
    qa: true,
    dialogues: site.dialogues.length > 0,
    english: site.en !== null,
  }
  return (Object.keys(SECTION_LABELS) as PortalSectionKey[]).filter((key) => has[key]).map((key) => ({ key, ...SECTION_LABELS[key] }))
}

/**
 * One portal's content, indexed for the lookups its pages make. Built once per site and render,
 * so list and related-news lookups stay linear however many articles a portal has.
 */
export function portalOf(snapshotSite: Site, generatedAt: string): Portal {
  // Takedowns reach only the pages they concern (plan.ts): kept out of the chrome every page digests.
  const { pages, categories, news, dialogues, qa, legalDocuments, otherPortals, procedures, consultations, reviews, changeNotes, takedowns: _takedowns, ...site } = snapshotSite
  return {
    site: { ...site, directory: directoryOf(snapshotSite) },
    news,
    pages,
    categories,
    dialogues,
    qa,
    legalDocuments,
    otherPortals: new Map(otherPortals.map((p) => [p.slug, { name: p.name, baseUrl: p.baseUrl }])),
    procedures,
    consultations,
    reviews: new Map(reviews.map((r) => [r.path, r])),
    changeNotes: new Map(changeNotes.map((c) => [c.path, c])),
    categoryBySlug: new Map(categories.map((category) => [category.slug, category])),
    newsByCategory: indexByCategory(news),
    lastModified: newest([...news, ...pages].map((item) => item.updatedAt)) ?? generatedAt,
  }
}

function indexByCategory(news: Article[]): Map<string, Article[]> {
  const index = new Map<string, Article[]>()
  for (const article of news) {
    for (const slug of new Set(article.categories)) {
      const list = index.get(slug)
      if (list) list.push(article)
      else index.set(slug, [article])
    }
  }
  return index
}

function newest(dates: string[]): string | undefined {
  let best: string | undefined
  let bestTime = -Infinity
  for (const date of dates) {
    const time = Date.parse(date)
    if (time > bestTime) {
      best = date
      bestTime = time
    }
  }
  return best
}

/** The article's categories that exist on the portal, in editor order. */
export function categoriesOf(portal: Portal, article: Article): Category[] {
  return article.categories.flatMap((slug) => {
    const category = portal.categoryBySlug.get(slug)
    return category ? [category] : []
  })
}

export function newsInCategory(portal: Portal, slug: string): Article[] {
  return portal.newsByCategory.get(slug) ?? []
}

/** Newest other articles sharing a category, the first (main) category first. */
export function relatedNews(portal: Portal, article: Article, limit = 5): Article[] {
  const related: Article[] = []
  const seen = new Set<string>([article.slug])
  for (const slug of article.categories) {
    for (const candidate of newsInCategory(portal, slug)) {
      if (related.length >= limit) return related
      if (seen.has(candidate.slug)) continue
      seen.add(candidate.slug)
      related.push(candidate)
    }
  }
  return related
}

export function englishPages(portal: Portal): (Page & { en: NonNullable<Page['en']> })[] {
  return portal.pages.filter((page): page is Page & { en: NonNullable<Page['en']> } => page.en !== null)
}
