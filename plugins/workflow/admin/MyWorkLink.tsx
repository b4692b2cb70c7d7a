import type { ServerProps } from 'payload'
import React from 'react'

import { CONTENT_ROLES, isPlatformAdmin, type SessionUser, siteIdsOf } from '../../../cms/src/access/roles'
import { pick } from '../../../cms/src/admin/text'
import { MY_WORK_TEXT } from './myWorkText'

/** Link to "Việc của tôi" at the top of the admin navigation, for those who write or review content. */
export function MyWorkLink({ payload, i18n, user }: ServerProps) {
  const u = user as unknown as SessionUser | undefined
  if (!u || (!isPlatformAdmin(u) && siteIdsOf(u, CONTENT_ROLES).length === 0)) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/my-work`} style={{ display: 'block', padding: '0.5rem 0', fontWeight: 600 }}>
      {pick(i18n?.language ?? 'vi', MY_WORK_TEXT.title)}
    </a>
  )
}
