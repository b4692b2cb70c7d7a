import { describe, expect, it } from 'vitest'

import { asksForSomething, parseSearchQuery as parse } from './query'

/** The platform's searchable types (news, pages, legal documents, procedures, questions). */
const TYPES = ['news', 'page', 'legal', 'procedure', 'question']
const parseSearchQuery = (raw: Record<string, unknown>) => parse(raw, TYPES)

describe('parseSearchQuery', () => {
  it('treats the empty fields of a plain form as absent', () => {
    const r = parseSearchQuery({ q: ' 42/2022 ', type: 'legal', field: '', issuer: '', year: '', status: '', sort: 'newest' })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.params).toMatchObject({ q: '42/2022', type: 'legal', sort: 'newest', scope: 'site', page: 1 })
    expect(r.params.year).toBeUndefined()
    expect(r.params.field).toBeUndefined()
  })

  it('names each bad parameter with a Vietnamese and an English message', () => {
    const r = parseSearchQuery({ q: 'x'.repeat(501), scope: 'moi-noi', type: 'video', page: '0', year: '99', perPage: '51', sort: 'abc', site: 'Hà Tĩnh', doctype: 'sac-lenh' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(Object.keys(r.errors).sort()).toEqual(['doctype', 'page', 'perPage', 'q', 'scope', 'site', 'sort', 'type', 'year'])
    for (const message of Object.values(r.errors)) {
      expect(message.vi.length).toBeGreaterThan(0)
      expect(message.en.length).toBeGreaterThan(0)
    }
    const zod = parseSearchQuery({ q: 'a', scope: 'moi-noi', type: 'video', sort: 'abc' })
    expect(zod.ok ? [] : Object.keys(zod.errors).sort()).toEqual(['scope', 'sort', 'type'])
  })

  it('refuses a repeated scalar and accepts several types', () => {
    expect(parseSearchQuery({ q: ['a', 'b'] }).ok).toBe(false)
    const r = parseSearchQuery({ q: 'a', type: ['news', 'legal'] })
    expect(r.ok && r.params.type).toEqual(['news', 'legal'])
  })

  it('takes a legal document type from the catalogue (the legal list form\'s "Loại văn bản")', () => {
    const r = parseSearchQuery({ q: '', type: 'legal', doctype: 'thong-tu' })
    expect(r.ok && r.params.doctype).toBe('thong-tu')
    expect(r.ok && asksForSomething(r.params)).toBe(true)
  })

  it('takes up to 20 portal slugs in sites, repeated or comma-separated', () => {
    const r = parseSearchQuery({ q: 'a', sites: ['ha-tinh', 'bo-khcn'] })
    expect(r.ok && r.params.sites).toEqual(['ha-tinh', 'bo-khcn'])
    expect(parseSearchQuery({ q: 'a', sites: 'ha-tinh,bo-khcn' }).ok).toBe(true)
    const bad = parseSearchQuery({ q: 'a', sites: ['Hà Tĩnh'] })
    expect(bad.ok ? [] : Object.keys(bad.errors)).toEqual(['sites'])
    expect(parseSearchQuery({ q: 'a', sites: Array.from({ length: 21 }, (_, i) => `cong-${i}`) }).ok).toBe(false)
  })

  it('normalises the query to NFC', () => {
    const r = parseSearchQuery({ q: 'Vie\u0323\u0302t' })
    expect(r.ok && r.params.q).toBe('Việt')
  })

  it('knows when a search asks for nothing', () => {
    const empty = parseSearchQuery({ q: '' })
    expect(empty.ok && asksForSomething(empty.params)).toBe(false)
    const filtered = parseSearchQuery({ q: '', type: 'legal' })
    expect(filtered.ok && asksForSomething(filtered.params)).toBe(true)
  })
})
