/**
 * Brute force and account discovery at the login, through REST, GraphQL and the admin alike
 * (Payload's operation hooks of the users collection):
 *
 * - per client address: at most LOGIN_LIMIT_PER_IP failed logins in 15 minutes, whatever the
 *   accounts, then 429 with Retry-After;
 * - per account name, known or not: LOGIN_LIMIT_PER_ACCOUNT failed logins in 15 minutes, then the
 *   same answer Payload gives a locked account (401, "tạm khóa"), so an unknown address and a
 *   real one cannot be told apart by their answers;
 * - the same work for unknown and locked accounts as for a wrong password: the password is
 *   hashed with the parameters Payload uses, so the answer time tells nothing either.
 *
 * Every attempt is counted when it starts and given back when it succeeds (or only lacked its
 * second factor), so the counts are the failures, including those of parallel attempts. Forgotten
 * and reset passwords are limited per address (and per account for the reset mail). The counts
 * live in the platform's limit store (memory, or Redis shared by several processes).
 */
import crypto from 'node:crypto'

import { type AfterErrorHook, APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, LockedAuth, type Payload, type PayloadRequest } from 'payload'

import { clientIp } from '../audit/record'
import { env } from '../../cms/src/config/env'
import { payloadSecret } from '../../cms/src/config/secrets'
import { createLimiter, type LimitDecision, type Limiter } from '../../cms/src/limits/limiter'

const WINDOW_SECONDS = 15 * 60

type Limits = { loginIp: Limiter; loginAccount: Limiter; forgotIp: Limiter; forgotAccount: Limiter; resetIp: Limiter }
let limits: Limits | null = null

function limiters(): Limits {
  limits ??= {
    loginIp: createLimiter({ name: 'login-ip', points: env().loginLimitPerIp, windowSeconds: WINDOW_SECONDS, blockSeconds: WINDOW_SECONDS }),
    loginAccount: createLimiter({ name: 'login-account', points: env().loginLimitPerAccount, windowSeconds: WINDOW_SECONDS }),
    forgotIp: createLimiter({ name: 'forgot-ip', points: 10, windowSeconds: WINDOW_SECONDS }),
    forgotAccount: createLimiter({ name: 'forgot-account', points: 3, windowSeconds: WINDOW_SECONDS }),
    resetIp: createLimiter({ name: 'reset-ip', points: 20, windowSeconds: WINDOW_SECONDS }),
  }
  return limits
}

/** Keys carry no address or email in clear (the store may be a shared Redis). */
const keyOf = (kind: string, value: string) => `${kind}:${crypto.createHmac('sha256', payloadSecret()).update(value).digest('base64url').slice(0, 22)}`
const ipKey = (req: PayloadRequest) => keyOf('ip', clientIp(req) ?? 'unknown')
const accountKey = (email: string) => keyOf('account', email)

export function emailOf(data: unknown): string {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.toLowerCase().trim().slice(0, 320) : ''
}

export class TooManyAttempts extends APIError {
  constructor(decision: Extract<LimitDecision, { allowed: false }>, vi: string, en: string) {
    const minutes = Math.max(1, Math.ceil(decision.retryAfterSeconds / 60))
    super(`${vi} Vui lòng thử lại sau ${minutes} phút. / ${en} Please try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`, 429, { retryAfter: decision.retryAfterSeconds }, true)
    this.name = 'TooManyAttempts'
  }
}

function retryAfter(req: PayloadRequest, seconds: number): void {
  const headers = (req.responseHeaders ??= new Headers())
  headers.set('Retry-After', String(seconds))
}

// Payload's password hashes (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
// `pbkdf2-sha256-v1:` + PBKDF2-SHA256 with 600,000 iterations and 32 bytes; older hashes without
// the prefix used 25,000 iterations and 512 bytes.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const DUMMY_SALT = crypto.randomBytes(32).toString('hex')

const pbkdf2 = (password: string, salt: string, iterations: number, keyLength: number) =>
  new Promise<Buffer | null>((resolve) => crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (err, key) => resolve(err ? null : key)))

/** The work of checking a password against a stored hash, for an account that has none. */
export async function hashLikePayload(password: string): Promise<void> {
  await pbkdf2(password, DUMMY_SALT, 600_000, 32)
}

/** Whether `password` is the one behind a stored Payload hash and salt. */
export async function passwordMatches(password: string, stored: { hash?: unknown; salt?: unknown }): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') {
    await hashLikePayload(password)
    return false
  }
  const current = stored.hash.startsWith(CURRENT_PREFIX)
  const expected = Buffer.from(current ? stored.hash.slice(CURRENT_PREFIX.length) : stored.hash, 'hex')
  const actual = await pbkdf2(password, stored.salt, current ? 600_000 : 25_000, current ? 32 : 512)
  return Boolean(actual && actual.length === expected.length && crypto.timingSafeEqual(actual, expected))
}

type StoredUser = { id: number | string; lockUntil?: string | null; sessions?: unknown[] | null }

async function storedUser(req: PayloadRequest, email: string): Promise<StoredUser | null> {
  if (!email) return null
  return req.payload.db.findOne<StoredUser>({ collection: 'users', where: { email: { equals: email } } })
}

const isLocked = (user: StoredUser) => Boolean(user.lockUntil && new Date(user.lockUntil).getTime() > Date.now())

