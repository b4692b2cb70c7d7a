/**
 * The editorial workflow (soạn thảo → biên tập → duyệt → xuất bản) as pure rules, so the hooks,
 * the endpoint and the access test share one definition.
 */
import { isPlatformAdmin, rolesOn, type SessionUser, type SiteRole } from '../../cms/src/access/roles'

export const WORKFLOW_STATES = ['draft', 'submitted', 'returned', 'published', 'unpublished'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const STATE_LABELS: Record<WorkflowState, { vi: string; en: string }> = {
  draft: { vi: 'Đang soạn thảo', en: 'Draft' },
  submitted: { vi: 'Chờ duyệt', en: 'Submitted for review' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
  published: { vi: 'Đã xuất bản', en: 'Published' },
  unpublished: { vi: 'Đã gỡ xuất bản', en: 'Unpublished' },
}

export const WORKFLOW_ACTIONS = ['submit', 'return', 'approve', 'unpublish'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

/** Which states each action may start from. */
export const ACTION_FROM: Record<WorkflowAction, readonly WorkflowState[]> = {
  submit: ['draft', 'returned', 'unpublished', 'published'],
  return: ['submitted'],
  approve: ['submitted', 'draft', 'returned', 'unpublished', 'published'],
  unpublish: ['published'],
}

/** What each action is called in the admin. */
export const ACTION_LABELS: Record<WorkflowAction, { vi: string; en: string }> = {
  submit: { vi: 'Gửi duyệt', en: 'Submit for review' },
  return: { vi: 'Trả lại', en: 'Return' },
  approve: { vi: 'Duyệt & xuất bản', en: 'Approve & publish' },
  unpublish: { vi: 'Gỡ xuất bản', en: 'Unpublish' },
}

export const ACTION_TO: Record<WorkflowAction, WorkflowState> = {
  submit: 'submitted',
  return: 'returned',
  approve: 'published',
  unpublish: 'unpublished',
}

const ALL_CONTENT: readonly SiteRole[] = ['site-admin', 'editor', 'approver', 'author']

/**
 * Who may take each action on a site. Authors never publish; approvers and site admins always
 * may; editors publish directly unless the site requires approval by a leader (`requireApproval`).
 */
export function mayAct(
  user: SessionUser | null | undefined,
  siteId: number | string | null | undefined,
  action: WorkflowAction,
  requireApproval: boolean,
): boolean {
  if (isPlatformAdmin(user)) return true
  const roles = rolesOn(user, siteId)
  const has = (...wanted: SiteRole[]) => roles.some((r) => wanted.includes(r))
  switch (action) {
    case 'submit':
      return has(...ALL_CONTENT)
    case 'return':
      return has('site-admin', 'approver', 'editor')
    case 'approve':
    case 'unpublish':
      return has('site-admin', 'approver') || (!requireApproval && has('editor'))
  }
}

/**
 * The transitions `user` may take now on a document of `siteId` in `state`: the same two checks
 * the workflow endpoint makes (the state the action starts from, and who may take it), so the
 * admin offers exactly the buttons the server accepts.
 */
export function availableActions(
  user: SessionUser | null | undefined,
  siteId: number | string | null | undefined,
  state: WorkflowState,
  requireApproval: boolean,
): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => ACTION_FROM[action].includes(state) && mayAct(user, siteId, action, requireApproval))
}

export const SCHEDULE_ACTIONS = ['publish', 'unpublish'] as const
export type ScheduleAction = (typeof SCHEDULE_ACTIONS)[number]

/** Which scheduled steps `user` may set on a document of `siteId` (publishing is approving, later). */
export function schedulableActions(user: SessionUser | null | undefined, siteId: number | string | null | undefined, requireApproval: boolean): ScheduleAction[] {
  return SCHEDULE_ACTIONS.filter((action) => mayAct(user, siteId, action === 'publish' ? 'approve' : 'unpublish', requireApproval))
}
