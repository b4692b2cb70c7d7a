'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { fill, pick } from '../../../../cms/src/admin/text'
import type { MergeOperation } from '../operations'
import { control, field, PlanAndConfirm, PlanLines, postJson, Problems, problemsOf, section, type SiteOption } from './shared'
import { T } from './text'

type Plan = { lines: string[]; confirm: string; from: { slug: string }; into: { slug: string; url: string } }

/** How often the view asks how a running merger is doing. */
const POLL_MS = 1000

export function MergeForm({ apiRoute, sites }: { apiRoute: string; sites: SiteOption[] }) {
  const { i18n } = useTranslation()
  const t = (text: { vi: string; en: string }) => pick(i18n.language, text)
  const [from, setFrom] = useState('')
  const [into, setInto] = useState('')
  const [plan, setPlan] = useState<Plan | null>(null)
  const [problems, setProblems] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [typed, setTyped] = useState('')
  const [operation, setOperation] = useState<MergeOperation | null>(null)

  const reset = () => {
    setPlan(null)
    setProblems([])
    setTyped('')
  }

  async function preview(event: React.FormEvent) {
    event.preventDefault()
    setBusy(true)
    reset()
    try {
      const res = await postJson(`${apiRoute}/sites/merge/plan`, { from, into })
      if (res.ok) setPlan(res.json as Plan)
      else setProblems(problemsOf(res.json, t(T.failed)))
    } catch {
      setProblems([t(T.failed)])
    } finally {
      setBusy(false)
    }
  }

  async function run() {
    if (!plan) return
    setBusy(true)
    setProblems([])
    try {
      const res = await postJson(`${apiRoute}/sites/merge`, { from: plan.from.slug, into: plan.into.slug, confirm: typed.trim() })
      if (res.ok) setOperation(res.json.operation as MergeOperation)
      else setProblems(problemsOf(res.json, t(T.failed)))
    } catch {
      setProblems([t(T.failed)])
    } finally {
      setBusy(false)
    }
  }

  // Follow the merger until it ends (the server runs it in the background).
  useEffect(() => {
    if (!operation || operation.state !== 'running') return
    const timer = setTimeout(async () => {
      const query = new URLSearchParams({ op: operation.id, from: operation.from, into: operation.into })
      const res = await fetch(`${apiRoute}/sites/merge/status?${query}`, { credentials: 'include' }).catch(() => null)
      const body = res ? await res.json().catch(() => null) : null
      if (res?.ok && body?.operation) setOperation(body.operation as MergeOperation)
      else setOperation({ ...operation }) // try again
    }, POLL_MS)
    return () => clearTimeout(timer)
  }, [operation, apiRoute])

  const option = (s: SiteOption) => (
    <option key={s.slug} value={s.slug} disabled={s.status !== 'active'}>
      {s.name} ({s.slug}){s.status !== 'active' ? ` – ${t(T.archivedOption)}` : ''}
    </option>
  )

  if (operation) {
    return (
      <div style={section}>
        <PlanLines lines={plan?.lines ?? []} label={t(T.step2)} />
        {operation.state === 'running' ? (
          <p role="status" aria-live="polite">
            {t(T.running)}
          </p>
        ) : null}
        {operation.lines.length ? (
          <details open={operation.state === 'running'}>
            <summary>{t(T.progress)}</summary>
            <PlanLines lines={operation.lines} label={t(T.progress)} />
          </details>
        ) : null}
        {operation.state === 'succeeded' ? (
          <div role="status" data-testid="outcome">
            <h2>{t(T.mergeDone)}</h2>
            <p>{operation.summary}</p>
            {operation.rebuilt.length ? <p>{fill(t(T.rebuilt), { list: operation.rebuilt.join(', ') })}</p> : null}
            <p>
              {operation.url ? <a href={operation.url}>{t(T.openPortal)}</a> : null}
              {operation.url ? ' · ' : ''}
              <a href="">{t(T.another)}</a>
            </p>
          </div>
        ) : null}
        {operation.state === 'failed' ? <Problems title={t(T.mergeFailed)} problems={[operation.error ?? t(T.failed)]} /> : null}
      </div>
    )
  }

  return (
    <div>
      <form onSubmit={preview} style={section} noValidate>
        <h2 style={{ margin: 0 }}>{t(T.step1)}</h2>
        <div style={field}>
          <label htmlFor="merge-from" style={{ fontWeight: 600 }}>
            {t(T.from)}
          </label>
          <select id="merge-from" value={from} style={control} onChange={(e) => (setFrom(e.target.value), reset())}>
            <option value="">{t(T.choose)}</option>
            {sites.map(option)}
          </select>
        </div>
        <div style={field}>
          <label htmlFor="merge-into" style={{ fontWeight: 600 }}>
            {t(T.into)}
          </label>
          <select id="merge-into" value={into} style={control} onChange={(e) => (setInto(e.target.value), reset())}>
            <option value="">{t(T.choose)}</option>
            {sites.map(option)}
          </select>
        </div>
        <div>
          <Button type="submit" buttonStyle="secondary" disabled={busy}>
            {busy && !plan ? t(T.previewing) : t(T.preview)}
          </Button>
        </div>
      </form>
      {problems.length ? <Problems title={t(T.problems)} problems={problems} /> : null}
      {plan ? (
        <PlanAndConfirm
          id="merge"
          plan={plan}
          typed={typed}
          onType={setTyped}
          busy={busy}
          onRun={() => void run()}
          runLabel={fill(t(T.runMerge), { from: plan.from.slug, into: plan.into.slug })}
          text={{ step2: t(T.step2), step3: t(T.step3), confirmLabel: t(T.confirmLabel), confirmHint: t(T.confirmHint) }}
        />
      ) : null}
    </div>
  )
}
