import type { CollectionConfig } from 'payload'

import { contributesTo } from '../../cms/src/contributions'

import { asUser, isPlatformAdmin } from '../../cms/src/access/roles'
import { platformAdminsOnly } from '../../cms/src/admin/visibility'
import { rebuildEndpoints } from './build/rebuildEndpoints'

export const RUN_STATUSES = ['running', 'finished'] as const

/**
 * A full rebuild of every live portal (ADR 0026): one row per run, its builds are ordinary
 * `builds` rows pointing at it (`run`). Started by central IT (`npm run site -- rebuild-all`, or
 * the panel above the builds list); written only by the platform.
 */
export const BuildRuns: CollectionConfig = {
  slug: 'build-runs',
  custom: contributesTo({ audit: false, nfc: false }),
  labels: { singular: { vi: 'Lượt xây dựng lại toàn bộ', en: 'Full rebuild' }, plural: { vi: 'Xây dựng lại toàn bộ', en: 'Full rebuilds' } },
  admin: {
    useAsTitle: 'reason',
    group: { vi: 'Quản trị nền tảng', en: 'Platform' },
    hidden: platformAdminsOnly,
    defaultColumns: ['reason', 'status', 'startedAt', 'total', 'done', 'failed', 'finishedAt'],
    description: {
      vi: 'Mỗi lượt xây dựng lại mọi cổng đang hoạt động: tổng số, đã xong, lỗi. Bắt đầu trong mục Xây dựng cổng hoặc bằng npm run site -- rebuild-all.',
      en: 'Each rebuild of every live portal: total, done, failed. Start one from Builds or with npm run site -- rebuild-all.',
    },
  },
  defaultSort: '-startedAt',
  access: {
    read: ({ req }) => isPlatformAdmin(asUser(req)),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  endpoints: rebuildEndpoints,
  fields: [
    { name: 'reason', type: 'text', label: { vi: 'Lý do', en: 'Reason' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'running',
      index: true,
      label: { vi: 'Trạng thái', en: 'Status' },
      options: [
        { value: 'running', label: { vi: 'Đang chạy', en: 'Running' } },
        { value: 'finished', label: { vi: 'Đã xong', en: 'Finished' } },
      ],
    },
    {
      // 'active' while the run is running, empty once finished: the unique index lets one run at a
      // time exist, whichever process starts it (two `rebuild-all` at once make one run).
      name: 'active',
      type: 'text',
      unique: true,
      admin: { hidden: true },
    },
    {
      name: 'full',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Dựng lại mọi trang', en: 'Re-render every page' },
      admin: { description: { vi: 'Không dùng lại trang nào của bản phát hành trước.', en: 'No page of the previous release is reused.' } },
    },
    { name: 'startedBy', type: 'text', label: { vi: 'Người bắt đầu', en: 'Started by' } },
    { name: 'startedAt', type: 'date', required: true, label: { vi: 'Bắt đầu', en: 'Started at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: { vi: 'Kết thúc', en: 'Finished at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'total', type: 'number', required: true, defaultValue: 0, label: { vi: 'Tổng số cổng', en: 'Portals' } },
    {
      name: 'done',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: { vi: 'Đã xong', en: 'Done' },
      admin: { description: { vi: 'Số cổng đã xây dựng xong trong lượt (kể cả lỗi).', en: 'Portals finished in the run (failed ones included).' } },
    },
    { name: 'failed', type: 'number', required: true, defaultValue: 0, label: { vi: 'Lỗi', en: 'Failed' } },
    { name: 'pages', type: 'number', label: { vi: 'Số trang', en: 'Pages' }, admin: { description: { vi: 'Tổng số trang các bản phát hành của lượt (khi xong).', en: 'Pages in the releases of the run (once finished).' } } },
  ],
}
