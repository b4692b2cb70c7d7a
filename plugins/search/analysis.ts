/**
 * Vietnamese text analysis shared by both search engines (embedded and Meilisearch), see ADR 0010.
 *
 * Every string goes through the same steps:
 * 1. NFC, lowercase, look-alike letters (Ð/ð) mapped to đ;
 * 2. tone marks moved to one canonical place per syllable ("hòa" and "hoà" are the same word, so are
 *    "thủy" and "thuỷ"): the *exact* form, which keeps every diacritic;
 * 3. diacritics removed and đ→d: the *folded* form, what matching is insensitive to;
 * 4. document numbers ("42/2022/NĐ-CP", "766/QĐ-TTg", "5901/BTTTT-CĐSQG") kept together as one token
 *    family: the full key, number/year, symbol, the symbol's parts, and the words of the
 *    document type ("nghị định");
 * 5. abbreviations of government terms (UBND, CNTT, NĐ…) contracted to one canonical token wherever
 *    the abbreviation or its expansion appears, so each finds the other.
 *
 * Nothing here imports Payload: the module is used by the engines, the CLI and the tests.
 */

// ─── characters ──────────────────────────────────────────────────────────────────────────────────

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'])
const VOWELS = new Set([...'aăâeêioôơuưy'])
/** Vowels that carry a shape mark (breve, circumflex, horn): the tone goes on them first. */
const SHAPED_VOWELS = new Set([...'ăâêôơư'])
/** Nuclei that take the tone on their second letter in open syllables (the QĐ 1989 rule). */
const SECOND_LETTER_NUCLEI = new Set(['oa', 'oe', 'uy'])

const ASCII_WORD = /^[a-z0-9]*$/

const canonicalCache = new Map<string, string>()
const foldCache = new Map<string, string>()
const CACHE_LIMIT = 200_000

function remember(cache: Map<string, string>, key: string, value: string): string {
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(key, value)
  return value
}

/**
 * Lowercase NFC with the look-alikes of đ mapped to đ. Same length in UTF-16 units as the
 * input's NFC form for Vietnamese text, which keeps snippet offsets simple.
 */
export function normalize(input: string): string {
  const nfc = input.normalize('NFC')
  const lower = nfc.toLowerCase()
  // toLowerCase can change the length of a few non-Vietnamese letters (İ); keep those as they are.
  const kept = lower.length === nfc.length ? lower : nfc.replace(/[\s\S]/gu, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c))
  return kept.replace(/[ðÐ]/g, 'đ')
}

/**
 * Put the tone mark of one lowercase syllable where the modern rule (QĐ 1989/QĐ-BGDĐT) puts it:
 * on the shaped vowel if there is one (ơ in "ươ", ê in "iê/yê"), on the middle vowel of three, on
 * the second of two when a consonant follows or the nucleus is oa/oe/uy, otherwise on the first.
 * The u of "qu" and the i of "gi" belong to the initial. Words that are not Vietnamese syllables
 * are returned unchanged.
 */
export function canonicalTone(word: string): string {
  if (ASCII_WORD.test(word)) return word
  const cached = canonicalCache.get(word)
  if (cached !== undefined) return cached
  let tone = ''
  let bare = ''
  for (const ch of word.normalize('NFD')) {
    if (TONE_MARKS.has(ch)) tone = ch
    else bare += ch
  }
  if (!tone) return remember(canonicalCache, word, word)
  const chars = [...bare.normalize('NFC')]
  let start = chars.findIndex((c) => VOWELS.has(c))
  if (start < 0) return remember(canonicalCache, word, word)
  const next = chars[start + 1]
  if (next !== undefined && VOWELS.has(next)) {
    if (chars[start] === 'u' && chars[start - 1] === 'q') start++
    else if (chars[start] === 'i' && start === 1 && chars[0] === 'g') start++
  }
  let end = start
  while (end < chars.length && VOWELS.has(chars[end]!)) end++
  // A vowel after the final consonants means this is not one Vietnamese syllable ("café").
  for (let i = end; i < chars.length; i++) if (VOWELS.has(chars[i]!)) return remember(canonicalCache, word, word)
  const nucleus = chars.slice(start, end)
  let at = -1
  for (let i = nucleus.length - 1; i >= 0; i--) {
    if (SHAPED_VOWELS.has(nucleus[i]!)) {
      at = i
      break
    }
  }
  if (at < 0) {
    if (nucleus.length === 1) at = 0
    else if (nucleus.length >= 3) at = 1
    else if (end < chars.length || SECOND_LETTER_NUCLEI.has(nucleus.join(''))) at = 1
    else at = 0
  }
  chars[start + at] = (chars[start + at]! + tone).normalize('NFC')
  return remember(canonicalCache, word, chars.join('').normalize('NFC'))
}

