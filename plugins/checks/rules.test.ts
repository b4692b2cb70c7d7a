/** Every rule of the checks before publishing, with Vietnamese examples, failing and passing (ADR 0021). */
import { describe, expect, it } from 'vitest'

import { classifyUrl, type DraftParts, emptyResolved, evaluate, fileNameLike, isVagueLinkText, type Resolved, type RuleId, scanDraft, SUMMARY_MAX, TITLE_MAX } from './rules'
import { fold, sentences, syllables } from './text'

type N = Record<string, unknown>
const text = (t: string): N => ({ type: 'text', text: t, format: 0, version: 1 })
const para = (...children: Array<N | string>): N => ({ type: 'paragraph', version: 1, children: children.map((c) => (typeof c === 'string' ? text(c) : c)) })
const heading = (tag: string, t: string): N => ({ type: 'heading', tag, version: 1, children: t ? [text(t)] : [] })
const link = (fields: N, t: string): N => ({ type: 'link', version: 3, fields, children: [text(t)] })
const external = (url: string, t: string) => link({ linkType: 'custom', url, newTab: false }, t)
const internal = (relationTo: string, value: unknown, t: string) => link({ linkType: 'internal', doc: { relationTo, value } }, t)
const upload = (value: unknown, fields: N | null = null): N => ({ type: 'upload', version: 3, relationTo: 'media', value, fields })
const cell = (t: string, headerState = 0): N => ({ type: 'tablecell', headerState, children: [para(t)] })
const table = (header: boolean): N => ({ type: 'table', children: [{ type: 'tablerow', children: [cell('Thủ tục', header ? 1 : 0), cell('Thời hạn', header ? 1 : 0)] }, { type: 'tablerow', children: [cell('Khai sinh'), cell('1 ngày')] }] })
const rich = (...children: N[]) => ({ root: { type: 'root', version: 1, children } })

const CONTENT = { vi: 'Nội dung', en: 'Body' }
function parts(body: N[], extra: Partial<DraftParts> = {}): DraftParts {
  return { title: 'Hướng dẫn đăng ký khai sinh trực tuyến', summary: 'Các bước đăng ký khai sinh cho trẻ trên Cổng dịch vụ công.', richTexts: [{ field: 'content', label: CONTENT, value: rich(...body) }], uploads: [], ...extra }
}
const context = { ownHosts: ['ubnd.example.gov.vn'], ownPath: '/tin-tuc/khai-sinh/' }

function check(body: N[], resolved: Partial<Resolved> = {}, extra: Partial<DraftParts> = {}) {
  const p = parts(body, extra)
  return evaluate(p, scanDraft(p, context), { ...emptyResolved(), ...resolved })
}
const rules = (result: ReturnType<typeof check>): RuleId[] => result.issues.map((i) => i.rule)

describe('Vietnamese text', () => {
  it('folds case, diacritics, đ and Unicode forms', () => {
    expect(fold('  Tại  ĐÂY! ')).toBe('tai day')
    expect(fold('Ta\u0323i đây')).toBe(fold('Tại đây'))
  })
  it('counts syllables and sentences, not abbreviations or numbers', () => {
    expect(syllables('Nghị định 42/2022/NĐ-CP')).toEqual(['Nghị', 'định', '42', '2022', 'NĐ', 'CP'])
    expect(sentences('Hội nghị tại TP. Hồ Chí Minh. Tỷ lệ đạt 98.5 phần trăm! Còn gì nữa không?')).toEqual(['Hội nghị tại TP. Hồ Chí Minh.', 'Tỷ lệ đạt 98.5 phần trăm!', 'Còn gì nữa không?'])
  })
})

