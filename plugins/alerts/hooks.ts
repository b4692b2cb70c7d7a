/**
 * Change notes on publication. When a document that is live is published again, the save's
 * `changeNotice` says whether this is a minor fix (nothing happens) or a major update: then a
 * public note is required (400 in Vietnamese and English otherwise), appended to the document's
 * `changeNotes`, and subscribers are alerted by a job queued in the same transaction.
 */
import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import { cleanText } from '../../cms/src/lib/publicInput'
import { type ChangeKind, NOTE_LIMITS } from './fields'
import { NOTIFY_TASK } from './notify'

type Notice = { kind?: ChangeKind | null; note?: string | null }
type Note = { at: string; note: string; id?: string | null }
type Doc = Record<string, unknown> & { changeNotice?: Notice | null; changeNotes?: Note[] | null }

export type PendingChange = { at: string; note: string }

export const recordChangeNote: CollectionBeforeChangeHook = ({ data, originalDoc, req, context, operation }) => {
  const previous = originalDoc as Doc | undefined
  const incoming = (data as Doc).changeNotice
  if (incoming !== undefined && incoming !== null && (typeof incoming !== 'object' || Array.isArray(incoming))) {
    throw new APIError('changeNotice phải là { kind, note }. / changeNotice must be { kind, note }.', 400)
  }
  const notice: Notice = { ...(previous?.changeNotice ?? {}), ...(incoming ?? {}) }
  const kind = notice.kind ?? 'minor'
  if (kind !== 'minor' && kind !== 'major') throw new APIError('changeNotice.kind phải là "minor" hoặc "major". / changeNotice.kind must be "minor" or "major".', 400)
  if (notice.note !== undefined && notice.note !== null && typeof notice.note !== 'string') {
    throw new APIError('Ghi chú thay đổi phải là văn bản. / The change note must be text.', 400)
  }
  const note = typeof notice.note === 'string' ? cleanText(notice.note).trim() : ''
  if (note.length > NOTE_LIMITS.max) throw new APIError(`Ghi chú thay đổi tối đa ${NOTE_LIMITS.max} ký tự. / The change note is at most ${NOTE_LIMITS.max} characters.`, 400)
  // The history is the hook's alone: what a client sends as `changeNotes` is replaced by what is stored.
  const stored = (previous?.changeNotes ?? []).map((n) => ({ id: n.id, at: n.at, note: n.note }))
  ;(data as Doc).changeNotes = operation === 'create' ? [] : stored
  const publishing = (data as Doc)._status === 'published' && !context.draftSave
  const republishing = publishing && operation === 'update' && Boolean(context.wasPublished)
  if (!republishing) {
    // A draft keeps the editor's choice for the publication to come; a first publication announces nothing.
    if (publishing) (data as Doc).changeNotice = { kind: 'minor', note: null }
    else if (incoming) (data as Doc).changeNotice = { kind, note: note || null }
    return data
  }
  if (kind === 'major' && note.length < NOTE_LIMITS.min) {
    throw new APIError(
      `Cập nhật lớn cần ghi chú thay đổi công khai (ít nhất ${NOTE_LIMITS.min} ký tự) trong “Ghi chú thay đổi”. / A major update needs a public change note (at least ${NOTE_LIMITS.min} characters).`,
      400,
    )
  }
  ;(data as Doc).changeNotice = { kind: 'minor', note: null }
  if (kind === 'major') {
    const at = new Date().toISOString()
    ;(data as Doc).changeNotes = [...stored, { at, note }]
    req.context.alertsChange = { at, note } satisfies PendingChange
  }
  return data
}

/** Queue the alerts of a major update (in the save's transaction: no alert for a failed save). */
export const queueChangeAlerts: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  const change = req.context.alertsChange as PendingChange | undefined
  if (!change) return doc
  delete req.context.alertsChange
  await req.payload.jobs.queue({ task: NOTIFY_TASK, input: { collection: collection.slug, id: String(doc.id), at: change.at }, req })
  return doc
}
