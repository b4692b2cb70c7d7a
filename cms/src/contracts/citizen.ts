/**
 * The fields citizens fill in on every portal form (a question to a dialogue or the Q&A, a
 * comment on a draft): one set of limits, one email rule, one example and messages that name the
 * field, so the forms agree with each other and with the server that checks them.
 */
type Label = { vi: string; en: string }

export const CITIZEN_NAME = { min: 2, max: 100 } as const
export const CITIZEN_EMAIL = { max: 254 } as const

/** The example address every form shows. */
export const EMAIL_EXAMPLE = 'ten@example.com'

/** One "@", a dot in the domain, no spaces or characters that have no place in an address. Deliverability is not checked. */
export const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/

/** A field's name in messages: "Họ và tên", "Nội dung câu hỏi"… */
export type FieldName = Label

export const FIELD_NAMES = {
  name: { vi: 'Họ và tên', en: 'Your name' },
  email: { vi: 'Thư điện tử', en: 'Your email address' },
  phone: { vi: 'Số điện thoại', en: 'Your phone number' },
  address: { vi: 'Địa chỉ', en: 'Your address' },
  topic: { vi: 'Chủ đề', en: 'The topic' },
  question: { vi: 'Nội dung câu hỏi', en: 'Your question' },
  organisation: { vi: 'Tên cơ quan, tổ chức', en: 'The organisation' },
  comment: { vi: 'Nội dung góp ý', en: 'Your comment' },
} as const satisfies Record<string, FieldName>

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

export const fieldMessages = {
  required: (field: FieldName, vi = `Vui lòng nhập ${lowerFirst(field.vi)}.`): Label => ({ vi, en: `Enter ${lowerFirst(field.en)}.` }),
  tooShort: (field: FieldName, min: number): Label => ({ vi: `${field.vi} cần ít nhất ${min} ký tự.`, en: `${field.en} must be at least ${min} characters.` }),
  tooLong: (field: FieldName, max: number): Label => ({ vi: `${field.vi} tối đa ${max} ký tự.`, en: `${field.en} must be ${max} characters or fewer.` }),
  emailInvalid: (): Label => ({
    vi: `Thư điện tử không đúng định dạng, ví dụ: ${EMAIL_EXAMPLE}.`,
    en: `Enter an email address in the correct format, like ${EMAIL_EXAMPLE}.`,
  }),
}

/** The hint under every email field (the form adds what the address is used for). */
export const EMAIL_HINT = `Ví dụ: ${EMAIL_EXAMPLE}.`
/** The hint under every name field. */
export const NAME_HINT = `Từ ${CITIZEN_NAME.min} đến ${CITIZEN_NAME.max} ký tự.`
