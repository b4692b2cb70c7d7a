import { describe, expect, it } from 'vitest'

import { type KnownSite, suggestSlug, validateRows, type ValidationContext } from './validate'

const site = (id: number, slug: string, level: KnownSite['level'], extra: Partial<KnownSite> = {}): KnownSite => ({
  id,
  slug,
  name: slug,
  domains: [],
  level,
  status: 'active',
  unitCode: null,
  parent: null,
  ...extra,
})

const ctx: ValidationContext = {
  sites: [
    site(1, 'ha-tinh', 'tinh', { domains: ['hatinh.gov.vn'], unitCode: '42' }),
    site(2, 'so-khcn-ha-tinh', 'truc-thuoc', { parent: 1, domains: ['skhcn.hatinh.gov.vn'] }),
    site(3, 'xa-thach-ha', 'xa', { parent: 1, unitCode: '18562', domains: ['thachha.hatinh.gov.vn'] }),
    site(4, 'bo-khcn', 'trung-uong'),
    site(5, 'huyen-cu', 'truc-thuoc', { parent: 1, status: 'archived' }),
  ],
  themes: ['default'],
  hostSuffix: 'localhost',
  platformHosts: ['localhost', 'cms.gov.vn'],
}

const commune = { name: 'Trang thông tin điện tử xã Thạch Lạc', slug: 'xa-thach-lac', domain: 'thachlac.hatinh.gov.vn', level: 'xa', parent: 'ha-tinh', unitCode: '18001' }
const one = (values: Record<string, unknown>, allowExisting = false) => validateRows([{ line: 2, values }], ctx, { allowExisting })[0]!
const fields = (values: Record<string, unknown>) => one(values).problems.map((p) => p.field)

