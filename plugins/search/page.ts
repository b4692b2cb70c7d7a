/**
 * The data of the portal search page from a search's parameters and result: links for facets,
 * removing filters, pages, the suggestion and the "all portals" switch. Pure.
 */
import { LEGAL_DOCUMENT_TYPE_LABELS, type LegalDocumentType, VALIDITY_STATUS_LABELS, type ValidityStatus } from '../../cms/src/contracts/legal'
import { SEARCH_FACET_LABELS, SEARCH_PAGE_PATH, SEARCH_TYPE_LABELS, type SearchFacetName, type SearchPageData, type SearchPageHit } from '../../cms/src/contracts/search'
import type { ParsedSearchParams, SearchResult } from './port'

/** The page's own parameters (the ones a link carries over). */
type PageParams = { q: string; scope: 'site' | 'all'; sites?: string[]; type?: string; field?: string; issuer?: string; year?: string; status?: string; doctype?: string; sort?: string; page?: number }

export function pageParams(p: ParsedSearchParams): PageParams {
  const type = Array.isArray(p.type) ? p.type.join(',') : p.type
  // Several portals in a portal's own scope: a legal list's form (the portal and those sharing with it).
  const sites = p.scope === 'site' && Array.isArray(p.sites) && p.sites.length > 1 ? p.sites : undefined
  return { q: p.q, scope: p.scope, sites, type, field: p.field, issuer: p.issuer, year: p.year === undefined ? undefined : String(p.year), status: p.status, doctype: p.doctype, sort: p.sort, page: p.page }
}

/** `/tim-kiem/?…` with the given parameters, in a stable order, without empty ones or page 1. */
export function searchHref(p: PageParams): string {
  const query = new URLSearchParams()
  if (p.q) query.set('q', p.q)
  if (p.scope === 'all') query.set('scope', 'all')
  else for (const site of p.sites ?? []) query.append('sites', site)
  for (const key of ['type', 'doctype', 'field', 'issuer', 'year', 'status', 'sort'] as const) if (p[key]) query.set(key, p[key]!)
  if (p.page && p.page > 1) query.set('page', String(p.page))
  const text = query.toString()
  return text ? `${SEARCH_PAGE_PATH}?${text}` : SEARCH_PAGE_PATH
}

export const statusLabel = (value: string): string =>
  Object.hasOwn(VALIDITY_STATUS_LABELS, value) ? VALIDITY_STATUS_LABELS[value as ValidityStatus].vi : value


function facetValueLabel(name: SearchFacetName, value: string, siteNames: Map<string, string>, typeLabel: (value: string) => string): string {
  if (name === 'type') return typeLabel(value)
  if (name === 'status') return statusLabel(value)
  if (name === 'doctype') return Object.hasOwn(LEGAL_DOCUMENT_TYPE_LABELS, value) ? LEGAL_DOCUMENT_TYPE_LABELS[value as LegalDocumentType].vi : value
  if (name === 'site') return siteNames.get(value) ?? value
  return value
}

export type PageContext = {
  /** Slug of the portal the page is served under. */
  site: string
  /** Current names of the portals (slug → name). */
  siteNames: Map<string, string>
  /** Absolute URL of another portal's path. */
  absolute: (site: string, path: string) => string
  /** The searchable types (`custom.cong.search`) with their Vietnamese labels, in config order. */
  types: ReadonlyArray<{ value: string; label: string }>
}

const labelOf = (types: PageContext['types']) => (value: string): string => types.find((t) => t.value === value)?.label ?? (Object.hasOwn(SEARCH_TYPE_LABELS, value) ? SEARCH_TYPE_LABELS[value as keyof typeof SEARCH_TYPE_LABELS].vi : value)

const FILTERS = ['type', 'doctype', 'field', 'issuer', 'year', 'status'] as const

/** The page without results: the form (and an explanation when a parameter was refused). */
export function emptySearchPage(p: Partial<PageParams>, error: string | null, types?: PageContext['types']): SearchPageData {
  return { query: p.q ?? '', scope: p.scope ?? 'site', type: p.type ?? '', ...(types ? { types: [...types] } : {}), filters: [], hidden: [], error, result: null }
}

