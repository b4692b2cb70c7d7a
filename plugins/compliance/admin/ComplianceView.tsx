/** /admin/tuan-thu: "Tuân thủ cổng", the compliance dashboard of every portal. */
import { redirect } from 'next/navigation.js'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminPage } from '../../../cms/src/admin/AdminPage'

import { pick } from '../../../cms/src/admin/text'
import { LEVEL_LABELS } from '../../site-scoping/Sites'
import { SITE_LEVELS } from '../../../cms/src/contracts/portal'
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
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
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
    </AdminPage>
  )
}
