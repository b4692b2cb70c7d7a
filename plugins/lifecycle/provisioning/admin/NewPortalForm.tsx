'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'

import { errorMessage, inputStyle, pick } from '../../../../cms/src/admin/text'
import { PARENT_LEVELS, type SiteLevel, suggestSlug } from '../validate'
import { T } from './text'

export type ParentOption = { slug: string; name: string; level: string }
type Option = { value: string; label: string }
type FieldErrors = Record<string, string[]>
type Created = { site: { id: number | string; name: string }; url: string; message: string; invitation: { email: string } | null }

const input: React.CSSProperties = { ...inputStyle, width: '100%', maxWidth: '40rem' }
const hidden: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }

export function NewPortalForm({ apiRoute, adminRoute, parents, themes, levels }: { apiRoute: string; adminRoute: string; parents: ParentOption[]; themes: Option[]; levels: Option[] }) {
  const { i18n } = useTranslation()
  const t = (text: { vi: string; en: string }) => pick(i18n.language, text)
  const [level, setLevel] = useState<SiteLevel>('xa')
  const [slug, setSlug] = useState('')
  const [slugTouched, setSlugTouched] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [message, setMessage] = useState<string | null>(null)
  const [created, setCreated] = useState<Created | null>(null)
  const [busy, setBusy] = useState(false)
  const summary = useRef<HTMLDivElement>(null)

  const allowedParents = parents.filter((p) => (PARENT_LEVELS[level] as readonly string[]).includes(p.level))

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const body = Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]))
    setBusy(true)
    setErrors({})
    setMessage(null)
    try {
      const res = await fetch(`${apiRoute}/sites/provision`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = await res.json().catch(() => null)
      if (res.ok) {
        setCreated(json)
        return
      }
      const list = (json?.errors?.[0]?.data?.errors ?? []) as Array<{ path: string; message: string }>
      const byField: FieldErrors = {}
      for (const e of list) (byField[e.path] ??= []).push(e.message)
      setErrors(byField)
      setMessage(list.length ? t(T.summary) : errorMessage(json, t(T.failed)))
      requestAnimationFrame(() => summary.current?.focus())
    } catch {
      setMessage(t(T.failed))
    } finally {
      setBusy(false)
    }
  }

  if (created) {
    return (
      <div role="status" style={{ display: 'grid', gap: 'var(--base)' }}>
        <h2>
          {t(T.created)}: {created.site.name}
        </h2>
        <p>{created.message}</p>
        <p>
          {t(T.building)} <a href={created.url}>{created.url}</a>
        </p>
        <p>
          <a href={`${adminRoute}/collections/sites/${created.site.id}`}>{t(T.edit)}</a>
          {' · '}
          <a href={`${adminRoute}/tao-cong-moi`}>{t(T.another)}</a>
        </p>
      </div>
    )
  }

  const field = (name: string, label: string, control: (describedBy: string | undefined) => React.ReactNode, hint?: string) => {
    const errs = errors[name] ?? []
    const describedBy = [hint && `${name}-hint`, errs.length && `${name}-error`].filter(Boolean).join(' ') || undefined
    return (
      <div style={{ display: 'grid', gap: '0.25rem' }}>
        <label htmlFor={`field-${name}`} style={{ fontWeight: 600 }}>
          {label}
        </label>
        {hint && (
          <p id={`${name}-hint`} style={{ margin: 0, color: 'var(--theme-elevation-600)' }}>
            {hint}
          </p>
        )}
        {errs.length > 0 && (
          <p id={`${name}-error`} style={{ margin: 0, color: 'var(--theme-error-500)' }}>
            <span style={hidden}>{t(T.errorPrefix)}</span>
            {errs.join(' ')}
          </p>
        )}
        {control(describedBy)}
      </div>
    )
  }

  return (
    <form onSubmit={onSubmit} noValidate style={{ display: 'grid', gap: 'calc(var(--base) * 1.25)', maxWidth: '44rem' }}>
      {message && (
        <div ref={summary} tabIndex={-1} role="alert" style={{ border: '2px solid var(--theme-error-500)', padding: 'var(--base)' }}>
          <p style={{ margin: 0, fontWeight: 600 }}>{message}</p>
          {Object.keys(errors).length > 0 && (
            <ul>
              {Object.entries(errors).map(([name, errs]) => (
                <li key={name}>
                  <a href={`#field-${name}`}>{errs[0]}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {field('name', t(T.name), (d) => (
        <input
          id="field-name"
          name="name"
          required
          aria-describedby={d}
          aria-invalid={Boolean(errors.name) || undefined}
          style={input}
          onChange={(e) => {
            if (!slugTouched) setSlug(suggestSlug(e.target.value))
          }}
        />
      ), t(T.nameHint))}
      {field('nameEn', t(T.nameEn), (d) => <input id="field-nameEn" name="nameEn" aria-describedby={d} lang="en" style={input} />)}
      {field('slug', t(T.slug), (d) => (
        <input
          id="field-slug"
          name="slug"
          required
          value={slug}
          aria-describedby={d}
          aria-invalid={Boolean(errors.slug) || undefined}
          style={input}
          onChange={(e) => {
            setSlugTouched(true)
            setSlug(e.target.value)
          }}
        />
      ), t(T.slugHint))}
      {field('domain', t(T.domain), (d) => <input id="field-domain" name="domain" required inputMode="url" aria-describedby={d} aria-invalid={Boolean(errors.domain) || undefined} style={input} />, t(T.domainHint))}
      {field('level', t(T.level), (d) => (
        <select id="field-level" name="level" value={level} aria-describedby={d} style={input} onChange={(e) => setLevel(e.target.value as SiteLevel)}>
          {levels.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      ))}
      {field('parent', t(T.parent), (d) => (
        <select id="field-parent" name="parent" aria-describedby={d} aria-invalid={Boolean(errors.parent) || undefined} style={input} disabled={PARENT_LEVELS[level].length === 0}>
          <option value="">{t(T.parentNone)}</option>
          {allowedParents.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name} ({p.slug})
            </option>
          ))}
        </select>
      ), t(T.parentHint))}
      {field('theme', t(T.theme), (d) => (
        <select id="field-theme" name="theme" aria-describedby={d} style={input}>
          {themes.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ))}
      {field('unitCode', t(T.unitCode), (d) => <input id="field-unitCode" name="unitCode" inputMode="numeric" aria-describedby={d} aria-invalid={Boolean(errors.unitCode) || undefined} style={input} />, t(T.unitCodeHint))}
      {field('adminEmail', t(T.adminEmail), (d) => <input id="field-adminEmail" name="adminEmail" type="email" autoComplete="off" aria-describedby={d} aria-invalid={Boolean(errors.adminEmail) || undefined} style={input} />, t(T.adminEmailHint))}
      <div>
        <Button type="submit" disabled={busy}>
          {busy ? t(T.working) : t(T.submit)}
        </Button>
      </div>
    </form>
  )
}
