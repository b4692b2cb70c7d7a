'use client'
/** The full rebuild panel's live part: start a run, then its progress bar, pace and time left, polled. */
import { Button, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { type Bilingual, errorMessage, inputStyle, pick } from '../../../cms/src/admin/text'
import { formatDuration, progressLine, type RunProgress } from '../build/progressText'

/** How often the view asks how the run is doing. */
const POLL_MS = 2000

export function RebuildProgress({ apiRoute, initial }: { apiRoute: string; initial: RunProgress | null }) {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const t = (text: Bilingual) => pick(lang, text)
  const [run, setRun] = useState<RunProgress | null>(initial)
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [full, setFull] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const running = run?.status === 'running'

  useEffect(() => {
    if (!running) return
    const timer = setTimeout(async () => {
      const res = await fetch(`${apiRoute}/build-runs/progress`, { credentials: 'include' }).catch(() => null)
      const body = res?.ok ? await res.json().catch(() => null) : null
      setRun(body?.run ? (body.run as RunProgress) : { ...run! })
    }, POLL_MS)
    return () => clearTimeout(timer)
  }, [run, running, apiRoute])

  async function start(event: React.FormEvent) {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      const res = await fetch(`${apiRoute}/build-runs/start`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ reason, full }),
      })
      const body = await res.json().catch(() => null)
      if (body?.run) setRun(body.run as RunProgress)
      if (res.ok) setOpen(false)
      else setProblem(errorMessage(body, t({ vi: 'Không bắt đầu được.', en: 'Could not start.' })))
    } finally {
      setBusy(false)
    }
  }

  const startedAt = run ? new Date(run.startedAt).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') : ''
  return (
    <section aria-labelledby="full-rebuild-title" data-testid="full-rebuild" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m)', padding: 'var(--base)', margin: '0 0 var(--base)', maxWidth: '60rem' }}>
      <h2 id="full-rebuild-title" style={{ margin: '0 0 0.5rem', fontSize: '1.1rem' }}>
        {t({ vi: 'Xây dựng lại toàn bộ cổng', en: 'Rebuild every portal' })}
      </h2>
      {run ? (
        <div data-testid="full-rebuild-progress" data-status={run.status}>
          <p style={{ margin: '0 0 0.5rem' }}>
            {run.status === 'running'
              ? t({ vi: `Đang xây dựng lại toàn bộ, bắt đầu lúc ${startedAt}`, en: `Full rebuild running, started ${startedAt}` })
              : t({ vi: `Lượt xây dựng lại toàn bộ gần nhất, bắt đầu lúc ${startedAt}`, en: `Latest full rebuild, started ${startedAt}` })}
            {run.reason ? ` · ${run.reason}` : ''}
          </p>
          <progress
            value={run.done}
            max={Math.max(run.total, 1)}
            aria-label={t({ vi: 'Tiến độ xây dựng lại toàn bộ', en: 'Full rebuild progress' })}
            aria-valuetext={progressLine(run, lang)}
            style={{ width: '100%', height: '1.25rem' }}
          />
          <p data-testid="full-rebuild-line" aria-live="polite" style={{ margin: '0.5rem 0 0', fontWeight: 600 }}>
            {progressLine(run, lang)}
          </p>
          <p style={{ margin: '0.25rem 0 0', color: 'var(--theme-elevation-600)' }}>
            {run.status === 'running'
              ? t({
                  vi: `Đang chờ ${run.queued} cổng, tiến trình xây dựng đã nhận ${run.running} · đã chạy ${formatDuration(run.elapsedSeconds, 'vi')}`,
                  en: `${run.queued} portals queued, ${run.running} taken by build workers · ${formatDuration(run.elapsedSeconds, 'en')} elapsed`,
                })
              : t({
                  vi: `${run.done - run.failed} thành công, ${run.failed} lỗi, ${run.pages ?? 0} trang trong ${formatDuration(run.elapsedSeconds, 'vi')}`,
                  en: `${run.done - run.failed} built, ${run.failed} failed, ${run.pages ?? 0} pages in ${formatDuration(run.elapsedSeconds, 'en')}`,
                })}
          </p>
          <p style={{ margin: '0.25rem 0 0', color: 'var(--theme-elevation-600)' }}>
            {t({ vi: 'Các cổng vẫn phục vụ bản phát hành trước cho tới khi bản mới của từng cổng xong.', en: 'Each portal keeps serving its previous release until its new one is complete.' })}
          </p>
        </div>
      ) : (
        <p>{t({ vi: 'Chưa có lượt xây dựng lại toàn bộ nào.', en: 'No full rebuild yet.' })}</p>
      )}
      {problem ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      ) : null}
      {!running && !open ? (
        <Button buttonStyle="secondary" onClick={() => setOpen(true)}>
          {t({ vi: 'Xây dựng lại toàn bộ cổng…', en: 'Rebuild every portal…' })}
        </Button>
      ) : null}
      {!running && open ? (
        <form onSubmit={start} style={{ display: 'grid', gap: '0.5rem', marginTop: 'var(--base)' }}>
          <label style={{ display: 'grid', gap: '0.25rem' }}>
            {t({ vi: 'Lý do (không bắt buộc)', en: 'Reason (optional)' })}
            <input name="reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} style={inputStyle} />
          </label>
          <label style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
            <input type="checkbox" name="full" checked={full} onChange={(e) => setFull(e.target.checked)} />
            {t({ vi: 'Dựng lại mọi trang (không dùng lại trang cũ)', en: 'Re-render every page (reuse none)' })}
          </label>
          <p style={{ margin: 0 }}>
            {t({
              vi: 'Mọi cổng đang hoạt động được xếp hàng, cổng đông người xem trước; các lượt đăng bài của biên tập viên vẫn được ưu tiên.',
              en: 'Every live portal is queued, most visited first; editors’ publishes still go first.',
            })}
          </p>
          <div style={{ display: 'flex', gap: '0.5rem' }}>
            <Button type="submit" disabled={busy}>
              {t({ vi: 'Bắt đầu xây dựng lại', en: 'Start the rebuild' })}
            </Button>
            <Button buttonStyle="secondary" onClick={() => setOpen(false)}>
              {t({ vi: 'Hủy', en: 'Cancel' })}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  )
}