/** Remove every diacritic and map đ to d ("Đường" → "duong"). Input should be lowercase. */
export function fold(word: string): string {
  if (ASCII_WORD.test(word)) return word
  const cached = foldCache.get(word)
  if (cached !== undefined) return cached
  const folded = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đð]/g, 'd')
    .replace(/[ĐÐ]/g, 'D')
  return word.length <= 24 ? remember(foldCache, word, folded) : folded
}

/** The exact (canonical tone) form of a word, from any case and Unicode form. */
export function exactForm(word: string): string {
  return canonicalTone(normalize(word))
}

/** Normalised text where every syllable has its canonical tone placement (for display-free keys). */
export function canonicalText(text: string): string {
  return normalize(text).replace(/[\p{L}\p{M}]+/gu, (w) => canonicalTone(w))
}

/** Folded text ("Ủy ban nhân dân" → "uy ban nhan dan"). */
export function foldText(text: string): string {
  return fold(normalize(text))
}

/** True when the text has at least one Vietnamese diacritic or đ. */
export function hasDiacritics(text: string): boolean {
  const n = normalize(text)
  return fold(n) !== n
}

// ─── abbreviations ───────────────────────────────────────────────────────────────────────────────

/**
 * Abbreviations of government terms (domain README §6.4, and the document types and issuers that
 * make up symbols such as NĐ-CP, QĐ-TTg, TT-BTTTT, §2.1) with their expansions. Wherever the
 * abbreviation or one of its expansions occurs, the text also gets the abbreviation's key
 * (`abbreviationKey`), so either spelling finds the other.
 */
export const ABBREVIATIONS: ReadonlyArray<readonly [abbreviation: string, expansions: readonly string[]]> = [
  ['UBND', ['ủy ban nhân dân']],
  ['HĐND', ['hội đồng nhân dân']],
  ['TTHC', ['thủ tục hành chính']],
  ['DVCTT', ['dịch vụ công trực tuyến']],
  ['DVC', ['dịch vụ công']],
  ['VBQPPL', ['văn bản quy phạm pháp luật']],
  ['VBHN', ['văn bản hợp nhất']],
  ['CQHCNN', ['cơ quan hành chính nhà nước']],
  ['CQNN', ['cơ quan nhà nước']],
  ['CNTT', ['công nghệ thông tin']],
  ['CĐS', ['chuyển đổi số']],
  ['CPĐT', ['chính phủ điện tử']],
  ['CPS', ['chính phủ số']],
  ['CSDLQG', ['cơ sở dữ liệu quốc gia']],
  ['CSDL', ['cơ sở dữ liệu']],
  ['PAKN', ['phản ánh, kiến nghị']],
  ['KT-XH', ['kinh tế – xã hội']],
  ['ATTT', ['an toàn thông tin']],
  ['BCĐ', ['ban chỉ đạo']],
  ['UBTVQH', ['ủy ban thường vụ quốc hội']],
  ['TTĐT', ['thông tin điện tử']],
  ['MTTQ', ['mặt trận tổ quốc']],
  ['BHXH', ['bảo hiểm xã hội']],
  ['BHYT', ['bảo hiểm y tế']],
  ['CCCD', ['căn cước công dân']],
  ['CMND', ['chứng minh nhân dân']],
  ['ĐDCN', ['định danh cá nhân']],
  ['TPHCM', ['thành phố hồ chí minh', 'tp hcm', 'hcm', 'sài gòn']],
  ['TW', ['trung ương']],
  ['KH&CN', ['khoa học và công nghệ', 'khcn']],
  ['TT&TT', ['thông tin và truyền thông']],
  ['NĐ', ['nghị định']],
  ['NQ', ['nghị quyết']],
  ['QĐ', ['quyết định']],
  ['TTLT', ['thông tư liên tịch']],
  ['TT', ['thông tư']],
  ['CT', ['chỉ thị']],
  ['CĐ', ['công điện']],
  ['KH', ['kế hoạch']],
  ['TB', ['thông báo']],
  ['HD', ['hướng dẫn']],
  ['BC', ['báo cáo']],
  ['PL', ['pháp lệnh']],
  ['CP', ['chính phủ']],
  ['TTG', ['thủ tướng chính phủ', 'thủ tướng']],
  ['QH', ['quốc hội']],
]

