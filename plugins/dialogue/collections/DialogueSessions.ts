import type { CollectionConfig } from 'payload'

import { contributesTo } from '../../../cms/src/contributions'
import { dialogueSessionsLifecycle } from '../merge'
import { dialoguePath } from '../../../cms/src/contracts/dialogue'

import { MODERATION_ROLES } from '../../../cms/src/access/roles'

import { SESSION_STATES } from '../../../cms/src/contracts/dialogue'
import { siteField } from '../../site-scoping/fields/site'
import { slugField } from '../../../cms/src/fields/slug'
import { consoleEndpoint, pinEndpoint } from '../endpoints'
import { announceSessionChange, keepQuestionsOnDelete, prepareSession } from '../hooks'
import { SESSION_STATE_LABELS } from '../states'

/**
 * Online dialogue sessions (giao lưu, đối thoại trực tuyến): announced with topic, time and
 * guests, open for questions, live, closed, then kept as an archive on the portal.
 */
export const DialogueSessions: CollectionConfig = {
  slug: 'dialogue-sessions',
  labels: {
    singular: { vi: 'Phiên đối thoại trực tuyến', en: 'Dialogue session' },
    plural: { vi: 'Đối thoại trực tuyến', en: 'Dialogue sessions' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'startsAt', 'site'],
    group: { vi: 'Tương tác', en: 'Interaction' },
    listSearchableFields: ['title', 'topic'],
  },
  defaultSort: '-startsAt',
  custom: contributesTo({ siteScoped: { read: 'members', write: MODERATION_ROLES, delete: ['site-admin'] }, portal: { path: (doc) => (doc.slug ? dialoguePath(doc.slug) : null) }, lifecycle: dialogueSessionsLifecycle }),
  endpoints: [consoleEndpoint, pinEndpoint],
  hooks: {
    beforeChange: [prepareSession],
    afterChange: [announceSessionChange],
    beforeDelete: [keepQuestionsOnDelete],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300, label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'topic', type: 'text', maxLength: 300, label: { vi: 'Chủ đề', en: 'Topic' } },
    { name: 'description', type: 'textarea', maxLength: 5000, label: { vi: 'Giới thiệu', en: 'Description' } },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, index: true, label: { vi: 'Bắt đầu', en: 'Starts at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'endsAt', type: 'date', required: true, label: { vi: 'Kết thúc', en: 'Ends at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'announced',
      index: true,
      options: SESSION_STATES.map((value) => ({ value, label: SESSION_STATE_LABELS[value] })),
      label: { vi: 'Trạng thái', en: 'State' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Sắp diễn ra → Đang nhận câu hỏi → Đang trực tuyến → Đã kết thúc → Lưu trữ. Câu hỏi chỉ được gửi khi phiên đang nhận câu hỏi hoặc đang trực tuyến.',
          en: 'Announced → Open for questions → Live → Closed → Archived. Questions are accepted while open or live.',
        },
      },
    },
    {
      name: 'guests',
      type: 'array',
      label: { vi: 'Khách mời', en: 'Guests' },
      labels: { singular: { vi: 'Khách mời', en: 'Guest' }, plural: { vi: 'Khách mời', en: 'Guests' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, maxLength: 150, label: { vi: 'Họ và tên', en: 'Name' } },
            { name: 'position', type: 'text', maxLength: 200, label: { vi: 'Chức vụ', en: 'Position' } },
            { name: 'unit', type: 'text', maxLength: 200, label: { vi: 'Đơn vị', en: 'Unit' } },
          ],
        },
        { name: 'photo', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh', en: 'Photo' } },
      ],
    },
    {
      name: 'topics',
      type: 'array',
      label: { vi: 'Nhóm chủ đề câu hỏi', en: 'Question topics' },
      admin: { description: { vi: 'Người hỏi chọn một nhóm khi gửi câu hỏi (không bắt buộc).', en: 'Askers may file their question under one of these.' } },
      fields: [{ name: 'label', type: 'text', required: true, maxLength: 100, label: { vi: 'Chủ đề', en: 'Topic' } }],
    },
    {
      name: 'moderators',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { vi: 'Người điều phối', en: 'Moderators' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'videoUrl',
      type: 'text',
      maxLength: 500,
      label: { vi: 'Đường dẫn video trực tiếp', en: 'Video link' },
      validate: (value: unknown) =>
        value === null || value === undefined || value === '' || /^https:\/\/[^\s"'<>]+$/.test(String(value))
          ? true
          : 'Đường dẫn phải bắt đầu bằng https://. / The link must start with https://.',
    },
    {
      name: 'pinned',
      type: 'relationship',
      relationTo: 'questions',
      label: { vi: 'Câu hỏi đang trả lời', en: 'Now answering' },
      admin: { position: 'sidebar', description: { vi: 'Ghim từ bàn điều phối.', en: 'Pin it from the moderator console.' } },
    },
    slugField(),
    siteField(MODERATION_ROLES),
  ],
}
