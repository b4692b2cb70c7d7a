/** The workflow's words in the admin, Vietnamese and English (plain data: server and client import it). */
import type { Bilingual, Tone } from '../../../cms/src/admin/text'
import type { ScheduleAction, WorkflowState } from '../rules'

export { ACTION_LABELS, STATE_LABELS } from '../rules'

export const STATE_TONES: Record<WorkflowState, Tone> = {
  draft: 'neutral',
  submitted: 'warning',
  returned: 'error',
  published: 'success',
  unpublished: 'neutral',
}

/** The list filters: what each shows, as a `where` on the latest drafts. */
export type StateFilterKey = 'all' | 'draft' | 'submitted' | 'returned' | 'scheduled' | 'published'
export const STATE_FILTERS: Array<{ key: StateFilterKey; label: Bilingual }> = [
  { key: 'all', label: { vi: 'Tất cả', en: 'All' } },
  { key: 'draft', label: { vi: 'Nháp', en: 'Drafts' } },
  { key: 'submitted', label: { vi: 'Chờ duyệt', en: 'Waiting for review' } },
  { key: 'returned', label: { vi: 'Bị trả lại', en: 'Returned' } },
  { key: 'scheduled', label: { vi: 'Đã lên lịch', en: 'Scheduled' } },
  { key: 'published', label: { vi: 'Đã xuất bản', en: 'Published' } },
]

export const SCHEDULE_LABELS: Record<ScheduleAction, Bilingual> = {
  publish: { vi: 'Xuất bản', en: 'Publish' },
  unpublish: { vi: 'Gỡ xuất bản', en: 'Unpublish' },
}

export const T = {
  publish: { vi: 'Xuất bản', en: 'Publish' },
  schedule: { vi: 'Lịch xuất bản/gỡ', en: 'Schedule' },
  scheduled: { vi: 'Đã lên lịch', en: 'Scheduled' },
  scheduledFor: { vi: '{action} lúc {at}', en: '{action} at {at}' },
  cancelSchedule: { vi: 'Hủy lịch', en: 'Cancel schedule' },
  scheduleWhat: { vi: 'Việc hẹn giờ', en: 'Step' },
  scheduleWhen: { vi: 'Thời điểm (giờ Việt Nam)', en: 'Time (Vietnam time)' },
  scheduleSave: { vi: 'Đặt lịch', en: 'Set schedule' },
  scheduleReplaces: { vi: 'Lịch mới thay cho lịch đang chờ.', en: 'A new schedule replaces the pending one.' },
  returnTitle: { vi: 'Trả lại cho người viết', en: 'Return to the writer' },
  returnComment: { vi: 'Ý kiến (người viết sẽ thấy)', en: 'Comment (the writer sees it)' },
  unpublishTitle: { vi: 'Gỡ xuất bản', en: 'Unpublish' },
  unpublishReason: { vi: 'Lý do gỡ xuất bản', en: 'Reason for unpublishing' },
  unpublishPublicReason: { vi: 'Lý do (hiển thị công khai trên trang)', en: 'Reason (shown publicly on the page)' },
  unpublishOptionalReason: { vi: 'Ghi chú (không bắt buộc, hiển thị trên trang)', en: 'Note (optional, shown on the page)' },
  takedownKind: { vi: 'Loại gỡ', en: 'Kind of takedown' },
  takedownTarget: { vi: 'Trang đích (cùng cổng)', en: 'Target page (same portal)' },
  takedownTargetCollection: { vi: 'Loại nội dung đích', en: 'Target content type' },
  takedownTargetSlug: { vi: 'Đường dẫn rút gọn (slug) hoặc mã của trang đích', en: 'Slug or id of the target' },
  takedownSuccessor: { vi: 'Cổng kế thừa (slug, ví dụ ha-tinh)', en: 'Successor portal (slug, e.g. ha-tinh)' },
  takedownChoose: { vi: 'Chọn một loại gỡ.', en: 'Choose a kind.' },
  takedownNow: { vi: 'Đang gỡ', en: 'Taken down' },
  submitTitle: { vi: 'Gửi duyệt', en: 'Submit for review' },
  submitComment: { vi: 'Lời nhắn cho người duyệt (không bắt buộc)', en: 'Note for the reviewer (optional)' },
  confirm: { vi: 'Xác nhận', en: 'Confirm' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  commentTooShort: { vi: 'Cần ít nhất 3 ký tự.', en: 'At least 3 characters.' },
  saveFirst: { vi: 'Lưu bản nháp trước khi gửi duyệt.', en: 'Save the draft before submitting it.' },
  working: { vi: 'Đang xử lý…', en: 'Working…' },
  done: {
    submit: { vi: 'Đã gửi duyệt.', en: 'Submitted for review.' },
    return: { vi: 'Đã trả lại cho người viết.', en: 'Returned to the writer.' },
    approve: { vi: 'Đã duyệt và xuất bản.', en: 'Approved and published.' },
    unpublish: { vi: 'Đã gỡ xuất bản.', en: 'Unpublished.' },
  },
  scheduleDone: { vi: 'Đã đặt lịch.', en: 'Scheduled.' },
  scheduleCancelled: { vi: 'Đã hủy lịch.', en: 'Schedule cancelled.' },
  failed: { vi: 'Không thực hiện được. Vui lòng thử lại.', en: 'That did not work. Please try again.' },
  panelTitle: { vi: 'Quy trình duyệt', en: 'Workflow' },
  state: { vi: 'Trạng thái', en: 'State' },
  lastNote: { vi: 'Ý kiến gần nhất', en: 'Last comment' },
  unpublishedBecause: { vi: 'Lý do gỡ', en: 'Unpublished because' },
  history: { vi: 'Lịch sử duyệt', en: 'Workflow history' },
  noHistory: { vi: 'Chưa có bước duyệt nào.', en: 'No workflow steps yet.' },
  notSaved: { vi: 'Chưa lưu: trạng thái có sau lần lưu đầu tiên.', en: 'Not saved yet.' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  by: { vi: 'bởi', en: 'by' },
  createdBy: { vi: 'Người tạo', en: 'Created by' },
  preview: { vi: 'Xem trước', en: 'Preview' },
  previewLink: { vi: 'Liên kết xem trước', en: 'Preview link' },
  previewLinkMake: { vi: 'Tạo liên kết xem trước', en: 'Make a preview link' },
  previewValidFor: { vi: 'Hiệu lực', en: 'Valid for' },
  previewHours: { vi: '{n} giờ', en: '{n} hours' },
  previewDays: { vi: '{n} ngày', en: '{n} days' },
  previewCopy: { vi: 'Sao chép', en: 'Copy' },
  previewCopied: { vi: 'Đã sao chép liên kết.', en: 'Link copied.' },
  previewExpires: { vi: 'Hết hạn lúc {at}. Ai có liên kết đều xem được bản nháp này.', en: 'Expires at {at}. Anyone with the link can see this draft.' },
  previewSaveFirst: { vi: 'Lưu bản nháp trước khi xem trước.', en: 'Save the draft before previewing.' },
  close: { vi: 'Đóng', en: 'Close' },
} satisfies Record<string, Bilingual | Record<string, Bilingual>>

/** A date and time in Vietnam time, as the admin writes dates (dd/MM/yyyy HH:mm) in both languages. */
export function formatTime(iso: string, _language?: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso))
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`
}
