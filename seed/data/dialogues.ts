/**
 * Demo dialogues and Q&A of the Hà Tĩnh portal: one archived session with its answered
 * questions, one announced session, and published questions of the ongoing Q&A. People and
 * figures are invented for the demo.
 */

export type SeedQuestion = {
  name: string
  displayName?: string
  email: string
  address: string
  topic?: string
  text: string
  publicText?: string
  receivedAt: string
  state: 'pending' | 'approved' | 'answered' | 'merged'
  /** Index of the question (in the same list) it is merged into. */
  mergedInto?: number
  /** Index of the guest answering. */
  guest?: number
  answer?: { by: string; at: string; paragraphs: string[] }
}

export type SeedSession = {
  slug: string
  title: string
  topic: string
  description: string
  startsAt: string
  endsAt: string
  state: 'announced' | 'open' | 'live' | 'closed' | 'archived'
  guests: { name: string; position: string; unit: string }[]
  topics: string[]
  questions: SeedQuestion[]
}

export type SeedDialogues = { site: string; sessions: SeedSession[]; qa: SeedQuestion[] }

export const haTinhDialogues: SeedDialogues = {
  site: 'ha-tinh',
  sessions: [
    {
      slug: 'doi-thoai-chuyen-doi-so-thu-tuc-hanh-chinh-2026',
      title: 'Đối thoại trực tuyến: Chuyển đổi số trong giải quyết thủ tục hành chính',
      topic: 'Dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và số hóa hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh',
      description:
        'Ủy ban nhân dân tỉnh tổ chức đối thoại trực tuyến với người dân và doanh nghiệp về việc thực hiện thủ tục hành chính trên môi trường điện tử.\nCác câu hỏi được gửi trước và trong buổi đối thoại; lãnh đạo các sở, ngành trả lời trực tiếp.',
      startsAt: '2026-10-15T09:00:00+07:00',
      endsAt: '2026-10-15T11:00:00+07:00',
      state: 'archived',
      guests: [
        { name: 'Nguyễn Văn Thành', position: 'Giám đốc Sở Khoa học và Công nghệ', unit: 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh' },
        { name: 'Lê Thị Hoa', position: 'Phó Giám đốc', unit: 'Trung tâm Phục vụ hành chính công tỉnh' },
      ],
      topics: ['Dịch vụ công trực tuyến', 'Thanh toán trực tuyến', 'Số hóa hồ sơ'],
      questions: [
        {
          name: 'Trần Văn Bình',
          displayName: 'Trần Văn Bình – Thạch Hà',
          email: 'tranvanbinh.demo@example.com',
          address: 'Xã Thạch Hà, tỉnh Hà Tĩnh',
          topic: 'Dịch vụ công trực tuyến',
          text: 'Tôi muốn nộp hồ sơ cấp giấy phép xây dựng nhà ở qua mạng thì làm thế nào, có phải đến nộp bản giấy nữa không ạ?',
          receivedAt: '2026-10-12T08:15:00+07:00',
          state: 'answered',
          guest: 1,
          answer: {
            by: 'Lê Thị Hoa',
            at: '2026-10-15T09:12:00+07:00',
            paragraphs: [
              'Cảm ơn ông Bình. Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ đã được cung cấp trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.',
              'Ông đăng nhập bằng tài khoản định danh điện tử VNeID, chọn thủ tục, tải lên bản chụp giấy tờ theo hướng dẫn và theo dõi kết quả trên mạng. Ông không phải nộp lại bản giấy, trừ khi cơ quan giải quyết đề nghị đối chiếu bản chính.',
            ],
          },
        },
        {
          name: 'Phạm Thị Lan',
          displayName: 'Phạm Thị Lan – Cẩm Xuyên',
          email: 'phamthilan.demo@example.com',
          address: 'Xã Cẩm Xuyên, tỉnh Hà Tĩnh',
          topic: 'Thanh toán trực tuyến',
          text: 'Khi nộp lệ phí trực tuyến mà tài khoản đã bị trừ tiền nhưng hồ sơ vẫn báo chưa thanh toán thì tôi phải làm gì?',
          receivedAt: '2026-10-13T20:40:00+07:00',
          state: 'answered',
          guest: 1,
          answer: {
            by: 'Lê Thị Hoa',
            at: '2026-10-15T09:35:00+07:00',
            paragraphs: [
              'Trường hợp này thường do ngân hàng chậm gửi kết quả giao dịch. Bà chờ tối đa 24 giờ; nếu hồ sơ vẫn báo chưa thanh toán, bà gọi đường dây nóng của Trung tâm và cung cấp mã giao dịch để được đối soát.',
              'Bà không cần thanh toán lại. Số tiền trừ thừa (nếu có) được ngân hàng hoàn trả theo quy định.',
            ],
          },
        },
        {
          name: 'Hoàng Minh Tuấn',
          displayName: 'Hoàng Minh Tuấn – Thành phố Hà Tĩnh',
          email: 'hoangminhtuan.demo@example.com',
          address: 'Phường Thành Sen, tỉnh Hà Tĩnh',
          topic: 'Số hóa hồ sơ',
          text: 'Kết quả giải quyết thủ tục đã được số hóa thì tôi có được dùng bản điện tử để làm thủ tục khác không?',
          receivedAt: '2026-10-14T10:05:00+07:00',
          state: 'answered',
          guest: 0,
          answer: {
            by: 'Nguyễn Văn Thành',
            at: '2026-10-15T10:02:00+07:00',
            paragraphs: [
              'Có. Kết quả giải quyết thủ tục hành chính bản điện tử có giá trị pháp lý như bản giấy và được lưu trong kho dữ liệu của cá nhân, tổ chức trên Cổng Dịch vụ công.',
              'Khi làm thủ tục khác, ông chọn giấy tờ từ kho dữ liệu thay vì tải lên lại; cơ quan tiếp nhận không được yêu cầu nộp lại giấy tờ đã có trong kho.',
            ],
          },
        },
        {
          name: 'Võ Thị Mai',
          email: 'vothimai.demo@example.com',
          address: 'Xã Thạch Hà, tỉnh Hà Tĩnh',
          topic: 'Số hóa hồ sơ',
          text: 'Giấy tờ đã số hoá rồi thì có dùng được bản điện tử cho thủ tục lần sau không, hay phải nộp bản giấy?',
          receivedAt: '2026-10-14T16:30:00+07:00',
          state: 'merged',
          mergedInto: 2,
        },
        {
          name: 'Đặng Quốc Huy',
          displayName: 'Đặng Quốc Huy – doanh nghiệp tại Vũng Áng',
          email: 'dangquochuy.demo@example.com',
          address: 'Khu kinh tế Vũng Áng, tỉnh Hà Tĩnh',
          topic: 'Dịch vụ công trực tuyến',
          text: 'Doanh nghiệp chúng tôi có thể ủy quyền cho nhân viên nộp hồ sơ trực tuyến bằng tài khoản của doanh nghiệp được không?',
          receivedAt: '2026-10-15T09:40:00+07:00',
          state: 'answered',
          guest: 0,
          answer: {
            by: 'Nguyễn Văn Thành',
            at: '2026-10-15T10:40:00+07:00',
            paragraphs: [
              'Được. Người đại diện theo pháp luật đăng nhập tài khoản định danh điện tử của tổ chức và phân quyền cho nhân viên nộp hồ sơ; mọi thao tác của người được ủy quyền đều được ghi lại.',
            ],
          },
        },
      ],
    },
    {
      slug: 'giao-luu-ho-tro-doanh-nghiep-nho-va-vua-2027',
      title: 'Giao lưu trực tuyến: Chính sách hỗ trợ doanh nghiệp nhỏ và vừa năm 2027',
      topic: 'Thuế, tín dụng và thủ tục đầu tư cho doanh nghiệp nhỏ và vừa trên địa bàn tỉnh',
      description:
        'Lãnh đạo các sở, ngành trả lời câu hỏi của doanh nghiệp về chính sách hỗ trợ năm 2027.\nCâu hỏi được nhận khi phiên bắt đầu nhận câu hỏi; nội dung trả lời được đăng trực tiếp trên trang này.',
      startsAt: '2026-12-10T09:00:00+07:00',
      endsAt: '2026-12-10T11:00:00+07:00',
      state: 'announced',
      guests: [
        { name: 'Bùi Đức Long', position: 'Phó Giám đốc Sở Tài chính', unit: 'Sở Tài chính tỉnh Hà Tĩnh' },
        { name: 'Ngô Thị Thu', position: 'Trưởng phòng Hỗ trợ doanh nghiệp', unit: 'Sở Tài chính tỉnh Hà Tĩnh' },
      ],
      topics: ['Thuế, phí', 'Tín dụng', 'Thủ tục đầu tư'],
      questions: [],
    },
  ],
  qa: [
    {
      name: 'Lê Văn Hải',
      displayName: 'Lê Văn Hải – Hương Sơn',
      email: 'levanhai.demo@example.com',
      address: 'Xã Hương Sơn, tỉnh Hà Tĩnh',
      topic: 'Căn cước',
      text: 'Thẻ căn cước công dân của tôi hết hạn vào tháng sau, tôi có thể đăng ký cấp đổi trực tuyến không?',
      receivedAt: '2026-11-02T07:50:00+07:00',
      state: 'answered',
      answer: {
        by: 'Văn phòng UBND tỉnh',
        at: '2026-11-04T15:00:00+07:00',
        paragraphs: [
          'Ông có thể đăng ký cấp đổi thẻ căn cước trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID, sau đó đến cơ quan công an nơi đăng ký để thu nhận ảnh, vân tay theo lịch hẹn.',
        ],
      },
    },
    {
      name: 'Nguyễn Thị Hằng',
      displayName: 'Nguyễn Thị Hằng – Kỳ Anh',
      email: 'nguyenthihang.demo@example.com',
      address: 'Phường Kỳ Anh, tỉnh Hà Tĩnh',
      topic: 'Đăng ký kinh doanh',
      text: 'Đăng ký hộ kinh doanh bán hàng tạp hóa cần những giấy tờ gì và nộp ở đâu?',
      receivedAt: '2026-11-05T09:20:00+07:00',
      state: 'answered',
      answer: {
        by: 'Văn phòng UBND tỉnh',
        at: '2026-11-07T10:30:00+07:00',
        paragraphs: [
          'Bà chuẩn bị giấy đề nghị đăng ký hộ kinh doanh và bản sao giấy tờ pháp lý của chủ hộ, nộp trực tuyến trên Cổng Dịch vụ công hoặc tại bộ phận một cửa của UBND xã, phường nơi đặt địa điểm kinh doanh.',
          'Thời hạn giải quyết là 3 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ.',
        ],
      },
    },
    {
      name: 'Phan Văn Đức',
      email: 'phanvanduc.demo@example.com',
      address: 'Xã Đức Thọ, tỉnh Hà Tĩnh',
      topic: 'Chuyển đổi số',
      text: 'Hợp tác xã nông nghiệp muốn bán nông sản trên sàn thương mại điện tử thì có được tỉnh hỗ trợ chi phí không?',
      receivedAt: '2026-11-10T14:10:00+07:00',
      state: 'answered',
      answer: {
        by: 'Sở Khoa học và Công nghệ',
        at: '2026-11-13T09:00:00+07:00',
        paragraphs: [
          'Theo kế hoạch chuyển đổi số năm 2026 của tỉnh, hợp tác xã được hỗ trợ chi phí đưa sản phẩm lên sàn thương mại điện tử và đào tạo kỹ năng bán hàng trực tuyến. Hợp tác xã liên hệ UBND xã để được hướng dẫn lập hồ sơ đề nghị hỗ trợ.',
        ],
      },
    },
    {
      name: 'Trương Thị Nga',
      email: 'truongthinga.demo@example.com',
      address: 'Xã Can Lộc, tỉnh Hà Tĩnh',
      topic: 'Đất đai',
      text: 'Gia đình tôi muốn tách thửa đất để cho con thì cần điều kiện diện tích tối thiểu là bao nhiêu?',
      receivedAt: '2026-11-20T16:45:00+07:00',
      state: 'pending',
    },
  ],
}
