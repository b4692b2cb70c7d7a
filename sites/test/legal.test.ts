import { beforeAll, describe, expect, it } from 'vitest'

import { diffRelease } from '../../plugins/portals/build/release'
import { getRenderer, type Renderer } from '../../plugins/portals/build/renderer'
import type { Consultation, LegalDocument, Procedure } from '../../cms/src/contracts/legal'
import type { Page, Site } from '../../cms/src/contracts/portal'
import { legalSlugs, slugFromNumber } from '../src/lib/legal'
import { planSite, type PlannedPage } from '../src/plan'
import { makeSnapshot, PROVINCE } from './fixture'

const AT = '2026-11-01T00:00:00.000Z'

function doc(number: string, extra: Partial<LegalDocument> = {}): LegalDocument {
  return {
    slug: slugFromNumber(number),
    site: PROVINCE,
    number,
    type: 'nghi-dinh',
    issuingBody: 'Chính phủ',
    signer: { name: 'Vũ Đức Đam', title: 'Phó Thủ tướng', capacity: 'KT', signingFor: 'Thủ tướng' },
    issueDate: '2022-06-24',
    effectiveDate: '2022-08-15',
    expiryDate: null,
    validity: { status: 'con-hieu-luc', since: '2022-08-15', reason: null, overridden: false },
    fields: ['Công nghệ thông tin'],
    summary: `Trích yếu của ${number}`,
    html: null,
    attachments: [],
    nationalDbUrl: null,
    relations: [],
    updatedAt: '2026-10-01T00:00:00.000Z',
    ...extra,
  }
}

const NEW = doc('42/2022/NĐ-CP', {
  relations: [
    {
      kind: 'replaces',
      direction: 'outgoing',
      label: 'Thay thế',
      document: { slug: '43-2011-nd-cp', number: '43/2011/NĐ-CP', summary: 'Cũ', site: PROVINCE, validity: 'het-hieu-luc-toan-bo' },
      external: null,
      provisions: null,
      since: null,
    },
    { kind: 'based-on', direction: 'outgoing', label: 'Căn cứ', document: null, external: { number: '67/2006/QH11', title: 'Luật Công nghệ thông tin', url: 'https://vbpl.vn/x' }, provisions: null, since: null },
  ],
  attachments: [{ url: '/tep/42.pdf', filename: '42.pdf', mimeType: 'application/pdf', filesize: 1_258_291, label: 'Bản PDF có chữ ký số' }],
})
const OLD = doc('43/2011/NĐ-CP', {
  issueDate: '2011-06-13',
  validity: { status: 'het-hieu-luc-toan-bo', since: '2022-08-15', reason: 'Bị thay thế bởi 42/2022/NĐ-CP', overridden: false },
  relations: [
    {
      kind: 'replaces',
      direction: 'incoming',
      label: 'Bị thay thế bởi',
      document: { slug: '42-2022-nd-cp', number: '42/2022/NĐ-CP', summary: 'Mới', site: PROVINCE, validity: 'con-hieu-luc' },
      external: null,
      provisions: null,
      since: '2022-08-15',
    },
  ],
})

function procedure(code: string, extra: Partial<Procedure> = {}): Procedure {
  return {
    slug: code.replace(/\./g, '-'),
    code,
    name: `Thủ tục ${code}`,
    levels: ['tinh'],
    field: 'Hoạt động khoa học và công nghệ',
    procedureType: null,
    announcingDecision: '936/QĐ-BKHCN',
    implementingAgency: 'Sở Khoa học và Công nghệ',
    competentAuthority: null,
    receivingAddress: null,
    steps: [{ title: 'Bước 1', text: 'Nộp hồ sơ.' }],
    channels: [{ method: 'truc-tuyen', processingTime: '05 ngày làm việc', fees: 'Không', note: null }],
    dossier: [{ case: null, name: 'Đơn đề nghị', form: { url: '/tep/mau.docx', filename: 'mau.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', filesize: 20_480, label: 'Mẫu đơn' }, originals: 1, copies: 0, note: null }],
    applicants: ['to-chuc'],
    result: 'Giấy chứng nhận',
    legalBasis: [{ number: '42/2022/NĐ-CP', title: null, issueDate: '2022-06-24', issuingBody: 'Chính phủ', document: { slug: '42-2022-nd-cp', site: PROVINCE } }],
    requirements: null,
    onlineLevel: 'toan-trinh',
    nationalPortalUrl: `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`,
    onlineSubmissionUrl: null,
    updatedAt: '2026-10-01T00:00:00.000Z',
    ...extra,
  }
}

function consultation(slug: string, status: Consultation['status'], extra: Partial<Consultation> = {}): Consultation {
  return {
    id: 7,
    slug,
    title: `Dự thảo ${slug}`,
    documentType: 'quyet-dinh',
    draftingUnit: 'Sở Khoa học và Công nghệ',
    summary: null,
    opensAt: '2026-10-01T01:00:00.000Z',
    closesAt: '2026-12-01T10:00:00.000Z',
    status,
    contact: { name: 'Phòng Pháp chế', email: 'phapche@example.gov.vn', phone: null, address: null },
    draftFiles: [],
    articles: [{ ref: 'Điều 1', title: 'Phạm vi' }],
    comments: [],
    summaryHtml: null,
    finalDocument: null,
    commentEndpoint: '/api/public/consultations/7/comments',
    updatedAt: '2026-10-01T00:00:00.000Z',
    ...extra,
  }
}

