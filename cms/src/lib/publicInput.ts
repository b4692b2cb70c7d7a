/**
 * The one rule for text that citizens send (questions, comments, invitations), applied before
 * any validation, so that what is checked is what is stored and what the receipt confirms:
 * NFC, line breaks as `\n`, and no control characters (C0 except tab and line feed, DEL, C1, and
 * the bidirectional overrides that make text read differently from what it is). A NUL, which
 * SQLite would cut the text at, is therefore gone before the length is counted.
 *
 * Fields of a public body are strings (or absent): `publicFields` checks that with zod, so an
 * object, an array or a number is refused with its field named instead of being stored as
 * `[object Object]` or `a,b`.
 */
import { z } from 'zod'

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROL, '')
}

/** At most this many characters are read from any one field (the limits are far below). */
export const MAX_FIELD_CHARS = 20_000

const field = z.string().max(MAX_FIELD_CHARS).nullish()

export type PublicFields<K extends string> = { values: Partial<Record<K, string>>; badFields: K[] }

/**
 * The named fields of a public body as cleaned strings; fields that are present but not text
 * (or longer than MAX_FIELD_CHARS) are listed in `badFields`. Other keys are ignored. A body that
 * is not an object gives null.
 */
export function publicFields<K extends string>(body: unknown, names: readonly K[]): PublicFields<K> | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null
  const schema = z.object(Object.fromEntries(names.map((n) => [n, field])) as Record<K, typeof field>)
  const parsed = schema.safeParse(body)
  const badFields = parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => String(i.path[0]) as K))]
  const values: Partial<Record<K, string>> = {}
  for (const name of names) {
    const raw = (body as Record<string, unknown>)[name]
    if (typeof raw === 'string' && !badFields.includes(name)) values[name] = cleanText(raw)
  }
  return { values, badFields }
}
