'use client'

import { Button } from '@payloadcms/ui'
import React, { useEffect, useRef } from 'react'

import { fill, inputStyle } from '../../../../cms/src/admin/text'

export type SiteOption = { slug: string; name: string; level: string; status: string; mergedHere: string[] }

export const field: React.CSSProperties = { display: 'grid', gap: '0.25rem', maxWidth: '40rem' }
export const control: React.CSSProperties = { ...inputStyle, width: '100%' }
export const section: React.CSSProperties = { display: 'grid', gap: 'var(--base)', margin: 'calc(var(--base) * 1.5) 0' }

/** The problems the server answered with (each a Vietnamese / English message). */
export function problemsOf(body: unknown, fallback: string): string[] {
  const errors = (body as { errors?: Array<{ message?: string }> } | null)?.errors
  const list = (errors ?? []).map((e) => e.message).filter((m): m is string => typeof m === 'string' && m !== '')
  return list.length ? list : [fallback]
}

export async function postJson(url: string, body: unknown): Promise<{ ok: boolean; status: number; json: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  return { ok: res.ok, status: res.status, json: await res.json().catch(() => null) }
}

/** A list of refusals, focused when it appears so screen readers and keyboards land on it. */
export function Problems({ title, problems }: { title: string; problems: string[] }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [problems])
  return (
    <div ref={ref} tabIndex={-1} role="alert" data-testid="problems" style={{ border: '2px solid var(--theme-error-500)', padding: 'var(--base)', maxWidth: '60rem' }}>
      <p style={{ margin: 0, fontWeight: 600 }}>{title}</p>
      <ul style={{ margin: '0.5rem 0 0', paddingLeft: '1.2rem' }}>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  )
}

/** The plan as the CLI prints it: one line each, indentation kept. */
export function PlanLines({ lines, label }: { lines: string[]; label: string }) {
  return (
    <pre
      aria-label={label}
      data-testid="plan"
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', background: 'var(--theme-elevation-50)', border: '1px solid var(--theme-elevation-150)', padding: 'var(--base)', margin: 0, maxWidth: '80rem', font: 'inherit', fontFamily: 'var(--font-mono, monospace)', fontSize: '0.9em' }}
    >
      {lines.join('\n')}
    </pre>
  )
}

/**
 * Steps 2 and 3 of a merge or a retirement: the dry-run plan, then the slug typed again before the
 * button that runs it is enabled.
 */
export function PlanAndConfirm(props: {
  id: string
  plan: { lines: string[]; confirm: string }
  typed: string
  onType: (value: string) => void
  busy: boolean
  onRun: () => void
  runLabel: string
  text: { step2: string; step3: string; confirmLabel: string; confirmHint?: string }
}) {
  const { id, plan, typed, busy, text } = props
  const hint = text.confirmHint ? fill(text.confirmHint, { slug: plan.confirm }) : null
  return (
    <>
      <section style={section} aria-labelledby={`${id}-plan-title`}>
        <h2 id={`${id}-plan-title`} style={{ margin: 0 }}>
          {text.step2}
        </h2>
        <PlanLines lines={plan.lines} label={text.step2} />
      </section>
      <section style={section} aria-labelledby={`${id}-run-title`}>
        <h2 id={`${id}-run-title`} style={{ margin: 0 }}>
          {text.step3}
        </h2>
        <div style={field}>
          <label htmlFor={`${id}-confirm`} style={{ fontWeight: 600 }}>
            {fill(text.confirmLabel, { slug: plan.confirm })}
          </label>
          {hint ? (
            <p id={`${id}-confirm-hint`} style={{ margin: 0 }}>
              {hint}
            </p>
          ) : null}
          <input id={`${id}-confirm`} aria-describedby={hint ? `${id}-confirm-hint` : undefined} autoComplete="off" value={typed} style={control} onChange={(e) => props.onType(e.target.value)} />
        </div>
        <div>
          <Button type="button" buttonStyle="primary" disabled={busy || typed.trim() !== plan.confirm} onClick={props.onRun}>
            {props.runLabel}
          </Button>
        </div>
      </section>
    </>
  )
}
