import { describe, expect, it } from 'vitest'

import {
  analyzeField,
  analyzeQuery,
  canonicalTone,
  documentKeys,
  exactForm,
  fold,
  foldText,
  hasDiacritics,
  normalize,
  parseDocumentNumber,
  telexCode,
  tokenize,
} from './analysis'

const terms = (text: string) => [...analyzeField(text).terms.keys()]
const queryTerms = (q: string) => analyzeQuery(q).terms.map((t) => t.term)

describe('normalisation', () => {
  it('gives NFC and NFD input the same form', () => {
    const nfc = 'Việt Nam'.normalize('NFC')
    const nfd = 'Việt Nam'.normalize('NFD')
    expect(nfd).not.toBe(nfc)
    expect(normalize(nfd)).toBe(normalize(nfc))
    expect(tokenize(nfd).map((t) => t.exact)).toEqual(['việt', 'nam'])
    expect(terms(nfd)).toEqual(terms(nfc))
  })

  it('lowercases and maps the look-alikes of đ (Ð U+00D0, ð U+00F0) to đ', () => {
    expect(normalize('ÐƯỜNG')).toBe('đường')
    expect(normalize('ðường')).toBe('đường')
  })

  it('folds diacritics and đ, which has no Unicode decomposition', () => {
    expect(fold('đường')).toBe('duong')
    expect(foldText('Đường Hòa Bình')).toBe('duong hoa binh')
    expect(foldText('ĐƯỜNG HOÀ BÌNH'.normalize('NFD'))).toBe('duong hoa binh')
  })

  it('tells text typed with diacritics from text typed without', () => {
    expect(hasDiacritics('dịch vụ công')).toBe(true)
    expect(hasDiacritics('đi')).toBe(true)
    expect(hasDiacritics('dich vu cong')).toBe(false)
  })
})

describe('tone-mark placement', () => {
  it.each([
    ['hòa', 'hoà'],
    ['hoà', 'hoà'],
    ['hòe', 'hoè'],
    ['khỏe', 'khoẻ'],
    ['thủy', 'thuỷ'],
    ['thuỷ', 'thuỷ'],
    ['tùy', 'tuỳ'],
  ])('puts the mark of %s on the second vowel of an open oa/oe/uy syllable (%s)', (input, canonical) => {
    expect(canonicalTone(input)).toBe(canonical)
  })

  it('puts it on the second vowel when a consonant closes the syllable', () => {
    expect(canonicalTone('hòan')).toBe('hoàn')
    expect(canonicalTone('toán')).toBe('toán')
    expect(canonicalTone('húynh')).toBe('huýnh')
  })

  it('puts it on the shaped vowel (ơ of ươ, ê of iê/yê, ô of uô)', () => {
    expect(canonicalTone('ngừơi')).toBe('người')
    expect(canonicalTone('được')).toBe('được')
    expect(canonicalTone('biển')).toBe('biển')
    expect(canonicalTone('thuyền')).toBe('thuyền')
    expect(canonicalTone('muốn')).toBe('muốn')
  })

  it('puts it on the first vowel of other open pairs and the middle of three', () => {
    expect(canonicalTone('muà')).toBe('mùa')
    expect(canonicalTone('bìa')).toBe('bìa')
    expect(canonicalTone('ngoaì')).toBe('ngoài')
    expect(canonicalTone('khuỷu')).toBe('khuỷu')
  })

  it('treats the u of qu and the i of gi as part of the initial', () => {
    expect(canonicalTone('qúy')).toBe('quý')
    expect(canonicalTone('quý')).toBe('quý')
    expect(canonicalTone('qủa')).toBe('quả')
    expect(canonicalTone('gìa')).toBe('già')
    expect(canonicalTone('giữ')).toBe('giữ')
    expect(canonicalTone('gì')).toBe('gì')
    expect(canonicalTone('gìn')).toBe('gìn')
  })

  it('leaves words that are not one Vietnamese syllable alone', () => {
    expect(canonicalTone('café')).toBe('café')
    expect(canonicalTone('cntt')).toBe('cntt')
  })

  it('makes "hoà" and "hòa", "thuỷ" and "thủy" the same exact term', () => {
    expect(terms('Khánh Hòa')).toEqual(terms('Khánh Hoà'))
    expect(terms('Luật Thủy lợi')).toEqual(terms('Luật Thuỷ lợi'))
    expect(exactForm('HÒA')).toBe('hoà')
  })
})

