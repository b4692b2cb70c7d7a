import { describe, expect, it } from 'vitest'

import { SlidingWindowLimiter } from './rateLimit'

describe('sliding window limiter', () => {
  it('allows the limit per window and says when to come back', () => {
    let now = 1_000_000
    const limiter = new SlidingWindowLimiter(3, 60_000, () => now)
    expect([1, 2, 3].map(() => limiter.hit('a').allowed)).toEqual([true, true, true])
    const refused = limiter.hit('a')
    expect(refused.allowed).toBe(false)
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(0)
    expect(limiter.hit('b').allowed).toBe(true)
    now += 120_000
    expect(limiter.hit('a').allowed).toBe(true)
  })

  it('weights the previous window, so a burst at a boundary does not double the limit', () => {
    let now = 60_000 * 10 + 59_000
    const limiter = new SlidingWindowLimiter(10, 60_000, () => now)
    for (let i = 0; i < 10; i++) expect(limiter.hit('k').allowed).toBe(true)
    now += 2_000 // just into the next window: the previous one still counts ~97 %
    expect(limiter.hit('k').allowed).toBe(false)
  })

  it('gives a hit back and forgets idle keys', () => {
    let now = 0
    const limiter = new SlidingWindowLimiter(1, 1_000, () => now)
    limiter.hit('x')
    limiter.refund('x')
    expect(limiter.hit('x').allowed).toBe(true)
    now += 10_000
    limiter.hit('y')
    expect(limiter.size).toBe(1)
  })
})
