/**
 * Numbers and symbols of Vietnamese documents (số ký hiệu), e.g. `42/2022/NĐ-CP`, `766/QĐ-TTg`,
 * `67/2006/QH11`, `36a/NQ-CP`, `19-2017/NQ-CP`, `5901/BTTTT-CĐSQG`.
 *
 * Layout (Nghị định 30/2020, Nghị định 34/2016 Điều 58): `number[/year]/TYPE-ISSUER[-UNIT]`.
 * Normative documents carry the year, administrative ones do not; laws and resolutions of the
 * National Assembly have no type code (`QH15` only); an official letter (công văn) has no type
 * code either, but the issuer and the drafting unit (`BTTTT-CĐSQG`). Pure functions, no Payload.
 * See docs/adr/0011-legal-documents.md.
 */
import type { LegalDocumentType } from '../../cms/src/contracts/legal'
import { slugify } from '../../cms/src/lib/text'

export type Message = { vi: string; en: string }
export const messageText = (m: Message) => `${m.vi} / ${m.en}`

export type ParsedNumber = {
  /** Running number, with the leading zero the rules ask for below 10 (`01`, `36a`, `19`). */
  number: string
  /** Year written in the number (`/2022/` or `19-2017/`), or null (administrative documents). */
  year: number | null
  /** Abbreviation of the document type (`NĐ`, `QĐ`, `TT`…), null for laws and official letters. */
  typeCode: string | null
  /** Abbreviation of the issuer or state title (`CP`, `TTg`, `QH11`, `BTTTT`, `UBND`). */
  issuerCode: string
  /** Drafting unit of an official letter or further groups (`CĐSQG`), else null. */
  unitCode: string | null
  /** Everything after the number and year, normalised: `NĐ-CP`, `BTTTT-CĐSQG`. */
  symbol: string
  /** The whole number in its canonical spelling. */
  canonical: string
}

export type ParseResult = { ok: true; value: ParsedNumber } | { ok: false; error: Message }

/** Type abbreviations of Nghị định 30/2020 Phụ lục III plus the normative ones. */
const TYPE_CODES = [
  'VBHN', 'TTLT', 'NQLT', 'QĐLT', 'QyĐ', 'CTr', 'TTr', 'TrS', 'BGN', 'BTT', 'GUQ', 'GGT', 'GNP',
  'NQ', 'NĐ', 'QĐ', 'TT', 'CT', 'QC', 'TC', 'TB', 'HD', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB', 'HĐ',
  'CĐ', 'GM', 'PG', 'PC', 'PB', 'SY', 'SL', 'PL', 'L',
] as const

/** Mixed-case abbreviations, restored after upper-casing (`TTG` → `TTg`). */
const MIXED_CASE = new Map(['TTg', 'QyĐ', 'CTr', 'TTr', 'TrS'].map((code) => [code.toUpperCase(), code]))

/**
 * Spellings without "Đ" that are unambiguous (`ND-CP` is always a Nghị định). `HD` is left alone:
 * it is both Hướng dẫn (HD) and Hợp đồng (HĐ).
 */
const TYPE_WITHOUT_D = new Map([
  ['ND', 'NĐ'],
  ['QD', 'QĐ'],
  ['CD', 'CĐ'],
  ['QYD', 'QyĐ'],
  ['QDLT', 'QĐLT'],
])
const GROUP_WITHOUT_D = new Map([
  ['HDND', 'HĐND'],
  ['HDTP', 'HĐTP'],
])

const TYPE_SET = new Set<string>(TYPE_CODES)
const ASSEMBLY = /^(?:QH|UBTVQH)\d{1,2}$/

function canonicalGroup(raw: string, position: number): string {
  const upper = raw.toUpperCase()
  if (MIXED_CASE.has(upper)) return MIXED_CASE.get(upper)!
  if (position === 0 && TYPE_WITHOUT_D.has(upper)) return TYPE_WITHOUT_D.get(upper)!
  if (GROUP_WITHOUT_D.has(upper)) return GROUP_WITHOUT_D.get(upper)!
  return upper
}

