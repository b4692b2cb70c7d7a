/** Labels of the compliance dashboard and the release checks, Vietnamese first. */
import type { CSSProperties } from 'react'

export const T = {
  title: { vi: 'Tuân thủ cổng', en: 'Portal compliance' },
  intro: {
    vi: 'Mỗi cổng đang hoạt động: các mục thông tin bắt buộc theo Nghị định 42/2022 có đủ và được cập nhật không, lần đăng gần nhất, kết quả kiểm tra bản phát hành và tình trạng xây dựng. Cổng cần xử lý được xếp trước.',
    en: 'Every active portal: whether the sections Decree 42/2022 requires are there and up to date, its last publication, the checks of its latest release and its builds. Portals that need attention come first.',
  },
  caption: { vi: 'Tình trạng tuân thủ của các cổng', en: 'Compliance of the portals' },
  level: { vi: 'Cấp', en: 'Level' },
  allLevels: { vi: 'Tất cả các cấp', en: 'All levels' },
  search: { vi: 'Tìm theo tên hoặc mã cổng', en: 'Search by name or slug' },
  filter: { vi: 'Lọc', en: 'Filter' },
  resetSort: { vi: 'Sắp xếp mặc định (cần xử lý trước)', en: 'Default order (needs attention first)' },
  csv: { vi: 'Xuất CSV', en: 'Export CSV' },
  refresh: { vi: 'Làm mới', en: 'Refresh' },
  generatedAt: { vi: 'Số liệu tính lúc {at}.', en: 'Figures as of {at}.' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  failed: { vi: 'Không tải được dữ liệu.', en: 'Could not load the data.' },
  count: { vi: '{n} cổng', en: '{n} portals' },
  none: { vi: 'Không có cổng nào khớp bộ lọc.', en: 'No portal matches the filter.' },
  sortedBy: { vi: 'Sắp xếp theo {col}, {dir}.', en: 'Sorted by {col}, {dir}.' },
  asc: { vi: 'tăng dần', en: 'ascending' },
  desc: { vi: 'giảm dần', en: 'descending' },
  priority: { vi: 'mức cần xử lý', en: 'attention needed' },
  colName: { vi: 'Cổng', en: 'Portal' },
  colScore: { vi: 'Điểm', en: 'Score' },
  colMissing: { vi: 'Thiếu', en: 'Missing' },
  colStale: { vi: 'Quá hạn', en: 'Stale' },
  colSections: { vi: 'Mục cần xử lý', en: 'Sections to fix' },
  colPublished: { vi: 'Lần đăng gần nhất', en: 'Last published' },
  colBroken: { vi: 'Liên kết hỏng', en: 'Broken links' },
  colA11y: { vi: 'Lỗi tiếp cận', en: 'Accessibility issues' },
  colOverdue: { vi: 'Quá hạn rà soát', en: 'Overdue reviews' },
  overdueShort: { vi: 'quá hạn rà soát', en: 'overdue reviews' },
  colBuild: { vi: 'Xây dựng gần nhất', en: 'Last build' },
  colQueued: { vi: 'Đang chờ', en: 'Queued' },
  missingBadge: { vi: 'thiếu', en: 'missing' },
  missingList: { vi: 'Thiếu {n} mục', en: '{n} missing' },
  staleBadge: { vi: 'quá hạn', en: 'stale' },
  okBadge: { vi: 'đạt', en: 'up to date' },
  allSections: { vi: 'Xem cả {n} mục', en: 'All {n} sections' },
  allGood: { vi: 'Đủ và cập nhật', en: 'Complete and current' },
  days: { vi: '{n} ngày', en: '{n} days' },
  daysAgo: { vi: '{n} ngày trước', en: '{n} days ago' },
  today: { vi: 'hôm nay', en: 'today' },
  never: { vi: 'chưa đăng', en: 'never' },
  notChecked: { vi: 'chưa kiểm tra', en: 'not checked' },
  noBuild: { vi: 'chưa xây dựng', en: 'never built' },
  maxAge: { vi: 'tối đa {n} ngày', en: 'at most {n} days' },
  neverUpdated: { vi: 'chưa cập nhật', en: 'never updated' },
  colRelease: { vi: 'Bản phát hành', en: 'Live release' },
  brokenShort: { vi: 'liên kết hỏng', en: 'broken links' },
  a11yShort: { vi: 'lỗi tiếp cận', en: 'accessibility issues' },
  queuedShort: { vi: 'đang chờ', en: 'queued' },
  newestCounted: { vi: 'Mới nhất được tính: {kind} "{title}"', en: 'Newest that counted: {kind} "{title}"' },
  sharedBy: { vi: ' (do cổng {slug} chia sẻ)', en: ' (shared by {slug})' },
  nothingCounted: { vi: 'Chưa có nội dung nào được tính.', en: 'Nothing has counted yet.' },
  explainFailed: { vi: 'Không tải được chi tiết.', en: 'Could not load the details.' },
  parent: { vi: 'Thuộc', en: 'Under' },
  forbidden: {
    vi: 'Chỉ quản trị nền tảng và quản trị trang được xem bảng tuân thủ.',
    en: 'Only platform and site admins can see the compliance dashboard.',
  },
} as const

export const BUILD_STATUS = {
  queued: { vi: 'Đang chờ', en: 'Queued' },
  running: { vi: 'Đang chạy', en: 'Running' },
  succeeded: { vi: 'Thành công', en: 'Succeeded' },
  failed: { vi: 'Lỗi', en: 'Failed' },
} as const

import type { Tone } from '../../../cms/src/admin/text'

export { badgeStyle, fill, type Tone } from '../../../cms/src/admin/text'

/** Symbols that repeat what the colour says, for readers who cannot tell the colours apart. */
export const TONE_MARK: Record<Tone, string> = { error: '✗', warning: '!', success: '✓', neutral: '·' }
