/**
 * Enforce and record the workflow on every save of news and pages, whichever way it arrives
 * (admin, REST, GraphQL, the workflow endpoint): only allowed roles publish or unpublish, an
 * unpublish needs a reason, and every state change becomes a workflow event with who and when.
 */
import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { asUser } from '../../cms/src/access/roles'
import { platformContributions } from '../../cms/src/contributions'
import { recordAudit } from '../audit/record'
import { mayAct, type ScheduleAction, type WorkflowAction, type WorkflowState } from './rules'
import { cancelScheduledJobs, type Schedule } from './schedule'
import { idOf } from '../../cms/src/lib/ids'

type WorkflowGroup = {
  state?: WorkflowState
  note?: string | null
  unpublishReason?: string | null
  scheduledAt?: string | null
  scheduledAction?: ScheduleAction | null
}
type Doc = Record<string, unknown> & { id?: number | string; workflow?: WorkflowGroup }

export async function siteRequiresApproval(req: PayloadRequest, siteId: number | string | null): Promise<boolean> {
  if (siteId === null) return false
  const cache = (req.context.approvalCache ??= {}) as Record<string, boolean>
  if (cache[String(siteId)] === undefined) {
    const site = await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, req, disableErrors: true })
    cache[String(siteId)] = Boolean((site as { requireApproval?: boolean } | null)?.requireApproval)
  }
  return cache[String(siteId)]!
}

/** The name of whoever saves, on the document and so on each version ("Người sửa" in the history). */
export const recordEditor: CollectionBeforeChangeHook = ({ data, req }) => {
  const user = req.user as { name?: string | null; email?: string | null } | null | undefined
  data.editedBy = asUser(req) && user ? String(user.name || user.email || '') : 'Hệ thống / System'
  return data
}

export type Transition = { from: WorkflowState; to: WorkflowState; action: WorkflowAction | 'save'; comment: string | null }

export const enforceWorkflow: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req, operation, context }) => {
  const user = asUser(req)
  const previous = originalDoc as Doc | undefined
  const from: WorkflowState = previous?.workflow?.state ?? 'draft'
  const siteId = idOf(data.site ?? previous?.site)
  const publishing = data._status === 'published' && !context.draftSave
  const unpublishing = !context.draftSave && Boolean(context.wasPublished) && data._status === 'draft'
  const requested = context.workflowAction as WorkflowAction | undefined
  const comment = typeof context.workflowComment === 'string' ? context.workflowComment : null

  // Writes without a user are the platform's own (seed, scheduled publishing, imports).
  if (user) {
    const requireApproval = await siteRequiresApproval(req, siteId)
    if (publishing && !mayAct(user, siteId, 'approve', requireApproval)) {
      throw new APIError('Bạn không có quyền xuất bản trên trang này; hãy gửi duyệt. / You may not publish on this site; submit it for review.', 403)
    }
    if (unpublishing && !mayAct(user, siteId, 'unpublish', requireApproval)) {
      throw new APIError('Bạn không có quyền gỡ xuất bản trên trang này. / You may not unpublish on this site.', 403)
    }
  }
  // Other plugins' checks of what is published (the checks before publishing, ADR 0021).
  if (publishing) {
    for (const guard of platformContributions(req.payload, 'publishGuards')) await guard({ collection, doc: { ...(previous ?? {}), ...data }, operation, req })
  }
  const reason = (data as Doc).workflow?.unpublishReason ?? previous?.workflow?.unpublishReason
  if (unpublishing && !(typeof reason === 'string' && reason.trim().length >= 3)) {
    throw new APIError('Cần nêu lý do gỡ xuất bản (workflow.unpublishReason). / A reason is required to unpublish.', 400)
  }

  let to: WorkflowState = from
  let action: Transition['action'] = 'save'
  if (publishing) [to, action] = ['published', 'approve']
  else if (unpublishing) [to, action] = ['unpublished', 'unpublish']
  else if (requested === 'submit' || requested === 'return') [to, action] = [requested === 'submit' ? 'submitted' : 'returned', requested]
  else if (operation === 'create') to = 'draft'

  const workflow: WorkflowGroup = { ...(previous?.workflow ?? {}), ...((data as Doc).workflow ?? {}), state: to }
  if (action === 'submit' || action === 'return') workflow.note = comment
  if (action === 'approve') workflow.unpublishReason = null
  // The schedule is set and cleared by the schedule endpoint only (`context.workflowSchedule`):
  // a save from a form opened before the schedule was set keeps it.
  const schedule = context.workflowSchedule as Schedule | null | undefined
  workflow.scheduledAt = schedule === undefined ? (previous?.workflow?.scheduledAt ?? null) : (schedule?.at ?? null)
  workflow.scheduledAction = schedule === undefined ? (previous?.workflow?.scheduledAction ?? null) : (schedule?.action ?? null)
  // A scheduled step that has now happened (by the job, or earlier by hand) is no longer pending.
  if ((action === 'approve' && workflow.scheduledAction === 'publish') || (action === 'unpublish' && workflow.scheduledAction === 'unpublish')) {
    req.context.workflowScheduleDone = workflow.scheduledAction
    workflow.scheduledAt = null
    workflow.scheduledAction = null
  }
  data.workflow = workflow
  if (to !== from || action !== 'save' || operation === 'create') {
    // On `req.context` as it is now: a Local API call made with this `req` above (the site's
    // approval setting) replaced it with a copy, and the afterChange hook receives the copy.
    // A typed takedown (ADR 0022) names its kind in the history: "Đăng nhầm (…): reason".
    const takedown = context.takedown as { comment?: string } | undefined
    const unpublishComment = takedown?.comment ?? String(reason)
    req.context.workflowTransition = { from: operation === 'create' ? 'draft' : from, to, action, comment: action === 'unpublish' ? unpublishComment : comment } satisfies Transition
  }
  return data
}

export const recordWorkflowEvent: CollectionAfterChangeHook = async ({ doc, req, collection, operation }) => {
  const done = req.context.workflowScheduleDone as ScheduleAction | undefined
  if (done) {
    // Taken by hand before its time: the job must not run it again later.
    delete req.context.workflowScheduleDone
    await cancelScheduledJobs(req, collection.slug, (doc as Doc).id!)
  }
  const t = req.context.workflowTransition as Transition | undefined
  if (!t || (operation === 'create' && t.action === 'save')) return doc
  const d = doc as Doc
  await req.payload.create({
    collection: 'workflow-events',
    data: {
      collectionSlug: collection.slug,
      docId: String(d.id),
      title: typeof d.title === 'string' ? d.title.slice(0, 300) : null,
      site: idOf(d.site) as number,
      from: t.from,
      to: t.to,
      action: t.action === 'save' ? 'submit' : t.action,
      comment: t.comment,
      user: (req.user?.id ?? null) as number | null,
      by: req.user ? String((req.user as { name?: string }).name || req.user.email) : 'Hệ thống (hẹn giờ)',
    },
    overrideAccess: true,
    req,
  })
  await recordAudit(req, {
    action: 'workflow',
    collection: collection.slug,
    docId: d.id ?? null,
    title: typeof d.title === 'string' ? d.title : null,
    site: idOf(d.site),
    detail: { from: t.from, to: t.to, action: t.action, comment: t.comment },
  })
  delete req.context.workflowTransition
  return doc
}