/**
 * Type codes whose glued spelling is split again (`NĐCP` → `NĐ-CP`, `QDTTG` → `QĐ-TTg`). Only
 * the common ones: splitting every code would cut issuers such as `BTTTT` into `BTT-TT`.
 */
const GLUED = ['VBHN', 'TTLT', 'NQ', 'NĐ', 'ND', 'QĐ', 'QD', 'TT', 'CT', 'CĐ', 'KH', 'TB']

function splitGlued(symbol: string): string {
  if (symbol.includes('-') || ASSEMBLY.test(symbol)) return symbol
  for (const code of GLUED) {
    if (symbol.startsWith(code) && symbol.length >= code.length + 2) return `${code}-${symbol.slice(code.length)}`
  }
  return symbol
}

const NUMBER = /^(\d{1,6})([a-z]?)(?:-(\d{4}))?\/(?:(\d{4})\/)?([^/]+)$/i

/** Parse and normalise a number/symbol. Accepts extra spaces, lower case, `ND` for `NĐ`, a missing hyphen. */
export function parseLegalNumber(input: string): ParseResult {
  const compact = input
    .normalize('NFC')
    .replace(/[\u00d0\u0110]/g, 'Đ') // Icelandic eth typed for Đ
    .replace(/[\u00f0\u0111]/g, 'đ')
    .replace(/[‐‑–—]/g, '-')
    .replace(/\s+/g, '')
    .replace(/^(?:số|so|no\.?)(?=\d)/i, '')
  if (compact === '') return { ok: false, error: { vi: 'Cần nhập số ký hiệu.', en: 'A number is required.' } }
  const match = NUMBER.exec(compact)
  if (!match) {
    return {
      ok: false,
      error: {
        vi: `Số ký hiệu "${input.trim()}" không đúng dạng số/năm/LOẠI-CƠ QUAN (ví dụ 42/2022/NĐ-CP) hoặc số/LOẠI-CƠ QUAN (ví dụ 766/QĐ-TTg).`,
        en: `"${input.trim()}" is not a number like 42/2022/NĐ-CP or 766/QĐ-TTg.`,
      },
    }
  }
  const [, digits, letter, dashYear, slashYear, rawSymbol] = match as unknown as [string, string, string, string | undefined, string | undefined, string]
  if (dashYear && slashYear) {
    return { ok: false, error: { vi: `Số ký hiệu "${input.trim()}" ghi năm hai lần.`, en: `"${input.trim()}" gives the year twice.` } }
  }
  const groups = splitGlued(rawSymbol.toUpperCase()).split('-')
  if (groups.some((g) => !/^[A-Z0-9Đ]+$/.test(g))) {
    return {
      ok: false,
      error: {
        vi: `Ký hiệu "${rawSymbol}" chỉ gồm chữ in hoa, chữ số và dấu gạch ngang giữa các nhóm (ví dụ NĐ-CP).`,
        en: `The symbol "${rawSymbol}" may only hold letters and digits in groups joined by hyphens (e.g. NĐ-CP).`,
      },
    }
  }
  const canonicalGroups = groups.map(canonicalGroup)
  const first = canonicalGroups[0]!
  const hasType = TYPE_SET.has(first) && canonicalGroups.length > 1
  const typeCode = hasType ? first : null
  const rest = hasType ? canonicalGroups.slice(1) : canonicalGroups
  const number = `${digits.length === 1 ? `0${digits}` : digits}${letter.toLowerCase()}`
  const yearText = dashYear ?? slashYear ?? null
  const symbol = canonicalGroups.join('-')
  const canonical = dashYear ? `${number}-${dashYear}/${symbol}` : slashYear ? `${number}/${slashYear}/${symbol}` : `${number}/${symbol}`
  return {
    ok: true,
    value: {
      number,
      year: yearText ? Number(yearText) : null,
      typeCode,
      issuerCode: rest[0]!,
      unitCode: rest.length > 1 ? rest.slice(1).join('-') : null,
      symbol,
      canonical,
    },
  }
}

