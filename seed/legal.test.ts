import { describe, expect, it } from 'vitest'

import { LEGAL_DOCUMENT_TYPE_LABELS } from '../cms/src/contracts/legal'
import { isCalendarDate } from '../plugins/legal/dates'
import { checkNumberType, checkNumberYear, parseLegalNumber } from '../plugins/legal/number'
import { PROCEDURE_CODE } from '../plugins/legal/procedures'
import { seedConsultations } from './data/consultations'
import { seedSites } from './data/index'
import { seedLegalDocuments } from './data/legal-documents'
import { seedProcedures } from './data/procedures'

const sites = new Set(seedSites.map((s) => s.slug))
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []

describe('seeded legal documents', () => {
  it('are at least 40, each once', () => {
    expect(seedLegalDocuments.length).toBeGreaterThanOrEqual(40)
    expect(new Set(seedLegalDocuments.map((d) => d.number)).size).toBe(seedLegalDocuments.length)
  })

  it.each(seedLegalDocuments.map((d) => [d.number, d] as const))('%s has a canonical number that fits its type and year, and sane dates', (_n, d) => {
    const parsed = parseLegalNumber(d.number)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.value.canonical).toBe(d.number)
    expect(checkNumberType(parsed.value, d.type, LEGAL_DOCUMENT_TYPE_LABELS[d.type])).toBeNull()
    expect(checkNumberYear(parsed.value, d.issueDate)).toBeNull()
    expect(isCalendarDate(d.issueDate)).toBe(true)
    if (d.effectiveDate) {
      expect(isCalendarDate(d.effectiveDate)).toBe(true)
      expect(d.effectiveDate >= d.issueDate).toBe(true)
    }
    expect(sites.has(d.site)).toBe(true)
    for (const s of d.sharedWith ?? []) expect(sites.has(s)).toBe(true)
    for (const s of strings(d)) expect(s).toBe(s.normalize('NFC'))
  })

  it('relate only to older documents of the seed (or name external ones)', () => {
    const byNumber = new Map(seedLegalDocuments.map((d) => [d.number, d]))
    for (const d of seedLegalDocuments) {
      for (const r of d.relations ?? []) {
        if ('external' in r) continue
        const target = byNumber.get(r.number)
        expect(target, `${d.number} → ${r.number}`).toBeDefined()
        expect(target!.issueDate < d.issueDate, `${d.number} → ${r.number}`).toBe(true)
      }
    }
  })
})

describe('seeded procedures', () => {
  it('are at least 20, at every level, with national-format codes unique per site', () => {
    expect(seedProcedures.length).toBeGreaterThanOrEqual(20)
    for (const level of ['bo', 'tinh', 'xa'] as const) expect(seedProcedures.some((p) => p.levels.includes(level))).toBe(true)
    const keys = seedProcedures.map((p) => `${p.site}|${p.code}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const p of seedProcedures) {
      expect(p.code).toMatch(PROCEDURE_CODE)
      expect(sites.has(p.site)).toBe(true)
      expect(p.channels.length).toBeGreaterThan(0)
      expect(p.dossier.length).toBeGreaterThan(0)
      for (const basis of p.legalBasis) expect(parseLegalNumber(basis.split('|')[0]!).ok, basis).toBe(true)
    }
  })
})

describe('seeded consultations', () => {
  it('has one open and one closed consultation with a handling summary and approved comments', () => {
    const open = seedConsultations.find((c) => c.closesInDays > 0)
    const closed = seedConsultations.find((c) => c.closesInDays < 0)
    expect(open && open.opensInDays < 0).toBe(true)
    expect(closed?.handlingSummary?.length).toBeGreaterThan(0)
    expect(closed?.comments.filter((c) => c.moderation === 'approved').length).toBeGreaterThanOrEqual(2)
    for (const c of seedConsultations) {
      for (const comment of c.comments) {
        expect(comment.email).toMatch(/@example\.vn$/)
        if (comment.article) expect(c.articles.map((a) => a.ref)).toContain(comment.article)
      }
    }
  })
})
