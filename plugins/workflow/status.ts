/**
 * What the admin shows of a document's workflow: its state, the last comment, the pending
 * schedule, the steps the user may take now (computed with the same rules as the endpoints that
 * take them) and the document's history. `GET /api/<collection>/:id/workflow`, and for a
 * document not saved yet `GET /api/<collection>/workflow?site=<id>`.
 */
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { asUser, type SessionUser } from '../../cms/src/access/roles'
import { contributionOf } from '../../cms/src/contributions'
import { readableDraft } from '../../cms/src/access/request'
import { fail } from '../../cms/src/lib/endpoint'
import { siteRequiresApproval } from './hooks'
import { availableActions, schedulableActions, type ScheduleAction, type WorkflowAction, type WorkflowState } from './rules'
import type { Schedule } from './schedule'
import { TAKEDOWNS } from './takedown/collection'
import { takedownCollection } from './takedown/service'

export type HistoryEntry = { id: number | string; at: string; action: WorkflowAction; from: WorkflowState | null; to: WorkflowState | null; comment: string | null; by: string | null }

export type WorkflowStatus = {
  state: WorkflowState
  note: string | null
  unpublishReason: string | null
  scheduled: Schedule | null
  /** The transitions the user may take now. */
  actions: WorkflowAction[]
  /** The steps the user may schedule (when the collection has scheduled publishing). */
  schedule: ScheduleAction[]
  /** Whether the collection makes preview links. */
  preview: boolean
  /** Who created the document (a name: colleagues may not read user accounts). */
  createdBy: string | null
  history: HistoryEntry[]
  /** The document's current takedown (ADR 0022), if any. */
  takedown: { kind: string; reason: string | null; at: string; targetPath: string | null; successor: string | null } | null
  /** Collections a consolidated document may lead to (the unpublish dialog's choice). */
  takedownTargets: Array<{ slug: string; label: unknown }>
  /** When the server read it (ms since 1970): the edit view shows the latest of the answers it has. */
  readAt: number
}

type DraftDoc = { id: number | string; createdBy?: unknown; site?: number | string | { id: number | string } | null; workflow?: { state?: WorkflowState; note?: string | null; unpublishReason?: string | null; scheduledAt?: string | null; scheduledAction?: ScheduleAction | null } }

const siteOf = (doc: DraftDoc): number | string | null => (doc.site && typeof doc.site === 'object' ? doc.site.id : (doc.site ?? null))

function canSchedule(req: PayloadRequest, collection: string): boolean {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  const drafts = config?.versions && typeof config.versions === 'object' ? config.versions.drafts : undefined
  return Boolean(drafts && typeof drafts === 'object' && drafts.schedulePublish)
}

async function authorName(req: PayloadRequest, createdBy: unknown): Promise<string | null> {
  const id = createdBy && typeof createdBy === 'object' ? (createdBy as { id: number | string }).id : (createdBy as number | string | null | undefined)
  if (id === null || id === undefined) return null
  const user = (await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req, disableErrors: true, select: { name: true, email: true } as never })) as { name?: string; email?: string } | null
  return user ? (user.name || user.email || null) : null
}

async function history(req: PayloadRequest, user: SessionUser, collection: string, id: number | string): Promise<HistoryEntry[]> {
  const events = await req.payload.find({
    collection: 'workflow-events',
    where: { and: [{ collectionSlug: { equals: collection } }, { docId: { equals: String(id) } }] },
    sort: '-createdAt',
    limit: 30,
    depth: 0,
    user,
    overrideAccess: false,
    req,
    select: { action: true, from: true, to: true, comment: true, by: true, createdAt: true },
  })
  return events.docs.map((e) => ({ id: e.id, at: e.createdAt, action: e.action, from: e.from ?? null, to: e.to ?? null, comment: e.comment ?? null, by: e.by ?? null }))
}

export async function workflowStatus(req: PayloadRequest, collection: string, user: SessionUser, doc: DraftDoc): Promise<WorkflowStatus> {
  const siteId = siteOf(doc)
  const readAt = Date.now()
  const state = doc.workflow?.state ?? 'draft'
  const { scheduledAt, scheduledAction } = doc.workflow ?? {}
  const [requireApproval, events, createdBy, takedown] = await Promise.all([siteRequiresApproval(req, siteId), history(req, user, collection, doc.id), authorName(req, doc.createdBy), currentTakedown(req, collection, doc.id)])
  return {
    state,
    note: doc.workflow?.note ?? null,
    unpublishReason: doc.workflow?.unpublishReason ?? null,
    scheduled: scheduledAt && scheduledAction ? { at: scheduledAt, action: scheduledAction } : null,
    actions: availableActions(user, siteId, state, requireApproval),
    schedule: canSchedule(req, collection) ? schedulableActions(user, siteId, requireApproval) : [],
    preview: Boolean(contributionOf(req.payload, collection, 'workflow')?.preview),
    createdBy,
    history: events,
    takedown,
    takedownTargets: Object.values(req.payload.collections)
      .filter((c) => takedownCollection(req.payload, c.config.slug))
      .map((c) => ({ slug: c.config.slug, label: c.config.labels?.singular ?? c.config.slug })),
    readAt,
  }
}

async function currentTakedown(req: PayloadRequest, collection: string, id: number | string): Promise<WorkflowStatus['takedown']> {
  const found = await req.payload.find({
    collection: TAKEDOWNS as 'news',
    where: { and: [{ collectionSlug: { equals: collection } }, { docId: { equals: String(id) } }] },
    limit: 1,
    depth: 1,
    overrideAccess: true,
    req,
  })
  const r = found.docs[0] as Record<string, any> | undefined // eslint-disable-line @typescript-eslint/no-explicit-any
  if (!r) return null
  const successor = r.successor && typeof r.successor === 'object' ? String(r.successor.name ?? r.successor.slug) : null
  return { kind: String(r.kind), reason: r.reason ?? null, at: String(r.createdAt), targetPath: r.targetPath ?? null, successor }
}

/** `GET /api/<collection>/:id/workflow`: the document's workflow as the user sees it. */
export function workflowStatusEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req: PayloadRequest) => {
      const user = asUser(req)
      if (!user) return fail(401, 'Cần đăng nhập. / Login required.')
      const doc = (await readableDraft(req, collection, user)) as DraftDoc | null
      if (!doc) return fail(404, 'Không tìm thấy tài liệu. / Not found.')
      return Response.json(await workflowStatus(req, collection, user, doc), { headers: { 'Cache-Control': 'no-store' } })
    },
  }
}

/**
 * `GET /api/<collection>/workflow?site=<id>`: the steps the user could take on a new document of
 * that site (the edit view before the first save).
 */
export function newDocumentWorkflowEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/workflow',
    method: 'get',
    handler: async (req: PayloadRequest) => {
      const user = asUser(req)
      if (!user) return fail(401, 'Cần đăng nhập. / Login required.')
      const numeric = req.payload.db.defaultIDType === 'number'
      const site = typeof req.query?.site === 'string' && (numeric ? /^\d{1,15}$/ : /^[A-Za-z0-9_-]{1,64}$/).test(req.query.site) ? req.query.site : null
      const siteId = site === null ? null : numeric ? Number(site) : site
      const requireApproval = await siteRequiresApproval(req, siteId)
      const actions = availableActions(user, siteId, 'draft', requireApproval).filter((a) => a === 'approve')
      return Response.json({ actions, preview: Boolean(contributionOf(req.payload, collection, 'workflow')?.preview) }, { headers: { 'Cache-Control': 'no-store' } })
    },
  }
}
