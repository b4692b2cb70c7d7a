/**
 * Takedowns (*Gỡ bài có lý do*): one record per document taken down with a reason type (ADR
 * 0022). Written only by the workflow's unpublish step and `npm run site -- takedown`; the
 * portal export reads them (banners, 410, 301) and so does search (withdrawn ranks last).
 * Publishing the document again lifts its takedown (the record is deleted).
 */
import type { CollectionConfig } from 'payload'

import { readOwnSitesRecords } from '../../../cms/src/access/roles'
import { visibleTo } from '../../../cms/src/admin/visibility'
import { contributesTo } from '../../../cms/src/contributions'
import { TAKEDOWN_KINDS, TAKEDOWN_LABELS } from '../../../cms/src/contracts/takedown'

export const TAKEDOWNS = 'takedowns'

export const Takedowns: CollectionConfig = {
  slug: TAKEDOWNS,
  // Audited through the workflow step that writes it (action "workflow", with the kind).
  custom: contributesTo({ audit: false }),
  labels: { singular: { vi: 'Gỡ bài có lý do', en: 'Takedown' }, plural: { vi: 'Bài đã gỡ', en: 'Takedowns' } },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    hidden: visibleTo(['site-admin', 'approver', 'editor']),
    defaultColumns: ['createdAt', 'title', 'kind', 'path', 'site', 'by'],
    useAsTitle: 'title',
  },
  defaultSort: '-createdAt',
  access: {
    read: readOwnSitesRecords,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  indexes: [{ fields: ['collectionSlug', 'docId'], unique: true }],
  fields: [
    { name: 'site', type: 'relationship', relationTo: 'sites', required: true, index: true, label: { vi: 'Cổng', en: 'Site' } },
    { name: 'collectionSlug', type: 'text', required: true, label: { vi: 'Loại nội dung', en: 'Collection' } },
    { name: 'docId', type: 'text', required: true, label: { vi: 'Mã bản ghi', en: 'Document' } },
    { name: 'title', type: 'text', label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'kind', type: 'select', required: true, options: TAKEDOWN_KINDS.map((value) => ({ value, label: TAKEDOWN_LABELS[value] })), label: { vi: 'Loại gỡ', en: 'Kind' } },
    { name: 'reason', type: 'textarea', maxLength: 1000, label: { vi: 'Lý do', en: 'Reason' } },
    { name: 'path', type: 'text', required: true, label: { vi: 'Đường dẫn trên cổng', en: 'Path on the portal' } },
    { name: 'targetCollection', type: 'text', label: { vi: 'Gộp vào (loại)', en: 'Consolidated into (collection)' } },
    { name: 'targetId', type: 'text', label: { vi: 'Gộp vào (mã)', en: 'Consolidated into (id)' } },
    { name: 'targetPath', type: 'text', label: { vi: 'Gộp vào (đường dẫn)', en: 'Consolidated into (path)' } },
    { name: 'successor', type: 'relationship', relationTo: 'sites', label: { vi: 'Cổng kế thừa', en: 'Successor portal' } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { vi: 'Tài khoản', en: 'Account' } },
    { name: 'by', type: 'text', label: { vi: 'Người thực hiện', en: 'By' } },
  ],
}
