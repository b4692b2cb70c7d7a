/** /admin/my-work: "Việc của tôi", the working queue of every member of staff. */
import { redirect } from 'next/navigation.js'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminPage } from '../../../cms/src/admin/AdminPage'

import type { SessionUser } from '../../../cms/src/access/roles'
import { pick } from '../../../cms/src/admin/text'
import { myWork } from '../myWork'
import { OverdueReviews } from '../../review/admin/OverdueReviews'
import { MyWorkQueue } from './MyWorkQueue'
import { MY_WORK_TEXT as W } from './myWorkText'

export async function MyWorkView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/my-work`)}`)
  const lang = req.i18n.language
  const work = await myWork(req.payload, req.user as unknown as SessionUser, req)
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>{pick(lang, W.title)}</h1>
      <p style={{ maxWidth: '60rem' }}>{pick(lang, W.intro)}</p>
      <OverdueReviews reviews={work.reviews} adminRoute={adminRoute} lang={lang} />
      <MyWorkQueue work={work} apiRoute={`${req.payload.config.serverURL ?? ''}${req.payload.config.routes.api}`} adminRoute={adminRoute} />
    </AdminPage>
  )
}
