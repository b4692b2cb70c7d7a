/**
 * `POST /api/<collection>/:id/workflow` with `{ action, comment? }` (every collection following
 * the workflow): submit for review, return with a comment, approve (publish) or unpublish with a
 * reason. The update runs as the calling
 * user with access control on, so the collection's rules and the workflow hook both apply.
 */
import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { type EditorialCollection, readableDraft, userAndBody } from '../../cms/src/access/request'
import { fail } from '../../cms/src/lib/endpoint'
import { siteRequiresApproval } from './hooks'
import { ACTION_FROM, mayAct, type WorkflowState, WORKFLOW_ACTIONS } from './rules'
import { cancelScheduledJobs, type Schedule } from './schedule'
import { applyTakedown, planTakedown } from './takedown/service'

const Body = z.object({
  action: z.enum(WORKFLOW_ACTIONS, { message: 'action phải là submit, return, approve hoặc unpublish.' }),
  comment: z.string().trim().max(2000, 'Ý kiến tối đa 2000 ký tự. / Comment is at most 2000 characters.').optional(),
  /** `unpublish` only: the reason type (ADR 0022). @default 'error' (what unpublishing always meant: the page is gone) */
  kind: z.string({ message: 'kind phải là chuỗi. / kind must be a string.' }).max(40).optional(),
  /** `kind: consolidated`: the document of the same portal the address leads to. */
  target: z
    .object({ collection: z.string().max(100), id: z.union([z.string().max(64), z.number()]).optional(), slug: z.string().max(300).optional() }, { message: 'target phải là {collection, id}. / target must be {collection, id}.' })
    .strict()
    .nullable()
    .optional(),
  /** `kind: former-unit`: the successor portal (id or slug). */
  successor: z.union([z.string().max(100), z.number()], { message: 'successor phải là mã hoặc slug của cổng. / successor must be a site id or slug.' }).nullable().optional(),
})

export function workflowEndpoint(collection: EditorialCollection): Endpoint {
  return {
    path: '/:id/workflow',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const input = await userAndBody(req, Body)
      if (input instanceof Response) return input
      const { user, body: { action, comment } } = input
      // An unpublish's reason is checked with its kind (a former unit's banner needs none).
      if (action === 'return' && (!comment || comment.length < 3)) return fail(400, 'Cần ghi ý kiến khi trả lại. / A comment is required to return.')
      const id = req.routeParams?.id as string
      const doc = await readableDraft(req, collection, user)
      if (!doc) return fail(404, 'Không tìm thấy bài. / Not found.')
      const state = ((doc as { workflow?: { state?: WorkflowState } }).workflow?.state ?? 'draft') as WorkflowState
      if (!ACTION_FROM[action].includes(state)) {
        return fail(409, `Không thể "${action}" khi bài đang ở trạng thái "${state}". / Cannot ${action} from ${state}.`)
      }
      const siteId = (doc as { site?: number | string }).site ?? null
      if (!mayAct(user, siteId, action, await siteRequiresApproval(req, siteId))) {
        return fail(403, 'Bạn không có quyền thực hiện bước này. / You may not take this step.')
      }
      if (action === 'unpublish') {
        // Unpublishing is a typed takedown: checked whole first, then written whole (ADR 0022).
        const checked = await planTakedown(req.payload, { collection, id, kind: input.body.kind ?? 'error', reason: comment, target: input.body.target, successor: input.body.successor }, { user, req })
        if (!checked.plan) return Response.json({ errors: checked.problems.map((p) => ({ field: p.field, message: `${p.vi} / ${p.en}`, vi: p.vi, en: p.en })) }, { status: checked.status })
        try {
          await applyTakedown(req.payload, checked.plan, { user, req })
        } catch (err) {
          if (err instanceof APIError) return fail(err.status, err.message)
          throw err
        }
        const kind = checked.plan.kind
        const updated = await readableDraft(req, collection, user)
        return Response.json({
          doc: updated,
          takedown: { kind, path: checked.plan.path, target: checked.plan.target?.path ?? null, successor: checked.plan.successor?.slug ?? null },
          message: 'Đã gỡ xuất bản. / Taken down.',
        })
      }
      const context = { workflowAction: action, workflowComment: comment ?? null }
      const common = { collection, id, user, overrideAccess: false, req, depth: 0, context } as const
      try {
        const updated =
          action === 'approve'
            ? await req.payload.update({ ...common, draft: false, data: { _status: 'published' } as never })
            : await req.payload.update({ ...common, draft: true, data: { _status: 'draft' } as never })
        return Response.json({ doc: updated, message: 'Đã cập nhật trạng thái. / Workflow updated.' })
      } catch (err) {
        // A refusal keeps its details (the checks before publishing list their issues in `data`).
        if (err instanceof APIError) return Response.json({ errors: [{ message: err.message, ...(err.data ? { data: err.data } : {}) }] }, { status: err.status })
        throw err
      }
    },
  }
}

