/**
 * Links in alert emails: `?id=<subscription>&t=<token>`, the token an HMAC of the purpose, the
 * subscription's id and its random nonce under the platform secret. Nothing secret is stored
 * (only the nonce), a link works for its own subscription and purpose only, and erasing a
 * subscription voids its links.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export type TokenPurpose = 'confirm' | 'unsubscribe'

export const newNonce = () => randomBytes(18).toString('base64url')

export function linkToken(secret: string, purpose: TokenPurpose, id: number | string, nonce: string): string {
  return createHmac('sha256', secret).update(`alerts:${purpose}:${String(id)}:${nonce}`).digest('base64url')
}

export function tokenMatches(secret: string, purpose: TokenPurpose, id: number | string, nonce: string, token: string): boolean {
  const expected = Buffer.from(linkToken(secret, purpose, id, nonce))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