type Rule = { accepts: (p: ParsedNumber) => boolean; example: string }

const typeIs = (...codes: string[]): Rule['accepts'] => (p) => p.typeCode !== null && codes.includes(p.typeCode)

/** What the symbol of each document type looks like; null: any spelling (constitution, treaty, other). */
const RULES: Record<LegalDocumentType, Rule | null> = {
  'hien-phap': null,
  'bo-luat': { accepts: (p) => p.typeCode === null && /^QH\d+$/.test(p.issuerCode) && p.unitCode === null, example: '…/2015/QH13' },
  luat: { accepts: (p) => p.typeCode === null && /^QH\d+$/.test(p.issuerCode) && p.unitCode === null, example: '…/2006/QH11' },
  'nghi-quyet': {
    accepts: (p) => typeIs('NQ', 'NQLT')(p) || (p.typeCode === null && ASSEMBLY.test(p.issuerCode) && p.unitCode === null),
    example: '…/NQ-CP, …/2025/QH15',
  },
  'phap-lenh': { accepts: (p) => (p.typeCode === null || p.typeCode === 'PL') && /^UBTVQH\d+$/.test(p.issuerCode), example: '…/2022/UBTVQH15' },
  lenh: { accepts: typeIs('L'), example: '…/L-CTN' },
  'nghi-dinh': { accepts: typeIs('NĐ'), example: '…/2022/NĐ-CP' },
  'quyet-dinh': { accepts: typeIs('QĐ', 'QĐLT'), example: '…/QĐ-TTg, …/2025/QĐ-UBND' },
  'thong-tu': { accepts: typeIs('TT'), example: '…/2023/TT-BTTTT' },
  'thong-tu-lien-tich': { accepts: typeIs('TTLT'), example: '…/2015/TTLT-BTP-BTC' },
  'chi-thi': { accepts: typeIs('CT'), example: '…/CT-TTg' },
  'cong-van': { accepts: (p) => p.typeCode === null && p.unitCode !== null, example: '…/BTTTT-CĐSQG' },
  'cong-dien': { accepts: typeIs('CĐ'), example: '…/CĐ-TTg' },
  'ke-hoach': { accepts: typeIs('KH'), example: '…/KH-UBND' },
  'thong-bao': { accepts: typeIs('TB'), example: '…/TB-VPCP' },
  'huong-dan': { accepts: typeIs('HD'), example: '…/HD-BKHCN' },
  'bao-cao': { accepts: typeIs('BC'), example: '…/BC-UBND' },
  'van-ban-hop-nhat': { accepts: typeIs('VBHN'), example: '…/VBHN-VPQH' },
  'dieu-uoc-quoc-te': null,
  khac: null,
}

/** Types whose number may be free text (a constitution, a treaty, anything else). */
export function numberIsFreeForm(type: LegalDocumentType): boolean {
  return RULES[type] === null
}

const TYPE_NAMES: Partial<Record<string, Message>> = {
  NĐ: { vi: 'Nghị định', en: 'a decree (Nghị định)' },
  QĐ: { vi: 'Quyết định', en: 'a decision (Quyết định)' },
  NQ: { vi: 'Nghị quyết', en: 'a resolution (Nghị quyết)' },
  TT: { vi: 'Thông tư', en: 'a circular (Thông tư)' },
  TTLT: { vi: 'Thông tư liên tịch', en: 'a joint circular' },
  CT: { vi: 'Chỉ thị', en: 'a directive (Chỉ thị)' },
  CĐ: { vi: 'Công điện', en: 'an official dispatch (Công điện)' },
  KH: { vi: 'Kế hoạch', en: 'a plan (Kế hoạch)' },
  TB: { vi: 'Thông báo', en: 'a notice (Thông báo)' },
  HD: { vi: 'Hướng dẫn', en: 'a guidance (Hướng dẫn)' },
  BC: { vi: 'Báo cáo', en: 'a report (Báo cáo)' },
  VBHN: { vi: 'Văn bản hợp nhất', en: 'a consolidated text' },
  L: { vi: 'Lệnh', en: 'an order (Lệnh)' },
}

