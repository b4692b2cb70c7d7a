import { generate } from 'otplib'
import { describe, expect, it } from 'vitest'

import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, otpauthUri, useRecoveryCode, verifyTotp } from './totp'

describe('TOTP', () => {
  it('accepts the current code and refuses a replay of the same step', async () => {
    const secret = newTotpSecret()
    const code = await generate({ secret })
    const step = await verifyTotp(secret, code)
    expect(step).toBeTypeOf('number')
    expect(await verifyTotp(secret, code, step)).toBeNull()
  })

  it('refuses wrong and malformed codes', async () => {
    const secret = newTotpSecret()
    const code = await generate({ secret })
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    expect(await verifyTotp(secret, wrong)).toBeNull()
    expect(await verifyTotp(secret, 'abcdef')).toBeNull()
  })

  it('builds an otpauth URI for authenticator apps', () => {
    const uri = otpauthUri('JBSWY3DPEHPK3PXP', 'admin@cong.gov.vn')
    expect(uri).toMatch(/^otpauth:\/\/totp\//)
    expect(uri).toContain('secret=JBSWY3DPEHPK3PXP')
  })
})

describe('recovery codes', () => {
  it('are ten distinct codes, each usable once', () => {
    const codes = newRecoveryCodes()
    expect(new Set(codes).size).toBe(10)
    const hashes = codes.map(hashRecoveryCode)
    const left = useRecoveryCode(hashes, codes[3]!.toUpperCase())
    expect(left).toHaveLength(9)
    expect(useRecoveryCode(left!, codes[3]!)).toBeNull()
    expect(useRecoveryCode(hashes, 'aaaaa-bbbbb')).toBeNull()
  })
})
