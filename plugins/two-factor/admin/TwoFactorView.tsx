/** /admin/bao-mat: the user's own two-factor authentication (enrol, see codes left, turn off). */
import { MinimalTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation.js'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { TwoFactorPanel } from './TwoFactorPanel'

export const TWO_FACTOR_PATH = '/bao-mat'

export function TwoFactorView({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${TWO_FACTOR_PATH}`)}`)
  return (
    <MinimalTemplate width="normal">
      <TwoFactorPanel apiRoute={req.payload.config.routes.api} adminRoute={adminRoute} email={String(req.user.email ?? '')} />
    </MinimalTemplate>
  )
}
