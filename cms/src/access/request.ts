/** Who is asking and what they sent, for the platform's own authenticated REST endpoints. */
import type { CollectionSlug, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { fail } from '../lib/endpoint'
import { asUser, type SessionUser } from './roles'

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

/** The latest draft of a document (the route's id unless given) as `user` may read it, or null. */
export async function readableDraft(req: PayloadRequest, collection: EditorialCollection, user: SessionUser, id = req.routeParams?.id as string | number) {
  return req.payload
    .findByID({ collection, id, draft: true, depth: 0, user, overrideAccess: false, req, disableErrors: true })
    .catch(() => null)
}
