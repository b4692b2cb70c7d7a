import { describe, expect, it } from 'vitest'

import { RateLimiter } from './rateLimit'

describe('RateLimiter', () => {
  it('allows `max` hits per window and key, then tells when to retry', () => {
    let now = 1_000_000
    const limiter = new RateLimiter({ windowMs: 60_000, max: 2, now: () => now })
    expect(limiter.hit('a').allowed).toBe(true)
    expect(limiter.hit('a').allowed).toBe(true)
    expect(limiter.hit('b').allowed).toBe(true)
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 60 })
    now += 30_000
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 30 })
    now += 30_001
    expect(limiter.hit('a').allowed).toBe(true)
  })

  it('allows the limit per window and says when to come back', () => {
    let now = 1_000_000
    const limiter = new RateLimiter({ max: 3, windowMs: 60_000, now: () => now })
    expect([1, 2, 3].map(() => limiter.hit('a').allowed)).toEqual([true, true, true])
    const refused = limiter.hit('a')
    expect(refused.allowed).toBe(false)
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(0)
    expect(limiter.hit('b').allowed).toBe(true)
    now += 120_000
    expect(limiter.hit('a').allowed).toBe(true)
  })

  it('holds across a window boundary, so a burst there does not double the limit', () => {
    let now = 60_000 * 10 + 59_000
    const limiter = new RateLimiter({ max: 10, windowMs: 60_000, now: () => now })
    for (let i = 0; i < 10; i++) expect(limiter.hit('k').allowed).toBe(true)
    now += 2_000
    expect(limiter.hit('k').allowed).toBe(false)
  })

  it('gives a hit back and forgets idle keys', () => {
    let now = 0
    const limiter = new RateLimiter({ max: 1, windowMs: 1_000, now: () => now })
    limiter.hit('x')
    limiter.refund('x')
    expect(limiter.hit('x').allowed).toBe(true)
    now += 10_000
    limiter.hit('y')
    expect(limiter.size).toBe(1)
  })
})
