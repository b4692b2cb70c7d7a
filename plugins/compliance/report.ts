/**
 * The compliance dashboard: for every active portal, whether each mandatory section (Nghị định
 * 42/2022, `contracts/sections.ts`) is there and fresh, when the portal last published anything,
 * what the checks of its latest release found, and how its builds are doing.
 *
 * A section is present when the portal's navigation makes it reachable: a published page, or a
 * category with published news, carries its key; a contributed collection's documents fill the
 * list that stands for it (news, legal documents, procedures, consultations, answered questions,
 * also those other portals share with it); or the portal links it whatever it holds (the Q&A
 * page). Its last update is the newest date of what counts; it is stale when that is more than
 * the section's `maxAgeDays` ago, or when nothing dated counts yet. `explainSite` names the
 * newest document that counted and says what counts.
 */
import type { Payload } from 'payload'

import type { SITE_LEVELS } from '../../cms/src/contracts/portal'
import { MANDATORY_SECTIONS, type SectionKey } from '../../cms/src/contracts/sections'
import { foldDiacritics } from '../../cms/src/lib/text'
import { loadAggregates, sectionKey } from './aggregates'
import { bus } from '../../cms/src/lib/bus'
import { idKeyOf } from '../../cms/src/lib/ids'
import { overdueCountsBySite } from '../review/overdue'

type Level = (typeof SITE_LEVELS)[number]
type Id = number | string

const DAY_MS = 86_400_000

export type SectionState = {
  key: SectionKey
  /** Reachable from the portal's navigation: something that counts for it is published, or the portal always links it. */
  present: boolean
  /** Latest update of what makes the section (ISO), null when missing or when nothing dated counts. */
  lastUpdate: string | null
  /** Whole days since `lastUpdate`. */
  days: number | null
  /** Present but older than the section's `maxAgeDays`, or present without any dated content. */
  stale: boolean
}

export type BuildSummary = { id: Id; status: 'running' | 'succeeded' | 'failed'; finishedAt: string | null; durationMs: number | null }

export type ComplianceRow = {
  id: Id
  name: string
  slug: string
  level: Level
  parent: { id: Id; name: string; slug: string } | null
  /** One entry per mandatory section, in the registry's order. */
  sections: SectionState[]
  missing: number
  stale: number
  /** 0–100: a fresh section counts 1, a stale one ½, a missing one 0. */
  score: number
  /** Latest publication of anything on the portal: a news item's `publishedAt` or a published page's `updatedAt`. */
  lastPublishedAt: string | null
  daysSincePublish: number | null
  /** From the release checks of the latest succeeded build (the live release); null when it was not checked. */
  brokenLinks: number | null
  a11yIssues: number | null
  checksBuildId: Id | null
  /** Published documents of the portal whose next review is today or past (ADR 0024). */
  overdueReviews: number
  lastBuild: BuildSummary | null
  queuedBuilds: number
}

export type ComplianceReport = {
  generatedAt: string
  sections: Array<{ key: SectionKey; vi: string; en: string; maxAgeDays: number; kind: 'page' | 'category' }>
  rows: ComplianceRow[]
  /** Milliseconds the computation took (all sites, before filtering; a cached report keeps its figure). */
  tookMs: number
}

export type ReportScope = {
  /** Only these sites (a site admin's); every active site when omitted. */
  siteIds?: Id[] | null
  /** Compute for this moment, bypassing the cache (tests, benchmarks). */
  now?: Date
  /** Recompute even if a recent result is cached. */
  fresh?: boolean
}

/** How long a computed report is reused: sorting and filtering clicks should not recompute it. */
export const REPORT_TTL_MS = 30_000

const daysBetween = (iso: string | null, now: Date) => (iso === null ? null : Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS)))


type SiteDoc = { id: Id; name?: string | null; slug?: string | null; level?: Level | null; parent?: unknown; status?: string | null }

const cache = new WeakMap<Payload, { at: number; generation: number; report: Promise<ComplianceReport> }>()
/** `fresh=1` on any process makes every process recompute (the bus). */
let generation = 0
bus().subscribe('cache:compliance', () => {
  generation++
})
// Any change of a site (created, archived by a merger or retirement, renamed, moved under another
// parent) changes the rows: the site hooks and the lifecycle commands announce it as a host-map change.
bus().subscribe('cache:hosts', () => {
  generation++
})