export function searchPageData(params: ParsedSearchParams, result: SearchResult | null, ctx: PageContext): SearchPageData {
  const current = pageParams(params)
  const typeLabel = labelOf(ctx.types)
  const base: PageParams = { ...current, page: undefined }
  const filters: SearchPageData['filters'] = []
  for (const name of FILTERS) {
    const value = current[name]
    if (!value) continue
    const label = name === 'type' ? value.split(',').map(typeLabel).join(', ') : facetValueLabel(name, value, ctx.siteNames, typeLabel)
    filters.push({ name, label: SEARCH_FACET_LABELS[name].vi, value: label, removeHref: searchHref({ ...base, [name]: undefined }) })
  }
  if (current.sort === 'newest') filters.push({ name: 'sort', label: 'Sắp xếp', value: 'Mới nhất', removeHref: searchHref({ ...base, sort: undefined }) })
  // The type is a field of the form; the legal filters ride along so a new query keeps them.
  const hidden = [
    ...(current.sites ?? []).map((value) => ({ name: 'sites', value })),
    ...(['doctype', 'field', 'issuer', 'year', 'status', 'sort'] as const).filter((k) => current[k]).map((k) => ({ name: k, value: current[k]! })),
  ]
  const data: SearchPageData = { query: current.q, scope: current.scope, type: current.type ?? '', types: [...ctx.types], filters, hidden, error: null, result: null }
  if (!result) return data

  const hits: SearchPageHit[] = result.hits.map((hit) => {
    // A shared document is read on this portal's own copy when it has one.
    const otherSite = hit.site !== ctx.site && !hit.copyUrl
    return {
      type: hit.type,
      typeLabel: typeLabel(hit.type),
      title: hit.title,
      titleHtml: hit.titleHtml,
      href: hit.copyUrl ?? (otherSite ? ctx.absolute(hit.site, hit.url) : hit.url),
      siteName: ctx.siteNames.get(hit.site) ?? hit.siteName,
      otherSite,
      snippet: hit.snippet,
      date: hit.date ?? null,
      number: hit.number ?? null,
      status: hit.status ? statusLabel(hit.status) : null,
    }
  })

  const facetNames: SearchFacetName[] = ['type', ...(current.scope === 'all' || current.sites ? (['site'] as const) : []), 'doctype', 'field', 'issuer', 'year', 'status']
  const facets = facetNames
    .map((name) => {
      const counts = result.facets[name] ?? {}
      const active = name === 'site' ? undefined : current[name]
      const values = Object.entries(counts)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'))
        .slice(0, 12)
        .map(([value, count]) => ({
          label: facetValueLabel(name, value, ctx.siteNames, typeLabel),
          count,
          active: active === value,
          href: name === 'site' ? ctx.absolute(value, searchHref({ ...base, scope: 'site', sites: undefined })) : searchHref({ ...base, [name]: active === value ? undefined : value }),
        }))
      return { name, label: SEARCH_FACET_LABELS[name].vi, values }
    })
    .filter((f) => f.values.length > 0 && !(f.values.length === 1 && f.values[0]!.count === result.total && !f.values[0]!.active && f.name !== 'type'))

  const pages = result.pages
  const from = Math.max(1, Math.min(result.page - 2, pages - 4))
  const pageLinks = []
  for (let n = from; n <= Math.min(pages, from + 4); n++) pageLinks.push({ number: n, href: searchHref({ ...base, page: n }), current: n === result.page })

  data.result = {
    total: result.total,
    page: result.page,
    pages,
    tookMs: result.took,
    hits,
    facets,
    pageLinks: pages > 1 ? pageLinks : [],
    previousHref: result.page > 1 ? searchHref({ ...base, page: result.page - 1 }) : null,
    nextHref: result.page < pages ? searchHref({ ...base, page: result.page + 1 }) : null,
    suggestion: result.total === 0 && result.suggestion ? { text: result.suggestion, href: searchHref({ ...base, q: result.suggestion }) } : null,
    allPortalsHref: result.total === 0 && current.scope === 'site' && current.q ? searchHref({ ...base, scope: 'all' }) : null,
  }
  return data
}
