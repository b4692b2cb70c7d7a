'use client'

import { useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import { errorMessage, inputStyle, pick } from '../../../cms/src/admin/text'
import type { ComplianceReport, ComplianceRow, SortDir } from '../report'
import { BUILD_STATUS, badgeStyle, fill, T, TONE_MARK, type Tone } from './text'

type Bilingual = { vi: string; en: string }
/** A column: one or more sort keys (a header button each), so the table fits 1366 px with every figure. */
type Column = { key: string; label: Bilingual; sorts: Array<{ key: string; label: Bilingual }>; numeric?: boolean }

const COLUMNS: Column[] = [
  { key: 'name', label: T.colName, sorts: [{ key: 'name', label: T.colName }, { key: 'level', label: T.level }] },
  { key: 'score', label: T.colScore, sorts: [{ key: 'score', label: T.colScore }], numeric: true },
  { key: 'counts', label: T.colMissing, sorts: [{ key: 'missing', label: T.colMissing }, { key: 'stale', label: T.colStale }, { key: 'overdueReviews', label: T.colOverdue }], numeric: true },
  { key: 'sections', label: T.colSections, sorts: [] },
  { key: 'daysSincePublish', label: T.colPublished, sorts: [{ key: 'daysSincePublish', label: T.colPublished }], numeric: true },
  { key: 'release', label: T.colRelease, sorts: [{ key: 'brokenLinks', label: T.colBroken }, { key: 'a11yIssues', label: T.colA11y }] },
  { key: 'build', label: T.colBuild, sorts: [{ key: 'buildStatus', label: T.colBuild }, { key: 'queuedBuilds', label: T.colQueued }] },
]
const SORT_LABELS = new Map(COLUMNS.flatMap((c) => c.sorts.map((s) => [s.key, s.label] as const)))

type Explained = { key: string; vi: string; en: string; maxAgeDays: number; present: boolean; stale: boolean; days: number | null; counted: { title: string; t: string | null; kind: Bilingual; sharedBy?: string | null } | null; notes: Bilingual[] }

type Loaded = ComplianceReport & { sort: string; dir: SortDir }

export type ComplianceTableProps = {
  levels: Array<{ value: string; vi: string; en: string }>
  apiRoute: string
  adminRoute: string
}

function Badge({ tone, wrap, children }: { tone: Tone; wrap?: boolean; children: React.ReactNode }) {
  return (
    <span style={wrap ? { ...badgeStyle(tone), whiteSpace: 'normal' } : badgeStyle(tone)}>
      <span aria-hidden="true">{TONE_MARK[tone]} </span>
      {children}
    </span>
  )
}

/**
 * The dashboard's table. Rows come from GET /api/compliance, which also sorts and filters them
 * (one request per click; the server reuses its report for 30 seconds).
 */
export function ComplianceTable({ levels, apiRoute, adminRoute }: ComplianceTableProps) {
  const { i18n } = useTranslation()
  const t = (text: Bilingual) => pick(i18n.language, text)
  const [report, setReport] = useState<Loaded | null>(null)
  const [sort, setSort] = useState('priority')
  const [dir, setDir] = useState<SortDir>('desc')
  const [level, setLevel] = useState('')
  const [q, setQ] = useState('')
  const [applied, setApplied] = useState({ level: '', q: '', fresh: 0 })
  const [status, setStatus] = useState<string>('')
  const [error, setError] = useState<string | null>(null)

  const query = useCallback(() => {
    const params = new URLSearchParams({ sort, dir })
    if (applied.level) params.set('level', applied.level)
    if (applied.q) params.set('q', applied.q)
    return params.toString()
  }, [sort, dir, applied])
  const fresh = useRef(0)

  useEffect(() => {
    let cancelled = false
    setStatus(t(T.loading))
    setError(null)
    // A click on "Làm mới" asks the server to recompute instead of reusing its recent report.
    const refresh = applied.fresh !== fresh.current ? '&fresh=1' : ''
    fresh.current = applied.fresh
    fetch(`${apiRoute}/compliance?${query()}${refresh}`, { credentials: 'include' })
      .then(async (res) => {
        const body = await res.json().catch(() => null)
        if (!res.ok) throw new Error(errorMessage(body, t(T.failed)))
        return body as Loaded
      })
      .then((next) => {
        if (cancelled) return
        setReport(next)
        const label = SORT_LABELS.get(next.sort)
        setStatus(`${fill(t(T.count), { n: next.rows.length })}. ${fill(t(T.sortedBy), { col: label ? t(label) : t(T.priority), dir: t(next.dir === 'asc' ? T.asc : T.desc) })}`)
      })
      .catch((err: Error) => {
        if (!cancelled) {
          setError(err.message)
          setStatus('')
        }
      })
    return () => {
      cancelled = true
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, apiRoute, applied.fresh])

  const sortBy = (key: string) => {
    if (key === sort) setDir(dir === 'asc' ? 'desc' : 'asc')
    else {
      setSort(key)
      // Names read A→Z and scores lowest first; counts and ages show the worst first.
      setDir(key === 'name' || key === 'level' || key === 'score' ? 'asc' : 'desc')
    }
  }

  const sectionLabel = new Map<string, ComplianceReport['sections'][number]>((report?.sections ?? []).map((s) => [s.key, s]))
  const days = (n: number | null) => (n === null ? '' : n === 0 ? t(T.today) : fill(t(T.daysAgo), { n }))
  const levelLabel = (value: string) => {
    const l = levels.find((x) => x.value === value)
    return l ? t(l) : value
  }

  const cell: React.CSSProperties = { padding: '0.5rem', verticalAlign: 'top', borderBottom: '1px solid var(--theme-elevation-100)' }
  const numeric: React.CSSProperties = { ...cell, textAlign: 'right', whiteSpace: 'nowrap' }

  const [explained, setExplained] = useState<Record<string, Explained[] | string>>({})
  const explain = (row: ComplianceRow) => {
    const id = String(row.id)
    if (explained[id]) return
    fetch(`${apiRoute}/compliance/site?id=${encodeURIComponent(id)}`, { credentials: 'include' })
      .then(async (res) => {
        const body = await res.json().catch(() => null)
        if (!res.ok) throw new Error(errorMessage(body, t(T.explainFailed)))
        setExplained((e) => ({ ...e, [id]: (body as { sections: Explained[] }).sections }))
      })
      .catch((err: Error) => setExplained((e) => ({ ...e, [id]: err.message })))
  }
  const dateText = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '')
  const stateText = (s: { present: boolean; stale: boolean; days: number | null }) =>
    !s.present ? t(T.missingBadge) : s.days === null ? `${t(T.staleBadge)}, ${t(T.neverUpdated)}` : `${s.stale ? t(T.staleBadge) : t(T.okBadge)}, ${days(s.days)}`

  function sectionsCell(row: ComplianceRow) {
    const stale = row.sections.filter((s) => s.present && s.stale)
    const missing = row.sections.filter((s) => !s.present)
    const details = explained[String(row.id)]
    return (
      <>
        {stale.length === 0 && missing.length === 0 ? <Badge tone="success">{t(T.allGood)}</Badge> : null}
        {stale.map((s) => (
          <Badge key={s.key} tone="warning" wrap>
            {t(sectionLabel.get(s.key)!)}: {t(T.staleBadge)} ({s.days === null ? t(T.neverUpdated) : fill(t(T.days), { n: s.days })})
          </Badge>
        ))}
        {missing.length > 0 ? (
          <Badge tone="error" wrap>
            {fill(t(T.missingList), { n: missing.length })}: {missing.map((s) => t(sectionLabel.get(s.key)!)).join('; ')}
          </Badge>
        ) : null}
        <details onToggle={(e) => (e.currentTarget.open ? explain(row) : undefined)}>
          <summary>{fill(t(T.allSections), { n: row.sections.length })}</summary>
          {typeof details === 'string' ? <p role="alert">{details}</p> : null}
          <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.1rem' }} data-testid="sections-detail">
            {(Array.isArray(details) ? details : row.sections).map((s) => {
              const meta = sectionLabel.get(s.key)!
              const more = Array.isArray(details) ? (s as Explained) : null
              return (
                <li key={s.key} data-section={s.key}>
                  <strong>{t(meta)}</strong>: {stateText(s)} <small>({fill(t(T.maxAge), { n: meta.maxAgeDays })})</small>
                  {more ? (
                    <>
                      <br />
                      <small>
                        {more.counted
                          ? `${fill(t(T.newestCounted), { kind: t(more.counted.kind).toLowerCase(), title: more.counted.title })}${more.counted.t ? `, ${dateText(more.counted.t)}` : ''}${more.counted.sharedBy ? fill(t(T.sharedBy), { slug: more.counted.sharedBy }) : ''}.`
                          : t(T.nothingCounted)}
                        {more.notes.map((n) => ` ${t(n)}`).join('')}
                      </small>
                    </>
                  ) : null}
                </li>
              )
            })}
          </ul>
        </details>
      </>
    )
  }

  const buildLink = (id: string | number) => `${adminRoute}/collections/builds/${id}`

  return (
    <div>
      <form
        role="search"
        style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'flex-end', marginBottom: '1rem' }}
        onSubmit={(e) => {
          e.preventDefault()
          setApplied({ ...applied, level, q: q.trim() })
        }}
      >
        <div>
          <label htmlFor="tuan-thu-cap" style={{ display: 'block' }}>
            {t(T.level)}
          </label>
          <select
            id="tuan-thu-cap"
            value={level}
            style={inputStyle}
            onChange={(e) => {
              setLevel(e.target.value)
              setApplied({ ...applied, level: e.target.value, q: q.trim() })
            }}
          >
            <option value="">{t(T.allLevels)}</option>
            {levels.map((l) => (
              <option key={l.value} value={l.value}>
                {t(l)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tuan-thu-tim" style={{ display: 'block' }}>
            {t(T.search)}
          </label>
          <input id="tuan-thu-tim" type="search" value={q} maxLength={100} style={inputStyle} onChange={(e) => setQ(e.target.value)} />
        </div>
        <button type="submit" className="btn btn--style-secondary btn--size-medium" style={{ margin: 0 }}>
          {t(T.filter)}
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-medium"
          style={{ margin: 0 }}
          onClick={() => {
            setSort('priority')
            setDir('desc')
          }}
        >
          {t(T.resetSort)}
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-medium"
          style={{ margin: 0 }}
          onClick={() => setApplied({ ...applied, fresh: applied.fresh + 1 })}
        >
          {t(T.refresh)}
        </button>
        <a className="btn btn--style-primary btn--size-medium" style={{ margin: 0 }} href={`${apiRoute}/compliance.csv?${query()}`} download>
          {t(T.csv)}
        </a>
      </form>

      <p id="tuan-thu-trang-thai" role="status" aria-live="polite" style={{ minHeight: '1.5em' }}>
        {status}
      </p>
      {report ? (
        <p>
          <small>
            {fill(t(T.generatedAt), {
              at: new Date(report.generatedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }),
            })}
          </small>
        </p>
      ) : null}
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-750)' }}>
          {error}
        </p>
      ) : null}

      {/* The table fits 1366 px (headers and cells wrap); a narrower window scrolls the table, never the page. */}
      <div style={{ overflowX: 'auto', maxWidth: '100%', minWidth: 0 }}>
        <table className="table" style={{ width: '100%', borderCollapse: 'collapse', fontSize: '0.95em' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '0.5rem 0' }}>{t(T.caption)}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const active = c.sorts.find((x) => x.key === sort)
                const ariaSort = active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined
                return (
                  <th key={c.key} scope="col" aria-sort={ariaSort} style={{ ...cell, textAlign: c.numeric ? 'right' : 'left' }}>
                    {c.sorts.length === 0
                      ? t(c.label)
                      : c.sorts.map((x, i) => (
                          <React.Fragment key={x.key}>
                            {i > 0 ? <br /> : null}
                            <button
                              type="button"
                              onClick={() => sortBy(x.key)}
                              style={{ background: 'none', border: 0, color: 'inherit', cursor: 'pointer', font: 'inherit', fontWeight: i === 0 ? 600 : 400, padding: 0, textAlign: 'inherit', textDecoration: 'underline dotted' }}
                            >
                              {t(x.label)}
                              <span aria-hidden="true">{x.key === sort ? (dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
                            </button>
                          </React.Fragment>
                        ))}
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {report && report.rows.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length} style={cell}>
                  {t(T.none)}
                </td>
              </tr>
            ) : null}
            {(report?.rows ?? []).map((row) => (
              <tr key={String(row.id)} data-slug={row.slug}>
                <th scope="row" style={{ ...cell, textAlign: 'left', fontWeight: 'normal' }}>
                  <a href={`${adminRoute}/collections/sites/${row.id}`} style={{ fontWeight: 600 }}>
                    {row.name}
                  </a>
                  <br />
                  <small>
                    {row.slug} · {levelLabel(row.level)}
                    {row.parent ? ` · ${t(T.parent)}: ${row.parent.name}` : ''}
                  </small>
                </th>
                <td style={numeric}>{row.score}%</td>
                <td style={numeric}>
                  {row.missing > 0 ? <Badge tone="error">{row.missing} {t(T.missingBadge)}</Badge> : `0 ${t(T.missingBadge)}`}
                  <br />
                  {row.stale > 0 ? <Badge tone="warning">{row.stale} {t(T.staleBadge)}</Badge> : `0 ${t(T.staleBadge)}`}
                  <br />
                  <span data-column="overdueReviews">{row.overdueReviews > 0 ? <Badge tone="warning">{row.overdueReviews} {t(T.overdueShort)}</Badge> : `0 ${t(T.overdueShort)}`}</span>
                </td>
                <td style={{ ...cell, minWidth: '16rem' }}>{sectionsCell(row)}</td>
                <td style={numeric}>{row.daysSincePublish === null ? t(T.never) : days(row.daysSincePublish)}</td>
                <td style={cell}>
                  {row.brokenLinks === null || row.a11yIssues === null ? (
                    <small>{t(T.notChecked)}</small>
                  ) : (
                    <a href={buildLink(row.checksBuildId!)}>
                      {row.brokenLinks > 0 ? <Badge tone="error">{row.brokenLinks} {t(T.brokenShort)}</Badge> : `0 ${t(T.brokenShort)}`}
                      <br />
                      {row.a11yIssues > 0 ? <Badge tone="warning">{row.a11yIssues} {t(T.a11yShort)}</Badge> : `0 ${t(T.a11yShort)}`}
                    </a>
                  )}
                </td>
                <td style={cell}>
                  {row.lastBuild ? (
                    <a href={buildLink(row.lastBuild.id)}>
                      <Badge tone={row.lastBuild.status === 'failed' ? 'error' : row.lastBuild.status === 'succeeded' ? 'success' : 'neutral'}>
                        {t(BUILD_STATUS[row.lastBuild.status])}
                      </Badge>
                    </a>
                  ) : (
                    <small>{t(T.noBuild)}</small>
                  )}
                  {row.lastBuild?.finishedAt ? (
                    <>
                      <br />
                      <small>
                        {new Date(row.lastBuild.finishedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' })}
                        {row.lastBuild.durationMs !== null ? ` · ${(row.lastBuild.durationMs / 1000).toFixed(1)} s` : ''}
                      </small>
                    </>
                  ) : null}
                  {row.queuedBuilds > 0 ? (
                    <>
                      <br />
                      <a href={`${adminRoute}/collections/builds?where[site][equals]=${row.id}&where[status][equals]=queued`}>
                        <small>
                          {row.queuedBuilds} {t(T.queuedShort)}
                        </small>
                      </a>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