/** Document-type abbreviations a symbol starts with; used to restore a missing hyphen ("NĐCP"). */
const SYMBOL_TYPES = ['ttlt', 'vbhn', 'nd', 'nq', 'qd', 'tt', 'ct', 'cd', 'kh', 'tb', 'hd', 'bc', 'pl']

/** The token an abbreviation and its expansions share: folded, letters and digits only ("kh&cn" → "khcn"). */
export function abbreviationKey(abbreviation: string): string {
  return fold(normalize(abbreviation)).replace(/[^a-z0-9]/g, '')
}

function foldedSyllables(text: string): string[] {
  return fold(normalize(text)).split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}

type Phrase = { key: string; syllables: string[] }

/** Folded abbreviation key → the folded syllables of each expansion. */
export const ABBREVIATION_EXPANSIONS = new Map<string, string[][]>()
/** Single-token spellings of an abbreviation (hcm, khcn) → its key. */
const ALIASES = new Map<string, string>()
/** First folded syllable → multi-syllable phrases starting with it, longest first. */
const PHRASES_BY_FIRST = new Map<string, Phrase[]>()

for (const [abbreviation, expansions] of ABBREVIATIONS) {
  const key = abbreviationKey(abbreviation)
  const spelled = foldedSyllables(abbreviation)
  // "KT-XH" is also typed "KT XH" and "ktxh": its own syllables are one more spelling.
  const spellings = [...expansions.map(foldedSyllables), ...(spelled.length > 1 ? [spelled] : [])]
  ABBREVIATION_EXPANSIONS.set(key, expansions.map(foldedSyllables))
  for (const syllables of spellings) {
    if (syllables.length === 1) {
      if (syllables[0] !== key) ALIASES.set(syllables[0]!, key)
      continue
    }
    const list = PHRASES_BY_FIRST.get(syllables[0]!) ?? []
    list.push({ key, syllables })
    list.sort((a, b) => b.syllables.length - a.syllables.length)
    PHRASES_BY_FIRST.set(syllables[0]!, list)
  }
}
const ABBREVIATION_KEYS = new Set(ABBREVIATION_EXPANSIONS.keys())

/** True when a folded token is an abbreviation's key (or one of its one-token spellings). */
export function isAbbreviation(folded: string): boolean {
  return ABBREVIATION_KEYS.has(folded) || ALIASES.has(folded)
}

// ─── stop words ──────────────────────────────────────────────────────────────────────────────────

/**
 * Function words and question words. They are still scored (their IDF is low anyway) but a query
 * does not require them: "Có được cho thuê ô tô không?" must not need "có", "được", "không".
 */
