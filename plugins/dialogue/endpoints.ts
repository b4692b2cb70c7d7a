/**
 * Staff endpoints of the moderator console (all behind login, moderating staff of the site only):
 *
 * GET  /api/dialogue-sessions/:id/console[?since=ISO]   the session and its questions (changed since)
 * GET  /api/qa-console/:site[?since=ISO]                the same for a site's ongoing Q&A
 * POST /api/dialogue-sessions/:id/pin {question|null}   pin a question as "now answering"
 * POST /api/questions/:id/moderate {action, …}          one moderation action
 *
 * Actions go through the Local API as the user (`overrideAccess: false`), so the collection's
 * access, the state machine and the audit log apply exactly as in the admin's edit form.
 * The console never receives an asker's email, phone or address.
 */
import type { Endpoint, PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import { asUser, type SessionUser } from '../../cms/src/access/roles'
import { mustEnrolTwoFactor, type TwoFactorUser } from '../two-factor/settings'
import { userAndBody } from '../../cms/src/access/request'
import { fail } from '../../cms/src/lib/endpoint'
import { canModerateSite } from './access'
import { lexicalToPlainText, plainTextToLexical } from './answerText'
import { answerHtml, guestRows, type QuestionDoc, type SessionDoc } from './public'
import { dbId, idOf, toDbId } from '../../cms/src/lib/ids'
import { SESSION_TRANSITIONS } from './states'
import type { QuestionState, SessionState } from '../../cms/src/contracts/dialogue'

/** A question as the console shows it: everything but the asker's contact details. */
export type StaffQuestion = {
  id: string
  receiptCode: string
  ref: string
  state: QuestionState
  held: boolean
  holdReasons: string | null
  askerName: string
  displayName: string | null
  topic: string | null
  text: string
  publicText: string | null
  receivedAt: string
  updatedAt: string
  assignedGuest: string | null
  answerText: string
  answerHtml: string
  answerBy: string | null
  answerAt: string | null
  mergedInto: string | null
  rejectReason: string | null
  displayOrder: number
  channel: string | null
}

export type ConsoleSession = {
  id: string
  title: string
  slug: string
  state: SessionState
  next: SessionState[]
  startsAt: string
  endsAt: string
  pinned: string | null
  guests: { id: string; name: string; position: string | null }[]
  topics: string[]
}

export type ConsoleData = { scope: 'session' | 'qa'; siteId: string; session: ConsoleSession | null; questions: StaffQuestion[]; now: string; full: boolean }

/** Only these fields are read for the console: no email, phone or address. */
const STAFF_SELECT = {
  receiptCode: true,
  ref: true,
  state: true,
  held: true,
  holdReasons: true,
  asker: { name: true, displayName: true },
  topic: true,
  text: true,
  publicText: true,
  receivedAt: true,
  updatedAt: true,
  assignedGuest: true,
  answer: { body: true, by: true, at: true },
  mergedInto: true,
  rejectReason: true,
  displayOrder: true,
  channel: true,
  session: true,
  site: true,
} as const

const s = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

export function staffQuestion(doc: QuestionDoc): StaffQuestion {
  return {
    id: String(doc.id),
    receiptCode: String(doc.receiptCode ?? ''),
    ref: String(doc.ref ?? ''),
    state: doc.state,
    held: Boolean(doc.held),
    holdReasons: s(doc.holdReasons),
    askerName: String(doc.asker?.name ?? ''),
    displayName: s(doc.asker?.displayName),
    topic: s(doc.topic),
    text: String(doc.text ?? ''),
    publicText: s(doc.publicText),
    receivedAt: String(doc.receivedAt ?? doc.createdAt ?? ''),
    updatedAt: String(doc.updatedAt ?? ''),
    assignedGuest: s(doc.assignedGuest),
    answerText: lexicalToPlainText(doc.answer?.body),
    answerHtml: answerHtml(doc.answer?.body),
    answerBy: s(doc.answer?.by),
    answerAt: s(doc.answer?.at),
    mergedInto: idOf(doc.mergedInto) === null ? null : String(idOf(doc.mergedInto)),
    rejectReason: s(doc.rejectReason),
    displayOrder: typeof doc.displayOrder === 'number' ? doc.displayOrder : 0,
    channel: s(doc.channel),
  }
}

export function consoleSession(doc: SessionDoc): ConsoleSession {
  return {
    id: String(doc.id),
    title: String(doc.title ?? ''),
    slug: String(doc.slug ?? ''),
    state: doc.state,
    next: [...SESSION_TRANSITIONS[doc.state as SessionState]],
    startsAt: String(doc.startsAt ?? ''),
    endsAt: String(doc.endsAt ?? ''),
    pinned: idOf(doc.pinned) === null ? null : String(idOf(doc.pinned)),
    guests: guestRows(doc).map((g) => ({ id: String(g.id), name: String(g.name ?? ''), position: s(g.position) })),
    topics: Array.isArray(doc.topics) ? (doc.topics as { label?: string }[]).map((t) => String(t.label ?? '')).filter(Boolean) : [],
  }
}

/** The logged-in moderator of `siteId`, or the response refusing the request. */
export async function staffOf(req: PayloadRequest, siteId: unknown): Promise<SessionUser | Response> {
  const user = asUser(req)
  if (!user) return fail(401, 'Cần đăng nhập. / Login required.')
  if (await mustEnrolTwoFactor(req.payload, user as TwoFactorUser)) {
    return fail(403, 'Hãy bật xác thực hai lớp trước. / Turn on two-factor authentication first.')
  }
  if (!canModerateSite(user, idOf(siteId))) {
    return fail(403, 'Bạn không điều phối trang này. / You do not moderate this site.')
  }
  return user
}


function sinceOf(req: PayloadRequest): string | null | Response {
  const since = (req.query as Record<string, unknown> | undefined)?.since
  if (since === undefined || since === '') return null
  if (typeof since !== 'string' || Number.isNaN(Date.parse(since))) return fail(400, 'Tham số since phải là thời điểm ISO. / since must be an ISO date-time.')
  return new Date(since).toISOString()
}

async function questionsOf(req: PayloadRequest, where: Where, since: string | null): Promise<StaffQuestion[]> {
  const found = await req.payload.find({
    collection: 'questions',
    where: since ? { and: [where, { updatedAt: { greater_than_equal: since } }] } : where,
    sort: 'receivedAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: STAFF_SELECT,
  })
  return (found.docs as QuestionDoc[]).map(staffQuestion)
}

export async function loadSession(req: PayloadRequest, id: unknown): Promise<SessionDoc | null> {
  const sessionId = toDbId(req.payload, id)
  if (sessionId === null) return null
  return (await req.payload.findByID({ collection: 'dialogue-sessions', id: sessionId, depth: 0, overrideAccess: true, disableErrors: true })) as SessionDoc | null
}

export const consoleEndpoint: Endpoint = {
  path: '/:id/console',
  method: 'get',
  handler: async (req) => {
    const session = await loadSession(req, req.routeParams?.id)
    if (!session) return fail(404, 'Không tìm thấy phiên. / No such session.')
    const user = await staffOf(req, session.site)
    if (user instanceof Response) return user
    const since = sinceOf(req)
    if (since instanceof Response) return since
    const now = new Date().toISOString()
    const questions = await questionsOf(req, { session: { equals: session.id } }, since)
    const body: ConsoleData = { scope: 'session', siteId: String(idOf(session.site)), session: consoleSession(session), questions, now, full: since === null }
    return Response.json(body, { headers: { 'Cache-Control': 'no-store' } })
  },
}

export const qaConsoleEndpoint: Endpoint = {
  path: '/qa-console/:site',
  method: 'get',
  handler: async (req) => {
    const siteId = req.routeParams?.site
    const site = toDbId(req.payload, siteId)
    const known = site !== null && (await req.payload.findByID({ collection: 'sites', id: site, depth: 0, overrideAccess: true, disableErrors: true, select: {} }))
    if (typeof siteId !== 'string' || !known) return fail(404, 'Không tìm thấy trang. / No such site.')
    const user = await staffOf(req, siteId)
    if (user instanceof Response) return user
    const since = sinceOf(req)
    if (since instanceof Response) return since
    const now = new Date().toISOString()
    const questions = await questionsOf(req, { and: [{ site: { equals: site } }, { session: { exists: false } }] }, since)
    const body: ConsoleData = { scope: 'qa', siteId, session: null, questions, now, full: since === null }
    return Response.json(body, { headers: { 'Cache-Control': 'no-store' } })
  },
}

const PinBody = z.object({ question: z.union([z.string(), z.number()]).nullable() })

export const pinEndpoint: Endpoint = {
  path: '/:id/pin',
  method: 'post',
  handler: async (req) => {
    const parsed = await userAndBody(req, PinBody)
    if (parsed instanceof Response) return parsed
    const session = await loadSession(req, req.routeParams?.id)
    if (!session) return fail(404, 'Không tìm thấy phiên. / No such session.')
    const user = await staffOf(req, session.site)
    if (user instanceof Response) return user
    const pinned = parsed.body.question === null ? null : dbId(req.payload, parsed.body.question)
    const updated = await req.payload.update({
      collection: 'dialogue-sessions',
      id: session.id,
      data: { pinned: pinned as number | null },
      user: req.user,
      overrideAccess: false,
      depth: 0,
      req,
    })
    return Response.json({ session: consoleSession(updated as unknown as SessionDoc) })
  },
}

const ModerateBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('approve') }),
  z.object({ action: z.literal('reject'), reason: z.string().trim().min(1, 'Cần ghi lý do. / A reason is required.').max(1000) }),
  z.object({
    action: z.literal('edit'),
    publicText: z.string().max(4000).nullable().optional(),
    displayName: z.string().max(150).nullable().optional(),
    topic: z.string().max(100).nullable().optional(),
  }),
  z.object({ action: z.literal('assign'), guest: z.string().max(100).nullable() }),
  z.object({ action: z.literal('merge'), into: z.union([z.string(), z.number()]) }),
  z.object({
    action: z.literal('answer'),
    text: z.string().max(20_000),
    by: z.string().max(200).nullable().optional(),
    /** false: keep the answer as a draft, not shown to readers. @default true */
    publish: z.boolean().optional(),
  }),
  z.object({ action: z.literal('unanswer') }),
  z.object({ action: z.literal('hide') }),
  z.object({ action: z.literal('restore') }),
  z.object({ action: z.literal('order'), displayOrder: z.number().int().min(-100_000).max(100_000) }),
])
export type ModerateAction = z.infer<typeof ModerateBody>

