/**
 * Seed the demo dialogues and Q&A (`seed/data/dialogues.ts`). Idempotent: a session is matched
 * by slug and site, and its questions are created only with the session; the Q&A questions only
 * when the site has none yet.
 */
import type { Payload } from 'payload'

import { plainTextToLexical } from '../plugins/dialogue/answerText'
import type { SeedDialogues, SeedQuestion } from './data/dialogues'

const opts = { overrideAccess: true, depth: 0, context: { skipBuild: true } } as const

async function createQuestions(payload: Payload, siteId: number | string, sessionId: number | string | null, guestIds: string[], questions: SeedQuestion[]): Promise<number> {
  const ids: Array<number | string> = []
  let order = 0
  for (const q of questions) {
    const answered = q.state === 'answered' && q.answer
    const doc = await payload.create({
      collection: 'questions',
      data: {
        site: siteId as number,
        session: (sessionId ?? undefined) as number | undefined,
        asker: { name: q.name, displayName: q.displayName, email: q.email, address: q.address },
        topic: q.topic,
        text: q.text,
        publicText: q.publicText,
        receivedAt: new Date(q.receivedAt).toISOString(),
        state: q.state === 'merged' ? 'pending' : q.state,
        channel: 'web',
        displayOrder: answered ? order++ : 0,
        assignedGuest: q.guest !== undefined ? guestIds[q.guest] : undefined,
        answer: answered ? { body: plainTextToLexical(q.answer!.paragraphs.join('\n')) as never, by: q.answer!.by, at: new Date(q.answer!.at).toISOString() } : undefined,
      },
      ...opts,
    })
    ids.push(doc.id)
  }
  for (const [i, q] of questions.entries()) {
    if (q.state === 'merged' && q.mergedInto !== undefined) {
      await payload.update({ collection: 'questions', id: ids[i]!, data: { state: 'merged', mergedInto: ids[q.mergedInto] as number }, ...opts })
    }
  }
  return ids.length
}

export async function seedDialogues(payload: Payload, data: SeedDialogues, siteIds: Map<string, number | string>): Promise<number> {
  const siteId = siteIds.get(data.site)
  if (siteId === undefined) return 0
  let created = 0
  for (const s of data.sessions) {
    const existing = await payload.find({ collection: 'dialogue-sessions', where: { and: [{ slug: { equals: s.slug } }, { site: { equals: siteId } }] }, limit: 1, ...opts })
    if (existing.docs.length > 0) continue
    const session = await payload.create({
      collection: 'dialogue-sessions',
      data: {
        title: s.title,
        slug: s.slug,
        topic: s.topic,
        description: s.description,
        startsAt: new Date(s.startsAt).toISOString(),
        endsAt: new Date(s.endsAt).toISOString(),
        state: s.state,
        guests: s.guests,
        topics: s.topics.map((label) => ({ label })),
        site: siteId as number,
      },
      ...opts,
    })
    const guestIds = ((session.guests ?? []) as { id?: string | null }[]).map((g) => String(g.id))
    created += 1 + (await createQuestions(payload, siteId, session.id, guestIds, s.questions))
  }
  const qaCount = await payload.count({ collection: 'questions', where: { and: [{ site: { equals: siteId } }, { session: { exists: false } }] }, overrideAccess: true })
  if (qaCount.totalDocs === 0) created += await createQuestions(payload, siteId, null, [], data.qa)
  return created
}
