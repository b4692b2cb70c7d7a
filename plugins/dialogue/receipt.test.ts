import { describe, expect, it } from 'vitest'

import { newQuestionRef, newReceiptCode, normalizeReceiptCode } from './receipt'

describe('receipt codes', () => {
  it('are ten Crockford base-32 characters in two groups', () => {
    for (let i = 0; i < 200; i++) expect(newReceiptCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/)
  })

  it('do not repeat', () => {
    const codes = new Set(Array.from({ length: 10_000 }, newReceiptCode))
    expect(codes.size).toBe(10_000)
  })

  it('are read back forgivingly', () => {
    expect(normalizeReceiptCode('7k3f9-qpxm2')).toBe('7K3F9-QPXM2')
    expect(normalizeReceiptCode(' 7K3F9 QPXM2 ')).toBe('7K3F9-QPXM2')
    expect(normalizeReceiptCode('7K3F9QPXMO')).toBe('7K3F9-QPXM0')
    expect(normalizeReceiptCode('IL3F9-QPXM2')).toBe('113F9-QPXM2')
    expect(normalizeReceiptCode('7K3F9-QPXM')).toBeNull()
    expect(normalizeReceiptCode('7K3F9-QPXMU')).toBeNull()
    expect(normalizeReceiptCode(42)).toBeNull()
  })

  it('public refs are lower-case and distinct', () => {
    expect(newQuestionRef()).toMatch(/^[0-9a-z]{10}$/)
    expect(newQuestionRef()).not.toBe(newQuestionRef())
  })
})
