import type { CollectionConfig } from 'payload'

import { contributesTo } from '../../cms/src/contributions'

import { readOwnSitesRecords } from '../../cms/src/access/roles'
import { ACTION_LABELS, STATE_LABELS, WORKFLOW_ACTIONS, WORKFLOW_STATES } from './rules'
import { visibleTo } from '../../cms/src/admin/visibility'

/** Every workflow transition: who moved which document from which state to which, when, and why. */
export const WorkflowEvents: CollectionConfig = {
  slug: 'workflow-events',
  custom: contributesTo({ audit: false, nfc: false }),
  labels: { singular: { vi: 'Bước duyệt', en: 'Workflow event' }, plural: { vi: 'Lịch sử duyệt', en: 'Workflow history' } },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    hidden: visibleTo(['site-admin', 'approver', 'editor']),
    defaultColumns: ['createdAt', 'title', 'action', 'from', 'to', 'by'],
    useAsTitle: 'title',
  },
  defaultSort: '-createdAt',
  access: {
    read: readOwnSitesRecords,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  indexes: [{ fields: ['collectionSlug', 'docId'] }],
  fields: [
    { name: 'collectionSlug', type: 'text', required: true, label: { vi: 'Loại', en: 'Collection' } },
    { name: 'docId', type: 'text', required: true, index: true, label: { vi: 'Mã bản ghi', en: 'Document' } },
    { name: 'title', type: 'text', label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'site', type: 'relationship', relationTo: 'sites', index: true, label: { vi: 'Trang', en: 'Site' } },
    { name: 'action', type: 'select', required: true, options: WORKFLOW_ACTIONS.map((value) => ({ value, label: ACTION_LABELS[value] })), label: { vi: 'Thao tác', en: 'Action' } },
    { name: 'from', type: 'select', options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })), label: { vi: 'Từ', en: 'From' } },
    { name: 'to', type: 'select', options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })), label: { vi: 'Sang', en: 'To' } },
    { name: 'comment', type: 'textarea', label: { vi: 'Ý kiến / lý do', en: 'Comment / reason' } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { vi: 'Tài khoản', en: 'Account' } },
    // A snapshot of the name, readable by colleagues who may not read user accounts.
    { name: 'by', type: 'text', label: { vi: 'Người thực hiện', en: 'By' } },
  ],
}
