import type { CollectionConfig } from 'payload'

import { asUser, isPlatformAdmin, SITE_ROLES, type SiteRole } from '../../cms/src/access/roles'
import { auditFailedLogin, auditLogin } from '../audit/authHooks'
import { accountStatusField, currentPasswordField, endSessionsOfInactive, refuseInactiveAccount, requireCurrentPassword } from './account'
import { twoFactorEndpoints } from '../two-factor/endpoints'
import { twoFactorFields } from '../two-factor/fields'
import { enforcePasswordPolicy, enforcePasswordPolicyOnReset, explainLoginFailure, requireSecondFactor } from './hooks'
import { env } from '../../cms/src/config/env'
import { platformAdminsOnly } from '../../cms/src/admin/visibility'
import { forgotPasswordEndpoint } from './forgotPassword'
import { clearLoginFailures, throttleAuth } from './throttle'

export const ROLE_LABELS: Record<SiteRole, { vi: string; en: string }> = {
  'site-admin': { vi: 'Quản trị trang', en: 'Site admin' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  approver: { vi: 'Lãnh đạo duyệt', en: 'Approver' },
  author: { vi: 'Cộng tác viên', en: 'Author' },
  moderator: { vi: 'Điều phối viên', en: 'Moderator' },
}

/** Staff accounts. Citizens never have accounts. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { vi: 'Người dùng', en: 'User' }, plural: { vi: 'Người dùng', en: 'Users' } },
  auth: {
    // The user of every request is read with its memberships' site ids only: access rules need
    // the ids, and populating each membership's site (Payload's default depth 2: the sites, their
    // parents, logos, …) cost every authenticated request several reads.
    depth: 0,
    tokenExpiration: env().sessionHours * 60 * 60,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { secure: env().cookieSecure, sameSite: 'Lax' },
  },
  hooks: {
    beforeOperation: [throttleAuth, enforcePasswordPolicyOnReset],
    beforeValidate: [requireCurrentPassword, enforcePasswordPolicy],
    beforeLogin: [refuseInactiveAccount, requireSecondFactor],
    afterLogin: [clearLoginFailures, auditLogin],
    afterChange: [endSessionsOfInactive],
    afterError: [auditFailedLogin, explainLoginFailure],
  },
  // Ahead of Payload's own /forgot-password, which it replaces (same answer, in the same time for every address).
  endpoints: [forgotPasswordEndpoint, ...twoFactorEndpoints],
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'platformAdmin'],
    group: { vi: 'Quản trị nền tảng', en: 'Platform' },
    // Staff change their own account in /admin/account.
    hidden: platformAdminsOnly,
  },
  access: {
    read: ({ req }) => {
      const user = asUser(req)
      if (!user) return false
      return isPlatformAdmin(user) ? true : { id: { equals: user.id } }
    },
    create: ({ req }) => isPlatformAdmin(asUser(req)),
    delete: ({ req }) => isPlatformAdmin(asUser(req)),
    update: ({ req }) => {
      const user = asUser(req)
      if (!user) return false
      return isPlatformAdmin(user) ? true : { id: { equals: user.id } }
    },
    // Only central IT reaches the admin for users; everyone else edits their own profile.
  },
  fields: [
    currentPasswordField,
    { name: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      name: 'platformAdmin',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Quản trị nền tảng (Trung tâm CNTT)', en: 'Platform admin (central IT)' },
      access: {
        create: ({ req }) => isPlatformAdmin(asUser(req)),
        update: ({ req }) => isPlatformAdmin(asUser(req)),
      },
      admin: { position: 'sidebar' },
    },
    {
      name: 'memberships',
      type: 'array',
      label: { vi: 'Vai trò trên các trang', en: 'Roles per site' },
      labels: { singular: { vi: 'Vai trò', en: 'Role' }, plural: { vi: 'Vai trò', en: 'Roles' } },
      access: {
        create: ({ req }) => isPlatformAdmin(asUser(req)),
        update: ({ req }) => isPlatformAdmin(asUser(req)),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'site', type: 'relationship', relationTo: 'sites', required: true, label: { vi: 'Trang', en: 'Site' } },
            {
              name: 'role',
              type: 'select',
              required: true,
              label: { vi: 'Vai trò', en: 'Role' },
              options: SITE_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
            },
          ],
        },
      ],
    },
    accountStatusField,
    ...twoFactorFields,
  ],
}
