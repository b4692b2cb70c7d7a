/**
 * Highlighted titles and extracts, computed with the same analysis as matching so that both
 * engines mark the same words: every token whose folded form (or document-number key, or
 * abbreviation key) the query asked for is wrapped in `<mark>`; everything else is escaped.
 */
import { type AnalyzedQuery, type Token, tokenize } from './analysis'
import { escapeHtml } from './port'

function isMatch(token: Token, highlight: Set<string>): boolean {
  if (token.number) return token.number.keys.some((k) => k.includes('/') && highlight.has(k))
  return highlight.has(token.folded)
}

function markRange(text: string, tokens: Token[], from: number, to: number, highlight: Set<string>): string {
  if (from > to) return ''
  let html = ''
  let cursor = tokens[from]!.start
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!
    if (!isMatch(t, highlight)) continue
    html += escapeHtml(text.slice(cursor, t.start)) + '<mark>' + escapeHtml(text.slice(t.start, t.end)) + '</mark>'
    cursor = t.end
  }
  return html + escapeHtml(text.slice(cursor, tokens[to]!.end))
}

/** The whole text with matches marked (titles). */
export function highlightAll(text: string, query: AnalyzedQuery): string {
  const nfc = text.normalize('NFC')
  const tokens = tokenize(nfc)
  if (tokens.length === 0) return escapeHtml(nfc)
  return escapeHtml(nfc.slice(0, tokens[0]!.start)) + markRange(nfc, tokens, 0, tokens.length - 1, query.highlight) + escapeHtml(nfc.slice(tokens[tokens.length - 1]!.end))
}

/**
 * An extract of about `size` tokens around the densest cluster of matches, with an ellipsis
 * where text was cut.
 */
export function snippet(text: string, query: AnalyzedQuery, size = 30): string {
  const nfc = text.normalize('NFC')
  // Long bodies: look for matches in the first 20,000 characters only (cost bound per hit).
  const tokens = tokenize(nfc.length > 20_000 ? nfc.slice(0, 20_000) : nfc)
  if (tokens.length === 0) return ''
  const matched = tokens.map((t) => isMatch(t, query.highlight))
  let best = 0
  if (tokens.length > size) {
    // Sliding window: distinct matched terms first, then matches in total.
    const counts = new Map<string, number>()
    let distinct = 0
    let total = 0
    let bestScore = -1
    const enter = (i: number, delta: number) => {
      if (!matched[i]) return
      const key = tokens[i]!.folded
      const c = (counts.get(key) ?? 0) + delta
      counts.set(key, c)
      if (delta > 0 && c === 1) distinct++
      if (delta < 0 && c === 0) distinct--
      total += delta
    }
    for (let i = 0; i < size; i++) enter(i, 1)
    for (let start = 0; ; start++) {
      const score = distinct * 1000 + total
      if (score > bestScore) {
        bestScore = score
        best = start
      }
      if (start + size >= tokens.length) break
      enter(start, -1)
      enter(start + size, 1)
    }
    // Start a little before the first match so it reads in context.
    while (best < tokens.length - size && !matched[best]) best++
    best = Math.max(0, best - 3)
  }
  const end = Math.min(tokens.length, best + size) - 1
  const prefix = best > 0 ? '… ' : ''
  const cut = end < tokens.length - 1 || nfc.length > 20_000
  // When the extract reaches the end of the text, keep its closing punctuation.
  const tail = cut ? ' …' : escapeHtml(nfc.slice(tokens[end]!.end))
  return prefix + markRange(nfc, tokens, best, end, query.highlight) + tail
}
