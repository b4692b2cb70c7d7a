import type { ServerProps } from 'payload'
import React from 'react'

import type { SessionUser } from '../../../cms/src/access/roles'
import { pick } from '../../../cms/src/admin/text'
import { moderatedSiteIds } from '../access'
import { T } from './text'

export const DIALOGUE_ADMIN_PATH = '/doi-thoai'

/** "Đối thoại trực tuyến" in the admin navigation, for the staff who moderate a site. */
export function DialogueLink({ payload, user, i18n }: ServerProps) {
  if (!user || user.collection !== 'users') return null
  const sites = moderatedSiteIds(user as unknown as SessionUser)
  if (sites !== null && sites.length === 0) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}${DIALOGUE_ADMIN_PATH}`} style={{ display: 'block', padding: '0.5rem 0', fontWeight: 600 }}>
      {pick(i18n?.language ?? 'vi', T.title)}
    </a>
  )
}
