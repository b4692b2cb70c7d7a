/**
 * Rate limits of the platform (public forms, searches, logins), on rate-limiter-flexible: a
 * fixed window of `windowSeconds` per key, counted in this process or in Redis (`REDIS_URL`, see
 * ./store.ts), so that several processes share one count.
 *
 *   const perIp = createLimiter({ name: 'questions-ip', points: 20, windowSeconds: 600 })
 *   const decision = await perIp.hit(`ip:${hash}`)
 *   if (!decision.allowed) answer 429 with Retry-After: decision.retryAfterSeconds
 *
 * `name` keeps the counts of different limiters apart (and is the Redis key prefix); keys are the
 * caller's choice and should not carry personal data in clear (hash addresses and emails).
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import { limitStore } from './store'

export type LimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number }

export type LimitOptions = {
  /** Names the counter (letters, digits, `-`); limiters with the same name share counts. */
  name: string
  /** Hits allowed per key within the window. */
  points: number
  /** Length of the window. */
  windowSeconds: number
  /** Once over the allowance, the key stays refused this long (default: until the window ends). */
  blockSeconds?: number
}

export interface Limiter {
  readonly options: Readonly<LimitOptions>
  /** Count `points` (default 1) for `key`, refused once the key has used its allowance. */
  hit(key: string, points?: number): Promise<LimitDecision>
  /** Whether `key` would be refused now, without counting anything. */
  check(key: string): Promise<LimitDecision>
  /** Give back points counted for a request that was then refused for another reason. */
  refund(key: string, points?: number): Promise<void>
  /** Forget the key (a successful login clears its failures). */
  reset(key: string): Promise<void>
}

const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000))

export function createLimiter(options: LimitOptions): Limiter {
  if (!NAME.test(options.name)) throw new Error(`limiter name "${options.name}": lowercase letters, digits and "-"`)
  if (!(options.points >= 1) || !(options.windowSeconds >= 1)) throw new Error(`limiter ${options.name}: points and windowSeconds must be at least 1`)
  let inner: Promise<RateLimiterAbstract> | null = null
  const limiter = () =>
    (inner ??= limitStore().then((store) => {
      const common = {
        keyPrefix: `cong:${options.name}`,
        points: options.points,
        duration: options.windowSeconds,
        blockDuration: options.blockSeconds ?? 0,
      }
      if (store.kind === 'memory') return new RateLimiterMemory(common)
      return new RateLimiterRedis({ ...common, storeClient: store.client, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(common) })
    }))

  return {
    options: Object.freeze({ ...options }),
    async hit(key, points = 1) {
      try {
        const res = await (await limiter()).consume(key, points)
        return { allowed: true, remaining: res.remainingPoints }
      } catch (err) {
        if (err instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: seconds(err.msBeforeNext) }
        throw err
      }
    },
    async check(key) {
      const res = await (await limiter()).get(key)
      if (!res) return { allowed: true, remaining: options.points }
      if (res.consumedPoints > options.points || res.remainingPoints <= 0) return { allowed: false, retryAfterSeconds: seconds(res.msBeforeNext) }
      return { allowed: true, remaining: res.remainingPoints }
    },
    async refund(key, points = 1) {
      await (await limiter()).reward(key, points)
    },
    async reset(key) {
      await (await limiter()).delete(key)
    },
  }
}
