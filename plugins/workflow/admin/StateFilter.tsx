'use client'
/**
 * Quick filters above the list of every collection following the workflow: Tất cả, Nháp, Chờ
 * duyệt, Bị trả lại, Đã lên lịch, Đã xuất bản. Each is an ordinary list `where` (on the latest
 * drafts, which is what the list shows), so it combines with the other filters, search,
 * sorting and paging.
 */
import { useListQuery, useTranslation } from '@payloadcms/ui'
import type { Where } from 'payload'
import React from 'react'

import { conditionKey, conditionsOf, withCondition } from '../../../cms/src/admin/listWhere'
import { type Bilingual, pick } from '../../../cms/src/admin/text'
import { STATE_FILTERS, type StateFilterKey } from './text'

const CONDITIONS: Record<Exclude<StateFilterKey, 'all'>, Where> = {
  draft: { 'workflow.state': { in: ['draft', 'unpublished'] } },
  submitted: { 'workflow.state': { equals: 'submitted' } },
  returned: { 'workflow.state': { equals: 'returned' } },
  scheduled: { 'workflow.scheduledAt': { exists: true } },
  published: { 'workflow.state': { equals: 'published' } },
}

/** The state filters all set a condition on one of these paths. */
const PATHS = ['workflow.state', 'workflow.scheduledAt']

function activeKey(where: Where | undefined): StateFilterKey | null {
  const conditions = conditionsOf(where)
  if (conditions === null) return null
  const mine = conditions.filter((c) => PATHS.includes(Object.keys(c)[0] ?? ''))
  if (mine.length === 0) return 'all'
  if (mine.length > 1) return null
  const key = conditionKey(mine[0]!)
  return (Object.keys(CONDITIONS) as Array<Exclude<StateFilterKey, 'all'>>).find((k) => conditionKey(CONDITIONS[k]) === key) ?? null
}

/** The list's where with the state condition set (other filters, e.g. the site, kept). */
function whereFor(current: Where | undefined, key: StateFilterKey): Where {
  const cleared = PATHS.reduce<Where>((w, path) => withCondition(w, path, null), current ?? {})
  if (key === 'all') return cleared
  const [path] = Object.keys(CONDITIONS[key])
  return withCondition(cleared, path!, CONDITIONS[key])
}

export function StateFilter() {
  const { i18n } = useTranslation()
  const t = (text: Bilingual) => pick(i18n.language, text)
  const { query, handleWhereChange } = useListQuery()
  const active = activeKey(query?.where as Where | undefined)
  return (
    <nav aria-label={t({ vi: 'Lọc theo trạng thái duyệt', en: 'Filter by review state' })} className="workflow-state-filter" style={{ margin: '0 0 1rem' }}>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', listStyle: 'none', margin: 0, padding: 0 }}>
        {STATE_FILTERS.map(({ key, label }) => (
          <li key={key}>
            <button
              type="button"
              aria-pressed={active === key}
              data-filter={key}
              onClick={() => void handleWhereChange?.(whereFor(query?.where as Where | undefined, key))}
              className={`pill ${active === key ? 'pill--style-dark' : 'pill--style-light'}`}
              style={{
                cursor: 'pointer',
                border: '1px solid var(--theme-elevation-250)',
                borderRadius: '999px',
                padding: '0.25rem 0.9rem',
                background: active === key ? 'var(--theme-elevation-800)' : 'var(--theme-elevation-50)',
                color: active === key ? 'var(--theme-elevation-0)' : 'var(--theme-elevation-800)',
                font: 'inherit',
              }}
            >
              {t(label)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
