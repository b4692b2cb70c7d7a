import type { CollectionConfig } from 'payload'

import { contributesTo } from '../../cms/src/contributions'

import { asUser, dbIds, isPlatformAdmin, siteIdsOf } from '../../cms/src/access/roles'
import { visibleTo } from '../../cms/src/admin/visibility'

export const BUILD_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const

/**
 * One row per requested portal build: the queue (status `queued`) and the history.
 * Written only by the platform itself; staff can read the builds of their own sites.
 */
export const Builds: CollectionConfig = {
  slug: 'builds',
  custom: contributesTo({ audit: false, nfc: false }),
  labels: { singular: { vi: 'Lượt xây dựng cổng', en: 'Build' }, plural: { vi: 'Xây dựng cổng', en: 'Builds' } },
  admin: {
    useAsTitle: 'reason',
    group: { vi: 'Quản trị nền tảng', en: 'Platform' },
    hidden: visibleTo(['site-admin']),
    defaultColumns: ['site', 'status', 'reason', 'queuedAt', 'durationMs', 'pages', 'pagesWritten'],
    listSearchableFields: ['reason'],
    components: { beforeListTable: ['/plugins/portals/admin/RebuildPanel#RebuildPanel'] },
    description: {
      vi: 'Hàng đợi và lịch sử xây dựng các cổng: mới nhất trước. Lọc theo trạng thái để xem các lượt lỗi.',
      en: 'The portal build queue and history, newest first. Filter by status to see failed builds.',
    },
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
    {
      name: 'run',
      type: 'relationship',
      relationTo: 'build-runs',
      index: true,
      label: { vi: 'Lượt xây dựng lại toàn bộ', en: 'Full rebuild' },
      admin: { readOnly: true, description: { vi: 'Lượt xây dựng lại toàn bộ mà bản dựng này thuộc về.', en: 'The full rebuild this build belongs to.' } },
    },
    {
      name: 'visits',
      type: 'number',
      label: { vi: 'Lượt xem của cổng', en: 'Portal visits' },
      admin: { readOnly: true, description: { vi: 'Lượt xem của cổng khi xếp hàng: cổng đông người xem được xây dựng trước.', en: 'The portal\'s visits when queued: the most visited portals are built first.' } },
    },
    { name: 'queuedAt', type: 'date', required: true, label: { vi: 'Thời điểm yêu cầu', en: 'Queued at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'startedAt', type: 'date', label: { vi: 'Bắt đầu', en: 'Started at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'worker',
      type: 'text',
      index: true,
      label: { vi: 'Tiến trình xây dựng', en: 'Worker' },
      admin: { readOnly: true, description: { vi: 'Tiến trình đang chạy lượt này (máy, pid).', en: 'The process running this build (host, pid).' } },
    },
    {
      name: 'heartbeatAt',
      type: 'date',
      label: { vi: 'Tín hiệu sống gần nhất', en: 'Last heartbeat' },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'finishedAt', type: 'date', label: { vi: 'Kết thúc', en: 'Finished at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', label: { vi: 'Thời gian (ms)', en: 'Duration (ms)' } },
    {
      name: 'pages',
      type: 'number',
      label: { vi: 'Số trang của cổng', en: 'Pages in release' },
      admin: { description: { vi: 'Tổng số trang trong bản phát hành sau lượt này.', en: 'Pages in the release this build published.' } },
    },
    {
      name: 'pagesWritten',
      type: 'number',
      label: { vi: 'Số trang dựng lại', en: 'Pages written' },
      admin: { description: { vi: 'Số trang lượt này dựng lại (các trang khác giữ nguyên).', en: 'Pages this build re-rendered (the others were kept).' } },
    },
    {
      name: 'checks',
      type: 'json',
      label: { vi: 'Kiểm tra bản phát hành', en: 'Release checks' },
      admin: {
        readOnly: true,
        components: { Field: '/plugins/portals/admin/ChecksField#ChecksField' },
        description: {
          vi: 'Liên kết nội bộ hỏng và lỗi tiếp cận (kiểm tra tĩnh) của bản phát hành, xem plugins/portals/checks/checks.ts.',
          en: 'Broken internal links and static accessibility issues of the release (plugins/portals/checks/checks.ts).',
        },
      },
    },
    { name: 'log', type: 'textarea', label: { vi: 'Nhật ký', en: 'Log' }, admin: { readOnly: true, rows: 16 } },
  ],
}