const STOP_WORDS_EXACT = new Set(
  (
    'và là của có không được các những cho với trong này đó thì mà khi để về theo từ tại do bị đã sẽ đang ' +
    'cũng như nào gì ai đâu sao bao nhiêu hay hoặc nếu thế vậy rằng ra vào một nhé ạ chứ phải ở đến đúng sai ' +
    'bằng hơn lại nên vì rồi còn đây kia ấy thôi mình tôi bạn em anh chị ông bà gồm cần muốn làm sự việc'
  )
    .split(' ')
    .map(canonicalTone),
)
/** For text typed without diacritics, only folds that are not also a common content word. */
const STOP_WORDS_FOLDED = new Set(
  'va la cua co khong duoc cac nhung cho voi trong nay thi ma khi theo tu tai bi da se dang cung nhu nao gi ai dau sao bao nhieu hay hoac neu vay rang ra vao mot nhe chu phai o den dung sai bang hon lai nen vi roi con day kia ay thoi minh toi ban gom can muon lam su viec'.split(' '),
)

/** Whether a query word is a stop word: by its exact form when typed with diacritics. */
export function isStopWord(exact: string, folded: string, typedWithDiacritics: boolean): boolean {
  return typedWithDiacritics ? STOP_WORDS_EXACT.has(exact) : STOP_WORDS_FOLDED.has(folded)
}

// ─── tokens ──────────────────────────────────────────────────────────────────────────────────────

export type Token = {
  /** Folded form: the matching key. */
  folded: string
  /** Lowercase NFC with canonical tone placement. */
  exact: string
  /** Offsets in the NFC text. */
  start: number
  end: number
  /** True when punctuation that ends a clause separates this token from the previous one. */
  breakBefore: boolean
  /** For a document number: its key family, most specific first (see `documentNumberKeys`). */
  number?: DocumentNumber
}

export type DocumentNumber = {
  /** Full key: `42/2022/nd-cp`, `766/qd-ttg`, `42/2022`. */
  key: string
  /** Every key of the family, most specific first. */
  keys: string[]
  /** Folded syllables of the document type ("nghi", "dinh"), when the symbol names one. */
  typeWords: string[]
  typeWordsExact: string[]
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu
// number / year / symbol, administrative number / symbol, or number / year alone, with the spaces
// people type around slashes. Dates (d/m/yyyy) are excluded by the look-ahead of the year branch.
const DOCUMENT_NUMBER =
  /(?<![\p{L}\p{N}/])(\d{1,6})\s*\/\s*(?:(\d{4})(?:\s*\/\s*([a-zđ][a-zđ0-9]*(?:[-–][a-zđ0-9]+)*))?|([a-zđ][a-zđ0-9]*(?:[-–][a-zđ0-9]+)*))(?![\p{L}\p{N}/])/gu
const CLAUSE_BREAK_CHARS = new Set([...'.;:!?()[]{}"“”«»\n'].map((c) => c.charCodeAt(0)))

/** Canonical symbol: folded, no spaces, hyphens restored after a known type ("NĐCP" → "nd-cp"). */
export function canonicalSymbol(symbol: string): string {
  let s = fold(normalize(symbol)).replace(/\s+/g, '').replace(/–/g, '-')
  if (!s.includes('-')) {
    const type = SYMBOL_TYPES.find((t) => s.startsWith(t) && s.length >= t.length + 2)
    if (type) s = `${type}-${s.slice(type.length)}`
  }
  return s
}

/**
 * Parse one document number ("42/2022/NĐ-CP", "42 / 2022 / nd-cp", "766/QĐ-TTg", "42/2022"),
 * or return null when the text is not one.
 */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  DOCUMENT_NUMBER.lastIndex = 0
  const m = DOCUMENT_NUMBER.exec(normalize(text.trim()))
  if (!m || m.index !== 0 || m[0].length !== normalize(text.trim()).length) return null
  return documentNumber(m)
}

