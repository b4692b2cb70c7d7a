import type { CollectionAfterErrorHook, CollectionAfterLoginHook } from 'payload'

import { recordAudit } from './record'

export const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await recordAudit(req, { action: 'login', collection: 'users', docId: user.id, title: user.email, user })
}

/** Failed and locked-out logins: Payload reports them as errors of the login endpoint. */
export const auditFailedLogin: CollectionAfterErrorHook = async ({ error, req }) => {
  const name = (error as { name?: string }).name
  if (name !== 'AuthenticationError' && name !== 'LockedAuth') return
  if (!/\/login\/?$/.test(new URL(req.url ?? 'http://x/').pathname)) return
  const email = typeof req.data?.email === 'string' ? req.data.email.slice(0, 200) : null
  // Written outside the failed request's transaction, which is rolled back.
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: 'login-failed',
      collectionSlug: 'users',
      title: email,
      email,
      ip: req.headers?.get?.('x-cong-client-ip') ?? null,
      userAgent: req.headers?.get?.('user-agent')?.slice(0, 300) ?? null,
      detail: { reason: name === 'LockedAuth' ? 'locked' : 'invalid-credentials' },
    },
    overrideAccess: true,
  })
}
