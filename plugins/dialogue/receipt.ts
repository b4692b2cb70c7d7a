/**
 * Receipt codes (mã tra cứu) and public refs. A receipt code is the asker's only key to the
 * status of their question, so it is random (50 bits), not a counter: nobody can walk through
 * other people's questions. It is written in Crockford's base 32 (no I, L, O, U), grouped by
 * four, and read back forgivingly (lower case, spaces, O for 0, I or L for 1).
 */
import { randomBytes } from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

function base32(bytes: Buffer, length: number): string {
  let out = ''
  let bits = 0
  let value = 0
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  return out
}

/** A new receipt code, e.g. `7K3F9-QPXM2`. */
export function newReceiptCode(): string {
  const raw = base32(randomBytes(7), 10)
  return `${raw.slice(0, 5)}-${raw.slice(5)}`
}

/** A new public ref of a question (what readers' pages and the live stream use as its key). */
export function newQuestionRef(): string {
  return base32(randomBytes(7), 10).toLowerCase()
}

/** The canonical form of a typed receipt code, or null when it cannot be one. */
export function normalizeReceiptCode(input: unknown): string | null {
  if (typeof input !== 'string') return null
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (!/^[0-9A-HJKMNP-TV-Z]{10}$/.test(cleaned)) return null
  return `${cleaned.slice(0, 5)}-${cleaned.slice(5)}`
}
