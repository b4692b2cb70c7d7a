'use client'
/**
 * "Trang": choose one of your sites above a list (the media library), kept with the list's other
 * filters. Staff see their own sites; central IT every site, by name.
 */
import { useAuth, useConfig, useListQuery, useTranslation } from '@payloadcms/ui'
import type { Where } from 'payload'
import React, { useEffect, useId, useState } from 'react'

import { conditionKey, conditionOn, withCondition } from '../../../cms/src/admin/listWhere'
import { type Bilingual, inputStyle, pick } from '../../../cms/src/admin/text'

const T = {
  label: { vi: 'Trang', en: 'Site' },
  all: { vi: 'Tất cả các trang của tôi', en: 'All my sites' },
  allPlatform: { vi: 'Tất cả các trang', en: 'All sites' },
}

type Membership = { site?: number | string | { id: number | string } | null }

export function SiteListFilter() {
  const { i18n } = useTranslation()
  const t = (text: Bilingual) => pick(i18n.language, text)
  const { user } = useAuth()
  const { config } = useConfig()
  const { query, handleWhereChange } = useListQuery()
  const id = useId()
  const [sites, setSites] = useState<Array<{ id: number | string; name: string }>>([])
  const platformAdmin = Boolean((user as { platformAdmin?: boolean } | null)?.platformAdmin)
  const own = ((user as { memberships?: Membership[] } | null)?.memberships ?? [])
    .map((m) => (m.site && typeof m.site === 'object' ? m.site.id : m.site))
    .filter((s): s is number | string => s !== null && s !== undefined)
  const ownKey = [...new Set(own.map(String))].sort().join(',')

  useEffect(() => {
    const api = `${config.serverURL ?? ''}${config.routes.api}`
    const scope = platformAdmin ? '' : `&where[id][in]=${encodeURIComponent(ownKey)}`
    if (!platformAdmin && !ownKey) return
    let live = true
    void fetch(`${api}/sites?depth=0&limit=1000&sort=name&select[name]=true${scope}`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : { docs: [] }))
      .then((body: { docs: Array<{ id: number | string; name: string }> }) => live && setSites(body.docs))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [config.serverURL, config.routes.api, platformAdmin, ownKey])

  if (!platformAdmin && sites.length < 2) return null
  const where = query?.where as Where | undefined
  const current = conditionOn(where, 'site')
  const selected = sites.find((s) => conditionKey(current) === conditionKey({ site: { equals: s.id } }))?.id ?? ''
  return (
    <div className="site-list-filter" style={{ margin: '0 0 1rem', display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
      <label htmlFor={id} style={{ fontWeight: 600 }}>
        {t(T.label)}
      </label>
      <select
        id={id}
        value={String(selected)}
        onChange={(e) => void handleWhereChange?.(withCondition(where, 'site', e.target.value ? { site: { equals: e.target.value } } : null))}
        style={inputStyle}
      >
        <option value="">{t(platformAdmin ? T.allPlatform : T.all)}</option>
        {sites.map((site) => (
          <option key={site.id} value={String(site.id)}>
            {site.name}
          </option>
        ))}
      </select>
    </div>
  )
}
