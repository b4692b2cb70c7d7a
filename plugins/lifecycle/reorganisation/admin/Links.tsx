import type { ServerProps } from 'payload'
import React from 'react'

import { isPlatformAdmin, type SessionUser } from '../../../../cms/src/access/roles'
import { pick } from '../../../../cms/src/admin/text'
import { MERGE_VIEW_PATH as MERGE, RETIRE_VIEW_PATH as RETIRE } from '../paths'
import { T } from './text'


type Props = Partial<Pick<ServerProps, 'i18n' | 'payload' | 'user'>>

/** "Sáp nhập cổng" and "Ngừng hoạt động cổng" in the admin navigation, for platform admins only. */
export function ReorganisationNavLinks(props: Props) {
  if (!isPlatformAdmin(props.user as unknown as SessionUser)) return null
  const admin = props.payload?.config.routes.admin ?? '/admin'
  const lang = props.i18n?.language ?? 'vi'
  const style: React.CSSProperties = { display: 'block', padding: '0.5rem 0', fontWeight: 600 }
  return (
    <>
      <a className="nav__link" href={`${admin}${MERGE}`} style={style}>
        {pick(lang, T.mergeLink)}
      </a>
      <a className="nav__link" href={`${admin}${RETIRE}`} style={style}>
        {pick(lang, T.retireLink)}
      </a>
    </>
  )
}
