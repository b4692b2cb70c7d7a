/** /admin/tao-cong-moi: the platform admin's form for a new portal. */
import { redirect } from 'next/navigation.js'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminPage } from '../../../../cms/src/admin/AdminPage'

import { isPlatformAdmin, type SessionUser } from '../../../../cms/src/access/roles'
import { pick } from '../../../../cms/src/admin/text'
import { LEVEL_LABELS } from '../../../site-scoping/Sites'
import { SITE_LEVELS } from '../../../../cms/src/contracts/portal'
import { PROVISION_VIEW_PATH } from '../endpoint'
import { loadThemes } from '../validate'
import { NewPortalForm, type ParentOption } from './NewPortalForm'
import { T } from './text'

export async function NewPortalView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${PROVISION_VIEW_PATH}`)}`)
  const language = req.i18n.language
  const allowed = isPlatformAdmin(req.user as unknown as SessionUser)
  let parents: ParentOption[] = []
  if (allowed) {
    const sites = await req.payload.find({
      collection: 'sites',
      where: { and: [{ status: { equals: 'active' } }, { level: { in: ['trung-uong', 'tinh', 'truc-thuoc'] } }] },
      pagination: false,
      depth: 0,
      sort: 'name',
      locale: 'vi',
      select: { name: true, slug: true, level: true },
      overrideAccess: true,
    })
    parents = sites.docs.map((s) => ({ slug: String(s.slug), name: String(s.name), level: String(s.level) }))
  }
  const themeField = req.payload.collections.sites.config.fields.find((f) => 'name' in f && f.name === 'theme') as
    | { options?: Array<string | { value: string; label?: unknown }> }
    | undefined
  const themes = loadThemes(req.payload.collections.sites.config.fields).map((value) => {
    const option = themeField?.options?.find((o) => (typeof o === 'string' ? o : o.value) === value)
    const label = option && typeof option === 'object' && option.label && typeof option.label === 'object' ? pick(language, option.label as { vi: string; en: string }) : value
    return { value, label }
  })
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
        <h1>{pick(language, T.title)}</h1>
        {allowed ? (
          <>
            <p style={{ maxWidth: '48rem' }}>{pick(language, T.intro)}</p>
            <NewPortalForm
              apiRoute={req.payload.config.routes.api}
              adminRoute={adminRoute}
              parents={parents}
              themes={themes}
              levels={SITE_LEVELS.map((value) => ({ value, label: pick(language, LEVEL_LABELS[value]) }))}
            />
          </>
        ) : (
          <p role="alert">{pick(language, T.onlyPlatform)}</p>
        )}
    </AdminPage>
  )
}