function describe(p: ParsedNumber): Message {
  if (p.typeCode) return TYPE_NAMES[p.typeCode] ?? { vi: `văn bản loại ${p.typeCode}`, en: `a document of type ${p.typeCode}` }
  if (/^QH\d+$/.test(p.issuerCode)) return { vi: 'Luật hoặc Nghị quyết của Quốc hội', en: 'a law or resolution of the National Assembly' }
  if (p.unitCode) return { vi: 'Công văn', en: 'an official letter (Công văn)' }
  return { vi: 'văn bản không ghi loại', en: 'a document without a type code' }
}

/** Error when the number's type code does not fit the chosen document type, else null. */
export function checkNumberType(p: ParsedNumber, type: LegalDocumentType, typeLabel: Message): Message | null {
  const rule = RULES[type]
  if (!rule || rule.accepts(p)) return null
  const actual = describe(p)
  return {
    vi: `Số ký hiệu ${p.canonical} là của ${actual.vi}, không phải ${typeLabel.vi} (cần dạng ${rule.example}).`,
    en: `${p.canonical} is the number of ${actual.en}, not of a ${typeLabel.en.toLowerCase()}: expected ${rule.example}.`,
  }
}

/** Error when the year in the number differs from the year of the issue date (YYYY-MM-DD), else null. */
export function checkNumberYear(p: ParsedNumber, issueDate: string | null | undefined): Message | null {
  if (p.year === null || !issueDate) return null
  const issueYear = Number(issueDate.slice(0, 4))
  if (issueYear === p.year) return null
  return {
    vi: `Năm trong số ký hiệu (${p.year}) khác năm ban hành (${issueYear}).`,
    en: `The year in the number (${p.year}) differs from the year of the issue date (${issueYear}).`,
  }
}

/**
 * The stable URL slug of a document: its number, plus the issue year when the number has none
 * (administrative numbers restart every year: 766/QĐ-TTg exists in 2022 and in 2023).
 */
export function legalSlug(p: ParsedNumber, issueYear: number | null): string {
  const base = slugify(p.canonical, 120)
  return p.year === null && issueYear ? `${base}-${issueYear}` : base
}

/** Slug for a free-form number (constitution, treaty): its words plus the issue year. */
export function freeFormSlug(number: string, issueYear: number | null): string {
  const base = slugify(number, 100) || 'van-ban'
  return issueYear && !base.endsWith(String(issueYear)) ? `${base}-${issueYear}` : base
}

/** The document type a number most likely belongs to (for imports that leave the type out). */
export function guessDocumentType(p: ParsedNumber): LegalDocumentType | null {
  switch (p.typeCode) {
    case 'NĐ':
      return 'nghi-dinh'
    case 'QĐ':
    case 'QĐLT':
      return 'quyet-dinh'
    case 'NQ':
    case 'NQLT':
      return 'nghi-quyet'
    case 'TT':
      return 'thong-tu'
    case 'TTLT':
      return 'thong-tu-lien-tich'
    case 'CT':
      return 'chi-thi'
    case 'CĐ':
      return 'cong-dien'
    case 'KH':
      return 'ke-hoach'
    case 'TB':
      return 'thong-bao'
    case 'HD':
      return 'huong-dan'
    case 'BC':
      return 'bao-cao'
    case 'VBHN':
      return 'van-ban-hop-nhat'
    case 'L':
      return 'lenh'
    case null:
      if (/^QH\d+$/.test(p.issuerCode)) return 'luat'
      if (/^UBTVQH\d+$/.test(p.issuerCode)) return 'phap-lenh'
      return p.unitCode ? 'cong-van' : null
    default:
      return null
  }
}

/** Key that identifies one real document: its number (plus year when unwritten) and the issuing body. */
export function duplicateKey(slug: string, issuingBody: string): string {
  return `${slug}|${slugify(issuingBody, 200)}`
}
