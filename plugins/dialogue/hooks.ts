/**
 * Hooks of questions and sessions: the state machines on every write, the bookkeeping fields of
 * a question, and the announcement of changes to the live hub and to the portal's build queue.
 */
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  ValidationError,
} from 'payload'

import { requestBuild } from '../portals/build/queue'
import type { QuestionState, SessionState } from '../../cms/src/contracts/dialogue'
import { liveQuestionFields, liveSessionFields } from './hub'
import { bus } from '../../cms/src/lib/bus'
import { forgetSessionRefs } from './lookup'
import { notifyAnswered } from './notify'
import { guestRows, publicQuestion, type QuestionDoc, type SessionDoc } from './public'
import { idOf } from '../../cms/src/lib/ids'
import { newQuestionRef, newReceiptCode } from './receipt'
import { searchKey } from './similarity'
import { SITE_MOVE } from '../site-scoping/types'
import { questionChangeError, sessionTransitionError } from './states'

/** Whether a Lexical value holds any text. */
export function hasText(body: unknown): boolean {
  if (!body || typeof body !== 'object') return false
  const walk = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false
    const n = node as { text?: unknown; children?: unknown[] }
    if (typeof n.text === 'string' && n.text.trim() !== '') return true
    return Array.isArray(n.children) && n.children.some(walk)
  }
  return walk((body as { root?: unknown }).root)
}

const invalid = (collection: string, path: string, message: string) => new ValidationError({ collection, errors: [{ message, path }] })

export const prepareQuestion: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  const original = (originalDoc ?? {}) as QuestionDoc
  // A merger of portals moves the question with its session (or the Q&A) to the surviving portal.
  const moving = operation === 'update' && Boolean(context?.[SITE_MOVE])
  if (operation === 'create') {
    data.receiptCode = newReceiptCode()
    data.ref = newQuestionRef()
    data.receivedAt ??= new Date().toISOString()
    data.channel ??= 'admin'
    data.state ??= 'pending'
  } else {
    // The asker's original text, the receipt and the question's place never change.
    data.text = original.text
    data.receiptCode = original.receiptCode
    data.ref = original.ref
    data.session = moving && 'session' in data ? idOf(data.session) : idOf(original.session)
    data.site = moving && data.site !== undefined ? idOf(data.site) : idOf(original.site)
    data.receivedAt = original.receivedAt
  }
  data.searchKey = searchKey(String(data.text ?? ''))
  const answer = { ...(original.answer ?? {}), ...(data.answer ?? {}) }
  const next: QuestionDoc = { ...original, ...data, answer }
  const from = operation === 'create' ? null : ((original.state as QuestionState) ?? 'pending')
  const problem = questionChangeError(from, {
    state: next.state as QuestionState,
    rejectReason: next.rejectReason,
    mergedInto: next.mergedInto,
    hasAnswer: hasText(answer.body),
    id: original.id,
  })
  if (problem) throw invalid('questions', next.state === 'merged' ? 'mergedInto' : next.state === 'rejected' ? 'rejectReason' : next.state === 'answered' ? 'answer.body' : 'state', problem)

  if (next.state === 'merged' && String(idOf(next.mergedInto)) !== String(idOf(original.mergedInto))) {
    const target = (await req.payload.findByID({
      collection: 'questions',
      id: idOf(next.mergedInto) as number,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
      select: { site: true, session: true, state: true },
    })) as QuestionDoc | null
    const sameScope = target && String(idOf(target.site)) === String(idOf(next.site)) && String(idOf(target.session)) === String(idOf(next.session))
    if (!sameScope) {
      throw invalid('questions', 'mergedInto', 'Chỉ gộp được vào một câu hỏi của cùng phiên (hoặc cùng mục hỏi đáp). / Merge only into a question of the same session (or the same Q&A).')
    }
    if (['merged', 'rejected', 'hidden'].includes(target.state)) {
      throw invalid('questions', 'mergedInto', 'Câu hỏi đích đã bị gộp, từ chối hoặc ẩn. / The target question is merged, rejected or hidden.')
    }
  }
  if (next.state !== 'merged' && original.mergedInto) data.mergedInto = null
  if (next.state === 'answered' && (from !== 'answered' || data.answer)) {
    data.answer = { ...answer, at: answer.at ?? new Date().toISOString(), author: req.user?.id ?? answer.author ?? null }
  }
  if (next.session && operation === 'create') {
    const session = (await req.payload.findByID({
      collection: 'dialogue-sessions',
      id: idOf(next.session) as number,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
      select: { site: true },
    })) as SessionDoc | null
    if (!session || String(idOf(session.site)) !== String(idOf(next.site))) {
      throw invalid('questions', 'session', 'Phiên đối thoại không thuộc trang này. / The session belongs to another site.')
    }
  }
  return data
}

