import type { CollectionConfig, Field } from 'payload'

import { legalDocumentChecks } from '../checks'
import { contributesTo } from '../../../cms/src/contributions'
import { legalDocumentsLifecycle } from '../merge'
import { legalSearch } from '../search'
import { LEGAL_PATH, legalDocumentPath } from '../../../themes/model/legal'

import { CONTENT_ROLES, EDITING_ROLES } from '../../../cms/src/access/roles'
import {
  LEGAL_DOCUMENT_TYPE_LABELS,
  LEGAL_DOCUMENT_TYPES,
  RELATION_KINDS,
  RELATION_LABELS,
  SIGNING_CAPACITIES,
  SIGNING_CAPACITY_LABELS,
  VALIDITY_STATUS_LABELS,
  VALIDITY_STATUSES,
} from '../../../cms/src/contracts/legal'
import { sharingFields } from '../../site-scoping/fields/sharing'
import { siteField } from '../../site-scoping/fields/site'
import {
  auditValidityOverride,
  captureDeleteTargets,
  deriveOwnState,
  normaliseLegalNumber,
  syncAfterDelete,
  syncRelatedDocuments,
  validateLegalNumber,
  validateRelationTarget,
} from '../hooks'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' } }

const httpsUrl = (value: unknown) =>
  value === null || value === undefined || value === '' || (typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value))
    ? true
    : 'Địa chỉ phải bắt đầu bằng https:// hoặc http://. / Use a full http(s) URL.'

const validityOptions = VALIDITY_STATUSES.map((value) => ({ value, label: VALIDITY_STATUS_LABELS[value] }))

const relationsField: Field = {
  name: 'relations',
  type: 'array',
  label: { vi: 'Quan hệ với văn bản khác', en: 'Relations to other documents' },
  labels: { singular: { vi: 'Quan hệ', en: 'Relation' }, plural: { vi: 'Quan hệ', en: 'Relations' } },
  admin: {
    description: {
      vi: 'Chỉ khai báo ở văn bản mới (ví dụ văn bản thay thế). Văn bản kia tự hiện quan hệ ngược ("bị thay thế bởi…") và tình trạng hiệu lực.',
      en: 'Declare relations on the newer document only; the other document shows the inverse ("replaced by…") and its validity by itself.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: { vi: 'Loại quan hệ', en: 'Kind' },
          options: RELATION_KINDS.map((value) => ({ value, label: RELATION_LABELS[value].outgoing })),
        },
        {
          name: 'targetType',
          type: 'radio',
          defaultValue: 'internal',
          label: { vi: 'Văn bản', en: 'Document' },
          options: [
            { value: 'internal', label: { vi: 'Có trên hệ thống', en: 'On the platform' } },
            { value: 'external', label: { vi: 'Ngoài hệ thống', en: 'External' } },
          ],
        },
      ],
    },
    {
      name: 'document',
      type: 'relationship',
      relationTo: 'legal-documents',
      label: { vi: 'Văn bản liên quan', en: 'Related document' },
      admin: { condition: (_data, sibling) => sibling?.targetType !== 'external' },
      validate: validateRelationTarget as never,
    },
    {
      type: 'row',
      admin: { condition: (_data, sibling) => sibling?.targetType === 'external' },
      fields: [
        {
          name: 'number',
          type: 'text',
          label: { vi: 'Số ký hiệu', en: 'Number' },
          validate: (value: unknown, { siblingData }: { siblingData: { targetType?: string } }) =>
            siblingData.targetType !== 'external' || (typeof value === 'string' && value.trim() !== '')
              ? true
              : 'Cần số ký hiệu của văn bản ngoài hệ thống. / An external document needs its number.',
        },
        { name: 'title', type: 'text', label: { vi: 'Trích yếu', en: 'Title' } },
        { name: 'url', type: 'text', label: { vi: 'Liên kết (vbpl.vn…)', en: 'Link' }, validate: httpsUrl },
      ],
    },
    { name: 'provisions', type: 'text', label: { vi: 'Điều, khoản liên quan', en: 'Provisions' }, admin: { placeholder: 'Điều 5 khoản 2' } },
  ],
}

const inverseRelationsField: Field = {
  name: 'inverseRelations',
  type: 'array',
  label: { vi: 'Văn bản khác nói về văn bản này', en: 'What other documents say about this one' },
  labels: { singular: { vi: 'Quan hệ ngược', en: 'Inverse relation' }, plural: { vi: 'Quan hệ ngược', en: 'Inverse relations' } },
  admin: {
    readOnly: true,
    description: { vi: 'Tự động, từ quan hệ mà các văn bản đã xuất bản khai báo; không sửa tay.', en: 'Maintained from the relations published documents declare; not editable.' },
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', label: { vi: 'Quan hệ', en: 'Kind' }, options: RELATION_KINDS.map((value) => ({ value, label: RELATION_LABELS[value].incoming })) },
        { name: 'document', type: 'relationship', relationTo: 'legal-documents', label: { vi: 'Văn bản', en: 'Document' } },
        { name: 'number', type: 'text', label: { vi: 'Số ký hiệu', en: 'Number' } },
        { name: 'since', type: 'date', label: { vi: 'Từ ngày', en: 'Since' }, admin: dayOnly },
        { name: 'provisions', type: 'text', label: { vi: 'Điều, khoản', en: 'Provisions' } },
      ],
    },
  ],
}

