/**
 * Payload's own error messages in Vietnamese and English, like the platform's: "Something went
 * wrong.", "You are not allowed to perform this action.", "The following field is invalid:
 * password" and the rest of its `error:` messages become "<Vietnamese> / <English>" in every REST
 * error answer (the admin shows them as they come). Messages the platform already wrote in both
 * languages, and messages of field validation (already in the request's language), are kept.
 */
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import type { AfterErrorHook } from 'payload'

import { VI_OVERRIDES } from './translations'

type Pair = { vi: string; en: string }

const UNKNOWN: Pair = { vi: VI_OVERRIDES.error.unknown, en: 'Something went wrong.' }

const viError = (key: string): string =>
  (VI_OVERRIDES.error as Record<string, string>)[key] ?? (vi.translations.error as Record<string, string>)[key] ?? ''

/** Whole messages, by their English and their (original) Vietnamese text. */
const EXACT = new Map<string, Pair>()
/** Messages followed by a list (field names). */
const PREFIXES: Array<{ texts: string[]; pair: Pair }> = []

for (const [key, english] of Object.entries(en.translations.error as Record<string, string>)) {
  const pair = { vi: viError(key), en: english }
  if (!pair.vi) continue
  if (key.startsWith('followingFieldsInvalid')) {
    PREFIXES.push({ texts: [english, (vi.translations.error as Record<string, string>)[key]!, pair.vi], pair })
    continue
  }
  if (english.includes('{{')) continue
  for (const text of [english, (vi.translations.error as Record<string, string>)[key], pair.vi]) if (text) EXACT.set(text, pair)
}
for (const text of ['Something went wrong.', 'Something went wrong', 'An unknown error occurred.']) EXACT.set(text, UNKNOWN)
EXACT.set('Not Found', { vi: viError('notFound'), en: 'Not found.' })
EXACT.set('Forbidden', { vi: viError('notAllowedToPerformAction'), en: 'You are not allowed to perform this action.' })

/** The message in both languages, or as it was when it is not one of Payload's. */
export function bilingualMessage(message: string): string {
  if (!message || message.includes(' / ')) return message
  const exact = EXACT.get(message.trim())
  if (exact) return `${exact.vi} / ${exact.en}`
  for (const { texts, pair } of PREFIXES) {
    const prefix = texts.find((text) => message.startsWith(text))
    if (prefix !== undefined) {
      const rest = message.slice(prefix.length)
      return `${pair.vi}${rest} / ${pair.en}${rest}`
    }
  }
  return message
}

export const bilingualErrors: AfterErrorHook = ({ result }) => {
  const errors = result?.errors
  if (!Array.isArray(errors)) return
  let changed = false
  const translated = errors.map((error) => {
    const message = typeof error?.message === 'string' ? bilingualMessage(error.message) : error?.message
    if (message !== error?.message) changed = true
    return { ...error, message }
  })
  return changed ? { response: { ...result, errors: translated } } : undefined
}