function withLegal(extra: Partial<Site> = {}): Site {
  const site = makeSnapshot().sites.find((s) => s.slug === PROVINCE)!
  return { ...site, legalDocuments: [NEW, OLD], procedures: [procedure('1.001193'), procedure('2.000001')], consultations: [consultation('quy-che', 'dang-lay-y-kien')], ...extra }
}

const pagesOf = (site: Site) => planSite(site, AT).outputs.filter((o): o is PlannedPage => o.kind === 'page')
const pathsOf = (site: Site) => pagesOf(site).map((o) => o.path)

function affected(before: Site, after: Site): string[] {
  const manifest = { templates: 'T', outputs: Object.fromEntries(planSite(before, AT).outputs.map((o) => [o.file, o.digest])) }
  return diffRelease(manifest, 'T', planSite(after, AT).outputs).render.map((o) => o.path).sort()
}

describe('legal document URLs', () => {
  it('folds diacritics and đ, lowercases and turns slashes and spaces into hyphens', () => {
    expect(slugFromNumber('42/2022/NĐ-CP')).toBe('42-2022-nd-cp')
    expect(slugFromNumber('5901/BTTTT-CĐSQG')).toBe('5901-btttt-cdsqg')
    expect(slugFromNumber(' 01 /2018/TT-VPCP ')).toBe('01-2018-tt-vpcp')
    expect(slugFromNumber('Hiến pháp năm 2013')).toBe('hien-phap-nam-2013')
  })

  it('gives each document a page at /van-ban/<number slug>/ that does not move when other documents arrive', () => {
    const before = pathsOf(withLegal())
    expect(before).toContain('/van-ban/42-2022-nd-cp/')
    expect(before).toContain('/van-ban/43-2011-nd-cp/')
    const more = withLegal({ legalDocuments: [doc('13/2023/NĐ-CP', { issueDate: '2023-04-17' }), NEW, OLD] })
    expect(pathsOf(more)).toEqual(expect.arrayContaining(['/van-ban/42-2022-nd-cp/', '/van-ban/43-2011-nd-cp/', '/van-ban/13-2023-nd-cp/']))
  })

  it('suffixes a shared document whose number collides with an own one, with its owner, deterministically', () => {
    const own = doc('01/2024/QĐ-UBND', { issuingBody: 'UBND tỉnh Hà Tĩnh' })
    const shared = doc('01/2024/QĐ-UBND', { issuingBody: 'UBND xã Thạch Hà', site: 'xa-thach-ha' })
    const a = legalSlugs([shared, own], PROVINCE)
    const b = legalSlugs([own, shared], PROVINCE)
    expect(a.get(`${PROVINCE}\n01-2024-qd-ubnd`)).toBe('01-2024-qd-ubnd')
    expect(a.get('xa-thach-ha\n01-2024-qd-ubnd')).toBe('01-2024-qd-ubnd-xa-thach-ha')
    expect([...a]).toEqual(expect.arrayContaining([...b]))
  })

  it('lists 20 documents a page, newest issue date first, with later pages under trang/<n>/', () => {
    const many = Array.from({ length: 45 }, (_, i) => doc(`${i + 1}/2025/NĐ-CP`, { issueDate: `2025-01-${String((i % 28) + 1).padStart(2, '0')}` }))
    const pages = pagesOf(withLegal({ legalDocuments: many }))
    const lists = pages.filter((p) => p.view === 'LegalListView' && p.path.startsWith('/van-ban/') && !p.path.includes('/loai/') && !p.path.includes('/hieu-luc/'))
    expect(lists.map((p) => p.path)).toEqual(['/van-ban/', '/van-ban/trang/2/', '/van-ban/trang/3/'])
    const first = lists[0]!.props.list as { items: { issueDate: string }[] }
    expect(first.items).toHaveLength(20)
    expect(first.items.map((r) => r.issueDate)).toEqual([...first.items.map((r) => r.issueDate)].sort().reverse())
  })

  it('takes the section page "van-ban" as the introduction of the list instead of a page of its own', () => {
    const intro: Page = { slug: 'van-ban', updatedAt: AT, vi: { title: 'Văn bản', summary: 'Văn bản do tỉnh ban hành.', blocks: [] }, en: null, section: 'van-ban' }
    const site = withLegal()
    const pages = pagesOf({ ...site, pages: [...site.pages, intro] })
    const atList = pages.filter((p) => p.path === '/van-ban/')
    expect(atList).toHaveLength(1)
    expect(atList[0]!.view).toBe('LegalListView')
    expect(atList[0]!.props.intro).toEqual(intro)
  })
})

