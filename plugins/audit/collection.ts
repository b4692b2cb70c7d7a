import { APIError, type CollectionConfig } from 'payload'

import { contributesTo } from '../../cms/src/contributions'

import { asUser, isPlatformAdmin } from '../../cms/src/access/roles'
import { exportAuditCsv } from './exportCsv'
import { AUDIT_ACTION_LABELS } from './labels'
import { AUDIT_ACTIONS } from './record'
import { platformAdminsOnly } from '../../cms/src/admin/visibility'

const appendOnly = () => {
  throw new APIError('Nhật ký kiểm tra chỉ được ghi thêm, không sửa hay xóa. / The audit log is append-only.', 403)
}

/**
 * Append-only audit log: nobody, not even a platform admin, may create, edit or delete entries
 * through the admin or the API; the platform writes them itself. Platform admins filter the list
 * and export it as CSV (`GET /api/audit-log/export.csv?where[...]`).
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  custom: contributesTo({ audit: false, nfc: false }),
  labels: { singular: { vi: 'Nhật ký hệ thống', en: 'Audit entry' }, plural: { vi: 'Nhật ký hệ thống', en: 'Audit log' } },
  admin: {
    group: { vi: 'Quản trị nền tảng', en: 'Platform' },
    hidden: platformAdminsOnly,
    defaultColumns: ['createdAt', 'action', 'email', 'collectionSlug', 'title', 'site', 'ip'],
    useAsTitle: 'title',
    description: {
      vi: 'Ghi lại mọi thao tác tạo, sửa, xóa, xuất bản, đăng nhập và đổi vai trò. Không thể sửa hay xóa. Xuất CSV: /api/audit-log/export.csv',
      en: 'Every create, update, delete, publish, login and role change. Append-only. CSV: /api/audit-log/export.csv',
    },
  },
  defaultSort: '-createdAt',
  access: {
    read: ({ req }) => isPlatformAdmin(asUser(req)),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  hooks: {
    beforeChange: [({ operation }) => (operation === 'update' ? appendOnly() : undefined)],
    beforeDelete: [appendOnly],
  },
  endpoints: [{ path: '/export.csv', method: 'get', handler: exportAuditCsv }],
  indexes: [{ fields: ['site', 'createdAt'] }, { fields: ['action', 'createdAt'] }],
  fields: [
    { name: 'action', type: 'select', required: true, index: true, label: { vi: 'Thao tác', en: 'Action' }, options: AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] })) },
    {
      name: 'collectionSlug',
      type: 'text',
      index: true,
      label: { vi: 'Loại dữ liệu', en: 'Collection' },
      // Shown by its name ("Tin bài"), not its slug.
      admin: { components: { Cell: '/plugins/audit/admin/CollectionCell#CollectionCell' } },
    },
    { name: 'docId', type: 'text', index: true, label: { vi: 'Mã bản ghi', en: 'Document id' } },
    { name: 'title', type: 'text', label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'site', type: 'relationship', relationTo: 'sites', index: true, label: { vi: 'Trang', en: 'Site' } },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, label: { vi: 'Người thực hiện', en: 'User' } },
    { name: 'email', type: 'text', index: true, label: { vi: 'Email người thực hiện', en: 'User email' } },
    { name: 'ip', type: 'text', label: { vi: 'Địa chỉ IP', en: 'IP address' } },
    { name: 'userAgent', type: 'text', label: { vi: 'Trình duyệt', en: 'User agent' } },
    { name: 'detail', type: 'json', label: { vi: 'Chi tiết', en: 'Detail' } },
  ],
}
