/**
 * Replaces Payload's login view (`admin.components.views.login`): the same email and password
 * fields plus the two-factor code, which appears when the server asks for it. Payload's own form
 * cannot carry an extra field, and the second factor is checked server-side at
 * POST /api/users/login (`totp`), so this form simply sends it along.
 */
import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation.js'
import { getSafeRedirect } from 'payload/shared'
import React from 'react'

import { LoginForm } from './LoginForm'

export function LoginView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const target = getSafeRedirect({ fallbackTo: adminRoute, redirectTo: searchParams?.redirect ?? '' })
  if (req.user) redirect(target)
  return (
    <div className="login__wrap" style={{ margin: '0 auto', maxWidth: 440, width: '100%' }}>
      <h1 style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>Cổng</h1>
      <LoginForm apiRoute={req.payload.config.routes.api} redirectTo={target} />
    </div>
  )
}