/**
 * The dashboard rows of every active portal (or of `scope.siteIds`), attention first. One
 * computation serves every caller for `REPORT_TTL_MS`: figures in days do not move faster.
 */
export async function complianceReport(payload: Payload, scope: ReportScope = {}): Promise<ComplianceReport> {
  let report: Promise<ComplianceReport>
  if (scope.now) report = computeReport(payload, scope.now)
  else {
    if (scope.fresh) bus().publish('cache:compliance')
    const hit = cache.get(payload)
    if (hit && hit.generation === generation && Date.now() - hit.at < REPORT_TTL_MS) report = hit.report
    else {
      report = computeReport(payload, new Date())
      cache.set(payload, { at: Date.now(), generation, report })
      report.catch(() => cache.delete(payload))
    }
  }
  const full = await report
  if (!scope.siteIds) return full
  const wanted = new Set(scope.siteIds.map(String))
  return { ...full, rows: full.rows.filter((row) => wanted.has(String(row.id))) }
}

async function computeReport(payload: Payload, now: Date): Promise<ComplianceReport> {
  const started = performance.now()
  const [sites, aggregates] = await Promise.all([
    payload.find({
      collection: 'sites',
      pagination: false,
      depth: 0,
      locale: 'vi',
      select: { name: true, slug: true, level: true, parent: true, status: true },
      overrideAccess: true,
    }),
    loadAggregates(payload, now),
  ])
  const overdue = await overdueCountsBySite(payload)
  const byId = new Map<string, SiteDoc>(sites.docs.map((s) => [String(s.id), s as SiteDoc]))
  const active = (sites.docs as SiteDoc[]).filter((s) => s.status === 'active')

  const rows = active.map((site): ComplianceRow => {
    const id = String(site.id)
    const sections = MANDATORY_SECTIONS.map((s): SectionState => {
      const lastUpdate = aggregates.sections.get(sectionKey(id, s.key)) ?? null
      const days = daysBetween(lastUpdate, now)
      const reachable = lastUpdate !== null || aggregates.reachable.has(sectionKey(id, s.key)) || aggregates.reachable.has(sectionKey('*', s.key))
      // Reachable with nothing dated in it (a Q&A page nobody was answered on) is not kept up to date.
      return { key: s.key, present: reachable, lastUpdate, days, stale: reachable && (days === null || days > s.maxAgeDays) }
    })
    const missing = sections.filter((s) => !s.present).length
    const stale = sections.filter((s) => s.stale).length
    const points = sections.reduce((sum, s) => sum + (s.present ? (s.stale ? 0.5 : 1) : 0), 0)
    const lastPublishedAt = aggregates.lastPublished.get(id) ?? null
    const builds = aggregates.builds.get(id)
    const live = builds?.live
    const parentId = idKeyOf(site.parent)
    const parent = parentId ? byId.get(parentId) : undefined
    return {
      id: site.id,
      name: site.name ?? site.slug ?? id,
      slug: site.slug ?? '',
      level: site.level ?? 'truc-thuoc',
      parent: parent ? { id: parent.id, name: parent.name ?? parent.slug ?? parentId!, slug: parent.slug ?? '' } : null,
      sections,
      missing,
      stale,
      score: Math.round((100 * points) / MANDATORY_SECTIONS.length),
      lastPublishedAt,
      daysSincePublish: daysBetween(lastPublishedAt, now),
      brokenLinks: live?.brokenLinks ?? null,
      a11yIssues: live?.a11yIssues ?? null,
      checksBuildId: live && live.brokenLinks !== null ? idOf(live.id, site.id) : null,
      overdueReviews: overdue.get(id) ?? 0,
      lastBuild: builds?.last ? { ...builds.last, id: idOf(builds.last.id, site.id) } : null,
      queuedBuilds: builds?.queued ?? 0,
    }
  })

  return {
    generatedAt: now.toISOString(),
    sections: MANDATORY_SECTIONS.map(({ key, vi, en, maxAgeDays, kind }) => ({ key, vi, en, maxAgeDays, kind })),
    rows: sortRows(rows, 'priority', 'desc'),
    tookMs: Math.round(performance.now() - started),
  }
}

