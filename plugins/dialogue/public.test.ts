import { describe, expect, it } from 'vitest'

import { PublicQuestion } from '../../cms/src/contracts/dialogue'
import { plainTextToLexical } from './answerText'
import { comparePublic, publicQuestion } from './public'

const PRIVATE = ['riengtu@example.com', '0987 654 321', 'Số 9 ngõ Riêng Tư']

const doc = (extra: Record<string, unknown> = {}) => ({
  id: 7,
  ref: 'abc123defg',
  receiptCode: 'AAAAA-BBBBB',
  state: 'answered',
  session: 3,
  site: 2,
  asker: { name: 'Nguyễn Văn An', displayName: null, email: PRIVATE[0], phone: PRIVATE[1], address: PRIVATE[2] },
  text: 'Câu hỏi nguyên văn',
  publicText: null,
  topic: 'Đất đai',
  receivedAt: '2026-11-01T01:00:00.000Z',
  displayOrder: 0,
  assignedGuest: 'g1',
  ipHash: 'secret-hash',
  searchKey: 'cau nguyen van',
  answer: { body: plainTextToLexical('Trả lời <b>không</b> phải HTML'), by: 'Bà Lê Thị Hoa', at: '2026-11-02T01:00:00.000Z' },
  ...extra,
})

describe('the public face of a question', () => {
  it('has no place for personal data', () => {
    const value = publicQuestion(doc(), [{ id: 'g1', name: 'Lê Thị Hoa', position: 'Phó Giám đốc' }])
    expect(() => PublicQuestion.parse(value)).not.toThrow()
    const json = JSON.stringify(value)
    for (const secret of [...PRIVATE, 'secret-hash', 'AAAAA-BBBBB', '"id"']) expect(json).not.toContain(secret)
  })

  it('shows the edited text and name when there are, and escapes the answer text', () => {
    const value = publicQuestion(doc({ publicText: 'Câu hỏi đã biên tập', asker: { name: 'A', displayName: 'Nguyễn Văn A – Thạch Hà' } }))!
    expect(value.text).toBe('Câu hỏi đã biên tập')
    expect(value.askerName).toBe('Nguyễn Văn A – Thạch Hà')
    expect(value.answer!.html).toContain('&lt;b&gt;')
  })

  it('shows the initials unless the asker agreed to show the name (Nghị định 13/2023)', () => {
    expect(publicQuestion(doc())!.askerName).toBe('N.V.A.')
    expect(JSON.stringify(publicQuestion(doc()))).not.toContain('Nguyễn Văn An')
    expect(publicQuestion(doc({ asker: { name: 'Nguyễn Văn An', showName: true } }))!.askerName).toBe('Nguyễn Văn An')
    expect(publicQuestion(doc({ asker: { name: 'đặng thị ánh', showName: false } }))!.askerName).toBe('Đ.T.Á.')
    expect(publicQuestion(doc({ asker: { name: '---', showName: false } }))!.askerName).toBe('Bạn đọc')
    expect(publicQuestion(doc({ asker: { name: 'Nguyễn Văn An', displayName: 'Bạn đọc ở Thạch Hà' } }))!.askerName).toBe('Bạn đọc ở Thạch Hà')
  })

  it('is null for questions readers may not see', () => {
    for (const state of ['pending', 'rejected', 'merged', 'hidden']) expect(publicQuestion(doc({ state }))).toBeNull()
    // The ongoing Q&A publishes answered questions only.
    expect(publicQuestion(doc({ state: 'approved', session: null }))).toBeNull()
    expect(publicQuestion(doc({ state: 'approved' }))!.answer).toBeNull()
  })

  it('orders by the moderators’ order, answered first, then by time', () => {
    const a = publicQuestion(doc({ ref: 'a', displayOrder: 1 }))!
    const b = publicQuestion(doc({ ref: 'b', displayOrder: 0, answer: { ...doc().answer, at: '2026-11-03T00:00:00.000Z' } }))!
    const c = publicQuestion(doc({ ref: 'c', displayOrder: 0, state: 'approved' }))!
    expect([a, c, b].sort(comparePublic).map((q) => q.ref)).toEqual(['b', 'c', 'a'])
  })
})
