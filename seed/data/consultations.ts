/**
 * Three draft consultations: one open on the province portal (closing a month after the seed
 * runs), one closed on the ministry's portal with its comments handled, and one just opened on
 * the commune portal with no comments yet. The drafts, people and
 * comments are invented for the demo; email addresses use the reserved example domain.
 */
import type { SeedConsultation } from './types'

export const seedConsultations: SeedConsultation[] = [
  {
    slug: 'du-thao-quy-che-cong-thong-tin-dien-tu-tinh',
    site: 'ha-tinh',
    title: 'Dự thảo Quyết định ban hành Quy chế quản lý, vận hành và cung cấp thông tin trên Cổng thông tin điện tử tỉnh Hà Tĩnh',
    documentType: 'quyet-dinh',
    draftingUnit: 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh',
    summary:
      'Ủy ban nhân dân tỉnh lấy ý kiến về phạm vi thông tin phải cung cấp trên Cổng, trách nhiệm của các sở, ngành và Ủy ban nhân dân cấp xã trong cung cấp, cập nhật thông tin, và quy trình tiếp nhận, trả lời ý kiến của người dân trên Cổng.',
    opensInDays: -10,
    closesInDays: 30,
    contact: { name: 'Phòng Chuyển đổi số, Sở Khoa học và Công nghệ', email: 'chuyendoiso@example.vn', phone: '0239 3 000 000', address: 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh' },
    articles: [
      { ref: 'Điều 1', title: 'Phạm vi điều chỉnh và đối tượng áp dụng' },
      { ref: 'Điều 3', title: 'Thông tin phải cung cấp trên Cổng' },
      { ref: 'Điều 5', title: 'Trách nhiệm của các sở, ban, ngành' },
      { ref: 'Điều 6', title: 'Trách nhiệm của Ủy ban nhân dân cấp xã' },
      { ref: 'Điều 8', title: 'Tiếp nhận và trả lời ý kiến của tổ chức, cá nhân' },
    ],
    draftText: 'Du thao Quyet dinh ban hanh Quy che quan ly, van hanh va cung cap thong tin tren Cong thong tin dien tu tinh Ha Tinh.',
    comments: [
      { name: 'Trần Văn Bình', email: 'binh.tran@example.vn', article: 'Điều 8', comment: 'Đề nghị quy định rõ thời hạn trả lời ý kiến của người dân, ví dụ 15 ngày làm việc, và công khai kết quả trả lời trên Cổng.', moderation: 'approved' },
      { name: 'Lê Thị Hoa', email: 'hoa.le@example.vn', organisation: 'Hội Tin học tỉnh', article: 'Điều 3', comment: 'Cần bổ sung yêu cầu cung cấp thông tin bằng tiếng Anh đối với cơ cấu tổ chức và thông tin liên hệ theo Nghị định 42/2022/NĐ-CP.', moderation: 'pending' },
    ],
  },
  {
    slug: 'du-thao-thong-tu-huong-dan-danh-gia-muc-do-chuyen-doi-so',
    site: 'bo-khcn',
    title: 'Dự thảo Thông tư hướng dẫn đánh giá mức độ chuyển đổi số của cơ quan nhà nước',
    documentType: 'thong-tu',
    draftingUnit: 'Cục Chuyển đổi số quốc gia',
    summary: 'Bộ Khoa học và Công nghệ lấy ý kiến về bộ tiêu chí, phương pháp chấm điểm và quy trình đánh giá mức độ chuyển đổi số của các bộ, ngành và địa phương.',
    opensInDays: -75,
    closesInDays: -15,
    contact: { name: 'Cục Chuyển đổi số quốc gia', email: 'gopy.dtt@example.vn', phone: '024 3 000 0000', address: 'Bộ Khoa học và Công nghệ, Hà Nội' },
    articles: [
      { ref: 'Điều 2', title: 'Nguyên tắc đánh giá' },
      { ref: 'Điều 4', title: 'Bộ tiêu chí đánh giá' },
      { ref: 'Điều 7', title: 'Quy trình đánh giá và công bố kết quả' },
    ],
    draftText: 'Du thao Thong tu huong dan danh gia muc do chuyen doi so cua co quan nha nuoc.',
    handlingSummary: [
      '## Tổng hợp ý kiến',
      'Trong thời gian lấy ý kiến, Cục Chuyển đổi số quốc gia nhận được 27 ý kiến của 19 cơ quan, tổ chức và cá nhân qua Cổng thông tin điện tử và bằng văn bản.',
      '## Tiếp thu',
      '- Bổ sung chỉ tiêu về mức độ sử dụng dịch vụ công trực tuyến toàn trình vào nhóm tiêu chí Chính quyền số (Điều 4).',
      '- Rút ngắn thời hạn công bố kết quả đánh giá từ 60 ngày xuống 45 ngày (Điều 7).',
      '## Giải trình',
      'Ý kiến đề nghị bỏ tiêu chí về an toàn thông tin không được tiếp thu vì đây là yêu cầu bắt buộc theo Luật An toàn thông tin mạng.',
    ],
    comments: [
      { name: 'Nguyễn Thị Lan', email: 'lan.nguyen@example.vn', organisation: 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh', article: 'Điều 4', comment: 'Đề nghị bổ sung chỉ tiêu đo mức độ người dân thực sự sử dụng dịch vụ công trực tuyến toàn trình, không chỉ số lượng dịch vụ được cung cấp.', moderation: 'approved' },
      { name: 'Phạm Quốc Hưng', email: 'hung.pham@example.vn', article: 'Điều 7', comment: 'Thời hạn 60 ngày để công bố kết quả là quá dài; đề nghị rút ngắn để các địa phương kịp điều chỉnh kế hoạch năm sau.', moderation: 'approved' },
      { name: 'Hoàng Minh Tuấn', email: 'tuan.hoang@example.vn', organisation: 'Công ty cổ phần Giải pháp số', article: 'Điều 2', comment: 'Nên công khai dữ liệu chấm điểm chi tiết của từng tiêu chí dưới dạng dữ liệu mở để doanh nghiệp và người dân cùng theo dõi.', moderation: 'approved' },
      { name: 'Khách', email: 'quangcao@example.vn', comment: 'Nội dung quảng cáo không liên quan đến dự thảo.', moderation: 'rejected' },
    ],
  },
  {
    slug: 'du-thao-ke-hoach-chuyen-doi-so-xa-2027',
    site: 'xa-thach-ha',
    title: 'Dự thảo Kế hoạch chuyển đổi số của xã Thạch Hà năm 2027',
    documentType: 'quyet-dinh',
    draftingUnit: 'Văn phòng HĐND và UBND xã Thạch Hà',
    summary: 'Ủy ban nhân dân xã lấy ý kiến người dân về các việc ưu tiên năm 2027: hỗ trợ người cao tuổi dùng dịch vụ công trực tuyến, điểm truy cập Internet công cộng và số hóa hồ sơ hộ tịch.',
    opensInDays: -3,
    closesInDays: 20,
    contact: { name: 'Văn phòng HĐND và UBND xã', email: 'vanphong.thachha@example.vn', phone: '0239 3 000 111', address: 'Trụ sở UBND xã Thạch Hà, tỉnh Hà Tĩnh' },
    articles: [],
    draftText: 'Du thao Ke hoach chuyen doi so cua xa Thach Ha nam 2027.',
    comments: [],
  },
]
