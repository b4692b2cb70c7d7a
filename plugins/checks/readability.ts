/**
 * The Vietnamese readability figure ("Độ dễ đọc", 0–100, higher is easier), ADR 0021:
 *
 *   L = ASL × (1 + LS),   score = 100 × e^(−max(0, L − 10) / 35), rounded
 *
 * where ASL is the average sentence length in syllables (Vietnamese words are space-separated
 * syllables, so syllables are what can be counted without a word segmenter) and LS the share of
 * sentences longer than 40 syllables (very long sentences lose readers even when the others are
 * short). The score falls smoothly and never reaches a floor, so it still orders very hard texts.
 * Good for citizens: 60 and above (L ≤ 28: sentences of about 28 syllables or fewer, none very
 * long); 40–59 fairly hard; below 40 hard (L > 42: administrative prose).
 * No Node imports.
 */
import { sentences, syllables } from './text'

export const LONG_SENTENCE = 40
/** Below this many syllables a text is too short for the figure to mean anything. */
export const MIN_SYLLABLES = 40
export const GOOD_FROM = 60
export const HARD_BELOW = 40

export type Readability = {
  /** 0–100, higher is easier; null when the text is too short to judge. */
  score: number | null
  band: 'easy' | 'fair' | 'hard' | 'short'
  syllables: number
  sentences: number
  /** Average syllables per sentence. */
  averageSentence: number
  /** Sentences longer than `LONG_SENTENCE` syllables. */
  longSentences: number
}

export const BAND_LABELS: Record<Readability['band'], { vi: string; en: string }> = {
  easy: { vi: 'Dễ đọc', en: 'Easy to read' },
  fair: { vi: 'Khá khó đọc', en: 'Fairly hard to read' },
  hard: { vi: 'Khó đọc', en: 'Hard to read' },
  short: { vi: 'Quá ngắn để đánh giá', en: 'Too short to judge' },
}

/** The figure of a text given as paragraphs (each paragraph ends a sentence). */
export function readability(paragraphs: readonly string[]): Readability {
  let count = 0
  let words = 0
  let long = 0
  for (const paragraph of paragraphs) {
    for (const sentence of sentences(paragraph)) {
      const n = syllables(sentence).length
      count += 1
      words += n
      if (n > LONG_SENTENCE) long += 1
    }
  }
  const averageSentence = count ? Math.round((words / count) * 10) / 10 : 0
  if (words < MIN_SYLLABLES) return { score: null, band: 'short', syllables: words, sentences: count, averageSentence, longSentences: long }
  const effective = (words / count) * (1 + long / count)
  const score = Math.round(100 * Math.exp(-Math.max(0, effective - 10) / 35))
  const band = score >= GOOD_FROM ? 'easy' : score >= HARD_BELOW ? 'fair' : 'hard'
  return { score, band, syllables: words, sentences: count, averageSentence, longSentences: long }
}
