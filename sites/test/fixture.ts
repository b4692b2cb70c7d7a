import type { Article, ImageRef, PortalSnapshot, Site } from '../../cms/src/contracts/portal'

/**
 * A small but complete snapshot: a province with English pages and enough news to paginate, a
 * commune under it, and a freshly created portal with no content at all.
 */
export const PROVINCE = 'ha-tinh'
export const COMMUNE = 'xa-thach-ha'
export const EMPTY = 'so-moi'

export const PROVINCE_ARTICLE_COUNT = 12

const cover = (name: string, alt: string): ImageRef => ({
  url: `/media/${name}.jpg`,
  alt,
  width: 1600,
  height: 900,
  sizes: [
    { url: `/media/${name}-480.webp`, width: 480 },
    { url: `/media/${name}-960.webp`, width: 960 },
  ],
})

function article(site: string, n: number, categories: string[], extra: Partial<Article> = {}): Article {
  const day = String(28 - n).padStart(2, '0')
  return {
    slug: `${site}-tin-${n}`,
    title: `${site === PROVINCE ? 'Hà Tĩnh' : 'Thạch Hà'}: bản tin số ${n}`,
    summary: `Tóm tắt bản tin số ${n} của ${site}.`,
    publishedAt: `2026-10-${day}T08:30:00.000Z`,
    updatedAt: `2026-10-${day}T09:00:00.000Z`,
    author: 'Phòng Văn hóa – Thông tin',
    source: n % 2 === 0 ? 'Báo Hà Tĩnh' : null,
    categories,
    cover: n % 3 === 0 ? null : cover(`${site}-${n}`, `Ảnh minh họa bản tin ${n}`),
    html: `<p>Nội dung <strong>bản tin ${n}</strong>.</p><h2>Chi tiết</h2><ul><li>Mục một</li><li>Mục hai</li></ul>`,
    sharedFrom: null,
    ...extra,
  }
}

const province: Site = {
  slug: PROVINCE,
  level: 'tinh',
  unitCode: '42',
  theme: 'default',
  baseUrl: 'http://ha-tinh.localhost:3000',
  parent: null,
  branding: {
    primaryColor: '#f4c2c2',
    logo: { url: '/media/logo.png', alt: 'Logo', width: 96, height: 96, sizes: [] },
    headerImage: cover('header', ''),
  },
  contact: { phone: '0239 3855 123', fax: '0239 3855 124', email: 'banbientap@hatinh.gov.vn', feedbackUrl: null },
  emcScriptSrc: 'https://emc.gov.vn/theo-doi.js?id=42',
  sections: [
    { key: 'gioi-thieu', kind: 'page', slug: 'gioi-thieu', english: true },
    { key: 'lien-he', kind: 'page', slug: 'lien-he', english: false },
    { key: 'tin-tuc', kind: 'category', slug: 'thoi-su', english: false },
  ],
  vi: {
    name: 'Cổng thông tin điện tử tỉnh Hà Tĩnh',
    owningAgency: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
    responsiblePerson: 'Ông Nguyễn Văn A – Chánh Văn phòng UBND tỉnh',
    licence: 'Giấy phép số 01/GP-TTĐT ngày 01/01/2026 của Bộ Thông tin và Truyền thông',
    address: 'Số 1 đường Phan Đình Phùng, TP Hà Tĩnh',
    headerMenu: [
      { label: 'Tin tức', href: '/tin-tuc/', external: false },
      { label: 'Giới thiệu', href: '/gioi-thieu/', external: false },
      { label: 'Chính phủ', href: 'https://chinhphu.vn', external: true },
    ],
    footerMenu: [{ label: 'Liên hệ', href: '/lien-he/', external: false }],
  },
  en: {
    name: 'Ha Tinh Provincial Portal',
    owningAgency: 'Ha Tinh Provincial People’s Committee',
    responsiblePerson: 'Mr Nguyen Van A',
    licence: null,
    address: '1 Phan Dinh Phung Street, Ha Tinh City',
    headerMenu: [{ label: 'About', href: '/en/gioi-thieu/', external: false }],
    footerMenu: [],
  },
  pages: [
    {
      slug: 'gioi-thieu',
      updatedAt: '2026-09-01T00:00:00.000Z',
      vi: {
        title: 'Giới thiệu tỉnh Hà Tĩnh',
        summary: 'Khái quát về tỉnh.',
        blocks: [
          { blockType: 'richText', html: '<p>Hà Tĩnh là tỉnh ven biển Bắc Trung Bộ.</p>' },
          {
            blockType: 'linksList',
            heading: 'Liên kết hữu ích',
            links: [
              { label: 'Liên hệ', href: '/lien-he/', external: false },
              { label: 'Cổng Chính phủ', href: 'https://chinhphu.vn', external: true },
            ],
          },
        ],
      },
      en: {
        title: 'About Ha Tinh',
        summary: 'An overview of the province.',
        blocks: [{ blockType: 'richText', html: '<p>Ha Tinh is a coastal province.</p>' }],
      },
      section: 'gioi-thieu',
    },
    {
      slug: 'lien-he',
      updatedAt: '2026-09-02T00:00:00.000Z',
      vi: {
        title: 'Liên hệ',
        summary: null,
        blocks: [
          {
            blockType: 'contactCard',
            name: 'Văn phòng UBND tỉnh',
            position: 'Bộ phận một cửa',
            unit: null,
            phone: '0239 3855 123',
            email: 'vanphong@hatinh.gov.vn',
            address: 'Số 1 Phan Đình Phùng',
          },
        ],
      },
      en: null,
      section: 'lien-he',
    },
  ],
  categories: [
    { slug: 'thoi-su', title: 'Thời sự', description: 'Tin thời sự trong tỉnh.', section: 'tin-tuc' },
    { slug: 'kinh-te', title: 'Kinh tế', description: null, section: null },
    { slug: 'trong', title: 'Chuyên mục trống', description: null, section: null },
  ],
  subordinateNews: [
    {
      title: 'Thạch Hà ra quân chuyển đổi số cấp xã',
      summary: 'Tin từ đơn vị trực thuộc.',
      publishedAt: '2026-10-20T08:00:00.000Z',
      url: 'http://thach-ha.localhost:3000/tin-tuc/thach-ha-ra-quan/',
      siteName: 'UBND xã Thạch Hà',
    },
  ],
  news: Array.from({ length: PROVINCE_ARTICLE_COUNT }, (_, i) =>
    article(PROVINCE, i + 1, i % 2 === 0 ? ['thoi-su', 'kinh-te'] : ['thoi-su']),
  ),
  dialogues: [],
  qa: [],
  legalDocuments: [],
  otherPortals: [],
  procedures: [],
  consultations: [],
  contributedPages: [],
  reviews: [],
  changeNotes: [],
  takedowns: [],
}

