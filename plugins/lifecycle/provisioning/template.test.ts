import { describe, expect, it } from 'vitest'

import { MANDATORY_SECTIONS } from '../../../cms/src/contracts/sections'
import { REFUSED_PAGE_SLUGS } from '../../../cms/src/contracts/portal'
import { starterCategories, starterMenus, starterPages, type PortalFacts } from './template'

const facts: PortalFacts = {
  name: 'Trang thông tin điện tử xã Thạch Lạc',
  nameEn: 'Thach Lac Commune',
  level: 'xa',
  unitCode: '18001',
  domains: ['thachlac.hatinh.gov.vn'],
  parent: { name: 'Cổng thông tin điện tử tỉnh Hà Tĩnh', nameEn: 'Ha Tinh Provincial Portal', url: 'https://hatinh.gov.vn/' },
}

const textOf = (value: unknown): string => JSON.stringify(value)

describe('the starter content of a new portal', () => {
  it('has one page or category per mandatory section, tagged with its key', () => {
    const keys = [...starterPages(facts).map((p) => p.section), ...starterCategories().map((c) => c.section)].sort()
    expect(keys).toEqual(MANDATORY_SECTIONS.map((s) => s.key).sort())
    for (const p of starterPages(facts)) expect(REFUSED_PAGE_SLUGS).not.toContain(p.slug)
  })

  it('writes the introduction, leaders and contacts in Vietnamese and English from the given facts', () => {
    const pages = starterPages(facts)
    const english = pages.filter((p) => p.en).map((p) => p.section)
    expect(english.sort()).toEqual(['gioi-thieu', 'lanh-dao', 'lien-he'])
    const intro = pages.find((p) => p.section === 'gioi-thieu')!
    expect(textOf(intro.vi.layout)).toContain('Trang thông tin điện tử xã Thạch Lạc')
    expect(textOf(intro.vi.layout)).toContain('18001')
    expect(textOf(intro.vi.layout)).toContain('Cổng thông tin điện tử tỉnh Hà Tĩnh')
    expect(textOf(intro.en!.layout)).toContain('Thach Lac Commune')
    expect(textOf(intro.en!.layout)).toContain('https://thachlac.hatinh.gov.vn')
  })

  it('says what is still missing instead of inventing facts', () => {
    for (const p of starterPages(facts)) {
      if (p.en) {
        expect(textOf(p.vi.layout)).toMatch(/đang được cập nhật/)
        expect(textOf(p.en.layout)).toMatch(/being prepared/)
      }
      expect(textOf(p)).not.toMatch(/\d{3,4} \d{3} \d{3,4}/) // no made-up phone numbers
      expect(textOf(p)).not.toMatch(/@/) // nor email addresses
    }
  })

  it('builds header and footer menus in both languages that point at the sections', () => {
    const menus = starterMenus(facts)
    const paths = new Set([...starterPages(facts).map((p) => `/${p.slug}/`), ...starterCategories().map((c) => `/chuyen-muc/${c.slug}/`), '/', '/tin-tuc/', '/en/'])
    for (const link of [...menus.vi.header, ...menus.vi.footer]) {
      if (!link.url.startsWith('https://')) expect(paths, link.url).toContain(link.url)
    }
    expect(menus.vi.header[0]).toEqual({ label: 'Trang chủ', url: '/' })
    expect(menus.vi.footer).toContainEqual({ label: facts.parent!.name, url: 'https://hatinh.gov.vn/' })
    for (const link of [...menus.en.header, ...menus.en.footer]) expect(link.url).toMatch(/^(\/en\/|https:\/\/)/)
    expect(menus.vi.header.length + menus.vi.footer.length).toBeLessThanOrEqual(30)
  })
})
