import { describe, expect, it } from 'vitest'

import { LEGAL_DOCUMENT_TYPE_LABELS, type LegalDocumentType } from '../../cms/src/contracts/legal'
import { checkNumberType, checkNumberYear, duplicateKey, guessDocumentType, legalSlug, parseLegalNumber, type ParsedNumber } from './number'

function parse(input: string): ParsedNumber {
  const result = parseLegalNumber(input)
  if (!result.ok) throw new Error(result.error.en)
  return result.value
}

const typeError = (input: string, type: LegalDocumentType) => checkNumberType(parse(input), type, LEGAL_DOCUMENT_TYPE_LABELS[type])

describe('parseLegalNumber', () => {
  it.each([
    ['42/2022/NĐ-CP', { number: '42', year: 2022, typeCode: 'NĐ', issuerCode: 'CP', unitCode: null, canonical: '42/2022/NĐ-CP' }],
    ['766/QĐ-TTg', { number: '766', year: null, typeCode: 'QĐ', issuerCode: 'TTg', unitCode: null, canonical: '766/QĐ-TTg' }],
    ['5901/BTTTT-CĐSQG', { number: '5901', year: null, typeCode: null, issuerCode: 'BTTTT', unitCode: 'CĐSQG', canonical: '5901/BTTTT-CĐSQG' }],
    ['67/2006/QH11', { number: '67', year: 2006, typeCode: null, issuerCode: 'QH11', unitCode: null, canonical: '67/2006/QH11' }],
    ['36a/NQ-CP', { number: '36a', year: null, typeCode: 'NQ', issuerCode: 'CP', unitCode: null, canonical: '36a/NQ-CP' }],
    ['19-2017/NQ-CP', { number: '19', year: 2017, typeCode: 'NQ', issuerCode: 'CP', unitCode: null, canonical: '19-2017/NQ-CP' }],
    ['22/2023/TT-BTTTT', { number: '22', year: 2023, typeCode: 'TT', issuerCode: 'BTTTT', unitCode: null, canonical: '22/2023/TT-BTTTT' }],
    ['1660/NQ-UBTVQH15', { number: '1660', year: null, typeCode: 'NQ', issuerCode: 'UBTVQH15', unitCode: null, canonical: '1660/NQ-UBTVQH15' }],
    ['03/VBHN-VPQH', { number: '03', year: null, typeCode: 'VBHN', issuerCode: 'VPQH', unitCode: null, canonical: '03/VBHN-VPQH' }],
    ['128/2025/QĐ-UBND', { number: '128', year: 2025, typeCode: 'QĐ', issuerCode: 'UBND', unitCode: null, canonical: '128/2025/QĐ-UBND' }],
  ])('reads %s', (input, expected) => {
    expect(parse(input)).toMatchObject(expected)
  })

  it.each([
    ['42/2022/ND-CP', '42/2022/NĐ-CP'],
    ['42 / 2022 / nđ-cp', '42/2022/NĐ-CP'],
    ['42/2022/NĐCP', '42/2022/NĐ-CP'],
    ['42/2022/NDCP', '42/2022/NĐ-CP'],
    ['01 /2018/TT-VPCP', '01/2018/TT-VPCP'],
    ['1/2018/TT-VPCP', '01/2018/TT-VPCP'],
    ['766/qd-ttg', '766/QĐ-TTg'],
    ['766/QĐ-TTG', '766/QĐ-TTg'],
    ['16/CTTTG', '16/CT-TTg'],
    ['36A/NQ-CP', '36a/NQ-CP'],
    ['12/2024/NQ-HDND', '12/2024/NQ-HĐND'],
    ['Số 42/2022/NĐ–CP', '42/2022/NĐ-CP'],
    ['42/2022/\u00d0-CP'.replace('\u00d0', 'N\u00d0'), '42/2022/NĐ-CP'],
    ['42/2022/Nđ-CP'.normalize('NFD'), '42/2022/NĐ-CP'],
  ])('normalises %s to %s', (input, canonical) => {
    expect(parse(input).canonical).toBe(canonical)
  })

  it('keeps issuers that merely start like a type code', () => {
    expect(parse('12/BTTTT-VP').issuerCode).toBe('BTTTT')
    expect(parse('5/BTTTT').symbol).toBe('BTTTT')
  })

  it.each(['', '42', 'NĐ-CP', '42/2022/', '42/2022/NĐ_CP', 'abc/2022/NĐ-CP', '19-2017/2017/NQ-CP', '42//NĐ-CP'])('refuses %j with a message in both languages', (input) => {
    const result = parseLegalNumber(input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.vi.length).toBeGreaterThan(5)
      expect(result.error.en.length).toBeGreaterThan(5)
    }
  })
})

