/**
 * What the portal search page (`/tim-kiem/`, rendered on demand under each portal host) receives:
 * every link is built by the CMS, so the view only lays it out. HTML fields (`titleHtml`,
 * `snippet`) are escaped text with `<mark>` around the matches.
 */
export const SEARCH_PAGE_PATH = '/tim-kiem/'

/** Labels of the platform's own searchable types; the CMS sends the full list with each page (`types`). */
export const SEARCH_TYPE_LABELS = {
  news: { vi: 'Tin tức', en: 'News' },
  page: { vi: 'Trang thông tin', en: 'Pages' },
  legal: { vi: 'Văn bản', en: 'Legal documents' },
  procedure: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  question: { vi: 'Hỏi đáp', en: 'Questions and answers' },
} as const

export const SEARCH_FACET_LABELS = {
  type: { vi: 'Loại nội dung', en: 'Content type' },
  site: { vi: 'Cổng thông tin', en: 'Portal' },
  field: { vi: 'Lĩnh vực', en: 'Field' },
  issuer: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
  year: { vi: 'Năm ban hành', en: 'Year' },
  status: { vi: 'Tình trạng hiệu lực', en: 'Validity' },
  doctype: { vi: 'Loại văn bản', en: 'Document type' },
} as const

export type SearchFacetName = keyof typeof SEARCH_FACET_LABELS

export type SearchPageHit = {
  type: string
  typeLabel: string
  title: string
  titleHtml: string
  /** Root-relative on this portal, absolute for another portal's document. */
  href: string
  siteName: string
  /** The document belongs to another portal than the one searched from. */
  otherSite: boolean
  snippet: string
  /** ISO date, or null. */
  date: string | null
  number: string | null
  status: string | null
}

export type SearchPageFacet = {
  name: SearchFacetName
  label: string
  values: { label: string; count: number; href: string; active: boolean }[]
}

export type SearchPageData = {
  query: string
  scope: 'site' | 'all'
  /** The content type chosen in the form ('' for all). */
  type: string
  /** The content types one may search for (the form's choices), with their labels. */
  types?: { value: string; label: string }[]
  /** Filters in effect besides the query and scope, each with a link that removes it. */
  filters: { name: SearchFacetName | 'sort'; label: string; value: string; removeHref: string }[]
  /** Values the form carries along in hidden fields (the legal filters from `/van-ban/`). */
  hidden: { name: string; value: string }[]
  /** A bad parameter, explained (the page then shows the form only). */
  error: string | null
  result: {
    total: number
    page: number
    pages: number
    tookMs: number
    hits: SearchPageHit[]
    facets: SearchPageFacet[]
    pageLinks: { number: number; href: string; current: boolean }[]
    previousHref: string | null
    nextHref: string | null
    suggestion: { text: string; href: string } | null
    /** The other scope's link, when this one found nothing ("search all portals"). */
    allPortalsHref: string | null
  } | null
}
