import { describe, expect, it } from 'vitest'

import { vnDate } from './dates'
import { deriveValidity, type IncomingRelation } from './validity'

// Nghị định 43/2011/NĐ-CP, replaced by 42/2022/NĐ-CP from 15/08/2022.
const nd43 = { issueDate: '2011-06-13', effectiveDate: '2011-08-01', expiryDate: null }
const replacedBy42: IncomingRelation = { kind: 'replaces', sourceNumber: '42/2022/NĐ-CP', sourceStart: '2022-08-15' }

describe('deriveValidity over time', () => {
  it('is not yet in force before the effective date, and says when it will be', () => {
    const v = deriveValidity(nd43, [], '2011-07-31')
    expect(v).toMatchObject({ status: 'chua-co-hieu-luc', reason: 'Có hiệu lực từ 01/08/2011', nextChange: '2011-08-01' })
  })

  it('is in force from the effective date on', () => {
    expect(deriveValidity(nd43, [], '2011-08-01')).toMatchObject({ status: 'con-hieu-luc', since: '2011-08-01', nextChange: null })
  })

  it('stays in force until the replacing document takes effect, then ends that day', () => {
    expect(deriveValidity(nd43, [replacedBy42], '2022-08-14')).toMatchObject({ status: 'con-hieu-luc', nextChange: '2022-08-15' })
    expect(deriveValidity(nd43, [replacedBy42], '2022-08-15')).toMatchObject({
      status: 'het-hieu-luc-toan-bo',
      since: '2022-08-15',
      reason: 'Bị thay thế bởi 42/2022/NĐ-CP từ 15/08/2022',
      nextChange: null,
    })
  })

  it('ends on its own expiry date', () => {
    const temporary = { issueDate: '2020-01-10', effectiveDate: '2020-03-01', expiryDate: '2021-12-31' }
    expect(deriveValidity(temporary, [], '2021-12-30')).toMatchObject({ status: 'con-hieu-luc', nextChange: '2021-12-31' })
    expect(deriveValidity(temporary, [], '2021-12-31')).toMatchObject({ status: 'het-hieu-luc-toan-bo', since: '2021-12-31', reason: 'Hết hiệu lực toàn bộ từ 31/12/2021' })
  })

  it('takes whichever end comes first', () => {
    const doc = { issueDate: '2020-01-10', effectiveDate: '2020-03-01', expiryDate: '2025-01-01' }
    const repealed: IncomingRelation = { kind: 'repeals', sourceNumber: '01/2023/TT-BKHCN', sourceStart: '2023-06-01' }
    expect(deriveValidity(doc, [repealed], '2026-01-01')).toMatchObject({ status: 'het-hieu-luc-toan-bo', since: '2023-06-01', reason: 'Bị bãi bỏ bởi 01/2023/TT-BKHCN từ 01/06/2023' })
  })

  it('is partly out of force once an amending document is in force, listing every one', () => {
    const luat = { issueDate: '2017-06-19', effectiveDate: '2018-07-01', expiryDate: null }
    const amended: IncomingRelation = { kind: 'amends', sourceNumber: '93/2025/QH15', sourceStart: '2025-10-01' }
    const partly: IncomingRelation = { kind: 'repeals-partly', sourceNumber: '12/2026/QH15', sourceStart: '2026-07-01' }
    expect(deriveValidity(luat, [amended, partly], '2025-09-30')).toMatchObject({ status: 'con-hieu-luc', nextChange: '2025-10-01' })
    expect(deriveValidity(luat, [amended, partly], '2025-10-01')).toMatchObject({
      status: 'het-hieu-luc-mot-phan',
      since: '2025-10-01',
      reason: 'Bị sửa đổi bởi 93/2025/QH15 từ 01/10/2025',
      nextChange: '2026-07-01',
    })
    expect(deriveValidity(luat, [amended, partly], '2026-07-01').reason).toBe(
      'Bị sửa đổi bởi 93/2025/QH15 từ 01/10/2025; Bị bãi bỏ một phần bởi 12/2026/QH15 từ 01/07/2026',
    )
  })

  it('a later full replacement wins over earlier amendments', () => {
    const amended: IncomingRelation = { kind: 'amends', sourceNumber: '107/2021/NĐ-CP', sourceStart: '2021-12-06' }
    const replaced: IncomingRelation = { kind: 'replaces', sourceNumber: '118/2025/NĐ-CP', sourceStart: '2025-07-01' }
    const nd61 = { issueDate: '2018-04-23', effectiveDate: '2018-06-21', expiryDate: null }
    expect(deriveValidity(nd61, [amended, replaced], '2024-01-01').status).toBe('het-hieu-luc-mot-phan')
    expect(deriveValidity(nd61, [amended, replaced], '2025-07-01').status).toBe('het-hieu-luc-toan-bo')
  })

  it('ignores supplements, guidance and bases', () => {
    const rels: IncomingRelation[] = [
      { kind: 'supplements', sourceNumber: 'A', sourceStart: '2020-01-01' },
      { kind: 'guides', sourceNumber: 'B', sourceStart: '2020-01-01' },
      { kind: 'based-on', sourceNumber: 'C', sourceStart: '2020-01-01' },
    ]
    expect(deriveValidity(nd43, rels, '2021-01-01').status).toBe('con-hieu-luc')
  })

  it('falls back to the issue date when there is no effective date', () => {
    const letter = { issueDate: '2024-03-05', effectiveDate: null, expiryDate: null }
    expect(deriveValidity(letter, [], '2024-03-04').status).toBe('chua-co-hieu-luc')
    expect(deriveValidity(letter, [], '2024-03-05').status).toBe('con-hieu-luc')
  })

  it('lets an editor override the status (suspension), keeping the reason', () => {
    const v = deriveValidity(nd43, [], '2015-01-01', { status: 'ngung-hieu-luc', reason: 'Đình chỉ thi hành theo Quyết định …', since: '2014-12-01' })
    expect(v).toEqual({ status: 'ngung-hieu-luc', since: '2014-12-01', reason: 'Đình chỉ thi hành theo Quyết định …', nextChange: null, overridden: true })
  })
})

describe('vnDate', () => {
  it('counts days in Việt Nam whatever the server zone', () => {
    expect(vnDate('2022-08-14T16:59:59.000Z')).toBe('2022-08-14')
    expect(vnDate('2022-08-14T17:00:00.000Z')).toBe('2022-08-15')
    expect(vnDate('2022-08-15T12:00:00.000Z')).toBe('2022-08-15')
    expect(vnDate('2022-08-15')).toBe('2022-08-15')
    expect(vnDate(null)).toBeNull()
  })
})
