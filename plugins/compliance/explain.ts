/**
 * Why each section of one portal counts as it does: the newest document that counted (own or
 * shared with the portal) and, in words, what counts for it. The dashboard's row gives the
 * figures; this is what "Xem cả 15 mục" shows, so an editor who published today and still sees
 * a stale section can tell why (news in an untagged category do not count for a category
 * section, for example).
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { contributions, platformContributions } from '../../cms/src/contributions'
import { MANDATORY_SECTIONS } from '../../cms/src/contracts/sections'
import { loadSiteTree } from '../../cms/src/lib/hierarchy'
import { idOf } from '../../cms/src/lib/ids'
import { dateOf, iso, sharedDocs } from './aggregates'
import type { ComplianceReport, SectionState } from './report'
import type { ComplianceContribution, CountedItem, SectionNote } from './types'

type Row = Record<string, unknown>
type Label = { vi: string; en: string }

export type ExplainedSection = SectionState & {
  vi: string
  en: string
  maxAgeDays: number
  /** The newest document that counted, null when none did. */
  counted: CountedItem | null
  notes: Array<{ vi: string; en: string }>
}

function singular(payload: Payload, slug: string): Label {
  const labels = payload.collections[slug as CollectionSlug].config.labels?.singular
  if (labels && typeof labels === 'object') {
    const l = labels as Record<string, string>
    return { vi: l.vi ?? l.en ?? slug, en: l.en ?? l.vi ?? slug }
  }
  return { vi: typeof labels === 'string' ? labels : slug, en: typeof labels === 'string' ? labels : slug }
}

function titleOf(payload: Payload, slug: string, doc: Row): string {
  const field = payload.collections[slug as CollectionSlug].config.admin?.useAsTitle ?? 'id'
  const value = doc[field]
  return typeof value === 'string' && value !== '' ? value : `#${String(doc.id)}`
}

/** The newest document of one contributed collection that counts for the portal, own and shared. */
async function newestOf(payload: Payload, slug: string, part: ComplianceContribution, siteId: number | string, now: Date, tree: Awaited<ReturnType<typeof loadSiteTree>>): Promise<CountedItem[]> {
  const config = payload.collections[slug as CollectionSlug].config
  const date = part.dateField ?? 'updatedAt'
  const conditions: Where[] = [{ site: { equals: siteId } }, { [date]: { less_than_equal: now.toISOString() } }, ...Object.entries(part.filter ?? {}).map(([f, v]) => ({ [f]: { equals: v } }))]
  if (config.versions) conditions.push({ _status: { equals: 'published' } })
  const own = (await payload.find({ collection: slug as CollectionSlug, where: { and: conditions }, sort: `-${date}`, limit: 1, depth: 0, locale: 'vi', overrideAccess: true })).docs as unknown as Row[]
  const shared = part.shared ? await sharedDocs(payload, slug, part, tree, now, String(siteId)) : []
  const kind = singular(payload, slug)
  const items: CountedItem[] = []
  for (const doc of own) items.push({ section: '', t: iso(dateOf(doc, part)), title: titleOf(payload, slug, doc), kind })
  const newestShared = shared.sort((a, b) => String(iso(b.t)).localeCompare(String(iso(a.t))))[0]
  if (newestShared) {
    const owner = idOf(newestShared.doc.site)
    const ownerSlug = owner === null ? null : ((await payload.findByID({ collection: 'sites', id: owner, depth: 0, overrideAccess: true, select: { slug: true } }).catch(() => null)) as Row | null)?.slug
    items.push({ section: '', t: iso(newestShared.t), title: titleOf(payload, slug, newestShared.doc), kind, sharedBy: typeof ownerSlug === 'string' ? ownerSlug : null })
  }
  return part.sections.flatMap((section) => items.map((item) => ({ ...item, section })))
}

function collectionNote(payload: Payload, slug: string, part: ComplianceContribution): Array<Omit<SectionNote, 'section'>> {
  const plural = payload.collections[slug as CollectionSlug].config.labels?.plural as Record<string, string> | string | undefined
  const name = typeof plural === 'object' ? { vi: plural.vi ?? slug, en: plural.en ?? slug } : { vi: plural ?? slug, en: plural ?? slug }
  const shared = part.shared ? { vi: ', kể cả của cổng khác chia sẻ sang', en: ', including those other portals share with it' } : { vi: '', en: '' }
  const where = part.list ? { vi: `; hiện ở trang "${part.list.vi}" (${part.list.path}), có liên kết ở chân mọi trang của cổng`, en: `; listed on "${part.list.en}" (${part.list.path}), linked from every page's footer` } : { vi: '', en: '' }
  return [{ vi: `Tính mọi ${name.vi.toLowerCase()} đã xuất bản của cổng${shared.vi}${where.vi}.`, en: `Every published ${name.en.toLowerCase()} of the portal counts${shared.en}${where.en}.` }]
}

/** The sections of one portal's row, each with the newest document that counted and what counts. */
export async function explainSite(payload: Payload, report: ComplianceReport, siteId: number | string, now: Date = new Date()): Promise<ExplainedSection[] | null> {
  const row = report.rows.find((r) => String(r.id) === String(siteId))
  if (!row) return null
  const tree = await loadSiteTree(payload)
  const counted: CountedItem[] = []
  const notes: SectionNote[] = []
  for (const { slug, part } of contributions(payload, 'compliance')) {
    counted.push(...(await newestOf(payload, slug, part, row.id, now, tree)))
    for (const section of part.sections) notes.push(...collectionNote(payload, slug, part).map((n) => ({ ...n, section })))
  }
  for (const source of platformContributions(payload, 'complianceSources')) {
    if (!source.explain) continue
    const explained = await source.explain(payload, row.id, now)
    counted.push(...explained.counted)
    notes.push(...explained.notes)
  }
  return row.sections.map((state) => {
    const meta = MANDATORY_SECTIONS.find((s) => s.key === state.key)!
    const newest = counted.filter((c) => c.section === state.key).sort((a, b) => String(b.t ?? '').localeCompare(String(a.t ?? '')))[0] ?? null
    return {
      ...state,
      vi: meta.vi,
      en: meta.en,
      maxAgeDays: meta.maxAgeDays,
      counted: newest,
      notes: notes.filter((n) => n.section === state.key).map(({ vi, en }) => ({ vi, en })),
    }
  })
}
