import { APIError } from 'payload'

export type TwoFactorReason = 'required' | 'invalid'

/** Login refused for want of a (valid) second factor. `data.twoFactor` tells clients which. */
export class TwoFactorError extends APIError {
  reason: TwoFactorReason
  constructor(reason: TwoFactorReason) {
    super(
      reason === 'required'
        ? 'Cần mã xác thực hai lớp: nhập mã 6 số từ ứng dụng xác thực hoặc một mã khôi phục. / Two-factor code required: enter the 6-digit code from your authenticator app or a recovery code.'
        : 'Mã xác thực hai lớp không đúng hoặc đã dùng. / The two-factor code is wrong or was already used.',
      401,
      { twoFactor: reason },
      true,
    )
    this.name = 'TwoFactorError'
    this.reason = reason
  }
}
