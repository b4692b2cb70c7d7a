/**
 * The pages of online dialogues and of the ongoing Q&A (hỏi đáp): the list of sessions, one page
 * per session, and the paged list of answered questions with the question form. Live sessions
 * get their updates from the platform through a small script (`themes/default/scripts/live-dialogue.ts`);
 * what is built here is what readers see without it, including the full archive once a session
 * closes.
 */
import { dialoguePath, DIALOGUE_PATH, LIVE_PATH, QA_PATH, type DialogueSession, type PublicQuestion } from '../../../cms/src/contracts/dialogue'
import type { DialogueTeaser } from '../../../themes/model/dialogue'
import { laterPages, listPage } from '../../../themes/model/paginate'
import { listPath } from '../../../themes/model/urls'
import type { ViewName } from '../../../themes/model/views'
import type { Portal } from './model'
import type { SitemapEntry } from './sitemap'

/** Questions per page of the hỏi đáp list. */
export const QA_PAGE_SIZE = 20

/** Sessions whose page follows the live stream. */
const LIVE_STATES = new Set(['announced', 'open', 'live'])

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
