import type { Access, CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook, CollectionConfig, FieldAccess, Where } from 'payload'

import { contributesTo } from '../../../cms/src/contributions'
import { consultationCommentsLifecycle } from '../merge'

import { asUser, dbIds, isPlatformAdmin, MODERATION_ROLES, rolesOn, siteIdsOf, type SiteRole } from '../../../cms/src/access/roles'
import { COMMENT_LIMITS } from '../../../cms/src/contracts/legal'
import { siteField } from '../../site-scoping/fields/site'
import { queueBuildsFor } from '../../portals/queueBuild'
import { idOf } from '../../../cms/src/lib/ids'

/** Defence in depth on the personal fields, should the collection's read rule ever widen. */
const staffOfDocSite: FieldAccess = ({ req, doc }) => {
  const user = asUser(req)
  if (isPlatformAdmin(user)) return true
  return rolesOn(user, idOf((doc as { site?: unknown } | undefined)?.site)).some((r) => MODERATION_ROLES.includes(r))
}

/** The comment belongs to its consultation's site, whatever the request says. */
const siteFromConsultation: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const consultation = idOf(data.consultation ?? originalDoc?.consultation)
  if (consultation === null) return data
  const found = await req.payload.findByID({ collection: 'consultations', id: consultation, depth: 0, draft: true, overrideAccess: true, req, disableErrors: true, select: { site: true } })
  if (found) data.site = idOf((found as { site?: unknown }).site)
  return data
}

/** Who moderated and when, from the session. */
const stampModeration: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (originalDoc && data.moderation && data.moderation !== originalDoc.moderation) {
    data.moderatedBy = req.user?.id ?? null
    data.moderatedAt = new Date().toISOString()
  }
  return data
}

/** Approving or withdrawing a comment changes the published consultation page. */
const rebuildOnModeration: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  const changed = doc.moderation === 'approved' || previousDoc?.moderation === 'approved'
  if (context.skipBuild || !changed || doc.moderation === previousDoc?.moderation) return doc
  const consultation = await req.payload.findByID({ collection: 'consultations', id: idOf(doc.consultation)!, depth: 0, draft: false, overrideAccess: true, req, disableErrors: true })
  if (consultation?._status === 'published') {
    await queueBuildsFor(req, 'consultations', { id: consultation.id, site: consultation.site }, `kiểm duyệt góp ý dự thảo #${consultation.id}`)
  }
  return doc
}

/** Comments on draft consultations. Created by the public endpoint (or staff typing in a posted letter). */
export const ConsultationComments: CollectionConfig = {
  slug: 'consultation-comments',
  labels: { singular: { vi: 'Ý kiến góp ý', en: 'Comment' }, plural: { vi: 'Ý kiến góp ý dự thảo', en: 'Consultation comments' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'consultation', 'article', 'moderation', 'createdAt'],
    group: { vi: 'Văn bản – Thủ tục', en: 'Legal & procedures' },
  },
  defaultSort: '-createdAt',
  custom: contributesTo({ siteScoped: { read: MODERATION_ROLES, write: MODERATION_ROLES, delete: ['site-admin', 'editor'] }, lifecycle: consultationCommentsLifecycle }),
  indexes: [{ fields: ['consultation', 'moderation'] }],
  hooks: {
    beforeValidate: [siteFromConsultation],
    beforeChange: [stampModeration],
    afterChange: [rebuildOnModeration],
  },
  fields: [
    { name: 'consultation', type: 'relationship', relationTo: 'consultations', required: true, index: true, label: { vi: 'Dự thảo', en: 'Consultation' } },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: COMMENT_LIMITS.name, label: { vi: 'Họ và tên', en: 'Name' } },
        { name: 'email', type: 'email', required: true, label: { vi: 'Thư điện tử', en: 'Email' }, access: { read: staffOfDocSite } },
        { name: 'organisation', type: 'text', maxLength: COMMENT_LIMITS.organisation, label: { vi: 'Cơ quan, tổ chức', en: 'Organisation' } },
      ],
    },
    { name: 'article', type: 'text', maxLength: COMMENT_LIMITS.article, label: { vi: 'Góp ý cho điều', en: 'Article' } },
    { name: 'comment', type: 'textarea', required: true, maxLength: COMMENT_LIMITS.comment, label: { vi: 'Nội dung góp ý', en: 'Comment' } },
    {
      name: 'moderation',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: { vi: 'Kiểm duyệt', en: 'Moderation' },
      options: [
        { value: 'pending', label: { vi: 'Chờ duyệt', en: 'Pending' } },
        { value: 'approved', label: { vi: 'Đã duyệt (công khai)', en: 'Approved (public)' } },
        { value: 'rejected', label: { vi: 'Không công khai', en: 'Rejected' } },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'moderationNote', type: 'textarea', label: { vi: 'Ghi chú kiểm duyệt (nội bộ)', en: 'Moderation note (internal)' }, admin: { position: 'sidebar' } },
    { name: 'moderatedBy', type: 'relationship', relationTo: 'users', label: { vi: 'Người kiểm duyệt', en: 'Moderated by' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'moderatedAt', type: 'date', label: { vi: 'Lúc kiểm duyệt', en: 'Moderated at' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'receipt', type: 'text', index: true, label: { vi: 'Mã biên nhận', en: 'Receipt' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'source', type: 'select', defaultValue: 'web', label: { vi: 'Nguồn', en: 'Channel' }, options: [
      { value: 'web', label: { vi: 'Biểu mẫu trên cổng', en: 'Portal form' } },
      { value: 'staff', label: { vi: 'Cán bộ nhập (thư, công văn)', en: 'Entered by staff' } },
    ], admin: { position: 'sidebar' } },
    siteField(MODERATION_ROLES),
  ],
}
