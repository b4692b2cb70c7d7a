import { describe, expect, it } from 'vitest'

import type { SiteTree } from '../../cms/src/lib/hierarchy'
import { type LegalData, legalContentOf } from './export'

// Ministry 1 above province 2 above commune 3; department 4 beside the commune, under 2.
const tree: SiteTree = {
  parentOf: new Map([['1', null], ['2', '1'], ['3', '2'], ['4', '2']]),
  childrenOf: new Map([['1', ['2']], ['2', ['3', '4']]]),
}

const file = (filename: string) => ({ url: `/api/legal-files/file/${filename}`, filename, mimeType: 'application/pdf', filesize: 2048, title: filename })

function document(n: number, site: number, extra: Record<string, unknown> = {}) {
  return {
    id: n,
    _status: 'published',
    slug: `${n}-2026-qd-ubnd`,
    number: `${n}/2026/QĐ-UBND`,
    documentType: 'quyet-dinh',
    summary: `Quyết định ${n}`,
    issuingBody: 'UBND',
    issueDate: '2026-01-05T12:00:00.000Z',
    site,
    updatedAt: '2026-01-05T12:00:00.000Z',
    ...extra,
  }
}

function data(): LegalData {
  return {
    documents: [
      document(1, 2, { attachments: [{ file: file('qd-1.pdf'), label: 'Bản PDF' }] }),
      document(2, 1, { sharedWith: [{ id: 3 }] }),
      document(3, 1, { shareWithSubordinates: true }),
      document(4, 4, { shareWithSubordinates: true }),
      document(5, 4),
    ],
    procedures: [{ id: 7, slug: '1-000001', code: '1.000001', name: 'Thủ tục', levels: ['xa'], field: 'Hộ tịch', implementingAgency: 'UBND xã', site: 3, dossier: [{ name: 'Tờ khai', form: file('to-khai.docx'), originals: 1, copies: 0 }], updatedAt: '2026-01-01T00:00:00.000Z' }],
    consultations: [
      { id: 9, slug: 'du-thao', title: 'Dự thảo', draftingUnit: 'UBND xã', opensAt: '2026-01-01T00:00:00.000Z', closesAt: '2099-01-01T00:00:00.000Z', site: 3, draftFiles: [{ file: file('du-thao.pdf') }], updatedAt: '2026-01-01T00:00:00.000Z' },
    ],
    comments: new Map([['9', [{ name: 'Người dân', organisation: null, comment: 'Góp ý', article: null, createdAt: '2026-01-02T00:00:00.000Z', email: 'nguoi.dan@example.vn' }]]]),
    siteSlugs: new Map([['1', 'bo'], ['2', 'tinh'], ['3', 'xa'], ['4', 'so']]),
  }
}

describe('the legal content of one portal', () => {
  it('takes its own documents and those shared with it, listed or by a portal above it', () => {
    const commune = legalContentOf(data(), 3, tree)
    expect(commune.legalDocuments.map((d) => d.number).sort()).toEqual(['2/2026/QĐ-UBND', '3/2026/QĐ-UBND'])
    const province = legalContentOf(data(), 2, tree)
    // Shared "with everything below" by the ministry; the department's documents are beside it.
    expect(province.legalDocuments.map((d) => d.number).sort()).toEqual(['1/2026/QĐ-UBND', '3/2026/QĐ-UBND'])
    expect(province.otherSites).toEqual(new Set(['1']))
  })

  it('points files at the portal’s own copy and lists them for the release', () => {
    const province = legalContentOf(data(), 2, tree)
    expect(province.legalDocuments.find((d) => d.number === '1/2026/QĐ-UBND')!.attachments[0]).toMatchObject({ url: '/tep/qd-1.pdf', label: 'Bản PDF' })
    const commune = legalContentOf(data(), 3, tree)
    expect(commune.procedures[0]!.dossier[0]!.form!.url).toBe('/tep/to-khai.docx')
    expect(commune.consultations[0]!.draftFiles[0]!.url).toBe('/tep/du-thao.pdf')
    expect(commune.files).toEqual(new Set(['to-khai.docx', 'du-thao.pdf']))
  })

  it('publishes a comment with its name and text, never its email', () => {
    const commune = legalContentOf(data(), 3, tree)
    expect(commune.consultations[0]!.comments).toEqual([{ name: 'Người dân', organisation: null, comment: 'Góp ý', article: null, createdAt: '2026-01-02T00:00:00.000Z' }])
    expect(JSON.stringify(commune)).not.toContain('nguoi.dan@example.vn')
  })
})
