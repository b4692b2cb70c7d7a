/**
 * Finding sessions by their public address, and questions by their receipt code. Sessions are
 * looked up on every submission and every live request, so the few fields needed are kept for
 * two seconds (and forgotten at once when a session is saved in this process).
 */
import type { Payload } from 'payload'

import { dialoguePath, type ReceiptLookup, type SessionState } from '../../cms/src/contracts/dialogue'
import { PUBLIC_QUESTION_SELECT } from './hub'
import { guestRows, publicQuestion, type QuestionDoc, type SessionDoc } from './public'
import { idOf } from '../../cms/src/lib/ids'

export type SessionRef = { id: number | string; siteId: string; slug: string; title: string; state: SessionState; topics: string[] }

const TTL_MS = 2_000

type Entry = { at: number; value: Promise<SessionRef | null> }

function store(): Map<string, Entry> {
  const holder = globalThis as typeof globalThis & { __congSessionRefs?: Map<string, Entry> }
  holder.__congSessionRefs ??= new Map()
  return holder.__congSessionRefs
}

/** Forget cached sessions (a session was saved). */
export function forgetSessionRefs(): void {
  store().clear()
}

export function findSession(payload: Payload, siteId: number | string, slug: string): Promise<SessionRef | null> {
  const key = `${siteId}/${slug}`
  const cache = store()
  const hit = cache.get(key)
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value
  const value = payload
    .find({
      collection: 'dialogue-sessions',
      where: { and: [{ site: { equals: siteId } }, { slug: { equals: slug } }] },
      limit: 1,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { slug: true, title: true, state: true, topics: true, site: true },
    })
    .then((found) => {
      const doc = found.docs[0] as SessionDoc | undefined
      if (!doc) return null
      return {
        id: doc.id,
        siteId: String(idOf(doc.site)),
        slug: String(doc.slug),
        title: String(doc.title),
        state: doc.state as SessionState,
        topics: Array.isArray(doc.topics) ? (doc.topics as { label?: string }[]).map((t) => String(t.label ?? '')).filter(Boolean) : [],
      }
    })
  value.catch(() => cache.delete(key))
  cache.set(key, { at: Date.now(), value })
  if (cache.size > 10_000) cache.clear()
  return value
}

/**
 * What the asker may know about their question: its state, their own text, the rejection
 * reason, and the published question (theirs, or the one theirs was merged into) with its
 * answer. Never anyone's contact details. `siteId` limits the lookup to one portal.
 */
export async function lookupReceipt(payload: Payload, code: string, siteId: number | string | null): Promise<ReceiptLookup | null> {
  const found = await payload.find({
    collection: 'questions',
    where: siteId === null ? { receiptCode: { equals: code } } : { and: [{ receiptCode: { equals: code } }, { site: { equals: siteId } }] },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { ...PUBLIC_QUESTION_SELECT, receiptCode: true, rejectReason: true, mergedInto: true },
  })
  const doc = found.docs[0] as QuestionDoc | undefined
  if (!doc) return null
  const sessionId = idOf(doc.session)
  const session =
    sessionId === null
      ? null
      : ((await payload.findByID({ collection: 'dialogue-sessions', id: sessionId as number, depth: 0, overrideAccess: true, disableErrors: true, select: { title: true, slug: true, guests: true } })) as SessionDoc | null)
  const guests = guestRows(session)
  let mergedInto = null
  if (doc.state === 'merged' && idOf(doc.mergedInto) !== null) {
    const target = (await payload.findByID({ collection: 'questions', id: idOf(doc.mergedInto) as number, depth: 0, overrideAccess: true, disableErrors: true, select: PUBLIC_QUESTION_SELECT })) as QuestionDoc | null
    mergedInto = target ? publicQuestion(target, guests) : null
  }
  return {
    code: String(doc.receiptCode),
    state: doc.state,
    receivedAt: new Date(doc.receivedAt ?? doc.createdAt).toISOString(),
    text: String(doc.text ?? ''),
    session: session ? { title: String(session.title), path: dialoguePath(String(session.slug)) } : null,
    rejectReason: doc.state === 'rejected' && typeof doc.rejectReason === 'string' ? doc.rejectReason : null,
    mergedInto,
    published: publicQuestion(doc, guests),
  }
}
