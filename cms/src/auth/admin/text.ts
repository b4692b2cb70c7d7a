/** Pick the Vietnamese or English text for the admin's current language. */
export type Bilingual = { vi: string; en: string }
export const pick = (language: string, text: Bilingual): string => (language === 'en' ? text.en : text.vi)

/** The message of a Payload REST error response, if any. */
export function errorMessage(body: unknown, fallback: string): string {
  const errors = (body as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] } | null)?.errors
  const first = errors?.[0]
  return first?.data?.errors?.[0]?.message ?? first?.message ?? fallback
}