function changeFor(action: ModerateAction, req: PayloadRequest, current: QuestionDoc): Record<string, unknown> {
  switch (action.action) {
    case 'approve':
      return { state: 'approved', held: false }
    case 'reject':
      return { state: 'rejected', rejectReason: action.reason }
    case 'edit': {
      const data: Record<string, unknown> = {}
      if (action.publicText !== undefined) data.publicText = action.publicText?.trim() || null
      if (action.topic !== undefined) data.topic = action.topic?.trim() || null
      if (action.displayName !== undefined) data.asker = { ...(current.asker ?? {}), displayName: action.displayName?.trim() || null }
      return data
    }
    case 'assign':
      return { assignedGuest: action.guest }
    case 'merge':
      return { state: 'merged', mergedInto: dbId(req.payload, action.into) }
    case 'answer': {
      const body = plainTextToLexical(action.text)
      const publish = action.publish ?? true
      const answer = { ...(current.answer ?? {}), body, by: action.by === undefined ? (current.answer?.by ?? null) : action.by?.trim() || null }
      return publish ? { answer, state: 'answered', held: false } : { answer }
    }
    case 'unanswer':
      return { state: 'approved' }
    case 'hide':
      return { state: 'hidden' }
    case 'restore':
      return { state: 'pending' }
    case 'order':
      return { displayOrder: action.displayOrder }
  }
}

export const moderateEndpoint: Endpoint = {
  path: '/:id/moderate',
  method: 'post',
  handler: async (req) => {
    const parsed = await userAndBody(req, ModerateBody)
    if (parsed instanceof Response) return parsed
    const id = toDbId(req.payload, req.routeParams?.id)
    if (id === null) return fail(404, 'Không tìm thấy câu hỏi. / No such question.')
    const current = (await req.payload.findByID({ collection: 'questions', id, depth: 0, overrideAccess: true, disableErrors: true, select: STAFF_SELECT })) as QuestionDoc | null
    if (!current) return fail(404, 'Không tìm thấy câu hỏi. / No such question.')
    const user = await staffOf(req, current.site)
    if (user instanceof Response) return user
    const updated = await req.payload.update({
      collection: 'questions',
      id: current.id,
      data: changeFor(parsed.body, req, current),
      user: req.user,
      overrideAccess: false,
      depth: 0,
      req,
    })
    return Response.json({ question: staffQuestion(updated as unknown as QuestionDoc) })
  },
}
