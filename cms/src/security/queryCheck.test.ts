import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { checkWhere, idLooksRight } from './queryCheck'

const fields = [
  { name: 'title', type: 'text' },
  { name: 'publishedAt', type: 'date' },
  { name: 'size', type: 'number' },
  { name: 'site', type: 'relationship', relationTo: 'sites' },
  { name: 'user', type: 'relationship', relationTo: ['users', 'editors'] },
  { name: 'layout', type: 'blocks', blocks: [] },
  { name: 'state', type: 'select', options: ['draft', { label: 'Đã duyệt', value: 'approved' }] },
  { name: 'headers', type: 'json' },
  { name: 'body', type: 'richText' },
  { name: 'answer', type: 'group', flattenedFields: [{ name: 'detail', type: 'json' }] },
] as unknown as FlattenedField[]

const refused = (where: unknown, options: { allOperator?: boolean } = {}) => {
  try {
    checkWhere(where, fields, 'number', options)
    return null
  } catch (err) {
    return { status: (err as { status?: number }).status, message: (err as Error).message }
  }
}

describe('checkWhere', () => {
  it('keeps the filters people write', () => {
    expect(refused({ title: { like: 'Điều 3' } })).toBeNull()
    expect(refused({ publishedAt: { greater_than: '2026-11-24' }, site: { in: '1,2' } })).toBeNull()
    expect(refused({ site: { equals: '' }, size: { like: '12' }, _status: { equals: 'published' } })).toBeNull()
    expect(refused({ state: { in: 'draft,approved' }, and: [{ state: { not_equals: 'draft' } }, { state: { exists: 'false' } }] })).toBeNull()
    expect(refused({ user: { equals: { relationTo: 'users', value: '3' } } })).toBeNull()
    expect(refused({ 'user.value': { in: [1, 2] }, 'user.relationTo': { equals: 'users' } })).toBeNull()
    expect(refused({ user: { exists: 'true' } })).toBeNull()
    expect(refused({ or: [{ 'layout.blockType': { equals: 'x' } }] })).toBeNull()
    // JSON and rich text: what the admin's filter offers (exists), equality on a key inside JSON.
    expect(refused({ headers: { exists: 'true' }, body: { exists: 'false' } })).toBeNull()
    expect(refused({ 'headers.List-Unsubscribe': { equals: 'x' }, 'answer.detail.a.b': { not_equals: '1' }, 'headers.c': { exists: 'true' } })).toBeNull()
  })

  it('answers 400 in Vietnamese and English for filters the database would fail on', () => {
    for (const where of [
      { site: { all: '2' } }, // the SQL adapters have no `all`
      { title: { all: 'x' } },
      { user: { less_than: 'A' } }, // a relationship to several collections, compared as one value
      { user: { equals: 'x' } },
      { user: { equals: { relationTo: 'nope', value: 1 } } },
      { 'user.value': { equals: 'x' } },
      { layout: { exists: 'true' } }, // a blocks field as a whole
      { layout: { contains: 'valueOf' } },
      { publishedAt: { not_like: 'junk' } }, // a text search on a date with no date
      { site: { like: 'junk' } },
      { publishedAt: { like: '2026' } }, // no text search on dates, booleans, options (PostgreSQL fails)
      { state: { contains: 'dra' } },
      { size: { contains: '-592199904' } }, // no ILIKE on a number (PostgreSQL fails; seen by the fuzzer)
      { size: { not_like: '12' } },
      { state: { equals: 'x' } }, // an enum on PostgreSQL takes its options only
      { state: { in: 'draft,' } },
      { _status: { equals: 'x' } },
      // JSON and rich text as a whole: no text search on jsonb (PostgreSQL fails; seen by the fuzzer)
      { headers: { contains: '' } },
      { headers: { like: 'x' } },
      { body: { not_like: 'x' } },
      { body: { equals: 'x' } },
      { 'body.root': { exists: 'true' } }, // inside a rich text tree: nothing (SQLite fails on all)
      { 'body.root.children.text': { equals: 'x' } },
      { 'headers.a': { in: 'x' } }, // inside JSON: only equality and exists
      { 'headers.a': { greater_than: '1' } },
      { 'headers.a': { contains: 'x' } },
      { 'headers.a': { like: '+' } }, // a regular expression on PostgreSQL
      { 'headers.0': { equals: 'x' } }, // a list position (PostgreSQL fails)
      { 'answer.detail.a.1': { equals: 'x' } },
      { 'headers.a': { equals: { b: 1 } } },
    ]) {
      const problem = refused(where)
      expect(problem, JSON.stringify(where)).not.toBeNull()
      expect(problem!.status).toBe(400)
      expect(problem!.message).toMatch(/ \/ /)
    }
  })

  it('lets `all` through where the database has it (MongoDB)', () => {
    expect(refused({ title: { all: 'x' } }, { allOperator: true })).toBeNull()
  })
})

describe('idLooksRight', () => {
  it('takes serial ids up to 2,147,483,647 (PostgreSQL serial), ObjectIds on MongoDB', () => {
    for (const id of [1, '1', '2147483647', 2147483647]) expect(idLooksRight(id, 'number'), String(id)).toBe(true)
    for (const id of [0, '0', -1, 1.5, '1.5', 'abc', '2147483648', 2147483648, '99999999999', '9'.repeat(40), '', ' ']) expect(idLooksRight(id, 'number'), String(id)).toBe(false)
    expect(idLooksRight('5f1d7a9e8c1b2a3d4e5f6a7b', 'objectid')).toBe(true)
    expect(idLooksRight('12', 'objectid')).toBe(false)
  })
})

describe('the shape of a document body', () => {
  it('is checked field by field before any hook reads it', async () => {
    const { checkBody } = await import('./queryCheck')
    const body = [
      { name: 'domains', type: 'text', hasMany: true },
      { name: 'level', type: 'select', options: ['a'] },
      { name: 'contact', type: 'group', flattenedFields: [{ name: 'phones', type: 'array', flattenedFields: [{ name: 'n', type: 'text' }] }] },
    ] as unknown as FlattenedField[]
    const problem = (data: Record<string, unknown>) => {
      try {
        checkBody(data, body)
        return null
      } catch (err) {
        return `${(err as { status?: number }).status} ${(err as Error).message}`
      }
    }
    expect(problem({ domains: ['a.gov.vn'], level: 'a', contact: { phones: [{ n: '1' }] } })).toBeNull()
    expect(problem({ domains: 1 })).toMatch(/^400 "domains" phải là một danh sách văn bản\. \/ "domains" must be a list of texts\.$/)
    expect(problem({ level: {} })).toMatch(/^400 "level"/)
    expect(problem({ contact: null })).toMatch(/^400 "contact"/)
    expect(problem({ contact: { phones: [{ n: {} }] } })).toMatch(/^400 "contact\.phones\.0\.n"/)
    expect(problem({ contact: { phones: null } })).toMatch(/^400 "contact\.phones" phải là một danh sách các mục/)
    expect(problem({ contact: { phones: 'x' } })).toMatch(/^400 "contact\.phones"/)
  })

  it('accepts what the admin sends for an empty list of rows: its row count, 0', async () => {
    const { checkBody } = await import('./queryCheck')
    const fields = [{ name: 'history', type: 'array', flattenedFields: [{ name: 'at', type: 'date' }] }] as unknown as FlattenedField[]
    expect(() => checkBody({ history: 0 }, fields)).not.toThrow()
    expect(() => checkBody({ history: -1 }, fields)).toThrow(/"history"/)
    expect(() => checkBody({ history: 0.5 }, fields)).toThrow(/"history"/)
  })
})
