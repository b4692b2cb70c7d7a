'use client'
/**
 * "Xem trước" (open the latest draft as its portal would show it, in a new tab) and "Liên kết xem
 * trước" (an expiring link to send to a leader or colleague without an account), for collections
 * whose workflow contribution asks for previews. Unsaved changes are saved as a draft first.
 */
import { Button, toast, useDocumentInfo, useForm, useFormModified, useLocale, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { type Bilingual, fill, inputStyle, pick } from '../../../cms/src/admin/text'
import { Dialog, dialogButtonsStyle, fieldLabelStyle } from './Dialog'
import { formatTime, T } from './text'
import { useApiRoute } from './useWorkflowStatus'

const VALIDITY = [1, 24, 72, 168] as const

export function PreviewControls() {
  const { i18n } = useTranslation()
  const lang = i18n.language
  const t = (text: Bilingual) => pick(lang, text)
  const { id, collectionSlug } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const locale = useLocale()
  const api = useApiRoute()
  const [open, setOpen] = useState(false)
  const [hours, setHours] = useState<number>(24)
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id) return null

  async function saveIfNeeded(): Promise<boolean> {
    if (!modified) return true
    const result = await submit({
      action: `${api}/${collectionSlug}/${id}?draft=true&depth=0&fallback-locale=null&locale=${encodeURIComponent(locale.code)}`,
      method: 'PATCH',
      overrides: { _status: 'draft' },
      skipValidation: true,
      disableSuccessStatus: true,
    })
    return Boolean(result && result.res.status < 400)
  }

  async function makeLink(validFor: number): Promise<{ url: string; expiresAt: string } | null> {
    const res = await fetch(`${api}/${collectionSlug}/${id}/preview-link`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': lang },
      body: JSON.stringify({ hours: validFor }),
    })
    const body = (await res.json().catch(() => null)) as { url?: string; expiresAt?: string; errors?: { message: string }[] } | null
    if (!res.ok || !body?.url || !body.expiresAt) {
      toast.error(body?.errors?.[0]?.message ?? t(T.failed))
      return null
    }
    return { url: body.url, expiresAt: body.expiresAt }
  }

  async function preview() {
    // Opened now, while the click still counts as the person's: browsers block windows opened later.
    const tab = window.open('about:blank', '_blank')
    setBusy(true)
    try {
      const made = (await saveIfNeeded()) ? await makeLink(1) : null
      if (made && tab) tab.location.href = made.url
      else if (made) window.location.assign(made.url)
      else tab?.close()
    } finally {
      setBusy(false)
    }
  }

  async function generate() {
    setBusy(true)
    try {
      if (await saveIfNeeded()) setLink(await makeLink(hours))
    } finally {
      setBusy(false)
    }
  }

  async function copy() {
    if (!link) return
    try {
      await navigator.clipboard.writeText(link.url)
      toast.success(t(T.previewCopied))
    } catch {
      ;(document.getElementById('preview-link-url') as HTMLInputElement | null)?.select()
    }
  }

  return (
    <>
      <Button id="preview-open" buttonStyle="secondary" size="medium" disabled={busy} onClick={() => void preview()}>
        {t(T.preview)}
      </Button>
      <Button
        id="preview-link"
        buttonStyle="secondary"
        size="medium"
        disabled={busy}
        onClick={() => {
          setLink(null)
          setOpen(true)
        }}
      >
        {t(T.previewLink)}
      </Button>
      <Dialog open={open} title={t(T.previewLink)} onClose={() => setOpen(false)}>
        <label htmlFor="preview-link-hours" style={fieldLabelStyle}>
          {t(T.previewValidFor)}
        </label>
        <select id="preview-link-hours" value={hours} onChange={(e) => setHours(Number(e.target.value))} style={inputStyle}>
          {VALIDITY.map((h) => (
            <option key={h} value={h}>
              {h < 48 ? fill(t(T.previewHours), { n: h }) : fill(t(T.previewDays), { n: h / 24 })}
            </option>
          ))}
        </select>{' '}
        <Button buttonStyle="primary" size="small" id="preview-link-make" disabled={busy} onClick={() => void generate()}>
          {t(T.previewLinkMake)}
        </Button>
        {link ? (
          <div style={{ marginTop: '1rem' }}>
            <label htmlFor="preview-link-url" style={fieldLabelStyle}>
              {t(T.previewLink)}
            </label>
            <div style={{ display: 'flex', gap: '0.5rem' }}>
              <input id="preview-link-url" readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} style={{ ...inputStyle, flex: 1, minWidth: 0 }} />
              <Button buttonStyle="secondary" size="small" id="preview-link-copy" onClick={() => void copy()}>
                {t(T.previewCopy)}
              </Button>
            </div>
            <p style={{ fontSize: '0.85em' }}>{fill(t(T.previewExpires), { at: formatTime(link.expiresAt, lang) })}</p>
          </div>
        ) : null}
        <div style={dialogButtonsStyle}>
          <Button buttonStyle="secondary" size="medium" onClick={() => setOpen(false)}>
            {t(T.close)}
          </Button>
        </div>
      </Dialog>
    </>
  )
}
