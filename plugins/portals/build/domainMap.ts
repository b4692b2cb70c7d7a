/**
 * The nginx domain map of the live portals (`docker/nginx-portals.conf`): which portal folder
 * each domain serves.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { sitesDir } from './paths'

/** One line of the map: nginx's `map` entry from a domain to the portal's folder. */
const mapLine = (domain: string, slug: string) => `${domain} ${slug};`

/** A portal's lines, in a form that compares equal whatever their order and repeats. */
const comparable = (lines: readonly string[]) => [...new Set(lines)].sort().join('\n')

/**
 * Whether `.domains.map` already holds exactly the domains of these portals (none for one that
 * is not active): a publish then leaves it alone instead of reading every portal of the platform
 * (4,000 at national scale) to write the same file again. A missing map never holds.
 */
export async function domainMapHolds(payload: Payload, siteIds: ReadonlyArray<number | string>): Promise<boolean> {
  const text = await fs.readFile(path.join(sitesDir(), '.domains.map'), 'utf8').catch(() => null)
  if (text === null) return false
  const bySlug = new Map<string, string[]>()
  for (const line of text.split('\n')) {
    const slug = line.match(/ ([^ ;]+);$/)?.[1]
    if (slug) bySlug.set(slug, [...(bySlug.get(slug) ?? []), line])
  }
  const sites = await payload.find({
    collection: 'sites',
    where: { id: { in: [...siteIds] } },
    select: { slug: true, status: true, domains: true },
    pagination: false,
    depth: 0,
    sort: 'id',
    overrideAccess: true,
  })
  return sites.docs.every((s) => {
    const slug = String(s.slug)
    const expected = s.status === 'active' ? ((s.domains as string[] | null) ?? []).map((d) => mapLine(d, slug)) : []
    return comparable(bySlug.get(slug) ?? []) === comparable(expected)
  })
}

/**
 * `<sitesDir>/.domains.map`: "domain slug;" lines for the production static server (nginx's
 * `map`), so a portal's own domains reach its files without the CMS in the path. Written when a
 * full rebuild finishes, when a build finds the map out of date for its portal (`domainMapHolds`),
 * and when a portal is merged or retired.
 */
export async function writeDomainMap(payload: Payload): Promise<void> {
  const sites = await payload.find({
    collection: 'sites',
    where: { status: { equals: 'active' } },
    pagination: false,
    depth: 0,
    select: { slug: true, domains: true },
    overrideAccess: true,
  })
  const lines = sites.docs.flatMap((s) => ((s.domains as string[] | null) ?? []).map((d) => mapLine(d, String(s.slug))))
  const file = path.join(sitesDir(), '.domains.map')
  await fs.mkdir(sitesDir(), { recursive: true })
  // A file of its own per writer (two lanes, a server and a worker may write at once), then one rename.
  const tmp = `${file}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`
  try {
    await fs.writeFile(tmp, lines.join('\n') + '\n')
    await fs.rename(tmp, file)
  } finally {
    await fs.rm(tmp, { force: true })
  }
}