/**
 * Ends every session of an account. The whole stored user is written back, as Payload does when
 * it adds a session: the SQLite adapter rewrites all array rows of a partial update, so writing
 * `{ sessions: [] }` alone would also drop the account's roles.
 */
export async function endAllSessions(payload: Payload, id: number | string, req?: PayloadRequest): Promise<void> {
  const user = await payload.db.findOne<StoredUser & Record<string, unknown>>({ collection: 'users', where: { id: { equals: id } }, req })
  if (!user || !Array.isArray(user.sessions) || user.sessions.length === 0) return
  await payload.db.updateOne({ collection: 'users', id, data: { ...user, sessions: [] }, req, returning: false })
}

/** Ends every session of a locked account (also those opened before the lock). */
export async function endSessionsIfLocked(req: PayloadRequest, email: string): Promise<void> {
  const user = await storedUser(req, email)
  if (user && isLocked(user)) await endAllSessions(req.payload, user.id)
}

/** Payload ends a lock only at the next login: sessions of an account locked by failures end now. */
export const endSessionsOnLock: AfterErrorHook = async ({ error, req }) => {
  const original = (error as { originalError?: unknown }).originalError ?? error
  const name = (original as { name?: string } | null)?.name
  if ((name === 'AuthenticationError' || name === 'LockedAuth') && req?.payload) await endSessionsIfLocked(req, emailOf(req.data)).catch(() => undefined)
}

export const throttleAuth: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const data = (args as { data?: unknown }).data
  if (operation === 'login') {
    const { loginIp, loginAccount } = limiters()
    const byIp = await loginIp.hit(ipKey(req))
    if (!byIp.allowed) {
      retryAfter(req, byIp.retryAfterSeconds)
      throw new TooManyAttempts(byIp, 'Quá nhiều lần đăng nhập sai từ địa chỉ này.', 'Too many failed logins from this address.')
    }
    const email = emailOf(data)
    const byAccount = await loginAccount.hit(accountKey(email))
    const password = (data as { password?: unknown } | undefined)?.password
    const user = await storedUser(req, email)
    if (!byAccount.allowed) {
      if (user) await endSessionsIfLocked(req, email)
      throw new LockedAuth(req.t)
    }
    // Payload answers an unknown or locked account without hashing: do the same work.
    if ((!user || isLocked(user)) && typeof password === 'string' && password !== '') await hashLikePayload(password)
  } else if (operation === 'forgotPassword') {
    // Counted by the REST endpoint before it answered (forgotPassword.ts); the reset runs after.
    if (req.context[FORGOT_PASSWORD_DEFERRED]) return args
    // GraphQL would answer after the work done for known accounts only: its time would tell.
    if (req.payloadAPI === 'GraphQL') {
      throw new APIError('Hãy dùng POST /api/users/forgot-password để đặt lại mật khẩu. / Use POST /api/users/forgot-password to reset a password.', 400, undefined, true)
    }
    await limitForgotPassword(req, emailOf(data))
  } else if (operation === 'resetPassword') {
    const decision = await limiters().resetIp.hit(ipKey(req))
    if (!decision.allowed) {
      retryAfter(req, decision.retryAfterSeconds)
      throw new TooManyAttempts(decision, 'Quá nhiều lần đặt lại mật khẩu từ địa chỉ này.', 'Too many password resets from this address.')
    }
  }
  return args
}

/** Set in the context of a password reset run after the answer (its limits were counted). */
export const FORGOT_PASSWORD_DEFERRED = 'cong.forgotPasswordDeferred'

/** Password reset requests per client address and per account, known or not: 429 when over. */
export async function limitForgotPassword(req: PayloadRequest, email: string): Promise<void> {
  const { forgotIp, forgotAccount } = limiters()
  for (const [limiter, key] of [[forgotIp, ipKey(req)], [forgotAccount, accountKey(email)]] as const) {
    const decision = await limiter.hit(key)
    if (!decision.allowed) {
      retryAfter(req, decision.retryAfterSeconds)
      throw new TooManyAttempts(decision, 'Đã gửi quá nhiều yêu cầu đặt lại mật khẩu.', 'Too many password reset requests.')
    }
  }
}

/** A login that succeeded was not a failure: give back its points. */
export const clearLoginFailures: CollectionAfterLoginHook = async ({ req, user }) => {
  const { loginIp, loginAccount } = limiters()
  await loginIp.refund(ipKey(req))
  await loginAccount.reset(accountKey(String((user as { email?: string }).email ?? emailOf(req.data)).toLowerCase()))
  return user
}

/** The password was right and the second factor is still to come (the admin asks in two steps). */
export async function refundFirstStep(req: PayloadRequest): Promise<void> {
  const { loginIp, loginAccount } = limiters()
  await loginIp.refund(ipKey(req))
  await loginAccount.refund(accountKey(emailOf(req.data)))
}

/** A wrong current password while changing it counts as a failed login of that account. */
export async function countWrongCurrentPassword(req: PayloadRequest, email: string): Promise<boolean> {
  const { loginIp, loginAccount } = limiters()
  const ip = await loginIp.hit(ipKey(req))
  const account = await loginAccount.hit(accountKey(email.toLowerCase()))
  return ip.allowed && account.allowed
}
