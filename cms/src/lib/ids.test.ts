import { describe, expect, it } from 'vitest'

import { compareIds } from './ids'

describe('compareIds', () => {
  it('orders serial ids as numbers and ObjectIds by their time-first hex, never NaN', () => {
    expect([10, 9, 100, 11].sort(compareIds)).toEqual([9, 10, 11, 100])
    expect(['10', '9'].sort(compareIds)).toEqual(['9', '10'])
    const older = '65a0f0000000000000000001'
    const newer = '65a0f1000000000000000000'
    expect([newer, older].sort(compareIds)).toEqual([older, newer])
    expect(compareIds(older, older)).toBe(0)
    expect(Number.isNaN(compareIds('65a0f0000000000000000001', 'ffa0f0000000000000000001'))).toBe(false)
  })
})
