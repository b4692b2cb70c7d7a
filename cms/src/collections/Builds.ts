import type { CollectionConfig } from 'payload'

import { asUser, dbIds, isPlatformAdmin, siteIdsOf } from '../access/roles'

export const BUILD_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const

/**
 * One row per requested portal build: the queue (status `queued`) and the history.
 * Written only by the platform itself; staff can read the builds of their own sites.
 */
export const Builds: CollectionConfig = {
  slug: 'builds',
  labels: { singular: { vi: 'Lượt xây dựng cổng', en: 'Build' }, plural: { vi: 'Xây dựng cổng', en: 'Builds' } },
  admin: {
    useAsTitle: 'reason',
    group: { vi: 'Quản trị nền tảng', en: 'Platform' },
    defaultColumns: ['site', 'status', 'reason', 'queuedAt', 'durationMs', 'pages'],
  },
  defaultSort: '-queuedAt',
  access: {
    read: ({ req }) => {
      const user = asUser(req)
      if (!user) return false
      if (isPlatformAdmin(user)) return true
      return { site: { in: dbIds(req, siteIdsOf(user)) } }
    },
    create: () => false,
    update: () => false,
    delete: ({ req }) => isPlatformAdmin(asUser(req)),
  },
  indexes: [{ fields: ['status', 'queuedAt'] }],
  fields: [
    { name: 'site', type: 'relationship', relationTo: 'sites', required: true, index: true, label: { vi: 'Trang', en: 'Site' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      label: { vi: 'Trạng thái', en: 'Status' },
      options: [
        { value: 'queued', label: { vi: 'Đang chờ', en: 'Queued' } },
        { value: 'running', label: { vi: 'Đang chạy', en: 'Running' } },
        { value: 'succeeded', label: { vi: 'Thành công', en: 'Succeeded' } },
        { value: 'failed', label: { vi: 'Lỗi', en: 'Failed' } },
      ],
    },
    { name: 'reason', type: 'text', label: { vi: 'Lý do', en: 'Reason' } },
    { name: 'queuedAt', type: 'date', required: true, label: { vi: 'Thời điểm yêu cầu', en: 'Queued at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'startedAt', type: 'date', label: { vi: 'Bắt đầu', en: 'Started at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: { vi: 'Kết thúc', en: 'Finished at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', label: { vi: 'Thời gian (ms)', en: 'Duration (ms)' } },
    { name: 'pages', type: 'number', label: { vi: 'Số trang đã ghi', en: 'Pages written' } },
    { name: 'log', type: 'textarea', label: { vi: 'Nhật ký', en: 'Log' } },
  ],
}