const validityFields: Field = {
  type: 'collapsible',
  label: { vi: 'Tình trạng hiệu lực', en: 'Validity' },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'validityStatus',
          type: 'select',
          index: true,
          label: { vi: 'Tình trạng hiệu lực', en: 'Validity' },
          options: validityOptions,
          admin: { readOnly: true, description: { vi: 'Tính từ ngày hiệu lực, ngày hết hiệu lực và quan hệ; cập nhật hằng giờ.', en: 'Derived from dates and relations; refreshed hourly.' } },
        },
        { name: 'validitySince', type: 'date', label: { vi: 'Từ ngày', en: 'Since' }, admin: { ...dayOnly, readOnly: true } },
        { name: 'validityNextChange', type: 'date', index: true, label: { vi: 'Thay đổi tiếp theo', en: 'Next change' }, admin: { ...dayOnly, readOnly: true } },
      ],
    },
    { name: 'validityReason', type: 'text', label: { vi: 'Lý do', en: 'Reason' }, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'validityOverride',
          type: 'select',
          label: { vi: 'Ghi đè tình trạng (khi cần)', en: 'Override (when needed)' },
          options: validityOptions,
          admin: { description: { vi: 'Ví dụ: ngưng hiệu lực theo quyết định đình chỉ. Để trống để tính tự động.', en: 'E.g. suspended by a decision. Leave empty to derive it.' } },
        },
        { name: 'validityOverrideSince', type: 'date', label: { vi: 'Từ ngày', en: 'Since' }, admin: { ...dayOnly, condition: (data) => Boolean(data?.validityOverride) } },
      ],
    },
    {
      name: 'validityOverrideReason',
      type: 'textarea',
      maxLength: 1000,
      label: { vi: 'Lý do ghi đè', en: 'Reason for the override' },
      admin: { condition: (data) => Boolean(data?.validityOverride) },
      validate: (value: unknown, { data }: { data: { validityOverride?: string | null } }) =>
        !data.validityOverride || (typeof value === 'string' && value.trim().length >= 5)
          ? true
          : 'Cần nêu lý do ghi đè tình trạng hiệu lực (ít nhất 5 ký tự). / Give a reason for the override (5+ characters).',
    },
    {
      name: 'validityHistory',
      type: 'array',
      label: { vi: 'Lịch sử ghi đè', en: 'Override history' },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'status', type: 'select', options: validityOptions, label: { vi: 'Ghi đè thành', en: 'Set to' } },
            { name: 'at', type: 'date', label: { vi: 'Lúc', en: 'At' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'byName', type: 'text', label: { vi: 'Người thực hiện', en: 'By' } },
            { name: 'by', type: 'relationship', relationTo: 'users', label: { vi: 'Tài khoản', en: 'Account' } },
          ],
        },
        { name: 'reason', type: 'text', label: { vi: 'Lý do', en: 'Reason' } },
      ],
    },
  ],
}