describe('which legal pages a change re-renders', () => {
  it('publishing a document renders the lists, its page and the pages linking to it, but no procedure', () => {
    const before = withLegal()
    const after = withLegal({ legalDocuments: [doc('13/2023/NĐ-CP', { issueDate: '2023-04-17', fields: ['Công nghệ thông tin'] }), NEW, OLD] })
    const paths = affected(before, after)
    expect(paths).toContain('/van-ban/13-2023-nd-cp/')
    expect(paths).toContain('/van-ban/')
    expect(paths.filter((p) => p.startsWith('/thu-tuc-hanh-chinh/'))).toEqual([])
    expect(paths.filter((p) => p.startsWith('/gop-y-du-thao/'))).toEqual([])
    expect(paths).not.toContain('/van-ban/42-2022-nd-cp/')
  })

  it('editing the full text of a document renders its page (and the sitemap date) only', () => {
    const before = withLegal()
    const after = withLegal({ legalDocuments: [{ ...NEW, html: '<p>Toàn văn</p>', updatedAt: '2026-11-02T00:00:00.000Z' }, OLD] })
    expect(affected(before, after)).toEqual(['/sitemap.xml', '/van-ban/42-2022-nd-cp/'])
  })

  it('a new approved comment renders the consultation page and the list counting its comments', () => {
    const before = withLegal()
    const comment = { name: 'Nguyễn Văn A', organisation: null, comment: 'Đề nghị bổ sung Điều 1.', article: 'Điều 1', createdAt: '2026-10-05T02:00:00.000Z' }
    const after = withLegal({ consultations: [consultation('quy-che', 'dang-lay-y-kien', { comments: [comment] })] })
    expect(affected(before, after)).toEqual(['/gop-y-du-thao/', '/gop-y-du-thao/quy-che/'])
  })
})

describe('legal pages rendered', () => {
  let renderer: Renderer
  beforeAll(async () => {
    renderer = await getRenderer()
  }, 120_000)

  const render = async (site: Site, path: string) => {
    const page = pagesOf(site).find((p) => p.path === path)
    if (!page) throw new Error(`no page ${path}`)
    return renderer.render(site.theme, page.view, page.props)
  }

  it('shows the metadata, the validity in words and both directions of a relation', async () => {
    const html = await render(withLegal(), '/van-ban/43-2011-nd-cp/')
    expect(html).toContain('Hết hiệu lực toàn bộ')
    expect(html).toContain('Bị thay thế bởi')
    expect(html).toMatch(/href="\/van-ban\/42-2022-nd-cp\/"[^>]*>42\/2022\/NĐ-CP/)
    const newer = await render(withLegal(), '/van-ban/42-2022-nd-cp/')
    expect(newer).toContain('KT. Thủ tướng – Phó Thủ tướng – Vũ Đức Đam')
    expect(newer).toMatch(/href="\/van-ban\/43-2011-nd-cp\/"[^>]*>43\/2011\/NĐ-CP/)
    expect(newer).toContain('href="https://vbpl.vn/x"')
    expect(newer).toContain('1,2 MB')
    expect(newer).toContain('href="/tep/42.pdf"')
  })

  it('gives the filter form the field names of the search page', async () => {
    const html = await render(withLegal(), '/van-ban/')
    expect(html).toContain('action="/tim-kiem/"')
    for (const name of ['type', 'doctype', 'field', 'issuer', 'year', 'status', 'sort', 'q']) expect(html).toContain(`name="${name}"`)
    expect(html).toContain('value="legal"')
  })

  it('lays a procedure out in the sections of the national portal, linking its legal basis', async () => {
    const html = await render(withLegal(), '/thu-tuc-hanh-chinh/1-001193/')
    for (const heading of ['Trình tự thực hiện', 'Cách thức thực hiện', 'Thành phần hồ sơ', 'Đối tượng thực hiện', 'Cơ quan thực hiện', 'Kết quả thực hiện', 'Căn cứ pháp lý', 'Yêu cầu, điều kiện thực hiện']) {
      expect(html).toContain(heading)
    }
    expect(html).toContain('href="/van-ban/42-2022-nd-cp/"')
    expect(html).toContain('href="/tep/mau.docx"')
  })

  it('shows the comment form while open and a closed notice instead once the deadline passed', async () => {
    const open = await render(withLegal(), '/gop-y-du-thao/quy-che/')
    expect(open).toMatch(/<form[^>]*method="post"[^>]*action="\/api\/public\/consultations\/7\/comments"/)
    expect(open).toContain('name="returnTo" value="http://ha-tinh.localhost:3000/gop-y-du-thao/quy-che/"')
    const closed = await render(withLegal({ consultations: [consultation('quy-che', 'da-ket-thuc', { summaryHtml: '<p>Tiếp thu toàn bộ.</p>' })] }), '/gop-y-du-thao/quy-che/')
    expect(closed).not.toContain('<form method="post"')
    expect(closed).toContain('Đã hết thời hạn góp ý')
    expect(closed).toContain('Tiếp thu toàn bộ.')
  })
})
