/**
 * Shareable preview links: `<collection>.<id>.<expiry>` signed with HMAC-SHA256 under the
 * platform secret. Anyone holding the link can see that one draft until it expires.
 */
import crypto from 'node:crypto'

import { payloadSecret } from '../../../cms/src/config/secrets'

export type PreviewClaim = { collection: 'news' | 'pages'; id: string; expiresAt: number }

const sign = (body: string) => crypto.createHmac('sha256', `preview:${payloadSecret()}`).update(body).digest('base64url')

export function createPreviewToken(claim: PreviewClaim): string {
  const body = `${claim.collection}.${claim.id}.${claim.expiresAt}`
  return `${body}.${sign(body)}`
}

export type TokenCheck = { ok: true; claim: PreviewClaim } | { ok: false; reason: 'malformed' | 'signature' | 'expired' }

export function verifyPreviewToken(token: string, now = Date.now()): TokenCheck {
  const match = /^(news|pages)\.([A-Za-z0-9_-]{1,64})\.(\d{10,16})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return { ok: false, reason: 'malformed' }
  const [, collection, id, expires, signature] = match
  const expected = Buffer.from(sign(`${collection}.${id}.${expires}`))
  const given = Buffer.from(signature!)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { ok: false, reason: 'signature' }
  if (Number(expires) < now) return { ok: false, reason: 'expired' }
  return { ok: true, claim: { collection: collection as 'news' | 'pages', id: id!, expiresAt: Number(expires) } }
}
