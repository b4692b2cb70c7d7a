/**
 * The password policy of every staff account: at least 12 characters, not one of the commonly
 * used passwords (the list of zxcvbn-ts, about 50,000 entries), not the user's own email
 * address or name (checked case-insensitively), and hard to guess: zxcvbn's score at least 3 of
 * 4 ("safely unguessable": about 10^8 guesses or more), with the email and name as known words,
 * which refuses repeats, sequences and keyboard rows such as `aaaaaaaaaaaa` or `qwertyuiopas`.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'

export const MIN_PASSWORD_LENGTH = 12
/** zxcvbn score a password needs (0–4). */
export const MIN_PASSWORD_SCORE = 3
/** zxcvbn's work grows with the length; beyond this the score is already 4. */
const SCORED_LENGTH = 100

let estimator: ZxcvbnFactory | null = null

function strength(password: string, userInputs: string[]): number {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs })
  return estimator.check(password.slice(0, SCORED_LENGTH), userInputs).score
}

let common: Set<string> | null = null

function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))
  return common
}

export type PasswordOwner = { email?: string | null; name?: string | null }

/** The reason a password is refused (Vietnamese / English), or null when it is acceptable. */
export function passwordProblem(password: string, owner: PasswordOwner = {}): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự. / The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`
  }
  const lower = password.normalize('NFC').toLowerCase()
  if (commonPasswords().has(lower)) {
    return 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác. / This password is too common and easy to guess: choose another one.'
  }
  const email = owner.email?.trim().toLowerCase()
  const name = owner.name?.normalize('NFC').trim().toLowerCase()
  const mine = [email, email?.split('@')[0], name, name?.replace(/\s+/g, '')].filter((v): v is string => Boolean(v))
  if (mine.includes(lower) || mine.includes(lower.replace(/\s+/g, ''))) {
    return 'Mật khẩu không được trùng với email hay họ tên của bạn. / The password must not be your email address or name.'
  }
  if (strength(password, mine) < MIN_PASSWORD_SCORE) {
    return 'Mật khẩu quá dễ đoán (lặp lại, dãy liên tiếp, hàng phím hay từ thông dụng). Hãy dùng một cụm vài từ ít gặp, thêm số hoặc ký hiệu. / The password is too easy to guess (repeats, sequences, keyboard rows or common words): use a few unusual words with digits or symbols.'
  }
  return null
}