describe('tokens and terms', () => {
  it('indexes folded and exact forms of each syllable', () => {
    const t = terms('Đường')
    expect(t).toContain('duong')
    expect(t).toContain('=đường')
  })

  it('adds adjacent-syllable bigrams, but not across the end of a clause', () => {
    const t = terms('công nghệ thông tin. Hành chính')
    expect(t).toEqual(expect.arrayContaining(['cong nghe', 'nghe thong', 'thong tin']))
    expect(t).not.toContain('tin hanh')
    expect(t).toContain('hanh chinh')
  })

  it('counts a comma as no break ("phòng, chống" stays adjacent)', () => {
    expect(terms('phòng, chống ma túy')).toContain('phong chong')
  })

  it('does not create exact terms for bare numbers', () => {
    expect(terms('Điều 42')).not.toContain('=42')
  })
})

describe('abbreviations', () => {
  it('gives an abbreviation and its expansion the same key', () => {
    expect(terms('UBND tỉnh')).toContain('ubnd')
    expect(terms('Ủy ban nhân dân tỉnh')).toContain('ubnd')
    expect(terms('Uỷ ban nhân dân tỉnh')).toContain('ubnd')
    expect(terms('HĐND')).toContain('hdnd')
    expect(terms('Hội đồng nhân dân')).toContain('hdnd')
    expect(terms('thủ tục hành chính')).toContain('tthc')
    expect(terms('ứng dụng công nghệ thông tin')).toContain('cntt')
  })

  it('handles abbreviations written with punctuation and other spellings', () => {
    expect(terms('KT-XH')).toContain('ktxh')
    expect(terms('kinh tế – xã hội')).toContain('ktxh')
    expect(terms('Sở KH&CN')).toContain('khcn')
    expect(terms('khoa học và công nghệ')).toContain('khcn')
    expect(terms('TP HCM')).toContain('tphcm')
    expect(terms('Thành phố Hồ Chí Minh')).toContain('tphcm')
    expect(terms('phản ánh, kiến nghị')).toContain('pakn')
  })

  it('lets a query for the abbreviation or the expansion reach the shared key', () => {
    expect(queryTerms('UBND')).toContain('ubnd')
    expect(queryTerms('cntt')).toContain('cntt')
    expect(queryTerms('công nghệ thông tin')).toContain('cntt')
    expect(queryTerms('uy ban nhan dan')).toContain('ubnd')
    expect(queryTerms('NĐ')).toContain('nd')
  })
})

