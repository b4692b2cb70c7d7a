/**
 * Checking a subscription form (JSON or a form post): every field text, cleaned by the one rule
 * for citizens' text, then checked; one Vietnamese/English message per refused field.
 */
import { type SubscribeFormState, SUBSCRIBE_FIELDS, SUBSCRIBE_LIMITS, SUBSCRIPTION_FREQUENCIES, SUBSCRIPTION_SCOPES, type SubscriptionFrequency, type SubscriptionScope } from '../../cms/src/contracts/alerts'
import { EMAIL_PATTERN } from '../../cms/src/contracts/citizen'
import { LEGAL_DOCUMENT_TYPES, type LegalDocumentType } from '../../cms/src/contracts/legal'
import { publicFields } from '../../cms/src/lib/publicInput'

export type SubscribeRequest = {
  email: string
  scope: SubscriptionScope
  category: string | null
  legalType: LegalDocumentType | null
  document: string | null
  frequency: SubscriptionFrequency
  site: string | null
  honeypot: boolean
}

export type Checked = { ok: true; request: SubscribeRequest; values: SubscribeFormState['values'] } | { ok: false; errors: SubscribeFormState['errors']; values: SubscribeFormState['values'] }

const NOT_TEXT = { vi: 'Giá trị không hợp lệ (phải là văn bản).', en: 'Invalid value (must be text).' }

export function checkSubscription(body: unknown): Checked {
  const normalised = body && typeof body === 'object' && !Array.isArray(body) && typeof (body as Record<string, unknown>).consent === 'boolean'
    ? { ...(body as Record<string, unknown>), consent: (body as Record<string, unknown>).consent ? 'true' : '' }
    : body
  const fields = publicFields(normalised, SUBSCRIBE_FIELDS)
  if (!fields) return { ok: false, errors: { form: { vi: 'Yêu cầu không hợp lệ.', en: 'Invalid request.' } }, values: {} }
  const { values, badFields } = fields
  const errors: SubscribeFormState['errors'] = {}
  for (const f of badFields) errors[f] = NOT_TEXT
  const get = (name: (typeof SUBSCRIBE_FIELDS)[number]) => values[name]?.trim() || null

  const email = get('email')?.toLowerCase() ?? null
  if (!errors.email) {
    if (!email) errors.email = { vi: 'Vui lòng nhập địa chỉ thư điện tử.', en: 'Please enter your email address.' }
    else if (email.length > SUBSCRIBE_LIMITS.email) errors.email = { vi: `Thư điện tử tối đa ${SUBSCRIBE_LIMITS.email} ký tự.`, en: `The email address is at most ${SUBSCRIBE_LIMITS.email} characters.` }
    else if (!EMAIL_PATTERN.test(email)) errors.email = { vi: 'Thư điện tử không đúng dạng, ví dụ ten@example.vn.', en: 'The email address is not valid, e.g. name@example.vn.' }
  }
  const scope = (get('scope') ?? 'portal') as SubscriptionScope
  if (!errors.scope && !SUBSCRIPTION_SCOPES.includes(scope)) errors.scope = { vi: 'Hãy chọn nội dung muốn nhận tin trong danh sách.', en: 'Choose what to follow from the list.' }
  const category = get('category')
  if (scope === 'category' && !errors.category && !(category && /^[a-z0-9-]{1,120}$/.test(category))) errors.category = { vi: 'Hãy chọn một chuyên mục.', en: 'Choose a category.' }
  const legalType = get('legalType') as LegalDocumentType | null
  if (scope === 'legal-type' && !errors.legalType && !(legalType && LEGAL_DOCUMENT_TYPES.includes(legalType))) errors.legalType = { vi: 'Hãy chọn một loại văn bản.', en: 'Choose a type of legal document.' }
  const document = get('document')
  if (scope === 'document' && !errors.document) {
    if (!document || document.length > SUBSCRIBE_LIMITS.document || !/^\/[a-z0-9/-]*\/$/.test(document)) errors.document = { vi: 'Không rõ trang muốn theo dõi.', en: 'The page to follow is missing or not valid.' }
  }
  const frequency = (get('frequency') ?? 'immediate') as SubscriptionFrequency
  if (!errors.frequency && !SUBSCRIPTION_FREQUENCIES.includes(frequency)) errors.frequency = { vi: 'Hãy chọn nhận ngay hoặc tổng hợp mỗi ngày.', en: 'Choose immediate or daily.' }
  const consent = get('consent')
  if (!errors.consent && !(consent && ['on', 'true', '1', 'yes'].includes(consent))) {
    errors.consent = { vi: 'Vui lòng đồng ý cho sử dụng địa chỉ thư để gửi tin.', en: 'Please agree to the use of your email address for these messages.' }
  }
  const site = get('site')
  if (site !== null && !errors.site && !/^[a-z0-9-]{1,120}$/.test(site)) errors.site = { vi: 'Cổng thông tin không hợp lệ.', en: 'Invalid portal.' }
  if (Object.keys(errors).length) return { ok: false, errors, values }
  return {
    ok: true,
    values,
    request: {
      email: email!,
      scope,
      category: scope === 'category' ? category : null,
      legalType: scope === 'legal-type' ? legalType : null,
      document: scope === 'document' ? document : null,
      frequency,
      site,
      honeypot: Boolean(get('website')),
    },
  }
}