function documentNumber(m: RegExpExecArray): DocumentNumber | null {
  const seq = String(Number(m[1]))
  const padded = m[1]!
  const year = m[2]
  const rawSymbol = m[3] ?? m[4]
  if (!year && !rawSymbol) return null
  // Dates: "25/05/2018" is day/month/year, "05/2018" alone is read as number/year.
  const symbol = rawSymbol ? canonicalSymbol(rawSymbol) : undefined
  const keys: string[] = []
  const add = (k: string) => {
    if (!keys.includes(k)) keys.push(k)
  }
  if (year && symbol) add(`${seq}/${year}/${symbol}`)
  if (year) add(`${seq}/${year}`)
  if (symbol) add(`${seq}/${symbol}`)
  if (symbol) add(symbol)
  if (symbol) for (const part of symbol.split('-')) if (part) add(part)
  add(seq)
  if (padded !== seq) add(padded)
  if (year) add(year)
  const typePart = symbol?.split('-')[0]
  const typeExpansion = typePart && symbol!.includes('-') ? ABBREVIATION_EXPANSIONS.get(typePart)?.[0] : undefined
  const typeWordsExact = typeExpansion ? exactExpansion(typePart!) : []
  return { key: keys[0]!, keys, typeWords: typeExpansion ?? [], typeWordsExact }
}

function exactExpansion(key: string): string[] {
  const entry = ABBREVIATIONS.find(([a]) => abbreviationKey(a) === key)
  return entry ? normalize(entry[1][0]!).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean).map(canonicalTone) : []
}

/**
 * Split text into syllable tokens, keeping each document number as one token that carries its key
 * family. Offsets refer to `text.normalize('NFC')`.
 */
export function tokenize(text: string): Token[] {
  const lower = normalize(text)
  const tokens: Token[] = []
  const numbers: { start: number; end: number; number: DocumentNumber }[] = []
  DOCUMENT_NUMBER.lastIndex = 0
  for (let m = lower.includes('/') ? DOCUMENT_NUMBER.exec(lower) : null; m; m = DOCUMENT_NUMBER.exec(lower)) {
    // Dates (12/05/2022) never match: the look-behind refuses a number right after a slash.
    const number = documentNumber(m)
    if (number) numbers.push({ start: m.index, end: m.index + m[0].length, number })
  }
  let lastEnd = 0
  let n = 0
  const breakBetween = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (CLAUSE_BREAK_CHARS.has(lower.charCodeAt(i))) return true
    return false
  }
  WORD.lastIndex = 0
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const start = m.index
    while (n < numbers.length && numbers[n]!.end <= start) n++
    const num = numbers[n]
    const breakBefore = tokens.length > 0 && breakBetween(lastEnd, start)
    if (num && start >= num.start && start < num.end) {
      if (start === num.start) {
        tokens.push({ folded: num.number.key, exact: num.number.key, start: num.start, end: num.end, breakBefore, number: num.number })
        lastEnd = num.end
      }
      WORD.lastIndex = Math.max(WORD.lastIndex, num.end)
      continue
    }
    const exact = canonicalTone(m[0])
    const end = start + m[0].length
    tokens.push({ folded: fold(exact), exact, start, end, breakBefore })
    lastEnd = end
  }
  return tokens
}

// ─── indexing ────────────────────────────────────────────────────────────────────────────────────

/** Exact-form terms are the word with this prefix, so they never collide with folded terms. */
export const EXACT_PREFIX = '='
/** Bigram terms are two folded syllables joined by a space (a character no token contains). */
export const bigramTerm = (a: string, b: string) => `${a} ${b}`

export type FieldTerms = {
  /** Term → frequency in the field. */
  terms: Map<string, number>
  /** Number of tokens (syllables and document numbers). */
  length: number
}

/**
 * The terms of one field of a document: folded syllables, exact syllables, folded adjacent
 * bigrams (not across clause breaks or document numbers), document-number key families with
 * their type words, and abbreviation keys for abbreviations and their expansions.
 */
export function analyzeField(text: string): FieldTerms {
  const { terms, lengths } = analyzeFields([text])
  return { terms, length: lengths[0]! }
}

/**
 * The terms of up to four fields at once, each term's frequencies packed one byte per field
 * (field f in bits 8f…8f+7, capped at 255): what the embedded engine stores per posting.
 */
