/**
 * /admin/doi-thoai                     sessions and Q&A of the sites the user moderates
 * /admin/doi-thoai/<session id>        the moderator console of a session
 * /admin/doi-thoai/hoi-dap/<site id>   the moderator console of a site's ongoing Q&A
 */
import { redirect } from 'next/navigation.js'
import type { AdminViewServerProps, Where } from 'payload'
import React from 'react'

import type { SessionUser } from '../../../cms/src/access/roles'
import { AdminPage } from '../../../cms/src/admin/AdminPage'
import { pick } from '../../../cms/src/admin/text'
import { SESSION_STATE_LABELS, type SessionState } from '../../../cms/src/contracts/dialogue'
import { canModerateSite, moderatedSiteIds } from '../access'
import { Console } from './Console'
import { DIALOGUE_ADMIN_PATH } from './DialogueLink'
import { T } from './text'

type Doc = Record<string, unknown> & { id: number | string }

export async function DialogueAdminView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const apiRoute = req.payload.config.routes.api
  const segments = (params?.segments as string[] | undefined) ?? []
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/${segments.join('/')}`)}`)
  const lang = req.i18n.language
  const user = req.user as unknown as SessionUser
  const t = (text: { vi: string; en: string }) => pick(lang, text)

  let body: React.ReactNode
  const [, first, second] = segments
  if (first === 'hoi-dap' && second && /^[\w-]{1,40}$/.test(second)) {
    const site = (await req.payload.findByID({ collection: 'sites', id: second, depth: 0, overrideAccess: true, disableErrors: true })) as Doc | null
    body = !site ? (
      <p role="alert">{t(T.notFound)}</p>
    ) : !canModerateSite(user, site.id) ? (
      <p role="alert">{t(T.forbidden)}</p>
    ) : (
      <>
        <p><a href={`${adminRoute}${DIALOGUE_ADMIN_PATH}`}>{t(T.back)}</a></p>
        <h1>{t(T.qa)} – {String(site.name)}</h1>
        <Console scope={{ kind: 'qa', siteId: String(site.id) }} apiRoute={apiRoute} adminRoute={adminRoute} />
      </>
    )
  } else if (first && /^[\w-]{1,40}$/.test(first)) {
    const session = (await req.payload.findByID({ collection: 'dialogue-sessions', id: first, depth: 0, overrideAccess: true, disableErrors: true })) as Doc | null
    body = !session ? (
      <p role="alert">{t(T.notFound)}</p>
    ) : !canModerateSite(user, session.site as number) ? (
      <p role="alert">{t(T.forbidden)}</p>
    ) : (
      <>
        <p><a href={`${adminRoute}${DIALOGUE_ADMIN_PATH}`}>{t(T.back)}</a></p>
        <h1>{t(T.console)}: {String(session.title)}</h1>
        <Console scope={{ kind: 'session', sessionId: String(session.id) }} apiRoute={apiRoute} adminRoute={adminRoute} />
      </>
    )
  } else {
    const siteIds = moderatedSiteIds(user)
    const bySite: Where | undefined = siteIds === null ? undefined : { site: { in: siteIds.map((id) => (req.payload.db.defaultIDType === 'number' ? Number(id) : id)) } }
    const [sessions, sites] = await Promise.all([
      req.payload.find({ collection: 'dialogue-sessions', where: bySite ?? {}, sort: '-startsAt', limit: 100, depth: 0, overrideAccess: true, select: { title: true, state: true, startsAt: true, site: true } }),
      req.payload.find({
        collection: 'sites',
        where: siteIds === null ? { status: { not_equals: 'archived' } } : { id: { in: siteIds } },
        sort: 'name',
        limit: siteIds === null ? 50 : 100,
        depth: 0,
        overrideAccess: true,
        select: { name: true },
      }),
    ])
    const siteName = new Map((sites.docs as Doc[]).map((s) => [String(s.id), String(s.name)]))
    body = (
      <>
        <h1>{t(T.title)}</h1>
        <p style={{ maxWidth: '60rem' }}>{t(T.intro)}</p>
        <h2>{t(T.sessions)}</h2>
        <p><a href={`${adminRoute}/collections/dialogue-sessions/create`}>{t(T.newSession)}</a></p>
        {sessions.docs.length === 0 ? (
          <p>{t(T.noSessions)}</p>
        ) : (
          <table className="table" style={{ width: '100%' }}>
            <thead>
              <tr>
                <th scope="col">{t(T.sessions)}</th>
                <th scope="col">{t(T.state)}</th>
                <th scope="col">{t(T.received)}</th>
                <th scope="col">{t(T.console)}</th>
              </tr>
            </thead>
            <tbody>
              {(sessions.docs as Doc[]).map((s) => (
                <tr key={String(s.id)}>
                  <td>
                    <a href={`${adminRoute}/collections/dialogue-sessions/${s.id}`}>{String(s.title)}</a>
                    <br />
                    <small>{siteName.get(String(s.site)) ?? ''}</small>
                  </td>
                  <td>{t(SESSION_STATE_LABELS[s.state as SessionState])}</td>
                  <td>{new Date(String(s.startsAt)).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}</td>
                  <td><a href={`${adminRoute}${DIALOGUE_ADMIN_PATH}/${s.id}`}>{t(T.openConsole)}</a></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h2>{t(T.qa)}</h2>
        <ul>
          {(sites.docs as Doc[]).map((s) => (
            <li key={String(s.id)}>
              <a href={`${adminRoute}${DIALOGUE_ADMIN_PATH}/hoi-dap/${s.id}`}>{String(s.name)}</a>
            </li>
          ))}
        </ul>
      </>
    )
  }

  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      {body}
    </AdminPage>
  )
}
