/**
 * A small in-memory sliding-window limiter for public forms and submissions (per client address,
 * per email): the times of a key's recent hits are kept, so the limit holds for every window, also
 * across a burst at a boundary. Counts live in this process only: with several servers behind a
 * balancer each keeps its own, which still caps a single sender (ADR 0012). Keys are whatever the
 * caller chooses (the question intake passes hashes, not raw addresses). Keys idle for a whole
 * window are swept as the clock moves on.
 */
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export class RateLimiter {
  private readonly hits = new Map<string, number[]>()
  private lastSweep = 0

  constructor(
    private readonly options: {
      /** Length of the window in milliseconds. */
      windowMs: number
      /** Requests allowed per key within the window. */
      max: number
      now?: () => number
    },
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)()
  }

  /** Count one request for `key`; refuse it when the key already used its allowance. */
  hit(key: string): RateLimitResult {
    const now = this.now()
    const since = now - this.options.windowMs
    this.sweep(now, since)
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since)
    if (recent.length >= this.options.max) {
      this.hits.set(key, recent)
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + this.options.windowMs - now) / 1000)) }
    }
    recent.push(now)
    this.hits.set(key, recent)
    return { allowed: true }
  }

  /** Give back the last hit counted for a request that was then refused for another reason. */
  refund(key: string): void {
    this.hits.get(key)?.pop()
  }

  /** Keys currently remembered. */
  get size(): number {
    return this.hits.size
  }

  private sweep(now: number, since: number): void {
    if (now - this.lastSweep < this.options.windowMs) return
    this.lastSweep = now
    for (const [key, times] of this.hits) if (!times.some((t) => t > since)) this.hits.delete(key)
  }
}
