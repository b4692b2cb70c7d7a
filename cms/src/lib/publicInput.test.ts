import { describe, expect, it } from 'vitest'

import { cleanText, publicFields } from './publicInput'

describe('cleanText', () => {
  it('removes control characters (NUL included) and normalises line breaks and Unicode', () => {
    expect(cleanText('Góp\u0000 ý\u0007\r\nmới\u202E')).toBe('Góp ý\nmới')
    expect(cleanText('Tab\tstays')).toBe('Tab\tstays')
    expect(cleanText('Hoa\u0300')).toBe('Hoà')
  })
})

describe('publicFields', () => {
  it('keeps the named text fields, cleaned, and names those that are not text', () => {
    const result = publicFields({ name: 'An\u0000', email: ['a@b.vn'], comment: { x: 1 }, organisation: 5, other: {} }, ['name', 'email', 'comment', 'organisation', 'article'])
    expect(result).toEqual({ values: { name: 'An' }, badFields: ['email', 'comment', 'organisation'] })
  })

  it('refuses bodies that are not objects', () => {
    for (const body of [null, 'text', 3, ['a']]) expect(publicFields(body, ['name'])).toBeNull()
  })
})
