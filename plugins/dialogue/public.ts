/**
 * The only way from a stored question or session to anything the public sees (static pages, the
 * live JSON, the stream, receipt lookups). Each mapper builds its output field by field from an
 * allow-list, so a field added to the collection later stays private until someone adds it here.
 */
import { richTextHtml } from '../portals/build/richText'
import type { Guest, PublicQuestion, QuestionState, SessionState } from '../../cms/src/contracts/dialogue'
import { isPublicState } from './states'
import { idOf } from '../../cms/src/lib/ids'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type QuestionDoc = Record<string, any> & { id: number | string }
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SessionDoc = Record<string, any> & { id: number | string }

export type GuestRow = { id?: string | null; name?: string | null; position?: string | null; unit?: string | null; photo?: unknown }

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null)


/**
 * How readers see who asked: the name a moderator chose, else the full name when the asker
 * agreed to publish it (a tick on the form), else the initials ("Nguyễn Văn An" → "N.V.A."), or
 * "Bạn đọc" when the name has no letters. A name is personal data (Nghị định 13/2023/NĐ-CP):
 * publishing it needs the person's consent for that purpose.
 */
export function publicAskerName(asker: { name?: unknown; displayName?: unknown; showName?: unknown } | null | undefined): string {
  const chosen = str(asker?.displayName)
  if (chosen) return chosen
  const name = str(asker?.name)
  if (!name) return 'Bạn đọc'
  if (asker?.showName === true) return name
  const initials = name
    .split(/\s+/)
    .map((word) => [...word].find((c) => /\p{L}/u.test(c)))
    .filter((c): c is string => Boolean(c))
    .slice(0, 5)
    .map((c) => `${c.toLocaleUpperCase('vi')}.`)
  return initials.length ? initials.join('') : 'Bạn đọc'
}

/** The answer's HTML; pictures are left out (answers are text). */
export function answerHtml(body: unknown): string {
  return richTextHtml(body, () => null)
}

/** Whether readers see this question: approved or answered in a session, answered in hỏi đáp. */
export function isPublished(doc: Record<string, unknown>): boolean {
  const state = doc.state as QuestionState
  if (!isPublicState(state)) return false
  return idOf(doc.session) !== null || state === 'answered'
}

/**
 * The public face of a question, or null when readers may not see it. `guests` are the rows of
 * its session's guests (for the name of the guest it is assigned to).
 */
export function publicQuestion(doc: QuestionDoc, guests: readonly GuestRow[] = []): PublicQuestion | null {
  if (!isPublished(doc)) return null
  const guest = str(doc.assignedGuest) ? guests.find((g) => g.id === doc.assignedGuest) : undefined
  const answered = doc.state === 'answered'
  const html = answered ? answerHtml(doc.answer?.body) : ''
  return {
    ref: String(doc.ref),
    askerName: publicAskerName(doc.asker),
    topic: str(doc.topic),
    text: str(doc.publicText) ?? String(doc.text ?? ''),
    receivedAt: new Date(doc.receivedAt ?? doc.createdAt).toISOString(),
    state: answered ? 'answered' : 'approved',
    order: typeof doc.displayOrder === 'number' ? doc.displayOrder : 0,
    guest: guest?.name ? { name: guest.name, position: str(guest.position) } : null,
    answer: answered ? { html, by: str(doc.answer?.by) ?? (guest?.name ? guest.name : null), at: new Date(doc.answer?.at ?? doc.updatedAt).toISOString() } : null,
  }
}

/** Readers' order: the moderators' order first, then answered before waiting, then by time. */
export function comparePublic(a: PublicQuestion, b: PublicQuestion): number {
  if (a.order !== b.order) return a.order - b.order
  if (a.state !== b.state) return a.state === 'answered' ? -1 : 1
  const at = (q: PublicQuestion) => q.answer?.at ?? q.receivedAt
  return at(a).localeCompare(at(b)) || a.ref.localeCompare(b.ref)
}

export function guestRows(session: SessionDoc | null | undefined): GuestRow[] {
  return Array.isArray(session?.guests) ? (session!.guests as GuestRow[]) : []
}

/** A guest as the portal shows them; `image` turns an uploaded photo into a published picture. */
export function publicGuest(row: GuestRow, image: (doc: unknown) => Guest['photo']): Guest {
  return { name: String(row.name ?? ''), position: str(row.position), unit: str(row.unit), photo: row.photo ? image(row.photo) : null }
}

export type PublicSessionHead = { slug: string; title: string; state: SessionState; pinned: string | null }
