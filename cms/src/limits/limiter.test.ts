import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startRedis, type TestRedis } from '../../../test/helpers/redis'
import { createLimiter, type Limiter } from './limiter'
import { closeLimitStore, configureLimitStore } from './store'

/** The behaviour every store must give. */
async function behaves(make: (name: string, points: number, windowSeconds: number, blockSeconds?: number) => Limiter) {
  const limiter = make(`t-${Math.random().toString(36).slice(2, 8)}`, 2, 60)
  expect((await limiter.hit('a')).allowed).toBe(true)
  expect(await limiter.check('a')).toMatchObject({ allowed: true, remaining: 1 })
  expect((await limiter.hit('a')).allowed).toBe(true)
  expect((await limiter.hit('b')).allowed).toBe(true)
  const refused = await limiter.hit('a')
  expect(refused.allowed).toBe(false)
  if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(55)
  expect((await limiter.check('a')).allowed).toBe(false)
  await limiter.reset('a')
  expect((await limiter.hit('a')).allowed).toBe(true)
  await limiter.refund('a')
  expect(await limiter.check('a')).toMatchObject({ allowed: true, remaining: 2 })
}

describe('limiter in memory (the default)', () => {
  afterAll(() => closeLimitStore())

  it('allows `points` hits per key and window, says when to retry, refunds and resets', async () => {
    configureLimitStore(null)
    await behaves((name, points, windowSeconds) => createLimiter({ name, points, windowSeconds }))
  })

  it('opens a new window once the old one ends', async () => {
    const limiter = createLimiter({ name: 'short-window', points: 1, windowSeconds: 1 })
    expect((await limiter.hit('k')).allowed).toBe(true)
    expect((await limiter.hit('k')).allowed).toBe(false)
    await new Promise((r) => setTimeout(r, 1100))
    expect((await limiter.hit('k')).allowed).toBe(true)
  })

  it('refuses bad names and allowances when made', () => {
    expect(() => createLimiter({ name: 'Bad Name', points: 1, windowSeconds: 1 })).toThrow(/name/)
    expect(() => createLimiter({ name: 'zero', points: 0, windowSeconds: 1 })).toThrow(/points/)
  })
})

describe('limiter in Redis (REDIS_URL)', () => {
  let redis: TestRedis

  beforeAll(async () => {
    redis = await startRedis()
  })

  afterAll(async () => {
    await closeLimitStore()
    await redis?.stop()
  })

  it('behaves like the memory store', async () => {
    await closeLimitStore()
    configureLimitStore(redis.url)
    await behaves((name, points, windowSeconds) => createLimiter({ name, points, windowSeconds }))
  })

  it('shares counts between limiters of the same name (as between processes)', async () => {
    const a = createLimiter({ name: 'shared', points: 3, windowSeconds: 60 })
    const b = createLimiter({ name: 'shared', points: 3, windowSeconds: 60 })
    const other = createLimiter({ name: 'not-shared', points: 3, windowSeconds: 60 })
    expect((await a.hit('ip:x')).allowed).toBe(true)
    expect((await b.hit('ip:x')).allowed).toBe(true)
    expect((await a.hit('ip:x')).allowed).toBe(true)
    expect((await b.hit('ip:x')).allowed).toBe(false)
    expect((await other.hit('ip:x')).allowed).toBe(true)
  })

  it('keeps limiting in memory while Redis is down, without failing the request', async () => {
    const limiter = createLimiter({ name: 'insured', points: 1, windowSeconds: 60 })
    expect((await limiter.hit('k')).allowed).toBe(true)
    await redis.stop()
    expect((await limiter.hit('k2')).allowed).toBe(true)
    expect((await limiter.hit('k2')).allowed).toBe(false)
  })
})
