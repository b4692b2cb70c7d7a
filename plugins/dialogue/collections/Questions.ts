import type { CollectionConfig } from 'payload'

import { contributesTo } from '../../../cms/src/contributions'
import { questionsLifecycle } from '../merge'
import { questionSearch } from '../search'

import { MODERATION_ROLES } from '../../../cms/src/access/roles'

import { QA_PATH, QUESTION_LIMITS, QUESTION_STATES } from '../../../cms/src/contracts/dialogue'
import { siteField } from '../../site-scoping/fields/site'
import { moderateEndpoint } from '../endpoints'
import { announceQuestionChange, prepareQuestion } from '../hooks'
import { QUESTION_STATE_LABELS } from '../states'

const stateOptions = QUESTION_STATES.map((value) => ({ value, label: QUESTION_STATE_LABELS[value] }))

/**
 * Questions of citizens: to a dialogue session (giao lưu trực tuyến) or, without a session, to
 * the site's ongoing Q&A (hỏi đáp). The asker's email, phone and address are personal data
 * (Nghị định 13/2023): only the site's moderating staff read this collection; readers see the
 * shapes built by `dialogue/public.ts`. Citizens' submissions arrive through the intake
 * (`dialogue/intake.ts`), staff create questions received by post or phone here.
 */
export const Questions: CollectionConfig = {
  slug: 'questions',
  labels: { singular: { vi: 'Câu hỏi', en: 'Question' }, plural: { vi: 'Câu hỏi của người dân', en: 'Citizen questions' } },
  admin: {
    // The receipt code, not the text: audit entries and pickers then never quote a citizen.
    useAsTitle: 'receiptCode',
    defaultColumns: ['receiptCode', 'text', 'state', 'session', 'receivedAt', 'site'],
    group: { vi: 'Tương tác', en: 'Interaction' },
    listSearchableFields: ['receiptCode', 'text', 'publicText'],
  },
  defaultSort: '-receivedAt',
  custom: contributesTo({ siteScoped: { read: MODERATION_ROLES, write: MODERATION_ROLES, delete: ['site-admin'] }, search: questionSearch, compliance: { sections: ['hoi-dap'], dateField: 'answer.at', fallbackDateField: 'updatedAt', filter: { state: 'answered' }, list: { path: QA_PATH, vi: 'Hỏi đáp trực tuyến', en: 'Questions and answers' } }, lifecycle: questionsLifecycle }),
  endpoints: [moderateEndpoint],
  hooks: {
    beforeChange: [prepareQuestion],
    afterChange: [announceQuestionChange],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'receiptCode',
          type: 'text',
          unique: true,
          index: true,
          label: { vi: 'Mã tra cứu', en: 'Receipt code' },
          admin: { readOnly: true, description: { vi: 'Người hỏi dùng mã này để tra cứu câu hỏi.', en: 'The asker looks their question up with it.' } },
        },
        { name: 'ref', type: 'text', unique: true, label: { vi: 'Mã công khai', en: 'Public ref' }, admin: { readOnly: true, hidden: true } },
        {
          name: 'state',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          options: stateOptions,
          label: { vi: 'Trạng thái', en: 'State' },
        },
      ],
    },
    {
      name: 'session',
      type: 'relationship',
      relationTo: 'dialogue-sessions',
      index: true,
      label: { vi: 'Phiên đối thoại', en: 'Dialogue session' },
      admin: { description: { vi: 'Để trống cho hỏi đáp thường xuyên.', en: 'Empty for the ongoing Q&A.' } },
      filterOptions: ({ data }) => (data?.site ? { site: { equals: data.site } } : true),
    },
    {
      name: 'asker',
      type: 'group',
      label: { vi: 'Người hỏi', en: 'Asker' },
      admin: { description: { vi: 'Thư điện tử, điện thoại và địa chỉ là thông tin cá nhân, không bao giờ công khai; họ tên chỉ công khai khi người hỏi đồng ý.', en: 'Email, phone and address are personal data and are never published; the name only when the asker agreed.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, maxLength: QUESTION_LIMITS.name.max, label: { vi: 'Họ và tên', en: 'Full name' } },
            {
              name: 'displayName',
              type: 'text',
              maxLength: 150,
              label: { vi: 'Tên hiển thị', en: 'Name shown' },
              admin: {
                description: {
                  vi: 'Ví dụ “Bạn đọc ở Thạch Hà”. Để trống: họ và tên nếu người hỏi đồng ý công khai, nếu không thì tên viết tắt (N.V.A.).',
                  en: 'E.g. “A reader in Thạch Hà”. Empty: the full name if the asker agreed to show it, else the initials (N.V.A.).',
                },
              },
            },
          ],
        },
        {
          name: 'showName',
          type: 'checkbox',
          defaultValue: false,
          label: { vi: 'Người hỏi đồng ý công khai họ tên', en: 'The asker agreed to show the name' },
          admin: { readOnly: true, description: { vi: 'Do người hỏi chọn khi gửi (Nghị định 13/2023/NĐ-CP).', en: 'Chosen by the asker when sending (Decree 13/2023).' } },
        },
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
            { name: 'phone', type: 'text', maxLength: QUESTION_LIMITS.phone.max, label: { vi: 'Điện thoại', en: 'Phone' } },
          ],
        },
        { name: 'address', type: 'text', maxLength: QUESTION_LIMITS.address.max, label: { vi: 'Địa chỉ', en: 'Address' } },
      ],
    },
    { name: 'topic', type: 'text', maxLength: QUESTION_LIMITS.topic.max, label: { vi: 'Chủ đề', en: 'Topic' } },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: QUESTION_LIMITS.text.max,
      label: { vi: 'Câu hỏi (nguyên văn)', en: 'Question (as received)' },
      admin: { description: { vi: 'Nguyên văn của người hỏi, được giữ nguyên; sửa bản công khai ở ô dưới.', en: 'Kept as the asker wrote it; edit the public version below.' } },
    },
    {
      name: 'publicText',
      type: 'textarea',
      maxLength: QUESTION_LIMITS.text.max,
      label: { vi: 'Câu hỏi công khai (đã biên tập)', en: 'Public version (edited)' },
      admin: { description: { vi: 'Để trống để đăng nguyên văn.', en: 'Leave empty to publish the original.' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'receivedAt', type: 'date', index: true, label: { vi: 'Thời điểm nhận', en: 'Received at' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'displayOrder', type: 'number', defaultValue: 0, label: { vi: 'Thứ tự hiển thị', en: 'Display order' } },
        {
          name: 'assignedGuest',
          type: 'text',
          label: { vi: 'Khách mời trả lời (mã dòng)', en: 'Assigned guest (row id)' },
          admin: { description: { vi: 'Chọn khách mời trong bàn điều phối.', en: 'Pick the guest in the moderator console.' } },
        },
      ],
    },
    { name: 'rejectReason', type: 'textarea', maxLength: 1000, label: { vi: 'Lý do không tiếp nhận', en: 'Reason for rejection' } },
    { name: 'mergedInto', type: 'relationship', relationTo: 'questions', label: { vi: 'Gộp vào câu hỏi', en: 'Merged into' } },
    {
      name: 'answer',
      type: 'group',
      label: { vi: 'Trả lời', en: 'Answer' },
      fields: [
        { name: 'body', type: 'richText', label: { vi: 'Nội dung trả lời', en: 'Answer' } },
        {
          type: 'row',
          fields: [
            { name: 'by', type: 'text', maxLength: 200, label: { vi: 'Người trả lời', en: 'Answered by' }, admin: { description: { vi: 'Ví dụ “Ông Nguyễn Văn B, Giám đốc Sở”.', en: 'E.g. “Mr Nguyễn Văn B, Director”.' } } },
            { name: 'at', type: 'date', label: { vi: 'Thời điểm trả lời', en: 'Answered at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
        { name: 'author', type: 'relationship', relationTo: 'users', label: { vi: 'Người nhập', en: 'Entered by' }, admin: { readOnly: true } },
      ],
    },
    {
      type: 'collapsible',
      label: { vi: 'Sàng lọc', en: 'Screening' },
      admin: { position: 'sidebar' },
      fields: [
        { name: 'held', type: 'checkbox', defaultValue: false, index: true, label: { vi: 'Cần xem kỹ (nghi spam)', en: 'Held for review' } },
        { name: 'holdReasons', type: 'text', label: { vi: 'Lý do', en: 'Reasons' }, admin: { readOnly: true } },
        {
          name: 'channel',
          type: 'select',
          defaultValue: 'admin',
          options: [
            { value: 'web', label: { vi: 'Cổng (script)', en: 'Portal (script)' } },
            { value: 'form', label: { vi: 'Cổng (biểu mẫu)', en: 'Portal (form)' } },
            { value: 'admin', label: { vi: 'Nhập tại quản trị', en: 'Entered by staff' } },
          ],
          label: { vi: 'Kênh', en: 'Channel' },
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'searchKey', type: 'text', admin: { hidden: true } },
    { name: 'ipHash', type: 'text', admin: { hidden: true } },
    siteField(MODERATION_ROLES),
  ],
}
