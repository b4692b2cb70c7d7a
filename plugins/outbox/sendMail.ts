/** The job that delivers one outbox row through SMTP (only queued when SMTP_URL is set). */
import nodemailer from 'nodemailer'
import type { TaskConfig } from 'payload'

import { env } from '../../cms/src/config/env'

export const SEND_MAIL_TASK = 'sendOutboxMail'

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
    try {
      await nodemailer.createTransport(smtpUrl).sendMail({ from: mailFrom, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? undefined })
      await req.payload.update({ collection: 'outbox', id: mail.id, data: { status: 'sent', sentAt: new Date().toISOString(), error: null }, overrideAccess: true, req })
      return { output: { status: 'sent' } }
    } catch (err) {
      await req.payload.update({ collection: 'outbox', id: mail.id, data: { status: 'failed', error: err instanceof Error ? err.message : String(err) }, overrideAccess: true, req })
      throw err
    }
  },
}
