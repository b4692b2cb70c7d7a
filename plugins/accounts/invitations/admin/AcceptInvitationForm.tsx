'use client'

import { Button } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { errorMessage, inputStyle } from '../../../../cms/src/admin/text'

type Invitation = { email: string; site: string; role: string; accountExists: boolean }

const input = inputStyle

export function AcceptInvitationForm({ apiRoute, loginUrl, token }: { apiRoute: string; loginUrl: string; token: string }) {
  const [invitation, setInvitation] = useState<Invitation | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  useEffect(() => {
    fetch(`${apiRoute}/invitations/lookup?token=${encodeURIComponent(token)}`)
      .then(async (res) => {
        const json = await res.json().catch(() => null)
        if (res.ok) setInvitation(json)
        else setError(errorMessage(json, 'Lời mời không hợp lệ. / Invalid invitation.'))
      })
      .catch(() => setError('Không kết nối được máy chủ. / Cannot reach the server.'))
  }, [apiRoute, token])

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setError(null)
    const res = await fetch(`${apiRoute}/invitations/accept`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, name: form.get('name') ?? '', password: form.get('password') ?? '' }),
    })
    const json = await res.json().catch(() => null)
    if (res.ok) setDone(json.message)
    else setError(errorMessage(json, 'Không nhận được lời mời. / Could not accept the invitation.'))
  }

  return (
    <div style={{ display: 'grid', gap: 'var(--base)' }}>
      <h1>Nhận lời mời / Accept an invitation</h1>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
      {done ? (
        <p>
          {done} <a href={loginUrl}>Đăng nhập / Log in</a>
        </p>
      ) : invitation ? (
        <form onSubmit={onSubmit} style={{ display: 'grid', gap: 'var(--base)' }}>
          <p>
            {invitation.email}: <strong>{invitation.site}</strong> ({invitation.role})
          </p>
          {invitation.accountExists ? (
            <p>Tài khoản này đã có; vai trò mới sẽ được thêm vào. / This account exists: the new role will be added to it.</p>
          ) : (
            <>
              <label htmlFor="field-name">Họ và tên / Full name</label>
              <input id="field-name" name="name" required autoComplete="name" style={input} />
              <label htmlFor="field-password">Mật khẩu (ít nhất 12 ký tự) / Password (12+ characters)</label>
              <input id="field-password" name="password" type="password" required minLength={12} autoComplete="new-password" style={input} />
            </>
          )}
          <Button type="submit">Nhận lời mời / Accept</Button>
        </form>
      ) : null}
    </div>
  )
}
