/**
 * "Has someone asked this already?": similarity of Vietnamese questions for the moderator console.
 *
 * Vietnamese is written one syllable per token and most words are two syllables ("thủ tục",
 * "đất đai"), so a question is compared by its syllables and by its pairs of adjacent syllables,
 * after folding (diacritics off, đ → d, lower case): citizens typing without accents match those
 * who do. Folding merges different words ("đường" road, "dương" positive), so syllables that
 * also agree with their accents count a little extra. Courtesy and function words ("xin hỏi",
 * "cho tôi", "ạ") are ignored: every question has them.
 *
 * Pure and framework-free: the console runs it in the browser; the tests run it in Node.
 */
import { foldDiacritics } from '../../cms/src/lib/text'

/** Function and courtesy words, folded. */
const STOPWORDS = new Set(
  (
    'a ah ak la da xin hoi cho toi em anh chi ong ba chung minh ban co khong duoc cua va voi cac nhung nhu thi nay do kia ' +
    've tai trong ngoai tren duoi de neu khi vay sao gi nao bao nhieu lam rat cung da dang se con nua roi chua hay hoac boi vi nen ' +
    'kinh gui thua quy cam on nhe biet muon'
  ).split(' '),
)

export type QuestionFeatures = {
  /** Folded content syllables. */
  unigrams: Set<string>
  /** Folded pairs of adjacent content syllables. */
  bigrams: Set<string>
  /** Content syllables with their accents (NFC, lower case). */
  exact: Set<string>
}

function syllables(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/** The folded, space-separated content syllables of a text (stored as a question's search key). */
export function searchKey(text: string): string {
  return syllables(foldDiacritics(text))
    .filter((s) => !STOPWORDS.has(s))
    .join(' ')
}

export function features(text: string): QuestionFeatures {
  const raw = syllables(text)
  const folded = raw.map((s) => foldDiacritics(s))
  const unigrams = new Set<string>()
  const bigrams = new Set<string>()
  const exact = new Set<string>()
  let previous: string | null = null
  for (let i = 0; i < folded.length; i++) {
    const word = folded[i]!
    if (STOPWORDS.has(word)) {
      previous = null
      continue
    }
    unigrams.add(word)
    exact.add(raw[i]!)
    if (previous) bigrams.add(`${previous} ${word}`)
    previous = word
  }
  return { unigrams, bigrams, exact }
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  const [small, large] = a.size < b.size ? [a, b] : [b, a]
  let shared = 0
  for (const item of small) if (large.has(item)) shared++
  return (2 * shared) / (a.size + b.size)
}

/** 0 (nothing in common) to 1 (the same content words in the same order). */
export function similarity(a: QuestionFeatures, b: QuestionFeatures): number {
  const score = 0.45 * dice(a.unigrams, b.unigrams) + 0.45 * dice(a.bigrams, b.bigrams) + 0.1 * dice(a.exact, b.exact)
  return Math.round(score * 1000) / 1000
}

export type Candidate<T> = { item: T; features: QuestionFeatures }

/**
 * The `limit` candidates most similar to `target`, best first, at least `min` similar. Linear in
 * the number of candidates (a session with 20,000 questions takes a few milliseconds).
 */
export function mostSimilar<T>(target: QuestionFeatures, candidates: Iterable<Candidate<T>>, limit = 5, min = 0.2): { item: T; score: number }[] {
  const best: { item: T; score: number }[] = []
  for (const candidate of candidates) {
    const score = similarity(target, candidate.features)
    if (score < min) continue
    if (best.length === limit && score <= best[best.length - 1]!.score) continue
    best.push({ item: candidate.item, score })
    best.sort((x, y) => y.score - x.score)
    if (best.length > limit) best.pop()
  }
  return best
}
