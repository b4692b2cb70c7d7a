import { describe, expect, it } from 'vitest'

import { parseCsvRecords, parseSitesCsv } from './csv'

describe('the sites CSV', () => {
  it('reads quoted cells, doubled quotes, CRLF and an Excel byte-order mark', () => {
    const csv = '\ufeffname,slug,domain,level,parent,theme,unitCode,adminEmail\r\n"Xã ""Mới"", tỉnh Hà Tĩnh",xa-moi,moi.hatinh.gov.vn,xa,ha-tinh,,18001,\r\n'
    const { rows, problems } = parseSitesCsv(csv)
    expect(problems).toEqual([])
    expect(rows).toEqual([{ line: 2, values: { name: 'Xã "Mới", tỉnh Hà Tĩnh', slug: 'xa-moi', domain: 'moi.hatinh.gov.vn', level: 'xa', parent: 'ha-tinh', theme: '', unitCode: '18001', adminEmail: '' } }])
  })

  it('keeps the line numbers of the file, with multi-line cells and blank lines', () => {
    const records = parseCsvRecords('a,b\n"x\ny",1\n\nz,2\n', ',')
    expect(records.map((r) => r.line)).toEqual([1, 2, 5])
  })

  it('accepts semicolons (Excel in a Vietnamese locale) and header spellings', () => {
    const { rows, problems } = parseSitesCsv('Name;Slug;Domain;Level;Parent;unit_code;admin-email\nXã A;xa-a;a.gov.vn;xa;ha-tinh;18001;a@a.gov.vn\n')
    expect(problems).toEqual([])
    expect(rows[0]!.values).toMatchObject({ unitCode: '18001', adminEmail: 'a@a.gov.vn' })
  })

  it('reports unknown and missing columns and rows of the wrong width', () => {
    const { problems } = parseSitesCsv('name,slug,website,level\nA,a,b,xa,extra\n')
    expect(problems.map((p) => p.line)).toEqual([1, 1, 2])
    expect(problems[0]!.message).toContain('website')
    expect(problems[1]!.message).toContain('domain')
  })
})
