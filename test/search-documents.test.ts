import { describe, expect, it } from 'vitest'

import { toLexical } from '../cms/src/lib/lexical'
import { newsDocument, pageDocument } from '../plugins/content/search'
import { questionDocument } from '../plugins/dialogue/search'
import { legalDocument, procedureDocument } from '../plugins/legal/search'
import { richTextPlain, searchId, withShownOn } from '../plugins/search/text'
import type { SiteRef } from '../plugins/search/types'

const site: SiteRef = { id: 1, slug: 'ha-tinh', name: 'Cổng thông tin điện tử tỉnh Hà Tĩnh', status: 'active' }

const news = {
  id: 42,
  _status: 'published',
  title: 'Hưởng ứng Ngày Chuyển đổi số quốc gia',
  slug: 'huong-ung-ngay-cds',
  summary: 'Sáng 10/10, các xã tổ chức ngày hội.',
  content: toLexical(['## Kết quả', 'Hơn 5.000 người dân được hỗ trợ.', '- Kích hoạt định danh', '- Nộp hồ sơ trực tuyến']),
  publishedAt: '2026-10-10T01:00:00.000Z',
  site: 1,
}

describe('richTextPlain', () => {
  it('keeps the words of every block, one line each, and no markup', () => {
    expect(richTextPlain(news.content)).toBe('Kết quả\nHơn 5.000 người dân được hỗ trợ.\nKích hoạt định danh\nNộp hồ sơ trực tuyến')
    expect(richTextPlain(null)).toBe('')
    expect(richTextPlain({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: '<script>x</script>' }] }] } })).toBe('<script>x</script>')
  })
})

describe('news and pages', () => {
  it('maps a published article to its portal path, title, plain text and date', () => {
    expect(newsDocument(news, site)).toEqual({
      id: 'news:42',
      type: 'news',
      site: 'ha-tinh',
      siteName: site.name,
      url: '/tin-tuc/huong-ung-ngay-cds/',
      title: news.title,
      text: 'Sáng 10/10, các xã tổ chức ngày hội.\nKết quả\nHơn 5.000 người dân được hỗ trợ.\nKích hoạt định danh\nNộp hồ sơ trực tuyến',
      date: '2026-10-10T01:00:00.000Z',
    })
  })

  it('names the other portals that show shared news, never the owner, and only for shareable content', () => {
    const shared = withShownOn(newsDocument(news, site), ['xa-thach-ha', 'ha-tinh', 'so-khcn-ha-tinh', 'xa-thach-ha'])
    expect(shared).toMatchObject({ site: 'ha-tinh', shownOn: ['so-khcn-ha-tinh', 'xa-thach-ha'] })
    expect(withShownOn(newsDocument(news, site), [])).not.toHaveProperty('shownOn')
    expect(withShownOn(newsDocument({ ...news, _status: 'draft' }, site), ['xa-thach-ha'])).toBeNull()
  })

  it('gives nothing for a draft, an unpublished item or a portal that is archived', () => {
    expect(newsDocument({ ...news, _status: 'draft' }, site)).toBeNull()
    expect(newsDocument(news, { ...site, status: 'archived' })).toBeNull()
    expect(newsDocument(news, null)).toBeNull()
  })

  it('indexes a page with its blocks, and the names on contact cards but not their phone or email', () => {
    const page = {
      id: 7,
      _status: 'published',
      title: 'Liên hệ',
      slug: 'lien-he',
      layout: [
        { blockType: 'richText', content: toLexical(['Văn phòng tiếp dân mở cửa giờ hành chính.']) },
        { blockType: 'contactCard', name: 'Văn phòng UBND', position: 'Chánh Văn phòng', phone: '0239 385 5012', email: 'vp@hatinh.gov.vn' },
      ],
      updatedAt: '2026-11-01T00:00:00.000Z',
    }
    const doc = pageDocument(page, site)!
    expect(doc.url).toBe('/lien-he/')
    expect(doc.text).toContain('Văn phòng tiếp dân')
    expect(doc.text).toContain('Chánh Văn phòng')
    expect(doc.text).not.toContain('0239')
    expect(doc.text).not.toContain('vp@hatinh.gov.vn')
  })
})

