/** "Đang được dùng ở": the documents that use this file (media library sidebar). */
import type { PayloadRequest } from 'payload'
import React from 'react'

import { pick } from '../../../cms/src/admin/text'
import { mediaUsage } from '../mediaUsage'

const T = {
  title: { vi: 'Đang được dùng ở', en: 'Used in' },
  none: { vi: 'Chưa được dùng ở đâu.', en: 'Not used anywhere yet.' },
  more: { vi: 'Và nơi khác nữa.', en: 'And more.' },
  notSaved: { vi: 'Chưa lưu.', en: 'Not saved yet.' },
}

type Props = { id?: number | string; req: PayloadRequest; collectionSlug?: string }

export async function MediaUsage({ id, req, collectionSlug }: Props) {
  const lang = req.i18n?.language ?? 'vi'
  const adminRoute = req.payload.config.routes.admin
  const usage = id !== undefined && id !== null && collectionSlug ? await mediaUsage(req.payload, req, collectionSlug, id) : null
  return (
    <section aria-labelledby="media-usage-title" className="media-usage" style={{ marginBottom: '1.5rem' }}>
      <h3 id="media-usage-title" style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>
        {pick(lang, T.title)}
      </h3>
      {!usage ? (
        <p>{pick(lang, T.notSaved)}</p>
      ) : usage.uses.length === 0 ? (
        <p>{pick(lang, T.none)}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
          {usage.uses.map((use) => (
            <li key={`${use.collection}-${use.id}`}>
              {use.type}: <a href={`${adminRoute}/collections/${use.collection}/${use.id}`}>{use.title}</a>
            </li>
          ))}
          {usage.more ? <li>{pick(lang, T.more)}</li> : null}
        </ul>
      )}
    </section>
  )
}
