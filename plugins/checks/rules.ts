/**
 * The checks before publishing as pure functions (ADR 0021): `scanDraft` reads what a draft holds
 * (images, links, headings, tables, paragraphs; from its Lexical rich text and upload fields),
 * `evaluate` turns that and what the server found out about its targets (`Resolved`) into
 * issues, each blocking or a warning, with a Vietnamese and English message and where it is.
 * No Node imports, no database: the server resolves, these rules decide.
 */
import { readability, type Readability } from './readability'
import { fold } from './text'

export type Bilingual = { vi: string; en: string }
export type Severity = 'blocking' | 'warning'

export const RULES = {
  'image-alt': { severity: 'blocking', vi: 'Ảnh thiếu mô tả (alt)', en: 'Image without alt text' },
  'internal-link': { severity: 'blocking', vi: 'Liên kết nội bộ hỏng', en: 'Broken internal link' },
  'external-link': { severity: 'warning', vi: 'Liên kết ngoài không mở được', en: 'Broken external link' },
  'link-text': { severity: 'warning', vi: 'Chữ liên kết không nói rõ đích đến', en: 'Vague link text' },
  'heading-order': { severity: 'warning', vi: 'Cấp tiêu đề bị nhảy cóc', en: 'Skipped heading level' },
  'heading-empty': { severity: 'warning', vi: 'Tiêu đề mục để trống', en: 'Empty heading' },
  'table-header': { severity: 'warning', vi: 'Bảng không có ô tiêu đề', en: 'Table without header cells' },
  'title-length': { severity: 'warning', vi: 'Tiêu đề quá dài', en: 'Title too long' },
  'summary-length': { severity: 'warning', vi: 'Tóm tắt quá dài', en: 'Summary too long' },
  readability: { severity: 'warning', vi: 'Văn bản khó đọc', en: 'Hard to read' },
} as const satisfies Record<string, { severity: Severity } & Bilingual>

export type RuleId = keyof typeof RULES

/** Limits of the length rules, in characters (ADR 0021 says why). */
export const TITLE_MAX = 100
export const SUMMARY_MAX = 300

/** Where an issue is: the field, the top-level block of its rich text (1-based), the section heading, the text concerned. */
export type Where = { field: string; label: Bilingual; block?: number; heading?: string | null; text?: string }

export type Issue = { id: string; rule: RuleId; severity: Severity; message: Bilingual; where: Where; at: Bilingual }

/** A link target: a document of this platform, a path of the portal, or an address elsewhere. */
export type Target = { kind: 'doc'; relationTo: string; id: string } | { kind: 'path'; path: string } | { kind: 'external'; url: string }

export type Found = {
  /** `collection:id` of each picture, what is known of it already (a populated value, the alt text set on the picture itself). */
  images: Array<{ media: string | null; inline: MediaInfo | null; where: Where }>
  /** `plain`: an address typed into a field of its own, with no link text (its field names it). */
  links: Array<{ target: Target | null; text: string; where: Where; plain?: boolean }>
  headings: Array<{ level: number; text: string; where: Where }>
  tables: Array<{ header: boolean; where: Where }>
  paragraphs: string[]
}

export type MediaInfo = { alt: string | null; filename: string | null }

/**
 * What the server found out: media by `collection:id` (null: no longer exists), documents `relationTo:id`
 * and portal paths (true: a reader can open it), external addresses. A target missing from
 * these maps was not checked and gives no issue.
 */
export type Resolved = {
  media: Map<string, MediaInfo | null>
  docs: Map<string, boolean>
  paths: Map<string, boolean>
  external: Map<string, 'ok' | 'broken' | 'unknown'>
}

export const emptyResolved = (): Resolved => ({ media: new Map(), docs: new Map(), paths: new Map(), external: new Map() })

