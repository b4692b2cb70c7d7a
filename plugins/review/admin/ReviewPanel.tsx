'use client'
/**
 * "Rà soát nội dung" beside the form (sidebar) of every editorial document: owner, last and next
 * review, how far off the next one is, and, for those who may, the owner and date to change and
 * "Đã rà soát" (mark reviewed: last review today, next one an interval on). Saved at once through
 * `/api/<collection>/:id/review(ed)`, apart from the document's own save: a review is not an edit.
 */
import { Button, toast, useConfig, useDocumentInfo, useFormInitializing, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { whenIdle } from '../../../cms/src/admin/idle'
import { badgeStyle, type Bilingual, errorMessage, fill, inputStyle, pick } from '../../../cms/src/admin/text'
import type { ReviewState } from '../types'

const T = {
  title: { vi: 'Rà soát nội dung', en: 'Content review' },
  notSaved: { vi: 'Lưu tài liệu trước để đặt lịch rà soát.', en: 'Save the document first to schedule its review.' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  owner: { vi: 'Người phụ trách', en: 'Owner' },
  editors: { vi: 'Biên tập viên của cổng', en: 'The site’s editors' },
  last: { vi: 'Rà soát lần cuối', en: 'Last reviewed' },
  next: { vi: 'Rà soát lần tới', en: 'Next review' },
  never: { vi: 'Chưa rà soát', en: 'Never' },
  none: { vi: 'Không đặt', en: 'None' },
  interval: { vi: 'Chu kỳ: {n} tháng', en: 'Interval: {n} months' },
  noInterval: { vi: 'Loại nội dung này không có chu kỳ rà soát mặc định.', en: 'This content type has no default review interval.' },
  overdue: { vi: 'Quá hạn {n} ngày', en: '{n} days overdue' },
  dueToday: { vi: 'Đến hạn hôm nay', en: 'Due today' },
  dueIn: { vi: 'Còn {n} ngày', en: 'Due in {n} days' },
  save: { vi: 'Lưu lịch rà soát', en: 'Save review schedule' },
  saved: { vi: 'Đã lưu lịch rà soát.', en: 'Review schedule saved.' },
  reviewed: { vi: 'Đã rà soát', en: 'Mark reviewed' },
  reviewedDone: { vi: 'Đã ghi nhận rà soát. Lần tới: {date}.', en: 'Marked reviewed. Next review: {date}.' },
  reviewedHint: { vi: 'Bấm khi đã kiểm tra nội dung còn chính xác và đầy đủ.', en: 'Press once you have checked the content is still accurate and complete.' },
  failed: { vi: 'Không lưu được.', en: 'Could not save.' },
} satisfies Record<string, Bilingual>

/** `dd/mm/yyyy` of the Vietnamese day of an instant. */
function vnDate(iso: string | null): string | null {
  if (!iso) return null
  const day = new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10)
  const [y, m, d] = day.split('-')
  return `${d}/${m}/${y}`
}

const vnDayOf = (iso: string | null) => (iso ? new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10) : '')

