import { describe, expect, it } from 'vitest'

import { checkComment, consultationStatus } from './rules'

describe('consultationStatus', () => {
  const opens = '2026-11-01T01:00:00.000Z'
  const closes = '2026-12-01T16:59:59.000Z'
  it('is upcoming, open, then closed at the closing instant', () => {
    expect(consultationStatus(opens, closes, new Date('2026-10-31T00:00:00Z'))).toBe('sap-mo')
    expect(consultationStatus(opens, closes, new Date('2026-11-01T01:00:00Z'))).toBe('dang-lay-y-kien')
    expect(consultationStatus(opens, closes, new Date('2026-12-01T16:59:58Z'))).toBe('dang-lay-y-kien')
    expect(consultationStatus(opens, closes, new Date('2026-12-01T16:59:59Z'))).toBe('da-ket-thuc')
  })
})

describe('checkComment', () => {
  const good = { name: '  Nguyễn  Văn An ', email: 'An@Example.VN', organisation: '', comment: 'Đề nghị làm rõ khái niệm "cổng thông tin".', article: 'Điều 3' }

  it('normalises a good comment', () => {
    expect(checkComment(good, ['Điều 3'])).toEqual({
      ok: true,
      spam: false,
      value: { name: 'Nguyễn Văn An', email: 'an@example.vn', organisation: null, comment: 'Đề nghị làm rõ khái niệm "cổng thông tin".', article: 'Điều 3' },
    })
  })

  it('reports every bad field with its own code', () => {
    const result = checkComment({ name: '', email: 'khong-phai-email', organisation: 'x'.repeat(201), comment: 'ngắn', article: 'Điều 99' }, ['Điều 3'])
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors).toEqual([
        { field: 'name', code: 'name.required' },
        { field: 'email', code: 'email.invalid' },
        { field: 'organisation', code: 'organisation.too-long' },
        { field: 'comment', code: 'comment.too-short' },
        { field: 'article', code: 'article.unknown' },
      ])
    }
  })

  it('limits lengths and flags the honeypot', () => {
    const result = checkComment({ ...good, comment: 'a'.repeat(5001), website: 'http://spam' }, ['Điều 3'])
    expect(result).toMatchObject({ ok: false, spam: true, errors: [{ field: 'comment', code: 'comment.too-long' }] })
    expect(checkComment({ ...good, website: 'x' }, ['Điều 3'])).toMatchObject({ ok: true, spam: true })
  })
})
