import type { ServerProps } from 'payload'
import React from 'react'

import { isPlatformAdmin, siteIdsOf, type SessionUser } from '../../../cms/src/access/roles'
import { pick } from '../../../cms/src/admin/text'
import { COMPLIANCE_PATH } from './ComplianceView'
import { T } from './text'

/** "Tuân thủ cổng" in the admin navigation, for platform admins and site admins. */
export function ComplianceLink({ payload, user, i18n }: ServerProps) {
  if (!user || user.collection !== 'users') return null
  const u = user as unknown as SessionUser
  if (!isPlatformAdmin(u) && siteIdsOf(u, ['site-admin']).length === 0) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}${COMPLIANCE_PATH}`} style={{ display: 'block', padding: '0.5rem 0', fontWeight: 600 }}>
      {pick(i18n?.language ?? 'vi', T.title)}
    </a>
  )
}