describe('legal documents and procedures', () => {
  it('carries number, issuer, main field, year and validity for the filters', () => {
    const doc = legalDocument(
      {
        id: 5,
        _status: 'published',
        number: '42/2022/NĐ-CP',
        documentType: 'nghi-dinh',
        summary: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến',
        issuingBody: 'Chính phủ',
        issueDate: '2022-06-24T00:00:00.000Z',
        fields: ['Công nghệ thông tin', 'Dịch vụ công'],
        validityStatus: 'con-hieu-luc',
        slug: '42-2022-nd-cp',
        signerName: 'Vũ Đức Đam',
        signerTitle: 'Phó Thủ tướng',
      },
      site,
    )
    expect(doc).toMatchObject({
      id: 'legal:5',
      type: 'legal',
      url: '/van-ban/42-2022-nd-cp/',
      title: 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến',
      number: '42/2022/NĐ-CP',
      issuer: 'Chính phủ',
      field: 'Công nghệ thông tin',
      year: 2022,
      status: 'con-hieu-luc',
    })
    expect(doc!.text).toContain('Nghị định')
    expect(doc!.text).toContain('Dịch vụ công')
  })

  it('takes the year of the issue date in Vietnam', () => {
    const doc = legalDocument({ id: 6, _status: 'published', summary: 'Quyết định', slug: 'qd', issueDate: '2024-12-31T17:00:00.000Z' }, site)
    expect(doc?.year).toBe(2025)
  })

  it('maps a procedure to its page with its code, steps and field', () => {
    const doc = procedureDocument(
      { id: 3, _status: 'published', code: '1.001193', slug: '1-001193', name: 'Cấp giấy phép xây dựng', field: 'Xây dựng', steps: [{ title: 'Bước 1', text: 'Nộp hồ sơ' }] },
      site,
    )
    expect(doc).toMatchObject({ id: 'procedure:3', url: '/thu-tuc-hanh-chinh/1-001193/', title: 'Cấp giấy phép xây dựng', field: 'Xây dựng' })
    expect(doc!.text).toContain('1.001193')
    expect(doc!.text).toContain('Nộp hồ sơ')
  })
})

describe('questions', () => {
  const question = {
    id: 9,
    ref: 'abc123',
    site: 1,
    session: null,
    state: 'answered',
    text: 'Câu hỏi gốc có số điện thoại 0912345678 của tôi',
    publicText: 'Thủ tục cấp phép nuôi ong cần giấy tờ gì?',
    topic: 'Nông nghiệp',
    asker: { name: 'Nguyễn Văn Riêng', displayName: 'Ông Riêng – Thạch Hà', email: 'rieng@example.com', phone: '0912345678', address: 'Ngõ Kín 9' },
    answer: { body: toLexical(['Ông liên hệ Phòng Nông nghiệp.']), by: 'Sở Nông nghiệp', at: '2026-11-02T00:00:00.000Z' },
    receivedAt: '2026-11-01T00:00:00.000Z',
  }

  it('indexes the public text and the answer only, never the asker or the original wording', () => {
    const doc = questionDocument(question, site, null)!
    expect(doc).toMatchObject({ id: 'question:9', type: 'question', url: '/hoi-dap-truc-tuyen/#cau-hoi-abc123', title: question.publicText })
    expect(doc.text).toContain('Phòng Nông nghiệp')
    const all = JSON.stringify(doc)
    for (const secret of ['rieng@example.com', '0912345678', 'Ngõ Kín', 'Nguyễn Văn Riêng', 'Ông Riêng', 'Câu hỏi gốc']) expect(all).not.toContain(secret)
  })

  it('gives nothing for questions readers do not see, and links session questions to their session', () => {
    for (const state of ['pending', 'rejected', 'hidden', 'merged']) expect(questionDocument({ ...question, state }, site, null)).toBeNull()
    // In the ongoing Q&A only answered questions are shown; in a session approved ones too.
    expect(questionDocument({ ...question, state: 'approved' }, site, null)).toBeNull()
    expect(questionDocument({ ...question, state: 'approved', session: 4 }, site, 'doi-thoai-cds')?.url).toBe('/doi-thoai/doi-thoai-cds/#cau-hoi-abc123')
    expect(questionDocument({ ...question, session: 4 }, site, null)).toBeNull()
  })
})

describe('index ids', () => {
  it('are the type and the document id, stable across edits', () => {
    expect(newsDocument(news, site)?.id).toBe(searchId('news', 42))
    expect(searchId('legal', 5)).toBe('legal:5')
  })
})
