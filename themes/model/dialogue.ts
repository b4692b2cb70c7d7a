/** Online dialogues and Q&A as the portal pages show them, and their dates. */
import type { DialogueSession } from '../../cms/src/contracts/dialogue'

/** A session as the list shows it: without its questions. */
export type DialogueTeaser = Omit<DialogueSession, 'questions'> & { answered: number }

const TIME_ZONE = 'Asia/Ho_Chi_Minh'
const dateTime = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', hour12: false, timeZone: TIME_ZONE })
const timeOnly = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: TIME_ZONE })
const dayOnly = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: TIME_ZONE })

/** "09:00 25/11/2026", Vietnam time. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso))
}

/** "09:00–11:00, 25/11/2026" (or both dates when the session spans two days), Vietnam time. */
export function formatTimeRange(startIso: string, endIso: string): string {
  const start = new Date(startIso)
  const end = new Date(endIso)
  if (dayOnly.format(start) === dayOnly.format(end)) return `${timeOnly.format(start)}–${timeOnly.format(end)}, ${dayOnly.format(start)}`
  return `${dateTime.format(start)} – ${dateTime.format(end)}`
}