export function analyzeFields(texts: string[]): { terms: Map<string, number>; lengths: number[] } {
  const terms = new Map<string, number>()
  const lengths: number[] = []
  texts.forEach((text, f) => {
    const shift = 8 * f
    const one = 1 << shift
    const add = (term: string) => {
      const packed = terms.get(term)
      if (packed === undefined) terms.set(term, one)
      else if (((packed >>> shift) & 255) < 255) terms.set(term, packed + one)
    }
    const tokens = tokenize(text)
    lengths.push(tokens.length)
    let previous: string | null = null
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!
      if (token.breakBefore) previous = null
      if (token.number) {
        for (const key of token.number.keys) add(key)
        let prevType: string | null = null
        token.number.typeWords.forEach((w, j) => {
          add(w)
          add(EXACT_PREFIX + token.number!.typeWordsExact[j])
          if (prevType) add(bigramTerm(prevType, w))
          prevType = w
        })
        previous = null
        continue
      }
      add(token.folded)
      if (token.exact !== token.folded || !DIGITS.test(token.exact)) add(EXACT_PREFIX + token.exact)
      if (previous) add(bigramTerm(previous, token.folded))
      previous = token.folded
      const alias = ALIASES.get(token.folded)
      if (alias) add(alias)
      if (PHRASES_BY_FIRST.has(token.folded)) {
        const phrase = phraseAt(tokens, i)
        if (phrase) add(phrase.key)
      }
    }
  })
  return { terms, lengths }
}

const DIGITS = /^[0-9]+$/

/** The longest abbreviation expansion starting at token i, if any. */
function phraseAt(tokens: Token[], i: number): Phrase | undefined {
  const candidates = PHRASES_BY_FIRST.get(tokens[i]!.folded)
  if (!candidates) return undefined
  return candidates.find((p) =>
    p.syllables.every((s, j) => {
      const t = tokens[i + j]
      return t !== undefined && !t.number && t.folded === s && (j === 0 || !t.breakBefore)
    }),
  )
}

// ─── queries ─────────────────────────────────────────────────────────────────────────────────────

/** Relative weights of the kinds of query term (see ADR 0010 for how they were chosen). */
export const QUERY_WEIGHTS = {
  word: 1,
  /** The exact form of a word, when the query was typed with diacritics. */
  exact: 0.6,
  /** Two adjacent syllables of the query found adjacent in the text. */
  bigram: 0.5,
  /** An abbreviation's key found through its expansion in the query ("ủy ban nhân dân" → ubnd). */
  synonym: 0.5,
  /** The full key of a document number, and its number/year or number/symbol forms. */
  number: 3,
  numberPart: 1.5,
  /** The symbol ("nd-cp"), its parts, the sequence number and the year alone. */
  numberFragment: 0.3,
} as const

export type QueryTerm = {
  term: string
  weight: number
  /** Bit mask of the query slots this term satisfies (0 = none: it only adds to the score). */
  slots: number
}

export type AnalyzedQuery = {
  terms: QueryTerm[]
  /** Slots a match has to cover; the engine may relax this when nothing covers them all. */
  required: number
  /** Number of slots (one per query word or document number, at most 31). */
  slotCount: number
  typedWithDiacritics: boolean
  /** Folded syllables and number keys to mark in snippets. */
  highlight: Set<string>
  /** Folded words of the query (for "did you mean"). */
  words: string[]
  numbers: DocumentNumber[]
}

const MAX_SLOTS = 31

