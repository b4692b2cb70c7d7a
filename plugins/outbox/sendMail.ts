/**
 * The job that delivers one outbox row through SMTP (only queued when SMTP_URL is set). Several
 * workers may pick up the same job (Payload's job claim is not atomic on the SQL adapters): the
 * row is claimed first with a conditional update of `sentAt` (committed on its own), so one
 * worker sends it. A claim older than 10 minutes (its worker died) can be taken again.
 */
import nodemailer from 'nodemailer'
import type { TaskConfig } from 'payload'

import { env } from '../../cms/src/config/env'

export const SEND_MAIL_TASK = 'sendOutboxMail'

/** The row's extra headers, text values only (anything else in the JSON is left out). */
function stringHeaders(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
  const out = Object.fromEntries(Object.entries(value).filter(([k, v]) => typeof v === 'string' && /^[A-Za-z0-9-]+$/.test(k)))
  return Object.keys(out).length ? (out as Record<string, string>) : undefined
}

export const sendMailTask: TaskConfig<{ input: { id: string }; output: { status: string } }> = {
  slug: SEND_MAIL_TASK,
  label: 'Gửi thư (send email)',
  retries: 3,
  inputSchema: [{ name: 'id', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, req }) => {
    const { smtpUrl, mailFrom } = env()
    const mail = await req.payload.findByID({ collection: 'outbox', id: input.id, depth: 0, overrideAccess: true, req })
    if (!smtpUrl || mail.status === 'sent') return { output: { status: mail.status } }
    const now = new Date()
    const claimed = await req.payload.db.updateOne({
      collection: 'outbox',
      where: { and: [{ id: { equals: mail.id } }, { status: { not_equals: 'sent' } }, { or: [{ sentAt: { exists: false } }, { sentAt: { less_than: new Date(now.getTime() - 10 * 60_000).toISOString() } }] }] },
      data: { sentAt: now.toISOString() },
      options: { atomic: true },
      returning: true,
    })
    if (!claimed) return { output: { status: 'sending elsewhere' } }
    try {
      await nodemailer.createTransport(smtpUrl).sendMail({ from: mailFrom, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? undefined, headers: stringHeaders(mail.headers) })
      await req.payload.update({ collection: 'outbox', id: mail.id, data: { status: 'sent', sentAt: new Date().toISOString(), error: null }, overrideAccess: true, req })
      return { output: { status: 'sent' } }
    } catch (err) {
      await req.payload.update({ collection: 'outbox', id: mail.id, data: { status: 'failed', sentAt: null, error: err instanceof Error ? err.message : String(err) }, overrideAccess: true, req })
      throw err
    }
  },
}
