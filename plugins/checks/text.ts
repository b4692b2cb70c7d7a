/**
 * Vietnamese text helpers of the checks: comparison without case, diacritics or Unicode form, and
 * the split into syllables and sentences the readability figure counts. No Node imports.
 */

/** NFC, then letters without tone marks or diacritics (đ → d), lower case, one space between words. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Vietnamese words are written as space-separated syllables: every run of letters (and digits) is one. */
export function syllables(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu) ?? []
}

/**
 * Sentences of one paragraph: ends at `.`, `!`, `?`, `…` or `;` followed by a space and an
 * upper-case letter, a digit or an opening quote, or at the end. Abbreviations and numbers
 * ("TP. Hồ Chí Minh" is the one common exception, kept), "v.v.", "3.5", "42/2022/NĐ-CP" do not
 * end a sentence; empty pieces are dropped.
 */
export function sentences(paragraph: string): string[] {
  const text = paragraph.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (!text) return []
  const out: string[] = []
  let start = 0
  const boundary = /[.!?…;]+["”’)]*\s+(?=[\p{Lu}\p{N}"“'(])/gu
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index + 1)
    // "TP. Hà Nội", "Tp. Huế", "Q. 1", "P. Bến Nghé": administrative abbreviations, not an end.
    if (/(^|\s)(tp|q|p|tx|tt)\.$/i.test(before)) continue
    const piece = text.slice(start, m.index + m[0].length).trim()
    if (syllables(piece).length > 0) out.push(piece)
    start = m.index + m[0].length
  }
  const last = text.slice(start).trim()
  if (syllables(last).length > 0) out.push(last)
  return out
}