const ScheduleBody = z.object({
  action: z.enum(['publish', 'unpublish', 'cancel'], { message: 'action phải là publish, unpublish hoặc cancel. / action must be publish, unpublish or cancel.' }),
  at: z.iso.datetime({ offset: true, message: 'at phải là thời điểm ISO 8601, ví dụ 2026-12-01T08:00:00+07:00. / at must be an ISO 8601 time.' }).optional(),
  comment: z.string().trim().max(1000, 'Lý do tối đa 1000 ký tự. / The reason is at most 1000 characters.').optional(),
})

/**
 * `POST /api/<collection>/:id/schedule` with `{ action: 'publish'|'unpublish', at, comment? }`:
 * queue Payload's scheduled-publish job to run at `at`, as the scheduling user (so the workflow
 * rules apply when it runs), replacing a schedule already pending. Unpublishing needs a reason,
 * saved on the document now. `{ action: 'cancel' }` removes the pending schedule.
 */
export function scheduleEndpoint(collection: EditorialCollection): Endpoint {
  return {
    path: '/:id/schedule',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const input = await userAndBody(req, ScheduleBody)
      if (input instanceof Response) return input
      const { user, body: { action, at, comment } } = input
      const id = req.routeParams?.id as string
      const doc = (await readableDraft(req, collection, user)) as { id: number | string; site?: number | string; workflow?: { scheduledAction?: string | null } } | null
      if (!doc) return fail(404, 'Không tìm thấy bài. / Not found.')
      const siteId = doc.site ?? null
      const requireApproval = await siteRequiresApproval(req, siteId)
      const save = (data: Record<string, unknown>, schedule: Schedule | null) =>
        req.payload.update({ collection, id, draft: true, user, overrideAccess: false, req, depth: 0, data: data as never, context: { workflowSchedule: schedule } })
      if (action === 'cancel') {
        const pending = doc.workflow?.scheduledAction
        if (!pending) return fail(409, 'Không có lịch hẹn nào để hủy. / Nothing is scheduled.')
        if (!mayAct(user, siteId, pending === 'publish' ? 'approve' : 'unpublish', requireApproval)) return fail(403, 'Bạn không có quyền hủy lịch này. / You may not cancel this schedule.')
        await cancelScheduledJobs(req, collection, doc.id)
        await save({}, null)
        return Response.json({ message: 'Đã hủy lịch. / Schedule cancelled.' })
      }
      if (!at) return fail(400, 'Cần chọn thời điểm. / A time is required.')
      const when = new Date(at)
      if (when.getTime() <= Date.now()) return fail(400, 'Thời điểm hẹn phải ở tương lai. / The time must be in the future.')
      if (when.getTime() > Date.now() + 366 * 86_400_000) return fail(400, 'Chỉ hẹn giờ trong vòng một năm. / Schedule within one year.')
      if (action === 'unpublish' && (!comment || comment.length < 3)) return fail(400, 'Cần nêu lý do gỡ xuất bản. / A reason is required to unpublish.')
      if (!mayAct(user, siteId, action === 'publish' ? 'approve' : 'unpublish', requireApproval)) {
        return fail(403, 'Bạn không có quyền hẹn giờ bước này. / You may not schedule this.')
      }
      await cancelScheduledJobs(req, collection, doc.id)
      const schedule: Schedule = { action, at: when.toISOString() }
      await save(action === 'unpublish' ? { workflow: { unpublishReason: comment } } : {}, schedule)
      const job = await req.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: action, doc: { relationTo: collection, value: String(id) }, user: { relationTo: 'users', value: user.id } } as never,
        waitUntil: when,
        req,
      })
      return Response.json({ jobId: job.id, at: schedule.at, message: 'Đã hẹn giờ. / Scheduled.' }, { status: 202 })
    },
  }
}
