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
  let bestScore = -1
  if (tokens.length > size) {
    // Score of a window: distinct matched terms first, then matches in total.
    for (let start = 0; start + size <= tokens.length; start++) {
      if (!matched[start]) continue
      const seen = new Set<string>()
      let count = 0
      for (let i = start; i < start + size; i++) {
        if (!matched[i]) continue
        count++
        seen.add(tokens[i]!.folded)
      }
      const score = seen.size * 100 + count
      if (score > bestScore) {
        bestScore = score
        best = start
      }
    }
    // Start a little before the first match so it reads in context.
    if (bestScore > 0 && best > 0) best = Math.max(0, best - 3)
  }
  const end = Math.min(tokens.length, best + size) - 1
  const prefix = best > 0 ? '… ' : ''
  const suffix = end < tokens.length - 1 || nfc.length > 20_000 ? ' …' : ''
  return prefix + markRange(nfc, tokens, best, end, query.highlight) + suffix
}
