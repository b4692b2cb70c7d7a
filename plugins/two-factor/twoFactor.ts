/**
 * Checking a second factor: a TOTP code (never the same time step twice) or an unused
 * recovery code, which is then spent. Shared by login and by disabling two-factor.
 */
import type { PayloadRequest } from 'payload'

import { recordAudit } from '../audit/record'
import type { TwoFactorState } from './fields'
import { useRecoveryCode, verifyTotp } from './totp'

export async function loadTwoFactorState(req: PayloadRequest, id: number | string): Promise<TwoFactorState | null> {
  // The adapter's findOne returns every column, hidden ones included, without running hooks.
  return (await req.payload.db.findOne({ collection: 'users', where: { id: { equals: id } }, req })) as TwoFactorState | null
}

export async function saveTwoFactorState(req: PayloadRequest, id: number | string, data: Partial<TwoFactorState>): Promise<void> {
  await req.payload.update({
    collection: 'users',
    id,
    data: data as Record<string, unknown>,
    overrideAccess: true,
    req,
    context: { audit: false },
  })
}

export type SecondFactorResult = 'totp' | 'recovery-code' | null

/** Check `code` against the user's second factor and spend it. */
export async function checkSecondFactor(req: PayloadRequest, state: TwoFactorState, code: string): Promise<SecondFactorResult> {
  if (!state.twoFactorEnabled || !state.totpSecret) return null
  const step = await verifyTotp(state.totpSecret, code, state.totpLastStep)
  if (step !== null) {
    await saveTwoFactorState(req, state.id, { totpLastStep: step, twoFactorFailures: 0 })
    return 'totp'
  }
  const hashes = Array.isArray(state.recoveryCodeHashes) ? (state.recoveryCodeHashes as string[]) : []
  const left = useRecoveryCode(hashes, code)
  if (left === null) return null
  await saveTwoFactorState(req, state.id, { recoveryCodeHashes: left, twoFactorFailures: 0 })
  await recordAudit(req, {
    action: 'security',
    collection: 'users',
    docId: state.id,
    title: state.email ?? null,
    user: { id: state.id, email: state.email },
    detail: { event: '2fa-recovery-code-used', remaining: left.length },
  })
  return 'recovery-code'
}