/** Analyse a search query into weighted terms over the same vocabulary `analyzeField` indexes. */
export function analyzeQuery(query: string): AnalyzedQuery {
  const typedWithDiacritics = hasDiacritics(query)
  const tokens = tokenize(query)
  const weights = new Map<string, QueryTerm>()
  const add = (term: string, weight: number, slots: number) => {
    const existing = weights.get(term)
    if (existing) {
      existing.weight = Math.max(existing.weight, weight)
      existing.slots |= slots
    } else weights.set(term, { term, weight, slots })
  }
  const highlight = new Set<string>()
  const words: string[] = []
  const numbers: DocumentNumber[] = []
  let required = 0
  let allSlots = 0
  let previous: string | null = null
  tokens.forEach((token, i) => {
    const slot = 1 << Math.min(i, MAX_SLOTS - 1)
    allSlots |= slot
    if (token.breakBefore) previous = null
    if (token.number) {
      const { keys } = token.number
      numbers.push(token.number)
      keys.forEach((key, j) => {
        const strong = j === 0 || key.includes('/')
        add(key, j === 0 ? QUERY_WEIGHTS.number : strong ? QUERY_WEIGHTS.numberPart : QUERY_WEIGHTS.numberFragment, strong ? slot : 0)
        highlight.add(key)
      })
      required |= slot
      previous = null
      return
    }
    words.push(token.folded)
    highlight.add(token.folded)
    const stop = isStopWord(token.exact, token.folded, typedWithDiacritics)
    add(token.folded, QUERY_WEIGHTS.word, slot)
    if (typedWithDiacritics && /\p{L}/u.test(token.exact)) add(EXACT_PREFIX + token.exact, QUERY_WEIGHTS.exact, slot)
    if (previous) add(bigramTerm(previous, token.folded), QUERY_WEIGHTS.bigram, 0)
    previous = token.folded
    if (!stop) required |= slot
    const key = ABBREVIATION_KEYS.has(token.folded) ? token.folded : ALIASES.get(token.folded)
    if (key) {
      add(key, QUERY_WEIGHTS.word, slot)
      for (const expansion of ABBREVIATION_EXPANSIONS.get(key) ?? []) for (const s of expansion) highlight.add(s)
    }
    const phrase = phraseAt(tokens, i)
    if (phrase) {
      let mask = 0
      for (let j = 0; j < phrase.syllables.length; j++) mask |= 1 << Math.min(i + j, MAX_SLOTS - 1)
      add(phrase.key, QUERY_WEIGHTS.synonym, mask)
      highlight.add(phrase.key)
    }
  })
  return {
    terms: [...weights.values()],
    required: required || allSlots,
    slotCount: Math.min(tokens.length, MAX_SLOTS),
    typedWithDiacritics,
    highlight,
    words,
    numbers,
  }
}

// ─── diacritics-preserving ASCII (for engines that fold everything) ─────────────────────────────

const TELEX_LETTERS: Record<string, string> = { â: 'aa', ă: 'aw', ê: 'ee', ô: 'oo', ơ: 'ow', ư: 'uw', đ: 'dd' }
const TELEX_TONES: Record<string, string> = { '\u0301': 's', '\u0300': 'f', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' }

/**
 * A Telex-style ASCII spelling of a word that keeps every diacritic ("đường" → "dduwowngf"), so an
 * engine that strips diacritics (Meilisearch) can still tell "đường" from "dương" in a shadow field.
 */
export function telexCode(word: string): string {
  const exact = canonicalTone(normalize(word))
  if (ASCII_WORD.test(exact)) return exact
  let tone = ''
  let out = ''
  for (const ch of exact.normalize('NFD')) {
    if (TELEX_TONES[ch]) tone = TELEX_TONES[ch]
    else if (ch === '\u0302' || ch === '\u0306' || ch === '\u031b') out = out.slice(0, -1) + TELEX_LETTERS[(out.slice(-1) + ch).normalize('NFC')]!
    else out += ch === 'đ' ? 'dd' : ch
  }
  return out.replace(/[^a-z0-9]/g, '') + tone
}

/** The text as Telex codes, one per syllable (document numbers left out). */
export function telexText(text: string): string {
  return tokenize(text)
    .filter((t) => !t.number)
    .map((t) => telexCode(t.exact))
    .join(' ')
}

/** Every abbreviation key and document-number key the text contains (the engines' `keys` field). */
export function documentKeys(text: string): string[] {
  const keys = new Set<string>()
  for (const term of analyzeField(text).terms.keys()) {
    if (ABBREVIATION_KEYS.has(term) || term.includes('/') || /^[a-z0-9]+-[a-z0-9-]+$/.test(term)) keys.add(term)
  }
  return [...keys]
}
