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

/** Fill `{name}` placeholders of a message. */
export const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''))

export type Tone = 'error' | 'warning' | 'success' | 'neutral'

/** A badge: colour and text together (never colour alone, WCAG 1.4.1). */
export function badgeStyle(tone: Tone): CSSProperties {
  const colours: Record<Tone, [string, string, string]> = {
    error: ['var(--theme-error-100)', 'var(--theme-error-750)', 'var(--theme-error-400)'],
    warning: ['var(--theme-warning-100)', 'var(--theme-warning-800)', 'var(--theme-warning-600)'],
    success: ['var(--theme-success-100)', 'var(--theme-success-750)', 'var(--theme-success-400)'],
    neutral: ['var(--theme-elevation-50)', 'var(--theme-elevation-800)', 'var(--theme-elevation-200)'],
  }
  const [background, color, border] = colours[tone]
  return {
    background,
    color,
    border: `1px solid ${border}`,
    borderRadius: 'var(--style-radius-s)',
    display: 'inline-block',
    fontSize: '0.85em',
    lineHeight: 1.4,
    margin: '0 0.25rem 0.25rem 0',
    padding: '0 0.4rem',
    whiteSpace: 'nowrap',
  }
}
