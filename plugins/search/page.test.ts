import { describe, expect, it } from 'vitest'

import { emptyFacets, SearchParamsSchema, type SearchResult } from './port'
import { searchHref, searchPageData } from './page'

const ctx = { site: 'ha-tinh', siteNames: new Map([['ha-tinh', 'Tỉnh Hà Tĩnh'], ['bo-khcn', 'Bộ KH&CN']]), absolute: (slug: string, p: string) => `https://${slug}.example${p}`, types: [{ value: 'news', label: 'Tin tức' }, { value: 'legal', label: 'Văn bản' }] }

const result = (over: Partial<SearchResult> = {}): SearchResult => ({
  hits: [],
  total: 0,
  page: 1,
  perPage: 10,
  pages: 0,
  facets: emptyFacets(),
  took: 3,
  ...over,
})

describe('search page data', () => {
  it('builds stable links without empty parameters', () => {
    expect(searchHref({ q: 'chuyển đổi số', scope: 'site' })).toBe('/tim-kiem/?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91')
    expect(searchHref({ q: '', scope: 'all', type: 'legal', page: 2 })).toBe('/tim-kiem/?scope=all&type=legal&page=2')
    expect(searchHref({ q: '', scope: 'site' })).toBe('/tim-kiem/')
  })

  it('shows legal filters with remove links, keeps them in the form, and toggles facet values', () => {
    const params = SearchParamsSchema.parse({ q: 'đất đai', type: 'legal', status: 'con-hieu-luc', year: 2024 })
    const data = searchPageData(params, result({ total: 3, pages: 1, facets: { ...emptyFacets(), type: { legal: 3 }, status: { 'con-hieu-luc': 3 }, issuer: { 'Chính phủ': 2, 'Quốc hội': 1 } } }), ctx)
    expect(data.filters.map((f) => [f.name, f.value])).toEqual([['type', 'Văn bản'], ['year', '2024'], ['status', 'Còn hiệu lực']])
    expect(data.filters.find((f) => f.name === 'status')!.removeHref).not.toContain('status=')
    expect(data.hidden).toEqual([{ name: 'year', value: '2024' }, { name: 'status', value: 'con-hieu-luc' }])
    const issuer = data.result!.facets.find((f) => f.name === 'issuer')!
    expect(issuer.values[0]).toMatchObject({ label: 'Chính phủ', count: 2, active: false })
    expect(issuer.values[0]!.href).toContain('issuer=Ch%C3%ADnh+ph%E1%BB%A7')
    const status = data.result!.facets.find((f) => f.name === 'status')!
    expect(status.values[0]).toMatchObject({ label: 'Còn hiệu lực', active: true })
    expect(status.values[0]!.href).not.toContain('status=')
  })

  it('carries the portals a legal list names (its own and those sharing with it) through its links, form and document type', () => {
    const params = SearchParamsSchema.parse({ q: '', type: 'legal', doctype: 'nghi-dinh', site: 'ha-tinh', sites: ['ha-tinh', 'bo-khcn'] })
    const data = searchPageData(params, result({ total: 3, pages: 1, facets: { ...emptyFacets(), site: { 'bo-khcn': 2, 'ha-tinh': 1 }, doctype: { 'nghi-dinh': 3 } } }), ctx)
    expect(data.hidden.filter((h) => h.name === 'sites').map((h) => h.value)).toEqual(['ha-tinh', 'bo-khcn'])
    expect(data.filters.map((f) => [f.name, f.value])).toEqual([['type', 'Văn bản'], ['doctype', 'Nghị định']])
    const doctype = data.result!.facets.find((f) => f.name === 'doctype')!
    expect(doctype.values[0]).toMatchObject({ label: 'Nghị định', active: true })
    expect(doctype.values[0]!.href).toBe('/tim-kiem/?sites=ha-tinh&sites=bo-khcn&type=legal')
    // A portal facet leads to that portal's own search, without the list's portals.
    const site = data.result!.facets.find((f) => f.name === 'site')!
    expect(site.values[0]!.href).toBe('https://bo-khcn.example/tim-kiem/?type=legal&doctype=nghi-dinh')
  })

  it('links hits on other portals absolutely, and offers the suggestion and all portals when nothing is found', () => {
    const params = SearchParamsSchema.parse({ q: 'chuyen doi sso', site: 'ha-tinh' })
    const none = searchPageData(params, result({ suggestion: 'chuyển đổi số' }), ctx)
    expect(none.result!.suggestion).toEqual({ text: 'chuyển đổi số', href: searchHref({ q: 'chuyển đổi số', scope: 'site' }) })
    expect(none.result!.allPortalsHref).toBe(searchHref({ q: 'chuyen doi sso', scope: 'all' }))
    const hit = { id: 'news:1', type: 'news' as const, site: 'bo-khcn', siteName: 'old name', url: '/tin-tuc/a/', title: 'A', titleHtml: 'A', snippet: '<mark>a</mark>' }
    const some = searchPageData({ ...params, scope: 'all' }, result({ total: 1, pages: 1, hits: [hit] }), ctx)
    expect(some.result!.hits[0]).toMatchObject({ href: 'https://bo-khcn.example/tin-tuc/a/', otherSite: true, siteName: 'Bộ KH&CN', snippet: '<mark>a</mark>' })
  })
})
