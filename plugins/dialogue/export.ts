/**
 * The dialogue sessions and the answered Q&A of one site, for its `PortalSnapshot`. Questions
 * are read with access control off (their collection is closed to the public because it holds
 * personal data) and only the fields the public mappers need are selected: email, phone and
 * address are never even loaded.
 */
import type { Payload } from 'payload'

import type { DialogueSession, Guest, PublicQuestion } from '../../cms/src/contracts/dialogue'
import { PUBLIC_QUESTION_SELECT } from './hub'
import { comparePublic, guestRows, publicGuest, publicQuestion, type QuestionDoc, type SessionDoc } from './public'
import { idOf } from '../../cms/src/lib/ids'

export async function exportDialogues(
  payload: Payload,
  siteId: number | string,
  image: (doc: unknown) => Guest['photo'],
): Promise<{ dialogues: DialogueSession[]; qa: PublicQuestion[] }> {
  const [sessions, questions] = await Promise.all([
    payload.find({
      collection: 'dialogue-sessions',
      where: { site: { equals: siteId } },
      sort: '-startsAt',
      pagination: false,
      depth: 1,
      overrideAccess: true,
      select: { title: true, slug: true, topic: true, description: true, guests: true, topics: true, startsAt: true, endsAt: true, state: true, videoUrl: true, pinned: true },
      // Only the guests' photos are needed in full; the pinned question is read by id.
      populate: { questions: { ref: true } },
    }),
    payload.find({
      collection: 'questions',
      where: { and: [{ site: { equals: siteId } }, { state: { in: ['approved', 'answered'] } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: PUBLIC_QUESTION_SELECT,
    }),
  ])
  const bySession = new Map<string, QuestionDoc[]>()
  const qaDocs: QuestionDoc[] = []
  for (const doc of questions.docs as QuestionDoc[]) {
    const session = idOf(doc.session)
    if (session === null) qaDocs.push(doc)
    else {
      const list = bySession.get(String(session))
      if (list) list.push(doc)
      else bySession.set(String(session), [doc])
    }
  }

  const dialogues: DialogueSession[] = (sessions.docs as SessionDoc[]).map((s) => {
    const guests = guestRows(s)
    const published = (bySession.get(String(s.id)) ?? []).map((q) => ({ id: String(q.id), value: publicQuestion(q, guests) }))
    const pinnedId = idOf(s.pinned)
    const pinned = pinnedId === null ? null : (published.find((q) => q.id === String(pinnedId))?.value?.ref ?? null)
    return {
      slug: String(s.slug),
      title: String(s.title),
      topic: typeof s.topic === 'string' && s.topic ? s.topic : null,
      description: typeof s.description === 'string' && s.description ? s.description : null,
      guests: guests.map((g) => publicGuest(g, image)),
      topics: Array.isArray(s.topics) ? (s.topics as { label?: string }[]).map((t) => String(t.label ?? '')).filter(Boolean) : [],
      startsAt: new Date(s.startsAt).toISOString(),
      endsAt: new Date(s.endsAt).toISOString(),
      state: s.state,
      videoUrl: typeof s.videoUrl === 'string' && s.videoUrl ? s.videoUrl : null,
      pinned,
      questions: published.flatMap((q) => (q.value ? [q.value] : [])).sort(comparePublic),
    }
  })

  const qa = qaDocs
    .map((doc) => publicQuestion(doc))
    .filter((q): q is PublicQuestion => q !== null)
    .sort((a, b) => (b.answer?.at ?? '').localeCompare(a.answer?.at ?? ''))
  return { dialogues, qa }
}
