/**
 * When a question is answered, its asker, and the askers of the questions merged into it, get an
 * email (through the outbox, like every email of the platform) with their receipt code and the
 * page where the answer is. The email names no other asker.
 */
import type { PayloadRequest } from 'payload'

import { portalBaseUrl } from '../portals/build/export'
import { RECEIPT_PATH } from '../../cms/src/contracts/dialogue'
import { type QuestionDoc } from './public'
import { idOf } from '../../cms/src/lib/ids'

export function answerEmail(args: { siteName: string; code: string; link: string; question: string }) {
  const { siteName, code, link, question } = args
  const excerpt = question.length > 300 ? `${question.slice(0, 300)}…` : question
  const subject = `Câu hỏi ${code} đã được trả lời / Your question ${code} has been answered`
  const text = [
    'Xin chào,',
    '',
    `Câu hỏi của bạn gửi tới ${siteName} (mã tra cứu ${code}) đã được trả lời:`,
    `“${excerpt}”`,
    '',
    `Xem câu trả lời: ${link}`,
    '',
    '---',
    `Your question to ${siteName} (receipt ${code}) has been answered. Read the answer: ${link}`,
  ].join('\n')
  return { subject, text }
}

export async function notifyAnswered(req: PayloadRequest, doc: QuestionDoc): Promise<void> {
  const siteId = idOf(doc.site)
  if (siteId === null) return
  const merged = await req.payload.find({
    collection: 'questions',
    where: { and: [{ mergedInto: { equals: doc.id } }, { state: { equals: 'merged' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { receiptCode: true, text: true, asker: { email: true } },
  })
  const recipients = [doc, ...(merged.docs as QuestionDoc[])].filter((q) => typeof q.asker?.email === 'string' && q.asker.email)
  if (recipients.length === 0) return
  const site = (await req.payload.findByID({ collection: 'sites', id: siteId as number, depth: 0, locale: 'vi', overrideAccess: true, req, select: { name: true, slug: true, domains: true } })) as {
    name: string
    slug: string
    domains?: string[] | null
  }
  const base = portalBaseUrl(site)
  for (const q of recipients) {
    const code = String(q.receiptCode)
    const mail = answerEmail({ siteName: site.name, code, link: `${base}${RECEIPT_PATH}?ma=${encodeURIComponent(code)}`, question: String(q.text ?? '') })
    await req.payload.create({ collection: 'outbox', data: { to: q.asker.email, ...mail, status: 'queued' }, overrideAccess: true, req })
  }
}
