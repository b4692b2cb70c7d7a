/** /admin/sap-nhap-cong and /admin/ngung-hoat-dong-cong: central IT's merge and retire screens. */
import { redirect } from 'next/navigation.js'
import type { AdminViewServerProps, Payload } from 'payload'
import React from 'react'

import { isPlatformAdmin, type SessionUser } from '../../../../cms/src/access/roles'
import { AdminPage } from '../../../../cms/src/admin/AdminPage'
import { pick } from '../../../../cms/src/admin/text'
import { idOf } from '../../../../cms/src/lib/ids'
import { MERGE_VIEW_PATH, RETIRE_VIEW_PATH } from '../paths'
import { MergeForm } from './MergeForm'
import { RetireForm } from './RetireForm'
import type { SiteOption } from './shared'
import { T } from './text'


/** Every portal, live ones first, with the portals merged into each (the retire screen warns about them). */
async function siteOptions(payload: Payload): Promise<SiteOption[]> {
  const sites = await payload.find({ collection: 'sites', pagination: false, depth: 0, sort: 'name', locale: 'vi', overrideAccess: true, select: { name: true, slug: true, level: true, status: true, mergedInto: true } })
  const mergedHere = new Map<string, string[]>()
  for (const s of sites.docs) {
    const into = idOf(s.mergedInto)
    if (into !== null) mergedHere.set(String(into), [...(mergedHere.get(String(into)) ?? []), String(s.slug)])
  }
  const options = sites.docs.map((s) => ({ slug: String(s.slug), name: String(s.name ?? s.slug), level: String(s.level), status: String(s.status), mergedHere: mergedHere.get(String(s.id)) ?? [] }))
  return [...options.filter((o) => o.status === 'active'), ...options.filter((o) => o.status !== 'active')]
}

async function Screen({ props, path, title, intro, form }: { props: AdminViewServerProps; path: string; title: { vi: string; en: string }; intro: { vi: string; en: string }; form: (sites: SiteOption[], apiRoute: string) => React.ReactNode }) {
  const { initPageResult, params, searchParams } = props
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${path}`)}`)
  const lang = req.i18n.language
  const allowed = isPlatformAdmin(req.user as unknown as SessionUser)
  const sites = allowed ? await siteOptions(req.payload) : []
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>{pick(lang, title)}</h1>
      {allowed ? (
        <>
          <p style={{ maxWidth: '60rem' }}>{pick(lang, intro)}</p>
          {form(sites, req.payload.config.routes.api)}
        </>
      ) : (
        <p role="alert">{pick(lang, T.onlyPlatform)}</p>
      )}
    </AdminPage>
  )
}

export function MergeView(props: AdminViewServerProps) {
  return Screen({ props, path: MERGE_VIEW_PATH, title: T.mergeTitle, intro: T.mergeIntro, form: (sites, api) => <MergeForm apiRoute={api} sites={sites} /> })
}

export function RetireView(props: AdminViewServerProps) {
  return Screen({ props, path: RETIRE_VIEW_PATH, title: T.retireTitle, intro: T.retireIntro, form: (sites, api) => <RetireForm apiRoute={api} sites={sites} /> })
}
