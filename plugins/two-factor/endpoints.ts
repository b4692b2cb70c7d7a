/**
 * Two-factor enrolment, under /api/users/2fa/ (the caller's own account only):
 *   GET  status   → { enabled, required, recoveryCodesLeft }
 *   POST setup    → a new secret as otpauth URI and QR code (not active until confirmed)
 *   POST confirm  { code } → turns two-factor on and returns 10 recovery codes, shown once
 *   POST disable  { code } → turns it off; needs a current code or a recovery code
 *   POST reset/:id → platform admins only: turns it off for someone who lost their phone and
 *                    their recovery codes (they must enrol again at the next login if required)
 */
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import QRCode from 'qrcode'

import { asUser, isPlatformAdmin } from '../../cms/src/access/roles'
import { recordAudit } from '../audit/record'
import { isTwoFactorRequired } from './settings'
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, otpauthUri, verifyTotp } from './totp'
import { checkSecondFactor, loadTwoFactorState, saveTwoFactorState } from './twoFactor'

const reply = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const refuse = (status: number, message: string) => reply(status, { errors: [{ message }] })

async function codeFrom(req: PayloadRequest): Promise<string> {
  if (req.data === undefined && typeof req.json === 'function') req.data = await req.json().catch(() => ({}))
  const code = (req.data as { code?: unknown } | undefined)?.code
  return typeof code === 'string' ? code.trim() : ''
}

function audit(req: PayloadRequest, id: number | string, email: string | null | undefined, event: string) {
  return recordAudit(req, { action: 'security', collection: 'users', docId: id, title: email ?? null, detail: { event } })
}

const withUser =
  (handler: (req: PayloadRequest, id: number | string) => Promise<Response>): PayloadHandler =>
  async (req) => {
    const user = asUser(req)
    if (!user) return refuse(401, 'Cần đăng nhập. / Log in first.')
    return handler(req, user.id)
  }

const status = withUser(async (req, id) => {
  const state = await loadTwoFactorState(req, id)
  const hashes = Array.isArray(state?.recoveryCodeHashes) ? state.recoveryCodeHashes.length : 0
  return reply(200, {
    enabled: Boolean(state?.twoFactorEnabled),
    required: await isTwoFactorRequired(req.payload, asUser(req)!),
    recoveryCodesLeft: state?.twoFactorEnabled ? hashes : 0,
  })
})

const setup = withUser(async (req, id) => {
  const state = await loadTwoFactorState(req, id)
  if (state?.twoFactorEnabled) return refuse(409, 'Xác thực hai lớp đã bật; hãy tắt trước khi cài lại. / Two-factor is already on: turn it off first.')
  const secret = newTotpSecret()
  await saveTwoFactorState(req, id, { totpPendingSecret: secret })
  const uri = otpauthUri(secret, state?.email ?? String(id))
  // The secret leaves the server once, here, for its owner to scan or type in.
  return reply(200, { otpauthUri: uri, secret, qrCode: await QRCode.toDataURL(uri, { margin: 1, width: 240 }) })
})

const confirm = withUser(async (req, id) => {
  const code = await codeFrom(req)
  const state = await loadTwoFactorState(req, id)
  if (state?.twoFactorEnabled) return refuse(409, 'Xác thực hai lớp đã bật. / Two-factor is already on.')
  if (!state?.totpPendingSecret) return refuse(400, 'Hãy tạo mã bí mật trước (POST /api/users/2fa/setup). / Start with POST /api/users/2fa/setup.')
  const step = await verifyTotp(state.totpPendingSecret, code)
  if (step === null) return refuse(400, 'Mã không đúng. Kiểm tra giờ trên điện thoại rồi thử lại. / Wrong code: check the phone clock and try again.')
  const recoveryCodes = newRecoveryCodes()
  await saveTwoFactorState(req, id, {
    twoFactorEnabled: true,
    totpSecret: state.totpPendingSecret,
    totpPendingSecret: null,
    totpLastStep: step,
    recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
  })
  await audit(req, id, state.email, '2fa-enabled')
  return reply(200, {
    enabled: true,
    recoveryCodes,
    message: 'Đã bật xác thực hai lớp. Lưu các mã khôi phục ở nơi an toàn: chúng chỉ hiện một lần. / Two-factor is on. Keep the recovery codes somewhere safe: they are shown only once.',
  })
})

const disable = withUser(async (req, id) => {
  const code = await codeFrom(req)
  const state = await loadTwoFactorState(req, id)
  if (!state?.twoFactorEnabled) return refuse(409, 'Xác thực hai lớp chưa bật. / Two-factor is not on.')
  if (!code || !(await checkSecondFactor(req, state, code))) {
    await audit(req, id, state.email, '2fa-disable-refused')
    return refuse(400, 'Cần mã xác thực hiện tại (hoặc mã khôi phục) để tắt. / A current code (or a recovery code) is needed to turn it off.')
  }
  await saveTwoFactorState(req, id, { twoFactorEnabled: false, totpSecret: null, totpPendingSecret: null, totpLastStep: null, recoveryCodeHashes: null })
  await audit(req, id, state.email, '2fa-disabled')
  return reply(200, { enabled: false })
})

const reset: PayloadHandler = async (req) => {
  if (!isPlatformAdmin(asUser(req))) return refuse(403, 'Chỉ quản trị nền tảng được đặt lại. / Platform admins only.')
  const id = req.routeParams?.id as string | undefined
  const state = id ? await loadTwoFactorState(req, id) : null
  if (!state) return refuse(404, 'Không có người dùng này. / No such user.')
  await saveTwoFactorState(req, state.id, { twoFactorEnabled: false, totpSecret: null, totpPendingSecret: null, totpLastStep: null, recoveryCodeHashes: null, twoFactorFailures: 0 })
  await recordAudit(req, { action: 'security', collection: 'users', docId: state.id, title: state.email ?? null, detail: { event: '2fa-reset-by-admin' } })
  return reply(200, { enabled: false })
}

export const twoFactorEndpoints: Endpoint[] = [
  { path: '/2fa/status', method: 'get', handler: status },
  { path: '/2fa/setup', method: 'post', handler: setup },
  { path: '/2fa/confirm', method: 'post', handler: confirm },
  { path: '/2fa/disable', method: 'post', handler: disable },
  { path: '/2fa/reset/:id', method: 'post', handler: reset },
]
