/** /admin/tuan-thu: "Tuân thủ cổng", the compliance dashboard of every portal. */
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation.js'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { pick } from '../../auth/admin/text'
import { LEVEL_LABELS } from '../../collections/Sites'
import { SITE_LEVELS } from '../../contracts/portal'
import { complianceScope } from '../endpoint'
import { ComplianceTable } from './ComplianceTable'
import { T } from './text'

export const COMPLIANCE_PATH = '/tuan-thu'

export async function ComplianceView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${COMPLIANCE_PATH}`)}`)
  const lang = req.i18n.language
  const scope = await complianceScope(req)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user || undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1>{pick(lang, T.title)}</h1>
        <p style={{ maxWidth: '60rem' }}>{pick(lang, T.intro)}</p>
        {!(scope instanceof Response) ? (
          <ComplianceTable
            levels={SITE_LEVELS.map((value) => ({ value, ...LEVEL_LABELS[value] }))}
            apiRoute={req.payload.config.routes.api}
            adminRoute={adminRoute}
          />
        ) : (
          <p role="alert">{pick(lang, T.forbidden)}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
