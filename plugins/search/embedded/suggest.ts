/**
 * "Did you mean" for the embedded index: each unknown word of a query that found nothing is
 * replaced by the closest indexed word (edit distance 1 for words up to 4 letters, else 2; the
 * more frequent word on a tie), shown with its most frequent diacritics.
 */
import { type AnalyzedQuery, EXACT_PREFIX, fold } from '../analysis'
import type { TermEntry } from './postings'

/** What suggesting reads of the index. */
export interface VocabularySource {
  readonly terms: ReadonlyMap<string, TermEntry>
  /** Changes with every write. */
  readonly version: number
  /** Number of postings of a term. */
  df(entry: TermEntry): number
}

type Vocabulary = { version: number; byLength: Map<number, string[]>; display: Map<string, string> }

export class Suggestions {
  private vocabulary: Vocabulary | null = null

  constructor(private readonly index: VocabularySource) {}

  /** Folded words by length, and the display form (most frequent exact spelling) of each; rebuilt after writes. */
  private vocab(): Vocabulary {
    if (this.vocabulary?.version === this.index.version) return this.vocabulary
    const byLength = new Map<number, string[]>()
    const best = new Map<string, [string, number]>()
    for (const [term, entry] of this.index.terms) {
      if (term.startsWith(EXACT_PREFIX)) {
        const exact = term.slice(1)
        const folded = fold(exact)
        const df = this.index.df(entry)
        const current = best.get(folded)
        if (!current || current[1] < df) best.set(folded, [exact, df])
      } else if (/^[a-z]+$/.test(term)) {
        const list = byLength.get(term.length) ?? []
        list.push(term)
        byLength.set(term.length, list)
      }
    }
    const display = new Map([...best].map(([k, [v]]) => [k, v]))
    this.vocabulary = { version: this.index.version, byLength, display }
    return this.vocabulary
  }

  /** The query with each unknown word replaced by the closest indexed word, or undefined. */
  suggest(query: AnalyzedQuery): string | undefined {
    const { byLength, display } = this.vocab()
    const terms = this.index.terms
    let changed = false
    const words = query.words.map((word) => {
      if (terms.has(word) || !/^[a-z]+$/.test(word)) return display.get(word) ?? word
      const limit = word.length <= 4 ? 1 : 2
      let bestWord: string | undefined
      let bestScore = Infinity
      for (let len = word.length - limit; len <= word.length + limit; len++) {
        for (const candidate of byLength.get(len) ?? []) {
          const distance = editDistance(word, candidate, limit)
          if (distance > limit) continue
          // Closer first, then the more frequent word.
          const score = distance * 1e9 - this.index.df(terms.get(candidate)!)
          if (score < bestScore) {
            bestScore = score
            bestWord = candidate
          }
        }
      }
      if (!bestWord) return word
      changed = true
      return display.get(bestWord) ?? bestWord
    })
    return changed ? words.join(' ') : undefined
  }
}

/** Damerau–Levenshtein (optimal string alignment) distance, stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let prev2: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1)
      row.push(v)
      rowMin = Math.min(rowMin, v)
    }
    if (rowMin > limit) return limit + 1
    prev2 = prev
    prev = row
  }
  return prev[b.length]!
}
