/**
 * Two-factor fields of a user. The secret and the recovery-code hashes are hidden and unreadable
 * through REST and GraphQL for everybody (platform admins included); only the platform's own
 * code reads them, with access control off.
 */
import type { Field, FieldAccess } from 'payload'

const nobody: FieldAccess = () => false
const secret = { hidden: true, access: { read: nobody, create: nobody, update: nobody } } as const

export const twoFactorFields: Field[] = [
  {
    name: 'twoFactorEnabled',
    type: 'checkbox',
    defaultValue: false,
    label: { vi: 'Đã bật xác thực hai lớp', en: 'Two-factor authentication on' },
    // Changed only through the enrolment endpoints (/api/users/2fa/…), never by editing the user.
    access: { create: nobody, update: nobody },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        vi: 'Bật hoặc tắt tại trang “Bảo mật tài khoản” (/admin/bao-mat).',
        en: 'Turn on or off on the “Account security” page (/admin/bao-mat).',
      },
    },
  },
  { name: 'totpSecret', type: 'text', ...secret },
  { name: 'totpPendingSecret', type: 'text', ...secret },
  { name: 'totpLastStep', type: 'number', ...secret },
  { name: 'recoveryCodeHashes', type: 'json', ...secret },
  // Wrong codes since the last good one. Kept apart from Payload's loginAttempts, which a correct
  // password resets before the second factor is checked.
  { name: 'twoFactorFailures', type: 'number', ...secret },
]

/** The stored two-factor state of a user (read with access control off). */
export type TwoFactorState = {
  id: number | string
  email?: string | null
  twoFactorEnabled?: boolean | null
  totpSecret?: string | null
  totpPendingSecret?: string | null
  totpLastStep?: number | null
  recoveryCodeHashes?: unknown
  twoFactorFailures?: number | null
}
