/**
 * Email subscriptions of citizens (no account): who wants to hear of which portal's major
 * updates, how often, and whether they confirmed. The email is personal data: only platform
 * admins read this collection (REST, GraphQL, admin); nothing of it reaches a portal, a feed or
 * the search index. Unsubscribing deletes the row; unconfirmed rows are deleted after
 * `PENDING_HOURS` (ADR 0023).
 */
import type { CollectionConfig } from 'payload'

import { platformAdminOnly } from '../../cms/src/access/roles'
import { platformAdminsOnly } from '../../cms/src/admin/visibility'
import { contributesTo } from '../../cms/src/contributions'
import { FREQUENCY_LABELS, SCOPE_LABELS, SUBSCRIPTION_FREQUENCIES, SUBSCRIPTION_SCOPES } from '../../cms/src/contracts/alerts'
import { LEGAL_DOCUMENT_TYPE_LABELS, LEGAL_DOCUMENT_TYPES } from '../../cms/src/contracts/legal'

/** An unconfirmed subscription is deleted after this many hours (its confirmation link dies with it). */
export const PENDING_HOURS = 48

export const Subscriptions: CollectionConfig = {
  slug: 'subscriptions',
  // Not audited by content (the audit log would copy the email); the actions are logged by the plugin.
  custom: contributesTo({ audit: false }),
  labels: { singular: { vi: 'Đăng ký nhận tin', en: 'Subscription' }, plural: { vi: 'Đăng ký nhận tin', en: 'Subscriptions' } },
  admin: {
    group: { vi: 'Quản trị nền tảng', en: 'Platform' },
    hidden: platformAdminsOnly,
    useAsTitle: 'email',
    defaultColumns: ['email', 'site', 'scope', 'frequency', 'status', 'createdAt'],
    description: {
      vi: 'Người dân đăng ký nhận thông báo cập nhật qua thư điện tử (dữ liệu cá nhân: chỉ quản trị nền tảng xem; xuất và xóa theo yêu cầu qua /api/subscriptions/personal-data).',
      en: 'Citizens subscribed to update alerts by email (personal data: platform admins only; export and erasure on request via /api/subscriptions/personal-data).',
    },
  },
  defaultSort: '-createdAt',
  // "Subscription" is GraphQL's root type for subscriptions: the types take other names.
  graphQL: { singularName: 'AlertSubscription', pluralName: 'AlertSubscriptions' },
  access: { read: platformAdminOnly, create: () => false, update: platformAdminOnly, delete: platformAdminOnly },
  fields: [
    { name: 'email', type: 'email', required: true, index: true, label: { vi: 'Thư điện tử', en: 'Email' } },
    { name: 'site', type: 'relationship', relationTo: 'sites', required: true, index: true, label: { vi: 'Cổng', en: 'Portal' } },
    {
      name: 'scope',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Nhận tin về', en: 'Scope' },
      options: SUBSCRIPTION_SCOPES.map((value) => ({ value, label: SCOPE_LABELS[value] })),
    },
    { name: 'category', type: 'relationship', relationTo: 'categories', index: true, label: { vi: 'Chuyên mục', en: 'Category' } },
    {
      name: 'legalType',
      type: 'select',
      index: true,
      label: { vi: 'Loại văn bản', en: 'Legal document type' },
      options: LEGAL_DOCUMENT_TYPES.map((value) => ({ value, label: LEGAL_DOCUMENT_TYPE_LABELS[value] })),
    },
    { name: 'docCollection', type: 'text', index: true, label: { vi: 'Loại nội dung', en: 'Collection' } },
    { name: 'docId', type: 'text', index: true, label: { vi: 'Mã nội dung', en: 'Document id' } },
    { name: 'docTitle', type: 'text', label: { vi: 'Trang theo dõi', en: 'Followed page' } },
    {
      name: 'frequency',
      type: 'select',
      required: true,
      defaultValue: 'immediate',
      index: true,
      label: { vi: 'Tần suất', en: 'Frequency' },
      options: SUBSCRIPTION_FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABELS[value] })),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: { vi: 'Trạng thái', en: 'Status' },
      options: [
        { value: 'pending', label: { vi: 'Chờ xác nhận', en: 'Awaiting confirmation' } },
        { value: 'confirmed', label: { vi: 'Đã xác nhận', en: 'Confirmed' } },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'nonce', type: 'text', required: true, admin: { hidden: true } },
    { name: 'expiresAt', type: 'date', index: true, label: { vi: 'Hết hạn xác nhận', en: 'Confirm by' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'confirmedAt', type: 'date', label: { vi: 'Xác nhận lúc', en: 'Confirmed at' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'lastSentAt', type: 'date', index: true, label: { vi: 'Thư gần nhất', en: 'Last message' }, admin: { position: 'sidebar', readOnly: true } },
  ],
}
