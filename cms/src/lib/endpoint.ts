/** Small helpers shared by the platform's own REST endpoints. */
import { createHash } from 'node:crypto'

/** A JSON error in Payload's shape, with a Vietnamese / English message. */
export const fail = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** Per-field errors (Vietnamese and English) as a JSON error body of the public endpoints. */
export function errorBody(errors: Partial<Record<string, { vi: string; en: string }>>) {
  return {
    errors: Object.entries(errors).map(([field, message]) => ({ field, message: `${message!.vi} / ${message!.en}`, vi: message!.vi, en: message!.en })),
  }
}

/** A client address as a short keyed hash: limits and logs never hold the address itself. */
export function hashIp(ip: string | null | undefined, secret: string): string | null {
  if (!ip) return null
  return createHash('sha256').update(`${secret}\0${ip}`).digest('base64url').slice(0, 22)
}
