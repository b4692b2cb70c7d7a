/**
 * A first screening of citizen questions for spam and abuse. It never refuses a question: a
 * suspicious one is stored like any other and *held* for a moderator with the reasons found, so
 * a false alarm costs a moderator a click, not a citizen their question.
 *
 * Vietnamese-aware: accented words are matched with their accents (folded, "lồn" would become
 * "lon", which is also "lớn", big), and only unambiguous unaccented forms are matched folded.
 */
import { foldDiacritics } from '../../cms/src/lib/text'

export type HoldReason = 'profanity' | 'links' | 'spam-words' | 'repeated-characters' | 'shouting' | 'honeypot'

export type Screening = { held: boolean; reasons: HoldReason[] }

/** Offensive words, matched as whole words in the NFC, lower-cased text. */
const PROFANITY_ACCENTED = ['địt', 'đụ', 'lồn', 'buồi', 'cặc', 'đéo', 'đĩ', 'đm', 'đcm', 'đmm', 'vãi lồn', 'óc chó', 'chó chết', 'mẹ mày', 'đồ khốn']

/** Unaccented forms that mean nothing else, matched as whole words in the folded text. */
const PROFANITY_FOLDED = ['dit me', 'dit con me', 'du ma', 'dcm', 'dmm', 'vcl', 'vkl', 'clgt', 'cmm', 'occho', 'fuck', 'shit']

/** Advertising and scam vocabulary that has no place in a question to an agency. */
const SPAM_FOLDED = ['casino', 'ca do', 'ca cuoc', 'lo de', 'nha cai', 'vay tien nhanh', 'vay online', 'giai ngan trong ngay', 'kiem tien online', 'viagra', 'zalo de nhan', 'bong da truc tuyen']

const words = (text: string) => ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `
const hasPhrase = (haystack: string, phrases: readonly string[]) => phrases.some((p) => haystack.includes(` ${p} `))

export function screenQuestion(input: { name: string; text: string; honeypot?: string | null }): Screening {
  const reasons: HoldReason[] = []
  const all = `${input.name}\n${input.text}`.normalize('NFC')
  const lower = words(all.toLowerCase())
  const folded = words(foldDiacritics(all).toLowerCase())

  if (input.honeypot && input.honeypot.trim() !== '') reasons.push('honeypot')
  if (hasPhrase(lower, PROFANITY_ACCENTED) || hasPhrase(folded, PROFANITY_FOLDED)) reasons.push('profanity')
  const links = all.match(/\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:com|net|xyz|top|info|biz|club|vip|bet)\b/gi) ?? []
  if (links.length >= 2) reasons.push('links')
  if (hasPhrase(folded, SPAM_FOLDED)) reasons.push('spam-words')
  if (/(\p{L})\1{7,}|([!?.])\2{9,}/u.test(all)) reasons.push('repeated-characters')
  const letters = all.replace(/[^\p{L}]/gu, '')
  const upper = letters.replace(/[^\p{Lu}]/gu, '')
  if (letters.length >= 30 && upper.length / letters.length > 0.7) reasons.push('shouting')
  return { held: reasons.length > 0, reasons }
}

export const HOLD_REASON_LABELS: Record<HoldReason, { vi: string; en: string }> = {
  profanity: { vi: 'từ ngữ thô tục', en: 'profanity' },
  links: { vi: 'nhiều đường dẫn', en: 'several links' },
  'spam-words': { vi: 'nội dung quảng cáo', en: 'advertising' },
  'repeated-characters': { vi: 'ký tự lặp lại', en: 'repeated characters' },
  shouting: { vi: 'viết hoa toàn bộ', en: 'all capitals' },
  honeypot: { vi: 'điền trường ẩn (có thể là máy)', en: 'hidden field filled (likely a bot)' },
}
