/**
 * Fields of a site's end of life, appended to the Sites collection: which portal it was merged
 * into, or where its domain now points, or the notice it shows. Set by `npm run site -- merge`
 * and `retire`; only platform admins may change them.
 */
import type { Field, FieldHook } from 'payload'

import { asUser, isPlatformAdmin } from '../../cms/src/access/roles'
import { bumpHostMap } from '../site-scoping/hostMap'
import { writeRedirectMaps } from './redirectMaps'
import { unpublishLiveRelease } from './release'
import { redirectTargetProblem } from './targets'

const platformOnly = ({ req }: { req: Parameters<typeof asUser>[0] }) => isPlatformAdmin(asUser(req))

const lifecycleKey = (doc: Record<string, unknown> | undefined) => {
  const merged = doc?.mergedInto
  return JSON.stringify([doc?.status ?? null, merged && typeof merged === 'object' ? (merged as { id: unknown }).id : (merged ?? null), doc?.redirectTo ?? null, doc?.retirementNotice ?? null])
}

/** Rewrite the nginx redirect maps when a site is archived, merged, retired or brought back. */
// In an afterChange field hook `originalDoc` is the document as saved (these fields sit at its top
// level: the collapsible only groups them in the form) and `previousDoc` the one before.
const refreshMapsOnLifecycleChange: FieldHook = async ({ originalDoc, previousDoc, req, context, operation, value }) => {
  const before = operation === 'create' ? lifecycleKey({ status: 'active' }) : lifecycleKey(previousDoc)
  if (context?.skipRedirectMaps || lifecycleKey(originalDoc) === before) return value
  bumpHostMap()
  try {
    // Archived from the admin: the old release must not be reachable through nginx either.
    if (originalDoc?.status === 'archived' && typeof originalDoc.slug === 'string') await unpublishLiveRelease(originalDoc.slug)
    await writeRedirectMaps(req.payload, req)
  } catch (err) {
    req.payload.logger.error({ err, msg: 'Cannot write the redirect maps' })
  }
  return value
}

export const lifecycleFields: Field = {
  type: 'collapsible',
  label: { vi: 'Sáp nhập, ngừng hoạt động', en: 'Merger and retirement' },
  admin: {
    position: 'sidebar',
    initCollapsed: true,
    description: {
      vi: 'Dùng lệnh npm run site -- merge / retire. Khi trang ở trạng thái "Lưu trữ", tên miền của trang chuyển hướng theo các thông tin này.',
      en: 'Set by npm run site -- merge / retire. While the site is archived its hosts answer with these.',
    },
  },
  fields: [
    {
      name: 'mergedInto',
      type: 'relationship',
      relationTo: 'sites',
      label: { vi: 'Đã sáp nhập vào', en: 'Merged into' },
      access: { create: platformOnly, update: platformOnly },
      hooks: { afterChange: [refreshMapsOnLifecycleChange] },
    },
    {
      name: 'archivedAt',
      type: 'date',
      label: { vi: 'Ngừng hoạt động từ', en: 'Archived at' },
      access: { create: platformOnly, update: platformOnly },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'redirectTo',
      type: 'text',
      label: { vi: 'Chuyển hướng tên miền tới', en: 'Redirect the hosts to' },
      access: { create: platformOnly, update: platformOnly },
      admin: { description: { vi: 'Địa chỉ đầy đủ https://…; bỏ trống để hiện thông báo ngừng hoạt động.', en: 'An absolute https:// URL; leave empty to show the notice.' } },
      validate: (value: unknown) => (value === null || value === undefined || value === '' ? true : (redirectTargetProblem(value) ?? true)),
    },
    {
      name: 'retirementNotice',
      type: 'textarea',
      localized: true,
      label: { vi: 'Thông báo ngừng hoạt động', en: 'Retirement notice' },
      access: { create: platformOnly, update: platformOnly },
    },
  ],
}
