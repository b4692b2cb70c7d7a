import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { consultationChecks } from '../checks'
import { contributesTo } from '../../../cms/src/contributions'
import { consultationsLifecycle } from '../merge'
import { CONSULTATIONS_PATH, consultationPath } from '../../../themes/model/legal'

import { CONTENT_ROLES, EDITING_ROLES } from '../../../cms/src/access/roles'
import { commentsCsvEndpoint } from '../consultations/exportCsv'
import { consultationStatus } from '../consultations/rules'
import { CONSULTATION_STATUS_LABELS, CONSULTATION_STATUSES, LEGAL_DOCUMENT_TYPE_LABELS, LEGAL_DOCUMENT_TYPES } from '../../../cms/src/contracts/legal'
import { siteField } from '../../site-scoping/fields/site'
import { slugField } from '../../../cms/src/fields/slug'
import { legalClock } from '../derived'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'dd/MM/yyyy HH:mm' } }

/** The phase is stored for lists and filters; the hourly job moves it on when a date passes. */
const setConsultationStatus: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  data.status = consultationStatus(merged.opensAt, merged.closesAt, legalClock.now())
  return data
}

/** Drafts posted for public comment (góp ý dự thảo văn bản), Nghị định 78/2025. */
export const Consultations: CollectionConfig = {
  slug: 'consultations',
  // A portal's published consultations, read by its build (ADR 0025).
  indexes: [{ fields: ['site', '_status'] }],
  labels: { singular: { vi: 'Lấy ý kiến dự thảo', en: 'Draft consultation' }, plural: { vi: 'Góp ý dự thảo', en: 'Draft consultations' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'opensAt', 'closesAt', 'status', 'site', '_status'],
    group: { vi: 'Văn bản – Thủ tục', en: 'Legal & procedures' },
  },
  defaultSort: '-opensAt',
  custom: contributesTo({ siteScoped: { read: 'published', write: CONTENT_ROLES, delete: EDITING_ROLES }, workflow: {}, checks: consultationChecks, portal: { path: (doc) => (doc.slug ? consultationPath(doc.slug) : null) }, compliance: { sections: ['lay-y-kien'], list: { path: CONSULTATIONS_PATH, vi: 'Góp ý dự thảo', en: 'Draft consultations' } }, lifecycle: consultationsLifecycle }),
  versions: { drafts: true, maxPerDoc: 30 },
  endpoints: [commentsCsvEndpoint],
  hooks: {
    beforeChange: [setConsultationStatus],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 500, label: { vi: 'Tên dự thảo', en: 'Title of the draft' } },
    {
      type: 'row',
      fields: [
        {
          name: 'documentType',
          type: 'select',
          label: { vi: 'Loại văn bản dự thảo', en: 'Type of document' },
          options: LEGAL_DOCUMENT_TYPES.map((value) => ({ value, label: LEGAL_DOCUMENT_TYPE_LABELS[value] })),
        },
        { name: 'draftingUnit', type: 'text', required: true, label: { vi: 'Cơ quan, đơn vị chủ trì soạn thảo', en: 'Drafting unit' } },
      ],
    },
    { name: 'summary', type: 'textarea', maxLength: 3000, label: { vi: 'Nội dung cần xin ý kiến', en: 'What comments are sought on' } },
    {
      type: 'row',
      fields: [
        { name: 'opensAt', type: 'date', required: true, label: { vi: 'Bắt đầu lấy ý kiến', en: 'Opens' }, admin: dayAndTime },
        {
          name: 'closesAt',
          type: 'date',
          required: true,
          index: true,
          label: { vi: 'Hạn cuối góp ý', en: 'Closes' },
          admin: dayAndTime,
          validate: (value: unknown, { data }: { data: { opensAt?: string | null } }) =>
            !value || !data.opensAt || Date.parse(String(value)) > Date.parse(String(data.opensAt))
              ? true
              : 'Hạn cuối góp ý phải sau thời điểm bắt đầu. / The closing time must follow the opening time.',
        },
        {
          name: 'status',
          type: 'select',
          // PostgreSQL: the drafts' `_status` already takes the type name enum_consultations_status.
          enumName: 'enum_consultations_phase',
          index: true,
          label: { vi: 'Trạng thái', en: 'Status' },
          options: CONSULTATION_STATUSES.map((value) => ({ value, label: CONSULTATION_STATUS_LABELS[value] })),
          admin: { readOnly: true, description: { vi: 'Tính từ ngày bắt đầu và hạn cuối.', en: 'Derived from the dates.' } },
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: { vi: 'Đầu mối tiếp nhận góp ý', en: 'Contact for comments' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: { vi: 'Đơn vị / cán bộ', en: 'Unit / officer' } },
            { name: 'email', type: 'email', label: { vi: 'Thư điện tử công vụ', en: 'Official email' } },
            { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
          ],
        },
        { name: 'address', type: 'text', label: { vi: 'Địa chỉ gửi văn bản góp ý', en: 'Postal address' } },
      ],
    },
    {
      name: 'draftFiles',
      type: 'array',
      label: { vi: 'Hồ sơ dự thảo', en: 'Draft files' },
      labels: { singular: { vi: 'Tệp', en: 'File' }, plural: { vi: 'Tệp', en: 'Files' } },
      admin: { description: { vi: 'Dự thảo, tờ trình, báo cáo đánh giá tác động…', en: 'Draft, submission, impact assessment…' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'file', type: 'upload', relationTo: 'legal-files', required: true, label: { vi: 'Tệp', en: 'File' } },
            { name: 'label', type: 'text', label: { vi: 'Mô tả', en: 'Label' }, admin: { placeholder: 'Dự thảo Tờ trình' } },
          ],
        },
      ],
    },
    {
      name: 'articles',
      type: 'array',
      label: { vi: 'Các điều xin ý kiến (không bắt buộc)', en: 'Articles open for comment (optional)' },
      labels: { singular: { vi: 'Điều', en: 'Article' }, plural: { vi: 'Các điều', en: 'Articles' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'ref', type: 'text', required: true, maxLength: 100, label: { vi: 'Điều', en: 'Article' }, admin: { placeholder: 'Điều 5' } },
            { name: 'title', type: 'text', label: { vi: 'Tên điều', en: 'Title' } },
          ],
        },
      ],
    },
    {
      name: 'handlingSummary',
      type: 'richText',
      label: { vi: 'Báo cáo tổng hợp, tiếp thu, giải trình', en: 'Summary of comments and responses' },
      admin: { description: { vi: 'Chỉ hiện trên cổng sau khi hết hạn góp ý.', en: 'Shown on the portal only after the closing date.' } },
    },
    { name: 'finalDocument', type: 'relationship', relationTo: 'legal-documents', label: { vi: 'Văn bản đã ban hành', en: 'Document finally issued' } },
    slugField(),
    siteField(),
  ],
}
