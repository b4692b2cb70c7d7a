import type { ServerProps } from 'payload'
import React from 'react'

import { isPlatformAdmin, type SessionUser } from '../../../../cms/src/access/roles'
import { pick } from '../../../../cms/src/admin/text'
import { PROVISION_VIEW_PATH } from '../endpoint'
import { T } from './text'

type Props = Partial<Pick<ServerProps, 'i18n' | 'payload' | 'user'>>

function href(props: Props): string {
  return `${props.payload?.config.routes.admin ?? '/admin'}${PROVISION_VIEW_PATH}`
}

/** "Tạo cổng mới" in the admin navigation, for platform admins only. */
export function NewPortalNavLink(props: Props) {
  if (!isPlatformAdmin(props.user as unknown as SessionUser)) return null
  return (
    <a className="nav__link" href={href(props)} style={{ display: 'block', padding: '0.5rem 0', fontWeight: 600 }}>
      {pick(props.i18n?.language ?? 'vi', T.link)}
    </a>
  )
}

/** The same link above the table of sites. */
export function NewPortalListLink(props: Props) {
  if (!isPlatformAdmin(props.user as unknown as SessionUser)) return null
  return (
    <p style={{ margin: 'var(--base) 0' }}>
      <a href={href(props)} style={{ fontWeight: 600 }}>
        + {pick(props.i18n?.language ?? 'vi', T.link)}
      </a>
      {' – '}
      {pick(props.i18n?.language ?? 'vi', T.listHint)}
    </p>
  )
}