/**
 * Tell the live hub (readers and consoles of this process), email the askers when the question
 * is first answered and, when what readers see changed, queue a build of the portal so its
 * static pages follow (coalesced with any build waiting). Seeding and imports pass `skipBuild`.
 */
export const announceQuestionChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  const question = doc as QuestionDoc
  bus().publish('live:question', liveQuestionFields(question))
  if (context?.skipBuild) return doc
  if (question.state === 'answered' && previousDoc?.state !== 'answered') await notifyAnswered(req, question)
  let guests: ReturnType<typeof guestRows> = []
  const sessionId = idOf(question.session)
  if (sessionId !== null && (question.assignedGuest || previousDoc?.assignedGuest)) {
    const session = await req.payload.findByID({ collection: 'dialogue-sessions', id: sessionId as number, depth: 0, overrideAccess: true, disableErrors: true, req, select: { guests: true } })
    guests = guestRows(session as SessionDoc | null)
  }
  const before = previousDoc ? JSON.stringify(publicQuestion(previousDoc as QuestionDoc, guests)) : 'null'
  const after = JSON.stringify(publicQuestion(question, guests))
  if (before !== after) {
    await requestBuild(req.payload, idOf(question.site) as number, `câu hỏi ${question.receiptCode ?? question.id}`, req)
  }
  return doc
}

export const prepareSession: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  const original = (originalDoc ?? {}) as SessionDoc
  const next: SessionDoc = { ...original, ...data }
  if (operation === 'update') {
    const problem = sessionTransitionError(original.state as SessionState, next.state as SessionState)
    if (problem) throw invalid('dialogue-sessions', 'state', problem)
    // Only a merger of portals moves a session (with its questions) to another site.
    if (!context?.[SITE_MOVE] || data.site === undefined) data.site = idOf(original.site)
  }
  if (next.startsAt && next.endsAt && Date.parse(next.endsAt) <= Date.parse(next.startsAt)) {
    throw invalid('dialogue-sessions', 'endsAt', 'Giờ kết thúc phải sau giờ bắt đầu. / The end must come after the start.')
  }
  const pinned = idOf(next.pinned)
  if (pinned !== null && String(pinned) !== String(idOf(original.pinned))) {
    const question = (await req.payload.findByID({
      collection: 'questions',
      id: pinned as number,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
      select: { session: true, state: true },
    })) as QuestionDoc | null
    if (!question || operation === 'create' || String(idOf(question.session)) !== String(original.id)) {
      throw invalid('dialogue-sessions', 'pinned', 'Chỉ ghim được câu hỏi của chính phiên này. / Only a question of this session can be pinned.')
    }
    if (question.state !== 'approved' && question.state !== 'answered') {
      throw invalid('dialogue-sessions', 'pinned', 'Chỉ ghim được câu hỏi đã duyệt. / Only an approved question can be pinned.')
    }
  }
  return data
}

export const announceSessionChange: CollectionAfterChangeHook = ({ doc }) => {
  forgetSessionRefs()
  bus().publish('live:session', liveSessionFields(doc as SessionDoc))
  return doc
}

/** A session with questions is archived, not deleted: the questions are the citizens'. */
export const keepQuestionsOnDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const count = await req.payload.count({ collection: 'questions', where: { session: { equals: id } }, overrideAccess: true, req })
  if (count.totalDocs > 0) {
    throw new APIError(`Phiên có ${count.totalDocs} câu hỏi, không xóa được; hãy chuyển sang Lưu trữ. / The session has ${count.totalDocs} questions and cannot be deleted; archive it instead.`, 409, null, true)
  }
}
