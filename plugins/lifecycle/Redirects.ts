/**
 * Permanent redirects from the public URLs of archived portals (merged or retired) to where the
 * content lives now. `npm run site -- merge` writes one per old URL; the express server answers
 * them for the archived site's hosts, and nginx through `dist/sites/.redirects.map`.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { contributesTo } from '../../cms/src/contributions'

import { asUser, platformAdminOnly } from '../../cms/src/access/roles'
import { auditAfterChange, auditAfterDelete } from '../audit/hooks'
import { bumpHostMap } from '../site-scoping/hostMap'
import { writeRedirectMaps } from './redirectMaps'
import { redirectTargetProblem } from './targets'
import { platformAdminsOnly } from '../../cms/src/admin/visibility'

export const REDIRECT_REASONS = ['merge', 'retire', 'manual'] as const

/** Redirects created by people (admin, REST) are audited one by one; merges record one entry. */
const auditPeople: CollectionAfterChangeHook & CollectionAfterDeleteHook = async (args) => {
  if (!asUser(args.req)) return args.doc
  return 'operation' in args ? auditAfterChange(args) : auditAfterDelete(args)
}

const refreshMaps: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  bumpHostMap()
  if (!context?.skipRedirectMaps) {
    await writeRedirectMaps(req.payload, req).catch((err) => req.payload.logger.error({ err, msg: 'Cannot write the redirect maps' }))
  }
  return doc
}

export const Redirects: CollectionConfig = {
  slug: 'redirects',
  // Audits itself (one entry per merge rather than per redirect).
  custom: contributesTo({ audit: false, nfc: false }),
  labels: { singular: { vi: 'Chuyển hướng', en: 'Redirect' }, plural: { vi: 'Chuyển hướng', en: 'Redirects' } },
  admin: {
    group: { vi: 'Quản trị nền tảng', en: 'Platform' },
    hidden: platformAdminsOnly,
    useAsTitle: 'fromPath',
    defaultColumns: ['fromSite', 'fromPath', 'toUrl', 'status', 'reason'],
    description: {
      vi: 'Địa chỉ cũ của các cổng đã sáp nhập hoặc ngừng hoạt động, chuyển hướng vĩnh viễn (301) tới nơi nội dung đang ở. Áp dụng khi cổng nguồn ở trạng thái "Lưu trữ".',
      en: 'Old URLs of merged or retired portals, permanently redirected (301) to where the content is now. Applies while the source site is archived.',
    },
  },
  defaultSort: 'fromPath',
  access: {
    // Staff may look (e.g. to answer "where did this page go?"); only central IT changes them.
    read: ({ req }) => Boolean(asUser(req)),
    create: platformAdminOnly,
    update: platformAdminOnly,
    delete: platformAdminOnly,
  },
  indexes: [{ fields: ['fromSite', 'fromPath'], unique: true }],
  hooks: { afterChange: [refreshMaps, auditPeople], afterDelete: [refreshMaps, auditPeople] },
  fields: [
    { name: 'fromSite', type: 'relationship', relationTo: 'sites', required: true, index: true, label: { vi: 'Cổng cũ', en: 'From site' } },
    {
      name: 'fromPath',
      type: 'text',
      required: true,
      label: { vi: 'Đường dẫn cũ', en: 'Old path' },
      admin: { description: { vi: 'Ví dụ /tin-tuc/ten-bai/ (không kèm tên miền).', en: 'E.g. /tin-tuc/some-article/ (without the host).' } },
      validate: (value: unknown) =>
        typeof value === 'string' && /^\/[^\s?#"'$;{}\\]*$/.test(value)
          ? true
          : 'Đường dẫn phải bắt đầu bằng / và không có khoảng trắng, ?, #. / A path starts with / and has no spaces, ? or #.',
    },
    {
      name: 'toUrl',
      type: 'text',
      required: true,
      label: { vi: 'Địa chỉ mới', en: 'New URL' },
      validate: (value: unknown) => redirectTargetProblem(value) ?? true,
    },
    { name: 'toSite', type: 'relationship', relationTo: 'sites', label: { vi: 'Cổng mới', en: 'To site' }, admin: { position: 'sidebar' } },
    {
      name: 'status',
      type: 'number',
      required: true,
      defaultValue: 301,
      label: { vi: 'Mã HTTP', en: 'HTTP status' },
      admin: { position: 'sidebar', description: { vi: '301: chuyển vĩnh viễn.', en: '301: moved permanently.' } },
      validate: (value: unknown) => ([301, 308].includes(Number(value)) ? true : 'Chỉ dùng 301 hoặc 308 (chuyển vĩnh viễn). / Use 301 or 308 (permanent).'),
    },
    {
      name: 'reason',
      type: 'select',
      required: true,
      defaultValue: 'manual',
      label: { vi: 'Lý do', en: 'Reason' },
      options: [
        { value: 'merge', label: { vi: 'Sáp nhập', en: 'Merger' } },
        { value: 'retire', label: { vi: 'Ngừng hoạt động', en: 'Retirement' } },
        { value: 'manual', label: { vi: 'Nhập tay', en: 'Manual' } },
      ],
      admin: { position: 'sidebar' },
    },
  ],
}
