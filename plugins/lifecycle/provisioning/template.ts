/**
 * The starter content of a new portal: one page or news category per mandatory section of the
 * registry (`contracts/sections.ts`), and header and footer menus, in Vietnamese and English.
 *
 * The text is honest: it states what the platform knows (name, level, parent, unit code,
 * address) and says plainly that the rest is being prepared, naming what the law expects the
 * section to hold, so a portal is never published with invented facts.
 */
import { MANDATORY_SECTIONS, type MandatorySection, type SectionKey } from '../../../cms/src/contracts/sections'
import { toLexical } from '../../../cms/src/lib/lexical'
import type { SiteLevel } from './validate'

export type PortalFacts = {
  name: string
  nameEn: string
  level: SiteLevel
  unitCode: string | null
  domains: string[]
  parent: { name: string; nameEn: string; url: string } | null
}

export type MenuLink = { label: string; url: string }

export type LayoutBlock =
  | { blockType: 'richText'; content: ReturnType<typeof toLexical> }
  | { blockType: 'linksList'; heading: string; links: MenuLink[] }

export type PageText = { title: string; summary: string; layout: LayoutBlock[] }

export type StarterPage = { section: SectionKey; slug: string; vi: PageText; en: PageText | null }

/**
 * News categories are Vietnamese only: the English side of a portal holds the structural pages
 * the law requires in English, not news lists (editors may still add English titles).
 */
export type StarterCategory = { section: SectionKey; slug: string; title: string; description: string }

export type StarterMenus = Record<'vi' | 'en', { header: MenuLink[]; footer: MenuLink[] }>