describe('validating a new portal', () => {
  it('accepts a commune under its province and fills the defaults', () => {
    const row = one({ ...commune, adminEmail: ' QuanTri@ThachLac.HaTinh.gov.vn ' })
    expect(row.problems).toEqual([])
    expect(row.request).toMatchObject({ slug: 'xa-thach-lac', domains: ['thachlac.hatinh.gov.vn'], theme: 'default', adminEmail: 'quantri@thachlac.hatinh.gov.vn', nameEn: null })
  })

  it('refuses bad slugs, with the reason in Vietnamese and English', () => {
    for (const slug of ['Xa_Thach_Lac', 'xã-thạch-lạc', '-xa', 'xa--a', 'a'.repeat(64), 'admin', '']) {
      const row = one({ ...commune, slug })
      expect(row.problems.map((p) => p.field)).toContain('slug')
      expect(row.problems[0]!.message).toMatch(/ \/ /)
    }
  })

  it('refuses existing slugs, domains and unit codes', () => {
    expect(fields({ ...commune, slug: 'xa-thach-ha' })).toEqual(['slug'])
    expect(fields({ ...commune, domain: 'THACHHA.hatinh.gov.vn' })).toEqual(['domain'])
    expect(fields({ ...commune, unitCode: '18562' })).toEqual(['unitCode'])
  })

  it('checks domain syntax', () => {
    for (const domain of ['https://thachlac.hatinh.gov.vn', 'thachlac.hatinh.gov.vn/tin-tuc', 'thachlac', 'thạchlạc.gov.vn', 'a..gov.vn', 'thachlac.hatinh.gov.vn:8080', 'xa.localhost', 'cms.gov.vn', '']) {
      expect(fields({ ...commune, domain }), domain).toContain('domain')
    }
    expect(fields({ ...commune, domain: 'thachlac.hatinh.gov.vn, xn--thchlc-7va.gov.vn' })).toEqual([])
  })

  it('warns, without refusing, about a domain outside .gov.vn and a name another site has', () => {
    const row = one({ ...commune, domain: 'thachlac.example.vn' })
    expect(row.problems).toEqual([])
    expect(row.warnings.map((w) => w.field)).toEqual(['domain'])
    expect(one({ ...commune, name: 'XA-THACH-HA' }).warnings.map((w) => w.field)).toEqual(['name'])
  })

  it('suggests a short slug without the generic "Trang thông tin điện tử" prefix', () => {
    expect(suggestSlug('Trang thông tin điện tử xã Thạch Lạc')).toBe('xa-thach-lac')
    expect(suggestSlug('Cổng thông tin điện tử tỉnh Hà Tĩnh')).toBe('tinh-ha-tinh')
    expect(suggestSlug('Sở Nội vụ')).toBe('so-noi-vu')
  })

  it('keeps levels and parents consistent with the two-tier local government (§5)', () => {
    expect(fields({ ...commune, parent: undefined })).toEqual(['parent'])
    expect(fields({ ...commune, parent: 'so-khcn-ha-tinh' })).toEqual(['parent']) // a commune under a department
    expect(fields({ ...commune, parent: 'bo-khcn' })).toEqual(['parent']) // a commune under a ministry
    expect(fields({ ...commune, parent: 'khong-co' })).toEqual(['parent'])
    expect(fields({ ...commune, parent: 'huyen-cu' })).toEqual(['parent']) // archived
    expect(fields({ ...commune, level: 'huyen' })).toContain('level')
    expect(fields({ name: 'Tỉnh Mới', slug: 'tinh-moi', domain: 'moi.gov.vn', level: 'tinh', parent: 'bo-khcn', unitCode: '01' })).toEqual(['parent'])
    expect(fields({ name: 'Sở Tư pháp', slug: 'so-tu-phap', domain: 'stp.hatinh.gov.vn', level: 'truc-thuoc', parent: 'ha-tinh' })).toEqual([])
    expect(fields({ name: 'Cục Thống kê', slug: 'cuc-tk', domain: 'tk.gov.vn', level: 'truc-thuoc', parent: 'bo-khcn' })).toEqual([])
  })

  it('checks unit codes against the level (QĐ 19/2025/QĐ-TTg)', () => {
    expect(fields({ ...commune, unitCode: '123' })).toEqual(['unitCode'])
    expect(fields({ name: 'Tỉnh', slug: 'tinh-x', domain: 'x.gov.vn', level: 'tinh', unitCode: '99' })).toEqual(['unitCode'])
    expect(fields({ name: 'Tỉnh', slug: 'tinh-x', domain: 'x.gov.vn', level: 'tinh', unitCode: '01' })).toEqual([])
    expect(fields({ name: 'Sở Nội vụ', slug: 'so-x', domain: 's.x.gov.vn', level: 'truc-thuoc', parent: 'ha-tinh', unitCode: '18001' })).toEqual(['unitCode'])
  })

  it('lets later rows use earlier rows as parents and reports duplicates by line', () => {
    const rows = validateRows(
      [
        { line: 2, values: { name: 'Tỉnh Mới', slug: 'tinh-moi', domain: 'moi.gov.vn', level: 'tinh', unitCode: '01' } },
        { line: 3, values: { name: 'Xã Một', slug: 'xa-mot', domain: 'mot.moi.gov.vn', level: 'xa', parent: 'tinh-moi' } },
        { line: 4, values: { name: 'Xã Hai', slug: 'xa-mot', domain: 'mot.moi.gov.vn', level: 'xa', parent: 'tinh-moi' } },
        { line: 5, values: { name: 'Xã Ba', slug: 'xa-ba', domain: 'ba.moi.gov.vn', level: 'xa', parent: 'xa-chua-co' } },
        { line: 6, values: { name: 'Xã Bốn', slug: 'xa-bon', domain: 'bon.moi.gov.vn', level: 'xa', parent: 'xa-sau' } },
        { line: 7, values: { name: 'Xã Sáu', slug: 'xa-sau', domain: 'sau.moi.gov.vn', level: 'xa', parent: 'tinh-moi' } },
      ],
      ctx,
    )
    expect(rows.map((r) => r.problems.map((p) => p.field))).toEqual([[], [], ['slug', 'domain'], ['parent'], ['parent'], []])
    expect(rows[2]!.problems[0]!.message).toContain('dòng 3')
  })

  it('on a re-run, updates existing slugs instead of refusing them', () => {
    const row = one({ name: 'Xã Thạch Hà', slug: 'xa-thach-ha', domain: 'thachha.hatinh.gov.vn', level: 'xa', parent: 'ha-tinh', unitCode: '18562' }, true)
    expect(row.problems).toEqual([])
    expect(row.existing?.id).toBe(3)
    expect(one({ name: 'Huyện cũ', slug: 'huyen-cu', domain: 'cu.hatinh.gov.vn', level: 'truc-thuoc', parent: 'ha-tinh' }, true).problems.map((p) => p.field)).toEqual(['slug'])
  })
})