/** Legal and administrative documents (văn bản) a portal publishes. */
export const LegalDocuments: CollectionConfig = {
  slug: 'legal-documents',
  labels: { singular: { vi: 'Văn bản', en: 'Legal document' }, plural: { vi: 'Văn bản pháp luật', en: 'Legal documents' } },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'documentType', 'summary', 'issueDate', 'validityStatus', 'site', '_status'],
    group: { vi: 'Văn bản – Thủ tục', en: 'Legal & procedures' },
    listSearchableFields: ['number', 'summary', 'issuingBody'],
  },
  defaultSort: '-issueDate',
  custom: contributesTo({ siteScoped: { read: 'published', write: CONTENT_ROLES, delete: EDITING_ROLES }, workflow: {}, checks: legalDocumentChecks, portal: { path: (doc) => (doc.slug ? legalDocumentPath(doc.slug) : null) }, search: legalSearch, compliance: { sections: ['van-ban'], shared: true, list: { path: LEGAL_PATH, vi: 'Văn bản', en: 'Legal documents' } }, lifecycle: legalDocumentsLifecycle }),
  versions: { drafts: true, maxPerDoc: 50 },
  indexes: [{ fields: ['site', 'issueDate'] }, { fields: ['site', '_status'] }],
  hooks: {
    beforeValidate: [normaliseLegalNumber],
    beforeChange: [deriveOwnState],
    afterChange: [auditValidityOverride, syncRelatedDocuments],
    beforeDelete: [captureDeleteTargets],
    afterDelete: [syncAfterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          required: true,
          maxLength: 100,
          label: { vi: 'Số ký hiệu', en: 'Number' },
          admin: { placeholder: '42/2022/NĐ-CP', description: { vi: 'Được chuẩn hóa khi lưu (ND → NĐ, bỏ khoảng trắng).', en: 'Normalised on save (ND → NĐ, spaces removed).' } },
          validate: validateLegalNumber,
        },
        {
          name: 'documentType',
          type: 'select',
          required: true,
          index: true,
          label: { vi: 'Loại văn bản', en: 'Document type' },
          options: LEGAL_DOCUMENT_TYPES.map((value) => ({ value, label: LEGAL_DOCUMENT_TYPE_LABELS[value] })),
        },
      ],
    },
    { name: 'summary', type: 'textarea', required: true, maxLength: 2000, label: { vi: 'Trích yếu', en: 'Summary' } },
    { name: 'issuingBody', type: 'text', required: true, maxLength: 300, label: { vi: 'Cơ quan ban hành', en: 'Issuing body' }, admin: { placeholder: 'Chính phủ' } },
    {
      type: 'row',
      fields: [
        {
          name: 'signingCapacity',
          type: 'select',
          label: { vi: 'Thẩm quyền ký', en: 'Signing capacity' },
          options: SIGNING_CAPACITIES.map((value) => ({ value, label: SIGNING_CAPACITY_LABELS[value] })),
          admin: { description: { vi: 'Để trống khi người đứng đầu ký trực tiếp.', en: 'Empty when the head signs in person.' } },
        },
        {
          name: 'signingFor',
          type: 'text',
          label: { vi: 'Ký thay / thay mặt cho', en: 'Signing for' },
          admin: { placeholder: 'Thủ tướng', condition: (data) => Boolean(data?.signingCapacity) },
        },
        { name: 'signerTitle', type: 'text', label: { vi: 'Chức vụ người ký', en: "Signer's title" }, admin: { placeholder: 'Phó Thủ tướng' } },
        { name: 'signerName', type: 'text', label: { vi: 'Người ký', en: 'Signer' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'issueDate', type: 'date', required: true, index: true, label: { vi: 'Ngày ban hành', en: 'Issue date' }, admin: dayOnly },
        { name: 'effectiveDate', type: 'date', label: { vi: 'Ngày có hiệu lực', en: 'Effective date' }, admin: dayOnly },
        {
          name: 'expiryDate',
          type: 'date',
          label: { vi: 'Ngày hết hiệu lực', en: 'Expiry date' },
          admin: dayOnly,
          validate: (value: unknown, { data }: { data: { effectiveDate?: string | null; issueDate?: string | null } }) => {
            const start = data.effectiveDate ?? data.issueDate
            return !value || !start || String(value) >= String(start)
              ? true
              : 'Ngày hết hiệu lực phải sau ngày có hiệu lực. / The expiry date must follow the effective date.'
          },
        },
      ],
    },
    validityFields,
    {
      name: 'fields',
      type: 'text',
      hasMany: true,
      maxRows: 10,
      label: { vi: 'Lĩnh vực', en: 'Fields' },
      admin: { description: { vi: 'Ví dụ: Công nghệ thông tin; Giao dịch điện tử.', en: 'E.g. Information technology.' } },
    },
    { name: 'content', type: 'richText', label: { vi: 'Toàn văn (không bắt buộc)', en: 'Full text (optional)' } },
    {
      name: 'attachments',
      type: 'array',
      label: { vi: 'Tệp đính kèm', en: 'Attachments' },
      labels: { singular: { vi: 'Tệp', en: 'File' }, plural: { vi: 'Tệp', en: 'Files' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'file', type: 'upload', relationTo: 'legal-files', required: true, label: { vi: 'Tệp (PDF, DOC, DOCX)', en: 'File (PDF, DOC, DOCX)' } },
            { name: 'label', type: 'text', label: { vi: 'Mô tả', en: 'Label' }, admin: { placeholder: 'Bản PDF có chữ ký số' } },
          ],
        },
      ],
    },
    {
      name: 'nationalDbUrl',
      type: 'text',
      label: { vi: 'Liên kết Cơ sở dữ liệu quốc gia về văn bản pháp luật', en: 'National legal database link' },
      admin: { placeholder: 'https://vbpl.vn/van-ban/chi-tiet/…' },
      validate: httpsUrl,
    },
    relationsField,
    inverseRelationsField,
    {
      name: 'slug',
      type: 'text',
      index: true,
      label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
      admin: { position: 'sidebar', readOnly: true, description: { vi: 'Tạo từ số ký hiệu.', en: 'Derived from the number.' } },
    },
    { name: 'dedupeKey', type: 'text', index: true, admin: { hidden: true } },
    sharingFields(),
    siteField(),
  ],
}
