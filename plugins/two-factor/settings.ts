/**
 * Security settings (a global edited by platform admins): which roles must use two-factor
 * authentication. Until the global is first saved, TWO_FACTOR_REQUIRED_ROLES applies
 * (default: platform admins).
 */
import type { GlobalAfterChangeHook, GlobalConfig, Payload } from 'payload'

import { platformAdminOnly, type SessionUser } from '../../cms/src/access/roles'
import { env, TWO_FACTOR_ROLES } from '../../cms/src/config/env'
import { platformAdminsOnly } from '../../cms/src/admin/visibility'
import { bus } from '../../cms/src/lib/bus'

export const SECURITY_SETTINGS = 'security-settings'

const ROLE_OPTION_LABELS: Record<(typeof TWO_FACTOR_ROLES)[number], { vi: string; en: string }> = {
  // The same labels as Users' ROLE_LABELS (not imported: Users imports this module).
  'platform-admin': { vi: 'Quản trị nền tảng', en: 'Platform admin' },
  'site-admin': { vi: 'Quản trị trang', en: 'Site admin' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  approver: { vi: 'Lãnh đạo duyệt', en: 'Approver' },
  author: { vi: 'Cộng tác viên', en: 'Author' },
  moderator: { vi: 'Điều phối viên', en: 'Moderator' },
}

/**
 * Roles are read on every request of a logged-in user, so they are cached briefly per process;
 * a change is told to every process (the bus), which forgets them at once.
 */
const TTL_MS = 10_000
let cached: { roles: string[]; at: number } | null = null
/** The read under way, shared by the access checks that all ask at once when the cache expires. */
let loading: Promise<string[]> | null = null
bus().subscribe('cache:two-factor-roles', () => {
  cached = null
  loading = null
})

const forgetCachedRoles: GlobalAfterChangeHook = ({ doc }) => {
  bus().publish('cache:two-factor-roles')
  return doc
}

export const SecuritySettings: GlobalConfig = {
  slug: SECURITY_SETTINGS,
  label: { vi: 'Cài đặt bảo mật', en: 'Security settings' },
  admin: {
    group: { vi: 'Quản trị nền tảng', en: 'Platform' },
    hidden: platformAdminsOnly,
    description: {
      vi: 'Chính sách bảo mật tài khoản áp dụng cho mọi trang.',
      en: 'Account security policy for every site.',
    },
  },
  access: { read: platformAdminOnly, update: platformAdminOnly },
  hooks: { afterChange: [forgetCachedRoles] },
  fields: [
    {
      name: 'twoFactorRoles',
      type: 'select',
      hasMany: true,
      label: { vi: 'Bắt buộc xác thực hai lớp cho các vai trò', en: 'Roles that must use two-factor authentication' },
      defaultValue: () => env().twoFactorDefaultRoles,
      options: TWO_FACTOR_ROLES.map((value) => ({ value, label: ROLE_OPTION_LABELS[value] })),
      admin: {
        description: {
          vi: 'Người có một trong các vai trò này phải bật xác thực hai lớp (ứng dụng Authenticator) trước khi làm việc. Mặc định: quản trị nền tảng.',
          en: 'Users holding one of these roles must enable two-factor authentication (an authenticator app) before they can work. Default: platform admins.',
        },
      },
    },
  ],
}

async function loadRequiredRoles(payload: Payload): Promise<string[]> {
  const doc = (await payload.findGlobal({ slug: SECURITY_SETTINGS, depth: 0, overrideAccess: true })) as {
    updatedAt?: string | null
    twoFactorRoles?: string[] | null
  }
  // Never saved: the row does not exist yet, so the configured default applies.
  const roles = doc.updatedAt ? (doc.twoFactorRoles ?? []) : env().twoFactorDefaultRoles
  cached = { roles, at: Date.now() }
  return roles
}

export async function twoFactorRequiredRoles(payload: Payload): Promise<string[]> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.roles
  // One read for every check that finds the cache expired (a list populating its documents asks
  // once per access check, all in the same tick).
  loading ??= loadRequiredRoles(payload).finally(() => (loading = null))
  return loading
}

/** Every role the user holds, with `platform-admin` for central IT. */
export function rolesOf(user: SessionUser): string[] {
  const roles = new Set<string>((user.memberships ?? []).map((m) => m.role).filter((r): r is string => Boolean(r)))
  if (user.platformAdmin) roles.add('platform-admin')
  return [...roles]
}

export type TwoFactorUser = SessionUser & { twoFactorEnabled?: boolean | null }

/** True when the user must use two-factor authentication (enabled or not). */
export async function isTwoFactorRequired(payload: Payload, user: TwoFactorUser): Promise<boolean> {
  const required = await twoFactorRequiredRoles(payload)
  return rolesOf(user).some((role) => required.includes(role))
}

/** True when the user must enrol before doing anything else. */
export async function mustEnrolTwoFactor(payload: Payload, user: TwoFactorUser | null): Promise<boolean> {
  if (!user || user.twoFactorEnabled) return false
  return isTwoFactorRequired(payload, user)
}
