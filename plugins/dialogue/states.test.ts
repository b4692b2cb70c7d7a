import { describe, expect, it } from 'vitest'

import { QUESTION_STATES, SESSION_STATES } from '../../cms/src/contracts/dialogue'
import { canMoveQuestion, canMoveSession, QUESTION_TRANSITIONS, questionChangeError, SESSION_TRANSITIONS, sessionTransitionError } from './states'

/** The allowed moves, written out once more by hand: a change to the machine must change both. */
const SESSION_ALLOWED = new Set(['announced>open', 'announced>live', 'open>live', 'open>closed', 'live>closed', 'closed>live', 'closed>archived'])
const QUESTION_ALLOWED = new Set([
  'pending>approved',
  'pending>rejected',
  'pending>merged',
  'pending>answered',
  'pending>hidden',
  'approved>pending',
  'approved>answered',
  'approved>rejected',
  'approved>merged',
  'approved>hidden',
  'answered>approved',
  'answered>hidden',
  'rejected>pending',
  'merged>pending',
  'hidden>pending',
  'hidden>approved',
  'hidden>answered',
])

describe('session state machine', () => {
  for (const from of SESSION_STATES) {
    for (const to of SESSION_STATES) {
      const allowed = from === to || SESSION_ALLOWED.has(`${from}>${to}`)
      it(`${from} → ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(canMoveSession(from, to)).toBe(allowed)
        const error = sessionTransitionError(from, to)
        if (allowed) expect(error).toBeNull()
        else expect(error).toMatch(/Không thể chuyển phiên.* \/ A session cannot go/)
      })
    }
  }

  it('keeps an archived session final', () => {
    expect(SESSION_TRANSITIONS.archived).toEqual([])
  })
})

describe('question state machine', () => {
  const facts = (state: (typeof QUESTION_STATES)[number]) => ({ state, rejectReason: 'Trùng nội dung', mergedInto: 7, hasAnswer: true, id: 3 })
  for (const from of QUESTION_STATES) {
    for (const to of QUESTION_STATES) {
      const allowed = from === to || QUESTION_ALLOWED.has(`${from}>${to}`)
      it(`${from} → ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(canMoveQuestion(from, to)).toBe(allowed)
        expect(questionChangeError(from, facts(to)) === null).toBe(allowed)
      })
    }
  }

  it('lists the same moves as the table above', () => {
    const listed = Object.entries(QUESTION_TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => `${from}>${to}`))
    expect(new Set(listed)).toEqual(QUESTION_ALLOWED)
  })

  it('creates questions only as pending, approved or answered', () => {
    for (const state of QUESTION_STATES) {
      const ok = ['pending', 'approved', 'answered'].includes(state)
      expect(questionChangeError(null, facts(state)) === null, state).toBe(ok)
    }
  })

  it('needs a reason to reject, a target to merge and an answer to publish', () => {
    expect(questionChangeError('pending', { state: 'rejected', rejectReason: '  ', hasAnswer: false })).toMatch(/lý do/)
    expect(questionChangeError('pending', { state: 'merged', mergedInto: null, hasAnswer: false })).toMatch(/gộp vào/)
    expect(questionChangeError('pending', { state: 'merged', mergedInto: 5, hasAnswer: false, id: 5 })).toMatch(/chính nó/)
    expect(questionChangeError('approved', { state: 'answered', hasAnswer: false })).toMatch(/trả lời/)
    expect(questionChangeError('approved', { state: 'answered', hasAnswer: true })).toBeNull()
  })
})
