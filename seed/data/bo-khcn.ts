/**
 * Demo portal: Bộ Khoa học và Công nghệ (central ministry; absorbed the former Bộ Thông tin
 * và Truyền thông on 01/03/2025). All people, phone numbers and events are fictional.
 */
import type { SeedSite } from './types'

export const boKhcn: SeedSite = {
  slug: 'bo-khcn',
  level: 'trung-uong',
  domains: ['most.gov.vn'],
  primaryColor: '#0b3d91',
  contact: { phone: '024 3943 7520', fax: '024 3943 7521', email: 'vanphong@most.gov.vn' },

  vi: {
    name: 'Cổng thông tin điện tử Bộ Khoa học và Công nghệ',
    owningAgency: 'Bộ Khoa học và Công nghệ',
    responsiblePerson: 'Ông Đặng Văn Khải – Giám đốc Trung tâm Công nghệ thông tin',
    address: 'Số 39 Trần Duy Hưng, phường Yên Hòa, thành phố Hà Nội',
    headerMenu: [
      { label: 'Trang chủ', href: '/' },
      { label: 'Giới thiệu', href: '/gioi-thieu/' },
      { label: 'Tin tức', href: '/tin-tuc/' },
      { label: 'Tin hoạt động', href: '/chuyen-muc/tin-hoat-dong/' },
      { label: 'Chuyển đổi số', href: '/chuyen-muc/chuyen-doi-so/' },
      { label: 'Khoa học và công nghệ', href: '/chuyen-muc/khoa-hoc-cong-nghe/' },
      { label: 'An toàn thông tin', href: '/chuyen-muc/an-toan-thong-tin/' },
      { label: 'Thông báo', href: '/chuyen-muc/thong-bao/' },
      { label: 'Liên hệ', href: '/lien-he/' },
    ],
    footerMenu: [
      { label: 'Lãnh đạo Bộ', href: '/lanh-dao/' },
      { label: 'Liên kết', href: '/lien-ket/' },
      { label: 'Cổng Dịch vụ công quốc gia', href: 'https://dichvucong.gov.vn' },
      { label: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', href: 'https://vbpl.vn' },
      { label: 'English', href: '/en/' },
    ],
  },

  en: {
    name: 'Ministry of Science and Technology Portal',
    owningAgency: 'Ministry of Science and Technology of Viet Nam',
    responsiblePerson: 'Mr Đặng Văn Khải – Director, Information Technology Centre',
    address: '39 Tran Duy Hung Street, Yen Hoa Ward, Ha Noi, Viet Nam',
    headerMenu: [
      { label: 'Home', href: '/en/' },
      { label: 'About the Ministry', href: '/en/gioi-thieu/' },
      { label: 'Leadership', href: '/en/lanh-dao/' },
      { label: 'Contact', href: '/en/lien-he/' },
    ],
    footerMenu: [
      { label: 'National Public Service Portal', href: 'https://dichvucong.gov.vn' },
      { label: 'Government Portal', href: 'https://chinhphu.vn' },
    ],
  },

  categories: [
    {
      slug: 'tin-hoat-dong',
      title: 'Tin hoạt động',
      titleEn: 'Activities',
      description: 'Hoạt động của Lãnh đạo Bộ và các cơ quan, đơn vị thuộc Bộ.',
    },
    {
      slug: 'chuyen-doi-so',
      title: 'Chuyển đổi số',
      titleEn: 'Digital transformation',
      description: 'Chính phủ số, kinh tế số, xã hội số, dữ liệu và nền tảng số dùng chung.',
    },
    {
      slug: 'khoa-hoc-cong-nghe',
      title: 'Khoa học, công nghệ và đổi mới sáng tạo',
      titleEn: 'Science, technology and innovation',
      description: 'Nhiệm vụ khoa học và công nghệ, sở hữu trí tuệ, thị trường công nghệ và khởi nghiệp sáng tạo.',
    },
    {
      slug: 'an-toan-thong-tin',
      title: 'An toàn thông tin',
      titleEn: 'Information security',
      description: 'Cảnh báo, hướng dẫn và hoạt động bảo đảm an toàn thông tin cho hệ thống của cơ quan nhà nước.',
    },
    {
      slug: 'thong-bao',
      title: 'Thông báo',
      titleEn: 'Announcements',
      description: 'Thông báo, hướng dẫn và lời mời tham gia của Bộ.',
    },
  ],

  pages: [
    {
      slug: 'gioi-thieu',
      vi: {
        title: 'Giới thiệu Bộ Khoa học và Công nghệ',
        summary: 'Chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ.',
        blocks: [
          {
            type: 'richText',
            content: [
              '## Vị trí và chức năng',
              'Bộ Khoa học và Công nghệ là cơ quan của Chính phủ, thực hiện chức năng quản lý nhà nước về hoạt động khoa học, phát triển công nghệ, đổi mới sáng tạo; chuyển đổi số quốc gia; bưu chính, viễn thông, tần số vô tuyến điện; công nghiệp công nghệ số; sở hữu trí tuệ; tiêu chuẩn, đo lường, chất lượng; năng lượng nguyên tử, an toàn bức xạ và hạt nhân; quản lý nhà nước các dịch vụ công trong các ngành, lĩnh vực thuộc phạm vi quản lý của Bộ.',
              'Từ ngày 01/3/2025, Bộ Khoa học và Công nghệ tiếp nhận chức năng, nhiệm vụ của Bộ Thông tin và Truyền thông (trừ lĩnh vực báo chí, xuất bản, phát thanh, truyền hình và thông tin đối ngoại) theo Nghị quyết số 176/2025/QH15 của Quốc hội về cơ cấu tổ chức của Chính phủ.',
              '## Nhiệm vụ và quyền hạn chủ yếu',
              '- Trình Chính phủ, Thủ tướng Chính phủ dự án luật, nghị định, chiến lược, chương trình quốc gia về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.',
              '- Ban hành thông tư, quy chuẩn kỹ thuật quốc gia và hướng dẫn nghiệp vụ thuộc phạm vi quản lý của Bộ.',
              '- Chủ trì xây dựng, vận hành các nền tảng số dùng chung, hạ tầng số và cơ sở dữ liệu quốc gia được giao.',
              '- Quản lý các nhiệm vụ khoa học và công nghệ cấp quốc gia; phát triển thị trường khoa học và công nghệ, hệ sinh thái khởi nghiệp sáng tạo.',
              '- Hướng dẫn, kiểm tra các bộ, ngành và địa phương trong việc đánh giá mức độ chuyển đổi số, bảo đảm an toàn hệ thống thông tin theo cấp độ.',
              '- Thực hiện hợp tác quốc tế, thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo trong lĩnh vực được giao.',
              '## Cơ cấu tổ chức',
              'Lãnh đạo Bộ gồm Bộ trưởng và các Thứ trưởng. Các tổ chức giúp Bộ trưởng thực hiện chức năng quản lý nhà nước gồm:',
              '- Văn phòng Bộ; Thanh tra Bộ.',
              '- Vụ Tổ chức cán bộ; Vụ Kế hoạch – Tài chính; Vụ Pháp chế; Vụ Hợp tác quốc tế; Vụ Khoa học xã hội, nhân văn và tự nhiên.',
              '- Cục Chuyển đổi số quốc gia; Cục Đổi mới sáng tạo; Cục Công nghiệp công nghệ thông tin; Cục Viễn thông; Cục Tần số vô tuyến điện; Cục Bưu điện Trung ương.',
              '- Cục Sở hữu trí tuệ; Cục Năng lượng nguyên tử; Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia.',
              '- Các đơn vị sự nghiệp: Trung tâm Công nghệ thông tin; Viện Chiến lược và Chính sách khoa học và công nghệ; Báo Khoa học và Phát triển.',
              'Sơ đồ tổ chức chi tiết của từng đơn vị được cập nhật khi có quyết định kiện toàn của Bộ trưởng.',
            ],
          },
        ],
      },
      en: {
        title: 'About the Ministry of Science and Technology',
        summary: 'Functions, duties, powers and organisational structure of the Ministry of Science and Technology.',
        blocks: [
          {
            type: 'richText',
            content: [
              '## Position and functions',
              'The Ministry of Science and Technology (MOST) is a government ministry responsible for state management of scientific research, technology development and innovation; national digital transformation; postal services, telecommunications and radio frequencies; the digital technology industry; intellectual property; standards, metrology and quality; atomic energy and radiation and nuclear safety; and public services in these fields.',
              'Since 1 March 2025 the Ministry has also carried out the functions of the former Ministry of Information and Communications (except press, publishing, broadcasting and external information), under Resolution 176/2025/QH15 of the National Assembly.',
              '## Main duties and powers',
              '- Submit draft laws, decrees, strategies and national programmes on science, technology, innovation and digital transformation to the Government and the Prime Minister.',
              '- Issue circulars, national technical regulations and professional guidance within its remit.',
              '- Build and operate shared digital platforms, digital infrastructure and the national databases assigned to it.',
              '- Manage national-level science and technology tasks; develop the technology market and the innovative start-up ecosystem.',
              '- Guide and inspect ministries and provinces in assessing digital maturity and in securing information systems by protection level.',
              '- Conduct international cooperation, inspection and the handling of complaints and denunciations in its fields.',
              '## Organisational structure',
              'The Ministry is led by the Minister and Deputy Ministers. The units assisting the Minister are:',
              '- Ministry Office; Ministry Inspectorate.',
              '- Department of Personnel and Organisation; Department of Planning and Finance; Department of Legal Affairs; Department of International Cooperation; Department of Social, Human and Natural Sciences.',
              '- National Digital Transformation Agency; National Agency for Innovation; Authority of Information Technology Industry; Vietnam Telecommunications Authority; Authority of Radio Frequency Management; Central Post Office.',
              '- Intellectual Property Office; Agency for Atomic Energy; National Committee for Standards, Metrology and Quality.',
              '- Public service units: Information Technology Centre; National Institute for Science and Technology Policy and Strategy Studies; Science and Development Newspaper.',
            ],
          },
        ],
      },
    },
    {
      slug: 'lanh-dao',
      vi: {
        title: 'Lãnh đạo Bộ',
        summary: 'Thông tin liên hệ và lĩnh vực phụ trách của Bộ trưởng và các Thứ trưởng.',
        blocks: [
          {
            type: 'contactCard',
            name: 'Phạm Quang Vinh',
            position: 'Bộ trưởng',
            unit: 'Bộ Khoa học và Công nghệ',
            phone: '024 3943 7501',
            email: 'pqvinh@most.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Lãnh đạo, điều hành toàn diện các mặt công tác của Bộ; trực tiếp phụ trách công tác tổ chức cán bộ, kế hoạch – tài chính, chiến lược phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.',
            ],
          },
          {
            type: 'contactCard',
            name: 'Trần Thị Minh Nguyệt',
            position: 'Thứ trưởng',
            unit: 'Bộ Khoa học và Công nghệ',
            phone: '024 3943 7502',
            email: 'ttmnguyet@most.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Phụ trách lĩnh vực chuyển đổi số quốc gia, chính phủ số, dữ liệu số và nền tảng số dùng chung; theo dõi, chỉ đạo Cục Chuyển đổi số quốc gia và Trung tâm Công nghệ thông tin.',
            ],
          },
          {
            type: 'contactCard',
            name: 'Lê Hoàng Sơn',
            position: 'Thứ trưởng',
            unit: 'Bộ Khoa học và Công nghệ',
            phone: '024 3943 7503',
            email: 'lhson@most.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Phụ trách các nhiệm vụ khoa học và công nghệ cấp quốc gia, đổi mới sáng tạo, thị trường khoa học và công nghệ, sở hữu trí tuệ; theo dõi, chỉ đạo Cục Đổi mới sáng tạo và Cục Sở hữu trí tuệ.',
            ],
          },
          {
            type: 'contactCard',
            name: 'Vũ Đình Khoa',
            position: 'Thứ trưởng',
            unit: 'Bộ Khoa học và Công nghệ',
            phone: '024 3943 7504',
            email: 'vdkhoa@most.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Phụ trách lĩnh vực viễn thông, tần số vô tuyến điện, bưu chính, hạ tầng số và công tác bảo đảm an toàn thông tin cho các hệ thống do Bộ quản lý; theo dõi, chỉ đạo Cục Viễn thông và Cục Tần số vô tuyến điện.',
            ],
          },
        ],
      },
      en: {
        title: 'Ministry Leadership',
        summary: 'Contact details and areas of responsibility of the Minister and Deputy Ministers.',
        blocks: [
          {
            type: 'contactCard',
            name: 'Phạm Quang Vinh',
            position: 'Minister',
            unit: 'Ministry of Science and Technology',
            phone: '+84 24 3943 7501',
            email: 'pqvinh@most.gov.vn',
          },
          {
            type: 'richText',
            content: [
              'Leads all areas of the Ministry’s work; directly in charge of personnel, planning and finance, and the national strategy for science, technology, innovation and digital transformation.',
            ],
          },
          {
            type: 'contactCard',
            name: 'Trần Thị Minh Nguyệt',
            position: 'Deputy Minister',
            unit: 'Ministry of Science and Technology',
            phone: '+84 24 3943 7502',
            email: 'ttmnguyet@most.gov.vn',
          },
          {
            type: 'richText',
            content: ['In charge of national digital transformation, digital government, digital data and shared digital platforms.'],
          },
          {
            type: 'contactCard',
            name: 'Lê Hoàng Sơn',
            position: 'Deputy Minister',
            unit: 'Ministry of Science and Technology',
            phone: '+84 24 3943 7503',
            email: 'lhson@most.gov.vn',
          },
          {
            type: 'richText',
            content: ['In charge of national science and technology programmes, innovation, the technology market and intellectual property.'],
          },
          {
            type: 'contactCard',
            name: 'Vũ Đình Khoa',
            position: 'Deputy Minister',
            unit: 'Ministry of Science and Technology',
            phone: '+84 24 3943 7504',
            email: 'vdkhoa@most.gov.vn',
          },
          {
            type: 'richText',
            content: ['In charge of telecommunications, radio frequencies, postal services, digital infrastructure and the security of the Ministry’s information systems.'],
          },
        ],
      },
    },
    {
      slug: 'lien-he',
      vi: {
        title: 'Liên hệ',
        summary: 'Địa chỉ, điện thoại và đầu mối tiếp nhận thông tin của Bộ Khoa học và Công nghệ.',
        blocks: [
          {
            type: 'contactCard',
            name: 'Bộ Khoa học và Công nghệ',
            address: 'Số 39 Trần Duy Hưng, phường Yên Hòa, thành phố Hà Nội',
            phone: '024 3943 7520',
            email: 'vanphong@most.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Nguyễn Thị Thanh Mai',
            position: 'Phó Chánh Văn phòng, đầu mối cung cấp thông tin',
            unit: 'Văn phòng Bộ',
            phone: '024 3943 7530',
            email: 'nttmai@most.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Hoàng Minh Tuấn',
            position: 'Trưởng Ban biên tập Cổng thông tin điện tử',
            unit: 'Trung tâm Công nghệ thông tin',
            phone: '024 3943 7545',
            email: 'banbientap@most.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Bộ phận tiếp nhận phản ánh, kiến nghị về thủ tục hành chính',
            unit: 'Văn phòng Bộ',
            phone: '024 3943 7555',
            email: 'phananh@most.gov.vn',
            address: 'Phòng 105, tầng 1, số 39 Trần Duy Hưng, phường Yên Hòa, thành phố Hà Nội',
          },
          {
            type: 'richText',
            content: [
              'Thời gian làm việc: sáng từ 8 giờ đến 12 giờ, chiều từ 13 giờ đến 17 giờ, từ thứ Hai đến thứ Sáu (trừ ngày lễ, Tết).',
              'Văn bản gửi Bộ qua hệ thống quản lý văn bản điện tử hoặc qua đường bưu chính theo địa chỉ trên; phản ánh, kiến nghị về thủ tục hành chính có thể gửi trực tuyến qua Cổng Dịch vụ công quốc gia.',
            ],
          },
        ],
      },
      en: {
        title: 'Contact',
        summary: 'Address, telephone numbers and contact points of the Ministry of Science and Technology.',
        blocks: [
          {
            type: 'contactCard',
            name: 'Ministry of Science and Technology',
            address: '39 Tran Duy Hung Street, Yen Hoa Ward, Ha Noi, Viet Nam',
            phone: '+84 24 3943 7520',
            email: 'vanphong@most.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Nguyễn Thị Thanh Mai',
            position: 'Deputy Chief of Office, information officer',
            unit: 'Ministry Office',
            phone: '+84 24 3943 7530',
            email: 'nttmai@most.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Hoàng Minh Tuấn',
            position: 'Head of the Portal Editorial Board',
            unit: 'Information Technology Centre',
            phone: '+84 24 3943 7545',
            email: 'banbientap@most.gov.vn',
          },
          {
            type: 'contactCard',
            name: 'Desk for feedback on administrative procedures',
            unit: 'Ministry Office',
            phone: '+84 24 3943 7555',
            email: 'phananh@most.gov.vn',
          },
          {
            type: 'richText',
            content: ['Office hours: 8:00–12:00 and 13:00–17:00, Monday to Friday, except public holidays.'],
          },
        ],
      },
    },
    {
      slug: 'lien-ket',
      vi: {
        title: 'Liên kết',
        summary: 'Các cổng thông tin và hệ thống dùng chung có liên quan.',
        blocks: [
          {
            type: 'linksList',
            heading: 'Cổng thông tin của Chính phủ',
            links: [
              { label: 'Cổng thông tin điện tử Chính phủ', href: 'https://chinhphu.vn' },
              { label: 'Cổng Dịch vụ công quốc gia', href: 'https://dichvucong.gov.vn' },
              { label: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', href: 'https://vbpl.vn' },
              { label: 'Hệ thống văn bản Chính phủ', href: 'https://vanban.chinhphu.vn' },
              { label: 'Công báo nước Cộng hòa xã hội chủ nghĩa Việt Nam', href: 'https://congbao.chinhphu.vn' },
            ],
          },
          {
            type: 'linksList',
            heading: 'Cổng thông tin các địa phương',
            links: [
              { label: 'Cổng thông tin điện tử tỉnh Hà Tĩnh', href: 'https://hatinh.gov.vn' },
              { label: 'Sở Khoa học và Công nghệ tỉnh Hà Tĩnh', href: 'https://skhcn.hatinh.gov.vn' },
            ],
          },
          {
            type: 'linksList',
            heading: 'Trên Cổng này',
            links: [
              { label: 'Giới thiệu', href: '/gioi-thieu/' },
              { label: 'Thông báo', href: '/chuyen-muc/thong-bao/' },
              { label: 'Liên hệ', href: '/lien-he/' },
            ],
          },
        ],
      },
    },
  ],

  news: [
    {
      slug: 'don-doc-hoan-thien-van-ban-huong-dan-luat-chuyen-doi-so',
      title: 'Đôn đốc hoàn thiện văn bản hướng dẫn Luật Chuyển đổi số',
      summary:
        'Sau hơn hai tháng Luật Chuyển đổi số có hiệu lực, Bộ đề nghị các bộ, ngành và địa phương rà soát văn bản thuộc thẩm quyền, hoàn thành trước ngày 31/12/2026.',
      categories: ['chuyen-doi-so', 'tin-hoat-dong'],
      author: 'Minh Châu',
      publishedAt: '2026-09-04T09:15:00+07:00',
      cover: { alt: 'Thứ trưởng phát biểu tại hội nghị trực tuyến, phía sau là màn hình chia nhiều điểm cầu địa phương', hue: 214 },
      body: [
        'Ngày 3/9, Bộ Khoa học và Công nghệ tổ chức hội nghị trực tuyến với các bộ, ngành và 34 tỉnh, thành phố để đánh giá tình hình triển khai Luật Chuyển đổi số, có hiệu lực từ ngày 01/7/2026. Thứ trưởng Trần Thị Minh Nguyệt chủ trì hội nghị; tham dự tại các điểm cầu địa phương có lãnh đạo Ủy ban nhân dân và Sở Khoa học và Công nghệ các tỉnh, thành phố.',
        'Theo báo cáo của Cục Chuyển đổi số quốc gia, đến hết tháng 8, các bộ, ngành đã rà soát gần 600 văn bản có nội dung liên quan đến ứng dụng công nghệ thông tin, chính phủ điện tử và dữ liệu. Trong đó, khoảng 140 văn bản cần sửa đổi, bổ sung hoặc thay thế để phù hợp với các khái niệm mới của Luật như hạ tầng số, nền tảng số dùng chung, danh tính số và dữ liệu số của cơ quan nhà nước.',
        'Phát biểu tại hội nghị, Thứ trưởng đề nghị các đơn vị không chờ đợi mà chủ động ban hành quy chế nội bộ về quản lý dữ liệu, quy trình số hóa hồ sơ và trách nhiệm của người đứng đầu. Việc rà soát phải hoàn thành trước ngày 31/12/2026; quy định nào không còn phù hợp cần được bãi bỏ kịp thời, tránh tình trạng cơ quan thực thi lúng túng khi hai quy định cùng tồn tại.',
        'Một số địa phương nêu khó khăn khi cấp xã sau sắp xếp chưa có đủ công chức chuyên trách công nghệ thông tin. Đại diện tỉnh Hà Tĩnh và tỉnh Quảng Trị đề xuất Bộ sớm ban hành bộ tiêu chí tối thiểu về hạ tầng, nhân lực và an toàn thông tin cho Ủy ban nhân dân cấp xã, làm căn cứ bố trí kinh phí năm 2027.',
        'Kết luận hội nghị, Thứ trưởng giao Cục Chuyển đổi số quốc gia tổng hợp kiến nghị, hoàn thiện dự thảo hướng dẫn trong tháng 10 và đăng tải trên Cổng thông tin điện tử của Bộ để lấy ý kiến rộng rãi của cơ quan, tổ chức, doanh nghiệp và người dân.',
      ],
    },
    {
      slug: 'nen-tang-so-dung-chung-cho-cap-xa',
      title: 'Thống nhất lộ trình triển khai nền tảng số dùng chung cho cấp xã',
      summary:
        'Bộ Khoa học và Công nghệ làm việc với đại diện 12 tỉnh, thành phố về việc đưa các nền tảng quản lý văn bản, họp trực tuyến và báo cáo dùng chung về cấp xã.',
      categories: ['chuyen-doi-so'],
      author: 'Cục Chuyển đổi số quốc gia',
      publishedAt: '2026-09-10T14:30:00+07:00',
      cover: { alt: 'Cán bộ kỹ thuật trình bày sơ đồ kết nối các nền tảng số trên màn hình lớn trong phòng họp', hue: 198 },
      body: [
        'Chiều 9/9, tại Hà Nội, Cục Chuyển đổi số quốc gia chủ trì buổi làm việc với Sở Khoa học và Công nghệ của 12 tỉnh, thành phố về lộ trình triển khai các nền tảng số dùng chung cho Ủy ban nhân dân cấp xã. Đây là nhóm địa phương có số đơn vị hành chính cấp xã lớn hoặc địa bàn rộng, nhiều xã miền núi, ven biển.',
        'Sau hơn một năm vận hành chính quyền địa phương hai cấp, cấp xã trở thành nơi tiếp nhận phần lớn thủ tục hành chính của người dân. Tuy nhiên, nhiều xã vẫn dùng song song các phần mềm do huyện cũ đầu tư, dữ liệu phân tán và chưa kết nối với hệ thống của tỉnh. Điều này làm tăng khối lượng nhập liệu và gây khó khăn khi tổng hợp báo cáo.',
        'Theo phương án được thống nhất, các tỉnh sẽ chuyển toàn bộ cấp xã sang ba nền tảng dùng chung: quản lý văn bản và hồ sơ công việc, họp trực tuyến, báo cáo kinh tế – xã hội. Các nền tảng được triển khai tập trung tại trung tâm dữ liệu của tỉnh, có tài khoản định danh thống nhất cho cán bộ, công chức và kết nối với hệ thống báo cáo quốc gia.',
        'Lộ trình gồm hai giai đoạn. Đến hết năm 2026, 100% xã, phường sử dụng nền tảng quản lý văn bản và ký số trên môi trường mạng; đến hết quý II/2027, hoàn thành chuyển đổi dữ liệu từ các phần mềm cũ và dừng vận hành hệ thống trùng lặp. Chi phí thuê dịch vụ được bố trí từ ngân sách tỉnh, tránh để mỗi xã tự đầu tư riêng lẻ.',
        'Đại diện Cục Chuyển đổi số quốc gia cho biết Bộ sẽ công bố bộ tiêu chí kỹ thuật tối thiểu và danh sách nền tảng đạt yêu cầu để địa phương lựa chọn. Các tỉnh được đề nghị cử đầu mối kỹ thuật, tổng hợp khó khăn hằng tháng để Bộ kịp thời hướng dẫn.',
      ],
    },
    {
      slug: 'danh-muc-nhiem-vu-khcn-cap-quoc-gia-2027',
      title: 'Công bố danh mục nhiệm vụ khoa học và công nghệ cấp quốc gia đặt hàng năm 2027',
      summary:
        'Danh mục gồm 46 nhiệm vụ thuộc các lĩnh vực trí tuệ nhân tạo, bán dẫn, nông nghiệp công nghệ cao, y sinh và vật liệu mới; hồ sơ nộp trực tuyến đến hết ngày 30/10/2026.',
      categories: ['thong-bao', 'khoa-hoc-cong-nghe'],
      author: 'Văn phòng Bộ',
      publishedAt: '2026-09-15T08:00:00+07:00',
      cover: { alt: 'Nhà nghiên cứu mặc áo blouse làm việc với kính hiển vi trong phòng thí nghiệm', hue: 172 },
      body: [
        'Bộ Khoa học và Công nghệ thông báo danh mục nhiệm vụ khoa học và công nghệ cấp quốc gia đặt hàng để tuyển chọn tổ chức, cá nhân chủ trì, bắt đầu thực hiện từ năm 2027. Danh mục được xây dựng trên cơ sở đề xuất của các bộ, ngành, địa phương và doanh nghiệp, bám sát các định hướng ưu tiên về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.',
        'Danh mục gồm 46 nhiệm vụ, chia thành năm nhóm: trí tuệ nhân tạo và dữ liệu lớn; vi mạch bán dẫn; nông nghiệp công nghệ cao và thích ứng biến đổi khí hậu; y sinh học và dược liệu; vật liệu mới và năng lượng. So với năm trước, tỷ lệ nhiệm vụ có doanh nghiệp cam kết đồng tài trợ hoặc tiếp nhận kết quả tăng đáng kể, phản ánh yêu cầu gắn nghiên cứu với ứng dụng thực tiễn.',
        '## Cách thức nộp hồ sơ',
        'Hồ sơ đăng ký được nộp trực tuyến trên hệ thống quản lý nhiệm vụ khoa học và công nghệ của Bộ, ký số bởi người đứng đầu tổ chức chủ trì. Thời hạn nhận hồ sơ đến 17 giờ ngày 30/10/2026. Tổ chức chủ trì cần thuyết minh rõ sản phẩm dự kiến, phương án ứng dụng, chỉ tiêu kinh tế – kỹ thuật và kế hoạch khai thác quyền sở hữu trí tuệ đối với kết quả.',
        'Việc đánh giá hồ sơ do hội đồng tư vấn độc lập thực hiện, kết quả tuyển chọn được công khai trên Cổng thông tin điện tử của Bộ. Cơ chế khoán chi đến sản phẩm cuối cùng tiếp tục được áp dụng, giảm thủ tục thanh quyết toán và tạo chủ động cho nhà khoa học.',
        'Chi tiết danh mục, biểu mẫu và hướng dẫn được đăng kèm thông báo. Tổ chức, cá nhân cần hỗ trợ có thể liên hệ Văn phòng Bộ qua số điện thoại 024 3943 7530 trong giờ hành chính.',
      ],
    },
    {
      slug: 'dien-tap-thuc-chien-an-toan-thong-tin-2026',
      title: 'Diễn tập thực chiến bảo đảm an toàn thông tin cho hệ thống của các bộ, ngành',
      summary:
        'Hơn 30 đội ứng cứu sự cố tham gia diễn tập trên hạ tầng thật, phát hiện và khắc phục nhiều lỗ hổng trước khi bị khai thác.',
      categories: ['an-toan-thong-tin', 'tin-hoat-dong'],
      author: 'Trung tâm Công nghệ thông tin',
      publishedAt: '2026-09-22T16:00:00+07:00',
      cover: { alt: 'Các kỹ sư an toàn thông tin theo dõi bảng điều khiển giám sát trên nhiều màn hình trong trung tâm điều hành', hue: 228 },
      body: [
        'Trong ba ngày từ 18 đến 20/9, Bộ Khoa học và Công nghệ phối hợp với các cơ quan chức năng tổ chức diễn tập thực chiến bảo đảm an toàn thông tin cho một số hệ thống thông tin quan trọng của các bộ, ngành. Khác với diễn tập trên mô hình giả lập, các đội tham gia được phép thử nghiệm tấn công trên hạ tầng thật trong phạm vi và thời gian được cho phép.',
        'Hơn 30 đội ứng cứu sự cố đến từ các bộ, ngành, tập đoàn viễn thông và doanh nghiệp an ninh mạng đã tham gia. Các đội đóng vai bên tấn công và bên phòng thủ, kiểm tra khả năng phát hiện, cô lập và khôi phục hệ thống khi có sự cố. Mọi thao tác được ghi nhận và đối chiếu với kịch bản để bảo đảm không ảnh hưởng đến dịch vụ cung cấp cho người dân.',
        'Kết quả diễn tập cho thấy phần lớn hệ thống đã triển khai giám sát tập trung và có quy trình ứng cứu. Tuy vậy, vẫn còn những điểm yếu phổ biến như tài khoản quản trị dùng mật khẩu yếu, phần mềm chưa được cập nhật bản vá, thiếu cơ chế xác thực nhiều lớp cho truy cập từ xa và nhật ký hệ thống chưa được lưu trữ đủ thời gian.',
        'Phát biểu bế mạc, Thứ trưởng Vũ Đình Khoa yêu cầu các đơn vị có hệ thống được kiểm tra khắc phục toàn bộ lỗ hổng trong 30 ngày và báo cáo kết quả. Thứ trưởng nhấn mạnh an toàn thông tin phải được tính đến ngay từ khi thiết kế hệ thống, không thể chỉ xử lý khi sự cố đã xảy ra.',
        'Bộ sẽ tổng hợp bài học kinh nghiệm thành tài liệu hướng dẫn gửi các bộ, ngành và địa phương, đồng thời tiếp tục tổ chức diễn tập định kỳ, mở rộng sang hệ thống của cấp tỉnh và cấp xã trong năm 2027.',
      ],
    },
    {
      slug: 'techmart-bac-trung-bo-2026-ket-qua',
      title: 'Techmart vùng Bắc Trung Bộ 2026: hơn 300 công nghệ, thiết bị được giới thiệu',
      summary:
        'Chợ công nghệ và thiết bị vùng Bắc Trung Bộ tổ chức tại Hà Tĩnh đã kết nối hàng trăm doanh nghiệp với viện, trường; nhiều biên bản ghi nhớ chuyển giao công nghệ được ký kết.',
      categories: ['khoa-hoc-cong-nghe', 'tin-hoat-dong'],
      author: 'Cục Đổi mới sáng tạo',
      publishedAt: '2026-10-05T10:00:00+07:00',
      cover: { alt: 'Khách tham quan tìm hiểu máy sấy nông sản trưng bày tại gian hàng của chợ công nghệ', hue: 36 },
      body: [
        'Chợ công nghệ và thiết bị vùng Bắc Trung Bộ năm 2026 (Techmart vùng Bắc Trung Bộ) đã diễn ra từ ngày 1 đến 3/10 tại phường Thành Sen, tỉnh Hà Tĩnh, do Bộ Khoa học và Công nghệ phối hợp với Ủy ban nhân dân tỉnh Hà Tĩnh tổ chức. Sự kiện thu hút khoảng 180 gian hàng của doanh nghiệp, viện nghiên cứu, trường đại học và các tổ chức trung gian của thị trường khoa học và công nghệ.',
        'Hơn 300 công nghệ, thiết bị và sản phẩm được giới thiệu, tập trung vào chế biến nông sản, thủy sản, cơ giới hóa sản xuất, tiết kiệm năng lượng, xử lý môi trường và chuyển đổi số cho doanh nghiệp nhỏ. Nhiều sản phẩm là kết quả của nhiệm vụ khoa học và công nghệ cấp tỉnh, đã được ứng dụng thực tế tại các địa phương trong vùng.',
        'Trong khuôn khổ Techmart, Ban tổ chức đã tổ chức ba hội thảo chuyên đề và các phiên kết nối cung – cầu công nghệ. Theo số liệu tổng hợp, 57 biên bản ghi nhớ và hợp đồng chuyển giao công nghệ đã được ký kết, trong đó nhiều thỏa thuận liên quan đến dây chuyền sơ chế, bảo quản nông sản và giải pháp truy xuất nguồn gốc.',
        'Thứ trưởng Lê Hoàng Sơn đánh giá Techmart vùng là kênh quan trọng để đưa kết quả nghiên cứu đến với doanh nghiệp. Thứ trưởng đề nghị các Sở Khoa học và Công nghệ tiếp tục theo dõi việc thực hiện các thỏa thuận đã ký, hỗ trợ doanh nghiệp tiếp cận cơ chế tài trợ đổi mới công nghệ.',
        'Thông tin về các công nghệ được giới thiệu tiếp tục được cập nhật trên sàn giao dịch công nghệ trực tuyến để doanh nghiệp tra cứu và liên hệ sau sự kiện.',
      ],
    },
    {
      slug: 'huong-ung-ngay-chuyen-doi-so-quoc-gia-2026',
      title: 'Hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026',
      summary:
        'Năm nay, Ngày Chuyển đổi số quốc gia 10/10 tập trung vào chủ đề đưa dịch vụ số đến từng người dân ở cấp xã, với chuỗi hoạt động tại cả 34 tỉnh, thành phố.',
      categories: ['chuyen-doi-so'],
      author: 'Cục Chuyển đổi số quốc gia',
      publishedAt: '2026-10-09T08:30:00+07:00',
      cover: { alt: 'Đoàn viên thanh niên hướng dẫn người cao tuổi cài đặt ứng dụng trên điện thoại tại nhà văn hóa thôn', hue: 205 },
      body: [
        'Hằng năm, ngày 10/10 được chọn là Ngày Chuyển đổi số quốc gia nhằm nâng cao nhận thức của toàn xã hội về vai trò của chuyển đổi số. Năm 2026, Bộ Khoa học và Công nghệ đề nghị các bộ, ngành và địa phương tập trung hoạt động hưởng ứng vào việc đưa dịch vụ số đến từng người dân, đặc biệt ở cấp xã vừa được kiện toàn sau sắp xếp đơn vị hành chính.',
        'Theo hướng dẫn của Bộ, các địa phương tổ chức ngày hội chuyển đổi số tại trung tâm phục vụ hành chính công cấp xã, hỗ trợ người dân kích hoạt tài khoản định danh điện tử, nộp hồ sơ trực tuyến, thanh toán không dùng tiền mặt và nhận diện các hình thức lừa đảo trên mạng. Tổ công nghệ số cộng đồng ở thôn, tổ dân phố là lực lượng nòng cốt của các hoạt động này.',
        'Bên cạnh đó, các bộ, ngành được đề nghị công bố kết quả cung cấp dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ được số hóa và mức độ tái sử dụng dữ liệu, để người dân và doanh nghiệp theo dõi, đánh giá. Những dịch vụ còn ít người dùng cần được rà soát, đơn giản hóa quy trình và biểu mẫu.',
        'Bộ trưởng Phạm Quang Vinh cho rằng thước đo của chuyển đổi số không phải là số lượng phần mềm được đầu tư mà là thời gian, chi phí người dân tiết kiệm được khi làm việc với cơ quan nhà nước. Mỗi cơ quan cần chọn ít nhất một việc cụ thể, làm đến nơi đến chốn và công khai kết quả.',
        'Các địa phương báo cáo kết quả hưởng ứng về Bộ trước ngày 31/10/2026 để tổng hợp, đánh giá và lựa chọn cách làm hay nhân rộng.',
      ],
    },
    {
      slug: 'huong-dan-danh-gia-muc-do-chuyen-doi-so-2026',
      title: 'Hướng dẫn đánh giá mức độ chuyển đổi số của bộ, ngành và địa phương năm 2026',
      summary:
        'Bộ chỉ số năm 2026 bổ sung nhóm tiêu chí về cấp xã, dữ liệu dùng chung và trải nghiệm người dùng; số liệu tự đánh giá được nhập trực tuyến trước ngày 15/12/2026.',
      categories: ['thong-bao', 'chuyen-doi-so'],
      author: 'Cục Chuyển đổi số quốc gia',
      publishedAt: '2026-10-14T15:00:00+07:00',
      body: [
        'Bộ Khoa học và Công nghệ ban hành văn bản hướng dẫn đánh giá mức độ chuyển đổi số của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và các tỉnh, thành phố năm 2026. Kết quả đánh giá là căn cứ để xếp hạng, đồng thời giúp từng cơ quan nhận diện điểm mạnh, điểm yếu và xây dựng kế hoạch cho năm tiếp theo.',
        '## Những điểm mới',
        'So với các năm trước, bộ chỉ số được điều chỉnh theo mô hình chính quyền địa phương hai cấp. Nhóm tiêu chí về cấp xã được tách riêng, đánh giá tỷ lệ xã, phường sử dụng nền tảng dùng chung, tỷ lệ hồ sơ thủ tục hành chính được số hóa và mức độ hài lòng của người dân khi làm thủ tục tại trung tâm phục vụ hành chính công cấp xã.',
        'Nhóm tiêu chí về dữ liệu chú trọng việc chia sẻ, tái sử dụng dữ liệu giữa các cơ quan thay vì chỉ đếm số cơ sở dữ liệu được xây dựng. Nhóm tiêu chí về trải nghiệm người dùng được đo bằng số liệu thực tế từ hệ thống, như thời gian hoàn thành một dịch vụ công trực tuyến hay tỷ lệ hồ sơ bị trả lại do lỗi biểu mẫu.',
        '## Thời hạn và cách thức',
        'Các cơ quan tự đánh giá, nhập số liệu và tài liệu kiểm chứng trên hệ thống đánh giá trực tuyến trước ngày 15/12/2026. Bộ sẽ tổ chức thẩm định, đối chiếu với dữ liệu giám sát tự động và công bố kết quả trong quý I/2027. Đầu mối hướng dẫn kỹ thuật là Cục Chuyển đổi số quốc gia; thông tin liên hệ được nêu tại văn bản hướng dẫn.',
      ],
    },
    {
      slug: 'so-ket-9-thang-thuc-hien-nghi-quyet-57',
      title: 'Sơ kết 9 tháng thực hiện Nghị quyết 57-NQ/TW trong lĩnh vực khoa học và công nghệ',
      summary:
        'Nhiều cơ chế mới về tài chính, khoán chi và thử nghiệm có kiểm soát đã đi vào thực tế; số doanh nghiệp đầu tư cho nghiên cứu và phát triển tăng rõ rệt.',
      categories: ['tin-hoat-dong', 'khoa-hoc-cong-nghe'],
      author: 'Văn phòng Bộ',
      publishedAt: '2026-10-20T17:00:00+07:00',
      cover: { alt: 'Toàn cảnh hội nghị sơ kết với đại biểu ngồi theo hàng, phía trước là sân khấu phông nền xanh', hue: 220 },
      body: [
        'Ngày 20/10, Bộ Khoa học và Công nghệ tổ chức hội nghị sơ kết 9 tháng năm 2026 thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Hội nghị được kết nối trực tuyến với các Sở Khoa học và Công nghệ trên cả nước.',
        'Báo cáo tại hội nghị cho thấy các cơ chế mới về quản lý tài chính cho nhiệm vụ khoa học và công nghệ đã phát huy tác dụng. Việc khoán chi đến sản phẩm cuối cùng, chấp nhận rủi ro trong nghiên cứu và đơn giản hóa hồ sơ thanh toán giúp rút ngắn đáng kể thời gian từ khi phê duyệt đến khi triển khai nhiệm vụ. Số doanh nghiệp trích lập quỹ phát triển khoa học và công nghệ cũng tăng so với cùng kỳ.',
        'Tuy vậy, hội nghị cũng chỉ ra một số hạn chế: tiến độ giải ngân vốn cho khoa học và công nghệ ở một số địa phương còn chậm; việc thương mại hóa kết quả nghiên cứu chưa tương xứng; đội ngũ làm công tác quản lý khoa học ở cấp tỉnh sau khi hợp nhất với lĩnh vực thông tin và truyền thông còn phải vừa làm vừa học.',
        'Kết luận hội nghị, Bộ trưởng Phạm Quang Vinh yêu cầu các đơn vị tập trung hoàn thành mục tiêu năm 2026, đẩy nhanh giải ngân và ưu tiên nhiệm vụ có địa chỉ ứng dụng rõ ràng. Bộ trưởng đề nghị các địa phương chủ động đặt hàng nhiệm vụ xuất phát từ bài toán thực tiễn của mình, không dàn trải, và công khai kết quả nghiên cứu để xã hội cùng giám sát, khai thác.',
        'Các ý kiến tại hội nghị sẽ được tổng hợp để báo cáo Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.',
      ],
    },
    {
      slug: 'canh-bao-gia-mao-cong-dich-vu-cong',
      title: 'Cảnh báo hình thức giả mạo cổng dịch vụ công để chiếm đoạt tài khoản',
      summary:
        'Đối tượng xấu gửi tin nhắn chứa đường dẫn giả mạo, yêu cầu người dân “cập nhật hồ sơ” để đánh cắp thông tin đăng nhập và mã xác thực.',
      categories: ['an-toan-thong-tin', 'thong-bao'],
      author: 'Trung tâm Công nghệ thông tin',
      publishedAt: '2026-10-27T11:00:00+07:00',
      cover: { alt: 'Màn hình điện thoại hiển thị tin nhắn lừa đảo kèm đường dẫn lạ, bên cạnh biểu tượng cảnh báo màu đỏ', hue: 2 },
      body: [
        'Thời gian gần đây, hệ thống giám sát ghi nhận nhiều trang web có giao diện sao chép Cổng Dịch vụ công quốc gia và cổng dịch vụ công của một số địa phương. Các trang này sử dụng tên miền gần giống tên miền thật, thường thêm ký tự hoặc dùng đuôi tên miền khác, nhằm đánh lừa người dùng.',
        'Thủ đoạn phổ biến là gửi tin nhắn hoặc gọi điện tự xưng là cán bộ cơ quan nhà nước, thông báo hồ sơ của người dân “bị lỗi” hoặc “sắp hết hạn”, rồi yêu cầu truy cập đường dẫn để cập nhật. Khi người dân nhập tên đăng nhập, mật khẩu và mã xác thực một lần, đối tượng lập tức chiếm quyền tài khoản, từ đó thực hiện các giao dịch trái phép.',
        '## Khuyến cáo',
        '- Chỉ truy cập dịch vụ công qua địa chỉ chính thức có đuôi .gov.vn hoặc qua ứng dụng được cài từ kho ứng dụng chính thức.',
        '- Không cung cấp mã xác thực cho bất kỳ ai, kể cả người tự xưng là cán bộ; cơ quan nhà nước không yêu cầu người dân đọc mã qua điện thoại.',
        '- Kiểm tra kỹ địa chỉ trang web trước khi đăng nhập; khi nghi ngờ, liên hệ trực tiếp trung tâm phục vụ hành chính công nơi nộp hồ sơ.',
        'Các cơ quan quản lý cổng dịch vụ công được đề nghị công khai danh sách tên miền chính thức, đăng ký bảo vệ các tên miền dễ bị giả mạo và phối hợp gỡ bỏ trang giả mạo ngay khi phát hiện. Người dân phát hiện dấu hiệu lừa đảo có thể phản ánh qua địa chỉ thư điện tử phananh@most.gov.vn hoặc báo cho cơ quan công an gần nhất.',
      ],
    },
    {
      slug: 'xet-tai-tro-nghien-cuu-co-ban-2027',
      title: 'Mở đợt xét tài trợ đề tài nghiên cứu cơ bản năm 2027',
      summary:
        'Đợt xét tài trợ dành cho các đề tài khoa học tự nhiên, kỹ thuật, khoa học xã hội và nhân văn; ưu tiên nhóm nghiên cứu trẻ và đề tài có hợp tác quốc tế.',
      categories: ['thong-bao', 'khoa-hoc-cong-nghe'],
      author: 'Vụ Khoa học xã hội, nhân văn và tự nhiên',
      publishedAt: '2026-11-03T09:00:00+07:00',
      body: [
        'Bộ Khoa học và Công nghệ thông báo mở đợt xét tài trợ đề tài nghiên cứu cơ bản bắt đầu thực hiện từ năm 2027. Đợt xét tài trợ dành cho các lĩnh vực khoa học tự nhiên, khoa học kỹ thuật và công nghệ, khoa học xã hội và nhân văn, với thời gian thực hiện tối đa 36 tháng.',
        'Năm nay, Bộ dành một phần kinh phí riêng cho các nhóm nghiên cứu có chủ nhiệm đề tài dưới 40 tuổi, nhằm tạo cơ hội cho nhà khoa học trẻ sớm dẫn dắt hướng nghiên cứu độc lập. Đề tài có hợp tác với tổ chức nghiên cứu nước ngoài, có đồng tài trợ hoặc sử dụng chung hạ tầng nghiên cứu cũng được cộng điểm ưu tiên khi đánh giá.',
        'Hồ sơ được nộp hoàn toàn trực tuyến. Chủ nhiệm đề tài cần có công bố khoa học phù hợp với lĩnh vực đăng ký trong năm năm gần nhất; thuyết minh trình bày rõ câu hỏi nghiên cứu, tính mới, phương pháp và sản phẩm dự kiến. Các công bố từ đề tài được khuyến khích đăng ở dạng truy cập mở để cộng đồng khoa học cùng khai thác.',
        'Thời hạn nhận hồ sơ từ ngày 3/11/2026 đến hết ngày 15/01/2027. Việc đánh giá được thực hiện qua hai vòng: phản biện độc lập và họp hội đồng khoa học ngành. Danh sách đề tài được tài trợ sẽ được công bố trên Cổng thông tin điện tử của Bộ.',
        'Tổ chức, cá nhân cần giải đáp thắc mắc về thủ tục có thể gửi câu hỏi qua địa chỉ thư điện tử hoặc số điện thoại đầu mối nêu tại trang Liên hệ của Cổng.',
      ],
    },
    {
      slug: 'khai-thac-tai-san-tri-tue-tai-vien-truong',
      title: 'Thúc đẩy đăng ký và khai thác tài sản trí tuệ tại các viện, trường',
      summary:
        'Hội thảo do Cục Sở hữu trí tuệ tổ chức chỉ ra rằng nhiều kết quả nghiên cứu có giá trị chưa được bảo hộ, hoặc đã được cấp bằng nhưng chưa được thương mại hóa.',
      categories: ['khoa-hoc-cong-nghe'],
      author: 'Cục Sở hữu trí tuệ',
      publishedAt: '2026-11-10T15:30:00+07:00',
      cover: { alt: 'Đại biểu trao đổi tại hội thảo về sở hữu trí tuệ, trên bàn đặt tài liệu và bảng tên', hue: 262 },
      body: [
        'Ngày 10/11, Cục Sở hữu trí tuệ tổ chức hội thảo về quản lý và khai thác tài sản trí tuệ tại viện nghiên cứu, trường đại học, với sự tham gia của hơn 150 đại biểu là nhà quản lý, nhà khoa học và doanh nghiệp. Hội thảo được tổ chức trực tiếp tại Hà Nội và trực tuyến tới các cơ sở đào tạo trên cả nước.',
        'Theo số liệu được trình bày, số đơn đăng ký sáng chế và giải pháp hữu ích của viện, trường trong nước tăng đều trong những năm gần đây. Tuy nhiên, tỷ lệ sáng chế được chuyển giao hoặc cấp phép sử dụng còn thấp. Nhiều kết quả nghiên cứu có giá trị được công bố trên tạp chí trước khi nộp đơn, dẫn đến mất tính mới và không còn khả năng bảo hộ.',
        'Các đại biểu đề xuất mỗi viện, trường thành lập bộ phận chuyên trách chuyển giao công nghệ, có quy chế rõ ràng về phân chia lợi ích giữa tổ chức chủ trì và tác giả. Cơ chế cho phép tổ chức chủ trì được giao quyền sở hữu kết quả nghiên cứu sử dụng ngân sách nhà nước cũng cần được hướng dẫn cụ thể để các đơn vị yên tâm thực hiện.',
        'Thứ trưởng Lê Hoàng Sơn cho biết Bộ đang hoàn thiện hướng dẫn định giá tài sản trí tuệ và xây dựng cơ sở dữ liệu sáng chế có khả năng thương mại hóa, kết nối với sàn giao dịch công nghệ. Thứ trưởng đề nghị các viện, trường coi việc đăng ký bảo hộ là bước bắt buộc trong kế hoạch của mỗi đề tài, ngay từ khi xây dựng thuyết minh.',
        'Tài liệu hội thảo được đăng tải để các đơn vị tham khảo, áp dụng.',
      ],
    },
    {
      slug: 'toa-dam-chia-se-du-lieu-giua-co-quan-nha-nuoc',
      title: 'Tọa đàm về chia sẻ dữ liệu và dữ liệu mở của cơ quan nhà nước',
      summary:
        'Các chuyên gia thống nhất rằng dữ liệu chỉ tạo ra giá trị khi được chia sẻ đúng quy định; đề xuất công bố danh mục dữ liệu mở ưu tiên theo từng lĩnh vực.',
      categories: ['chuyen-doi-so'],
      author: 'Minh Châu',
      publishedAt: '2026-11-17T10:45:00+07:00',
      cover: { alt: 'Các diễn giả ngồi trên sân khấu tọa đàm, màn hình phía sau hiển thị biểu đồ luồng dữ liệu', hue: 190 },
      body: [
        'Sáng 17/11, Bộ Khoa học và Công nghệ tổ chức tọa đàm “Chia sẻ dữ liệu để phục vụ người dân tốt hơn”, với sự tham gia của đại diện các bộ, ngành, địa phương, doanh nghiệp công nghệ và chuyên gia độc lập. Tọa đàm tập trung vào những vướng mắc khi kết nối, chia sẻ dữ liệu giữa các hệ thống thông tin của cơ quan nhà nước.',
        'Theo các đại biểu, người dân vẫn phải nộp lại những giấy tờ mà cơ quan nhà nước đã có, do dữ liệu nằm ở nhiều hệ thống khác nhau, chưa được chuẩn hóa hoặc chưa có thỏa thuận khai thác. Việc thiếu danh mục dữ liệu dùng chung và quy định rõ về trách nhiệm cập nhật khiến nhiều cơ quan còn ngần ngại chia sẻ.',
        'Đại diện một số tỉnh chia sẻ kinh nghiệm tái sử dụng dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư và kho dữ liệu hồ sơ thủ tục hành chính của tỉnh, giúp giảm đáng kể số giấy tờ người dân phải nộp. Tại Hà Tĩnh, hệ thống giải quyết thủ tục hành chính đã tự động điền thông tin công dân từ dữ liệu dân cư cho nhiều thủ tục thường gặp ở cấp xã.',
        'Về dữ liệu mở, các chuyên gia đề xuất mỗi bộ, ngành công bố danh mục dữ liệu mở ưu tiên, ở định dạng máy đọc được, có giấy phép sử dụng rõ ràng và được cập nhật định kỳ. Dữ liệu mở về thời tiết, giao thông, đất đai, giá cả thị trường được đánh giá có nhu cầu cao từ doanh nghiệp khởi nghiệp và cộng đồng nghiên cứu.',
        'Thứ trưởng Trần Thị Minh Nguyệt cho biết các ý kiến sẽ được tiếp thu khi xây dựng hướng dẫn về quản trị dữ liệu của cơ quan nhà nước theo Luật Chuyển đổi số.',
      ],
    },
    {
      slug: 'doan-cong-tac-lam-viec-tai-ha-tinh',
      title: 'Đoàn công tác của Bộ làm việc tại Hà Tĩnh về chuyển đổi số cấp xã',
      summary:
        'Thứ trưởng Trần Thị Minh Nguyệt ghi nhận cách làm của Hà Tĩnh trong vận hành nền tảng dùng chung và trung tâm phục vụ hành chính công cấp xã.',
      categories: ['tin-hoat-dong', 'chuyen-doi-so'],
      author: 'Văn phòng Bộ',
      source: 'Báo Hà Tĩnh',
      publishedAt: '2026-11-20T18:00:00+07:00',
      cover: { alt: 'Đoàn công tác trao đổi với cán bộ tại quầy tiếp nhận hồ sơ của trung tâm phục vụ hành chính công xã', hue: 12 },
      body: [
        'Ngày 20/11, đoàn công tác của Bộ Khoa học và Công nghệ do Thứ trưởng Trần Thị Minh Nguyệt làm trưởng đoàn đã làm việc với Ủy ban nhân dân tỉnh Hà Tĩnh về kết quả chuyển đổi số cấp xã sau hơn một năm vận hành chính quyền địa phương hai cấp.',
        'Trước buổi làm việc, đoàn đã đến thăm Trung tâm Phục vụ hành chính công xã Thạch Hà, tìm hiểu quy trình tiếp nhận, số hóa hồ sơ và trả kết quả. Tại đây, phần lớn hồ sơ được tiếp nhận trực tuyến hoặc số hóa ngay tại quầy, kết quả được trả qua tài khoản định danh điện tử của người dân.',
        'Báo cáo với đoàn, Phó Chủ tịch Ủy ban nhân dân tỉnh Trần Thị Thu Hà cho biết 69 xã, phường của tỉnh đã dùng chung nền tảng quản lý văn bản, họp trực tuyến và hệ thống giải quyết thủ tục hành chính. Tỉnh ưu tiên bố trí ít nhất một công chức có chuyên môn công nghệ thông tin tại mỗi xã, đồng thời tổ chức lớp bồi dưỡng kỹ năng số định kỳ cho cán bộ cơ sở.',
        'Thứ trưởng đánh giá cao cách làm tập trung, dùng chung của Hà Tĩnh, giúp tiết kiệm chi phí và thuận lợi cho việc bảo đảm an toàn thông tin. Thứ trưởng đề nghị tỉnh tiếp tục làm sạch dữ liệu, tăng tỷ lệ hồ sơ được giải quyết toàn trình trên môi trường mạng và chia sẻ kinh nghiệm cho các địa phương có điều kiện tương đồng.',
        'Bộ ghi nhận các kiến nghị của tỉnh về hỗ trợ kinh phí thuê dịch vụ công nghệ thông tin cho cấp xã và hướng dẫn chuẩn hóa dữ liệu chuyên ngành, giao các đơn vị chức năng nghiên cứu, trả lời trong tháng 12.',
      ],
    },
  ],
}
