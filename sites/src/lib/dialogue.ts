/**
 * The pages of online dialogues and of the ongoing Q&A (hỏi đáp): the list of sessions, one page
 * per session, and the paged list of answered questions with the question form. Live sessions
 * get their updates from the platform through a small script (`themes/default/scripts/live.ts`);
 * what is built here is what readers see without it, including the full archive once a session
 * closes.
 */
import { dialoguePath, DIALOGUE_PATH, LIVE_PATH, QA_PATH, type DialogueSession, type PublicQuestion } from '../../../cms/src/contracts/dialogue'
import type { Portal } from './model'
import { laterPages, listPage } from './paginate'
import type { SitemapEntry } from './sitemap'
import type { ViewName } from './render-view'
import { listPath } from './urls'

/** Questions per page of the hỏi đáp list. */
export const QA_PAGE_SIZE = 20

/** Sessions whose page follows the live stream. */
const LIVE_STATES = new Set(['announced', 'open', 'live'])

export type DialogueTeaser = Omit<DialogueSession, 'questions'> & { answered: number }

export type PlannedDialoguePage = { path: string; view: ViewName; props: Record<string, unknown> }

/** A session as the list shows it: without its questions. */
function teaser(session: DialogueSession): DialogueTeaser {
  const { questions, ...rest } = session
  return { ...rest, answered: questions.filter((q) => q.state === 'answered').length }
}

export function liveEndpoints(slug: string): { snapshot: string; stream: string } {
  return { snapshot: `${LIVE_PATH}${slug}`, stream: `${LIVE_PATH}${slug}/stream` }
}

export function dialoguePages(portal: Portal): PlannedDialoguePage[] {
  const pages: PlannedDialoguePage[] = []
  if (portal.dialogues.length > 0) {
    pages.push({ path: DIALOGUE_PATH, view: 'DialogueListView', props: { sessions: portal.dialogues.map(teaser) } })
    for (const session of portal.dialogues) {
      pages.push({
        path: dialoguePath(session.slug),
        view: 'DialogueView',
        props: { session, live: LIVE_STATES.has(session.state) ? liveEndpoints(session.slug) : null, form: null },
      })
    }
  }
  const qa: PublicQuestion[] = portal.qa
  for (const n of [1, ...laterPages(qa.length, QA_PAGE_SIZE)]) {
    pages.push({ path: listPath(QA_PATH, n), view: 'QaView', props: { list: listPage(qa, n, QA_PATH, QA_PAGE_SIZE), form: null } })
  }
  return pages
}

export function dialogueSitemapEntries(portal: Portal): SitemapEntry[] {
  return dialoguePages(portal).map((page) => ({ path: page.path }))
}

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