/** Ids as the database has them: numbers on SQLite, strings on MongoDB (like the site's). */
const idOf = (id: string, like: Id): Id => (typeof like === 'number' ? Number(id) : id)

// ─── sorting and filtering ───────────────────────────────────────────────────────────────────────

export const SORT_KEYS = [
  'priority',
  'name',
  'slug',
  'level',
  'parent',
  'score',
  'missing',
  'stale',
  'daysSincePublish',
  'brokenLinks',
  'a11yIssues',
  'overdueReviews',
  'buildStatus',
  'buildFinishedAt',
  'buildDurationMs',
  'queuedBuilds',
  ...MANDATORY_SECTIONS.map((s) => `section:${s.key}` as const),
] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type SortDir = 'asc' | 'desc'

/** Direction used when the request names a column but no direction. */
export const defaultDir = (key: SortKey): SortDir => (key === 'priority' ? 'desc' : 'asc')

const BUILD_ORDER: Record<BuildSummary['status'], number> = { failed: 0, running: 1, succeeded: 2 }

type Value = number | string | null

/** What a column sorts by; null sorts last in both directions. */
function valueOf(row: ComplianceRow, key: SortKey): Value {
  if (key.startsWith('section:')) {
    const section = row.sections.find((s) => `section:${s.key}` === key)
    // A missing section is older than any present one.
    if (!section?.present) return Number.POSITIVE_INFINITY
    // Reachable but never updated: older than anything dated, younger than missing.
    return section.days ?? Number.MAX_SAFE_INTEGER
  }
  switch (key) {
    case 'name':
      return foldDiacritics(row.name).toLowerCase()
    case 'slug':
      return row.slug
    case 'level':
      return row.level
    case 'parent':
      return row.parent ? foldDiacritics(row.parent.name).toLowerCase() : null
    case 'score':
      return row.score
    case 'missing':
      return row.missing
    case 'stale':
      return row.stale
    case 'daysSincePublish':
      return row.daysSincePublish ?? Number.POSITIVE_INFINITY
    case 'brokenLinks':
      return row.brokenLinks
    case 'a11yIssues':
      return row.a11yIssues
    case 'overdueReviews':
      return row.overdueReviews
    case 'buildStatus':
      return row.lastBuild ? BUILD_ORDER[row.lastBuild.status] : null
    case 'buildFinishedAt':
      return row.lastBuild?.finishedAt ?? null
    case 'buildDurationMs':
      return row.lastBuild?.durationMs ?? null
    case 'queuedBuilds':
      return row.queuedBuilds
    default:
      return null
  }
}

function compare(a: Value, b: Value): number {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1
  return String(a).localeCompare(String(b))
}

/**
 * `priority` (the default, descending) puts the portals that need attention first: most missing
 * plus stale sections, then the longest without publishing anything. Ties go by name.
 */
export function sortRows(rows: ComplianceRow[], key: SortKey, dir: SortDir): ComplianceRow[] {
  const sign = dir === 'asc' ? 1 : -1
  const byName = (a: ComplianceRow, b: ComplianceRow) => compare(valueOf(a, 'name'), valueOf(b, 'name'))
  return [...rows].sort((a, b) => {
    if (key === 'priority') {
      const attention = compare(a.missing + a.stale, b.missing + b.stale) || compare(valueOf(a, 'daysSincePublish'), valueOf(b, 'daysSincePublish'))
      return sign * attention || byName(a, b)
    }
    const va = valueOf(a, key)
    const vb = valueOf(b, key)
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1
    return sign * compare(va, vb) || byName(a, b)
  })
}

/** Keep the rows of one level and whose name or slug contains `q` (accents and case ignored). */
export function filterRows(rows: ComplianceRow[], { level, q }: { level?: Level; q?: string }): ComplianceRow[] {
  const needle = q ? foldDiacritics(q).toLowerCase().trim() : ''
  return rows.filter(
    (row) =>
      (!level || row.level === level) &&
      (!needle || foldDiacritics(row.name).toLowerCase().includes(needle) || row.slug.includes(needle)),
  )
}
