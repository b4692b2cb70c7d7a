/**
 * The two state machines of the module, as data: which state may follow which, and what a state
 * requires of the document. Hooks enforce them on every write (admin, REST, console); the tests
 * walk every pair.
 */
import { type Bilingual, QUESTION_STATE_LABELS, type QuestionState, SESSION_STATE_LABELS, type SessionState } from '../../cms/src/contracts/dialogue'
import { idKeyOf } from '../../cms/src/lib/ids'

export { QUESTION_STATE_LABELS, SESSION_STATE_LABELS }

/**
 * announced → open for questions → live → closed → archived. A session may go live without a
 * collection period, end without going live (cancelled, answered in writing), and a session
 * closed by mistake may go live again; an archived session is final.
 */
export const SESSION_TRANSITIONS: Readonly<Record<SessionState, readonly SessionState[]>> = {
  announced: ['open', 'live'],
  open: ['live', 'closed'],
  live: ['closed'],
  closed: ['live', 'archived'],
  archived: [],
}

/**
 * pending → approved → answered is the main road. Rejected and merged questions can be taken
 * back to pending; an answered question can be hidden or taken back to approved (answer
 * withdrawn for correction); a hidden one returns to where it may be shown again.
 */
export const QUESTION_TRANSITIONS: Readonly<Record<QuestionState, readonly QuestionState[]>> = {
  pending: ['approved', 'rejected', 'merged', 'answered', 'hidden'],
  approved: ['pending', 'answered', 'rejected', 'merged', 'hidden'],
  answered: ['approved', 'hidden'],
  rejected: ['pending'],
  merged: ['pending'],
  hidden: ['pending', 'approved', 'answered'],
}

export const canMoveSession = (from: SessionState, to: SessionState): boolean =>
  from === to || SESSION_TRANSITIONS[from].includes(to)

export const canMoveQuestion = (from: QuestionState, to: QuestionState): boolean =>
  from === to || QUESTION_TRANSITIONS[from].includes(to)

const fmt = (text: Bilingual) => `${text.vi} / ${text.en}`

export function sessionTransitionError(from: SessionState, to: SessionState): string | null {
  if (canMoveSession(from, to)) return null
  const a = SESSION_STATE_LABELS[from]
  const b = SESSION_STATE_LABELS[to]
  const allowed = SESSION_TRANSITIONS[from]
  return fmt({
    vi: `Không thể chuyển phiên từ “${a.vi}” sang “${b.vi}”${allowed.length ? `; chỉ có thể sang: ${allowed.map((s) => SESSION_STATE_LABELS[s].vi).join(', ')}` : ''}.`,
    en: `A session cannot go from “${a.en}” to “${b.en}”${allowed.length ? `; allowed: ${allowed.map((s) => SESSION_STATE_LABELS[s].en).join(', ')}` : ''}.`,
  })
}

/** The fields of a question the state rules look at. */
export type QuestionFacts = {
  state: QuestionState
  rejectReason?: string | null
  mergedInto?: unknown
  hasAnswer: boolean
  id?: number | string | null
}

/**
 * Why a question may not take its new state (a bilingual message), or null. `from` is absent on
 * create, where only `pending` and, for staff entering a question already answered, `answered`
 * and `approved` are allowed.
 */
export function questionChangeError(from: QuestionState | null, next: QuestionFacts): string | null {
  const to = next.state
  if (from === null) {
    if (!['pending', 'approved', 'answered'].includes(to)) {
      return fmt({ vi: 'Câu hỏi mới phải ở trạng thái chờ duyệt, đã duyệt hoặc đã trả lời.', en: 'A new question must be pending, approved or answered.' })
    }
  } else if (!canMoveQuestion(from, to)) {
    const a = QUESTION_STATE_LABELS[from]
    const b = QUESTION_STATE_LABELS[to]
    return fmt({ vi: `Không thể chuyển câu hỏi từ “${a.vi}” sang “${b.vi}”.`, en: `A question cannot go from “${a.en}” to “${b.en}”.` })
  }
  if (to === 'rejected' && !next.rejectReason?.trim()) {
    return fmt({ vi: 'Cần ghi lý do không tiếp nhận câu hỏi.', en: 'Give the reason for rejecting the question.' })
  }
  if (to === 'merged') {
    const target = idKeyOf(next.mergedInto)
    if (!target) return fmt({ vi: 'Chọn câu hỏi để gộp vào.', en: 'Choose the question to merge into.' })
    if (next.id !== undefined && next.id !== null && target === String(next.id)) {
      return fmt({ vi: 'Không thể gộp câu hỏi vào chính nó.', en: 'A question cannot be merged into itself.' })
    }
  }
  if (to === 'answered' && !next.hasAnswer) {
    return fmt({ vi: 'Cần nhập nội dung trả lời trước khi đăng.', en: 'Write the answer before publishing it.' })
  }
  return null
}

/** Published states: what readers see. */
export const isPublicState = (state: QuestionState): state is 'approved' | 'answered' => state === 'approved' || state === 'answered'