const commune: Site = {
  slug: COMMUNE,
  level: 'xa',
  unitCode: '18100',
  theme: 'khong-ton-tai',
  baseUrl: 'http://xa-thach-ha.localhost:3000',
  parent: { slug: PROVINCE, name: 'Cổng thông tin điện tử tỉnh Hà Tĩnh', nameEn: 'Ha Tinh Provincial Portal', url: 'http://ha-tinh.localhost:3000' },
  branding: { primaryColor: null, logo: null, headerImage: null },
  contact: { phone: null, fax: null, email: 'ubnd@thachha.gov.vn', feedbackUrl: 'https://thachha.hatinh.gov.vn/gop-y' },
  emcScriptSrc: null,
  sections: [],
  vi: {
    name: 'Trang thông tin điện tử xã Thạch Hà',
    owningAgency: 'Ủy ban nhân dân xã Thạch Hà',
    responsiblePerson: null,
    licence: null,
    address: null,
    headerMenu: [],
    footerMenu: [],
  },
  en: null,
  pages: [
    {
      slug: 'gioi-thieu/lich-su',
      updatedAt: '2026-08-01T00:00:00.000Z',
      vi: { title: 'Lịch sử xã', summary: null, blocks: [] },
      en: null,
      section: null,
    },
  ],
  categories: [{ slug: 'thong-bao', title: 'Thông báo', description: null, section: null }],
  subordinateNews: [],
  news: [
    ...[1, 2, 3].map((n) => article(COMMUNE, n, ['thong-bao', 'khong-co'])),
    article(COMMUNE, 4, [], {
      slug: 'tinh-chia-se-ke-hoach',
      title: 'Kế hoạch chung của tỉnh được chia sẻ',
      sharedFrom: { siteName: 'UBND tỉnh Hà Tĩnh', url: 'http://ha-tinh.localhost:3000/tin-tuc/ke-hoach-chung/' },
    }),
  ],
  dialogues: [],
  qa: [],
  legalDocuments: [],
  otherPortals: [],
  procedures: [],
  consultations: [],
  contributedPages: [],
  reviews: [],
  changeNotes: [],
  takedowns: [],
}

const empty: Site = {
  slug: EMPTY,
  level: 'truc-thuoc',
  unitCode: null,
  theme: 'xa',
  baseUrl: 'http://so-moi.localhost:3000',
  parent: null,
  branding: { primaryColor: 'not-a-colour', logo: null, headerImage: null },
  contact: { phone: null, fax: null, email: null, feedbackUrl: null },
  emcScriptSrc: null,
  sections: [],
  vi: {
    name: 'Sở Mới',
    owningAgency: null,
    responsiblePerson: null,
    licence: null,
    address: null,
    headerMenu: [],
    footerMenu: [],
  },
  en: null,
  pages: [],
  categories: [],
  subordinateNews: [],
  news: [],
  dialogues: [],
  qa: [],
  legalDocuments: [],
  otherPortals: [],
  procedures: [],
  consultations: [],
  contributedPages: [],
  reviews: [],
  changeNotes: [],
  takedowns: [],
}

export function makeSnapshot(): PortalSnapshot {
  return { version: 1, generatedAt: '2026-11-23T00:00:00.000Z', sites: [province, commune, empty] }
}
