import type { GroupField, RelationshipField } from 'payload'

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

/** Who created the document: set once, from the logged-in user, for "my work". */
export const createdByField: RelationshipField = {
  name: 'createdBy',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  label: { vi: 'Người tạo', en: 'Created by' },
  admin: { position: 'sidebar', readOnly: true },
  hooks: {
    beforeChange: [({ operation, req, value, originalDoc }) => (operation === 'create' ? (req.user?.id ?? value ?? null) : (originalDoc?.createdBy ?? value))],
  },
}
