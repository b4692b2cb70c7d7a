/**
 * How much each portal is read: `sites.visits`, page views counted two ways (ADR 0026), and the
 * order in which full rebuilds build portals.
 *
 * - The portal server (plugins/portals/serve/router.ts) counts the pages it serves in memory and
 *   adds them to the database once a minute (`VisitCounter`): one statement per portal read,
 *   not one per request.
 * - In production nginx serves the portals: `npm run site -- visits --log access.log[.gz]` adds
 *   the page views of its access logs, in the `cong_visits` format of docker/nginx-portals.conf
 *   (the "combined" format with the host first).
 *
 * A page view is a GET of a page (a path ending in `/` or `.html`) answered 200 or 304, not by a
 * robot. Nothing else of a request is kept: no address, no agent, no time.
 */
import fs from 'node:fs'
import readline from 'node:readline'
import zlib from 'node:zlib'

import type { Payload } from 'payload'

import { isSql, sql, sqlRunner } from '../../cms/src/db/sql'

/** Robots, crawlers and audit tools do not count. */
const ROBOT = /bot|crawl|spider|slurp|lighthouse|headless|monitor|curl|wget|python-requests/i

/** Whether a request is a citizen's page view. */
export function isPageView(method: string, path: string, status: number, userAgent = ''): boolean {
  if (method !== 'GET' || (status !== 200 && status !== 304)) return false
  const bare = path.split('?')[0]!
  if (!(bare.endsWith('/') || bare.endsWith('.html'))) return false
  return !ROBOT.test(userAgent)
}

/** `$host $remote_addr - $remote_user [$time_local] "$request" $status $bytes "$referer" "$agent"`. */
const LINE = /^(\S+) \S+ \S+ \S+ \[[^\]]*\] "(\S+) (\S+)[^"]*" (\d{3}) \S+ "[^"]*" "([^"]*)"/

/** The host of a page view in one access log line (`cong_visits` format), or null. */
export function pageViewHost(line: string): string | null {
  const m = LINE.exec(line)
  if (!m) return null
  return isPageView(m[2]!, m[3]!, Number(m[4]), m[5]) ? m[1]!.toLowerCase().replace(/:\d+$/, '') : null
}

/** Maps a host to its portal's id: its own domains and `<slug>.<suffix>`. */
export async function siteResolver(payload: Payload, suffix: string): Promise<(host: string) => number | string | null> {
  const sites = await payload.find({ collection: 'sites', pagination: false, depth: 0, select: { slug: true, domains: true }, overrideAccess: true })
  const byHost = new Map<string, number | string>()
  for (const s of sites.docs) {
    byHost.set(`${s.slug}.${suffix}`, s.id)
    for (const d of (s.domains as string[] | null) ?? []) byHost.set(d.toLowerCase(), s.id)
  }
  return (host) => byHost.get(host) ?? null
}

export type LogCount = { lines: number; pageViews: number; unknownHosts: number; bySite: Map<string, number> }

/** Count the page views of one access log (plain or .gz) per portal. */
export async function countLog(file: string, resolve: (host: string) => number | string | null): Promise<LogCount> {
  const raw = fs.createReadStream(file)
  const input = file.endsWith('.gz') ? raw.pipe(zlib.createGunzip()) : raw
  const result: LogCount = { lines: 0, pageViews: 0, unknownHosts: 0, bySite: new Map() }
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    result.lines++
    const host = pageViewHost(line)
    if (!host) continue
    const site = resolve(host)
    if (site === null) {
      result.unknownHosts++
      continue
    }
    result.pageViews++
    result.bySite.set(String(site), (result.bySite.get(String(site)) ?? 0) + 1)
  }
  return result
}

/** Portals per statement of `addVisits`. */
const CHUNK = 400

/** Counts could not all be stored: `remaining` holds those that were not (the others were). */
export class VisitsNotStored extends Error {
  constructor(
    readonly remaining: Map<string, number>,
    cause: unknown,
  ) {
    super(`Cannot store the page views of ${remaining.size} portal(s)`, { cause })
  }
}

/**
 * Add page views to portals: one statement per 400 portals that adds to what is stored
 * (`visits = visits + CASE id …`), so several processes add at once without losing any, and a
 * statement that fails leaves its portals' counts untouched (`VisitsNotStored.remaining`).
 * Written beside the Local API, not through it: a change of `sites` through it would rebuild the
 * portal.
 */
export async function addVisits(payload: Payload, bySite: ReadonlyMap<string, number>): Promise<void> {
  const entries = [...bySite].filter(([, n]) => n > 0)
  const id = (site: string) => (payload.db.defaultIDType === 'number' ? Number(site) : site)
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK)
    try {
      if (isSql(payload)) {
        const cases = sql.join(chunk.map(([site, n]) => sql`WHEN ${id(site)} THEN CAST(${n} AS NUMERIC)`), sql` `)
        const ids = sql.join(chunk.map(([site]) => sql`${id(site)}`), sql`, `)
        await sqlRunner(payload).all(sql`UPDATE sites SET visits = COALESCE(visits, 0) + (CASE id ${cases} ELSE 0 END) WHERE id IN (${ids})`)
      } else {
        // MongoDB: read and write back (not atomic across processes; counts are a priority hint).
        for (const [site, n] of chunk) {
          const doc = await payload.db.findOne<{ id: number | string; visits?: number | null }>({ collection: 'sites', where: { id: { equals: id(site) } } })
          if (doc) await payload.db.updateOne({ collection: 'sites', id: id(site), data: { visits: (doc.visits ?? 0) + n }, returning: false })
        }
      }
    } catch (err) {
      throw new VisitsNotStored(new Map(entries.slice(i)), err)
    }
  }
}

/** Set every portal's page views back to 0 (before importing a new period's logs). */
export async function resetVisits(payload: Payload): Promise<void> {
  if (isSql(payload)) await sqlRunner(payload).all(sql`UPDATE sites SET visits = 0`)
  else await payload.db.updateMany({ collection: 'sites', where: {}, data: { visits: 0 }, returning: false })
}

/** Page views the portal server saw, added to the database every `flushMs`. */
export class VisitCounter {
  private counts = new Map<string, number>()
  private timer: NodeJS.Timeout | null = null
  private flushing: Promise<void> = Promise.resolve()

  constructor(
    private readonly payload: Payload,
    flushMs = 60_000,
  ) {
    if (flushMs > 0) {
      this.timer = setInterval(() => void this.flush(), flushMs)
      this.timer.unref()
    }
  }

  count(siteId: number | string): void {
    const key = String(siteId)
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1)
  }

  flush(): Promise<void> {
    if (this.counts.size === 0) return this.flushing
    const batch = this.counts
    this.counts = new Map()
    this.flushing = this.flushing
      .then(() => addVisits(this.payload, batch))
      .catch((err: unknown) => {
        // Kept for the next flush (a busy database, a restart of PostgreSQL).
        if (err instanceof VisitsNotStored) for (const [site, n] of err.remaining) this.counts.set(site, (this.counts.get(site) ?? 0) + n)
        this.payload.logger.warn({ err, msg: 'Cannot store page views; retrying at the next flush' })
      })
    return this.flushing
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    await this.flush()
  }
}