describe('image-alt (blocking)', () => {
  const media = (alt: string | null, filename = 'IMG_2031.jpg') => ({ media: new Map([['media:7', { alt, filename }]]) })
  it('refuses an image without alt text', () => {
    const result = check([para('Ảnh hội nghị:'), upload(7)], media(''))
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ rule: 'image-alt', severity: 'blocking', where: { field: 'content', block: 2 } })
    expect(result.issues[0]!.message.vi).toContain('chưa có mô tả')
  })
  it('refuses file names as alt text', () => {
    for (const alt of ['IMG_2031.jpg', 'anh1.png', 'DSC01234', 'hinh-anh-3', '20240105_093000', 'Ảnh1', 'IMG_2031']) {
      expect(fileNameLike(alt, 'khac.webp'), alt).toBe(true)
    }
    const result = check([upload(7)], media('IMG_2031.jpg'))
    expect(result.issues.map((i) => [i.rule, i.severity])).toEqual([['image-alt', 'blocking']])
    expect(result.issues[0]!.message.vi).toContain('“IMG_2031.jpg” là tên tệp')
  })
  it('refuses the alt text that is the file name without its extension', () => {
    expect(fileNameLike('hoi-nghi', 'hoi-nghi.jpg')).toBe(true)
  })
  it('accepts a description, also one with a number in it', () => {
    for (const alt of ['Đồng chí Chủ tịch phát biểu tại hội nghị', 'Trụ sở UBND phường 3', 'Logo', 'COVID-19', 'H5N1']) expect(fileNameLike(alt, 'IMG_2031.jpg'), alt).toBe(false)
    expect(check([upload(7)], media('Toàn cảnh hội nghị tổng kết năm 2025')).issues).toEqual([])
  })
  it('takes the alt text written on the picture itself over the library’s', () => {
    expect(check([upload(7, { alt: 'Cán bộ hướng dẫn người dân nộp hồ sơ' })], media('IMG_2031.jpg')).issues).toEqual([])
    expect(rules(check([upload({ id: 7, alt: 'anh1.png', filename: 'anh1.png' })]))).toEqual(['image-alt'])
  })
  it('refuses an image that is no longer in the library, and checks cover images', () => {
    expect(rules(check([upload(9)], { media: new Map([['media:9', null]]) }))).toEqual(['image-alt'])
    const cover = check([], media('anh1.png'), { uploads: [{ field: 'cover', label: { vi: 'Ảnh đại diện', en: 'Cover image' }, value: 7, relationTo: 'media' }] })
    expect(cover.issues[0]).toMatchObject({ rule: 'image-alt', where: { field: 'cover' } })
    expect(cover.issues[0]!.at.vi).toBe('Ảnh đại diện')
  })
})

describe('internal-link (blocking) and external-link (warning)', () => {
  it('refuses a link to a document that is gone or not published', () => {
    const result = check([para('Xem ', internal('pages', 12, 'Thủ tục khai sinh'))], { docs: new Map([['pages:12', false]]) })
    expect(result.issues.map((i) => [i.rule, i.severity])).toEqual([['internal-link', 'blocking']])
    expect(result.issues[0]!.where.text).toBe('Thủ tục khai sinh')
  })
  it('accepts a link to a published document', () => {
    expect(check([para(internal('pages', 12, 'Thủ tục khai sinh'))], { docs: new Map([['pages:12', true]]) }).issues).toEqual([])
  })
  it('reads relative paths and addresses of the portal itself as internal', () => {
    expect(classifyUrl('/gioi-thieu/', context)).toEqual({ kind: 'path', path: '/gioi-thieu/' })
    expect(classifyUrl('https://ubnd.example.gov.vn/lien-he/', context)).toEqual({ kind: 'path', path: '/lien-he/' })
    expect(classifyUrl('anh/', context)).toEqual({ kind: 'path', path: '/tin-tuc/khai-sinh/anh/' })
    expect(classifyUrl('https://dichvucong.gov.vn/p/home', context)).toEqual({ kind: 'external', url: 'https://dichvucong.gov.vn/p/home' })
    expect(classifyUrl('mailto:vanthu@example.gov.vn', context)).toBeNull()
    expect(classifyUrl('#muc-2', context)).toBeNull()
  })
  it('refuses a path the portal does not have, accepts one it has', () => {
    const broken = check([para(external('/thu-tuc-khong-co/', 'Thủ tục cấp phép'))], { paths: new Map([['/thu-tuc-khong-co/', false]]) })
    expect(broken.issues.map((i) => [i.rule, i.severity])).toEqual([['internal-link', 'blocking']])
    expect(broken.issues[0]!.message.vi).toContain('/thu-tuc-khong-co/')
    expect(check([para(external('/gioi-thieu/', 'Giới thiệu'))], { paths: new Map([['/gioi-thieu/', true]]) }).issues).toEqual([])
  })
  it('warns (never blocks) about an external link that does not open', () => {
    const url = 'https://khong-ton-tai.example.vn/van-ban'
    const result = check([para(external(url, 'Văn bản hướng dẫn của Bộ'))], { external: new Map([[url, 'broken']]) })
    expect(result.issues.map((i) => [i.rule, i.severity])).toEqual([['external-link', 'warning']])
    expect(check([para(external(url, 'Văn bản hướng dẫn của Bộ'))], { external: new Map([[url, 'unknown']]) }).issues).toEqual([])
  })
})