export function ReviewPanel() {
  const { i18n } = useTranslation()
  const lang = i18n.language
  const t = (text: Bilingual) => pick(lang, text)
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [state, setState] = useState<ReviewState | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [owner, setOwner] = useState('')
  const [next, setNext] = useState('')
  const [busy, setBusy] = useState(false)

  const apply = useCallback((s: ReviewState) => {
    setState(s)
    setOwner(s.owner ? String(s.owner.id) : '')
    setNext(vnDayOf(s.nextReviewAt))
  }, [])

  // Read after the form: once it can be typed in and the browser is idle.
  const initializing = useFormInitializing()
  useEffect(() => {
    if (!id || !collectionSlug || initializing) return
    let live = true
    const cancel = whenIdle(() => {
      fetch(`${api}/${collectionSlug}/${id}/review`, { credentials: 'include', headers: { Accept: 'application/json', 'Accept-Language': lang }, cache: 'no-store' })
        .then(async (res) => {
          const body = await res.json().catch(() => null)
          if (!live) return
          if (!res.ok) setError(errorMessage(body, String(res.status)))
          else apply(body as ReviewState)
        })
        .catch((err: unknown) => live && setError(err instanceof Error ? err.message : String(err)))
    })
    return () => {
      live = false
      cancel()
    }
  }, [api, collectionSlug, id, lang, apply, initializing])

  async function post(path: 'review' | 'reviewed', body?: unknown) {
    setBusy(true)
    try {
      const res = await fetch(`${api}/${collectionSlug}/${id}/${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': lang },
        body: JSON.stringify(body ?? {}),
      })
      const json = await res.json().catch(() => null)
      if (!res.ok) {
        toast.error(errorMessage(json, t(T.failed)))
        return
      }
      const s = json as ReviewState
      apply(s)
      toast.success(path === 'reviewed' ? fill(t(T.reviewedDone), { date: vnDate(s.nextReviewAt) ?? t(T.none) }) : t(T.saved))
    } finally {
      setBusy(false)
    }
  }

  const due = state?.daysLeft
  const badge =
    due === null || due === undefined ? null : due < 0 ? { tone: 'error' as const, text: fill(t(T.overdue), { n: -due }) } : due === 0 ? { tone: 'warning' as const, text: t(T.dueToday) } : due <= 30 ? { tone: 'warning' as const, text: fill(t(T.dueIn), { n: due }) } : { tone: 'neutral' as const, text: fill(t(T.dueIn), { n: due }) }

  return (
    <section aria-labelledby="review-panel-title" className="review-panel" style={{ marginBottom: '1.5rem' }}>
      <h3 id="review-panel-title" style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>
        {t(T.title)}
      </h3>
      {!id ? (
        <p style={{ margin: 0 }}>{t(T.notSaved)}</p>
      ) : !state ? (
        <p style={{ margin: 0 }} role={error ? 'alert' : undefined}>
          {error ?? t(T.loading)}
        </p>
      ) : (
        <>
          <dl style={{ margin: '0 0 0.5rem', display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '0.25rem 0.75rem' }}>
            <dt>{t(T.last)}</dt>
            <dd style={{ margin: 0 }} data-review="last">
              {vnDate(state.lastReviewedAt) ?? t(T.never)}
            </dd>
            <dt>{t(T.next)}</dt>
            <dd style={{ margin: 0 }} data-review="next">
              {vnDate(state.nextReviewAt) ?? t(T.none)} {badge ? <span style={{ ...badgeStyle(badge.tone), marginLeft: '0.25rem' }}>{badge.text}</span> : null}
            </dd>
            {!state.canEdit ? (
              <>
                <dt>{t(T.owner)}</dt>
                <dd style={{ margin: 0 }}>{state.owner?.name ?? t(T.editors)}</dd>
              </>
            ) : null}
          </dl>
          <p style={{ margin: '0 0 0.5rem', fontSize: '0.85em' }}>{state.months ? fill(t(T.interval), { n: state.months }) : t(T.noInterval)}</p>
          {state.canEdit ? (
            <div style={{ display: 'grid', gap: '0.5rem' }}>
              <label style={{ display: 'grid', gap: '0.25rem' }}>
                {t(T.owner)}
                <select value={owner} onChange={(e) => setOwner(e.target.value)} style={inputStyle} disabled={busy} name="reviewOwner">
                  <option value="">{t(T.editors)}</option>
                  {state.candidates.map((c) => (
                    <option key={String(c.id)} value={String(c.id)}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </label>
              <label style={{ display: 'grid', gap: '0.25rem' }}>
                {t(T.next)}
                <input type="date" value={next} onChange={(e) => setNext(e.target.value)} style={inputStyle} disabled={busy} name="nextReviewAt" />
              </label>
              <Button
                buttonStyle="secondary"
                size="small"
                disabled={busy}
                onClick={() => void post('review', { owner: owner === '' ? null : /^\d+$/.test(owner) ? Number(owner) : owner, nextReviewAt: next || null })}
              >
                {t(T.save)}
              </Button>
              <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void post('reviewed')} tooltip={t(T.reviewedHint)}>
                {t(T.reviewed)}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </section>
  )
}
