/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s) and single-use recovery codes.
 * Pure functions: storing secrets and hashes is the caller's business.
 */
import crypto from 'node:crypto'

import { generateSecret, generateURI, verify } from 'otplib'

export const TOTP_ISSUER = 'Cổng'
export const RECOVERY_CODE_COUNT = 10

export function newTotpSecret(): string {
  return generateSecret()
}

export function otpauthUri(secret: string, account: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: account, secret })
}

/**
 * Check a 6-digit code, allowing one step of clock drift either way. Returns the time step the
 * code belongs to, so the caller can refuse a replay (`afterStep`: the last step already used).
 */
export async function verifyTotp(secret: string, code: string, afterStep?: number | null): Promise<number | null> {
  const token = code.replace(/\s+/g, '')
  if (!/^\d{6}$/.test(token)) return null
  const result = await verify({
    secret,
    token,
    epochTolerance: 30,
    ...(afterStep ? { afterTimeStep: afterStep } : {}),
  })
  return result.valid && 'timeStep' in result ? result.timeStep : null
}

/** Looks like a recovery code rather than a TOTP code. */
export const isRecoveryCodeShape = (code: string): boolean => /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code.trim())

const normalise = (code: string) => code.trim().toLowerCase().replace(/-/g, '')

/** Ten random codes like `k3m9x-p2w7q` (50 bits each), shown to the user once. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'
  return Array.from({ length: count }, () => {
    const chars = [...crypto.randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('')
    return `${chars.slice(0, 5)}-${chars.slice(5)}`
  })
}

/** Codes are random enough that a plain SHA-256 is a sound hash (no dictionary to try). */
export function hashRecoveryCode(code: string): string {
  return crypto.createHash('sha256').update(normalise(code)).digest('hex')
}

/** The stored hashes without the one matching `code`, or null when none matches. */
export function useRecoveryCode(hashes: readonly string[], code: string): string[] | null {
  const hash = hashRecoveryCode(code)
  const index = hashes.findIndex((h) => h.length === hash.length && crypto.timingSafeEqual(Buffer.from(h), Buffer.from(hash)))
  return index === -1 ? null : hashes.filter((_, i) => i !== index)
}
