/**
 * A small in-memory sliding-window limiter for public forms (per client address, per email).
 * Counts live in this process only: with several servers behind a balancer each keeps its own,
 * which still caps a single sender. Entries older than the window are dropped as they are seen
 * and swept when the map grows.
 */
export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number }

export class RateLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    private readonly options: {
      /** Length of the window in milliseconds. */
      windowMs: number
      /** Requests allowed per key within the window. */
      max: number
      now?: () => number
    },
  ) {}

  /** Count one request for `key`; refuse it when the key already used its allowance. */
  hit(key: string): RateLimitResult {
    const now = (this.options.now ?? Date.now)()
    const since = now - this.options.windowMs
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since)
    if (recent.length >= this.options.max) {
      this.hits.set(key, recent)
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0]! + this.options.windowMs - now) / 1000)) }
    }
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 10_000) this.sweep(since)
    return { ok: true }
  }

  private sweep(since: number) {
    for (const [key, times] of this.hits) if (!times.some((t) => t > since)) this.hits.delete(key)
  }
}
