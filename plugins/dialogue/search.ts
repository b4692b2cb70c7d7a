/**
 * How citizens' questions are found once readers see them (their `search` contribution): the
 * public text and the answer, nothing else. The asker's name, email, phone, address and original
 * wording never reach the index (`publicQuestion` is the allow-list; its asker name is left out).
 */
import { DIALOGUE_PATH, QA_PATH } from '../../cms/src/contracts/dialogue'
import { idOf } from '../../cms/src/lib/ids'
import { entryBase, join, visible } from '../search/text'
import type { IndexEntry, SearchContribution, SearchMapContext, SiteRef } from '../search/types'
import type { Doc } from '../portals/types'
import { isPublished as isPublicQuestion, publicQuestion, type QuestionDoc } from './public'

/** A question of a dialogue session or of the ongoing Q&A, once readers see it. */
export function questionDocument(doc: Doc, site: SiteRef | null, sessionSlug: string | null): IndexEntry | null {
  if (!visible(doc, site) || !isPublicQuestion(doc)) return null
  const question = publicQuestion(doc as QuestionDoc)
  if (!question) return null
  const text = question.text.replace(/\s+/g, ' ').trim()
  if (!text) return null
  const title = text.length > 160 ? `${text.slice(0, 157).replace(/\s+\S*$/, '')}…` : text
  const answer = question.answer ? htmlToPlain(question.answer.html) : ''
  const page = doc.session ? (sessionSlug ? `${DIALOGUE_PATH}${sessionSlug}/` : null) : QA_PATH
  if (!page) return null
  return {
    ...entryBase('question', doc, site),
    url: `${page}#cau-hoi-${question.ref}`,
    title,
    text: join(text, question.topic, answer),
    date: question.answer?.at ?? question.receivedAt,
  }
}

/** Text of the answer HTML the CMS renders from rich text (trusted markup, no scripts). */
function htmlToPlain(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

/** The slug of a question's session, read once per sync run. */
async function sessionSlug({ payload, req, cache }: SearchMapContext, ref: unknown): Promise<string | null> {
  const id = idOf(ref)
  if (id === null) return null
  const key = `dialogue:session:${id}`
  if (!cache.has(key)) {
    const session = await payload.findByID({ collection: 'dialogue-sessions', id: id as number, depth: 0, overrideAccess: true, disableErrors: true, req, select: { slug: true } })
    cache.set(key, session ? String((session as Doc).slug) : null)
  }
  return cache.get(key) as string | null
}

export const questionSearch: SearchContribution = {
  type: 'question',
  label: { vi: 'Hỏi đáp', en: 'Questions' },
  // The collection is closed to the public (personal data); the mapper is an allow-list.
  readAsSystem: true,
  visible: (doc) => isPublicQuestion(doc as QuestionDoc),
  where: { state: { in: ['approved', 'answered'] } },
  toDocument: async (doc, site, context) => questionDocument(doc, site, doc.session ? await sessionSlug(context, doc.session) : null),
}
