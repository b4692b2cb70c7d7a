import { describe, expect, it } from 'vitest'

import { MANDATORY_SECTIONS } from '../../cms/src/contracts/sections'
import { parseComplianceQuery } from './endpoint'
import { type ComplianceRow, filterRows, sortRows } from './report'

function row(slug: string, name: string, over: Partial<ComplianceRow> = {}): ComplianceRow {
  return {
    id: slug,
    name,
    slug,
    level: 'xa',
    parent: null,
    sections: MANDATORY_SECTIONS.map((s) => ({ key: s.key, present: true, lastUpdate: '2026-11-01T00:00:00.000Z', days: 1, stale: false })),
    missing: 0,
    stale: 0,
    score: 100,
    lastPublishedAt: null,
    daysSincePublish: 1,
    brokenLinks: null,
    a11yIssues: null,
    overdueReviews: 0,
    checksBuildId: null,
    lastBuild: null,
    queuedBuilds: 0,
    ...over,
  }
}

const rows = [
  row('xa-an', 'Xã An', { missing: 2, daysSincePublish: 3, brokenLinks: 4 }),
  row('xa-binh', 'Xã Bình', { missing: 1, stale: 1, daysSincePublish: 40, level: 'tinh' }),
  row('xa-dong', 'Xã Đông', { missing: 0, daysSincePublish: null, brokenLinks: 0 }),
  row('xa-cam', 'Xã Cẩm', { missing: 2, daysSincePublish: 10 }),
]
const slugs = (list: ComplianceRow[]) => list.map((r) => r.slug)

describe('sortRows', () => {
  it('puts the most missing plus stale first, then the longest without publishing', () => {
    expect(slugs(sortRows(rows, 'priority', 'desc'))).toEqual(['xa-binh', 'xa-cam', 'xa-an', 'xa-dong'])
  })

  it('sorts names without their accents (Đ with D), both ways', () => {
    expect(slugs(sortRows(rows, 'name', 'asc'))).toEqual(['xa-an', 'xa-binh', 'xa-cam', 'xa-dong'])
    expect(slugs(sortRows(rows, 'name', 'desc'))).toEqual(['xa-dong', 'xa-cam', 'xa-binh', 'xa-an'])
  })

  it('keeps unknown values last in both directions, and never-published as the oldest', () => {
    expect(slugs(sortRows(rows, 'brokenLinks', 'desc')).slice(0, 2)).toEqual(['xa-an', 'xa-dong'])
    expect(slugs(sortRows(rows, 'brokenLinks', 'asc')).slice(0, 2)).toEqual(['xa-dong', 'xa-an'])
    expect(slugs(sortRows(rows, 'daysSincePublish', 'desc'))[0]).toBe('xa-dong')
  })
})

describe('filterRows', () => {
  it('matches names and slugs without accents, and one level', () => {
    expect(slugs(filterRows(rows, { q: 'dong' }))).toEqual(['xa-dong'])
    expect(slugs(filterRows(rows, { q: 'XÃ CẨM' }))).toEqual(['xa-cam'])
    expect(slugs(filterRows(rows, { level: 'tinh' }))).toEqual(['xa-binh'])
  })
})

describe('parseComplianceQuery', () => {
  it('defaults to attention first, and names that sort A→Z', () => {
    expect(parseComplianceQuery({})).toEqual({ sort: 'priority', dir: 'desc', level: undefined, q: undefined, fresh: false })
    expect(parseComplianceQuery({ sort: 'name' })).toMatchObject({ sort: 'name', dir: 'asc' })
    expect(parseComplianceQuery({ sort: 'section:tin-tuc', dir: 'desc', level: 'xa', q: 'thạch', fresh: '1' })).toEqual({
      sort: 'section:tin-tuc',
      dir: 'desc',
      level: 'xa',
      q: 'thạch',
      fresh: true,
    })
  })

  it('explains what is wrong, in Vietnamese and English', () => {
    expect(parseComplianceQuery({ sort: 'section:khong-co' })).toMatchObject({ error: expect.stringMatching(/không hợp lệ.*Unknown sort column/) })
    expect(parseComplianceQuery({ level: 'huyen' })).toMatchObject({ error: expect.stringMatching(/Cấp "huyen".*Unknown level/) })
    expect(parseComplianceQuery({ dir: ['asc', 'desc'] })).toMatchObject({ error: expect.stringMatching(/một giá trị.*single value/) })
    expect(parseComplianceQuery({ fresh: 'yes' })).toMatchObject({ error: expect.stringMatching(/fresh/) })
  })
})
