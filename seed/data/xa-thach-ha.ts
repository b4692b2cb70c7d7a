/**
 * Demo portal: Ủy ban nhân dân xã Thạch Hà, tỉnh Hà Tĩnh — a commune created on 01/07/2025 from
 * the former thị trấn Thạch Hà and neighbouring communes of the abolished huyện Thạch Hà.
 * Unit code 18562 per the 2025 catalogue. People, villages, figures and events are fictional.
 */
import type { SeedSite } from './types'

export const xaThachHa: SeedSite = {
  slug: 'xa-thach-ha',
  level: 'xa',
  unitCode: '18562',
  parent: 'ha-tinh',
  // Communes get the lighter theme: fewer home-page blocks, less CSS for slow connections.
  theme: 'xa',
  domains: ['thachha.hatinh.gov.vn'],
  primaryColor: '#1e5631',
  contact: { phone: '0239 384 5120', email: 'ubnd.thachha@hatinh.gov.vn' },

  vi: {
    name: 'Trang thông tin điện tử xã Thạch Hà',
    owningAgency: 'Ủy ban nhân dân xã Thạch Hà, tỉnh Hà Tĩnh',
    responsiblePerson: 'Ông Trần Văn Quý – Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã',
    address: 'Số 68 đường Trần Phú, xã Thạch Hà, tỉnh Hà Tĩnh',
    headerMenu: [
      { label: 'Trang chủ', href: '/' },
      { label: 'Giới thiệu', href: '/gioi-thieu/' },
      { label: 'Tin tức', href: '/tin-tuc/' },
      { label: 'Tin hoạt động', href: '/chuyen-muc/tin-hoat-dong/' },
      { label: 'Chuyển đổi số', href: '/chuyen-muc/chuyen-doi-so/' },
      { label: 'Thủ tục hành chính', href: '/thu-tuc-hanh-chinh/' },
      { label: 'Thông báo', href: '/chuyen-muc/thong-bao/' },
      { label: 'Liên hệ', href: '/lien-he/' },
    ],
    footerMenu: [
      { label: 'Lãnh đạo xã', href: '/lanh-dao/' },
      { label: 'Liên kết', href: '/lien-ket/' },
      { label: 'Cổng thông tin điện tử tỉnh Hà Tĩnh', href: 'https://hatinh.gov.vn' },
      { label: 'Dịch vụ công trực tuyến tỉnh Hà Tĩnh', href: 'https://dichvucong.hatinh.gov.vn' },
      { label: 'English', href: '/en/' },
    ],
  },

  en: {
    name: 'Thach Ha Commune Website',
    owningAgency: 'People’s Committee of Thach Ha Commune, Ha Tinh Province',
    responsiblePerson: 'Mr Trần Văn Quý – Chief of Office of the Commune People’s Council and People’s Committee',
    address: '68 Tran Phu Street, Thach Ha Commune, Ha Tinh Province, Viet Nam',
    headerMenu: [
      { label: 'Home', href: '/en/' },
      { label: 'About the Commune', href: '/en/gioi-thieu/' },
      { label: 'Leadership', href: '/en/lanh-dao/' },
      { label: 'Contact', href: '/en/lien-he/' },
    ],
    footerMenu: [
      { label: 'Ha Tinh Provincial Portal', href: 'https://hatinh.gov.vn' },
      { label: 'National Public Service Portal', href: 'https://dichvucong.gov.vn' },
    ],
  },

  categories: [
    {
      slug: 'tin-hoat-dong',
      title: 'Tin hoạt động',
      titleEn: 'Activities',
      description: 'Hoạt động của Hội đồng nhân dân, Ủy ban nhân dân xã và các thôn.',
    },
    {
      slug: 'chuyen-doi-so',
      title: 'Chuyển đổi số',
      titleEn: 'Digital transformation',
      description: 'Tổ công nghệ số cộng đồng, Đề án 06, kỹ năng số và thương mại điện tử cho người dân.',
    },
    {
      slug: 'dich-vu-cong',
      title: 'Thủ tục hành chính – Dịch vụ công',
      titleEn: 'Administrative procedures',
      description: 'Hướng dẫn thủ tục, kết quả giải quyết hồ sơ và hoạt động của Trung tâm Phục vụ hành chính công xã.',
    },
    {
      slug: 'thong-bao',
      title: 'Thông báo',
      titleEn: 'Announcements',
      description: 'Thông báo của Ủy ban nhân dân xã.',
    },
  ],

  pages: [
    {
      slug: 'gioi-thieu',
      vi: {
        title: 'Giới thiệu xã Thạch Hà',
        summary: 'Khái quát về xã Thạch Hà; chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ủy ban nhân dân xã.',
        blocks: [
          {
            type: 'richText',
            content: [
              '## Khái quát',
              'Xã Thạch Hà được thành lập từ ngày 01/7/2025 theo nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã của tỉnh Hà Tĩnh, trên cơ sở thị trấn Thạch Hà và một số xã lân cận thuộc huyện Thạch Hà (cũ). Mã đơn vị hành chính của xã là 18562.',
              'Xã nằm ở phía bắc trung tâm hành chính tỉnh, có Quốc lộ 1 chạy qua, thuận lợi cho giao thương. Kinh tế của xã gồm nông nghiệp (lúa, rau màu, chăn nuôi), tiểu thủ công nghiệp, thương mại và dịch vụ. Trụ sở Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân xã và Trung tâm Phục vụ hành chính công xã đặt tại khu trung tâm của thị trấn Thạch Hà trước đây.',
              '## Chức năng, nhiệm vụ, quyền hạn của Ủy ban nhân dân xã',
              'Ủy ban nhân dân xã do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của Hội đồng nhân dân xã, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân, Hội đồng nhân dân xã và Ủy ban nhân dân tỉnh.',
              '- Xây dựng, trình Hội đồng nhân dân xã quyết định các nội dung thuộc thẩm quyền và tổ chức thực hiện nghị quyết của Hội đồng nhân dân xã.',
              '- Tổ chức thi hành Hiến pháp, pháp luật; quản lý nhà nước về kinh tế – xã hội, đất đai, xây dựng, văn hóa, giáo dục, y tế, quốc phòng, an ninh trên địa bàn.',
              '- Giải quyết thủ tục hành chính thuộc thẩm quyền, bao gồm các thủ tục được phân cấp, ủy quyền từ cấp tỉnh sau khi kết thúc hoạt động của cấp huyện.',
              '- Thực hiện nhiệm vụ chuyển đổi số, cải cách hành chính và tiếp công dân, giải quyết khiếu nại, tố cáo theo quy định.',
              '## Cơ cấu tổ chức',
              'Ủy ban nhân dân xã gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên. Các cơ quan chuyên môn và đơn vị thuộc Ủy ban nhân dân xã gồm:',
              '- Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã.',
              '- Phòng Kinh tế.',
              '- Phòng Văn hóa – Xã hội.',
              '- Trung tâm Phục vụ hành chính công xã.',
            ],
          },
        ],
      },
      en: {
        title: 'About Thach Ha Commune',
        summary: 'Overview of Thach Ha Commune; functions, duties, powers and structure of the Commune People’s Committee.',
        blocks: [
          {
            type: 'richText',
            content: [
              '## Overview',
              'Thach Ha Commune was established on 1 July 2025, when the commune-level units of Ha Tinh Province were reorganised. It was formed from the former Thach Ha township and neighbouring communes of the former Thach Ha District. Its official administrative code is 18562.',
              'The commune lies north of the provincial administrative centre, on National Highway 1. Its economy is based on agriculture, small-scale industry, trade and services.',
              '## Functions, duties and powers of the Commune People’s Committee',
              'The Commune People’s Committee is elected by the Commune People’s Council. It is the executive body of the Council and the state administrative body in the commune, accountable to the people, the Commune People’s Council and the Provincial People’s Committee.',
              '- Prepare matters for decision by the Commune People’s Council and implement its resolutions.',
              '- Enforce the Constitution and laws; manage socio-economic affairs, land, construction, culture, education, health, defence and security in the commune.',
              '- Handle administrative procedures within its remit, including those delegated by the province after the district level was abolished.',
              '- Carry out digital transformation and administrative reform; receive citizens and handle complaints and denunciations.',
              '## Organisational structure',
              'The Committee consists of the Chairman, Vice Chairmen and members. Its units are:',
              '- Office of the Commune People’s Council and People’s Committee.',
              '- Economic Affairs Division.',
              '- Culture and Social Affairs Division.',
              '- Commune Public Administration Service Centre.',
            ],
          },
        ],
      },
    },
    {
      slug: 'lanh-dao',
      vi: {
        title: 'Lãnh đạo Ủy ban nhân dân xã',
        summary: 'Thông tin liên hệ và lĩnh vực phụ trách của Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân xã.',
        blocks: [
          {
            type: 'contactCard',
            name: 'Phan Đình Hùng',
            position: 'Chủ tịch Ủy ban nhân dân xã',
            unit: 'Ủy ban nhân dân xã Thạch Hà',
            phone: '0239 384 5101',
            email: 'pdhung.thachha@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Lãnh đạo, điều hành chung các hoạt động của Ủy ban nhân dân xã; trực tiếp phụ trách công tác tổ chức, nội vụ, tài chính – ngân sách, quốc phòng, an ninh, thanh tra, tiếp công dân và chuyển đổi số.',
            ],
          },
          {
            type: 'contactCard',
            name: 'Nguyễn Thị Lan Anh',
            position: 'Phó Chủ tịch Ủy ban nhân dân xã',
            unit: 'Ủy ban nhân dân xã Thạch Hà',
            phone: '0239 384 5102',
            email: 'ntlanh.thachha@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Phụ trách lĩnh vực văn hóa – xã hội, giáo dục, y tế, lao động, chính sách xã hội, tư pháp – hộ tịch; trực tiếp chỉ đạo Phòng Văn hóa – Xã hội và Trung tâm Phục vụ hành chính công xã.',
            ],
          },
          {
            type: 'contactCard',
            name: 'Võ Văn Thắng',
            position: 'Phó Chủ tịch Ủy ban nhân dân xã',
            unit: 'Ủy ban nhân dân xã Thạch Hà',
            phone: '0239 384 5103',
            email: 'vvthang.thachha@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Phụ trách lĩnh vực kinh tế, nông nghiệp, đất đai, xây dựng, giao thông, môi trường và phòng, chống thiên tai; trực tiếp chỉ đạo Phòng Kinh tế.',
            ],
          },
        ],
      },
      en: {
        title: 'Leadership of the Commune People’s Committee',
        summary: 'Contact details and portfolios of the Chairman and Vice Chairmen.',
        blocks: [
          {
            type: 'contactCard',
            name: 'Phan Đình Hùng',
            position: 'Chairman',
            unit: 'People’s Committee of Thach Ha Commune',
            phone: '+84 239 384 5101',
            email: 'pdhung.thachha@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: ['Overall leadership; organisation, finance and budget, defence, security, inspection, citizen reception and digital transformation.'],
          },
          {
            type: 'contactCard',
            name: 'Nguyễn Thị Lan Anh',
            position: 'Vice Chairwoman',
            unit: 'People’s Committee of Thach Ha Commune',
            phone: '+84 239 384 5102',
            email: 'ntlanh.thachha@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: ['Culture and social affairs, education, health, labour, social policy, justice and civil registration; the Public Administration Service Centre.'],
          },
          {
            type: 'contactCard',
            name: 'Võ Văn Thắng',
            position: 'Vice Chairman',
            unit: 'People’s Committee of Thach Ha Commune',
            phone: '+84 239 384 5103',
            email: 'vvthang.thachha@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: ['Economy, agriculture, land, construction, transport, environment and disaster prevention.'],
          },
        ],
      },
    },
    {
      slug: 'lien-he',
      vi: {
        title: 'Liên hệ',
        summary: 'Địa chỉ, điện thoại và đầu mối liên hệ của Ủy ban nhân dân xã Thạch Hà.',
        blocks: [
          {
            type: 'contactCard',
            name: 'Ủy ban nhân dân xã Thạch Hà',
            address: 'Số 68 đường Trần Phú, xã Thạch Hà, tỉnh Hà Tĩnh',
            phone: '0239 384 5120',
            email: 'ubnd.thachha@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Trần Văn Quý',
            position: 'Chánh Văn phòng, đầu mối cung cấp thông tin',
            unit: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã',
            phone: '0239 384 5110',
            email: 'tvquy.thachha@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Lê Thị Thu Trang',
            position: 'Giám đốc',
            unit: 'Trung tâm Phục vụ hành chính công xã',
            phone: '0239 384 5188',
            email: 'hcc.thachha@hatinh.gov.vn',
            address: 'Số 68 đường Trần Phú, xã Thạch Hà, tỉnh Hà Tĩnh (tầng 1, nhà B)',
          },
          {
            type: 'contactCard',
            name: 'Nguyễn Hữu Tài',
            position: 'Công chức phụ trách công nghệ thông tin, quản trị Trang thông tin điện tử',
            unit: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã',
            phone: '0239 384 5115',
            email: 'nhtai.thachha@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Thời gian làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu. Trung tâm Phục vụ hành chính công xã tiếp nhận hồ sơ cả buổi sáng thứ Bảy.',
              'Phản ánh, kiến nghị của người dân có thể gửi trực tiếp tại Trung tâm Phục vụ hành chính công xã, qua đường dây nóng 0239 384 5199 hoặc qua Cổng Dịch vụ công quốc gia.',
            ],
          },
        ],
      },
      en: {
        title: 'Contact',
        summary: 'Address, telephone numbers and contact points of the People’s Committee of Thach Ha Commune.',
        blocks: [
          {
            type: 'contactCard',
            name: 'People’s Committee of Thach Ha Commune',
            address: '68 Tran Phu Street, Thach Ha Commune, Ha Tinh Province, Viet Nam',
            phone: '+84 239 384 5120',
            email: 'ubnd.thachha@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Trần Văn Quý',
            position: 'Chief of Office, information officer',
            unit: 'Office of the Commune People’s Council and People’s Committee',
            phone: '+84 239 384 5110',
            email: 'tvquy.thachha@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Lê Thị Thu Trang',
            position: 'Director',
            unit: 'Commune Public Administration Service Centre',
            phone: '+84 239 384 5188',
            email: 'hcc.thachha@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Nguyễn Hữu Tài',
            position: 'IT officer, website administrator',
            unit: 'Office of the Commune People’s Council and People’s Committee',
            phone: '+84 239 384 5115',
            email: 'nhtai.thachha@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: ['Office hours: 7:30–11:30 and 13:30–17:00, Monday to Friday. The Public Administration Service Centre is also open on Saturday mornings.'],
          },
        ],
      },
    },
    {
      slug: 'lien-ket',
      vi: {
        title: 'Liên kết',
        summary: 'Các cổng thông tin và dịch vụ trực tuyến người dân thường dùng.',
        blocks: [
          {
            type: 'linksList',
            heading: 'Cấp tỉnh',
            links: [
              { label: 'Cổng thông tin điện tử tỉnh Hà Tĩnh', href: 'https://hatinh.gov.vn' },
              { label: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Hà Tĩnh', href: 'https://dichvucong.hatinh.gov.vn' },
              { label: 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh', href: 'https://skhcn.hatinh.gov.vn' },
            ],
          },
          {
            type: 'linksList',
            heading: 'Trung ương',
            links: [
              { label: 'Cổng Dịch vụ công quốc gia', href: 'https://dichvucong.gov.vn' },
              { label: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', href: 'https://vbpl.vn' },
              { label: 'Cổng thông tin điện tử Chính phủ', href: 'https://chinhphu.vn' },
            ],
          },
          {
            type: 'linksList',
            heading: 'Trên trang này',
            links: [
              { label: 'Hướng dẫn thủ tục hành chính', href: '/chuyen-muc/dich-vu-cong/' },
              { label: 'Liên hệ', href: '/lien-he/' },
            ],
          },
        ],
      },
    },
  ],

  news: [
    {
      slug: 'kien-toan-to-cong-nghe-so-cong-dong',
      title: 'Kiện toàn tổ công nghệ số cộng đồng tại các thôn',
      summary:
        'Sau sắp xếp đơn vị hành chính, xã kiện toàn tổ công nghệ số cộng đồng ở tất cả các thôn, bổ sung đoàn viên thanh niên và giáo viên làm thành viên.',
      categories: ['chuyen-doi-so'],
      author: 'Văn phòng HĐND và UBND xã',
      publishedAt: '2026-09-08T10:00:00+07:00',
      cover: { alt: 'Thành viên tổ công nghệ số cộng đồng mặc áo xanh hướng dẫn người dân dùng điện thoại tại nhà văn hóa thôn', hue: 132 },
      body: [
        'Ủy ban nhân dân xã Thạch Hà vừa ban hành quyết định kiện toàn tổ công nghệ số cộng đồng tại tất cả các thôn trên địa bàn. Mỗi tổ có từ năm đến bảy thành viên, gồm trưởng thôn, công an viên, đoàn viên thanh niên, giáo viên và người dân có hiểu biết về công nghệ.',
        'Sau khi sắp xếp đơn vị hành chính, địa bàn xã mở rộng, số thôn tăng lên, trong khi một số tổ cũ không còn đủ thành viên do thay đổi công tác. Việc kiện toàn nhằm bảo đảm mỗi thôn đều có lực lượng tại chỗ hỗ trợ người dân sử dụng dịch vụ số, đặc biệt là người cao tuổi và người ít có điều kiện tiếp cận công nghệ.',
        'Nhiệm vụ của tổ gồm hướng dẫn người dân cài đặt và sử dụng tài khoản định danh điện tử, nộp hồ sơ trực tuyến, thanh toán không dùng tiền mặt; tuyên truyền về phòng, chống lừa đảo trên mạng; giới thiệu cách đưa nông sản lên sàn thương mại điện tử. Tổ cũng ghi nhận khó khăn, vướng mắc của người dân để báo cáo Ủy ban nhân dân xã.',
        'Chủ tịch Ủy ban nhân dân xã Phan Đình Hùng đề nghị các tổ xây dựng lịch hỗ trợ cố định hằng tuần tại nhà văn hóa thôn và công khai số điện thoại liên hệ của từng thành viên. Các thành viên sẽ được tham gia lớp tập huấn kỹ năng do Sở Khoa học và Công nghệ tổ chức trong tháng 9.',
        'Ủy ban nhân dân xã bố trí kinh phí hỗ trợ một phần chi phí liên lạc cho thành viên tổ và sẽ biểu dương những tổ hoạt động hiệu quả vào cuối năm.',
      ],
    },
    {
      slug: 'ket-qua-giai-quyet-ho-so-thang-8-2026',
      title: 'Tháng 8/2026: gần 97% hồ sơ thủ tục hành chính được giải quyết đúng hạn',
      summary:
        'Trung tâm Phục vụ hành chính công xã tiếp nhận hơn 1.400 hồ sơ trong tháng, trong đó tỷ lệ hồ sơ nộp trực tuyến chiếm gần 70%.',
      categories: ['dich-vu-cong'],
      author: 'Trung tâm Phục vụ hành chính công xã',
      publishedAt: '2026-09-18T15:00:00+07:00',
      cover: { alt: 'Quầy tiếp nhận hồ sơ của trung tâm phục vụ hành chính công xã, công chức đang hướng dẫn một người dân', hue: 150 },
      body: [
        'Theo báo cáo của Trung tâm Phục vụ hành chính công xã Thạch Hà, trong tháng 8/2026, Trung tâm đã tiếp nhận hơn 1.400 hồ sơ thủ tục hành chính, tăng khoảng 10% so với tháng trước. Các lĩnh vực có nhiều hồ sơ nhất là chứng thực, hộ tịch, đất đai và chính sách xã hội.',
        'Tỷ lệ hồ sơ được giải quyết đúng hạn và trước hạn đạt gần 97%. Số hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai, do phải xác minh nguồn gốc sử dụng đất qua nhiều thời kỳ và chờ kết quả từ cơ quan khác. Với mỗi hồ sơ quá hạn, Ủy ban nhân dân xã đã có văn bản xin lỗi và hẹn lại thời gian trả kết quả cho người dân.',
        'Đáng chú ý, tỷ lệ hồ sơ nộp trực tuyến đạt gần 70%, trong đó có phần hồ sơ do công chức hỗ trợ người dân nộp ngay tại Trung tâm. Toàn bộ hồ sơ giấy được số hóa khi tiếp nhận, kết quả giải quyết được trả bản điện tử vào tài khoản định danh điện tử của người dân.',
        'Giám đốc Trung tâm Lê Thị Thu Trang cho biết, thời gian tới Trung tâm sẽ rà soát các thủ tục thường bị trả lại do thiếu giấy tờ để lập danh sách hướng dẫn cụ thể, niêm yết tại Trung tâm và đăng trên Trang thông tin điện tử của xã.',
        'Người dân có thể tra cứu tình trạng hồ sơ bằng mã số trên giấy tiếp nhận qua hệ thống giải quyết thủ tục hành chính của tỉnh hoặc liên hệ số điện thoại 0239 384 5188.',
      ],
    },
    {
      slug: 'huong-dan-lien-thong-khai-sinh-thuong-tru-bhyt',
      title: 'Hướng dẫn đăng ký khai sinh, thường trú và cấp thẻ bảo hiểm y tế cho trẻ em qua dịch vụ liên thông',
      summary:
        'Cha mẹ chỉ cần nộp một bộ hồ sơ trực tuyến để được giải quyết đồng thời ba thủ tục cho trẻ dưới 6 tuổi, không phải đi lại nhiều lần.',
      categories: ['dich-vu-cong'],
      author: 'Phòng Văn hóa – Xã hội',
      publishedAt: '2026-09-23T09:30:00+07:00',
      cover: { alt: 'Người mẹ bế con ngồi làm thủ tục trên điện thoại tại khu vực chờ của trung tâm hành chính công', hue: 330 },
      body: [
        'Thực hiện Đề án 06, nhóm thủ tục liên thông đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi đã được cung cấp trực tuyến. Ủy ban nhân dân xã Thạch Hà hướng dẫn người dân thực hiện như sau.',
        '## Cách thực hiện',
        '- Đăng nhập Cổng Dịch vụ công quốc gia hoặc ứng dụng định danh điện tử bằng tài khoản mức độ 2 của cha hoặc mẹ.',
        '- Chọn nhóm thủ tục liên thông khai sinh, thường trú, bảo hiểm y tế; khai thông tin của trẻ theo giấy chứng sinh và tải ảnh giấy chứng sinh lên hệ thống.',
        '- Nộp lệ phí (nếu có) bằng hình thức thanh toán trực tuyến và theo dõi kết quả qua tin nhắn, thư điện tử.',
        'Kết quả gồm bản điện tử giấy khai sinh, thông tin đăng ký thường trú của trẻ trong Cơ sở dữ liệu quốc gia về dân cư và thẻ bảo hiểm y tế điện tử. Bản giấy của giấy khai sinh được trả tại Trung tâm Phục vụ hành chính công xã hoặc qua dịch vụ bưu chính nếu người dân đăng ký.',
        'Trường hợp cha mẹ chưa có tài khoản định danh mức độ 2 hoặc gặp khó khăn khi thao tác, có thể đến Trung tâm Phục vụ hành chính công xã để được công chức hỗ trợ, hoặc liên hệ tổ công nghệ số cộng đồng ở thôn. Người dân lưu ý khai đúng họ tên, ngày sinh, quê quán của trẻ và thông tin của cha mẹ để tránh phải điều chỉnh sau này.',
      ],
    },
    {
      slug: 'lich-tiep-cong-dan-quy-iv-2026',
      title: 'Thông báo lịch tiếp công dân của Chủ tịch Ủy ban nhân dân xã quý IV/2026',
      summary:
        'Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào thứ Năm của tuần thứ hai và tuần thứ tư hằng tháng tại phòng tiếp công dân của xã.',
      categories: ['thong-bao'],
      author: 'Văn phòng HĐND và UBND xã',
      publishedAt: '2026-09-28T08:00:00+07:00',
      body: [
        'Ủy ban nhân dân xã Thạch Hà thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân xã trong quý IV/2026 như sau.',
        '## Lịch tiếp',
        '- Tháng 10: các ngày 8/10 và 22/10/2026.',
        '- Tháng 11: các ngày 12/11 và 26/11/2026.',
        '- Tháng 12: các ngày 10/12 và 24/12/2026.',
        'Thời gian tiếp từ 7 giờ 30 đến 11 giờ 30, tại phòng tiếp công dân, tầng 1 trụ sở Ủy ban nhân dân xã, số 68 đường Trần Phú. Trường hợp Chủ tịch Ủy ban nhân dân xã bận công tác đột xuất, việc tiếp công dân do Phó Chủ tịch được ủy quyền thực hiện.',
        'Công dân đến được tiếp cần mang theo căn cước hoặc tài khoản định danh điện tử và các giấy tờ liên quan đến nội dung khiếu nại, tố cáo, kiến nghị, phản ánh. Trường hợp nhiều người cùng một nội dung thì cử người đại diện. Công dân có thể đăng ký trước qua số điện thoại 0239 384 5110 để được bố trí thời gian phù hợp, tránh phải chờ lâu.',
        'Ngoài lịch tiếp định kỳ, công chức được phân công tiếp công dân thường xuyên vào các ngày làm việc trong tuần. Người dân cũng có thể gửi kiến nghị, phản ánh trực tuyến qua Cổng Dịch vụ công quốc gia hoặc hộp thư góp ý đặt tại Trung tâm Phục vụ hành chính công xã; mọi kiến nghị đều được ghi nhận, chuyển bộ phận chuyên môn xử lý và trả lời theo quy định. Đề nghị trưởng các thôn thông báo lịch này trên hệ thống loa và nhóm thông tin của thôn để Nhân dân được biết.',
      ],
    },
    {
      slug: 'ra-soat-cap-nhat-du-lieu-dan-cu',
      title: 'Rà soát, cập nhật dữ liệu dân cư tại tất cả các thôn',
      summary:
        'Công an xã phối hợp với các thôn rà soát từng hộ gia đình, bảo đảm thông tin dân cư đúng, đủ, sạch, sống phục vụ giải quyết thủ tục hành chính.',
      categories: ['chuyen-doi-so'],
      author: 'Công an xã Thạch Hà',
      publishedAt: '2026-10-02T14:30:00+07:00',
      cover: { alt: 'Cán bộ công an xã đến từng nhà đối chiếu thông tin trên máy tính bảng với sổ hộ khẩu cũ của người dân', hue: 60 },
      body: [
        'Thực hiện kế hoạch của Ủy ban nhân dân tỉnh về triển khai Đề án 06, từ ngày 1/10 đến 15/11/2026, Công an xã Thạch Hà phối hợp với các thôn tổ chức rà soát, cập nhật dữ liệu dân cư trên toàn địa bàn xã.',
        'Sau khi sắp xếp đơn vị hành chính, thông tin địa chỉ của nhiều người dân trong Cơ sở dữ liệu quốc gia về dân cư cần được chuẩn hóa theo tên đơn vị hành chính mới. Bên cạnh đó, một số trường hợp còn sai lệch về họ tên, ngày sinh, quan hệ với chủ hộ; chưa cập nhật thông tin người đã chết hoặc đã chuyển đi nơi khác.',
        'Lực lượng công an xã, công an viên và tổ công nghệ số cộng đồng đến từng hộ gia đình để đối chiếu thông tin, hướng dẫn người dân cập nhật và kích hoạt tài khoản định danh điện tử. Những trường hợp cần điều chỉnh thông tin được hướng dẫn thủ tục cụ thể, thực hiện miễn phí tại Trung tâm Phục vụ hành chính công xã.',
        'Theo Trưởng Công an xã, dữ liệu dân cư chính xác là điều kiện để người dân làm thủ tục hành chính mà không phải xuất trình thêm giấy tờ, đồng thời giúp chính quyền thực hiện đúng, đủ các chính sách an sinh xã hội. Nhiều thủ tục như đăng ký khai sinh, cấp thẻ bảo hiểm y tế, xác nhận thông tin cư trú hiện đều khai thác trực tiếp dữ liệu này.',
        'Ủy ban nhân dân xã đề nghị người dân chủ động phối hợp, cung cấp thông tin trung thực và báo ngay cho công an xã khi có thay đổi về nhân khẩu trong gia đình.',
      ],
    },
    {
      slug: 'ngay-hoi-chuyen-doi-so-2026',
      title: 'Sôi nổi Ngày hội chuyển đổi số xã Thạch Hà năm 2026',
      summary:
        'Hơn 800 lượt người dân được hỗ trợ trực tiếp tại ngày hội; nhiều hộ sản xuất lần đầu mở gian hàng trên sàn thương mại điện tử.',
      categories: ['chuyen-doi-so', 'tin-hoat-dong'],
      author: 'Phòng Văn hóa – Xã hội',
      publishedAt: '2026-10-09T18:00:00+07:00',
      cover: { alt: 'Sân trụ sở ủy ban xã đông người dự ngày hội, các bàn hỗ trợ dưới mái che có băng rôn chuyển đổi số', hue: 112 },
      body: [
        'Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10, sáng 9/10, Ủy ban nhân dân xã Thạch Hà tổ chức Ngày hội chuyển đổi số năm 2026 tại sân trụ sở Ủy ban nhân dân xã. Ngày hội có sự tham gia của các doanh nghiệp viễn thông, ngân hàng, bưu điện và tổ công nghệ số cộng đồng của các thôn.',
        'Tại các bàn hỗ trợ, người dân được hướng dẫn kích hoạt tài khoản định danh điện tử, cài đặt ứng dụng ngân hàng, thực hành nộp hồ sơ trực tuyến và tra cứu kết quả giải quyết thủ tục hành chính. Khu vực dành cho người cao tuổi được bố trí riêng, có đoàn viên thanh niên hướng dẫn từng bước.',
        'Điểm nhấn của ngày hội là gian trưng bày nông sản của các hộ sản xuất, hợp tác xã trên địa bàn, có tem truy xuất nguồn gốc. Nhân viên bưu điện hướng dẫn nhiều hộ mở gian hàng trên sàn thương mại điện tử, chụp ảnh sản phẩm và đăng bán ngay tại chỗ.',
        'Phó Chủ tịch Ủy ban nhân dân xã Nguyễn Thị Lan Anh cho biết, trong ngày hội đã có hơn 800 lượt người dân được hỗ trợ trực tiếp, hàng trăm tài khoản định danh điện tử được kích hoạt và hơn 30 hộ sản xuất mở gian hàng trực tuyến.',
        'Ủy ban nhân dân xã sẽ duy trì góc hỗ trợ chuyển đổi số thường xuyên tại Trung tâm Phục vụ hành chính công để người dân tiếp tục được hướng dẫn.',
      ],
    },
    {
      slug: 'dua-nong-san-len-san-thuong-mai-dien-tu',
      title: 'Hỗ trợ hộ sản xuất đưa nông sản lên sàn thương mại điện tử',
      summary:
        'Lớp tập huấn hướng dẫn cách chụp ảnh sản phẩm, viết mô tả, đóng gói và giao hàng; xã kết nối với bưu điện để gom hàng tại thôn.',
      categories: ['chuyen-doi-so'],
      author: 'Phòng Kinh tế',
      publishedAt: '2026-10-16T10:30:00+07:00',
      cover: { alt: 'Người nông dân chụp ảnh bó rau và túi gạo bằng điện thoại để đăng bán trực tuyến', hue: 100 },
      body: [
        'Ngày 15/10, Phòng Kinh tế xã Thạch Hà phối hợp với bưu điện tổ chức lớp tập huấn đưa nông sản lên sàn thương mại điện tử cho hơn 60 hộ sản xuất, thành viên hợp tác xã và tổ hợp tác trên địa bàn.',
        'Học viên được hướng dẫn cách đăng ký gian hàng, chụp ảnh sản phẩm rõ nét bằng điện thoại, viết mô tả trung thực về nguồn gốc, quy cách, hạn sử dụng, cách định giá có tính đến chi phí đóng gói và vận chuyển. Giảng viên lưu ý người bán cần trả lời khách hàng nhanh chóng, giữ đúng cam kết về chất lượng để xây dựng uy tín lâu dài.',
        'Một nội dung được nhiều học viên quan tâm là đóng gói và giao hàng đối với nông sản tươi. Bưu điện cam kết bố trí điểm gom hàng tại một số thôn vào các ngày cố định trong tuần, giúp người dân không phải mang hàng ra trung tâm xã.',
        'Phó Chủ tịch Ủy ban nhân dân xã Võ Văn Thắng cho biết, xã khuyến khích các hộ đăng ký mã số vùng trồng và tem truy xuất nguồn gốc để sản phẩm dễ được các sàn chấp nhận. Những hộ có sản phẩm tiêu biểu sẽ được giới thiệu tham gia chương trình OCOP của tỉnh.',
        'Sau tập huấn, tổ công nghệ số cộng đồng ở các thôn tiếp tục hỗ trợ các hộ trong quá trình vận hành gian hàng. Phòng Kinh tế sẽ tổng hợp kết quả kinh doanh trực tuyến của các hộ để có hình thức hỗ trợ phù hợp.',
      ],
    },
    {
      slug: 'lam-viec-sang-thu-bay-trung-tam-phuc-vu-hanh-chinh-cong',
      title: 'Thông báo tiếp nhận hồ sơ vào sáng thứ Bảy tại Trung tâm Phục vụ hành chính công xã',
      summary:
        'Từ ngày 31/10/2026, Trung tâm tiếp nhận và trả kết quả hồ sơ vào buổi sáng thứ Bảy hằng tuần để thuận tiện cho người lao động.',
      categories: ['thong-bao', 'dich-vu-cong'],
      author: 'Trung tâm Phục vụ hành chính công xã',
      publishedAt: '2026-10-23T16:00:00+07:00',
      body: [
        'Nhằm tạo thuận lợi cho người dân, nhất là người lao động làm việc trong giờ hành chính, Ủy ban nhân dân xã Thạch Hà thông báo Trung tâm Phục vụ hành chính công xã tiếp nhận hồ sơ và trả kết quả thủ tục hành chính vào buổi sáng thứ Bảy hằng tuần, bắt đầu từ ngày 31/10/2026.',
        'Thời gian làm việc sáng thứ Bảy từ 7 giờ 30 đến 11 giờ 30. Trung tâm tiếp nhận tất cả các thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã và các thủ tục được tiếp nhận qua Trung tâm theo quy định, trừ những thủ tục phải có sự tham gia trực tiếp của lãnh đạo Ủy ban nhân dân xã trong ngày.',
        'Hồ sơ tiếp nhận vào sáng thứ Bảy được tính thời hạn giải quyết từ ngày làm việc tiếp theo. Việc trả kết quả vào sáng thứ Bảy áp dụng cho các hồ sơ đã có kết quả trước đó; người dân có thể kiểm tra trước qua tin nhắn hoặc hệ thống giải quyết thủ tục hành chính của tỉnh.',
        'Cùng thời gian này, góc hỗ trợ chuyển đổi số tại Trung tâm hoạt động để hướng dẫn người dân nộp hồ sơ trực tuyến, kích hoạt tài khoản định danh điện tử và thanh toán phí, lệ phí không dùng tiền mặt.',
        'Công chức làm việc vào sáng thứ Bảy được bố trí nghỉ bù theo quy định. Mọi thắc mắc xin liên hệ Trung tâm Phục vụ hành chính công xã qua số điện thoại 0239 384 5188.',
      ],
    },
    {
      slug: 'doi-thoai-voi-nhan-dan-ve-thu-tuc-dat-dai',
      title: 'Chủ tịch Ủy ban nhân dân xã đối thoại với Nhân dân về thủ tục đất đai',
      summary:
        'Buổi đối thoại giải đáp nhiều câu hỏi về cấp giấy chứng nhận quyền sử dụng đất, chuyển mục đích sử dụng đất và thời gian giải quyết hồ sơ.',
      categories: ['tin-hoat-dong', 'dich-vu-cong'],
      author: 'Văn phòng HĐND và UBND xã',
      publishedAt: '2026-10-30T17:15:00+07:00',
      cover: { alt: 'Người dân đứng phát biểu tại hội trường ủy ban xã, lãnh đạo xã ngồi ở bàn chủ tọa lắng nghe', hue: 45 },
      body: [
        'Ngày 30/10, Chủ tịch Ủy ban nhân dân xã Thạch Hà Phan Đình Hùng chủ trì buổi đối thoại với Nhân dân về công tác giải quyết thủ tục hành chính trong lĩnh vực đất đai. Tham dự có đại diện các phòng chuyên môn, Trung tâm Phục vụ hành chính công xã, chi nhánh văn phòng đăng ký đất đai và hơn 100 người dân đến từ các thôn.',
        'Tại buổi đối thoại, người dân nêu nhiều câu hỏi về điều kiện cấp giấy chứng nhận quyền sử dụng đất lần đầu cho đất có nguồn gốc lâu đời, thủ tục tách thửa, chuyển mục đích sử dụng đất vườn sang đất ở, thời gian giải quyết hồ sơ và các khoản nghĩa vụ tài chính phải nộp. Một số người dân phản ánh hồ sơ nộp từ trước khi sắp xếp đơn vị hành chính đến nay chưa có kết quả.',
        'Lãnh đạo xã và các đơn vị chuyên môn đã trả lời trực tiếp từng nội dung. Với các hồ sơ còn tồn đọng, Chủ tịch Ủy ban nhân dân xã giao Phòng Kinh tế rà soát, lập danh sách, xác định rõ nguyên nhân và thời hạn giải quyết, thông báo bằng văn bản cho từng hộ trong tháng 11.',
        'Chủ tịch Ủy ban nhân dân xã cũng yêu cầu Trung tâm Phục vụ hành chính công xã niêm yết công khai danh mục giấy tờ của các thủ tục đất đai thường gặp, hướng dẫn đầy đủ ngay từ lần đầu để người dân không phải bổ sung nhiều lần.',
        'Những nội dung chưa được giải đáp tại buổi đối thoại sẽ được trả lời bằng văn bản và đăng trên Trang thông tin điện tử của xã.',
      ],
    },
    {
      slug: 'khuyen-cao-phong-chong-lua-dao-truc-tuyen',
      title: 'Khuyến cáo người dân cảnh giác với các thủ đoạn lừa đảo trực tuyến',
      summary:
        'Thời gian gần đây, trên địa bàn xã xuất hiện các cuộc gọi giả danh cán bộ cơ quan nhà nước yêu cầu cài ứng dụng lạ để “cập nhật dữ liệu”.',
      categories: ['thong-bao', 'chuyen-doi-so'],
      author: 'Công an xã Thạch Hà',
      publishedAt: '2026-11-06T08:30:00+07:00',
      cover: { alt: 'Cán bộ công an xã phát tờ rơi cảnh báo lừa đảo qua mạng cho người dân tại chợ', hue: 0 },
      body: [
        'Công an xã Thạch Hà nhận được phản ánh của một số người dân về các cuộc gọi tự xưng là cán bộ công an, cán bộ bảo hiểm xã hội hoặc nhân viên điện lực, yêu cầu người dân cài đặt ứng dụng lạ hoặc truy cập đường dẫn để “cập nhật dữ liệu”, “nhận tiền hỗ trợ”, “hoàn tiền điện”.',
        'Khi người dân làm theo, đối tượng chiếm quyền điều khiển điện thoại, đăng nhập vào ứng dụng ngân hàng và chuyển tiền đi. Một số trường hợp khác bị dẫn dụ tham gia các nhóm “đầu tư” hoặc “làm nhiệm vụ” trên mạng, ban đầu được trả lãi nhỏ nhưng sau đó bị chiếm đoạt toàn bộ số tiền đã nộp.',
        '## Khuyến cáo',
        '- Cơ quan nhà nước không gọi điện yêu cầu cài ứng dụng, cung cấp mật khẩu hay mã xác thực; không giải quyết thủ tục hành chính qua điện thoại.',
        '- Chỉ cài ứng dụng từ kho ứng dụng chính thức; không bấm vào đường dẫn lạ gửi qua tin nhắn, mạng xã hội.',
        '- Khi nghi ngờ, hãy dừng cuộc gọi, liên hệ trực tiếp Trung tâm Phục vụ hành chính công xã hoặc công an xã để được xác minh.',
        'Người dân phát hiện dấu hiệu lừa đảo hoặc đã bị chiếm đoạt tài sản cần báo ngay cho công an xã và ngân hàng để kịp thời ngăn chặn. Tổ công nghệ số cộng đồng ở các thôn sẽ tiếp tục tuyên truyền, hướng dẫn người cao tuổi cách nhận biết các thủ đoạn lừa đảo.',
      ],
    },
    {
      slug: 'ban-do-so-quan-ly-ha-tang',
      title: 'Ứng dụng bản đồ số trong quản lý hạ tầng và phòng, chống thiên tai',
      summary:
        'Bản đồ số tích hợp dữ liệu đường giao thông, kênh mương, khu dân cư thấp trũng và điểm sơ tán, giúp xã chủ động chỉ đạo trong mùa mưa lũ.',
      categories: ['chuyen-doi-so'],
      author: 'Phòng Kinh tế',
      publishedAt: '2026-11-13T11:00:00+07:00',
      cover: { alt: 'Màn hình máy tính hiển thị bản đồ số của xã với các lớp đường giao thông, kênh mương và điểm sơ tán', hue: 174 },
      body: [
        'Ủy ban nhân dân xã Thạch Hà đã đưa vào sử dụng bản đồ số phục vụ quản lý hạ tầng và phòng, chống thiên tai, được xây dựng trên nền tảng bản đồ dùng chung của tỉnh với sự hỗ trợ kỹ thuật của Sở Khoa học và Công nghệ.',
        'Bản đồ tích hợp nhiều lớp dữ liệu: mạng lưới đường giao thông, cầu, cống; hệ thống kênh mương nội đồng; trường học, trạm y tế, nhà văn hóa; các khu dân cư thấp trũng thường bị ngập và điểm sơ tán an toàn. Mỗi đối tượng trên bản đồ có thông tin mô tả, hình ảnh và tình trạng hiện tại.',
        'Trong mùa mưa lũ, cán bộ xã và trưởng thôn có thể cập nhật tình hình ngập úng, sạt lở, hư hỏng công trình trực tiếp từ điện thoại kèm vị trí và hình ảnh. Thông tin được hiển thị ngay trên bản đồ tại phòng chỉ huy, giúp lãnh đạo xã nắm bắt tình hình, bố trí lực lượng và phương tiện kịp thời.',
        'Phó Chủ tịch Ủy ban nhân dân xã Võ Văn Thắng cho biết, bản đồ số còn được dùng để lập kế hoạch duy tu, sửa chữa đường giao thông, kênh mương hằng năm, bảo đảm ưu tiên đúng những công trình xuống cấp. Dữ liệu được cập nhật thường xuyên và chia sẻ với các cơ quan của tỉnh khi cần.',
        'Thời gian tới, xã sẽ bổ sung lớp dữ liệu quy hoạch sử dụng đất và xem xét công khai một số lớp dữ liệu không thuộc bí mật để người dân tra cứu.',
      ],
    },
    {
      slug: 'chi-so-phuc-vu-nguoi-dan-doanh-nghiep',
      title: 'Nâng cao chỉ số phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính',
      summary:
        'Xã đặt mục tiêu đến cuối năm 2026 không còn hồ sơ quá hạn do lỗi chủ quan, tỷ lệ hài lòng của người dân đạt trên 95%.',
      categories: ['dich-vu-cong'],
      author: 'Văn phòng HĐND và UBND xã',
      publishedAt: '2026-11-19T09:15:00+07:00',
      cover: { alt: 'Người dân bấm nút đánh giá mức độ hài lòng trên thiết bị đặt tại quầy giao dịch', hue: 156 },
      body: [
        'Ủy ban nhân dân xã Thạch Hà vừa tổ chức hội nghị đánh giá kết quả thực hiện bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính, dịch vụ công 10 tháng năm 2026.',
        'Theo số liệu trên hệ thống giải quyết thủ tục hành chính của tỉnh, xã đạt kết quả tốt ở các nhóm chỉ số về công khai, minh bạch, số hóa hồ sơ và thanh toán trực tuyến. Tuy nhiên, nhóm chỉ số về tiến độ giải quyết còn bị trừ điểm do một số hồ sơ đất đai quá hạn; tỷ lệ hồ sơ được giải quyết hoàn toàn trực tuyến chưa cao.',
        'Tại hội nghị, Chủ tịch Ủy ban nhân dân xã Phan Đình Hùng đề nghị từng công chức xác định rõ trách nhiệm đối với hồ sơ được giao, cập nhật trạng thái xử lý trên hệ thống ngay trong ngày. Hồ sơ có nguy cơ quá hạn phải được báo cáo sớm để lãnh đạo xã chỉ đạo tháo gỡ, không để đến sát hạn mới xử lý.',
        'Xã đặt mục tiêu đến cuối năm 2026 không còn hồ sơ quá hạn do lỗi chủ quan của cán bộ, tỷ lệ hài lòng của người dân đạt trên 95%. Kết quả giải quyết hồ sơ của từng bộ phận sẽ được công khai hằng tháng tại Trung tâm Phục vụ hành chính công và trên Trang thông tin điện tử của xã.',
        'Người dân được khuyến khích đánh giá mức độ hài lòng sau mỗi lần giao dịch, qua thiết bị đặt tại quầy hoặc qua tin nhắn, để xã kịp thời chấn chỉnh những điểm chưa tốt.',
      ],
    },
    {
      slug: 'doan-cong-tac-bo-khcn-tham-xa',
      title: 'Đoàn công tác Bộ Khoa học và Công nghệ thăm Trung tâm Phục vụ hành chính công xã',
      summary:
        'Thứ trưởng Trần Thị Minh Nguyệt ghi nhận việc số hóa hồ sơ ngay tại quầy và trả kết quả điện tử của xã, đề nghị tiếp tục nâng tỷ lệ hồ sơ trực tuyến toàn trình.',
      categories: ['tin-hoat-dong'],
      author: 'Văn phòng HĐND và UBND xã',
      publishedAt: '2026-11-21T08:00:00+07:00',
      cover: { alt: 'Thứ trưởng cùng đoàn công tác trò chuyện với người dân đang làm thủ tục tại trung tâm hành chính công xã', hue: 140 },
      body: [
        'Sáng 20/11, đoàn công tác của Bộ Khoa học và Công nghệ do Thứ trưởng Trần Thị Minh Nguyệt làm trưởng đoàn, cùng lãnh đạo Ủy ban nhân dân tỉnh và Sở Khoa học và Công nghệ, đã đến thăm Trung tâm Phục vụ hành chính công xã Thạch Hà.',
        'Tại Trung tâm, đoàn tìm hiểu quy trình tiếp nhận hồ sơ, số hóa giấy tờ ngay tại quầy, luân chuyển hồ sơ điện tử giữa các bộ phận và trả kết quả vào tài khoản định danh điện tử của người dân. Thứ trưởng đã trò chuyện với một số người dân đang làm thủ tục về thời gian chờ đợi, sự thuận tiện khi nộp hồ sơ trực tuyến và những khó khăn còn gặp phải.',
        'Báo cáo với đoàn, Chủ tịch Ủy ban nhân dân xã Phan Đình Hùng cho biết xã sử dụng đầy đủ các nền tảng dùng chung của tỉnh; tổ công nghệ số cộng đồng được kiện toàn ở tất cả các thôn. Tuy vậy, xã mới có một công chức phụ trách công nghệ thông tin, một số thiết bị tại Trung tâm đã cũ cần được thay thế.',
        'Thứ trưởng Trần Thị Minh Nguyệt ghi nhận sự chủ động của xã, đánh giá cách tổ chức Trung tâm gọn gàng, thân thiện. Thứ trưởng đề nghị xã tiếp tục nâng tỷ lệ hồ sơ giải quyết trực tuyến toàn trình, chú trọng bảo vệ dữ liệu cá nhân của người dân và chia sẻ kinh nghiệm với các xã khác trong tỉnh.',
        'Dịp này, đoàn công tác đã trao tặng Trung tâm một số máy tính và thiết bị quét tài liệu phục vụ công tác số hóa hồ sơ.',
      ],
    },
  ],
}
