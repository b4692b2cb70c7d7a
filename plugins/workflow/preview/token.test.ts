import { describe, expect, it } from 'vitest'

process.env.PAYLOAD_SECRET = 'p'.repeat(40)

const { createPreviewToken, verifyPreviewToken } = await import('./token')

describe('preview tokens', () => {
  const claim = { collection: 'news' as const, id: '42', expiresAt: Date.now() + 60_000 }

  it('verify while valid', () => {
    expect(verifyPreviewToken(createPreviewToken(claim))).toEqual({ ok: true, claim })
  })

  it('refuse a changed id, a changed expiry or a forged signature', () => {
    const token = createPreviewToken(claim)
    expect(verifyPreviewToken(token.replace('.42.', '.43.'))).toEqual({ ok: false, reason: 'signature' })
    expect(verifyPreviewToken(token.replace(String(claim.expiresAt), String(claim.expiresAt + 1)))).toEqual({ ok: false, reason: 'signature' })
    expect(verifyPreviewToken(`${token.slice(0, -3)}abc`).ok).toBe(false)
  })

  it('refuse expired and malformed tokens', () => {
    const old = createPreviewToken({ ...claim, expiresAt: Date.now() - 1 })
    expect(verifyPreviewToken(old)).toEqual({ ok: false, reason: 'expired' })
    expect(verifyPreviewToken('news.1.2.3')).toEqual({ ok: false, reason: 'malformed' })
    expect(verifyPreviewToken('<script>')).toEqual({ ok: false, reason: 'malformed' })
  })
})