describe('document numbers', () => {
  const full = ['42/2022/nd-cp', '42/2022', '42/nd-cp', 'nd-cp', 'nd', 'cp', '42', '2022']

  it.each(['42/2022/NĐ-CP', '42/2022/ND-CP', '42/2022/nđ-cp', '42 / 2022 / NĐ-CP', '42/2022/NĐCP', '42/2022/NÐ-CP'])('parses %s to one key family', (spelling) => {
    const number = parseDocumentNumber(spelling)
    expect(number?.key).toBe('42/2022/nd-cp')
    expect(number?.keys).toEqual(full)
    expect(number?.typeWords).toEqual(['nghi', 'dinh'])
    expect(number?.typeWordsExact).toEqual(['nghị', 'định'])
  })

  it('parses administrative numbers without a year, and công văn symbols', () => {
    expect(parseDocumentNumber('766/QĐ-TTg')?.keys).toEqual(['766/qd-ttg', 'qd-ttg', 'qd', 'ttg', '766'])
    expect(parseDocumentNumber('5901/BTTTT-CĐSQG')?.key).toBe('5901/btttt-cdsqg')
    expect(parseDocumentNumber('03/VBHN-VPQH')?.keys).toContain('3/vbhn-vpqh')
  })

  it('drops the leading zero from the key but keeps it as a token', () => {
    const number = parseDocumentNumber('01 /2018/TT-VPCP')
    expect(number?.key).toBe('1/2018/tt-vpcp')
    expect(number?.keys).toContain('01')
    expect(number?.typeWords).toEqual(['thong', 'tu'])
  })

  it('parses number/year alone, and laws numbered by the National Assembly', () => {
    expect(parseDocumentNumber('42/2022')?.keys).toEqual(['42/2022', '42', '2022'])
    expect(parseDocumentNumber('91/2015/QH13')?.key).toBe('91/2015/qh13')
  })

  it('does not read dates, fractions or ordinary words as numbers', () => {
    expect(tokenize('ngày 24/6/2022').map((t) => t.folded)).toEqual(['ngay', '24', '6', '2022'])
    expect(parseDocumentNumber('1/2')).toBeNull()
    expect(tokenize('100/người').some((t) => t.number)).toBe(false)
    expect(tokenize('766/QĐ-TTg - ban hành')[0]?.number?.key).toBe('766/qd-ttg')
  })

  it('indexes the whole family and the type words ("nghị định") of a number in text', () => {
    const t = terms('theo Nghị định số 42/2022/NĐ-CP của Chính phủ')
    expect(t).toEqual(expect.arrayContaining([...full, 'nghi', 'dinh', '=nghị', '=định', 'nghi dinh']))
  })

  it.each([
    ['42/2022/NĐ-CP', '42/2022/nd-cp'],
    ['42/2022/ND-CP', '42/2022/nd-cp'],
    ['nghị định 42/2022', '42/2022'],
    ['NĐ-CP 42/2022', '42/2022'],
  ])('turns the query %s into the key %s', (q, key) => {
    expect(queryTerms(q)).toContain(key)
  })

  it('turns "nđ 42" into the type abbreviation and the sequence number', () => {
    expect(queryTerms('nđ 42')).toEqual(expect.arrayContaining(['nd', '42']))
    expect(queryTerms('nd 42')).toEqual(expect.arrayContaining(['nd', '42']))
  })

  it('lists the keys a document carries (the Meilisearch keys field)', () => {
    expect(documentKeys('UBND tỉnh thực hiện Nghị định 42/2022/NĐ-CP')).toEqual(expect.arrayContaining(['ubnd', '42/2022/nd-cp', '42/2022', 'nd-cp']))
  })
})

describe('queries', () => {
  it('uses exact terms only when the query was typed with diacritics', () => {
    expect(queryTerms('đường')).toContain('=đường')
    expect(queryTerms('duong').some((t) => t.startsWith('='))).toBe(false)
  })

  it('adds the bigrams of adjacent query syllables', () => {
    expect(queryTerms('công nghệ thông tin')).toEqual(expect.arrayContaining(['cong nghe', 'nghe thong', 'thong tin']))
  })

  it('does not require function and question words', () => {
    const q = analyzeQuery('Có được cho thuê ô tô không?')
    // có, được, cho, không are not required; thuê, ô, tô are.
    expect(q.required).toBe(0b0111000)
    expect(analyzeQuery('có không').required).toBe(0b11)
  })
})

describe('Telex shadow spelling', () => {
  it('keeps every diacritic in ASCII, so folded engines can tell words apart', () => {
    expect(telexCode('đường')).toBe('dduwowngf')
    expect(telexCode('dương')).toBe('duwowng')
    expect(telexCode('hòa')).toBe(telexCode('hoà'))
    expect(telexCode('Việt')).toBe('vieetj')
  })
})