/** The parts of a draft the rules read (`draft.ts` takes them from a document and its fields). */
export type DraftParts = {
  title: string | null
  summary: string | null
  richTexts: Array<{ field: string; label: Bilingual; value: unknown }>
  uploads: Array<{ field: string; label: Bilingual; value: unknown; relationTo: string }>
  /** Plain text fields holding one web address each (a procedure's online submission address). */
  urls?: Array<{ field: string; label: Bilingual; value: string }>
  /** Where the title and summary are and how long they may be (defaults: `title`, `summary`, TITLE_MAX, SUMMARY_MAX). */
  titleAt?: { field: string; label: Bilingual }
  summaryAt?: { field: string; label: Bilingual }
  titleMax?: number
  summaryMax?: number
  /** false: the readability figure is shown but never warns (texts reproduced verbatim). */
  readability?: boolean
}

/** How links are read: which hosts are the portal itself, and the page's own path (for relative links). */
export type LinkContext = { ownHosts: readonly string[]; ownPath?: string | null }

const IMAGE_EXT = /\.(jpe?g|png|gif|webp|svg|bmp|tiff?|heic|heif|avif)$/i

/**
 * Alt text that is a file name rather than a description: "IMG_2031.jpg", "anh1.png", "DSC01234",
 * "hinh-anh-3", "20240105_093000", or the image's own file name.
 */
export function fileNameLike(alt: string, filename?: string | null): boolean {
  const text = alt.normalize('NFC').trim()
  if (!text) return false
  if (IMAGE_EXT.test(text)) return true
  if (filename) {
    const base = (name: string) => fold(name.replace(IMAGE_EXT, ''))
    if (base(text) === base(filename)) return true
  }
  if (/\s/.test(text)) return false
  const folded = fold(text).replace(/ /g, '')
  return text.includes('_') || /^[\d-]+$/.test(text) || (GENERIC_NAME.test(folded) && /\d/.test(folded))
}

/** What cameras, phones and editors name pictures before a number ("IMG", "DSC", "ảnh", "hình"…); "COVID-19" is not one. */
const GENERIC_NAME = /^(img|image|images|dsc|dscn|dscf|dcim|pxl|pic|picture|photo|anh|hinh|hinhanh|screenshot|capture|scan|untitled|zalo|fb|received|download|file|tep)\d+$/

/** Link texts that do not say where the link goes (compared folded: no case, no diacritics). */
export const VAGUE_LINK_TEXTS = [
  'tại đây', 'ở đây', 'đây', 'vào đây', 'xem', 'xem thêm', 'xem tiếp', 'đọc thêm', 'đọc tiếp', 'chi tiết', 'xem chi tiết',
  'bấm vào đây', 'bấm đây', 'nhấn vào đây', 'nhấn đây', 'nhấp vào đây', 'kích vào đây', 'click vào đây', 'xem tại đây',
  'truy cập tại đây', 'tải về', 'tải về tại đây', 'liên kết', 'link', 'thông tin thêm', 'tham khảo',
  'click here', 'click', 'here', 'read more', 'more', 'see more', 'learn more', 'more info', 'details', 'download',
]
const VAGUE = new Set(VAGUE_LINK_TEXTS.map(fold))

export const isVagueLinkText = (text: string): boolean => VAGUE.has(fold(text))

type Node = { type?: string; tag?: string; text?: string; children?: Node[]; fields?: Record<string, unknown> | null; value?: unknown; relationTo?: string; headerState?: number }

function textOf(node: Node, skipLists = false): string {
  if (node.type === 'text' || typeof node.text === 'string') return node.text ?? ''
  if (node.type === 'linebreak' || node.type === 'tab') return ' '
  if (skipLists && node.type === 'list') return ''
  return (node.children ?? []).map((child) => textOf(child, skipLists)).join('')
}

const idOf = (value: unknown): string | null =>
  value === null || value === undefined || value === '' ? null : typeof value === 'object' ? idOf((value as { id?: unknown }).id) : String(value)

