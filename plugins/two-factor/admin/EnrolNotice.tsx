/**
 * Above the dashboard: sends users whose role requires two-factor authentication but who have
 * not enrolled to the enrolment page (the server refuses them everything else until they do),
 * and links everyone else to it.
 */
import { redirect } from 'next/navigation.js'
import type { ServerProps } from 'payload'
import React from 'react'

import { mustEnrolTwoFactor, type TwoFactorUser } from '../settings'
import { TWO_FACTOR_PATH } from './TwoFactorView'

export async function EnrolNotice({ payload, user }: ServerProps) {
  if (!user || user.collection !== 'users') return null
  const href = `${payload.config.routes.admin}${TWO_FACTOR_PATH}`
  if (await mustEnrolTwoFactor(payload, user as unknown as TwoFactorUser)) {
    // Nothing on the dashboard works for them yet: go straight to enrolment.
    redirect(href)
    return (
      <div role="alert" style={{ border: '2px solid var(--theme-warning-500)', borderRadius: 4, padding: 'var(--base)', marginBottom: 'var(--base)' }}>
        <strong>Cần bật xác thực hai lớp / Two-factor authentication required.</strong>{' '}
        Vai trò của bạn bắt buộc dùng xác thực hai lớp; bạn chưa làm được việc gì khác cho đến khi bật. / Your role requires it: nothing else
        works until you turn it on. <a href={href}>Bật ngay / Turn it on</a>
      </div>
    )
  }
  return (
    <p style={{ marginBottom: 'var(--base)' }}>
      <a href={href}>Bảo mật tài khoản: xác thực hai lớp / Account security: two-factor authentication</a>
    </p>
  )
}
