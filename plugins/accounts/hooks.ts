/**
 * Hooks of the users collection for account security: the password policy, the second factor
 * at login, and clear messages (with lockout counting) when a login fails.
 */
import {
  type CollectionAfterErrorHook,
  type CollectionBeforeLoginHook,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  ValidationError,
} from 'payload'

import { clientIp } from '../audit/record'
import { TwoFactorError } from '../two-factor/errors'
import { passwordProblem } from '../../cms/src/lib/passwordPolicy'
import { endAllSessions, refundFirstStep } from './throttle'
import { checkSecondFactor, loadTwoFactorState } from '../two-factor/twoFactor'

function refusePassword(message: string): never {
  throw new ValidationError({ collection: 'users', errors: [{ message, path: 'password' }] })
}

/** Create and update (also invitation acceptance, which creates or updates a user). */
export const enforcePasswordPolicy: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const password = data?.password
  if (typeof password !== 'string' || password === '') return data
  const problem = passwordProblem(password, {
    email: (data?.email as string | undefined) ?? originalDoc?.email,
    name: (data?.name as string | undefined) ?? originalDoc?.name,
  })
  if (problem) refusePassword(problem)
  return data
}

/** Reset through a reset-password token: the operation hashes the password before any field hook. */
export const enforcePasswordPolicyOnReset: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const { password, token } = (args.data ?? {}) as { password?: unknown; token?: unknown }
  if (typeof password !== 'string') return args
  const user = typeof token === 'string' && token ? await req.payload.db.findOne<{ id: number | string; email?: string; name?: string }>({ collection: 'users', where: { resetPasswordToken: { equals: token } }, req }) : null
  const problem = passwordProblem(password, { email: user?.email, name: user?.name })
  if (problem) refusePassword(problem)
  return args
}

/**
 * After the password is accepted: a user with two-factor on must send `totp` (a 6-digit code or
 * a recovery code) with the login. Also runs when a reset-password link logs the user in, so a
 * mailbox alone never opens an account protected by two-factor.
 */
export const requireSecondFactor: CollectionBeforeLoginHook = async ({ req, user }) => {
  const state = await loadTwoFactorState(req, user.id)
  if (!state?.twoFactorEnabled) return user
  const code = typeof req.data?.totp === 'string' ? req.data.totp.trim() : ''
  if (!code) {
    // The password was right: this step is not a failed login.
    await refundFirstStep(req)
    throw new TwoFactorError('required')
  }
  if (!(await checkSecondFactor(req, state, code))) throw new TwoFactorError('invalid')
  return user
}

const LOCKED_MESSAGE =
  'Tài khoản tạm khóa do đăng nhập sai quá nhiều lần. Hãy thử lại sau 15 phút hoặc liên hệ quản trị. / This account is locked after too many failed logins: try again in 15 minutes or ask an administrator.'
const INVALID_MESSAGE = 'Email hoặc mật khẩu không đúng. / The email or password is incorrect.'

/**
 * Failed logins: a wrong second factor counts towards the lockout like a wrong password (the
 * login's own counter was rolled back with its transaction), is audited, and every refusal gets
 * a bilingual message.
 */
export const explainLoginFailure: CollectionAfterErrorHook = async ({ error, req, collection, result }) => {
  const name = (error as { name?: string }).name
  if (name === 'LockedAuth') return { response: { errors: [{ message: LOCKED_MESSAGE }] }, status: 401 }
  if (name === 'AuthenticationError') return { response: { errors: [{ message: INVALID_MESSAGE }] }, status: 401 }
  if (!(error instanceof TwoFactorError) || error.reason !== 'invalid') return
  const email = typeof req.data?.email === 'string' ? req.data.email.trim().toLowerCase() : ''
  const user = email
    ? await req.payload.db.findOne<{ id: number | string; twoFactorFailures?: number | null }>({ collection: 'users', where: { email: { equals: email } } })
    : null
  if (!user) return
  const attempts = (user.twoFactorFailures ?? 0) + 1
  const max = collection?.auth?.maxLoginAttempts ?? 0
  const locked = max > 0 && attempts >= max
  await req.payload.db.updateOne({
    collection: 'users',
    id: user.id,
    data: locked
      ? { twoFactorFailures: 0, loginAttempts: attempts, lockUntil: new Date(Date.now() + (collection?.auth?.lockTime ?? 0)).toISOString() }
      : { twoFactorFailures: attempts },
  })
  if (locked) await endAllSessions(req.payload, user.id)
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: 'security',
      collectionSlug: 'users',
      docId: String(user.id),
      title: email,
      email,
      ip: clientIp(req),
      userAgent: req.headers?.get?.('user-agent')?.slice(0, 300) ?? null,
      detail: { event: '2fa-failed', attempts, locked },
    },
    overrideAccess: true,
  })
  return { response: result, status: 401 }
}
