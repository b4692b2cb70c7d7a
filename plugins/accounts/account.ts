/**
 * An account's state and what ends its sessions:
 *
 * - platform admins lock an account (`locked`) or archive it (`archived`, someone who left);
 *   either refuses its logins and ends every session it has at once;
 * - changing a password needs the current password of the person doing it (`currentPassword`,
 *   never stored): one's own, or a platform admin's own when setting another user's. A reset
 *   link (token) and invitations need none. Payload then ends the account's other sessions;
 * - an account that failed logins until Payload locked it loses its sessions too (throttle.ts).
 *
 * The platform's own code (Local API: seeding, invitations, the CLI) is not asked for a password.
 */
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeLoginHook,
  type CollectionBeforeValidateHook,
  type Field,
  type FieldAccess,
  ValidationError,
} from 'payload'

import { asUser, isPlatformAdmin } from '../../cms/src/access/roles'
import { countWrongCurrentPassword, endAllSessions, passwordMatches } from './throttle'

export const ACCOUNT_STATUSES = ['active', 'locked', 'archived'] as const
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number]

const platformAdmins: FieldAccess = ({ req }) => isPlatformAdmin(asUser(req))

export const accountStatusField: Field = {
  name: 'accountStatus',
  type: 'select',
  required: true,
  defaultValue: 'active',
  label: { vi: 'Trạng thái tài khoản', en: 'Account status' },
  options: [
    { value: 'active', label: { vi: 'Đang hoạt động', en: 'Active' } },
    { value: 'locked', label: { vi: 'Khóa', en: 'Locked' } },
    { value: 'archived', label: { vi: 'Lưu trữ (đã nghỉ)', en: 'Archived (left)' } },
  ],
  access: { create: platformAdmins, update: platformAdmins },
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Khóa hoặc lưu trữ: tài khoản không đăng nhập được và mọi phiên đang mở kết thúc ngay.',
      en: 'Locked or archived: the account cannot log in and every open session ends at once.',
    },
  },
}

/** Shown first on the account form, right under the new password. */
export const currentPasswordField: Field = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label: { vi: 'Mật khẩu hiện tại của bạn', en: 'Your current password' },
  // Never stored, and removed from the data before validation (requireCurrentPassword): there
  // is nothing to read. (Field read access would also hide it from the form.)
  admin: {
    components: { Field: '/plugins/accounts/admin/CurrentPasswordField#CurrentPasswordField' },
    description: {
      vi: 'Chỉ cần khi đổi mật khẩu: mật khẩu hiện tại của chính bạn (quản trị nền tảng đặt mật khẩu cho người khác cũng nhập mật khẩu của mình).',
      en: 'Only to change a password: your own current password (a platform admin setting someone else’s password gives their own).',
    },
  },
}

function refuse(path: string, message: string): never {
  throw new ValidationError({ collection: 'users', errors: [{ message, path }] })
}

/** A password change through REST, GraphQL or the admin needs the actor's current password. */
export const requireCurrentPassword: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (!data) return data
  const current = data.currentPassword
  delete data.currentPassword
  if (operation !== 'update' || req.payloadAPI === 'local') return data
  if (typeof data.password !== 'string' || data.password === '') return data
  const actor = asUser(req)
  if (!actor) return data
  if (typeof current !== 'string' || current === '') {
    refuse('currentPassword', 'Cần nhập mật khẩu hiện tại để đổi mật khẩu. / Enter your current password to change the password.')
  }
  const stored = await req.payload.db.findOne<{ id: number | string; email?: string; hash?: string; salt?: string }>({ collection: 'users', where: { id: { equals: actor.id } } })
  if (!(await passwordMatches(current, stored ?? {}))) {
    const allowed = await countWrongCurrentPassword(req, stored?.email ?? '')
    if (!allowed) throw new APIError('Quá nhiều lần nhập sai mật khẩu. / Too many wrong passwords.', 429, undefined, true)
    refuse('currentPassword', 'Mật khẩu hiện tại không đúng. / The current password is wrong.')
  }
  return data
}

const INACTIVE_MESSAGE = 'Tài khoản này đã bị khóa hoặc lưu trữ; hãy liên hệ quản trị nền tảng. / This account is locked or archived: contact a platform admin.'

/** Locked and archived accounts cannot log in (checked after the password, like Payload's lock). */
export const refuseInactiveAccount: CollectionBeforeLoginHook = ({ user }) => {
  const status = (user as { accountStatus?: AccountStatus | null }).accountStatus ?? 'active'
  if (status !== 'active') throw new APIError(INACTIVE_MESSAGE, 403, { accountStatus: status }, true)
  return user
}

/** Locking or archiving ends every session of the account at once. */
export const endSessionsOfInactive: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  const status = (doc as { accountStatus?: AccountStatus | null }).accountStatus ?? 'active'
  if (operation !== 'update' || status === 'active' || (previousDoc as { accountStatus?: string } | undefined)?.accountStatus === status) return doc
  await endAllSessions(req.payload, doc.id, req)
  return doc
}
