/**
 * Demo portal: Ủy ban nhân dân tỉnh Hà Tĩnh (province code 42). After 01/07/2025 the province
 * has 69 commune-level units (60 xã, 9 phường) and no district level. Leaders, phone numbers and
 * events are fictional; the list of commune-level units follows the 2025 catalogue.
 */
import type { SeedSite } from './types'

export const haTinh: SeedSite = {
  slug: 'ha-tinh',
  level: 'tinh',
  unitCode: '42',
  domains: ['hatinh.gov.vn'],
  primaryColor: '#9b1c1c',
  contact: { phone: '0239 385 5012', fax: '0239 385 5013', email: 'ubnd@hatinh.gov.vn' },

  vi: {
    name: 'Cổng thông tin điện tử tỉnh Hà Tĩnh',
    owningAgency: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
    responsiblePerson: 'Ông Lê Quang Bình – Phó Chánh Văn phòng Ủy ban nhân dân tỉnh, Trưởng Ban biên tập',
    address: 'Số 5 Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh',
    headerMenu: [
      { label: 'Trang chủ', href: '/' },
      { label: 'Giới thiệu', href: '/gioi-thieu/' },
      { label: 'Tin tức', href: '/tin-tuc/' },
      { label: 'Tin hoạt động', href: '/chuyen-muc/tin-hoat-dong/' },
      { label: 'Chính quyền hai cấp', href: '/chuyen-muc/chinh-quyen-hai-cap/' },
      { label: 'Chuyển đổi số', href: '/chuyen-muc/chuyen-doi-so/' },
      { label: 'Dịch vụ công', href: '/chuyen-muc/dich-vu-cong/' },
      { label: 'Thông báo', href: '/chuyen-muc/thong-bao/' },
      { label: 'Liên hệ', href: '/lien-he/' },
    ],
    footerMenu: [
      { label: 'Lãnh đạo tỉnh', href: '/lanh-dao/' },
      { label: 'Đơn vị hành chính', href: '/don-vi-hanh-chinh/' },
      { label: 'Liên kết', href: '/lien-ket/' },
      { label: 'Cổng Dịch vụ công quốc gia', href: 'https://dichvucong.gov.vn' },
      { label: 'English', href: '/en/' },
    ],
  },

  en: {
    name: 'Ha Tinh Provincial Portal',
    owningAgency: 'People’s Committee of Ha Tinh Province',
    responsiblePerson: 'Mr Lê Quang Bình – Deputy Chief of Office of the Provincial People’s Committee, Editor-in-Chief',
    address: '5 Nguyen Tat Thanh Street, Thanh Sen Ward, Ha Tinh Province, Viet Nam',
    headerMenu: [
      { label: 'Home', href: '/en/' },
      { label: 'About Ha Tinh', href: '/en/gioi-thieu/' },
      { label: 'Leadership', href: '/en/lanh-dao/' },
      { label: 'Contact', href: '/en/lien-he/' },
    ],
    footerMenu: [
      { label: 'National Public Service Portal', href: 'https://dichvucong.gov.vn' },
      { label: 'Ministry of Science and Technology', href: 'https://most.gov.vn' },
    ],
  },

  categories: [
    {
      slug: 'tin-hoat-dong',
      title: 'Tin hoạt động',
      titleEn: 'Activities',
      description: 'Hoạt động chỉ đạo, điều hành của Ủy ban nhân dân tỉnh và lãnh đạo tỉnh.',
    },
    {
      slug: 'chinh-quyen-hai-cap',
      title: 'Chính quyền địa phương hai cấp',
      titleEn: 'Two-tier local government',
      description: 'Tổ chức, vận hành chính quyền cấp tỉnh và cấp xã sau sắp xếp đơn vị hành chính năm 2025.',
    },
    {
      slug: 'chuyen-doi-so',
      title: 'Chuyển đổi số',
      titleEn: 'Digital transformation',
      description: 'Chính quyền số, Đề án 06, hạ tầng số và an toàn thông tin trên địa bàn tỉnh.',
    },
    {
      slug: 'dich-vu-cong',
      title: 'Cải cách hành chính – Dịch vụ công',
      titleEn: 'Administrative reform and public services',
      description: 'Thủ tục hành chính, dịch vụ công trực tuyến và hoạt động của các trung tâm phục vụ hành chính công.',
    },
    {
      slug: 'thong-bao',
      title: 'Thông báo',
      titleEn: 'Announcements',
      description: 'Thông báo, lịch tiếp công dân và lấy ý kiến dự thảo văn bản.',
    },
  ],

  pages: [
    {
      slug: 'gioi-thieu',
      vi: {
        title: 'Giới thiệu tỉnh Hà Tĩnh',
        summary: 'Khái quát về tỉnh Hà Tĩnh; chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ủy ban nhân dân tỉnh.',
        blocks: [
          {
            type: 'richText',
            content: [
              '## Khái quát',
              'Hà Tĩnh là tỉnh ven biển thuộc vùng Bắc Trung Bộ, phía bắc giáp tỉnh Nghệ An, phía nam giáp tỉnh Quảng Trị, phía tây giáp nước Cộng hòa Dân chủ Nhân dân Lào, phía đông giáp Biển Đông với bờ biển dài khoảng 137 km. Diện tích tự nhiên khoảng 6.000 km², dân số hơn 1,3 triệu người. Trung tâm hành chính của tỉnh đặt tại phường Thành Sen.',
              'Tỉnh được tái lập năm 1991 khi tách khỏi tỉnh Nghệ Tĩnh. Hà Tĩnh là quê hương của Đại thi hào Nguyễn Du, gắn với núi Hồng, sông La, Khu di tích lịch sử Ngã ba Đồng Lộc, chùa Hương Tích và biển Thiên Cầm. Khu kinh tế Vũng Áng và cửa khẩu quốc tế Cầu Treo là những động lực phát triển kinh tế của tỉnh.',
              'Thực hiện Nghị quyết số 202/2025/QH15 của Quốc hội và các nghị quyết của Ủy ban Thường vụ Quốc hội, từ ngày 01/7/2025 tỉnh Hà Tĩnh tổ chức chính quyền địa phương hai cấp: cấp tỉnh và 69 đơn vị hành chính cấp xã (60 xã, 9 phường); cấp huyện kết thúc hoạt động. Mã đơn vị hành chính của tỉnh là 42.',
              '## Chức năng, nhiệm vụ, quyền hạn của Ủy ban nhân dân tỉnh',
              'Ủy ban nhân dân tỉnh do Hội đồng nhân dân tỉnh bầu, là cơ quan chấp hành của Hội đồng nhân dân tỉnh, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân tỉnh và cơ quan hành chính nhà nước cấp trên.',
              '- Xây dựng, trình Hội đồng nhân dân tỉnh quyết định các nội dung thuộc thẩm quyền; tổ chức thực hiện nghị quyết của Hội đồng nhân dân tỉnh.',
              '- Quy định tổ chức bộ máy và nhiệm vụ, quyền hạn cụ thể của các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.',
              '- Tổ chức thi hành Hiến pháp và pháp luật; quản lý nhà nước về kinh tế – xã hội, quốc phòng, an ninh trên địa bàn.',
              '- Lãnh đạo, hướng dẫn, kiểm tra hoạt động của Ủy ban nhân dân cấp xã; thực hiện nhiệm vụ, quyền hạn do cơ quan nhà nước cấp trên phân cấp, ủy quyền.',
              '## Cơ cấu tổ chức',
              'Ủy ban nhân dân tỉnh gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên. Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh gồm:',
              '- Văn phòng Ủy ban nhân dân tỉnh; Thanh tra tỉnh.',
              '- Sở Nội vụ; Sở Tư pháp; Sở Tài chính; Sở Công Thương; Sở Xây dựng.',
              '- Sở Nông nghiệp và Môi trường; Sở Khoa học và Công nghệ; Sở Giáo dục và Đào tạo.',
              '- Sở Y tế; Sở Văn hóa, Thể thao và Du lịch.',
              'Trung tâm Phục vụ hành chính công tỉnh là đơn vị trực thuộc Văn phòng Ủy ban nhân dân tỉnh, tiếp nhận và trả kết quả thủ tục hành chính thuộc thẩm quyền cấp tỉnh.',
            ],
          },
        ],
      },
      en: {
        title: 'About Ha Tinh Province',
        summary: 'Overview of Ha Tinh; functions, duties, powers and structure of the Provincial People’s Committee.',
        blocks: [
          {
            type: 'richText',
            content: [
              '## Overview',
              'Ha Tinh is a coastal province in the North Central region of Viet Nam. It borders Nghe An Province to the north, Quang Tri Province to the south, the Lao People’s Democratic Republic to the west and the East Sea to the east, with about 137 km of coastline. It covers about 6,000 km² and has more than 1.3 million inhabitants. The provincial administrative centre is in Thanh Sen Ward.',
              'Since 1 July 2025 the province has had a two-tier local government: the province and 69 commune-level units (60 communes and 9 wards); the district level no longer exists. The official administrative code of the province is 42.',
              '## Functions, duties and powers of the Provincial People’s Committee',
              'The Provincial People’s Committee is elected by the Provincial People’s Council. It is the executive body of the Council and the state administrative body in the province, accountable to the local people, the Provincial People’s Council and higher state administrative bodies.',
              '- Prepare matters for decision by the Provincial People’s Council and implement its resolutions.',
              '- Define the organisation and specific duties of the specialised agencies under the Committee.',
              '- Enforce the Constitution and laws; manage the socio-economic affairs, defence and security of the province.',
              '- Direct, guide and inspect the commune-level People’s Committees; carry out tasks delegated by higher authorities.',
              '## Organisational structure',
              'The Committee consists of the Chairman, Vice Chairmen and members. Its specialised agencies are:',
              '- Office of the Provincial People’s Committee; Provincial Inspectorate.',
              '- Department of Home Affairs; Department of Justice; Department of Finance; Department of Industry and Trade; Department of Construction.',
              '- Department of Agriculture and Environment; Department of Science and Technology; Department of Education and Training.',
              '- Department of Health; Department of Culture, Sports and Tourism.',
              'The Provincial Public Administration Service Centre, under the Office of the Provincial People’s Committee, receives applications and returns results of provincial-level administrative procedures.',
            ],
          },
        ],
      },
    },
    {
      slug: 'lanh-dao',
      vi: {
        title: 'Lãnh đạo Ủy ban nhân dân tỉnh',
        summary: 'Thông tin liên hệ và lĩnh vực phụ trách của Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh.',
        blocks: [
          {
            type: 'contactCard',
            name: 'Hoàng Văn Lâm',
            position: 'Chủ tịch Ủy ban nhân dân tỉnh',
            unit: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
            phone: '0239 385 5001',
            email: 'hvlam@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Lãnh đạo, quản lý, điều hành toàn diện các lĩnh vực công tác của Ủy ban nhân dân tỉnh; trực tiếp phụ trách công tác tổ chức bộ máy, quy hoạch, quốc phòng, an ninh, nội chính và phòng, chống tham nhũng.',
            ],
          },
          {
            type: 'contactCard',
            name: 'Nguyễn Đình Phúc',
            position: 'Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh',
            unit: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
            phone: '0239 385 5002',
            email: 'ndphuc@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Phụ trách lĩnh vực tài chính, ngân sách, đầu tư công, thu hút đầu tư, công nghiệp, thương mại, xây dựng và giao thông; theo dõi Khu kinh tế Vũng Áng.',
            ],
          },
          {
            type: 'contactCard',
            name: 'Trần Thị Thu Hà',
            position: 'Phó Chủ tịch Ủy ban nhân dân tỉnh',
            unit: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
            phone: '0239 385 5003',
            email: 'ttthuha@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Phụ trách lĩnh vực văn hóa – xã hội, giáo dục, y tế, khoa học và công nghệ, chuyển đổi số, cải cách hành chính; là Phó Trưởng ban Thường trực Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số của tỉnh.',
            ],
          },
          {
            type: 'contactCard',
            name: 'Phan Văn Kiên',
            position: 'Phó Chủ tịch Ủy ban nhân dân tỉnh',
            unit: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
            phone: '0239 385 5004',
            email: 'pvkien@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Phụ trách lĩnh vực nông nghiệp và môi trường, đất đai, tài nguyên, phòng, chống thiên tai, xây dựng nông thôn mới và chương trình mỗi xã một sản phẩm (OCOP).',
            ],
          },
        ],
      },
      en: {
        title: 'Leadership of the Provincial People’s Committee',
        summary: 'Contact details and portfolios of the Chairman and Vice Chairmen.',
        blocks: [
          {
            type: 'contactCard',
            name: 'Hoàng Văn Lâm',
            position: 'Chairman',
            unit: 'People’s Committee of Ha Tinh Province',
            phone: '+84 239 385 5001',
            email: 'hvlam@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: ['Overall leadership of the Committee; organisation, planning, defence, security, internal affairs and anti-corruption.'],
          },
          {
            type: 'contactCard',
            name: 'Nguyễn Đình Phúc',
            position: 'Standing Vice Chairman',
            unit: 'People’s Committee of Ha Tinh Province',
            phone: '+84 239 385 5002',
            email: 'ndphuc@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: ['Finance and budget, public investment, investment promotion, industry, trade, construction and transport; Vung Ang Economic Zone.'],
          },
          {
            type: 'contactCard',
            name: 'Trần Thị Thu Hà',
            position: 'Vice Chairwoman',
            unit: 'People’s Committee of Ha Tinh Province',
            phone: '+84 239 385 5003',
            email: 'ttthuha@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: ['Culture and society, education, health, science and technology, digital transformation and administrative reform.'],
          },
          {
            type: 'contactCard',
            name: 'Phan Văn Kiên',
            position: 'Vice Chairman',
            unit: 'People’s Committee of Ha Tinh Province',
            phone: '+84 239 385 5004',
            email: 'pvkien@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: ['Agriculture and environment, land, natural resources, disaster prevention, new rural development and the OCOP programme.'],
          },
        ],
      },
    },
    {
      slug: 'lien-he',
      vi: {
        title: 'Liên hệ',
        summary: 'Địa chỉ, điện thoại và các đầu mối tiếp nhận thông tin của Ủy ban nhân dân tỉnh Hà Tĩnh.',
        blocks: [
          {
            type: 'contactCard',
            name: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
            address: 'Số 5 Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh',
            phone: '0239 385 5012',
            email: 'ubnd@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Lê Quang Bình',
            position: 'Phó Chánh Văn phòng, Trưởng Ban biên tập Cổng thông tin điện tử tỉnh',
            unit: 'Văn phòng Ủy ban nhân dân tỉnh',
            phone: '0239 385 5020',
            email: 'lqbinh@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Đinh Thị Thanh Hương',
            position: 'Giám đốc',
            unit: 'Trung tâm Phục vụ hành chính công tỉnh',
            phone: '0239 385 5088',
            email: 'hanhchinhcong@hatinh.gov.vn',
            address: 'Số 2 Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh',
          },
          {
            type: 'contactCard',
            name: 'Nguyễn Văn Thịnh',
            position: 'Chuyên viên, đầu mối cung cấp thông tin theo Luật Tiếp cận thông tin',
            unit: 'Văn phòng Ủy ban nhân dân tỉnh',
            phone: '0239 385 5026',
            email: 'nvthinh@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Thời gian làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu. Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ cả sáng thứ Bảy.',
              'Người dân, doanh nghiệp gửi phản ánh, kiến nghị về quy định hành chính qua Cổng Dịch vụ công quốc gia hoặc đường dây nóng 0239 385 5099.',
            ],
          },
        ],
      },
      en: {
        title: 'Contact',
        summary: 'Address, telephone numbers and contact points of the People’s Committee of Ha Tinh Province.',
        blocks: [
          {
            type: 'contactCard',
            name: 'People’s Committee of Ha Tinh Province',
            address: '5 Nguyen Tat Thanh Street, Thanh Sen Ward, Ha Tinh Province, Viet Nam',
            phone: '+84 239 385 5012',
            email: 'ubnd@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Lê Quang Bình',
            position: 'Deputy Chief of Office, Editor-in-Chief of the Provincial Portal',
            unit: 'Office of the Provincial People’s Committee',
            phone: '+84 239 385 5020',
            email: 'lqbinh@hatinh.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Đinh Thị Thanh Hương',
            position: 'Director',
            unit: 'Provincial Public Administration Service Centre',
            phone: '+84 239 385 5088',
            email: 'hanhchinhcong@hatinh.gov.vn',
            address: '2 Nguyen Tat Thanh Street, Thanh Sen Ward, Ha Tinh Province',
          },
          {
            type: 'contactCard',
            name: 'Nguyễn Văn Thịnh',
            position: 'Officer in charge of access to information',
            unit: 'Office of the Provincial People’s Committee',
            phone: '+84 239 385 5026',
            email: 'nvthinh@hatinh.gov.vn',
          },
          {
            type: 'richText',
            content: ['Office hours: 7:30–11:30 and 13:30–17:00, Monday to Friday. The Public Administration Service Centre is also open on Saturday mornings.'],
          },
        ],
      },
    },
    {
      slug: 'don-vi-hanh-chinh',
      vi: {
        title: 'Đơn vị hành chính cấp xã',
        summary: 'Danh sách 69 đơn vị hành chính cấp xã của tỉnh Hà Tĩnh từ ngày 01/7/2025, kèm mã đơn vị hành chính.',
        blocks: [
          {
            type: 'richText',
            content: [
              'Từ ngày 01/7/2025, tỉnh Hà Tĩnh có 69 đơn vị hành chính cấp xã, gồm 9 phường và 60 xã. Mã số theo danh mục đơn vị hành chính ban hành kèm Quyết định số 19/2025/QĐ-TTg của Thủ tướng Chính phủ.',
              '## Phường (9)',
              '- Phường Thành Sen (18073), Phường Trần Phú (18100), Phường Hà Huy Tập (18652)',
              '- Phường Bắc Hồng Lĩnh (18115), Phường Nam Hồng Lĩnh (18118)',
              '- Phường Sông Trí (18754), Phường Hải Ninh (18781), Phường Hoành Sơn (18832), Phường Vũng Áng (18823)',
              '## Xã (60)',
              '- Xã Kỳ Xuân (18766), Xã Kỳ Anh (18775), Xã Kỳ Hoa (18814), Xã Kỳ Văn (18787), Xã Kỳ Khang (18790), Xã Kỳ Lạc (18838), Xã Kỳ Thượng (18844)',
              '- Xã Cẩm Xuyên (18673), Xã Thiên Cầm (18676), Xã Cẩm Duệ (18739), Xã Cẩm Hưng (18736), Xã Cẩm Lạc (18748), Xã Cẩm Trung (18742), Xã Yên Hòa (18682), Xã Cẩm Bình (18685)',
              '- Xã Thạch Hà (18562), Xã Thạch Lạc (18628), Xã Đồng Tiến (18619), Xã Thạch Khê (18604), Xã Toàn Lưu (18634), Xã Việt Xuyên (18601), Xã Đông Kinh (18586), Xã Thạch Xuân (18667)',
              '- Xã Lộc Hà (18568), Xã Hồng Lộc (18409), Xã Mai Phụ (18583)',
              '- Xã Can Lộc (18406), Xã Tùng Lộc (18418), Xã Gia Hanh (18466), Xã Trường Lưu (18436), Xã Xuân Lộc (18481), Xã Đồng Lộc (18484)',
              '- Xã Tiên Điền (18373), Xã Nghi Xuân (18352), Xã Cổ Đạm (18394), Xã Đan Hải (18364)',
              '- Xã Đức Thọ (18229), Xã Đức Quang (18262), Xã Đức Đồng (18304), Xã Đức Thịnh (18277), Xã Đức Minh (18244)',
              '- Xã Hương Sơn (18133), Xã Sơn Tây (18172), Xã Tứ Mỹ (18202), Xã Sơn Giang (18184), Xã Sơn Tiến (18163), Xã Sơn Hồng (18160), Xã Kim Hoa (18223), Xã Sơn Kim 1 (18196), Xã Sơn Kim 2 (18199)',
              '- Xã Vũ Quang (18313), Xã Mai Hoa (18322), Xã Thượng Đức (18328)',
              '- Xã Hương Khê (18496), Xã Hương Phố (18532), Xã Hương Đô (18550), Xã Hà Linh (18502), Xã Hương Bình (18523), Xã Phúc Trạch (18547), Xã Hương Xuân (18544)',
              'Cổng thông tin điện tử của các xã, phường được cung cấp trên nền tảng dùng chung của tỉnh, theo địa chỉ dạng tenxa.hatinh.gov.vn.',
            ],
          },
          {
            type: 'linksList',
            heading: 'Trang thông tin điện tử cấp xã đã vận hành',
            links: [{ label: 'Xã Thạch Hà', href: 'https://thachha.hatinh.gov.vn' }],
          },
        ],
      },
    },
    {
      slug: 'lien-ket',
      vi: {
        title: 'Liên kết',
        summary: 'Các cổng thông tin, hệ thống dịch vụ công và cơ sở dữ liệu liên quan.',
        blocks: [
          {
            type: 'linksList',
            heading: 'Trung ương',
            links: [
              { label: 'Cổng thông tin điện tử Chính phủ', href: 'https://chinhphu.vn' },
              { label: 'Cổng Dịch vụ công quốc gia', href: 'https://dichvucong.gov.vn' },
              { label: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', href: 'https://vbpl.vn' },
              { label: 'Bộ Khoa học và Công nghệ', href: 'https://most.gov.vn' },
            ],
          },
          {
            type: 'linksList',
            heading: 'Tỉnh Hà Tĩnh',
            links: [
              { label: 'Hệ thống thông tin giải quyết thủ tục hành chính tỉnh', href: 'https://dichvucong.hatinh.gov.vn' },
              { label: 'Sở Khoa học và Công nghệ', href: 'https://skhcn.hatinh.gov.vn' },
              { label: 'Ủy ban nhân dân xã Thạch Hà', href: 'https://thachha.hatinh.gov.vn' },
            ],
          },
          {
            type: 'linksList',
            heading: 'Trên Cổng này',
            links: [
              { label: 'Đơn vị hành chính cấp xã', href: '/don-vi-hanh-chinh/' },
              { label: 'Lãnh đạo tỉnh', href: '/lanh-dao/' },
            ],
          },
        ],
      },
    },
  ],

  news: [
    {
      slug: 'day-manh-thanh-toan-truc-tuyen-thu-tuc-hanh-chinh',
      title: 'Hà Tĩnh đẩy mạnh thanh toán trực tuyến phí, lệ phí thủ tục hành chính',
      summary:
        'Tỷ lệ hồ sơ có thanh toán trực tuyến trên hệ thống giải quyết thủ tục hành chính của tỉnh tăng mạnh trong 8 tháng đầu năm; tỉnh đặt mục tiêu đạt trên 60% vào cuối năm.',
      categories: ['dich-vu-cong', 'chuyen-doi-so'],
      author: 'Thu Hiền',
      publishedAt: '2026-09-07T10:20:00+07:00',
      cover: { alt: 'Người dân dùng điện thoại quét mã QR để nộp lệ phí tại quầy của trung tâm phục vụ hành chính công', hue: 145 },
      body: [
        'Theo báo cáo của Văn phòng Ủy ban nhân dân tỉnh, trong 8 tháng đầu năm 2026, hệ thống giải quyết thủ tục hành chính của tỉnh đã ghi nhận hơn 180.000 giao dịch thanh toán trực tuyến phí, lệ phí, gấp gần hai lần cùng kỳ năm trước. Tỷ lệ hồ sơ có thanh toán trực tuyến trên tổng số hồ sơ có phí, lệ phí đạt khoảng 48%.',
        'Kết quả này có được nhờ việc tích hợp nhiều phương thức thanh toán trên cùng một màn hình: chuyển khoản qua mã QR, ví điện tử, thẻ ngân hàng và thanh toán qua Cổng Dịch vụ công quốc gia. Biên lai điện tử được gửi ngay vào tài khoản của người nộp, không phải chờ nhận bản giấy tại quầy.',
        'Tại các trung tâm phục vụ hành chính công cấp xã, công chức và thành viên tổ công nghệ số cộng đồng trực tiếp hướng dẫn người dân thao tác trên điện thoại. Nhiều xã bố trí máy tính bảng tại khu vực chờ để người dân tự thực hiện dưới sự hỗ trợ của cán bộ.',
        'Tuy vậy, một số thủ tục có phí do cơ quan trung ương quản lý vẫn chưa được kết nối thanh toán trực tuyến; ở vùng núi phía tây tỉnh, người cao tuổi chưa quen dùng dịch vụ ngân hàng số. Văn phòng Ủy ban nhân dân tỉnh đã đề nghị các ngân hàng trên địa bàn phối hợp mở điểm hỗ trợ lưu động tại xã.',
        'Ủy ban nhân dân tỉnh yêu cầu các sở, ngành và Ủy ban nhân dân cấp xã tiếp tục tuyên truyền, hướng dẫn, phấn đấu đến hết năm 2026 tỷ lệ thanh toán trực tuyến đạt trên 60%, đồng thời công khai kết quả hằng tháng trên Cổng thông tin điện tử tỉnh.',
      ],
    },
    {
      slug: 'so-ket-hon-mot-nam-chinh-quyen-dia-phuong-hai-cap',
      title: 'Sơ kết hơn một năm vận hành chính quyền địa phương hai cấp',
      summary:
        'Bộ máy cấp xã sau sắp xếp cơ bản vận hành thông suốt; tỉnh chỉ ra các hạn chế về nhân lực chuyên môn và hạ tầng, đề ra giải pháp cho giai đoạn tiếp theo.',
      categories: ['chinh-quyen-hai-cap', 'tin-hoat-dong'],
      author: 'Văn phòng Ủy ban nhân dân tỉnh',
      publishedAt: '2026-09-11T16:45:00+07:00',
      cover: { alt: 'Hội trường Ủy ban nhân dân tỉnh trong hội nghị sơ kết, đại biểu các xã, phường ngồi kín các dãy ghế', hue: 355 },
      body: [
        'Ngày 11/9, Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết hơn một năm tổ chức chính quyền địa phương hai cấp, kết nối trực tuyến đến 69 xã, phường. Chủ tịch Ủy ban nhân dân tỉnh Hoàng Văn Lâm chủ trì hội nghị.',
        'Báo cáo tại hội nghị cho thấy bộ máy chính quyền cấp xã sau sắp xếp cơ bản vận hành thông suốt. Các trung tâm phục vụ hành chính công cấp xã đã tiếp nhận hàng trăm nghìn hồ sơ, phần lớn được giải quyết đúng và trước hạn. Việc phân cấp, ủy quyền cho cấp xã ở các lĩnh vực đất đai, xây dựng, hộ tịch, bảo trợ xã hội giúp người dân không phải đi xa để làm thủ tục.',
        'Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra những khó khăn: một số xã có diện tích rộng, dân cư phân tán nên việc đi lại của người dân còn vất vả; đội ngũ công chức chuyên môn về đất đai, xây dựng, công nghệ thông tin còn thiếu; một số trụ sở chưa được cải tạo phù hợp với chức năng mới.',
        'Phát biểu kết luận, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Sở Nội vụ tham mưu điều động, biệt phái công chức có chuyên môn về hỗ trợ các xã còn thiếu; Sở Khoa học và Công nghệ hoàn thiện hạ tầng số dùng chung; các xã chủ động tổ chức điểm tiếp nhận hồ sơ lưu động tại các thôn ở xa trung tâm.',
        'Ủy ban nhân dân tỉnh sẽ tổ chức khảo sát mức độ hài lòng của người dân đối với chính quyền cấp xã vào quý IV/2026 và công khai kết quả để các địa phương cùng so sánh, cải thiện.',
      ],
    },
    {
      slug: 'boi-duong-ky-nang-so-can-bo-cap-xa',
      title: 'Bồi dưỡng kỹ năng số cho hơn 1.500 cán bộ, công chức cấp xã',
      summary:
        'Chương trình bồi dưỡng kết hợp học trực tuyến và thực hành tại chỗ, tập trung vào ký số, khai thác dữ liệu dân cư và bảo đảm an toàn thông tin.',
      categories: ['chuyen-doi-so', 'chinh-quyen-hai-cap'],
      author: 'Sở Khoa học và Công nghệ',
      publishedAt: '2026-09-17T09:00:00+07:00',
      cover: { alt: 'Cán bộ xã thực hành trên máy tính trong phòng học, giảng viên đứng hướng dẫn bên cạnh', hue: 160 },
      body: [
        'Sở Khoa học và Công nghệ phối hợp với Sở Nội vụ khai giảng chương trình bồi dưỡng kỹ năng số năm 2026 cho cán bộ, công chức cấp xã. Chương trình dự kiến bồi dưỡng hơn 1.500 người, chia thành các lớp theo cụm xã để thuận tiện cho việc đi lại.',
        'Nội dung bồi dưỡng được thiết kế sát với công việc hằng ngày tại xã: xử lý văn bản và ký số trên nền tảng quản lý văn bản dùng chung; tiếp nhận, số hóa hồ sơ thủ tục hành chính; khai thác Cơ sở dữ liệu quốc gia về dân cư theo đúng thẩm quyền; sử dụng nền tảng họp trực tuyến và báo cáo số liệu kinh tế – xã hội.',
        'Một chuyên đề riêng dành cho an toàn thông tin, hướng dẫn cách nhận diện thư điện tử giả mạo, quản lý mật khẩu, sao lưu dữ liệu và báo cáo khi phát hiện sự cố. Theo Sở Khoa học và Công nghệ, phần lớn sự cố mất an toàn thông tin ở cấp cơ sở xuất phát từ thói quen sử dụng thiết bị chưa đúng, không phải từ lỗ hổng kỹ thuật phức tạp.',
        'Học viên học lý thuyết trên nền tảng học trực tuyến của tỉnh, sau đó tham gia buổi thực hành tập trung và làm bài kiểm tra cuối khóa. Kết quả bồi dưỡng là một trong các tiêu chí đánh giá, xếp loại công chức cuối năm.',
        'Phó Chủ tịch Ủy ban nhân dân tỉnh Trần Thị Thu Hà đề nghị Ủy ban nhân dân các xã, phường bố trí công việc hợp lý để cán bộ tham gia đầy đủ, đồng thời cử người có kỹ năng tốt làm hạt nhân hướng dẫn lại cho đồng nghiệp.',
      ],
    },
    {
      slug: 'lich-tiep-cong-dan-thang-10-2026',
      title: 'Thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân tỉnh tháng 10/2026',
      summary:
        'Chủ tịch Ủy ban nhân dân tỉnh tiếp công dân định kỳ vào ngày 15/10/2026 tại Trụ sở Tiếp công dân tỉnh; công dân có thể đăng ký trước qua điện thoại.',
      categories: ['thong-bao'],
      author: 'Văn phòng Ủy ban nhân dân tỉnh',
      publishedAt: '2026-09-24T08:00:00+07:00',
      body: [
        'Thực hiện quy định của Luật Tiếp công dân, Ủy ban nhân dân tỉnh thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân tỉnh trong tháng 10/2026 như sau.',
        '## Thời gian và địa điểm',
        'Thời gian: từ 7 giờ 30 ngày thứ Năm, 15/10/2026. Địa điểm: Trụ sở Tiếp công dân tỉnh, phường Thành Sen, tỉnh Hà Tĩnh. Trường hợp Chủ tịch Ủy ban nhân dân tỉnh bận công tác đột xuất, việc tiếp công dân sẽ do một Phó Chủ tịch được phân công thực hiện và được thông báo trên Cổng thông tin điện tử tỉnh.',
        '## Đăng ký và hồ sơ',
        'Công dân có nhu cầu được tiếp đăng ký trước qua số điện thoại 0239 385 5066 trong giờ hành chính, hoặc đăng ký trực tiếp tại Trụ sở Tiếp công dân tỉnh trước ngày 12/10/2026. Khi đến, công dân mang theo căn cước hoặc tài khoản định danh điện tử và các giấy tờ, tài liệu liên quan đến nội dung khiếu nại, tố cáo, kiến nghị, phản ánh.',
        'Trường hợp nhiều người cùng khiếu nại, tố cáo, kiến nghị, phản ánh về một nội dung thì cử người đại diện để trình bày. Người được cử đại diện phải có văn bản cử đại diện theo quy định. Công dân giữ trật tự, chấp hành nội quy nơi tiếp công dân và hướng dẫn của cán bộ tiếp dân.',
        'Ngoài lịch tiếp định kỳ, Trụ sở Tiếp công dân tỉnh tiếp công dân thường xuyên vào tất cả các ngày làm việc trong tuần. Ủy ban nhân dân tỉnh đề nghị Ủy ban nhân dân các xã, phường thông báo rộng rãi lịch tiếp công dân này đến Nhân dân trên địa bàn.',
      ],
    },
    {
      slug: 'khai-mac-cho-cong-nghe-bac-trung-bo',
      title: 'Khai mạc Chợ công nghệ và thiết bị vùng Bắc Trung Bộ tại Hà Tĩnh',
      summary:
        'Techmart vùng Bắc Trung Bộ năm 2026 quy tụ khoảng 180 gian hàng, giới thiệu hơn 300 công nghệ, thiết bị phục vụ nông nghiệp, chế biến và chuyển đổi số.',
      categories: ['tin-hoat-dong'],
      author: 'Hồng Nhung',
      source: 'Báo Hà Tĩnh',
      publishedAt: '2026-10-01T11:30:00+07:00',
      cover: { alt: 'Đại biểu cắt băng khai mạc chợ công nghệ trước cổng khu triển lãm trang trí cờ hoa', hue: 8 },
      body: [
        'Sáng 1/10, tại phường Thành Sen, Bộ Khoa học và Công nghệ phối hợp với Ủy ban nhân dân tỉnh Hà Tĩnh khai mạc Chợ công nghệ và thiết bị vùng Bắc Trung Bộ năm 2026. Dự lễ khai mạc có Thứ trưởng Bộ Khoa học và Công nghệ Lê Hoàng Sơn, Chủ tịch Ủy ban nhân dân tỉnh Hoàng Văn Lâm cùng lãnh đạo các tỉnh trong vùng.',
        'Phát biểu khai mạc, Chủ tịch Ủy ban nhân dân tỉnh cho biết Hà Tĩnh xác định khoa học, công nghệ và đổi mới sáng tạo là động lực để nâng cao giá trị sản phẩm nông nghiệp, phát triển công nghiệp chế biến và dịch vụ. Việc đăng cai Techmart vùng là cơ hội để doanh nghiệp, hợp tác xã của tỉnh tiếp cận những công nghệ phù hợp với điều kiện sản xuất của mình.',
        'Techmart năm nay có khoảng 180 gian hàng của doanh nghiệp, viện nghiên cứu, trường đại học trong và ngoài vùng. Các công nghệ, thiết bị trưng bày tập trung vào cơ giới hóa sản xuất, sơ chế và bảo quản nông sản, nuôi trồng thủy sản thông minh, xử lý chất thải, năng lượng tái tạo và phần mềm quản trị cho doanh nghiệp nhỏ.',
        'Gian hàng của tỉnh Hà Tĩnh giới thiệu nhiều kết quả nghiên cứu đã được ứng dụng, như quy trình nhân giống bưởi Phúc Trạch sạch bệnh, hệ thống cảm biến giám sát môi trường ao nuôi tôm và nền tảng truy xuất nguồn gốc cho sản phẩm OCOP.',
        'Trong ba ngày diễn ra sự kiện, Ban tổ chức bố trí các phiên kết nối cung – cầu công nghệ, hội thảo chuyên đề và khu trình diễn thiết bị. Người dân và doanh nghiệp được tham quan miễn phí từ 8 giờ đến 17 giờ hằng ngày.',
      ],
    },
    {
      slug: 'huong-ung-ngay-chuyen-doi-so-quoc-gia-tai-69-xa-phuong',
      title: 'Hưởng ứng Ngày Chuyển đổi số quốc gia tại 69 xã, phường',
      summary:
        'Các xã, phường đồng loạt tổ chức ngày hội chuyển đổi số, hỗ trợ người dân kích hoạt định danh điện tử, nộp hồ sơ trực tuyến và phòng, chống lừa đảo trên mạng.',
      categories: ['chuyen-doi-so'],
      author: 'Sở Khoa học và Công nghệ',
      publishedAt: '2026-10-09T17:10:00+07:00',
      cover: { alt: 'Ngày hội chuyển đổi số ngoài trời với các bàn hỗ trợ, người dân xếp hàng chờ được hướng dẫn', hue: 24 },
      body: [
        'Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10, từ ngày 5 đến 10/10/2026, 69 xã, phường trên địa bàn tỉnh đồng loạt tổ chức ngày hội chuyển đổi số. Hoạt động do Ủy ban nhân dân cấp xã chủ trì, với sự tham gia của tổ công nghệ số cộng đồng, đoàn viên thanh niên, các doanh nghiệp viễn thông và ngân hàng.',
        'Tại các điểm tổ chức, người dân được hỗ trợ kích hoạt tài khoản định danh điện tử, cài đặt ứng dụng dịch vụ công, thực hành nộp hồ sơ trực tuyến và thanh toán không dùng tiền mặt. Nhiều xã tổ chức góc trưng bày nông sản có tem truy xuất nguồn gốc, giới thiệu cách bán hàng trên sàn thương mại điện tử cho các hộ sản xuất.',
        'Một nội dung được quan tâm là phòng, chống lừa đảo trực tuyến. Cán bộ công an xã và tổ công nghệ số cộng đồng giới thiệu các thủ đoạn thường gặp như giả danh cơ quan nhà nước, gửi đường dẫn giả mạo, dụ dỗ đầu tư, đồng thời hướng dẫn người dân cách kiểm tra và báo cáo khi nghi ngờ.',
        'Theo tổng hợp sơ bộ của Sở Khoa học và Công nghệ, trong tuần lễ hưởng ứng đã có hàng chục nghìn lượt người dân được hỗ trợ trực tiếp. Nhiều xã ghi nhận số hồ sơ nộp trực tuyến trong tuần tăng rõ rệt so với tuần trước đó.',
        'Sở Khoa học và Công nghệ đề nghị các xã, phường duy trì hoạt động hỗ trợ thường xuyên tại trung tâm phục vụ hành chính công, không chỉ tập trung vào dịp cao điểm, và báo cáo kết quả về Sở trước ngày 25/10/2026.',
      ],
    },
    {
      slug: 'de-an-06-hoan-thanh-so-hoa-du-lieu-ho-tich',
      title: 'Đề án 06: Hà Tĩnh hoàn thành số hóa dữ liệu hộ tịch',
      summary:
        'Toàn bộ sổ hộ tịch lưu trữ tại cấp xã đã được số hóa và đồng bộ vào cơ sở dữ liệu hộ tịch điện tử, giúp người dân không phải nộp lại bản sao giấy tờ.',
      categories: ['chuyen-doi-so', 'dich-vu-cong'],
      author: 'Thu Hiền',
      publishedAt: '2026-10-15T14:00:00+07:00',
      cover: { alt: 'Cán bộ tư pháp xã quét từng trang sổ hộ tịch cũ bằng máy quét tài liệu', hue: 40 },
      body: [
        'Sở Tư pháp cho biết tỉnh Hà Tĩnh đã hoàn thành việc số hóa toàn bộ sổ hộ tịch đang lưu trữ tại các xã, phường, gồm sổ đăng ký khai sinh, kết hôn, khai tử qua nhiều thời kỳ. Dữ liệu sau khi số hóa được kiểm tra, đối chiếu và đồng bộ vào cơ sở dữ liệu hộ tịch điện tử, kết nối với Cơ sở dữ liệu quốc gia về dân cư theo yêu cầu của Đề án 06.',
        'Đây là khối lượng công việc lớn, bởi nhiều cuốn sổ được lập từ hàng chục năm trước, chữ viết tay, giấy đã ố vàng. Sau khi sắp xếp đơn vị hành chính, sổ hộ tịch của các xã cũ được tập trung về xã mới, đòi hỏi phải phân loại, lập danh mục trước khi số hóa. Tỉnh đã huy động công chức tư pháp, đoàn viên thanh niên và thuê đơn vị chuyên môn để hỗ trợ nhập liệu.',
        'Khi dữ liệu hộ tịch được số hóa, người dân làm các thủ tục như cấp bản sao trích lục, đăng ký thường trú cho trẻ em hay giải quyết chế độ chính sách sẽ không phải nộp lại bản sao giấy khai sinh, giấy chứng nhận kết hôn. Cán bộ tiếp nhận tra cứu trực tiếp trên hệ thống, rút ngắn thời gian giải quyết.',
        'Sở Tư pháp lưu ý người dân kiểm tra thông tin hộ tịch của mình khi làm thủ tục; nếu phát hiện sai sót do quá trình số hóa, đề nghị thông báo ngay cho Ủy ban nhân dân cấp xã để được điều chỉnh theo quy định, không mất phí.',
        'Trong thời gian tới, tỉnh tiếp tục số hóa dữ liệu đất đai và hồ sơ người có công, hướng tới mục tiêu người dân chỉ cung cấp thông tin một lần cho cơ quan nhà nước.',
      ],
    },
    {
      slug: 'phien-hop-thuong-ky-ubnd-tinh-thang-10-2026',
      title: 'Ủy ban nhân dân tỉnh họp phiên thường kỳ tháng 10/2026',
      summary:
        'Phiên họp cho ý kiến về tình hình kinh tế – xã hội 10 tháng, tiến độ giải ngân đầu tư công và các dự thảo nghị quyết trình kỳ họp cuối năm của Hội đồng nhân dân tỉnh.',
      categories: ['tin-hoat-dong'],
      author: 'Văn phòng Ủy ban nhân dân tỉnh',
      publishedAt: '2026-10-22T18:30:00+07:00',
      cover: { alt: 'Phòng họp Ủy ban nhân dân tỉnh với bàn họp hình chữ U, các thành viên theo dõi tài liệu điện tử trên máy tính bảng', hue: 350 },
      body: [
        'Ngày 22/10, Ủy ban nhân dân tỉnh tổ chức phiên họp thường kỳ tháng 10/2026 dưới sự chủ trì của Chủ tịch Ủy ban nhân dân tỉnh Hoàng Văn Lâm. Phiên họp được tổ chức theo hình thức không giấy tờ, toàn bộ tài liệu được gửi trước qua hệ thống phòng họp điện tử.',
        'Theo báo cáo của Sở Tài chính, tình hình kinh tế – xã hội 10 tháng tiếp tục chuyển biến tích cực. Sản xuất công nghiệp tại Khu kinh tế Vũng Áng duy trì ổn định, thu ngân sách đạt khá so với dự toán, vụ hè thu thắng lợi. Tuy nhiên, tiến độ giải ngân vốn đầu tư công ở một số dự án còn chậm do vướng mắc giải phóng mặt bằng.',
        'Các thành viên Ủy ban nhân dân tỉnh đã cho ý kiến về nhiều dự thảo nghị quyết dự kiến trình kỳ họp cuối năm của Hội đồng nhân dân tỉnh, trong đó có nghị quyết quy định chính sách hỗ trợ chuyển đổi số cho cấp xã và nghị quyết về danh mục nhiệm vụ khoa học và công nghệ ưu tiên năm 2027.',
        'Kết luận phiên họp, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ngành tập trung tháo gỡ vướng mắc về mặt bằng, phân công lãnh đạo theo dõi từng dự án trọng điểm; chuẩn bị kỹ hồ sơ trình Hội đồng nhân dân tỉnh, bảo đảm đúng trình tự, thủ tục và thời hạn.',
        'Chủ tịch Ủy ban nhân dân tỉnh cũng đề nghị các địa phương chủ động phương án ứng phó với mưa lũ cuối năm, bảo đảm hệ thống thông tin cảnh báo thiên tai hoạt động thông suốt đến từng thôn.',
      ],
    },
    {
      slug: 'lay-y-kien-du-thao-quy-che-cong-thong-tin-dien-tu',
      title: 'Lấy ý kiến dự thảo Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh',
      summary:
        'Dự thảo quy định trách nhiệm cung cấp thông tin của các sở, ngành và Ủy ban nhân dân cấp xã trên hệ thống cổng thông tin dùng chung; thời hạn góp ý đến hết ngày 27/11/2026.',
      categories: ['thong-bao'],
      author: 'Văn phòng Ủy ban nhân dân tỉnh',
      publishedAt: '2026-10-28T08:15:00+07:00',
      body: [
        'Văn phòng Ủy ban nhân dân tỉnh được giao chủ trì xây dựng dự thảo Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh và hệ thống trang thông tin điện tử của các cơ quan, đơn vị, Ủy ban nhân dân cấp xã. Dự thảo được đăng tải để lấy ý kiến rộng rãi của cơ quan, tổ chức, cá nhân.',
        '## Nội dung chính của dự thảo',
        '- Quy định danh mục thông tin bắt buộc phải cung cấp trên cổng của từng cấp, bao gồm thông tin giới thiệu, lãnh đạo, đầu mối liên hệ và thông tin bằng tiếng Anh.',
        '- Giao trách nhiệm cập nhật thông tin cho từng cơ quan, đơn vị; thời hạn cập nhật khi có thay đổi về tổ chức, nhân sự.',
        '- Quy định việc vận hành tập trung các trang thông tin của xã, phường trên nền tảng dùng chung của tỉnh, bảo đảm an toàn thông tin và khả năng tiếp cận cho người khuyết tật.',
        '- Quy định chế độ nhuận bút, thù lao cho tin, bài và trách nhiệm của Ban biên tập.',
        'Ý kiến góp ý gửi về Văn phòng Ủy ban nhân dân tỉnh bằng văn bản theo địa chỉ số 5 Nguyễn Tất Thành, phường Thành Sen, hoặc qua thư điện tử banbientap@hatinh.gov.vn trước ngày 27/11/2026. Văn phòng Ủy ban nhân dân tỉnh sẽ tổng hợp, tiếp thu, giải trình và công khai kết quả tiếp thu ý kiến.',
        'Các sở, ngành và Ủy ban nhân dân cấp xã có trách nhiệm nghiên cứu, góp ý bằng văn bản, đặc biệt về khả năng bố trí nhân lực biên tập và kinh phí duy trì hoạt động của trang thông tin điện tử tại đơn vị mình.',
      ],
    },
    {
      slug: 'tro-ly-ao-ho-tro-thu-tuc-hanh-chinh',
      title: 'Thí điểm trợ lý ảo hướng dẫn thủ tục hành chính cho người dân',
      summary:
        'Trợ lý ảo trả lời câu hỏi về hồ sơ, lệ phí, thời hạn giải quyết của các thủ tục thường gặp; dữ liệu trả lời được lấy từ cơ sở dữ liệu thủ tục hành chính đã công bố.',
      categories: ['dich-vu-cong', 'chuyen-doi-so'],
      author: 'Trung tâm Phục vụ hành chính công tỉnh',
      publishedAt: '2026-11-04T09:40:00+07:00',
      cover: { alt: 'Màn hình cảm ứng đặt tại sảnh trung tâm hành chính công hiển thị giao diện trò chuyện với trợ lý ảo', hue: 300 },
      body: [
        'Từ ngày 4/11/2026, Trung tâm Phục vụ hành chính công tỉnh đưa vào thí điểm trợ lý ảo hướng dẫn thủ tục hành chính. Người dân có thể hỏi trợ lý ảo qua Cổng thông tin điện tử tỉnh, qua hệ thống giải quyết thủ tục hành chính hoặc tại màn hình cảm ứng đặt ở sảnh trung tâm.',
        'Ở giai đoạn đầu, trợ lý ảo hỗ trợ khoảng 200 thủ tục thường gặp thuộc các lĩnh vực hộ tịch, đất đai, đăng ký kinh doanh, xây dựng và bảo trợ xã hội. Người dùng đặt câu hỏi bằng tiếng Việt thông thường, chẳng hạn “làm giấy phép xây dựng nhà ở cần giấy tờ gì”, và nhận được câu trả lời kèm đường dẫn đến thủ tục tương ứng.',
        'Theo Giám đốc Trung tâm Phục vụ hành chính công tỉnh Đinh Thị Thanh Hương, nội dung trả lời chỉ được lấy từ cơ sở dữ liệu thủ tục hành chính đã được công bố, không tự suy diễn. Với những câu hỏi nằm ngoài phạm vi, trợ lý ảo hướng dẫn người dân liên hệ tổng đài hoặc gặp trực tiếp công chức tiếp nhận.',
        'Trong thời gian thí điểm, mỗi câu trả lời đều có nút đánh giá để người dùng phản hồi mức độ hữu ích. Những câu hỏi chưa được trả lời chính xác được tổng hợp hằng tuần để bổ sung, chỉnh sửa dữ liệu. Thông tin cá nhân của người dùng không được lưu trữ trong nội dung trò chuyện.',
        'Sau ba tháng thí điểm, Trung tâm sẽ đánh giá hiệu quả và đề xuất Ủy ban nhân dân tỉnh mở rộng cho các trung tâm phục vụ hành chính công cấp xã.',
      ],
    },
    {
      slug: 'kiem-tra-trung-tam-phuc-vu-hanh-chinh-cong-cap-xa',
      title: 'Kiểm tra hoạt động của trung tâm phục vụ hành chính công cấp xã',
      summary:
        'Đoàn kiểm tra của tỉnh làm việc tại 12 xã, phường, ghi nhận nhiều cách làm tốt và chỉ ra những điểm cần khắc phục trong tiếp nhận, số hóa hồ sơ.',
      categories: ['chinh-quyen-hai-cap', 'dich-vu-cong'],
      author: 'Văn phòng Ủy ban nhân dân tỉnh',
      publishedAt: '2026-11-11T16:20:00+07:00',
      cover: { alt: 'Đoàn kiểm tra xem sổ theo dõi hồ sơ tại bàn làm việc của công chức một cửa cấp xã', hue: 18 },
      body: [
        'Từ ngày 2 đến 10/11, đoàn kiểm tra công tác cải cách hành chính của tỉnh do Phó Chủ tịch Ủy ban nhân dân tỉnh Trần Thị Thu Hà làm trưởng đoàn đã làm việc tại 12 xã, phường về hoạt động của trung tâm phục vụ hành chính công cấp xã.',
        'Qua kiểm tra, đoàn ghi nhận phần lớn trung tâm được bố trí ở vị trí thuận tiện, có khu vực chờ, máy lấy số thứ tự và khu hỗ trợ nộp hồ sơ trực tuyến. Nhiều xã đã thực hiện số hóa hồ sơ ngay khi tiếp nhận, trả kết quả điện tử và công khai tiến độ giải quyết qua tin nhắn cho người dân.',
        'Bên cạnh đó, đoàn cũng chỉ ra một số tồn tại: có nơi còn yêu cầu người dân nộp thêm giấy tờ ngoài quy định; việc cập nhật trạng thái hồ sơ trên hệ thống chưa kịp thời, dẫn đến hồ sơ bị tính quá hạn; một số xã chưa niêm yết đầy đủ thủ tục hành chính mới được phân cấp.',
        'Phó Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các xã, phường nghiêm túc khắc phục các tồn tại trong tháng 11, tuyệt đối không yêu cầu thêm thành phần hồ sơ trái quy định. Trường hợp hồ sơ quá hạn phải có văn bản xin lỗi người dân và nêu rõ lý do.',
        'Văn phòng Ủy ban nhân dân tỉnh được giao tiếp tục kiểm tra đột xuất, đồng thời tổng hợp các cách làm hay để phổ biến cho các địa phương còn lại.',
      ],
    },
    {
      slug: 'ke-hoach-bao-dam-an-toan-thong-tin-2027',
      title: 'Ban hành kế hoạch bảo đảm an toàn thông tin mạng năm 2027',
      summary:
        'Kế hoạch yêu cầu hoàn thành phê duyệt cấp độ cho toàn bộ hệ thống thông tin của tỉnh và cấp xã, triển khai giám sát tập trung và diễn tập ứng cứu sự cố.',
      categories: ['thong-bao', 'chuyen-doi-so'],
      author: 'Sở Khoa học và Công nghệ',
      publishedAt: '2026-11-18T10:00:00+07:00',
      body: [
        'Ủy ban nhân dân tỉnh vừa ban hành kế hoạch bảo đảm an toàn thông tin mạng trong hoạt động của cơ quan nhà nước trên địa bàn tỉnh năm 2027. Kế hoạch được xây dựng trên cơ sở đánh giá tình hình năm 2026, khi số lượng hệ thống thông tin dùng chung phục vụ cấp xã tăng nhanh.',
        '## Mục tiêu chính',
        '- 100% hệ thống thông tin của các sở, ngành và hệ thống dùng chung cho cấp xã được xác định, phê duyệt cấp độ an toàn và triển khai phương án bảo vệ tương ứng.',
        '- Toàn bộ máy tính, máy chủ kết nối mạng của cơ quan nhà nước được cài đặt giải pháp phòng chống mã độc có quản trị tập trung.',
        '- Mỗi cơ quan, đơn vị và Ủy ban nhân dân cấp xã có ít nhất một cán bộ được tập huấn về ứng cứu sự cố.',
        'Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì vận hành hệ thống giám sát an toàn thông tin tập trung của tỉnh, phối hợp với Công an tỉnh và các doanh nghiệp viễn thông trong phát hiện, xử lý sự cố. Kế hoạch cũng yêu cầu tổ chức ít nhất một cuộc diễn tập ứng cứu sự cố có sự tham gia của cấp xã.',
        'Người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trực tiếp về an toàn thông tin của hệ thống do mình quản lý; không sử dụng thư điện tử cá nhân, ứng dụng nhắn tin không được phê duyệt để trao đổi văn bản công việc. Kết quả thực hiện kế hoạch là tiêu chí đánh giá mức độ chuyển đổi số của các đơn vị năm 2027.',
      ],
    },
    {
      slug: 'lam-viec-voi-bo-khcn-ve-chuyen-doi-so-cap-xa',
      title: 'Làm việc với đoàn công tác Bộ Khoa học và Công nghệ về chuyển đổi số cấp xã',
      summary:
        'Tỉnh kiến nghị Bộ hỗ trợ kinh phí thuê dịch vụ công nghệ thông tin cho cấp xã và ban hành hướng dẫn chuẩn hóa dữ liệu chuyên ngành.',
      categories: ['tin-hoat-dong', 'chuyen-doi-so'],
      author: 'Văn phòng Ủy ban nhân dân tỉnh',
      publishedAt: '2026-11-20T17:30:00+07:00',
      cover: { alt: 'Lãnh đạo tỉnh và đoàn công tác của Bộ ngồi đối diện tại bàn họp, trên tường có màn hình trình chiếu báo cáo', hue: 4 },
      body: [
        'Chiều 20/11, Phó Chủ tịch Ủy ban nhân dân tỉnh Trần Thị Thu Hà đã làm việc với đoàn công tác của Bộ Khoa học và Công nghệ do Thứ trưởng Trần Thị Minh Nguyệt làm trưởng đoàn về kết quả chuyển đổi số cấp xã trên địa bàn tỉnh.',
        'Báo cáo với đoàn, Giám đốc Sở Khoa học và Công nghệ Lê Minh Đức cho biết toàn bộ 69 xã, phường đã sử dụng chung nền tảng quản lý văn bản, họp trực tuyến và hệ thống giải quyết thủ tục hành chính do tỉnh triển khai tập trung. Hạ tầng mạng truyền số liệu chuyên dùng đã kết nối đến tất cả trụ sở Ủy ban nhân dân cấp xã.',
        'Tuy vậy, tỉnh vẫn gặp khó khăn do nhiều xã chưa có công chức chuyên trách công nghệ thông tin, thiết bị tại một số trụ sở đã cũ, dữ liệu chuyên ngành về đất đai, xây dựng chưa được chuẩn hóa thống nhất. Tỉnh kiến nghị Bộ xem xét hỗ trợ kinh phí thuê dịch vụ công nghệ thông tin cho cấp xã, sớm ban hành hướng dẫn chuẩn hóa dữ liệu chuyên ngành và bộ tiêu chí tối thiểu về hạ tầng số cho cấp xã.',
        'Thứ trưởng Trần Thị Minh Nguyệt đánh giá cao cách làm tập trung, dùng chung của Hà Tĩnh, cho rằng đây là mô hình phù hợp với các tỉnh có nhiều xã quy mô nhỏ. Thứ trưởng đề nghị tỉnh tiếp tục nâng tỷ lệ hồ sơ giải quyết toàn trình trên môi trường mạng, chú trọng đo lường sự hài lòng của người dân.',
        'Trước buổi làm việc, đoàn công tác đã đến thăm Trung tâm Phục vụ hành chính công xã Thạch Hà.',
      ],
    },
  ],
}