describe('checkNumberType', () => {
  it.each<[string, LegalDocumentType]>([
    ['42/2022/NĐ-CP', 'nghi-dinh'],
    ['766/QĐ-TTg', 'quyet-dinh'],
    ['43/2008/QĐ-TTg', 'quyet-dinh'],
    ['67/2006/QH11', 'luat'],
    ['202/2025/QH15', 'nghi-quyet'],
    ['36a/NQ-CP', 'nghi-quyet'],
    ['19-2017/NQ-CP', 'nghi-quyet'],
    ['22/2023/TT-BTTTT', 'thong-tu'],
    ['5901/BTTTT-CĐSQG', 'cong-van'],
    ['16/CT-TTg', 'chi-thi'],
    ['03/VBHN-VPQH', 'van-ban-hop-nhat'],
  ])('accepts %s as %s', (input, type) => {
    expect(typeError(input, type)).toBeNull()
  })

  it('refuses a Nghị định numbered like a Quyết định, naming both', () => {
    const error = typeError('766/QĐ-TTg', 'nghi-dinh')
    expect(error?.vi).toBe('Số ký hiệu 766/QĐ-TTg là của Quyết định, không phải Nghị định (cần dạng …/2022/NĐ-CP).')
    expect(error?.en).toContain('not of a decree')
  })

  it.each<[string, LegalDocumentType]>([
    ['42/2022/NĐ-CP', 'thong-tu'],
    ['67/2006/QH11', 'nghi-dinh'],
    ['22/2023/TT-BTTTT', 'luat'],
    ['766/QĐ-TTg', 'cong-van'],
    ['5901/BTTTT-CĐSQG', 'quyet-dinh'],
  ])('refuses %s as %s', (input, type) => {
    expect(typeError(input, type)).not.toBeNull()
  })

  it('lets a constitution or treaty have any number', () => {
    expect(typeError('42/2022/NĐ-CP', 'dieu-uoc-quoc-te')).toBeNull()
  })
})

describe('checkNumberYear', () => {
  it('accepts a matching year and numbers without a year', () => {
    expect(checkNumberYear(parse('42/2022/NĐ-CP'), '2022-06-24')).toBeNull()
    expect(checkNumberYear(parse('19-2017/NQ-CP'), '2017-02-06')).toBeNull()
    expect(checkNumberYear(parse('766/QĐ-TTg'), '2022-06-23')).toBeNull()
  })

  it('refuses a year that differs from the issue date', () => {
    expect(checkNumberYear(parse('42/2022/NĐ-CP'), '2021-12-31')?.vi).toBe('Năm trong số ký hiệu (2022) khác năm ban hành (2021).')
  })
})

describe('slugs, keys and type guesses', () => {
  it('derives a stable slug from the number, adding the year when the number has none', () => {
    expect(legalSlug(parse('42/2022/NĐ-CP'), 2022)).toBe('42-2022-nd-cp')
    expect(legalSlug(parse('42/2022/nd-cp'), 2022)).toBe('42-2022-nd-cp')
    expect(legalSlug(parse('766/QĐ-TTg'), 2022)).toBe('766-qd-ttg-2022')
    expect(legalSlug(parse('19-2017/NQ-CP'), 2017)).toBe('19-2017-nq-cp')
    expect(legalSlug(parse('5901/BTTTT-CĐSQG'), 2023)).toBe('5901-btttt-cdsqg-2023')
  })

  it('treats two spellings of one issuer as one', () => {
    expect(duplicateKey('42-2022-nd-cp', 'Chính phủ')).toBe(duplicateKey('42-2022-nd-cp', '  chính  Phủ '))
    expect(duplicateKey('128-2025-qd-ubnd', 'UBND tỉnh Hà Tĩnh')).not.toBe(duplicateKey('128-2025-qd-ubnd', 'UBND tỉnh Thanh Hóa'))
  })

  it('guesses the type from the number', () => {
    expect(guessDocumentType(parse('42/2022/NĐ-CP'))).toBe('nghi-dinh')
    expect(guessDocumentType(parse('67/2006/QH11'))).toBe('luat')
    expect(guessDocumentType(parse('5901/BTTTT-CĐSQG'))).toBe('cong-van')
  })
})