describe('link-text (warning)', () => {
  it('warns about vague link texts, whatever the case, diacritics or punctuation', () => {
    for (const t of ['tại đây', 'Tại đây.', 'XEM THÊM', 'xem them', 'click here', 'Bấm vào đây', 'chi tiết', 'Xem chi tiết »', 'Ta\u0323i đây']) expect(isVagueLinkText(t), t).toBe(true)
    const result = check([para('Mẫu tờ khai ', external('/bieu-mau/', 'tại đây'))], { paths: new Map([['/bieu-mau/', true]]) })
    expect(result.issues.map((i) => [i.rule, i.severity])).toEqual([['link-text', 'warning']])
  })
  it('accepts link texts that name the target', () => {
    for (const t of ['Mẫu tờ khai đăng ký khai sinh', 'Xem lịch tiếp công dân tháng 3', 'Chi tiết thủ tục cấp phép xây dựng']) expect(isVagueLinkText(t), t).toBe(false)
  })
})

describe('headings (warnings)', () => {
  it('warns about a skipped level, h2 → h4, and a first heading below h2', () => {
    const result = check([heading('h2', 'Hồ sơ'), heading('h4', 'Giấy tờ cần mang')])
    expect(result.issues.map((i) => [i.rule, i.severity])).toEqual([['heading-order', 'warning']])
    expect(result.issues[0]!.message.vi).toContain('h4 ngay sau h2')
    expect(result.issues[0]!.where.block).toBe(2)
    expect(rules(check([heading('h3', 'Hồ sơ')]))).toEqual(['heading-order'])
  })
  it('accepts levels going down one at a time and back up', () => {
    expect(check([heading('h2', 'Hồ sơ'), heading('h3', 'Giấy tờ'), heading('h2', 'Lệ phí'), heading('h3', 'Miễn phí')]).issues).toEqual([])
  })
  it('warns about an empty heading', () => {
    expect(rules(check([heading('h2', ''), heading('h2', '  ')]))).toEqual(['heading-empty', 'heading-empty'])
  })
  it('says under which heading an issue is', () => {
    const result = check([heading('h2', 'Biểu mẫu'), para(external('/bieu-mau/', 'xem thêm'))], { paths: new Map([['/bieu-mau/', true]]) })
    expect(result.issues[0]!.at.vi).toBe('Nội dung, khối 2, mục “Biểu mẫu”')
  })
})

describe('table-header (warning)', () => {
  it('warns about a table without header cells, accepts one with them', () => {
    expect(check([table(false)]).issues.map((i) => [i.rule, i.severity])).toEqual([['table-header', 'warning']])
    expect(check([table(true)]).issues).toEqual([])
  })
})

describe('title and summary length (warnings)', () => {
  it('warns about a title over the limit', () => {
    const title = 'Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính và triển khai nhiệm vụ năm mới'
    expect(title.length).toBeGreaterThan(TITLE_MAX)
    expect(check([], {}, { title }).issues.map((i) => [i.rule, i.severity])).toEqual([['title-length', 'warning']])
    expect(check([], {}, { title: title.slice(0, TITLE_MAX) }).issues).toEqual([])
  })
  it('warns about a summary over the limit', () => {
    const summary = 'Người dân có thể đăng ký khai sinh cho trẻ trực tuyến. '.repeat(7)
    expect(summary.trim().length).toBeGreaterThan(SUMMARY_MAX)
    expect(rules(check([], {}, { summary }))).toEqual(['summary-length'])
    expect(check([], {}, { summary: summary.slice(0, SUMMARY_MAX) }).issues).toEqual([])
  })
})

describe('readability (warning)', () => {
  const long = 'Căn cứ quy định hiện hành và đề nghị của các cơ quan có liên quan, cơ quan tiếp nhận có trách nhiệm hướng dẫn bằng văn bản một lần để tổ chức, cá nhân bổ sung, hoàn thiện hồ sơ trong thời hạn không quá hai ngày làm việc kể từ ngày nhận hồ sơ theo quy định.'
  it('warns about hard text: long sentences', () => {
    const result = check([para(long), para(long)])
    expect(result.readability.band).toBe('hard')
    expect(result.issues.map((i) => [i.rule, i.severity])).toEqual([['readability', 'warning']])
  })
  it('accepts short sentences', () => {
    const easy = 'Bà con nộp hồ sơ tại bộ phận một cửa. Hồ sơ gồm tờ khai và giấy tờ tùy thân. Kết quả trả trong ngày. Không mất lệ phí.'
    const result = check([para(easy), para(easy)])
    expect(result.readability.band).toBe('easy')
    expect(result.issues).toEqual([])
  })
})