const NATIONAL_SERVICES: MenuLink = { label: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn' }
const NATIONAL_SERVICES_EN: MenuLink = { label: 'National Public Service Portal', url: 'https://dichvucong.gov.vn' }

const LEVEL_TEXT: Record<SiteLevel, { vi: string; en: string }> = {
  'trung-uong': { vi: 'cơ quan trung ương', en: 'central government body' },
  tinh: { vi: 'tỉnh, thành phố trực thuộc trung ương', en: 'province-level unit' },
  xa: { vi: 'đơn vị hành chính cấp xã', en: 'commune-level unit' },
  'truc-thuoc': { vi: 'đơn vị trực thuộc', en: 'subordinate unit' },
}

const PREPARING = { vi: 'Nội dung đang được cập nhật.', en: 'This section is being prepared.' }

const rich = (...paragraphs: string[]): LayoutBlock => ({ blockType: 'richText', content: toLexical(paragraphs) })

/** Where a section lives on a portal (`themes/model/urls.ts` builds the same paths). */
export function sectionPath(section: Pick<MandatorySection, 'kind' | 'slug'>, lang: 'vi' | 'en' = 'vi'): string {
  if (section.kind === 'category') return `/chuyen-muc/${section.slug}/`
  return lang === 'en' ? `/en/${section.slug}/` : `/${section.slug}/`
}

function identity(f: PortalFacts): { vi: string; en: string } {
  const addresses = f.domains.map((d) => `https://${d}`).join(', ')
  const vi = [
    `Đây là trang thông tin điện tử “${f.name}”, cấp ${LEVEL_TEXT[f.level].vi}`,
    f.parent ? `, trực thuộc ${f.parent.name}` : '',
    f.unitCode ? `; mã đơn vị hành chính ${f.unitCode} (Quyết định 19/2025/QĐ-TTg)` : '',
    `. Địa chỉ truy cập chính thức: ${addresses}.`,
  ].join('')
  const en = [
    `This is the official website “${f.nameEn}”, a ${LEVEL_TEXT[f.level].en}`,
    f.parent ? ` under ${f.parent.nameEn}` : '',
    f.unitCode ? `; official administrative unit code ${f.unitCode}` : '',
    `. Official address: ${addresses}.`,
  ].join('')
  return { vi, en }
}

function pageText(key: SectionKey, section: MandatorySection, f: PortalFacts): { vi: PageText; en: PageText } {
  const id = identity(f)
  const local = f.level === 'tinh' || f.level === 'xa'
  switch (key) {
    case 'gioi-thieu':
      return {
        vi: {
          title: section.vi,
          summary: `Giới thiệu ${f.name}: chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức.`,
          layout: [
            rich(
              id.vi,
              '## Chức năng, nhiệm vụ, quyền hạn',
              `${PREPARING.vi} Theo Nghị định 42/2022/NĐ-CP, mục này nêu chức năng, nhiệm vụ, quyền hạn của cơ quan và của từng đơn vị trực thuộc.`,
              '## Cơ cấu tổ chức',
              `${PREPARING.vi} Mục này trình bày sơ đồ tổ chức của cơ quan và các đơn vị trực thuộc.`,
              ...(local
                ? ['## Điều kiện tự nhiên, lịch sử, văn hóa', `${PREPARING.vi} Mục này giới thiệu bản đồ hành chính, điều kiện tự nhiên, lịch sử, văn hóa, di tích và danh lam thắng cảnh.`]
                : []),
            ),
          ],
        },
        en: {
          title: section.en,
          summary: `About ${f.nameEn}: functions, duties, powers and organisation.`,
          layout: [
            rich(
              id.en,
              '## Functions, duties and powers',
              `${PREPARING.en} Under Decree 42/2022/ND-CP it sets out the functions, duties and powers of the agency and of each of its units.`,
              '## Organisation',
              `${PREPARING.en} It will show the organisation chart of the agency and its units.`,
            ),
          ],
        },
      }
    case 'lanh-dao':
      return {
        vi: {
          title: section.vi,
          summary: `Lãnh đạo ${f.name}.`,
          layout: [
            rich(
              `Danh sách lãnh đạo ${f.name} đang được cập nhật.`,
              'Với mỗi lãnh đạo, trang này sẽ nêu họ và tên, chức vụ, điện thoại, thư điện tử công vụ, nhiệm vụ được phân công và tóm tắt tiểu sử.',
            ),
          ],
        },
        en: {
          title: section.en,
          summary: `Leadership of ${f.nameEn}.`,
          layout: [
            rich(
              `The list of leaders of ${f.nameEn} is being prepared.`,
              'For each leader this page will give the name, position, telephone, official email, assigned duties and a short CV.',
            ),
          ],
        },
      }
    case 'lien-he':
      return {
        vi: {
          title: section.vi,
          summary: `Địa chỉ, điện thoại, thư điện tử của ${f.name} và đầu mối cung cấp thông tin.`,
          layout: [
            rich(
              id.vi,
              `Địa chỉ trụ sở, điện thoại, fax và thư điện tử công vụ của cơ quan đang được cập nhật.`,
              'Đầu mối cung cấp thông tin (họ và tên, chức vụ, đơn vị, điện thoại, thư điện tử công vụ) sẽ được công bố tại đây theo Nghị định 42/2022/NĐ-CP.',
            ),
          ],
        },
        en: {
          title: section.en,
          summary: `Address, telephone and email of ${f.nameEn} and its information contact.`,
          layout: [
            rich(
              id.en,
              'The address, telephone, fax and official email of the agency are being prepared.',
              'The contact officer for information requests (name, position, unit, telephone, official email) will be published here, as Decree 42/2022/ND-CP requires.',
            ),
          ],
        },
      }
    case 'van-ban':
      return viOnly(section, `Văn bản do ${f.name} ban hành.`, [
        rich(
          `Văn bản quy phạm pháp luật và văn bản chỉ đạo, điều hành do ${f.name} ban hành hoặc chủ trì soạn thảo sẽ được đăng tại đây, với số, ký hiệu, ngày ban hành, ngày hiệu lực, trích yếu và tệp toàn văn.`,
          'Hiện chưa có văn bản nào được đăng. Văn bản quy phạm pháp luật còn hiệu lực được tra cứu tại Cơ sở dữ liệu quốc gia về văn bản pháp luật.',
        ),
        {
          blockType: 'linksList',
          heading: 'Tra cứu văn bản',
          links: [
            { label: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', url: 'https://vbpl.vn' },
            { label: 'Công báo nước Cộng hòa xã hội chủ nghĩa Việt Nam', url: 'https://congbao.chinhphu.vn' },
          ],
        },
      ])
    case 'thu-tuc-hanh-chinh':
      return viOnly(section, 'Thủ tục hành chính và dịch vụ công trực tuyến.', [
        rich(
          `Thủ tục hành chính và dịch vụ công trực tuyến do ${f.name} giải quyết được công khai, tiếp nhận và trả kết quả trên Cổng Dịch vụ công quốc gia${local ? ' và hệ thống thông tin giải quyết thủ tục hành chính của tỉnh' : ''}.`,
          `Danh mục thủ tục của cơ quan đang được cập nhật.`,
        ),
        { blockType: 'linksList', heading: 'Dịch vụ công', links: [NATIONAL_SERVICES] },
      ])
    case 'cong-khai-thong-tin':
      return viOnly(section, 'Thông tin phải công khai theo Luật Tiếp cận thông tin.', [
        rich(`Danh mục thông tin phải được công khai theo Luật Tiếp cận thông tin và đầu mối cung cấp thông tin của ${f.name} đang được cập nhật.`),
      ])
    case 'lay-y-kien':
      return viOnly(section, 'Dự thảo văn bản lấy ý kiến cơ quan, tổ chức, cá nhân.', [
        rich(
          'Các dự thảo văn bản cần lấy ý kiến sẽ được đăng tại đây, kèm thời hạn và nơi nhận góp ý.',
          'Hiện chưa có dự thảo nào đang lấy ý kiến.',
        ),
      ])
    case 'hoi-dap':
      return viOnly(section, 'Tiếp nhận câu hỏi, phản ánh, kiến nghị của người dân và doanh nghiệp.', [
        rich(
          'Người dân, doanh nghiệp gửi câu hỏi, phản ánh, kiến nghị về thủ tục hành chính qua Cổng Dịch vụ công quốc gia hoặc tới địa chỉ liên hệ của cơ quan.',
        ),
        { blockType: 'linksList', heading: 'Gửi phản ánh, kiến nghị', links: [NATIONAL_SERVICES, contactLink()] },
      ])
    default:
      return viOnly(section, `${section.vi}.`, [rich(PREPARING.vi)])
  }
}

function contactLink(): MenuLink {
  const contact = (MANDATORY_SECTIONS as readonly MandatorySection[]).find((s) => s.key === 'lien-he')
  return { label: contact?.vi ?? 'Thông tin liên hệ', url: contact ? sectionPath(contact) : '/lien-he/' }
}

function viOnly(section: MandatorySection, summary: string, layout: LayoutBlock[]): { vi: PageText; en: PageText } {
  return { vi: { title: section.vi, summary, layout }, en: { title: section.en, summary: '', layout: [rich(PREPARING.en)] } }
}

const CATEGORY_TEXT: Partial<Record<SectionKey, string>> = {
  'tin-tuc': 'Tin về hoạt động của cơ quan và các đơn vị.',
  'chi-dao-dieu-hanh': 'Ý kiến chỉ đạo, điều hành của lãnh đạo và lịch làm việc của lãnh đạo.',
  'pho-bien-phap-luat': 'Phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách.',
  'chien-luoc-quy-hoach': 'Chiến lược, quy hoạch, kế hoạch và chương trình công tác năm.',
  'du-an-dau-thau': 'Dự án, hạng mục đầu tư, đấu thầu và mua sắm công.',
  'thong-ke': 'Thông tin thống kê ngành, lĩnh vực theo Luật Thống kê.',
  'bao-cao-tai-chinh': 'Báo cáo tài chính năm theo Luật Kế toán.',
}

/** One page per `page` section; English text only for the sections the law requires in English. */
export function starterPages(facts: PortalFacts): StarterPage[] {
  return (MANDATORY_SECTIONS as readonly MandatorySection[])
    .filter((s) => s.kind === 'page')
    .map((s) => {
      const text = pageText(s.key as SectionKey, s, facts)
      return { section: s.key as SectionKey, slug: s.slug, vi: text.vi, en: s.english ? text.en : null }
    })
}

/** One news category per `category` section. */
export function starterCategories(): StarterCategory[] {
  return (MANDATORY_SECTIONS as readonly MandatorySection[])
    .filter((s) => s.kind === 'category')
    .map((s) => ({ section: s.key as SectionKey, slug: s.slug, title: s.vi, description: CATEGORY_TEXT[s.key as SectionKey] ?? `${s.vi}.` }))
}

/** Sections reached from the header menu, in this order; every other section is in the footer. */
const HEADER_SECTIONS: readonly SectionKey[] = ['gioi-thieu', 'chi-dao-dieu-hanh', 'van-ban', 'thu-tuc-hanh-chinh', 'hoi-dap', 'lien-he']

export function starterMenus(facts: PortalFacts): StarterMenus {
  const sections = MANDATORY_SECTIONS as readonly MandatorySection[]
  const link = (s: MandatorySection): MenuLink => ({ label: s.vi, url: sectionPath(s) })
  const byKey = new Map(sections.map((s) => [s.key, s]))
  const header = HEADER_SECTIONS.flatMap((k) => (byKey.has(k) ? [link(byKey.get(k)!)] : []))
  // The news list covers every news category; "Tin tức" sits second, after the introduction.
  header.splice(0, 0, { label: 'Trang chủ', url: '/' })
  header.splice(2, 0, { label: 'Tin tức', url: '/tin-tuc/' })
  const footer = sections.filter((s) => !HEADER_SECTIONS.includes(s.key as SectionKey) && s.key !== 'tin-tuc').map(link)
  if (facts.parent) footer.push({ label: facts.parent.name, url: facts.parent.url })
  footer.push({ label: 'English', url: '/en/' })

  const english = sections.filter((s) => s.kind === 'page' && s.english)
  return {
    vi: { header, footer },
    en: {
      header: [{ label: 'Home', url: '/en/' }, ...english.map((s) => ({ label: s.en, url: sectionPath(s, 'en') }))],
      footer: [...(facts.parent ? [{ label: facts.parent.nameEn, url: facts.parent.url }] : []), NATIONAL_SERVICES_EN],
    },
  }
}
