/**
 * "Việc của tôi": what waits for the user, across every collection that follows the workflow
 * (`custom.cong.workflow`): items waiting for their review, their own items returned to them,
 * their drafts, and what they submitted that still waits. Read as the user (access control on),
 * from the latest drafts, with the steps the user may take on each (the same rules as the
 * workflow endpoint), so the view can offer them in place.
 *
 * Two reads per collection, both in flight at once across collections: the user's own unfinished
 * items (one query, split by state; counted and read newest first only when the list comes back
 * full, see `counted`) and the items submitted on the sites where the user reviews (newest first,
 * with their count, see `waitingForReview`).
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { asUser, dbIds, isPlatformAdmin, siteIdsOf, type SessionUser } from '../../cms/src/access/roles'
import type { Bilingual } from '../../cms/src/admin/text'
import { contributions } from '../../cms/src/contributions'
import { idOf } from '../../cms/src/lib/ids'
import { type OverdueReview, overdueReviewsFor } from '../review/overdue'
import { siteRequiresApproval } from './hooks'
import { availableActions, type ScheduleAction, type WorkflowAction, type WorkflowState } from './rules'

export type WorkItem = {
  collection: string
  /** What one document of the collection is called. */
  type: Bilingual
  id: number | string
  title: string
  state: WorkflowState
  note: string | null
  scheduled: { action: ScheduleAction; at: string } | null
  updatedAt: string
  site: number | string | null
  siteName: string | null
  /** The steps the user may take on it now. */
  actions: WorkflowAction[]
}

export type MyWork = {
  /** Submitted on the sites where the user reviews (approves or returns). */
  toReview: WorkItem[]
  /** The user's own items, returned with a comment. */
  returned: WorkItem[]
  /** The user's own drafts (and unpublished items). */
  drafts: WorkItem[]
  /** The user's own items waiting for someone else's review. */
  waiting: WorkItem[]
  /** How many of each there are (the lists hold the newest `LIMIT`). */
  counts: { toReview: number; returned: number; drafts: number; waiting: number }
  /** Published documents due for review that the user owns, or edits on their site when nobody owns them (ADR 0024). */
  reviews: { items: OverdueReview[]; count: number }
}

/** Items listed per section and collection. */
const LIMIT = 50
const MINE_STATES: WorkflowState[] = ['draft', 'unpublished', 'returned', 'submitted']

type Source = { slug: string; type: Bilingual; titleField: string }

function sourcesOf(payload: Payload): Source[] {
  return contributions(payload, 'workflow').map(({ slug, part }) => {
    const config = payload.collections[slug as CollectionSlug]?.config
    const singular = config?.labels?.singular
    const type: Bilingual = part.label ?? (singular && typeof singular === 'object' ? { vi: String((singular as Record<string, string>).vi ?? slug), en: String((singular as Record<string, string>).en ?? slug) } : { vi: String(singular ?? slug), en: String(singular ?? slug) })
    return { slug, type, titleField: part.titleField ?? config?.admin?.useAsTitle ?? 'title' }
  })
}

type Row = Record<string, unknown> & { id: number | string; updatedAt: string; site?: unknown; workflow?: { state?: WorkflowState; note?: string | null; scheduledAt?: string | null; scheduledAction?: ScheduleAction | null } }

type Read = { rows: Row[]; total: number }

/** Up to `limit` latest drafts matching `where`, as the user may read them; counted only when asked. */
async function read(payload: Payload, req: PayloadRequest | undefined, user: SessionUser, source: Source, where: Where, limit: number, sort: string, pagination = false) {
  return payload.find({
    collection: source.slug as CollectionSlug,
    where,
    draft: true,
    depth: 0,
    limit,
    pagination,
    sort,
    user,
    overrideAccess: false,
    req,
    select: { [source.titleField]: true, workflow: true, updatedAt: true, site: true } as never,
  })
}

/** How many latest drafts match `where` for the user (the same read as the lists, one row long). */
async function count(payload: Payload, req: PayloadRequest | undefined, user: SessionUser, source: Source, where: Where): Promise<number> {
  return (await read(payload, req, user, source, where, 1, '-updatedAt', true)).totalDocs
}

/** The newest `limit` rows matching `where` and how many there are, in one paginated read. */
async function newestWithCount(payload: Payload, req: PayloadRequest | undefined, user: SessionUser, source: Source, where: Where, limit: number): Promise<Read> {
  const newest = await read(payload, req, user, source, where, limit, '-updatedAt', true)
  return { rows: newest.docs as unknown as Row[], total: newest.totalDocs }
}

/**
 * The newest `limit` rows matching `where` and how many there are. First every row, up to
 * `limit`, in the order of the workflow state (its index finds the few unfinished items among a
 * site's thousands of published ones; sorted by date, SQLite walks the date index through every
 * version, as its statistics cannot tell that "draft" is rare): a shorter list is all there is,
 * and the caller sorts it. Only a full list is read again, newest first, with its count.
 */
async function counted(payload: Payload, req: PayloadRequest | undefined, user: SessionUser, source: Source, where: Where, limit: number): Promise<Read> {
  const all = (await read(payload, req, user, source, where, limit, 'workflow.state')).docs as unknown as Row[]
  if (all.length < limit) return { rows: all, total: all.length }
  return newestWithCount(payload, req, user, source, where, limit)
}

