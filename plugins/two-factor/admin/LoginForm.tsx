'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { errorMessage, inputStyle, pick } from '../../../cms/src/admin/text'

const T = {
  email: { vi: 'Email', en: 'Email' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  code: { vi: 'Mã xác thực hai lớp (6 số) hoặc mã khôi phục', en: 'Two-factor code (6 digits) or a recovery code' },
  codeHint: {
    vi: 'Mở ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…) trên điện thoại và nhập mã đang hiện.',
    en: 'Open your authenticator app and enter the code it shows.',
  },
  submit: { vi: 'Đăng nhập', en: 'Log in' },
  forgot: { vi: 'Quên mật khẩu?', en: 'Forgot password?' },
  failed: { vi: 'Đăng nhập không thành công.', en: 'Login failed.' },
}

const field: React.CSSProperties = { display: 'flex', flexDirection: 'column', gap: 6, marginBottom: 'var(--base)' }
const input = inputStyle

export function LoginForm({ apiRoute, redirectTo }: { apiRoute: string; redirectTo: string }) {
  const { i18n } = useTranslation()
  const t = (text: { vi: string; en: string }) => pick(i18n.language, text)
  const [askCode, setAskCode] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const body: Record<string, string> = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') }
    const totp = String(form.get('totp') ?? '').trim()
    if (totp) body.totp = totp
    setBusy(true)
    setError(null)
    try {
      const res = await fetch(`${apiRoute}/users/login`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = await res.json().catch(() => null)
      if (res.ok) {
        window.location.assign(redirectTo)
        return
      }
      const twoFactor = (json as { errors?: { data?: { twoFactor?: string } }[] } | null)?.errors?.[0]?.data?.twoFactor
      if (twoFactor) setAskCode(true)
      setError(twoFactor === 'required' && !totp ? null : errorMessage(json, t(T.failed)))
    } catch {
      setError(t(T.failed))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="login__form" onSubmit={onSubmit} noValidate>
      <div style={field}>
        <label htmlFor="field-email">{t(T.email)}</label>
        <input id="field-email" name="email" type="email" autoComplete="email" required style={input} />
      </div>
      <div style={field}>
        <label htmlFor="field-password">{t(T.password)}</label>
        <input id="field-password" name="password" type="password" autoComplete="current-password" required style={input} />
      </div>
      {askCode && (
        <div style={field}>
          <label htmlFor="field-totp">{t(T.code)}</label>
          <input id="field-totp" name="totp" inputMode="numeric" autoComplete="one-time-code" autoFocus required style={input} />
          <small>{t(T.codeHint)}</small>
        </div>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', marginBottom: 'var(--base)' }}>
          {error}
        </p>
      )}
      <p>
        <a href="/admin/forgot">{t(T.forgot)}</a>
      </p>
      <Button type="submit" size="large" disabled={busy}>
        {t(T.submit)}
      </Button>
    </form>
  )
}
