/**
 * Validation of a citizen's question (JSON from a script or a plain form post): every field is
 * checked and every problem is reported next to its field, in Vietnamese and English. Fields must
 * be text (a JSON boolean for the two ticks); text goes through the platform's one rule for
 * citizens' input (lib/publicInput: NFC, no control characters) and is trimmed; nothing else
 * about it is changed.
 */
import { cleanText, MAX_FIELD_CHARS } from '../../cms/src/lib/publicInput'
import { EMAIL_PATTERN, FIELD_NAMES, fieldMessages } from '../../cms/src/contracts/citizen'
import { type FormState, QUESTION_FIELDS, QUESTION_LIMITS, type QuestionField } from '../../cms/src/contracts/dialogue'

export type Submission = {
  name: string
  /** The asker ticked "show my name" (otherwise readers see the initials). */
  showName: boolean
  email: string
  phone: string | null
  address: string
  topic: string | null
  text: string
  /** Session slug; absent for the ongoing Q&A (hỏi đáp). */
  session: string | null
  /** Site slug, needed only on the platform host (a portal host names its site). */
  site: string | null
  /** The honeypot field, invisible to people. */
  honeypot: string | null
}

export type ValidationResult = { ok: true; submission: Submission; values: FormState['values'] } | { ok: false; errors: FormState['errors']; values: FormState['values'] }

/** The hidden field that people never fill in (named so that bots do). */
export const HONEYPOT_FIELD = 'website'

/** Fields a JSON client may send as a boolean (a form sends "on"). */
const FLAGS = new Set(['consent', 'showName'])

/** A field as cleaned text (lib/publicInput), null when empty; anything but text is refused. */
function text(raw: unknown, field: string): string | null | { error: 'type' } {
  if (raw === undefined || raw === null) return null
  if (typeof raw === 'boolean' && FLAGS.has(field)) return raw ? 'true' : null
  if (typeof raw !== 'string' || raw.length > MAX_FIELD_CHARS) return { error: 'type' }
  const value = cleanText(raw).trim()
  return value === '' ? null : value
}

// Every message names its field: the error summary at the top of the form lists them out of context.
const { tooLong, tooShort } = fieldMessages

export function validateSubmission(input: unknown): ValidationResult {
  const body = (input && typeof input === 'object' && !Array.isArray(input) ? input : {}) as Record<string, unknown>
  const errors: FormState['errors'] = {}
  const values: FormState['values'] = {}
  const get = (field: string) => {
    const value = text(body[field], field)
    if (value && typeof value === 'object') {
      errors[field as QuestionField] = { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' }
      return null
    }
    if (value !== null && (QUESTION_FIELDS as readonly string[]).includes(field)) values[field as keyof FormState['values']] = value.slice(0, 5000)
    return value
  }

  const name = get('name')
  if (!name) errors.name = { vi: 'Vui lòng nhập họ và tên.', en: 'Please enter your full name.' }
  else if (name.length < QUESTION_LIMITS.name.min) errors.name = tooShort(FIELD_NAMES.name, QUESTION_LIMITS.name.min)
  else if (name.length > QUESTION_LIMITS.name.max) errors.name = tooLong(FIELD_NAMES.name, QUESTION_LIMITS.name.max)

  const email = get('email')?.toLowerCase() ?? null
  if (!email) errors.email = { vi: 'Vui lòng nhập thư điện tử để nhận thông báo trả lời.', en: 'Please enter your email address to be told of the answer.' }
  else if (email.length > QUESTION_LIMITS.email.max) errors.email = tooLong(FIELD_NAMES.email, QUESTION_LIMITS.email.max)
  else if (!EMAIL_PATTERN.test(email)) errors.email = fieldMessages.emailInvalid()

  const phone = get('phone')
  if (phone) {
    const digits = phone.replace(/\D/g, '')
    if (phone.length > QUESTION_LIMITS.phone.max) errors.phone = tooLong(FIELD_NAMES.phone, QUESTION_LIMITS.phone.max)
    else if (!/^\+?[\d\s.()-]+$/.test(phone) || digits.length < 9 || digits.length > 15) {
      errors.phone = { vi: 'Số điện thoại gồm 9–15 chữ số, ví dụ 0912 345 678.', en: 'A phone number has 9–15 digits, e.g. 0912 345 678.' }
    }
  }

  const address = get('address')
  if (!address) errors.address = { vi: 'Vui lòng nhập địa chỉ (xã/phường, tỉnh/thành phố).', en: 'Please enter your address (commune, province).' }
  else if (address.length < QUESTION_LIMITS.address.min) errors.address = tooShort(FIELD_NAMES.address, QUESTION_LIMITS.address.min)
  else if (address.length > QUESTION_LIMITS.address.max) errors.address = tooLong(FIELD_NAMES.address, QUESTION_LIMITS.address.max)

  const topic = get('topic')
  if (topic && topic.length > QUESTION_LIMITS.topic.max) errors.topic = tooLong(FIELD_NAMES.topic, QUESTION_LIMITS.topic.max)

  const question = get('text')
  if (!question) errors.text = { vi: 'Vui lòng nhập nội dung câu hỏi.', en: 'Please write your question.' }
  else if (question.length < QUESTION_LIMITS.text.min) errors.text = tooShort(FIELD_NAMES.question, QUESTION_LIMITS.text.min)
  else if (question.length > QUESTION_LIMITS.text.max) errors.text = tooLong(FIELD_NAMES.question, QUESTION_LIMITS.text.max)

  const consent = get('consent')
  if (!consent || !['on', 'true', '1', 'yes'].includes(consent.toLowerCase())) {
    errors.consent = {
      vi: 'Cần đồng ý với quy định gửi câu hỏi và việc xử lý thông tin cá nhân để gửi.',
      en: 'You must accept the rules and the processing of your personal data to send a question.',
    }
  }

  const showName = get('showName')
  const showsName = showName !== null && ['on', 'true', '1', 'yes'].includes(showName.toLowerCase())

  const session = get('session')
  if (session && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(session)) errors.session = { vi: 'Phiên đối thoại không tồn tại.', en: 'No such dialogue session.' }
  const site = get('site')
  if (site && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(site)) errors.site = { vi: 'Cổng thông tin không tồn tại.', en: 'No such portal.' }
  const honeypot = get(HONEYPOT_FIELD)

  if (Object.keys(errors).length > 0) return { ok: false, errors, values }
  return {
    ok: true,
    values,
    submission: { name: name!, showName: showsName, email: email!, phone, address: address!, topic, text: question!, session, site, honeypot },
  }
}

/** The JSON body of a 400 answer: one entry per field, in both languages. */
export { errorBody } from '../../cms/src/lib/endpoint'
