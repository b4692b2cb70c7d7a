/**
 * The version history of a document that follows the workflow: when, who saved it, its review
 * state, and which version is on the portal now; each opens Payload's comparison view, where
 * "Khôi phục" makes a new draft from it (`versions.ts`). Read as the user.
 */
import { Gutter, SetDocumentStepNav } from '@payloadcms/ui'
import type { DocumentViewServerProps, Where } from 'payload'
import React from 'react'

import { badgeStyle, fill, pick } from '../../../cms/src/admin/text'
import type { WorkflowState } from '../rules'
import { formatTime, STATE_LABELS, STATE_TONES } from './text'

const PER_PAGE = 20

const T = {
  title: { vi: 'Lịch sử phiên bản', en: 'Version history' },
  intro: {
    vi: 'Mỗi lần lưu là một phiên bản. Mở một phiên bản để so sánh với phiên bản khác hoặc khôi phục nó thành bản nháp mới.',
    en: 'Every save is a version. Open one to compare it with another or to restore it as a new draft.',
  },
  when: { vi: 'Thời gian', en: 'When' },
  who: { vi: 'Người sửa', en: 'Edited by' },
  state: { vi: 'Trạng thái duyệt', en: 'Review state' },
  live: { vi: 'Đang trên cổng', en: 'On the portal' },
  latest: { vi: 'Bản mới nhất', en: 'Latest' },
  unknown: { vi: '(không rõ)', en: '(unknown)' },
  none: { vi: 'Chưa có phiên bản nào.', en: 'No versions yet.' },
  page: { vi: 'Trang {page}/{pages}', en: 'Page {page} of {pages}' },
  previous: { vi: '← Mới hơn', en: '← Newer' },
  next: { vi: 'Cũ hơn →', en: 'Older →' },
}

type VersionRow = {
  id: number | string
  updatedAt: string
  latest?: boolean | null
  version?: { _status?: string; editedBy?: string | null; workflow?: { state?: WorkflowState } }
}

export async function VersionsView({ initPageResult, searchParams }: DocumentViewServerProps) {
  const { collectionConfig, docID, req } = initPageResult
  if (!collectionConfig || docID === undefined || docID === null) return null
  const lang = req.i18n.language
  const t = (text: { vi: string; en: string }) => pick(lang, text)
  const adminRoute = req.payload.config.routes.admin
  const page = Math.max(1, Number.parseInt(String(searchParams?.page ?? '1'), 10) || 1)
  const localized = Boolean(req.payload.config.localization)
  const where: Where = { and: [{ parent: { equals: docID } }, ...(localized ? [{ snapshot: { not_equals: true } }] : [])] }
  const [versions, live] = await Promise.all([
    req.payload.findVersions({ collection: collectionConfig.slug, where, sort: '-updatedAt', limit: PER_PAGE, page, depth: 0, user: req.user, overrideAccess: false, req }),
    req.payload.findVersions({
      collection: collectionConfig.slug,
      where: { and: [...(where.and ?? []), { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      user: req.user,
      overrideAccess: false,
      req,
      select: { updatedAt: true } as never,
    }),
  ])
  const liveId = live.docs[0]?.id
  const plural = collectionConfig.labels?.plural
  return (
    <>
      <SetDocumentStepNav collectionSlug={collectionConfig.slug} id={docID} pluralLabel={plural as never} useAsTitle={collectionConfig.admin?.useAsTitle} view={t(T.title)} />
      <main className="versions workflow-versions">
        <Gutter>
          <h2 style={{ marginTop: '1.5rem' }}>{t(T.title)}</h2>
          <p style={{ maxWidth: '60rem' }}>{t(T.intro)}</p>
          {versions.docs.length === 0 ? (
            <p>{t(T.none)}</p>
          ) : (
            <div style={{ overflowX: 'auto' }}>
              <table className="table" style={{ width: '100%' }}>
                <thead>
                  <tr>
                    <th scope="col">{t(T.when)}</th>
                    <th scope="col">{t(T.who)}</th>
                    <th scope="col">{t(T.state)}</th>
                    <th scope="col" />
                  </tr>
                </thead>
                <tbody>
                  {(versions.docs as unknown as VersionRow[]).map((v) => {
                    const state = v.version?.workflow?.state ?? (v.version?._status === 'published' ? 'published' : 'draft')
                    return (
                      <tr key={v.id} data-version={v.id}>
                        <td>
                          <a href={`${adminRoute}/collections/${collectionConfig.slug}/${docID}/versions/${v.id}`}>
                            <time dateTime={v.updatedAt}>{formatTime(v.updatedAt, lang)}</time>
                          </a>
                        </td>
                        <td className="version-editor">{v.version?.editedBy || t(T.unknown)}</td>
                        <td>
                          <span style={badgeStyle(STATE_TONES[state] ?? 'neutral')}>{t(STATE_LABELS[state] ?? { vi: state, en: state })}</span>
                        </td>
                        <td>
                          {v.id === liveId ? <span style={badgeStyle('success')}>{t(T.live)}</span> : null}
                          {v.latest && v.id !== liveId ? <span style={badgeStyle('neutral')}>{t(T.latest)}</span> : null}
                        </td>
                      </tr>
                    )
                  })}
                </tbody>
              </table>
            </div>
          )}
          {versions.totalPages > 1 ? (
            <nav aria-label={fill(t(T.page), { page, pages: versions.totalPages })} style={{ display: 'flex', gap: '1rem', alignItems: 'center', margin: '1rem 0' }}>
              {versions.hasPrevPage ? <a href={`?page=${page - 1}`}>{t(T.previous)}</a> : null}
              <span>{fill(t(T.page), { page, pages: versions.totalPages })}</span>
              {versions.hasNextPage ? <a href={`?page=${page + 1}`}>{t(T.next)}</a> : null}
            </nav>
          ) : null}
        </Gutter>
      </main>
    </>
  )
}
