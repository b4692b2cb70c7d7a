import type { ArrayField, GroupField } from 'payload'

export const CHANGE_KINDS = ['minor', 'major'] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]
export const NOTE_LIMITS = { min: 5, max: 1000 } as const

/**
 * What the next publication of an already published document is: a minor fix (default; nothing
 * is announced) or a major update with a public note, shown on the page and in the feed and sent
 * to subscribers. In the edit view's sidebar, below the workflow panel; reset to "Sửa nhỏ" once
 * a version is published.
 */
export const changeNoticeField: GroupField = {
  name: 'changeNotice',
  type: 'group',
  label: { vi: 'Loại cập nhật khi xuất bản', en: 'Kind of update when publishing' },
  admin: {
    position: 'sidebar',
    // A new document has nothing to update: its first publication is not announced as a change.
    // (From the operation, not `data.id`: the admin re-checks conditions on the form's values,
    // which hold no id, and then removed the choice from a document being edited.)
    condition: (_data, _sibling, { operation }) => operation === 'update',
    description: {
      vi: 'Áp dụng khi xuất bản lại một bài đã xuất bản. “Cập nhật lớn” cần ghi chú công khai: hiện trên trang (“Cập nhật ngày …: …”), trong RSS và được gửi tới người đăng ký nhận tin.',
      en: 'Applies when republishing. A major update needs a public note: shown on the page, in the feed and emailed to subscribers.',
    },
  },
  fields: [
    {
      name: 'kind',
      type: 'radio',
      defaultValue: 'minor',
      label: { vi: 'Loại cập nhật', en: 'Kind of update' },
      options: [
        { value: 'minor', label: { vi: 'Sửa nhỏ', en: 'Minor fix' } },
        { value: 'major', label: { vi: 'Cập nhật lớn', en: 'Major update' } },
      ],
    },
    {
      name: 'note',
      type: 'textarea',
      maxLength: NOTE_LIMITS.max,
      label: { vi: 'Ghi chú thay đổi (công khai)', en: 'Change note (public)' },
      admin: { condition: (_data, sibling) => sibling?.kind === 'major', rows: 3 },
    },
  ],
}

/** The public notes of the document's major updates, oldest first as stored. Set by the hook only. */
export const changeNotesField: ArrayField = {
  name: 'changeNotes',
  type: 'array',
  label: { vi: 'Lịch sử cập nhật lớn', en: 'Major updates' },
  labels: { singular: { vi: 'Cập nhật', en: 'Update' }, plural: { vi: 'Cập nhật', en: 'Updates' } },
  admin: { position: 'sidebar', readOnly: true, condition: (data) => Array.isArray(data?.changeNotes) && data.changeNotes.length > 0, initCollapsed: true },
  fields: [
    { name: 'at', type: 'date', required: true, index: true, label: { vi: 'Ngày', en: 'Date' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'note', type: 'textarea', required: true, label: { vi: 'Ghi chú', en: 'Note' } },
  ],
}