/**
 * What waits for review: the newest `LIMIT` submitted items and how many there are, in one read.
 * Submitted items are few on every site, and an index leads with the workflow state and ends with
 * the date (`workflow_list_idx`, ADR 0028), so neither the list nor its count reads the published
 * versions, even for a platform admin, whose read has no site filter. Sorted by the state instead,
 * SQLite walked the creation-date index through every version of the platform (0.75 s at 250,000
 * news): its statistics cannot tell that "submitted" is rare.
 */
const waitingForReview = (payload: Payload, req: PayloadRequest | undefined, user: SessionUser, source: Source, where: Where): Promise<Read> =>
  newestWithCount(payload, req, user, source, where, LIMIT)

function toItem(source: Source, row: Row): WorkItem {
  const w = row.workflow ?? {}
  const title = row[source.titleField]
  return {
    collection: source.slug,
    type: source.type,
    id: row.id,
    title: typeof title === 'string' && title ? title : `#${row.id}`,
    state: w.state ?? 'draft',
    note: w.note ?? null,
    scheduled: w.scheduledAt && w.scheduledAction ? { at: w.scheduledAt, action: w.scheduledAction } : null,
    updatedAt: row.updatedAt,
    site: idOf(row.site),
    siteName: null,
    actions: [],
  }
}

const newestFirst = (a: WorkItem, b: WorkItem) => b.updatedAt.localeCompare(a.updatedAt)

export async function myWork(payload: Payload, user: SessionUser, req?: PayloadRequest): Promise<MyWork> {
  const sources = sourcesOf(payload)
  const reviewSites = isPlatformAdmin(user) ? null : siteIdsOf(user, ['site-admin', 'approver', 'editor'])
  const ids = (list: string[]) => (req ? dbIds(req, list) : payload.db.defaultIDType === 'number' ? list.map(Number) : list)
  const mineWhere: Where = { and: [{ createdBy: { equals: user.id } }, { 'workflow.state': { in: MINE_STATES } }] }
  const reviewWhere: Where = { and: [{ 'workflow.state': { equals: 'submitted' } }, ...(reviewSites === null ? [] : [{ site: { in: ids(reviewSites) } }])] }

  const work: MyWork = { toReview: [], returned: [], drafts: [], waiting: [], counts: { toReview: 0, returned: 0, drafts: 0, waiting: 0 }, reviews: { items: [], count: 0 } }
  const reviews = overdueReviewsFor(payload, user, req)
  await Promise.all(
    sources.map(async (source) => {
      const [mine, review] = await Promise.all([
        counted(payload, req, user, source, mineWhere, LIMIT * 2),
        reviewSites?.length === 0 ? Promise.resolve({ rows: [], total: 0 }) : waitingForReview(payload, req, user, source, reviewWhere),
      ])
      // Newest first before each section keeps its newest LIMIT.
      const items = mine.rows.map((row) => toItem(source, row)).sort(newestFirst)
      const of = (states: WorkflowState[]) => items.filter((i) => states.includes(i.state))
      const split = { returned: of(['returned']), drafts: of(['draft', 'unpublished']), waiting: of(['submitted']) }
      // Rarely more than one page of one's own work: count exactly then, state by state.
      const byState = async (states: WorkflowState[], listed: number) =>
        mine.total <= mine.rows.length ? listed : count(payload, req, user, source, { and: [{ createdBy: { equals: user.id } }, { 'workflow.state': { in: states } }] })
      const [returned, drafts, waiting] = await Promise.all([byState(['returned'], split.returned.length), byState(['draft', 'unpublished'], split.drafts.length), byState(['submitted'], split.waiting.length)])
      work.returned.push(...split.returned.slice(0, LIMIT))
      work.drafts.push(...split.drafts.slice(0, LIMIT))
      work.waiting.push(...split.waiting.slice(0, LIMIT))
      work.toReview.push(...review.rows.map((row) => toItem(source, row)))
      work.counts.returned += returned
      work.counts.drafts += drafts
      work.counts.waiting += waiting
      work.counts.toReview += review.total
    }),
  )

  // The steps each item allows, and the names of the sites (one read for all of them).
  const all = [...work.toReview, ...work.returned, ...work.drafts, ...work.waiting]
  const siteIds = [...new Set(all.map((i) => i.site).filter((s): s is number | string => s !== null).map(String))]
  const approval = new Map<string, boolean>()
  const names = new Map<string, string>()
  if (siteIds.length) {
    const sites = await payload.find({ collection: 'sites', where: { id: { in: ids(siteIds) } }, depth: 0, limit: siteIds.length, pagination: false, overrideAccess: true, req, select: { name: true, requireApproval: true } as never })
    for (const site of sites.docs as unknown as Array<{ id: number | string; name?: string; requireApproval?: boolean }>) {
      names.set(String(site.id), site.name ?? '')
      approval.set(String(site.id), Boolean(site.requireApproval))
    }
  }
  for (const item of all) {
    const key = item.site === null ? '' : String(item.site)
    item.siteName = names.get(key) ?? null
    item.actions = availableActions(user, item.site, item.state, approval.get(key) ?? (req ? await siteRequiresApproval(req, item.site) : false))
  }
  for (const list of [work.toReview, work.returned, work.drafts, work.waiting]) list.sort(newestFirst)
  work.reviews = await reviews
  return work
}

export const myWorkEndpoint = {
  path: '/my-work',
  method: 'get' as const,
  handler: async (req: PayloadRequest) => {
    const user = asUser(req)
    if (!user) return Response.json({ errors: [{ message: 'Cần đăng nhập. / Login required.' }] }, { status: 401 })
    return Response.json(await myWork(req.payload, user, req), { headers: { 'Cache-Control': 'no-store' } })
  },
}
