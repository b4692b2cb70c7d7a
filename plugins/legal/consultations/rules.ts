/**
 * Draft consultations as pure rules: the phase from the dates, and the checks on a citizen's
 * comment (each field gets its own error code, see `COMMENT_ERROR_MESSAGES` in the contract).
 */
import { EMAIL_PATTERN } from '../../../cms/src/contracts/citizen'
import { COMMENT_HONEYPOT_FIELD, COMMENT_LIMITS, type CommentErrorCode, type ConsultationStatus } from '../../../cms/src/contracts/legal'

export function consultationStatus(opensAt: string | null | undefined, closesAt: string | null | undefined, now: Date): ConsultationStatus {
  const t = now.getTime()
  if (opensAt && t < Date.parse(opensAt)) return 'sap-mo'
  if (closesAt && t >= Date.parse(closesAt)) return 'da-ket-thuc'
  return 'dang-lay-y-kien'
}

export type CommentInput = { name: string; email: string; organisation: string | null; comment: string; article: string | null }

export type CommentCheck =
  | { ok: true; value: CommentInput; spam: boolean }
  | { ok: false; errors: Array<{ field: keyof CommentInput; code: CommentErrorCode }>; spam: boolean }

const text = (value: unknown) => (typeof value === 'string' ? value.normalize('NFC').trim() : '')

/**
 * Check a submitted comment. `articles` are the references ("Điều 5") the draft offers; an
 * article outside that list is refused. A filled honeypot marks the submission as spam.
 */
export function checkComment(raw: Record<string, unknown>, articles: string[]): CommentCheck {
  const name = text(raw.name).replace(/\s+/g, ' ')
  const email = text(raw.email).toLowerCase()
  const organisation = text(raw.organisation).replace(/\s+/g, ' ')
  const comment = text(raw.comment).replace(/\r\n?/g, '\n')
  const article = text(raw.article)
  const spam = text(raw[COMMENT_HONEYPOT_FIELD]) !== ''
  const errors: Array<{ field: keyof CommentInput; code: CommentErrorCode }> = []
  if (!name) errors.push({ field: 'name', code: 'name.required' })
  else if (name.length < COMMENT_LIMITS.nameMin) errors.push({ field: 'name', code: 'name.too-short' })
  else if (name.length > COMMENT_LIMITS.name) errors.push({ field: 'name', code: 'name.too-long' })
  if (!email) errors.push({ field: 'email', code: 'email.required' })
  else if (email.length > COMMENT_LIMITS.email || !EMAIL_PATTERN.test(email)) errors.push({ field: 'email', code: 'email.invalid' })
  if (organisation.length > COMMENT_LIMITS.organisation) errors.push({ field: 'organisation', code: 'organisation.too-long' })
  if (!comment) errors.push({ field: 'comment', code: 'comment.required' })
  else if (comment.length < COMMENT_LIMITS.commentMin) errors.push({ field: 'comment', code: 'comment.too-short' })
  else if (comment.length > COMMENT_LIMITS.comment) errors.push({ field: 'comment', code: 'comment.too-long' })
  if (article && (article.length > COMMENT_LIMITS.article || !articles.includes(article))) errors.push({ field: 'article', code: 'article.unknown' })
  if (errors.length) return { ok: false, errors, spam }
  return { ok: true, spam, value: { name, email, organisation: organisation || null, comment, article: article || null } }
}
