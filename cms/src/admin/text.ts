import type { CSSProperties } from 'react'

/** Text inputs of our own admin forms, matching Payload's fields. */
export const inputStyle: CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
  background: 'var(--theme-input-bg)',
  color: 'var(--theme-elevation-800)',
  font: 'inherit',
  padding: '10px 12px',
}

/** Pick the Vietnamese or English text for the admin's current language. */
export type Bilingual = { vi: string; en: string }
export const pick = (language: string, text: Bilingual): string => (language === 'en' ? text.en : text.vi)

/** The message of a Payload REST error response, if any. */
export function errorMessage(body: unknown, fallback: string): string {
  const errors = (body as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] } | null)?.errors
  const first = errors?.[0]
  return first?.data?.errors?.[0]?.message ?? first?.message ?? fallback
}
