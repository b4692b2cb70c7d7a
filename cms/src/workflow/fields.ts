import type { GroupField } from 'payload'

import { STATE_LABELS, WORKFLOW_STATES } from './rules'

/** Workflow state and notes shown in the sidebar of news and pages. The state is set by hooks only. */
export const workflowField: GroupField = {
  name: 'workflow',
  type: 'group',
  label: { vi: 'Quy trình duyệt', en: 'Workflow' },
  admin: { position: 'sidebar' },
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
  ],
}