/** Where a link points, or null for what is not checked (mailto:, tel:, anchors, javascript:). */
export function classifyUrl(raw: string, context: LinkContext): Target | null {
  const url = raw.trim()
  if (!url || url.startsWith('#')) return null
  const own = new Set(context.ownHosts.map((h) => h.toLowerCase()))
  let parsed: URL
  try {
    parsed = new URL(url.startsWith('//') ? `https:${url}` : url, `http://portal.invalid${context.ownPath || '/'}`)
  } catch {
    return { kind: 'path', path: url }
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
  if (parsed.host === 'portal.invalid' || own.has(parsed.host.toLowerCase()) || own.has(parsed.hostname.toLowerCase())) {
    let path = parsed.pathname
    try {
      path = decodeURIComponent(path)
    } catch {
      /* kept encoded */
    }
    return { kind: 'path', path }
  }
  return { kind: 'external', url: parsed.href }
}

/** Read everything the rules look at from the parts of a draft. */
export function scanDraft(parts: DraftParts, context: LinkContext): Found {
  const found: Found = { images: [], links: [], headings: [], tables: [], paragraphs: [] }
  for (const upload of parts.uploads) {
    const values = Array.isArray(upload.value) ? upload.value : [upload.value]
    for (const value of values) {
      const id = idOf(value)
      if (id === null) continue
      found.images.push({ media: `${upload.relationTo}:${id}`, inline: populated(value), where: { field: upload.field, label: upload.label } })
    }
  }
  for (const url of parts.urls ?? []) {
    const value = url.value.trim()
    if (value) found.links.push({ target: classifyUrl(value, context), text: value, where: { field: url.field, label: url.label, text: value }, plain: true })
  }
  let heading: string | null = null
  for (const rich of parts.richTexts) {
    const root = (rich.value as { root?: Node } | null)?.root
    const blocks = root?.children ?? []
    blocks.forEach((block, index) => {
      const where = (): Where => ({ field: rich.field, label: rich.label, block: index + 1, heading })
      const visit = (node: Node) => {
        switch (node.type) {
          case 'heading': {
            const text = textOf(node).replace(/\s+/g, ' ').trim()
            found.headings.push({ level: Number(String(node.tag ?? 'h2').slice(1)) || 2, text, where: { ...where(), text } })
            heading = text || heading
            return
          }
          case 'upload': {
            const id = idOf(node.value)
            // Alt text written on the picture itself replaces the library's (as the portal renders it).
            const own = str(node.fields?.alt)?.trim()
            const inline = populated(node.value)
            found.images.push({ media: id === null ? null : `${node.relationTo ?? 'media'}:${id}`, inline: own ? { alt: own, filename: inline?.filename ?? null } : inline, where: where() })
            return
          }
          case 'link':
          case 'autolink': {
            const fields = node.fields ?? {}
            const text = textOf(node).replace(/\s+/g, ' ').trim()
            let target: Target | null = null
            if (fields.linkType === 'internal') {
              const doc = fields.doc as { relationTo?: string; value?: unknown } | null | undefined
              const id = idOf(doc?.value)
              target = doc?.relationTo && id !== null ? { kind: 'doc', relationTo: doc.relationTo, id } : { kind: 'path', path: '' }
            } else if (typeof fields.url === 'string') target = classifyUrl(fields.url, context)
            found.links.push({ target, text, where: { ...where(), text } })
            break
          }
          case 'table': {
            let header = false
            const cells = (n: Node) => {
              if (n.type === 'tablecell' && (n.headerState ?? 0) > 0) header = true
              for (const child of n.children ?? []) cells(child)
            }
            cells(node)
            found.tables.push({ header, where: where() })
            break
          }
          case 'paragraph':
          case 'quote':
          case 'listitem': {
            const text = textOf(node, true).trim()
            if (text) found.paragraphs.push(text)
            break
          }
        }
        for (const child of node.children ?? []) if (child.type !== 'text') visit(child)
      }
      visit(block)
    })
  }
  return found
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/** A populated upload value (depth > 0) already says its alt text and file name. */
function populated(value: unknown): MediaInfo | null {
  return value && typeof value === 'object' && ('alt' in value || 'filename' in value) ? { alt: str((value as MediaInfo).alt), filename: str((value as MediaInfo).filename) } : null
}

const quote = (text: string, max = 60) => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`

/** "Nội dung, khối 3, mục “Hồ sơ”": where an issue is, for people. */
export function describeWhere(where: Where): Bilingual {
  const vi = [where.label.vi]
  const en = [where.label.en]
  if (where.block) {
    vi.push(`khối ${where.block}`)
    en.push(`block ${where.block}`)
  }
  if (where.heading) {
    vi.push(`mục ${quote(where.heading, 40)}`)
    en.push(`section ${quote(where.heading, 40)}`)
  }
  return { vi: vi.join(', '), en: en.join(', ') }
}

export type Evaluation = { issues: Issue[]; readability: Readability }

/** The issues of a draft, blocking first, each rule's in document order. */
export function evaluate(parts: DraftParts, found: Found, resolved: Resolved): Evaluation {
  const issues: Issue[] = []
  const add = (rule: RuleId, message: Bilingual, where: Where) => {
    issues.push({ id: `${rule}:${issues.filter((i) => i.rule === rule).length + 1}`, rule, severity: RULES[rule].severity, message, where, at: describeWhere(where) })
  }

  for (const image of found.images) {
    const info = image.inline ?? (image.media !== null ? resolved.media.get(image.media) : undefined)
    if (info === undefined) continue
    if (info === null) {
      add('image-alt', { vi: 'Ảnh không còn trong thư viện: hãy chọn lại ảnh có mô tả.', en: 'The image is no longer in the media library: choose an image with alt text.' }, image.where)
      continue
    }
    const alt = (info.alt ?? '').trim()
    const name = info.filename ? ` (${info.filename})` : ''
    if (alt.length === 0) {
      add('image-alt', { vi: `Ảnh${name} chưa có mô tả (alt) cho người khiếm thị.`, en: `The image${name} has no alt text for screen-reader users.` }, { ...image.where, text: info.filename ?? undefined })
    } else if (fileNameLike(alt, info.filename)) {
      add('image-alt', { vi: `Mô tả ảnh ${quote(alt)} là tên tệp, không mô tả nội dung ảnh.`, en: `The alt text ${quote(alt)} is a file name, not a description.` }, { ...image.where, text: alt })
    }
  }

  for (const link of found.links) {
    const target = link.target
    const text = link.text || '(không có chữ)'
    // An address in a field of its own is named by its field ("Địa chỉ nộp hồ sơ trực tuyến").
    const named = link.plain ? { vi: `Địa chỉ ở ô ${quote(link.where.label.vi)}`, en: `The address in ${quote(link.where.label.en)}` } : { vi: `Liên kết ${quote(text)}`, en: `The link ${quote(text)}` }
    if (target?.kind === 'doc' && resolved.docs.get(`${target.relationTo}:${target.id}`) === false) {
      add('internal-link', { vi: `${named.vi} trỏ tới một bài không còn hoặc chưa xuất bản.`, en: `${named.en} points to a document that is gone or not published.` }, link.where)
    } else if (target?.kind === 'path' && (target.path === '' || resolved.paths.get(target.path) === false)) {
      add('internal-link', { vi: `${named.vi} trỏ tới ${target.path ? quote(target.path) : 'một trang'} không có trên cổng.`, en: `${named.en} points to ${target.path ? quote(target.path) : 'a page'} that is not on the portal.` }, link.where)
    } else if (target?.kind === 'external' && resolved.external.get(target.url) === 'broken') {
      add('external-link', { vi: `${named.vi} tới ${quote(target.url, 80)} không mở được.`, en: `${named.en} to ${quote(target.url, 80)} does not open.` }, link.where)
    }
    if (link.plain) continue
    if (!link.text) {
      add('link-text', { vi: 'Liên kết không có chữ: người đọc không biết nó dẫn tới đâu.', en: 'A link has no text: readers cannot tell where it goes.' }, link.where)
    } else if (isVagueLinkText(link.text)) {
      add('link-text', { vi: `Chữ liên kết ${quote(link.text)} không nói rõ đích đến; hãy ghi tên trang hoặc tài liệu.`, en: `The link text ${quote(link.text)} does not say where it goes; name the page or document.` }, link.where)
    }
  }

  // The page title is the h1: the body's headings start at h2 and go down one level at a time.
  let previous = 1
  for (const heading of found.headings) {
    if (!heading.text) {
      add('heading-empty', { vi: `Tiêu đề mục h${heading.level} để trống.`, en: `An h${heading.level} heading is empty.` }, heading.where)
      continue
    }
    if (heading.level > previous + 1) {
      add('heading-order', { vi: `Tiêu đề ${quote(heading.text)} là h${heading.level} ngay sau h${previous}: thiếu cấp h${previous + 1}.`, en: `The heading ${quote(heading.text)} is h${heading.level} right after h${previous}: h${previous + 1} is skipped.` }, heading.where)
    }
    previous = heading.level
  }

  for (const table of found.tables) {
    if (!table.header) add('table-header', { vi: 'Bảng không có hàng hoặc cột tiêu đề: người dùng trình đọc màn hình không biết ô nào thuộc cột nào.', en: 'The table has no header row or column: screen-reader users cannot tell which column a cell is in.' }, table.where)
  }

  const title = (parts.title ?? '').normalize('NFC').trim()
  const titleMax = parts.titleMax ?? TITLE_MAX
  const titleAt = parts.titleAt ?? { field: 'title', label: { vi: 'Tiêu đề', en: 'Title' } }
  if (title.length > titleMax) {
    add(
      'title-length',
      titleMax === TITLE_MAX
        ? { vi: `Tiêu đề dài ${title.length} ký tự; nên không quá ${TITLE_MAX} để đọc trọn trên điện thoại và trong kết quả tìm kiếm.`, en: `The title is ${title.length} characters; keep it to ${TITLE_MAX} so it reads whole on phones and in search results.` }
        : { vi: `${titleAt.label.vi} dài ${title.length} ký tự, quá ${titleMax} ký tự của loại nội dung này: kiểm tra xem có chép thừa nội dung khác vào không.`, en: `${titleAt.label.en} is ${title.length} characters, over the ${titleMax} this content type allows: check that nothing else was pasted into it.` },
      titleAt,
    )
  }
  const summary = (parts.summary ?? '').normalize('NFC').trim()
  const summaryMax = parts.summaryMax ?? SUMMARY_MAX
  const summaryAt = parts.summaryAt ?? { field: 'summary', label: { vi: 'Tóm tắt', en: 'Summary' } }
  if (summary.length > summaryMax) {
    add(
      'summary-length',
      summaryMax === SUMMARY_MAX
        ? { vi: `Tóm tắt dài ${summary.length} ký tự; nên không quá ${SUMMARY_MAX} (hai, ba câu).`, en: `The summary is ${summary.length} characters; keep it to ${SUMMARY_MAX} (two or three sentences).` }
        : { vi: `${summaryAt.label.vi} dài ${summary.length} ký tự, quá ${summaryMax} ký tự của loại nội dung này: kiểm tra xem có chép thừa nội dung khác vào không.`, en: `${summaryAt.label.en} is ${summary.length} characters, over the ${summaryMax} this content type allows: check that nothing else was pasted into it.` },
      summaryAt,
    )
  }

  const figure = readability(found.paragraphs)
  if (figure.band === 'hard' && parts.readability !== false) {
    add('readability', { vi: `Độ dễ đọc ${figure.score}/100: câu dài trung bình ${figure.averageSentence} âm tiết, ${figure.longSentences} câu quá ${40} âm tiết. Hãy tách câu dài.`, en: `Readability ${figure.score}/100: sentences average ${figure.averageSentence} syllables, ${figure.longSentences} over 40. Split long sentences.` }, { field: parts.richTexts[0]?.field ?? 'content', label: parts.richTexts[0]?.label ?? { vi: 'Nội dung', en: 'Body' } })
  }

  const order = (i: Issue) => (i.severity === 'blocking' ? 0 : 1)
  return { issues: issues.map((issue, n) => ({ issue, n })).sort((a, b) => order(a.issue) - order(b.issue) || a.n - b.n).map(({ issue }) => issue), readability: figure }
}

/** The blocking issues as one message, for the refusal of a publish. */
export function refusalMessage(issues: readonly Issue[]): string {
  const blocking = issues.filter((i) => i.severity === 'blocking')
  const vi = blocking.map((i) => `${i.message.vi} (${i.at.vi})`).join(' ')
  const en = blocking.map((i) => `${i.message.en} (${i.at.en})`).join(' ')
  return `Chưa thể xuất bản: ${blocking.length} lỗi cần sửa. ${vi} / Cannot publish: ${blocking.length} blocking issue${blocking.length === 1 ? '' : 's'}. ${en}`
}
