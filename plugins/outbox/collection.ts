/**
 * Outgoing mail. Every email the platform sends is first written here, inside the transaction of
 * the action that caused it; a job then sends it through SMTP when SMTP_URL is set. Without SMTP
 * the row stays "queued", so flows that send mail work (and are testable) with no mail server.
 */
import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { contributesTo } from '../../cms/src/contributions'

import { platformAdminOnly } from '../../cms/src/access/roles'
import { env } from '../../cms/src/config/env'
import { SEND_MAIL_TASK } from './sendMail'
import { platformAdminsOnly } from '../../cms/src/admin/visibility'

export const OUTBOX_STATUSES = ['queued', 'sent', 'failed'] as const

const queueDelivery: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create' && env().smtpUrl) {
    await req.payload.jobs.queue({ task: SEND_MAIL_TASK, input: { id: String(doc.id) }, req })
  }
  return doc
}

export const Outbox: CollectionConfig = {
  slug: 'outbox',
  custom: contributesTo({ audit: false, nfc: false }),
  labels: { singular: { vi: 'Thư đi', en: 'Outgoing email' }, plural: { vi: 'Hộp thư đi', en: 'Outbox' } },
  admin: {
    group: { vi: 'Quản trị nền tảng', en: 'Platform' },
    hidden: platformAdminsOnly,
    useAsTitle: 'subject',
    defaultColumns: ['createdAt', 'to', 'subject', 'status'],
    description: {
      vi: 'Mọi thư hệ thống gửi đi (lời mời…). Thư được gửi qua SMTP khi đã cấu hình SMTP_URL; nếu chưa, thư nằm ở trạng thái “Chờ gửi”.',
      en: 'Every email the platform sends (invitations…). Sent through SMTP when SMTP_URL is set; otherwise it stays "queued".',
    },
  },
  defaultSort: '-createdAt',
  // Emails carry single-use links: only central IT may read them, and nobody edits them.
  access: { read: platformAdminOnly, create: () => false, update: () => false, delete: platformAdminOnly },
  hooks: { afterChange: [queueDelivery] },
  fields: [
    { name: 'to', type: 'email', required: true, index: true, label: { vi: 'Người nhận', en: 'To' } },
    { name: 'subject', type: 'text', required: true, label: { vi: 'Tiêu đề', en: 'Subject' } },
    { name: 'text', type: 'textarea', required: true, label: { vi: 'Nội dung (văn bản)', en: 'Text body' } },
    { name: 'html', type: 'code', admin: { language: 'html' }, label: { vi: 'Nội dung (HTML)', en: 'HTML body' } },
    // Extra message headers, e.g. List-Unsubscribe and List-Unsubscribe-Post of alerts (RFC 8058).
    { name: 'headers', type: 'json', label: { vi: 'Tiêu đề thư bổ sung', en: 'Extra headers' }, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      label: { vi: 'Trạng thái', en: 'Status' },
      options: [
        { value: 'queued', label: { vi: 'Chờ gửi (chưa gửi)', en: 'Queued (not sent)' } },
        { value: 'sent', label: { vi: 'Đã gửi', en: 'Sent' } },
        { value: 'failed', label: { vi: 'Gửi lỗi', en: 'Failed' } },
      ],
      admin: { position: 'sidebar' },
    },
    // What the message delivers, for senders that may run twice (a retried alert job, a review
    // reminder): unique, so one delivery is written once (enqueue.ts). Empty for one-off mails.
    { name: 'deliveryKey', type: 'text', unique: true, label: { vi: 'Khóa gửi', en: 'Delivery key' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'sentAt', type: 'date', label: { vi: 'Thời điểm gửi', en: 'Sent at' }, admin: { position: 'sidebar' } },
    { name: 'error', type: 'textarea', label: { vi: 'Lỗi', en: 'Error' } },
  ],
}
