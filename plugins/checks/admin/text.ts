/** Words of the checks panel (Vietnamese first). */
export const T = {
  title: { vi: 'Kiểm tra trước khi xuất bản', en: 'Checks before publishing' },
  notSaved: { vi: 'Lưu bản nháp để kiểm tra.', en: 'Save a draft to check it.' },
  loading: { vi: 'Đang kiểm tra…', en: 'Checking…' },
  recheck: { vi: 'Kiểm tra lại', en: 'Check again' },
  none: { vi: 'Không phát hiện vấn đề nào.', en: 'No issues found.' },
  blocking: { vi: 'Chặn xuất bản', en: 'Blocks publishing' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  summary: { vi: '{blocking} lỗi chặn xuất bản, {warnings} cảnh báo', en: '{blocking} blocking, {warnings} warnings' },
  readability: { vi: 'Độ dễ đọc', en: 'Readability' },
  readabilityDetail: { vi: '{score}/100 · câu trung bình {asl} âm tiết', en: '{score}/100 · sentences average {asl} syllables' },
  checkedAt: { vi: 'Kiểm tra lúc {time}, theo bản đã lưu', en: 'Checked at {time}, on the saved draft' },
  held: { vi: 'Chưa thể xuất bản: {n} lỗi cần sửa (xem “Kiểm tra trước khi xuất bản”)', en: 'Publishing is held: {n} blocking issue(s) (see “Checks before publishing”)' },
  failed: { vi: 'Không kiểm tra được', en: 'Could not check' },
} as const
