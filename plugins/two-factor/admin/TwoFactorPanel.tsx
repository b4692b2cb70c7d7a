'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { errorMessage, inputStyle, pick } from '../../../cms/src/admin/text'

type Status = { enabled: boolean; required: boolean; recoveryCodesLeft: number }
type Setup = { otpauthUri: string; secret: string; qrCode: string }

const T = {
  title: { vi: 'Xác thực hai lớp', en: 'Two-factor authentication' },
  on: { vi: 'Đang bật.', en: 'On.' },
  off: { vi: 'Chưa bật.', en: 'Off.' },
  required: {
    vi: 'Vai trò của bạn bắt buộc dùng xác thực hai lớp: hãy bật để tiếp tục làm việc.',
    en: 'Your role requires two-factor authentication: turn it on to continue working.',
  },
  left: { vi: 'Số mã khôi phục còn lại:', en: 'Recovery codes left:' },
  start: { vi: 'Bật xác thực hai lớp', en: 'Turn on two-factor' },
  scan: {
    vi: 'Quét mã QR bằng ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…), hoặc nhập khóa bí mật, rồi nhập mã 6 số đang hiện.',
    en: 'Scan the QR code with an authenticator app, or type the secret key, then enter the 6-digit code it shows.',
  },
  secret: { vi: 'Khóa bí mật', en: 'Secret key' },
  code: { vi: 'Mã 6 số', en: '6-digit code' },
  confirm: { vi: 'Xác nhận', en: 'Confirm' },
  codes: {
    vi: 'Mã khôi phục: mỗi mã dùng được một lần khi không có điện thoại. Hãy lưu ngay, chúng sẽ không hiện lại.',
    en: 'Recovery codes: each works once when you do not have your phone. Save them now: they will not be shown again.',
  },
  done: { vi: 'Về trang quản trị', en: 'Go to the admin' },
  disableCode: { vi: 'Mã hiện tại hoặc mã khôi phục', en: 'Current code or a recovery code' },
  disable: { vi: 'Tắt xác thực hai lớp', en: 'Turn off two-factor' },
  failed: { vi: 'Không thực hiện được.', en: 'That did not work.' },
}

const input: React.CSSProperties = { ...inputStyle, width: '100%' }

export function TwoFactorPanel({ apiRoute, adminRoute, email }: { apiRoute: string; adminRoute: string; email: string }) {
  const { i18n } = useTranslation()
  const t = (text: { vi: string; en: string }) => pick(i18n.language, text)
  const [status, setStatus] = useState<Status | null>(null)
  const [setup, setSetup] = useState<Setup | null>(null)
  const [codes, setCodes] = useState<string[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const call = useCallback(
    async (path: string, body?: Record<string, string>) => {
      const res = await fetch(`${apiRoute}/users/2fa/${path}`, {
        method: body ? 'POST' : path === 'status' ? 'GET' : 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      })
      const json = await res.json().catch(() => null)
      if (!res.ok) throw new Error(errorMessage(json, t(T.failed)))
      return json
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [apiRoute],
  )

  const refresh = useCallback(() => call('status').then(setStatus, (e: Error) => setError(e.message)), [call])
  useEffect(() => void refresh(), [refresh])

  const act = (fn: () => Promise<void>) => async () => {
    setError(null)
    try {
      await fn()
    } catch (e) {
      setError((e as Error).message)
    }
  }

  const codeOf = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value.trim() ?? ''

  return (
    <div style={{ display: 'grid', gap: 'var(--base)' }}>
      <h1>{t(T.title)}</h1>
      <p>{email}</p>
      {status && <p id="two-factor-status">{status.enabled ? t(T.on) : t(T.off)}</p>}
      {status?.required && !status.enabled && <p role="alert">{t(T.required)}</p>}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}

      {codes ? (
        <section>
          <p>{t(T.codes)}</p>
          <pre id="recovery-codes" style={{ fontSize: '1.1em', lineHeight: 1.6 }}>
            {codes.join('\n')}
          </pre>
          <a href={adminRoute}>{t(T.done)}</a>
        </section>
      ) : status && !status.enabled ? (
        setup ? (
          <section style={{ display: 'grid', gap: 'var(--base)' }}>
            <p>{t(T.scan)}</p>
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={setup.qrCode} alt="QR otpauth" width={240} height={240} />
            <p>
              {t(T.secret)}: <code id="totp-secret">{setup.secret}</code>
            </p>
            <label htmlFor="field-enrol-code">{t(T.code)}</label>
            <input id="field-enrol-code" inputMode="numeric" autoComplete="one-time-code" style={input} />
            <Button
              onClick={act(async () => {
                const result = await call('confirm', { code: codeOf('field-enrol-code') })
                setCodes(result.recoveryCodes)
                setSetup(null)
                await refresh()
              })}
            >
              {t(T.confirm)}
            </Button>
          </section>
        ) : (
          <Button onClick={act(async () => setSetup(await call('setup', {})))}>{t(T.start)}</Button>
        )
      ) : status?.enabled ? (
        <section style={{ display: 'grid', gap: 'var(--base)' }}>
          <p>
            {t(T.left)} {status.recoveryCodesLeft}
          </p>
          <label htmlFor="field-disable-code">{t(T.disableCode)}</label>
          <input id="field-disable-code" autoComplete="one-time-code" style={input} />
          <Button
            buttonStyle="secondary"
            onClick={act(async () => {
              await call('disable', { code: codeOf('field-disable-code') })
              await refresh()
            })}
          >
            {t(T.disable)}
          </Button>
        </section>
      ) : null}
    </div>
  )
}