describe('order', () => {
  it('lists blocking issues first, then warnings, in document order', () => {
    const result = check([heading('h3', 'Lịch'), para(external('/khong-co/', 'xem thêm')), upload(7)], { paths: new Map([['/khong-co/', false]]), media: new Map([['media:7', { alt: 'anh1.png', filename: 'anh1.png' }]]) })
    expect(result.issues.map((i) => `${i.severity}:${i.rule}`)).toEqual(['blocking:image-alt', 'blocking:internal-link', 'warning:link-text', 'warning:heading-order'])
  })
})

describe('what a type declares (legal documents, procedures, consultations)', () => {
  const SUBMIT = { vi: 'Địa chỉ nộp hồ sơ trực tuyến', en: 'Online submission URL' }
  it('checks addresses typed into fields of their own as links, named by their field, never for link text', () => {
    const urls = [
      { field: 'onlineSubmissionUrl', label: SUBMIT, value: 'https://ubnd.example.gov.vn/nop-ho-so-cu/' },
      { field: 'nationalPortalUrl', label: { vi: 'Trang thủ tục trên Cổng DVC quốc gia', en: 'National portal page' }, value: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193' },
    ]
    const found = scanDraft(parts([], { urls }), context)
    expect(found.links.map((l) => l.target)).toEqual([
      { kind: 'path', path: '/nop-ho-so-cu/' },
      { kind: 'external', url: urls[1]!.value },
    ])
    const broken = check([], { paths: new Map([['/nop-ho-so-cu/', false]]), external: new Map([[urls[1]!.value, 'broken']]) }, { urls })
    expect(broken.issues.map((i) => `${i.severity}:${i.rule}:${i.where.field}`)).toEqual(['blocking:internal-link:onlineSubmissionUrl', 'warning:external-link:nationalPortalUrl'])
    expect(broken.issues[0]!.message.vi).toBe('Địa chỉ ở ô “Địa chỉ nộp hồ sơ trực tuyến” trỏ tới “/nop-ho-so-cu/” không có trên cổng.')
    expect(broken.issues[0]!.at.vi).toBe('Địa chỉ nộp hồ sơ trực tuyến')
    // Working addresses: nothing, and no "vague link text" for a bare address.
    expect(check([], { paths: new Map([['/nop-ho-so-cu/', true]]), external: new Map([[urls[1]!.value, 'ok']]) }, { urls }).issues).toEqual([])
  })
  it('holds titles and summaries to the limits a type sets, under its own field names', () => {
    const name = 'Cấp lại Giấy chứng nhận đăng ký hoạt động của tổ chức khoa học và công nghệ trong trường hợp Giấy chứng nhận bị mất, bị rách, bị cháy, bị hỏng hoặc bị tiêu hủy dưới hình thức khác'
    expect(name.length).toBeGreaterThan(TITLE_MAX)
    const at = { field: 'name', label: { vi: 'Tên thủ tục', en: 'Name' } }
    expect(check([], {}, { title: name, titleMax: 250, titleAt: at }).issues).toEqual([])
    const over = check([], {}, { title: `${name}, ${name}`, titleMax: 250, titleAt: at }).issues
    expect(over.map((i) => [i.rule, i.where.field, i.at.vi])).toEqual([['title-length', 'name', 'Tên thủ tục']])
    expect(over[0]!.message.vi).toMatch(/^Tên thủ tục dài \d+ ký tự, quá 250 ký tự/)
    const trichYeu = 'Quy định chi tiết một số điều và biện pháp thi hành Luật Xử lý vi phạm hành chính. '.repeat(4)
    expect(check([], {}, { summary: trichYeu, summaryMax: 500 }).issues).toEqual([])
    expect(rules(check([], {}, { summary: trichYeu.repeat(2), summaryMax: 500 }))).toEqual(['summary-length'])
  })
  it('shows the readability figure of a verbatim text without warning about it', () => {
    const decree = 'Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025 và theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ, Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Giao dịch điện tử về cung cấp thông tin trên môi trường mạng.'
    const result = check([para(decree), para(decree)], {}, { readability: false })
    expect(result.readability.band).toBe('hard')
    expect(result.issues).toEqual([])
  })
})
