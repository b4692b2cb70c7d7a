import type { Bilingual } from '../../../cms/src/admin/text'

export const MY_WORK_TEXT = {
  title: { vi: 'Việc của tôi', en: 'My work' },
  intro: {
    vi: 'Những gì đang chờ bạn: bài chờ bạn duyệt, bài bị trả lại, bản nháp của bạn và bài bạn đã gửi duyệt. Thao tác ngay tại đây hoặc mở bài để sửa.',
    en: 'What waits for you: items to review, items returned to you, your drafts and what you submitted. Act here, or open an item to edit it.',
  },
  summary: { vi: 'Tóm tắt', en: 'Summary' },
  sections: {
    toReview: { title: { vi: 'Chờ tôi duyệt', en: 'Waiting for my review' }, empty: { vi: 'Không có bài nào chờ bạn duyệt.', en: 'Nothing waits for your review.' } },
    returned: { title: { vi: 'Bị trả lại cho tôi', en: 'Returned to me' }, empty: { vi: 'Không có bài nào bị trả lại.', en: 'Nothing was returned to you.' } },
    drafts: { title: { vi: 'Bản nháp của tôi', en: 'My drafts' }, empty: { vi: 'Bạn chưa có bản nháp nào.', en: 'You have no drafts.' } },
    waiting: { title: { vi: 'Tôi đã gửi, đang chờ duyệt', en: 'Submitted by me, waiting' }, empty: { vi: 'Không có bài nào bạn gửi đang chờ duyệt.', en: 'Nothing you submitted is waiting.' } },
  },
  showing: { vi: 'Hiển thị {shown}/{total} mục mới nhất.', en: 'Showing the newest {shown} of {total}.' },
  colTitle: { vi: 'Tiêu đề', en: 'Title' },
  colType: { vi: 'Loại', en: 'Type' },
  colSite: { vi: 'Trang', en: 'Site' },
  colState: { vi: 'Trạng thái', en: 'State' },
  colUpdated: { vi: 'Cập nhật', en: 'Updated' },
  colActions: { vi: 'Thao tác', en: 'Actions' },
  open: { vi: 'Mở', en: 'Open' },
  returnSend: { vi: 'Gửi trả lại', en: 'Send back' },
  returnComment: { vi: 'Ý kiến trả lại cho "{title}"', en: 'Comment for "{title}"' },
} satisfies Record<string, Bilingual | Record<string, unknown>>
