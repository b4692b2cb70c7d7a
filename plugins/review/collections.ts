/**
 * The review state of every editorial document, kept beside it rather than in it (ADR 0024):
 * marking a page reviewed or changing its owner is not an edit of its content, so it makes no
 * version, needs no approval and never publishes a pending draft. One row per document
 * (`key` = `<collection>:<id>`), written only by this plugin's hooks and endpoints.
 *
 * `review-reminders` holds one row per reminder sent (`key` unique): the database refuses the
 * second insert, so a reminder goes out once however many job runs or processes try.
 */
import type { CollectionConfig } from 'payload'

import { platformAdminOnly } from '../../cms/src/access/roles'
import { contributesTo } from '../../cms/src/contributions'

export const REVIEW_SCHEDULES = 'review-schedules'
export const REVIEW_REMINDERS = 'review-reminders'

export const ReviewSchedules: CollectionConfig = {
  slug: REVIEW_SCHEDULES,
  // A system record: staff read and change it through the review endpoints (which check the
  // document's own access), central IT may read it directly.
  custom: contributesTo({}),
  labels: { singular: { vi: 'Lịch rà soát', en: 'Review schedule' }, plural: { vi: 'Lịch rà soát', en: 'Review schedules' } },
  admin: { hidden: true, useAsTitle: 'title' },
  access: { read: platformAdminOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    { name: 'collection', type: 'text', required: true, index: true, label: { vi: 'Loại nội dung', en: 'Content type' } },
    { name: 'document', type: 'text', required: true, label: { vi: 'Mã tài liệu', en: 'Document id' } },
    { name: 'title', type: 'text', label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'site', type: 'relationship', relationTo: 'sites', index: true, label: { vi: 'Trang/cổng thông tin', en: 'Site' } },
    { name: 'owner', type: 'relationship', relationTo: 'users', index: true, label: { vi: 'Người phụ trách', en: 'Owner' } },
    { name: 'lastReviewedAt', type: 'date', label: { vi: 'Rà soát lần cuối', en: 'Last reviewed' } },
    { name: 'nextReviewAt', type: 'date', index: true, label: { vi: 'Rà soát lần tới', en: 'Next review' } },
  ],
}

export const ReviewReminders: CollectionConfig = {
  slug: REVIEW_REMINDERS,
  custom: contributesTo({ audit: false, nfc: false }),
  labels: { singular: { vi: 'Nhắc rà soát', en: 'Review reminder' }, plural: { vi: 'Nhắc rà soát', en: 'Review reminders' } },
  admin: { hidden: true, useAsTitle: 'key' },
  access: { read: platformAdminOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    // `<collection>:<id>:<next review day>:<30|7|0>`
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'recipients', type: 'number', required: true, defaultValue: 0 },
  ],
}
