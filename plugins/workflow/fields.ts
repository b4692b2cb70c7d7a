import type { GroupField, RelationshipField, TextField, UIField } from 'payload'

import { SCHEDULE_ACTIONS, STATE_LABELS, WORKFLOW_STATES } from './rules'

/**
 * Workflow state and notes of a document. Set by the workflow's hooks and endpoints only; the
 * admin shows them through the workflow panel and list column (`workflowPanelField`), not as
 * form fields.
 */
export const workflowField: GroupField = {
  name: 'workflow',
  type: 'group',
  label: { vi: 'Quy trình duyệt', en: 'Workflow' },
  admin: { position: 'sidebar', hidden: true },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      label: { vi: 'Trạng thái duyệt', en: 'Review state' },
      options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
      admin: { readOnly: true },
    },
    {
      name: 'note',
      type: 'textarea',
      label: { vi: 'Ý kiến khi gửi duyệt / trả lại', en: 'Review comment' },
      admin: { readOnly: true },
    },
    {
      name: 'unpublishReason',
      type: 'textarea',
      maxLength: 1000,
      label: { vi: 'Lý do gỡ xuất bản', en: 'Reason for unpublishing' },
      admin: { description: { vi: 'Bắt buộc khi gỡ một bài đã xuất bản.', en: 'Required to unpublish.' } },
    },
    {
      // When a scheduled step (below) will run: the list's "Đã lên lịch" filter reads it.
      name: 'scheduledAt',
      type: 'date',
      index: true,
      label: { vi: 'Lịch hẹn giờ', en: 'Scheduled for' },
      admin: { readOnly: true },
    },
    {
      name: 'scheduledAction',
      type: 'select',
      label: { vi: 'Việc hẹn giờ', en: 'Scheduled step' },
      options: SCHEDULE_ACTIONS.map((value) => ({ value, label: value === 'publish' ? { vi: 'Xuất bản', en: 'Publish' } : { vi: 'Gỡ xuất bản', en: 'Unpublish' } })),
      admin: { readOnly: true },
    },
  ],
}

/**
 * The workflow in the admin: in the edit view's sidebar, the state, the last comment, the
 * schedule and the document's history; in lists, the state column. No database column.
 */
export const workflowPanelField: UIField = {
  name: 'workflowPanel',
  type: 'ui',
  label: { vi: 'Trạng thái duyệt', en: 'Review state' },
  admin: {
    position: 'sidebar',
    components: {
      // Rendered on the server with the document's status (see WorkflowServer.tsx).
      Field: '/plugins/workflow/admin/WorkflowServer#WorkflowPanelServer',
      Cell: '/plugins/workflow/admin/WorkflowCell#WorkflowCell',
    },
  },
}

/**
 * Who saved this version (a name, readable by colleagues who may not read user accounts): the
 * version history shows who and when. Set on every save by `recordEditor`.
 */
export const editedByField: TextField = {
  name: 'editedBy',
  type: 'text',
  label: { vi: 'Người sửa', en: 'Edited by' },
  admin: { hidden: true, readOnly: true },
}

/** Who created the document: set once, from the logged-in user, for "my work". */
export const createdByField: RelationshipField = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  label: { vi: 'Người tạo', en: 'Created by' },
  // Colleagues may not read user accounts: the workflow panel names the author instead.
  admin: { position: 'sidebar', readOnly: true, hidden: true },
  hooks: {
    beforeChange: [({ operation, req, value, originalDoc }) => (operation === 'create' ? (req.user?.id ?? value ?? null) : (originalDoc?.createdBy ?? value))],
  },
}
