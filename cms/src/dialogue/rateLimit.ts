/**
 * A sliding-window rate limiter held in memory: `limit` hits per `windowMs` per key, counted as
 * the current fixed window plus the previous one weighted by how much of it still overlaps
 * (the approximation Cloudflare and nginx use). O(1) per hit, two numbers per key, stale keys
 * swept as the clock moves on.
 *
 * Per process: several server processes behind a balancer each allow the limit (ADR 0012).
 * Keys are whatever the caller chooses; the question intake passes hashes, not raw addresses.
 */
export type LimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

type Counter = { window: number; current: number; previous: number }

export class SlidingWindowLimiter {
  private readonly counters = new Map<string, Counter>()
  private lastSweep = 0

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private weighted(counter: Counter, at: number): number {
    const window = Math.floor(at / this.windowMs)
    const previous = counter.window === window ? counter.previous : counter.window === window - 1 ? counter.current : 0
    const current = counter.window === window ? counter.current : 0
    const overlap = 1 - (at % this.windowMs) / this.windowMs
    return current + previous * overlap
  }

  /** Whether one more hit is allowed now; counts it when it is. */
  hit(key: string): LimitResult {
    const at = this.now()
    this.sweep(at)
    const window = Math.floor(at / this.windowMs)
    let counter = this.counters.get(key)
    if (!counter) {
      counter = { window, current: 0, previous: 0 }
      this.counters.set(key, counter)
    }
    if (this.weighted(counter, at) + 1 > this.limit) {
      // The weighted count falls by `previous / windowMs` per millisecond until the window ends.
      const rate = counter.window === window ? counter.previous : counter.current
      const excess = this.weighted(counter, at) + 1 - this.limit
      const untilWindowEnd = this.windowMs - (at % this.windowMs)
      const ms = rate > 0 ? Math.min(untilWindowEnd, (excess * this.windowMs) / rate) : untilWindowEnd
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) }
    }
    if (counter.window !== window) {
      counter.previous = counter.window === window - 1 ? counter.current : 0
      counter.current = 0
      counter.window = window
    }
    counter.current++
    return { allowed: true }
  }

  /** Give back a hit counted for a request that was then refused for another reason. */
  refund(key: string): void {
    const counter = this.counters.get(key)
    if (counter && counter.current > 0 && counter.window === Math.floor(this.now() / this.windowMs)) counter.current--
  }

  private sweep(at: number): void {
    if (at - this.lastSweep < this.windowMs) return
    this.lastSweep = at
    const window = Math.floor(at / this.windowMs)
    for (const [key, counter] of this.counters) if (counter.window < window - 1) this.counters.delete(key)
  }

  get size(): number {
    return this.counters.size
  }
}
