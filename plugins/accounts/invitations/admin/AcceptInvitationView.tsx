/** /admin/nhan-loi-moi?token=…: the public page behind the link in an invitation email. */
import { MinimalTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AcceptInvitationForm } from './AcceptInvitationForm'

export function AcceptInvitationView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { config } = initPageResult.req.payload
  const token = typeof searchParams?.token === 'string' ? searchParams.token : ''
  return (
    <MinimalTemplate width="normal">
      <AcceptInvitationForm apiRoute={config.routes.api} loginUrl={`${config.routes.admin}/login`} token={token} />
    </MinimalTemplate>
  )
}
