import { describe, expect, it } from 'vitest'

import { foldDiacritics, normalizeStrings, slugify } from './text'

describe('Vietnamese text helpers', () => {
  it('makes ASCII slugs from Vietnamese titles, folding đ', () => {
    expect(slugify('Đẩy mạnh chuyển đổi số ở Hà Tĩnh')).toBe('day-manh-chuyen-doi-so-o-ha-tinh')
    expect(slugify('  Nghị định 42/2022/NĐ-CP  ')).toBe('nghi-dinh-42-2022-nd-cp')
  })

  it('folds NFD input the same as NFC input', () => {
    const nfd = 'Việt Nam'.normalize('NFD')
    expect(foldDiacritics(nfd)).toBe('Viet Nam')
    expect(slugify(nfd)).toBe('viet-nam')
  })

  it('cuts long slugs on a word boundary', () => {
    const slug = slugify('Tăng cường ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn 2026 đến 2030', 40)
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(slug.endsWith('-')).toBe(false)
  })

  it('normalises nested strings to NFC', () => {
    const value = normalizeStrings({ a: 'Thủy'.normalize('NFD'), b: ['Đà Nẵng'.normalize('NFD')], n: 3 })
    expect(value.a).toBe('Thủy')
    expect(value.a.length).toBe(4)
    expect(value.b[0]).toBe('Đà Nẵng')
    expect(value.n).toBe(3)
  })
})
