import type { RelationshipField } from 'payload'

import { asUser, CONTENT_ROLES, isPlatformAdmin, siteIdsOf, type SiteRole } from '../../../cms/src/access/roles'

/**
 * The site (tenant) a document belongs to. Required, indexed, and limited to the sites where the
 * editor holds a writing role: choosing another site is a validation error, not a silent move.
 */
export function siteField(roles: readonly SiteRole[] = CONTENT_ROLES): RelationshipField {
  return {
    name: 'site',
    type: 'relationship',
    relationTo: 'sites',
    required: true,
    index: true,
    label: { vi: 'Trang/cổng thông tin', en: 'Site' },
    admin: {
      position: 'sidebar',
      description: { vi: 'Cổng thông tin sở hữu nội dung này.', en: 'The portal that owns this content.' },
      // Documents created from another one's edit view (an upload drawer) take its site.
      components: { Field: '/plugins/site-scoping/admin/SiteField#SiteField' },
    },
    defaultValue: ({ user }) => {
      const ids = siteIdsOf(user as never, roles)
      return ids.length === 1 ? ids[0] : undefined
    },
    filterOptions: ({ req }) => {
      const user = asUser(req)
      if (isPlatformAdmin(user)) return true
      return { id: { in: siteIdsOf(user, roles) } }
    },
    validate: (value, { req }) => {
      if (value === null || value === undefined || value === '') {
        return 'Vui lòng chọn trang thông tin. / Please choose a site.'
      }
      const user = asUser(req)
      if (!user || isPlatformAdmin(user)) return true
      const id = typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : String(value)
      return siteIdsOf(user, roles).includes(id)
        ? true
        : 'Bạn không có quyền đăng nội dung lên trang này. / You have no rights on this site.'
    },
  }
}
