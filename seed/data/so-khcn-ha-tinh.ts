/**
 * Demo portal: Sở Khoa học và Công nghệ tỉnh Hà Tĩnh (a department of the provincial People's
 * Committee; merged with the former Sở Thông tin và Truyền thông in 2025). People, phone numbers,
 * research projects and events are fictional.
 */
import type { SeedSite } from './types'

export const soKhcnHaTinh: SeedSite = {
  slug: 'so-khcn-ha-tinh',
  level: 'truc-thuoc',
  parent: 'ha-tinh',
  domains: ['skhcn.hatinh.gov.vn'],
  primaryColor: '#0f5c6e',
  contact: { phone: '0239 385 6170', fax: '0239 385 6171', email: 'skhcn@hatinh.gov.vn' },

  vi: {
    name: 'Trang thông tin điện tử Sở Khoa học và Công nghệ tỉnh Hà Tĩnh',
    owningAgency: 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh',
    responsiblePerson: 'Bà Nguyễn Thị Phương Thảo – Phó Giám đốc Sở',
    address: 'Số 14 Đặng Dung, phường Thành Sen, tỉnh Hà Tĩnh',
    headerMenu: [
      { label: 'Trang chủ', href: '/' },
      { label: 'Giới thiệu', href: '/gioi-thieu/' },
      { label: 'Tin tức', href: '/tin-tuc/' },
      { label: 'Tin hoạt động', href: '/chuyen-muc/tin-hoat-dong/' },
      { label: 'Khoa học và công nghệ', href: '/chuyen-muc/khoa-hoc-cong-nghe/' },
      { label: 'Chuyển đổi số', href: '/chuyen-muc/chuyen-doi-so/' },
      { label: 'Tiêu chuẩn – Đo lường – Chất lượng', href: '/chuyen-muc/tieu-chuan-do-luong-chat-luong/' },
      { label: 'Thông báo', href: '/chuyen-muc/thong-bao/' },
      { label: 'Liên hệ', href: '/lien-he/' },
    ],
    footerMenu: [
      { label: 'Lãnh đạo Sở', href: '/lanh-dao/' },
      { label: 'Liên kết', href: '/lien-ket/' },
      { label: 'Cổng thông tin điện tử tỉnh Hà Tĩnh', href: 'https://hatinh.gov.vn' },
      { label: 'Bộ Khoa học và Công nghệ', href: 'https://most.gov.vn' },
      { label: 'English', href: '/en/' },
    ],
  },

  en: {
    name: 'Ha Tinh Department of Science and Technology',
    owningAgency: 'Department of Science and Technology of Ha Tinh Province',
    responsiblePerson: 'Ms Nguyễn Thị Phương Thảo – Deputy Director',
    address: '14 Dang Dung Street, Thanh Sen Ward, Ha Tinh Province, Viet Nam',
    headerMenu: [
      { label: 'Home', href: '/en/' },
      { label: 'About the Department', href: '/en/gioi-thieu/' },
      { label: 'Leadership', href: '/en/lanh-dao/' },
      { label: 'Contact', href: '/en/lien-he/' },
    ],
    footerMenu: [
      { label: 'Ha Tinh Provincial Portal', href: 'https://hatinh.gov.vn' },
      { label: 'Ministry of Science and Technology', href: 'https://most.gov.vn' },
    ],
  },

  categories: [
    {
      slug: 'tin-hoat-dong',
      title: 'Tin hoạt động',
      titleEn: 'Activities',
      description: 'Hoạt động của Sở và ngành khoa học và công nghệ Hà Tĩnh.',
    },
    {
      slug: 'khoa-hoc-cong-nghe',
      title: 'Khoa học và công nghệ',
      titleEn: 'Science and technology',
      description: 'Nhiệm vụ khoa học và công nghệ cấp tỉnh, chuyển giao công nghệ, đổi mới sáng tạo và khởi nghiệp.',
    },
    {
      slug: 'chuyen-doi-so',
      title: 'Chuyển đổi số',
      titleEn: 'Digital transformation',
      description: 'Chính quyền số, hạ tầng số, bưu chính, viễn thông và an toàn thông tin.',
    },
    {
      slug: 'tieu-chuan-do-luong-chat-luong',
      title: 'Tiêu chuẩn – Đo lường – Chất lượng',
      titleEn: 'Standards, metrology and quality',
      description: 'Quản lý đo lường, chất lượng sản phẩm, hàng hóa, mã số mã vạch và truy xuất nguồn gốc.',
    },
    {
      slug: 'thong-bao',
      title: 'Thông báo',
      titleEn: 'Announcements',
      description: 'Thông báo đề xuất, tuyển chọn nhiệm vụ và các hướng dẫn của Sở.',
    },
  ],

  pages: [
    {
      slug: 'gioi-thieu',
      vi: {
        title: 'Giới thiệu Sở Khoa học và Công nghệ',
        summary: 'Vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Hà Tĩnh.',
        blocks: [
          {
            type: 'richText',
            content: [
              '## Vị trí và chức năng',
              'Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hà Tĩnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về khoa học, công nghệ, đổi mới sáng tạo; chuyển đổi số; bưu chính; viễn thông; công nghiệp công nghệ thông tin; tiêu chuẩn, đo lường, chất lượng; sở hữu trí tuệ; an toàn bức xạ và hạt nhân trên địa bàn tỉnh.',
              'Năm 2025, Sở được tổ chức lại trên cơ sở hợp nhất Sở Khoa học và Công nghệ và Sở Thông tin và Truyền thông; các nhiệm vụ về báo chí, xuất bản, phát thanh, truyền hình và thông tin cơ sở được chuyển sang Sở Văn hóa, Thể thao và Du lịch.',
              'Sở có tư cách pháp nhân, con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Khoa học và Công nghệ.',
              '## Nhiệm vụ và quyền hạn chủ yếu',
              '- Trình Ủy ban nhân dân tỉnh dự thảo quyết định, kế hoạch, chương trình phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh.',
              '- Tổ chức xác định, tuyển chọn, kiểm tra, đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh; thúc đẩy ứng dụng, chuyển giao kết quả nghiên cứu.',
              '- Hướng dẫn, triển khai các nền tảng số dùng chung, hạ tầng số và bảo đảm an toàn thông tin cho hệ thống thông tin của tỉnh và cấp xã.',
              '- Quản lý nhà nước về bưu chính, viễn thông, tần số vô tuyến điện theo phân cấp.',
              '- Quản lý tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa; mã số, mã vạch và truy xuất nguồn gốc; sở hữu trí tuệ; an toàn bức xạ trong y tế và công nghiệp.',
              '- Hướng dẫn chuyên môn, nghiệp vụ về lĩnh vực được giao cho Ủy ban nhân dân cấp xã.',
              '## Cơ cấu tổ chức',
              '- Lãnh đạo Sở: Giám đốc và các Phó Giám đốc.',
              '- Văn phòng Sở; Phòng Kế hoạch – Tài chính.',
              '- Phòng Quản lý khoa học và đổi mới sáng tạo; Phòng Chuyển đổi số; Phòng Bưu chính, viễn thông và hạ tầng số; Phòng Tiêu chuẩn – Đo lường – Chất lượng.',
              '- Đơn vị sự nghiệp: Trung tâm Khoa học, công nghệ và chuyển đổi số.',
            ],
          },
        ],
      },
      en: {
        title: 'About the Department of Science and Technology',
        summary: 'Position, functions, duties, powers and structure of the Ha Tinh Department of Science and Technology.',
        blocks: [
          {
            type: 'richText',
            content: [
              '## Position and functions',
              'The Department of Science and Technology is a specialised agency of the People’s Committee of Ha Tinh Province. It advises and assists the Committee in state management of science, technology and innovation; digital transformation; postal services; telecommunications; the information technology industry; standards, metrology and quality; intellectual property; and radiation and nuclear safety in the province.',
              'In 2025 the Department was reorganised by merging the former Department of Science and Technology with the former Department of Information and Communications. Press, publishing and broadcasting were transferred to the Department of Culture, Sports and Tourism.',
              '## Main duties and powers',
              '- Draft decisions, plans and programmes on science, technology, innovation and digital transformation for the Provincial People’s Committee.',
              '- Identify, select, monitor and evaluate provincial science and technology projects; promote the application and transfer of research results.',
              '- Deploy shared digital platforms and digital infrastructure and secure the information systems of the province and communes.',
              '- Manage postal services, telecommunications and radio frequencies as delegated.',
              '- Manage standards, metrology, product quality, barcodes and traceability, intellectual property and radiation safety.',
              '- Provide professional guidance to commune-level People’s Committees in these fields.',
              '## Organisational structure',
              '- Leadership: the Director and Deputy Directors.',
              '- Department Office; Planning and Finance Division.',
              '- Science and Innovation Management Division; Digital Transformation Division; Post, Telecommunications and Digital Infrastructure Division; Standards, Metrology and Quality Division.',
              '- Public service unit: Centre for Science, Technology and Digital Transformation.',
            ],
          },
        ],
      },
    },
    {
      slug: 'lanh-dao',
      vi: {
        title: 'Lãnh đạo Sở',
        summary: 'Thông tin liên hệ và lĩnh vực phụ trách của Giám đốc, các Phó Giám đốc Sở.',
        blocks: [
          {
            type: 'contactCard',
            name: 'Lê Minh Đức',
            position: 'Giám đốc Sở',
            unit: 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh',
            phone: '0239 385 6101',
            email: 'lmduc.skhcn@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Lãnh đạo, điều hành toàn diện hoạt động của Sở; trực tiếp phụ trách công tác tổ chức cán bộ, kế hoạch – tài chính, thanh tra, kiểm tra và lĩnh vực chuyển đổi số; phụ trách Văn phòng Sở, Phòng Kế hoạch – Tài chính, Phòng Chuyển đổi số.',
            ],
          },
          {
            type: 'contactCard',
            name: 'Nguyễn Thị Phương Thảo',
            position: 'Phó Giám đốc Sở',
            unit: 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh',
            phone: '0239 385 6102',
            email: 'ntpthao.skhcn@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Phụ trách lĩnh vực quản lý khoa học, đổi mới sáng tạo, khởi nghiệp, sở hữu trí tuệ; phụ trách Phòng Quản lý khoa học và đổi mới sáng tạo, Trung tâm Khoa học, công nghệ và chuyển đổi số; người chịu trách nhiệm nội dung Trang thông tin điện tử của Sở.',
            ],
          },
          {
            type: 'contactCard',
            name: 'Trần Quốc Việt',
            position: 'Phó Giám đốc Sở',
            unit: 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh',
            phone: '0239 385 6103',
            email: 'tqviet.skhcn@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Phụ trách lĩnh vực bưu chính, viễn thông, hạ tầng số, an toàn thông tin và tiêu chuẩn, đo lường, chất lượng; phụ trách Phòng Bưu chính, viễn thông và hạ tầng số, Phòng Tiêu chuẩn – Đo lường – Chất lượng.',
            ],
          },
        ],
      },
      en: {
        title: 'Department Leadership',
        summary: 'Contact details and portfolios of the Director and Deputy Directors.',
        blocks: [
          {
            type: 'contactCard',
            name: 'Lê Minh Đức',
            position: 'Director',
            unit: 'Ha Tinh Department of Science and Technology',
            phone: '+84 239 385 6101',
            email: 'lmduc.skhcn@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: ['Overall leadership; personnel, planning and finance, inspection and digital transformation.'],
          },
          {
            type: 'contactCard',
            name: 'Nguyễn Thị Phương Thảo',
            position: 'Deputy Director',
            unit: 'Ha Tinh Department of Science and Technology',
            phone: '+84 239 385 6102',
            email: 'ntpthao.skhcn@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: ['Science management, innovation, start-ups and intellectual property; responsible for the content of this website.'],
          },
          {
            type: 'contactCard',
            name: 'Trần Quốc Việt',
            position: 'Deputy Director',
            unit: 'Ha Tinh Department of Science and Technology',
            phone: '+84 239 385 6103',
            email: 'tqviet.skhcn@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: ['Postal services, telecommunications, digital infrastructure, information security, and standards, metrology and quality.'],
          },
        ],
      },
    },
    {
      slug: 'lien-he',
      vi: {
        title: 'Liên hệ',
        summary: 'Địa chỉ, điện thoại và đầu mối liên hệ của Sở Khoa học và Công nghệ tỉnh Hà Tĩnh.',
        blocks: [
          {
            type: 'contactCard',
            name: 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh',
            address: 'Số 14 Đặng Dung, phường Thành Sen, tỉnh Hà Tĩnh',
            phone: '0239 385 6170',
            email: 'skhcn@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Phan Thị Mai Hương',
            position: 'Chánh Văn phòng, đầu mối cung cấp thông tin',
            unit: 'Văn phòng Sở',
            phone: '0239 385 6110',
            email: 'ptmhuong.skhcn@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Võ Thành Nam',
            position: 'Trưởng phòng',
            unit: 'Phòng Quản lý khoa học và đổi mới sáng tạo',
            phone: '0239 385 6120',
            email: 'vtnam.skhcn@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Đặng Hữu Lộc',
            position: 'Trưởng phòng, đầu mối ứng cứu sự cố an toàn thông tin của tỉnh',
            unit: 'Phòng Chuyển đổi số',
            phone: '0239 385 6130',
            email: 'dhloc.skhcn@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Bùi Thị Hoài',
            position: 'Trưởng phòng',
            unit: 'Phòng Tiêu chuẩn – Đo lường – Chất lượng',
            phone: '0239 385 6140',
            email: 'bthoai.skhcn@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Thời gian làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu.',
              'Hồ sơ thủ tục hành chính thuộc thẩm quyền của Sở được tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh hoặc nộp trực tuyến trên hệ thống giải quyết thủ tục hành chính của tỉnh.',
            ],
          },
        ],
      },
      en: {
        title: 'Contact',
        summary: 'Address, telephone numbers and contact points of the Ha Tinh Department of Science and Technology.',
        blocks: [
          {
            type: 'contactCard',
            name: 'Ha Tinh Department of Science and Technology',
            address: '14 Dang Dung Street, Thanh Sen Ward, Ha Tinh Province, Viet Nam',
            phone: '+84 239 385 6170',
            email: 'skhcn@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Phan Thị Mai Hương',
            position: 'Chief of Office, information officer',
            unit: 'Department Office',
            phone: '+84 239 385 6110',
            email: 'ptmhuong.skhcn@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Võ Thành Nam',
            position: 'Head of Division',
            unit: 'Science and Innovation Management Division',
            phone: '+84 239 385 6120',
            email: 'vtnam.skhcn@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Đặng Hữu Lộc',
            position: 'Head of Division, provincial contact point for security incidents',
            unit: 'Digital Transformation Division',
            phone: '+84 239 385 6130',
            email: 'dhloc.skhcn@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Bùi Thị Hoài',
            position: 'Head of Division',
            unit: 'Standards, Metrology and Quality Division',
            phone: '+84 239 385 6140',
            email: 'bthoai.skhcn@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: ['Office hours: 7:30–11:30 and 13:30–17:00, Monday to Friday.'],
          },
        ],
      },
    },
    {
      slug: 'lien-ket',
      vi: {
        title: 'Liên kết',
        summary: 'Cổng thông tin và hệ thống liên quan đến lĩnh vực khoa học, công nghệ và chuyển đổi số.',
        blocks: [
          {
            type: 'linksList',
            heading: 'Cơ quan cấp trên',
            links: [
              { label: 'Cổng thông tin điện tử tỉnh Hà Tĩnh', href: 'https://hatinh.gov.vn' },
              { label: 'Bộ Khoa học và Công nghệ', href: 'https://most.gov.vn' },
            ],
          },
          {
            type: 'linksList',
            heading: 'Dịch vụ công và văn bản',
            links: [
              { label: 'Cổng Dịch vụ công quốc gia', href: 'https://dichvucong.gov.vn' },
              { label: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Hà Tĩnh', href: 'https://dichvucong.hatinh.gov.vn' },
              { label: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', href: 'https://vbpl.vn' },
            ],
          },
          {
            type: 'linksList',
            heading: 'Trên trang này',
            links: [
              { label: 'Thông báo tuyển chọn nhiệm vụ', href: '/chuyen-muc/thong-bao/' },
              { label: 'Lãnh đạo Sở', href: '/lanh-dao/' },
            ],
          },
        ],
      },
    },
  ],

  news: [
    {
      slug: 'de-xuat-dat-hang-nhiem-vu-khcn-cap-tinh-2027',
      title: 'Thông báo đề xuất đặt hàng nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2027',
      summary:
        'Sở đề nghị các sở, ngành, Ủy ban nhân dân cấp xã, doanh nghiệp và nhà khoa học gửi đề xuất nhiệm vụ trước ngày 30/9/2026, ưu tiên vấn đề xuất phát từ thực tiễn của tỉnh.',
      categories: ['thong-bao', 'khoa-hoc-cong-nghe'],
      author: 'Phòng Quản lý khoa học và đổi mới sáng tạo',
      publishedAt: '2026-09-03T08:30:00+07:00',
      body: [
        'Để xây dựng danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh bắt đầu thực hiện từ năm 2027, Sở Khoa học và Công nghệ đề nghị các sở, ban, ngành, Ủy ban nhân dân các xã, phường, doanh nghiệp, tổ chức khoa học và công nghệ, nhà khoa học trong và ngoài tỉnh đề xuất nhiệm vụ theo hướng dẫn dưới đây.',
        '## Định hướng ưu tiên',
        '- Ứng dụng công nghệ trong sản xuất nông nghiệp, chế biến nông sản, thủy sản; phát triển giống cây trồng, vật nuôi có lợi thế của tỉnh.',
        '- Giải pháp chuyển đổi số phục vụ chính quyền cấp xã, doanh nghiệp nhỏ và hợp tác xã.',
        '- Bảo vệ môi trường, thích ứng với biến đổi khí hậu và phòng, chống thiên tai vùng ven biển, miền núi.',
        '- Nghiên cứu khoa học xã hội và nhân văn phục vụ phát triển văn hóa, du lịch và quản lý nhà nước sau sắp xếp đơn vị hành chính.',
        'Mỗi đề xuất cần nêu rõ vấn đề cần giải quyết, mục tiêu, sản phẩm dự kiến, địa chỉ ứng dụng và cam kết của đơn vị tiếp nhận kết quả. Đề xuất có doanh nghiệp tham gia đối ứng kinh phí hoặc có khả năng nhân rộng ra nhiều địa phương được ưu tiên xem xét.',
        'Đề xuất gửi về Sở Khoa học và Công nghệ, số 14 Đặng Dung, phường Thành Sen, đồng thời gửi bản điện tử qua địa chỉ skhcn@hatinh.gov.vn trước ngày 30/9/2026. Sở sẽ tổng hợp, tổ chức hội đồng tư vấn xác định nhiệm vụ và trình Ủy ban nhân dân tỉnh phê duyệt danh mục. Mọi thắc mắc xin liên hệ Phòng Quản lý khoa học và đổi mới sáng tạo, điện thoại 0239 385 6120.',
      ],
    },
    {
      slug: 'moi-tham-gia-cho-cong-nghe-bac-trung-bo-2026',
      title: 'Mời doanh nghiệp, tổ chức đăng ký tham gia Techmart vùng Bắc Trung Bộ 2026',
      summary:
        'Chợ công nghệ và thiết bị vùng Bắc Trung Bộ diễn ra từ ngày 1 đến 3/10/2026 tại Hà Tĩnh; đơn vị trong tỉnh tham gia được hỗ trợ chi phí gian hàng.',
      categories: ['thong-bao'],
      author: 'Trung tâm Khoa học, công nghệ và chuyển đổi số',
      publishedAt: '2026-09-08T09:00:00+07:00',
      cover: { alt: 'Khu triển lãm đang được dựng gian hàng, công nhân lắp đặt khung và biển hiệu', hue: 48 },
      body: [
        'Sở Khoa học và Công nghệ thông báo Chợ công nghệ và thiết bị vùng Bắc Trung Bộ năm 2026 (Techmart vùng Bắc Trung Bộ) sẽ được tổ chức từ ngày 1 đến 3/10/2026 tại phường Thành Sen, tỉnh Hà Tĩnh, do Bộ Khoa học và Công nghệ phối hợp với Ủy ban nhân dân tỉnh tổ chức.',
        'Techmart là nơi giới thiệu, chào bán công nghệ, thiết bị, sản phẩm khoa học và công nghệ; kết nối giữa bên cung cấp và bên có nhu cầu đổi mới công nghệ. Sở trân trọng mời các doanh nghiệp, hợp tác xã, viện nghiên cứu, trường đại học, trung tâm ứng dụng và nhà sáng chế đăng ký tham gia trưng bày.',
        '## Chính sách hỗ trợ',
        'Tổ chức, doanh nghiệp có trụ sở trên địa bàn tỉnh Hà Tĩnh tham gia trưng bày sản phẩm là kết quả nghiên cứu, sáng chế hoặc công nghệ đã được chuyển giao được hỗ trợ toàn bộ chi phí thuê gian hàng tiêu chuẩn. Các hợp tác xã có sản phẩm OCOP ứng dụng tiến bộ kỹ thuật được bố trí khu trưng bày riêng.',
        'Hồ sơ đăng ký gồm phiếu đăng ký, danh mục công nghệ, thiết bị dự kiến trưng bày và tài liệu giới thiệu, gửi về Trung tâm Khoa học, công nghệ và chuyển đổi số trước ngày 20/9/2026. Ban tổ chức sẽ xét chọn dựa trên tính mới, khả năng ứng dụng và mức độ phù hợp với nhu cầu của vùng.',
        'Thông tin chi tiết và mẫu phiếu đăng ký được đăng tải kèm thông báo này. Đơn vị cần hỗ trợ có thể liên hệ Văn phòng Sở qua số điện thoại 0239 385 6110 trong giờ hành chính.',
      ],
    },
    {
      slug: 'nghiem-thu-de-tai-iot-nuoi-tom',
      title: 'Nghiệm thu đề tài ứng dụng cảm biến giám sát môi trường ao nuôi tôm',
      summary:
        'Hệ thống cảm biến đo liên tục độ mặn, nhiệt độ, oxy hòa tan và cảnh báo qua điện thoại giúp các hộ nuôi tôm ven biển giảm rủi ro dịch bệnh và tiết kiệm điện.',
      categories: ['khoa-hoc-cong-nghe'],
      author: 'Phòng Quản lý khoa học và đổi mới sáng tạo',
      publishedAt: '2026-09-10T15:00:00+07:00',
      cover: { alt: 'Ao nuôi tôm ven biển với phao cảm biến nổi trên mặt nước, người nông dân xem số liệu trên điện thoại', hue: 188 },
      body: [
        'Ngày 10/9, Hội đồng khoa học và công nghệ cấp tỉnh đã họp đánh giá, nghiệm thu đề tài “Ứng dụng công nghệ cảm biến và kết nối vạn vật giám sát môi trường ao nuôi tôm thâm canh tại vùng ven biển Hà Tĩnh”. Đề tài do một doanh nghiệp công nghệ trên địa bàn chủ trì, phối hợp với các hộ nuôi tôm ở các xã ven biển thực hiện trong 24 tháng.',
        'Nhóm nghiên cứu đã thiết kế bộ cảm biến đặt trên phao nổi, đo liên tục độ mặn, nhiệt độ, độ pH và lượng oxy hòa tan trong nước. Số liệu được truyền về máy chủ qua mạng di động, hiển thị trên ứng dụng điện thoại và tự động gửi cảnh báo khi chỉ số vượt ngưỡng an toàn. Hệ thống có thể điều khiển máy sục khí theo lượng oxy thực tế thay vì chạy liên tục.',
        'Kết quả thử nghiệm tại 20 ao nuôi cho thấy tỷ lệ tôm hao hụt giảm đáng kể so với ao đối chứng, điện năng tiêu thụ cho máy sục khí giảm khoảng một phần tư. Người nuôi chủ động hơn trong việc thay nước, xử lý môi trường, đặc biệt vào những thời điểm thời tiết thay đổi đột ngột.',
        'Hội đồng đánh giá đề tài đạt yêu cầu, sản phẩm có tính ứng dụng cao và giá thành phù hợp với hộ nuôi quy mô vừa và nhỏ. Hội đồng đề nghị đơn vị chủ trì hoàn thiện tài liệu hướng dẫn sử dụng, đăng ký bảo hộ kiểu dáng thiết bị và xây dựng phương án chuyển giao.',
        'Sở Khoa học và Công nghệ sẽ phối hợp với Sở Nông nghiệp và Môi trường giới thiệu mô hình tới các xã có diện tích nuôi trồng thủy sản lớn trong năm 2027.',
      ],
    },
    {
      slug: 'kiem-tra-do-luong-cua-hang-xang-dau',
      title: 'Kiểm tra đo lường tại các cửa hàng kinh doanh xăng dầu',
      summary:
        'Đoàn kiểm tra đã làm việc tại 35 cửa hàng, phát hiện một số cột đo có sai số vượt giới hạn cho phép và yêu cầu dừng sử dụng để hiệu chỉnh.',
      categories: ['tieu-chuan-do-luong-chat-luong'],
      author: 'Phòng Tiêu chuẩn – Đo lường – Chất lượng',
      publishedAt: '2026-09-16T14:10:00+07:00',
      cover: { alt: 'Cán bộ kiểm tra dùng bình đong chuẩn để kiểm tra lượng xăng bơm ra từ cột đo tại cửa hàng', hue: 28 },
      body: [
        'Thực hiện kế hoạch kiểm tra nhà nước về đo lường năm 2026, từ ngày 1 đến 15/9, đoàn kiểm tra của Sở Khoa học và Công nghệ đã làm việc tại 35 cửa hàng kinh doanh xăng dầu trên địa bàn nhiều xã, phường của tỉnh.',
        'Nội dung kiểm tra gồm việc kiểm định, hiệu chuẩn cột đo nhiên liệu; tình trạng niêm phong, kẹp chì; sai số của lượng nhiên liệu bán ra so với chỉ thị trên cột đo và việc công khai thông tin đo lường tại cửa hàng. Đoàn sử dụng bình chuẩn kim loại đã được kiểm định để đo kiểm trực tiếp tại hiện trường.',
        'Kết quả cho thấy phần lớn cửa hàng chấp hành tốt quy định, cột đo còn hạn kiểm định và sai số nằm trong giới hạn cho phép. Tuy nhiên, đoàn phát hiện một số cột đo có sai số vượt giới hạn, một số cột đã hết hạn kiểm định nhưng vẫn được sử dụng. Đoàn đã lập biên bản, yêu cầu dừng sử dụng các cột đo này cho đến khi được hiệu chỉnh và kiểm định lại.',
        'Phó Giám đốc Sở Trần Quốc Việt cho biết, bên cạnh kiểm tra theo kế hoạch, Sở sẽ tăng cường kiểm tra đột xuất và phối hợp với Ủy ban nhân dân cấp xã để tiếp nhận phản ánh của người dân. Các trường hợp vi phạm sẽ được xử lý theo quy định.',
        'Người tiêu dùng nghi ngờ lượng xăng dầu mua không đủ có thể phản ánh qua số điện thoại 0239 385 6140 của Phòng Tiêu chuẩn – Đo lường – Chất lượng, nêu rõ tên cửa hàng, thời gian và số cột đo.',
      ],
    },
    {
      slug: 'gioi-thieu-san-pham-khcn-tai-techmart',
      title: 'Hà Tĩnh giới thiệu hơn 40 sản phẩm khoa học và công nghệ tại Techmart vùng',
      summary:
        'Khu trưng bày của tỉnh tập trung vào các kết quả nghiên cứu đã được ứng dụng trong nông nghiệp, thủy sản, truy xuất nguồn gốc và chuyển đổi số.',
      categories: ['tin-hoat-dong', 'khoa-hoc-cong-nghe'],
      author: 'Trung tâm Khoa học, công nghệ và chuyển đổi số',
      publishedAt: '2026-10-02T16:30:00+07:00',
      cover: { alt: 'Gian hàng của tỉnh Hà Tĩnh trưng bày cây giống bưởi, thiết bị cảm biến và màn hình giới thiệu sản phẩm', hue: 96 },
      body: [
        'Tại Chợ công nghệ và thiết bị vùng Bắc Trung Bộ năm 2026 đang diễn ra ở phường Thành Sen, khu trưng bày của tỉnh Hà Tĩnh giới thiệu hơn 40 sản phẩm, công nghệ và thiết bị của các tổ chức, doanh nghiệp trên địa bàn.',
        'Nhiều sản phẩm là kết quả của nhiệm vụ khoa học và công nghệ cấp tỉnh đã được nghiệm thu và đưa vào sản xuất, như quy trình nhân giống bưởi Phúc Trạch sạch bệnh, hệ thống cảm biến giám sát môi trường ao nuôi tôm, chế phẩm vi sinh xử lý phụ phẩm nông nghiệp và thiết bị sấy nông sản sử dụng năng lượng mặt trời.',
        'Lĩnh vực chuyển đổi số cũng được quan tâm với các giải pháp quản lý hợp tác xã, nền tảng truy xuất nguồn gốc cho sản phẩm OCOP và phần mềm hỗ trợ cán bộ cấp xã tổng hợp báo cáo. Nhiều doanh nghiệp ngoài tỉnh đã dừng lại tìm hiểu, trao đổi khả năng hợp tác.',
        'Giám đốc Sở Khoa học và Công nghệ Lê Minh Đức cho biết, thông qua Techmart, Sở mong muốn kết nối các tổ chức nghiên cứu với doanh nghiệp, hợp tác xã có nhu cầu, để kết quả nghiên cứu không dừng lại ở báo cáo nghiệm thu mà được nhân rộng trong sản xuất.',
        'Trong ngày đầu tiên, các đơn vị của tỉnh đã ký kết một số biên bản ghi nhớ về chuyển giao công nghệ sơ chế, bảo quản nông sản và cung cấp thiết bị cảm biến cho các hộ nuôi trồng thủy sản. Sở sẽ theo dõi, hỗ trợ các bên triển khai sau sự kiện.',
      ],
    },
    {
      slug: 'huong-dan-cap-xa-hop-truc-tuyen-chu-ky-so',
      title: 'Hướng dẫn cấp xã sử dụng nền tảng họp trực tuyến và chữ ký số',
      summary:
        'Tài liệu hướng dẫn và video thao tác được gửi đến 69 xã, phường; tổ hỗ trợ kỹ thuật của Sở trực điện thoại trong giờ hành chính.',
      categories: ['chuyen-doi-so'],
      author: 'Phòng Chuyển đổi số',
      publishedAt: '2026-10-07T10:00:00+07:00',
      cover: { alt: 'Cán bộ xã ngồi trước máy tính tham gia cuộc họp trực tuyến, màn hình hiển thị nhiều khung hình', hue: 210 },
      body: [
        'Sở Khoa học và Công nghệ đã ban hành tài liệu hướng dẫn sử dụng nền tảng họp trực tuyến và chữ ký số dùng chung cho Ủy ban nhân dân các xã, phường. Tài liệu được xây dựng dựa trên những câu hỏi thường gặp mà tổ hỗ trợ kỹ thuật của Sở ghi nhận trong thời gian qua.',
        'Đối với họp trực tuyến, tài liệu hướng dẫn cách tạo và mời tham dự cuộc họp, chia sẻ tài liệu, ghi lại biên bản và lưu trữ bản ghi theo quy định. Các xã được lưu ý kiểm tra đường truyền, âm thanh trước giờ họp ít nhất 15 phút và sử dụng đường truyền số liệu chuyên dùng thay vì mạng công cộng khi họp có nội dung quan trọng.',
        'Về chữ ký số, tài liệu hướng dẫn ký số văn bản trên nền tảng quản lý văn bản, phân biệt chữ ký số của cơ quan và của cá nhân, cách xử lý khi thiết bị ký số bị lỗi hoặc hết hạn. Sở đề nghị lãnh đạo xã không giao thiết bị ký số cá nhân cho người khác sử dụng, không lưu mật khẩu trên máy tính dùng chung.',
        'Kèm theo tài liệu là các video ngắn hướng dẫn từng thao tác, được đăng trên nền tảng học trực tuyến của tỉnh để cán bộ xem lại khi cần. Tổ hỗ trợ kỹ thuật của Sở trực điện thoại 0239 385 6130 trong giờ hành chính và có thể hỗ trợ từ xa khi được đồng ý.',
        'Sở sẽ khảo sát mức độ sử dụng nền tảng tại từng xã vào cuối tháng 11 để có biện pháp hỗ trợ phù hợp.',
      ],
    },
    {
      slug: 'xoa-vung-lom-song-di-dong',
      title: 'Phối hợp xóa vùng lõm sóng di động tại các thôn vùng sâu, vùng xa',
      summary:
        'Các doanh nghiệp viễn thông cam kết lắp đặt thêm trạm phát sóng tại những thôn chưa có sóng ổn định trước khi mùa mưa bão cao điểm đến.',
      categories: ['chuyen-doi-so'],
      author: 'Phòng Bưu chính, viễn thông và hạ tầng số',
      publishedAt: '2026-10-13T11:20:00+07:00',
      cover: { alt: 'Trạm phát sóng di động mới dựng trên đồi, phía dưới là làng quê miền núi với ruộng lúa', hue: 120 },
      body: [
        'Ngày 12/10, Sở Khoa học và Công nghệ tổ chức làm việc với các doanh nghiệp viễn thông trên địa bàn về kế hoạch xóa vùng lõm sóng di động. Theo rà soát của Sở, toàn tỉnh còn một số thôn thuộc các xã miền núi phía tây và vùng gò đồi chưa có sóng di động ổn định, ảnh hưởng đến việc sử dụng dịch vụ công trực tuyến và liên lạc khi có thiên tai.',
        'Tại buổi làm việc, các doanh nghiệp đã báo cáo tiến độ lắp đặt trạm phát sóng theo kế hoạch năm 2026 và những khó khăn về mặt bằng, nguồn điện ở khu vực xa khu dân cư. Một số điểm có thể dùng chung hạ tầng cột anten giữa các doanh nghiệp để giảm chi phí đầu tư.',
        'Phó Giám đốc Sở Trần Quốc Việt đề nghị các doanh nghiệp ưu tiên hoàn thành lắp đặt tại những thôn thường bị chia cắt khi mưa lũ, bảo đảm có ít nhất một mạng di động hoạt động ổn định. Sở sẽ phối hợp với Ủy ban nhân dân các xã hỗ trợ thủ tục thuê đất, đấu nối điện để rút ngắn thời gian triển khai.',
        'Cùng với xóa vùng lõm, các doanh nghiệp được đề nghị chuẩn bị máy phát điện dự phòng, trạm phát sóng lưu động để bảo đảm thông tin liên lạc phục vụ chỉ đạo, điều hành phòng, chống thiên tai trong mùa mưa bão.',
        'Người dân phát hiện khu vực không có sóng hoặc sóng yếu có thể phản ánh về Ủy ban nhân dân cấp xã hoặc trực tiếp về Sở qua thư điện tử skhcn@hatinh.gov.vn để được tổng hợp, xử lý.',
      ],
    },
    {
      slug: 'huong-ung-ngay-tieu-chuan-the-gioi-2026',
      title: 'Hưởng ứng Ngày Tiêu chuẩn thế giới 14/10',
      summary:
        'Sở tổ chức tọa đàm với doanh nghiệp về áp dụng tiêu chuẩn, hệ thống quản lý và công cụ cải tiến năng suất chất lượng.',
      categories: ['tieu-chuan-do-luong-chat-luong', 'tin-hoat-dong'],
      author: 'Phòng Tiêu chuẩn – Đo lường – Chất lượng',
      publishedAt: '2026-10-14T16:00:00+07:00',
      cover: { alt: 'Đại diện doanh nghiệp phát biểu tại tọa đàm, phía sau là phông nền có biểu tượng tiêu chuẩn', hue: 230 },
      body: [
        'Nhân Ngày Tiêu chuẩn thế giới 14/10, Sở Khoa học và Công nghệ tổ chức tọa đàm “Tiêu chuẩn – nền tảng nâng cao năng lực cạnh tranh của doanh nghiệp” với sự tham gia của hơn 60 doanh nghiệp, hợp tác xã trên địa bàn tỉnh.',
        'Tại tọa đàm, các chuyên gia giới thiệu lợi ích của việc áp dụng tiêu chuẩn quốc gia và tiêu chuẩn quốc tế trong sản xuất, kinh doanh; các hệ thống quản lý chất lượng, an toàn thực phẩm, quản lý năng lượng; cùng những công cụ cải tiến năng suất phù hợp với doanh nghiệp nhỏ như 5S, quản lý trực quan và cải tiến liên tục.',
        'Đại diện một hợp tác xã chế biến hải sản chia sẻ, sau khi áp dụng hệ thống quản lý an toàn thực phẩm, sản phẩm của hợp tác xã đã vào được các chuỗi siêu thị lớn, đơn hàng tăng đều. Một doanh nghiệp cơ khí cho biết việc chuẩn hóa quy trình giúp giảm tỷ lệ sản phẩm lỗi và thời gian giao hàng.',
        'Nhiều doanh nghiệp nêu khó khăn về chi phí tư vấn, chứng nhận và nguồn nhân lực am hiểu tiêu chuẩn. Sở cho biết tỉnh có chính sách hỗ trợ một phần chi phí xây dựng, áp dụng hệ thống quản lý và đăng ký bảo hộ nhãn hiệu; doanh nghiệp quan tâm có thể liên hệ Phòng Tiêu chuẩn – Đo lường – Chất lượng để được hướng dẫn hồ sơ.',
        'Dịp này, Sở cũng ra mắt chuyên mục hỏi đáp về tiêu chuẩn, đo lường, chất lượng trên Trang thông tin điện tử để doanh nghiệp gửi câu hỏi và nhận trả lời bằng văn bản.',
      ],
    },
    {
      slug: 'truy-xuat-nguon-goc-san-pham-ocop',
      title: 'Hỗ trợ hợp tác xã xây dựng hệ thống truy xuất nguồn gốc cho sản phẩm OCOP',
      summary:
        'Năm 2026, hơn 50 sản phẩm OCOP của tỉnh được gắn tem truy xuất nguồn gốc, kết nối với cổng truy xuất nguồn gốc sản phẩm, hàng hóa quốc gia.',
      categories: ['tieu-chuan-do-luong-chat-luong', 'khoa-hoc-cong-nghe'],
      author: 'Trung tâm Khoa học, công nghệ và chuyển đổi số',
      publishedAt: '2026-10-21T09:30:00+07:00',
      cover: { alt: 'Người tiêu dùng dùng điện thoại quét mã QR trên hộp bưởi Phúc Trạch có tem truy xuất nguồn gốc', hue: 84 },
      body: [
        'Trong năm 2026, Sở Khoa học và Công nghệ đã hỗ trợ hơn 30 hợp tác xã, hộ kinh doanh xây dựng hệ thống truy xuất nguồn gốc cho trên 50 sản phẩm OCOP, trong đó có bưởi Phúc Trạch, cam, mật ong, nước mắm, kẹo cu đơ và một số sản phẩm hải sản chế biến.',
        'Các đơn vị được hỗ trợ tài khoản trên nền tảng truy xuất nguồn gốc của tỉnh, được hướng dẫn ghi nhật ký sản xuất điện tử từ khâu trồng trọt, nuôi trồng đến thu hoạch, chế biến và đóng gói. Mỗi sản phẩm được gắn tem có mã QR; người tiêu dùng quét mã sẽ thấy thông tin về cơ sở sản xuất, vùng nguyên liệu, ngày đóng gói và các chứng nhận liên quan.',
        'Theo đại diện một hợp tác xã trồng bưởi, từ khi gắn tem truy xuất, khách hàng ở các tỉnh xa tin tưởng hơn, giá bán ổn định và hạn chế tình trạng sản phẩm kém chất lượng bị gắn nhãn giả. Tuy vậy, việc ghi chép nhật ký hằng ngày vẫn là thách thức với các hộ thành viên lớn tuổi.',
        'Để khắc phục, Trung tâm Khoa học, công nghệ và chuyển đổi số đã đơn giản hóa biểu mẫu nhật ký trên điện thoại, cho phép ghi bằng giọng nói và chụp ảnh, đồng thời phối hợp với tổ công nghệ số cộng đồng tại các xã hướng dẫn trực tiếp.',
        'Dữ liệu truy xuất của tỉnh được kết nối với cổng truy xuất nguồn gốc sản phẩm, hàng hóa quốc gia. Sở khuyến khích các cơ sở sản xuất, kinh doanh khác đăng ký tham gia, không giới hạn ở sản phẩm OCOP.',
      ],
    },
    {
      slug: 'xet-duyet-de-tai-buoi-phuc-trach',
      title: 'Xét duyệt thuyết minh đề tài nâng cao chất lượng bưởi Phúc Trạch',
      summary:
        'Đề tài nghiên cứu giải pháp quản lý dinh dưỡng, phòng trừ sâu bệnh và bảo quản sau thu hoạch nhằm giữ vững chất lượng đặc sản bưởi Phúc Trạch.',
      categories: ['khoa-hoc-cong-nghe'],
      author: 'Phòng Quản lý khoa học và đổi mới sáng tạo',
      publishedAt: '2026-10-29T15:45:00+07:00',
      cover: { alt: 'Vườn bưởi Phúc Trạch sai quả, cán bộ kỹ thuật kiểm tra lá và quả trên cây', hue: 72 },
      body: [
        'Ngày 29/10, Hội đồng tư vấn tuyển chọn nhiệm vụ khoa học và công nghệ cấp tỉnh đã họp xét duyệt thuyết minh đề tài “Nghiên cứu giải pháp kỹ thuật tổng hợp nâng cao năng suất, chất lượng và bảo quản sau thu hoạch bưởi Phúc Trạch tại Hà Tĩnh”.',
        'Bưởi Phúc Trạch là đặc sản nổi tiếng của tỉnh, được bảo hộ chỉ dẫn địa lý. Tuy nhiên, những năm gần đây, nhiều vườn bưởi xuất hiện tình trạng cây suy kiệt, rụng quả, sâu bệnh gây hại, chất lượng quả không đồng đều. Việc bảo quản sau thu hoạch còn thủ công, thời gian lưu trữ ngắn, hạn chế khả năng đưa sản phẩm đến các thị trường xa.',
        'Theo thuyết minh, đề tài sẽ đánh giá thực trạng dinh dưỡng đất tại vùng trồng, xây dựng quy trình bón phân cân đối, quy trình quản lý sâu bệnh tổng hợp và thử nghiệm công nghệ bảo quản kéo dài thời gian tiêu thụ. Mô hình trình diễn được bố trí tại các xã trồng bưởi tập trung, có sự tham gia của hợp tác xã và doanh nghiệp thu mua.',
        'Các thành viên hội đồng đánh giá đề tài có tính thực tiễn cao, đề nghị nhóm nghiên cứu làm rõ chỉ tiêu chất lượng của sản phẩm, bổ sung nội dung tập huấn cho nông dân và phương án chuyển giao kết quả sau khi kết thúc đề tài. Hội đồng cũng lưu ý cần kế thừa kết quả của các nghiên cứu trước, tránh trùng lặp.',
        'Sau khi nhóm nghiên cứu hoàn thiện thuyết minh theo góp ý, Sở sẽ tổ chức thẩm định kinh phí và trình Ủy ban nhân dân tỉnh phê duyệt.',
      ],
    },
    {
      slug: 'tap-huan-an-toan-thong-tin-cap-xa',
      title: 'Tập huấn bảo đảm an toàn thông tin cho cán bộ phụ trách công nghệ thông tin cấp xã',
      summary:
        'Hơn 90 cán bộ tham gia tập huấn, thực hành xử lý tình huống mã độc tống tiền, thư điện tử giả mạo và sao lưu, khôi phục dữ liệu.',
      categories: ['chuyen-doi-so', 'tin-hoat-dong'],
      author: 'Phòng Chuyển đổi số',
      publishedAt: '2026-11-05T17:00:00+07:00',
      cover: { alt: 'Học viên thực hành trên máy tính trong phòng lab, màn hình hiển thị giao diện phân tích mã độc', hue: 250 },
      body: [
        'Trong hai ngày 4 và 5/11, Sở Khoa học và Công nghệ tổ chức lớp tập huấn bảo đảm an toàn thông tin cho hơn 90 cán bộ phụ trách công nghệ thông tin của Ủy ban nhân dân các xã, phường và các sở, ngành.',
        'Nội dung tập huấn tập trung vào các tình huống thực tế thường gặp tại cơ quan cấp xã: máy tính bị nhiễm mã độc tống tiền, thư điện tử giả mạo cơ quan cấp trên có đính kèm tệp độc hại, tài khoản quản trị bị lộ mật khẩu, thiết bị lưu trữ dữ liệu bị hỏng. Mỗi tình huống, học viên được hướng dẫn các bước cô lập, xử lý ban đầu và báo cáo.',
        'Học viên cũng được thực hành sao lưu, khôi phục dữ liệu, cấu hình tường lửa trên thiết bị mạng tại trụ sở xã và kiểm tra phần mềm phòng chống mã độc được quản trị tập trung. Giảng viên là chuyên gia của các doanh nghiệp an ninh mạng và cán bộ kỹ thuật của Sở.',
        'Phát biểu bế giảng, Giám đốc Sở Lê Minh Đức nhấn mạnh cấp xã hiện có rất nhiều dữ liệu cá nhân của người dân qua quá trình giải quyết thủ tục hành chính, vì vậy bảo đảm an toàn thông tin là trách nhiệm không thể xem nhẹ. Mỗi cán bộ phụ trách công nghệ thông tin cần trở thành người hướng dẫn cho đồng nghiệp trong cơ quan.',
        'Sau lớp tập huấn, các học viên được bổ sung vào mạng lưới ứng cứu sự cố an toàn thông tin của tỉnh, tham gia nhóm trao đổi chuyên môn do Sở quản lý.',
      ],
    },
    {
      slug: 'tuyen-chon-chu-tri-nhiem-vu-khcn-2027',
      title: 'Thông báo tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2027',
      summary:
        'Danh mục gồm 14 nhiệm vụ được Ủy ban nhân dân tỉnh phê duyệt; hồ sơ nhận đến hết ngày 15/12/2026, ưu tiên nộp trực tuyến.',
      categories: ['thong-bao', 'khoa-hoc-cong-nghe'],
      author: 'Phòng Quản lý khoa học và đổi mới sáng tạo',
      publishedAt: '2026-11-12T08:00:00+07:00',
      body: [
        'Căn cứ danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh bắt đầu thực hiện từ năm 2027 đã được Ủy ban nhân dân tỉnh phê duyệt, Sở Khoa học và Công nghệ thông báo tuyển chọn tổ chức, cá nhân chủ trì thực hiện các nhiệm vụ.',
        'Danh mục gồm 14 nhiệm vụ thuộc các lĩnh vực nông nghiệp, thủy sản, y dược, môi trường, chuyển đổi số và khoa học xã hội. Trong đó có các nhiệm vụ nâng cao chất lượng bưởi Phúc Trạch, xây dựng mô hình nuôi trồng thủy sản ứng dụng công nghệ cao ở vùng ven biển và phát triển giải pháp hỗ trợ cán bộ cấp xã khai thác dữ liệu phục vụ chỉ đạo, điều hành.',
        '## Hồ sơ và thời hạn',
        'Hồ sơ đăng ký gồm đơn đăng ký, thuyết minh nhiệm vụ, lý lịch khoa học của chủ nhiệm và thành viên chính, văn bản xác nhận phối hợp và cam kết ứng dụng kết quả của đơn vị tiếp nhận. Hồ sơ nộp trực tuyến trên hệ thống giải quyết thủ tục hành chính của tỉnh hoặc nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh, hạn cuối ngày 15/12/2026.',
        'Việc đánh giá hồ sơ do các hội đồng tư vấn tuyển chọn thực hiện, kết quả được công khai trên Trang thông tin điện tử của Sở. Nhiệm vụ có đối ứng kinh phí từ doanh nghiệp hoặc có doanh nghiệp cam kết tiếp nhận kết quả được cộng điểm ưu tiên.',
        'Danh mục chi tiết và biểu mẫu được đăng kèm thông báo. Tổ chức, cá nhân cần hỗ trợ xin liên hệ Phòng Quản lý khoa học và đổi mới sáng tạo, điện thoại 0239 385 6120, thư điện tử vtnam.skhcn@hatinh.gov.vn.',
      ],
    },
    {
      slug: 'chung-ket-khoi-nghiep-doi-moi-sang-tao-2026',
      title: 'Tám dự án vào chung kết cuộc thi khởi nghiệp đổi mới sáng tạo tỉnh năm 2026',
      summary:
        'Các dự án vào chung kết tập trung vào nông nghiệp số, du lịch cộng đồng, giáo dục trực tuyến và xử lý phụ phẩm nông nghiệp.',
      categories: ['tin-hoat-dong', 'khoa-hoc-cong-nghe'],
      author: 'Trung tâm Khoa học, công nghệ và chuyển đổi số',
      publishedAt: '2026-11-17T15:20:00+07:00',
      cover: { alt: 'Nhóm sinh viên thuyết trình dự án khởi nghiệp trước ban giám khảo trên sân khấu', hue: 280 },
      body: [
        'Sau vòng bán kết diễn ra ngày 16/11, Ban tổ chức cuộc thi khởi nghiệp đổi mới sáng tạo tỉnh Hà Tĩnh năm 2026 đã chọn ra tám dự án xuất sắc vào vòng chung kết. Năm nay, cuộc thi nhận được 56 dự án của học sinh, sinh viên, thanh niên và doanh nghiệp khởi nghiệp trong và ngoài tỉnh.',
        'Các dự án vào chung kết có tính ứng dụng cao và gắn với thế mạnh của địa phương: nền tảng kết nối hộ trồng rau sạch với bếp ăn trường học; ứng dụng đặt dịch vụ du lịch cộng đồng ở vùng núi; thiết bị giám sát sức khỏe đàn bò bằng cảm biến đeo cổ; chế phẩm xử lý rơm rạ làm phân bón hữu cơ và nền tảng học tiếng Anh cho học sinh vùng nông thôn.',
        'Theo Ban giám khảo, chất lượng dự án năm nay được nâng lên rõ rệt, nhiều nhóm đã có sản phẩm mẫu, có khách hàng thử nghiệm và phương án tài chính cụ thể. Tuy nhiên, một số dự án còn thiếu hiểu biết về thị trường và chưa chú ý đến bảo hộ sở hữu trí tuệ.',
        'Trước vòng chung kết, các nhóm sẽ tham gia chương trình huấn luyện chuyên sâu về gọi vốn, xây dựng mô hình kinh doanh và đăng ký nhãn hiệu do các chuyên gia, nhà đầu tư đồng hành. Vòng chung kết dự kiến tổ chức vào đầu tháng 12/2026.',
        'Phó Giám đốc Sở Nguyễn Thị Phương Thảo cho biết các dự án đạt giải sẽ được hỗ trợ kinh phí hoàn thiện sản phẩm, tư vấn pháp lý và kết nối với quỹ đầu tư theo chính sách hỗ trợ khởi nghiệp đổi mới sáng tạo của tỉnh.',
      ],
    },
  ],
}
