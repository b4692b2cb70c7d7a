/**
 * Events every process of the platform must hear (ADR 0016): live dialogue changes, caches to
 * forget (hosts and active portals, two-factor roles, compliance figures), work that was queued
 * (builds, search syncs). A message published here reaches this process's subscribers at once and,
 * when REDIS_URL is set, every other process through Redis pub/sub (Debian's redis-server in
 * tests). Without Redis the platform is one process and the bus stays in it.
 *
 * Messages are small JSON values, never personal data beyond what the live hub shows readers.
 * Redis keeps no history: a process that was disconnected catches up through the periodic
 * comparisons it already does (the live hub's resync, cache lifetimes).
 *
 * The bus lives on `globalThis`: the admin's server code is bundled by Next.js and would otherwise
 * get a second copy of this module.
 */
import { randomUUID } from 'node:crypto'

import type { Redis } from 'ioredis'

export type BusChannel =
  | 'live:question'
  | 'live:session'
  | 'live:staff'
  | 'cache:hosts'
  | 'cache:two-factor-roles'
  | 'cache:compliance'
  | 'queued:build'
  | 'queued:search'
  | 'lifecycle:merge'

type Handler = (data: unknown) => void

const PREFIX = 'cong:'

export class Bus {
  readonly origin = randomUUID()
  private readonly handlers = new Map<string, Set<Handler>>()
  private pub: Redis | null = null
  private sub: Redis | null = null
  /** Messages sent to and received from other processes (for /healthz and tests). */
  readonly stats = { sent: 0, received: 0, failed: 0 }

  get kind(): 'redis' | 'local' {
    return this.pub ? 'redis' : 'local'
  }

  /** Join the other processes through Redis; resolves once subscribed. */
  async connect(url: string): Promise<void> {
    if (this.pub) return
    const { Redis } = await import('ioredis')
    const options = { connectTimeout: 3_000, maxRetriesPerRequest: 2, lazyConnect: true }
    const pub = new Redis(url, options)
    const sub = new Redis(url, options)
    let lastLogged = 0
    const onError = (err: Error) => {
      if (Date.now() - lastLogged < 60_000) return
      lastLogged = Date.now()
      process.stderr.write(`cong: event bus (Redis) unavailable, other processes catch up by resync: ${err.message}\n`)
    }
    pub.on('error', onError)
    sub.on('error', onError)
    await Promise.all([pub.connect(), sub.connect()])
    await sub.psubscribe(`${PREFIX}*`)
    sub.on('pmessage', (_pattern: string, channel: string, raw: string) => {
      let message: { o: string; d: unknown }
      try {
        message = JSON.parse(raw) as { o: string; d: unknown }
      } catch {
        return
      }
      if (message.o === this.origin) return
      this.stats.received++
      this.deliver(channel.slice(PREFIX.length), message.d)
    })
    this.pub = pub
    this.sub = sub
  }

  async close(): Promise<void> {
    const clients = [this.pub, this.sub].filter((c): c is Redis => c !== null)
    this.pub = null
    this.sub = null
    await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())))
  }

  /** Tell this process now and every other process soon. */
  publish(channel: BusChannel, data: unknown = null): void {
    this.deliver(channel, data)
    if (!this.pub) return
    this.stats.sent++
    this.pub.publish(PREFIX + channel, JSON.stringify({ o: this.origin, d: data })).catch(() => {
      this.stats.failed++
    })
  }

  /** Hear a channel (messages of this process and of the others); returns the unsubscribe. */
  subscribe(channel: BusChannel, handler: Handler): () => void {
    let set = this.handlers.get(channel)
    if (!set) this.handlers.set(channel, (set = new Set()))
    set.add(handler)
    return () => set.delete(handler)
  }

  private deliver(channel: string, data: unknown): void {
    for (const handler of this.handlers.get(channel) ?? []) {
      try {
        handler(data)
      } catch (err) {
        process.stderr.write(`cong: bus handler for ${channel} failed: ${err instanceof Error ? err.message : String(err)}\n`)
      }
    }
  }
}

/** The process's bus. */
export function bus(): Bus {
  const holder = globalThis as typeof globalThis & { __congBus?: Bus }
  holder.__congBus ??= new Bus()
  return holder.__congBus
}
