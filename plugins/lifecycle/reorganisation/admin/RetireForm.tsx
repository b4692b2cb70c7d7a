'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { fill, pick } from '../../../../cms/src/admin/text'
import { control, field, PlanAndConfirm, PlanLines, postJson, Problems, problemsOf, section, type SiteOption } from './shared'
import { T } from './text'

type Plan = { lines: string[]; confirm: string; slug: string; summary?: string }

export function RetireForm({ apiRoute, sites }: { apiRoute: string; sites: SiteOption[] }) {
  const { i18n } = useTranslation()
  const t = (text: { vi: string; en: string }) => pick(i18n.language, text)
  const [slug, setSlug] = useState('')
  const [mode, setMode] = useState<'notice' | 'redirect'>('notice')
  const [notice, setNotice] = useState('')
  const [noticeEn, setNoticeEn] = useState('')
  const [redirectTo, setRedirectTo] = useState('')
  const [plan, setPlan] = useState<Plan | null>(null)
  const [problems, setProblems] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [typed, setTyped] = useState('')
  const [done, setDone] = useState<Plan | null>(null)

  const chosen = sites.find((s) => s.slug === slug)
  const body = () => (mode === 'redirect' ? { slug, redirectTo } : { slug, notice, noticeEn })
  const reset = () => {
    setPlan(null)
    setProblems([])
    setTyped('')
  }

  async function send(real: boolean) {
    setBusy(true)
    setProblems([])
    try {
      const res = await postJson(`${apiRoute}/sites/retire${real ? '' : '/plan'}`, real ? { ...body(), confirm: typed.trim() } : body())
      if (!res.ok) setProblems(problemsOf(res.json, t(T.failed)))
      else if (real) setDone(res.json as Plan)
      else setPlan(res.json as Plan)
    } catch {
      setProblems([t(T.failed)])
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <div style={section}>
        <PlanLines lines={done.lines} label={t(T.step2)} />
        <div role="status" data-testid="outcome">
          <h2>{t(T.retireDone)}</h2>
          <p style={{ whiteSpace: 'pre-line' }}>{done.summary}</p>
          <p>
            <a href="">{t(T.anotherRetire)}</a>
          </p>
        </div>
      </div>
    )
  }

  const input = (id: string, label: string, value: string, set: (v: string) => void, hint?: string, multiline = false, lang?: string) => (
    <div style={field}>
      <label htmlFor={id} style={{ fontWeight: 600 }}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} style={{ margin: 0 }}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea id={id} lang={lang} rows={3} maxLength={2000} aria-describedby={hint ? `${id}-hint` : undefined} value={value} style={control} onChange={(e) => (set(e.target.value), reset())} />
      ) : (
        <input id={id} lang={lang} inputMode="url" maxLength={2000} aria-describedby={hint ? `${id}-hint` : undefined} value={value} style={control} onChange={(e) => (set(e.target.value), reset())} />
      )}
    </div>
  )

  return (
    <div>
      <form
        style={section}
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          reset()
          void send(false)
        }}
      >
        <h2 style={{ margin: 0 }}>{t(T.step1)}</h2>
        <div style={field}>
          <label htmlFor="retire-site" style={{ fontWeight: 600 }}>
            {t(T.site)}
          </label>
          <select id="retire-site" value={slug} style={control} onChange={(e) => (setSlug(e.target.value), reset())}>
            <option value="">{t(T.choose)}</option>
            {sites.map((s) => (
              <option key={s.slug} value={s.slug} disabled={s.status !== 'active'}>
                {s.name} ({s.slug}){s.status !== 'active' ? ` – ${t(T.archivedOption)}` : ''}
              </option>
            ))}
          </select>
        </div>
        {chosen && chosen.mergedHere.length ? (
          <p role="note" data-testid="merged-here" style={{ border: '2px solid var(--theme-warning-600)', padding: 'var(--base)', margin: 0, maxWidth: '60rem' }}>
            {fill(t(T.mergedHereWarning), { list: chosen.mergedHere.join(', ') })}
          </p>
        ) : null}
        <fieldset style={{ ...field, border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: 600, marginBottom: '0.25rem' }}>{t(T.mode)}</legend>
          <label>
            <input type="radio" name="retire-mode" value="notice" checked={mode === 'notice'} onChange={() => (setMode('notice'), reset())} /> {t(T.modeNotice)}
          </label>
          <label>
            <input type="radio" name="retire-mode" value="redirect" checked={mode === 'redirect'} onChange={() => (setMode('redirect'), reset())} /> {t(T.modeRedirect)}
          </label>
        </fieldset>
        {mode === 'notice' ? (
          <>
            {input('retire-notice', t(T.notice), notice, setNotice, t(T.noticeHint), true, 'vi')}
            {input('retire-notice-en', t(T.noticeEn), noticeEn, setNoticeEn, t(T.noticeHint), true, 'en')}
          </>
        ) : (
          input('retire-redirect', t(T.redirectTo), redirectTo, setRedirectTo, t(T.redirectHint))
        )}
        <div>
          <Button type="submit" buttonStyle="secondary" disabled={busy}>
            {busy && !plan ? t(T.previewing) : t(T.preview)}
          </Button>
        </div>
      </form>
      {problems.length ? <Problems title={t(T.problems)} problems={problems} /> : null}
      {plan ? (
        <PlanAndConfirm
          id="retire"
          plan={plan}
          typed={typed}
          onType={setTyped}
          busy={busy}
          onRun={() => void send(true)}
          runLabel={busy ? t(T.retiring) : fill(t(T.runRetire), { slug: plan.confirm })}
          text={{ step2: t(T.step2), step3: t(T.step3), confirmLabel: t(T.confirmLabel) }}
        />
      ) : null}
    </div>
  )
}
