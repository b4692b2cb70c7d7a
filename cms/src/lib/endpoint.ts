/** Small helpers shared by the platform's own REST endpoints. */
import { createHash } from 'node:crypto'

import type { CollectionSlug, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { asUser, type SessionUser } from '../access/roles'

/** A JSON error in Payload's shape, with a Vietnamese / English message. */
export const fail = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * The logged-in user and the request body validated by `schema`, or the 401/400 response to
 * send instead. An empty body counts as `{}`.
 */
export async function userAndBody<T extends z.ZodType>(
  req: PayloadRequest,
  schema: T,
): Promise<{ user: SessionUser; body: z.infer<T> } | Response> {
  const user = asUser(req)
  if (!user) return fail(401, 'Cần đăng nhập. / Login required.')
  let raw: unknown = {}
  try {
    raw = req.json ? ((await req.json()) ?? {}) : {}
  } catch {
    return fail(400, 'Nội dung yêu cầu không phải JSON hợp lệ. / The body is not valid JSON.')
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) return fail(400, parsed.error.issues.map((i) => i.message).join(' '))
  return { user, body: parsed.data }
}

/** A versioned collection that follows the editorial workflow (`custom.cong.workflow`). */
export type EditorialCollection = CollectionSlug

/** The latest draft of a document as `user` may read it, or null. */
export async function readableDraft(req: PayloadRequest, collection: EditorialCollection, user: SessionUser) {
  const id = req.routeParams?.id as string
  return req.payload
    .findByID({ collection, id, draft: true, depth: 0, user, overrideAccess: false, req, disableErrors: true })
    .catch(() => null)
}

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
