import { describe, expect, it } from 'vitest'

import { RateLimiter } from './rateLimit'

describe('RateLimiter', () => {
  it('allows `max` hits per window and key, then tells when to retry', () => {
    let now = 1_000_000
    const limiter = new RateLimiter({ windowMs: 60_000, max: 2, now: () => now })
    expect(limiter.hit('a').ok).toBe(true)
    expect(limiter.hit('a').ok).toBe(true)
    expect(limiter.hit('b').ok).toBe(true)
    expect(limiter.hit('a')).toEqual({ ok: false, retryAfterSeconds: 60 })
    now += 30_000
    expect(limiter.hit('a')).toEqual({ ok: false, retryAfterSeconds: 30 })
    now += 30_001
    expect(limiter.hit('a').ok).toBe(true)
  })
})
