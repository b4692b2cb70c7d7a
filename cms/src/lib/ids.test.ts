import { describe, expect, it } from 'vitest'

import { compareIds, dbId, InvalidId, toDbId } from './ids'

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

describe('dbId and toDbId', () => {
  const sql = { db: { defaultIDType: 'number', name: 'sqlite' } } as never
  const mongo = { db: { defaultIDType: 'text', name: 'mongoose' } } as never
  it('turns what a client sent into an id of the adapter, or refuses it (404) instead of querying NaN', () => {
    expect(dbId(sql, '12')).toBe(12)
    expect(toDbId(sql, ' 12 ')).toBe(12)
    for (const bad of ['abc', '1.5', '-1', '0', '5f1d7a9e8c1b2a3d4e5f6a7b', '', ' ', 'NaN']) {
      expect(toDbId(sql, bad)).toBeNull()
      expect(() => dbId(sql, bad)).toThrow(InvalidId)
    }
    expect(toDbId(mongo, '5f1d7a9e8c1b2a3d4e5f6a7b')).toBe('5f1d7a9e8c1b2a3d4e5f6a7b')
    expect(toDbId(mongo, '12')).toBeNull()
    const error = (() => {
      try {
        dbId(sql, 'abc')
      } catch (err) {
        return err as InvalidId
      }
    })()!
    expect(error.status).toBe(404)
    expect(error.message).toMatch(/Không tìm thấy.* \/ Not found/)
  })
})
