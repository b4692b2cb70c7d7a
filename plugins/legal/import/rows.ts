/**
 * Reading and checking import rows, without Payload. A row is a CSV line (header = field names)
 * or an object of a JSON array. Multi-valued cells are semicolon-separated; parts of one entry
 * (a submission channel, a dossier item) are separated by `|`. JSON may use real arrays instead.
 */
import fs from 'node:fs'
import path from 'node:path'

import { parse } from 'csv-parse/sync'

import {
  APPLICANT_TYPE_LABELS,
  APPLICANT_TYPES,
  LEGAL_DOCUMENT_TYPE_LABELS,
  LEGAL_DOCUMENT_TYPES,
  type LegalDocumentType,
  ONLINE_SERVICE_LEVELS,
  PROCEDURE_LEVEL_LABELS,
  PROCEDURE_LEVELS,
  RELATION_KINDS,
  type RelationKind,
  SIGNING_CAPACITIES,
  SUBMISSION_METHOD_LABELS,
  SUBMISSION_METHODS,
} from '../../../cms/src/contracts/legal'
import { slugify } from '../../../cms/src/lib/text'
import { isCalendarDate } from '../dates'
import { checkNumberType, checkNumberYear, duplicateKey, freeFormSlug, guessDocumentType, legalSlug, numberIsFreeForm, parseLegalNumber } from '../number'
import { PROCEDURE_CODE } from '../procedures'

export type Row = Record<string, unknown>
export type RowError = { row: number; field: string; reason: string }
export type ImportFile = { format: 'csv' | 'json'; rows: Row[]; dir: string; firstRow: number }

/** Read a CSV (UTF-8, BOM allowed, comma or semicolon delimited) or a JSON array. */
export function readImportFile(file: string): ImportFile {
  const text = fs.readFileSync(file, 'utf8').normalize('NFC')
  const dir = path.dirname(path.resolve(file))
  if (file.toLowerCase().endsWith('.json')) {
    const parsed = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown
    const rows = Array.isArray(parsed) ? parsed : (parsed as { rows?: unknown[] })?.rows
    if (!Array.isArray(rows) || rows.some((r) => !r || typeof r !== 'object' || Array.isArray(r))) {
      throw new Error('Tệp JSON phải là một mảng đối tượng. / The JSON file must be an array of objects.')
    }
    return { format: 'json', rows: rows as Row[], dir, firstRow: 1 }
  }
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  // Excel set to Vietnamese separates columns with ";" (the decimal mark is ","), which would
  // collide with our lists: say so instead of misreading every row.
  if (!firstLine.includes(',') && !firstLine.includes('\t') && firstLine.includes(';')) {
    throw new Error('Tệp CSV dùng dấu ";" để ngăn cột; hãy lưu với dấu phẩy (CSV UTF-8) hoặc dùng JSON. / The CSV separates columns with ";": save it comma-separated (CSV UTF-8) or use JSON.')
  }
  const delimiter = (firstLine.match(/,/g)?.length ?? 0) >= (firstLine.match(/\t/g)?.length ?? 0) ? ',' : '\t'
  const rows = parse(text, { bom: true, columns: (header: string[]) => header.map((h) => h.trim()), delimiter, skip_empty_lines: true, trim: true, relax_quotes: false }) as Row[]
  // Line 1 is the header: the first data row is line 2, as a spreadsheet shows it.
  return { format: 'csv', rows, dir, firstRow: 2 }
}

export const str = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  const s = String(value).trim()
  return s === '' ? null : s
}

/** `a; b ;c` or a JSON array → `['a', 'b', 'c']`. */
export function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean)
  const s = str(value)
  return s ? s.split(';').map((v) => v.trim()).filter(Boolean) : []
}

/** `2022-06-24` or `24/06/2022` → `2022-06-24`; undefined when empty; null when unreadable. */
export function date(value: unknown): string | null | undefined {
  const s = str(value)
  if (!s) return undefined
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s)
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : s.slice(0, 10)
  return isCalendarDate(iso) && (dmy || /^\d{4}-\d{2}-\d{2}(?:T.*)?$/.test(s)) ? iso : null
}

function bool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value
  const s = str(value)?.toLowerCase()
  if (!s) return false
  if (['true', '1', 'yes', 'có', 'co', 'x'].includes(s)) return true
  if (['false', '0', 'no', 'không', 'khong'].includes(s)) return false
  return null
}

const fold = (s: string) => slugify(s, 200)

/** A value of `values`, given as itself or as its Vietnamese/English label (any case, diacritics optional). */
function choice<T extends string>(raw: string, values: readonly T[], labels?: Record<T, { vi: string; en: string }>): T | null {
  const key = fold(raw)
  for (const v of values) {
    if (fold(v) === key) return v
    if (labels && (fold(labels[v].vi) === key || fold(labels[v].en) === key)) return v
  }
  return null
}

function url(value: unknown): string | null | false {
  const s = str(value)
  if (!s) return null
  return /^https?:\/\/[^\s]+$/.test(s) ? s : false
}

const msg = (vi: string, en: string) => `${vi} / ${en}`

export type PlannedRelation = { kind: RelationKind; number: string }

export type DocumentRow = {
  row: number
  key: string
  slug: string
  number: string
  data: Record<string, unknown>
  relations: PlannedRelation[] | null
  files: string[]
  sharedWith: string[]
  status: 'published' | 'draft'
}

/** Check one legal-document row; returns the data to write or the problems found. */
export function checkDocumentRow(raw: Row, row: number, dir: string): { value: DocumentRow | null; errors: RowError[] } {
  const errors: RowError[] = []
  const bad = (field: string, reason: string) => errors.push({ row, field, reason })
  const numberText = str(raw.number)
  const typeText = str(raw.type ?? raw.documentType)
  let type: LegalDocumentType | null = typeText ? choice(typeText, LEGAL_DOCUMENT_TYPES, LEGAL_DOCUMENT_TYPE_LABELS) : null
  if (typeText && !type) bad('type', msg(`Loại văn bản "${typeText}" không có trong danh mục.`, `Unknown document type "${typeText}".`))
  const parsed = numberText ? parseLegalNumber(numberText) : null
  if (!numberText) bad('number', msg('Thiếu số ký hiệu.', 'The number is missing.'))
  if (!typeText && parsed?.ok) type = guessDocumentType(parsed.value)
  if (!typeText && !type) bad('type', msg('Thiếu loại văn bản và không suy ra được từ số ký hiệu.', 'The type is missing and cannot be told from the number.'))
  const issueDate = date(raw.issueDate)
  const effectiveDate = date(raw.effectiveDate)
  const expiryDate = date(raw.expiryDate)
  if (issueDate === undefined) bad('issueDate', msg('Thiếu ngày ban hành.', 'The issue date is missing.'))
  for (const [field, value] of [['issueDate', issueDate], ['effectiveDate', effectiveDate], ['expiryDate', expiryDate]] as const) {
    if (value === null) bad(field, msg(`Ngày "${String(raw[field])}" không hợp lệ (dùng YYYY-MM-DD hoặc DD/MM/YYYY).`, `"${String(raw[field])}" is not a date (use YYYY-MM-DD or DD/MM/YYYY).`))
  }
  const start = effectiveDate ?? issueDate
  if (expiryDate && start && expiryDate < start) bad('expiryDate', msg('Ngày hết hiệu lực trước ngày có hiệu lực.', 'The expiry date precedes the effective date.'))
  if (effectiveDate && issueDate && effectiveDate < issueDate) bad('effectiveDate', msg('Ngày có hiệu lực trước ngày ban hành.', 'The effective date precedes the issue date.'))

  let canonical = numberText ?? ''
  let slug = ''
  const year = issueDate ? Number(issueDate.slice(0, 4)) : null
  if (parsed && !parsed.ok) {
    if (type && numberIsFreeForm(type)) slug = freeFormSlug(canonical, year)
    else bad('number', parsed.error.vi + ' / ' + parsed.error.en)
  } else if (parsed?.ok) {
    canonical = parsed.value.canonical
    slug = legalSlug(parsed.value, year)
    if (type) {
      const typeError = checkNumberType(parsed.value, type, LEGAL_DOCUMENT_TYPE_LABELS[type])
      if (typeError) bad('number', `${typeError.vi} / ${typeError.en}`)
    }
    const yearError = checkNumberYear(parsed.value, issueDate ?? null)
    if (yearError) bad('number', `${yearError.vi} / ${yearError.en}`)
  }

  const summary = str(raw.summary)
  if (!summary) bad('summary', msg('Thiếu trích yếu.', 'The summary is missing.'))
  else if (summary.length > 2000) bad('summary', msg('Trích yếu quá 2000 ký tự.', 'The summary exceeds 2000 characters.'))
  const issuingBody = str(raw.issuingBody)?.replace(/\s+/g, ' ') ?? null
  if (!issuingBody) bad('issuingBody', msg('Thiếu cơ quan ban hành.', 'The issuing body is missing.'))

  const capacityText = str(raw.signingCapacity)?.replace(/\.$/, '').toUpperCase() ?? null
  const capacity = capacityText ? (SIGNING_CAPACITIES as readonly string[]).includes(capacityText) ? capacityText : null : null
  if (capacityText && !capacity) bad('signingCapacity', msg(`Thẩm quyền ký "${capacityText}" phải là KT, TM, Q, TL hoặc TUQ.`, `Signing capacity must be KT, TM, Q, TL or TUQ.`))
  const nationalDbUrl = url(raw.nationalDbUrl)
  if (nationalDbUrl === false) bad('nationalDbUrl', msg('Liên kết phải bắt đầu bằng https://.', 'The link must be an http(s) URL.'))

  const relations: PlannedRelation[] = []
  const relationCell = raw.relations
  for (const entry of list(relationCell)) {
    const m = /^([a-z-]+)\s*:\s*(.+)$/.exec(entry)
    const kind = m ? (RELATION_KINDS as readonly string[]).includes(m[1]!) ? (m[1] as RelationKind) : null : null
    if (!m || !kind) {
      bad('relations', msg(`Quan hệ "${entry}" phải có dạng loại:số ký hiệu, loại là ${RELATION_KINDS.join(', ')}.`, `Relation "${entry}" must be kind:number with kind one of ${RELATION_KINDS.join(', ')}.`))
      continue
    }
    const target = parseLegalNumber(m[2]!)
    relations.push({ kind, number: target.ok ? target.value.canonical : m[2]!.trim() })
  }

  const files = list(raw.attachments).map((f) => path.resolve(dir, f))
  for (const f of files) if (!fs.existsSync(f)) bad('attachments', msg(`Không tìm thấy tệp ${f}.`, `File ${f} not found.`))

  const statusText = str(raw.status)?.toLowerCase() ?? 'published'
  const status = statusText === 'draft' || statusText === 'nhap' || statusText === 'nháp' ? 'draft' : statusText === 'published' || statusText === 'xuat-ban' || statusText === 'xuất bản' ? 'published' : null
  if (!status) bad('status', msg('Trạng thái phải là published hoặc draft.', 'Status must be published or draft.'))
  const shareBelow = bool(raw.shareWithSubordinates)
  if (shareBelow === null) bad('shareWithSubordinates', msg('Dùng có/không (true/false).', 'Use true or false.'))

  if (errors.length) return { value: null, errors }
  return {
    errors,
    value: {
      row,
      key: duplicateKey(slug, issuingBody!),
      slug,
      number: canonical,
      status: status!,
      relations: relationCell === undefined ? null : relations,
      files,
      sharedWith: list(raw.sharedWith),
      data: {
        number: canonical,
        documentType: type,
        summary,
        issuingBody,
        signingCapacity: capacity,
        signingFor: str(raw.signingFor),
        signerTitle: str(raw.signerTitle),
        signerName: str(raw.signerName),
        issueDate,
        effectiveDate: effectiveDate ?? null,
        expiryDate: expiryDate ?? null,
        fields: list(raw.fields),
        nationalDbUrl: nationalDbUrl || null,
        shareWithSubordinates: shareBelow ?? false,
      },
    },
  }
}

export type ProcedureRow = { row: number; code: string; data: Record<string, unknown>; basis: string[]; status: 'published' | 'draft' }

function entries(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  const s = str(value)
  if (!s) return []
  if (s.startsWith('[')) {
    try {
      const parsed = JSON.parse(s) as unknown
      if (Array.isArray(parsed)) return parsed
    } catch {
      return [s]
    }
  }
  return list(s)
}

/** Check one procedure row. */
export function checkProcedureRow(raw: Row, row: number): { value: ProcedureRow | null; errors: RowError[] } {
  const errors: RowError[] = []
  const bad = (field: string, reason: string) => errors.push({ row, field, reason })
  const code = str(raw.code)
  if (!code) bad('code', msg('Thiếu mã thủ tục.', 'The procedure code is missing.'))
  else if (!PROCEDURE_CODE.test(code)) bad('code', msg(`Mã "${code}" không đúng dạng (ví dụ 1.001193).`, `"${code}" is not a code like 1.001193.`))
  const name = str(raw.name)
  if (!name) bad('name', msg('Thiếu tên thủ tục.', 'The name is missing.'))
  const field = str(raw.field)
  if (!field) bad('field', msg('Thiếu lĩnh vực.', 'The field is missing.'))
  const agency = str(raw.implementingAgency)
  if (!agency) bad('implementingAgency', msg('Thiếu cơ quan thực hiện.', 'The implementing agency is missing.'))

  const levels = list(raw.levels).map((l) => [l, choice(l, PROCEDURE_LEVELS, PROCEDURE_LEVEL_LABELS)] as const)
  for (const [l, v] of levels) if (!v) bad('levels', msg(`Cấp "${l}" phải là bo, tinh hoặc xa.`, `Level "${l}" must be bo, tinh or xa.`))
  if (!levels.length) bad('levels', msg('Thiếu cấp thực hiện.', 'The level is missing.'))
  const applicants = list(raw.applicants).map((a) => [a, choice(a, APPLICANT_TYPES, APPLICANT_TYPE_LABELS)] as const)
  for (const [a, v] of applicants) if (!v) bad('applicants', msg(`Đối tượng "${a}" không có trong danh mục.`, `Unknown applicant type "${a}".`))
  const onlineText = str(raw.onlineLevel)
  const onlineLevel = onlineText ? choice(onlineText, ONLINE_SERVICE_LEVELS) : null
  if (onlineText && !onlineLevel) bad('onlineLevel', msg('Mức độ phải là toan-trinh hoặc mot-phan.', 'Online level must be toan-trinh or mot-phan.'))

  const steps = entries(raw.steps).map((s) => (typeof s === 'string' ? { text: s } : (s as { title?: string; text?: string })))
  if (steps.some((s) => !str(s.text))) bad('steps', msg('Mỗi bước cần nội dung.', 'Each step needs a text.'))

  const channels = entries(raw.channels).map((c) => {
    if (typeof c !== 'string') return c as Record<string, unknown>
    const [method, processingTime, fees, note] = c.split('|').map((p) => p.trim())
    return { method, processingTime, fees, note }
  })
  const cleanChannels = channels.map((c) => {
    const method = choice(String(c.method ?? ''), SUBMISSION_METHODS, SUBMISSION_METHOD_LABELS)
    if (!method) bad('channels', msg(`Hình thức nộp "${String(c.method ?? '')}" phải là truc-tiep, truc-tuyen hoặc buu-chinh.`, 'Method must be truc-tiep, truc-tuyen or buu-chinh.'))
    return { method, processingTime: str(c.processingTime), fees: str(c.fees), note: str(c.note) }
  })

  const dossier = entries(raw.dossier).map((d) => {
    if (typeof d !== 'string') return d as Record<string, unknown>
    const [name, originals, copies, note] = d.split('|').map((p) => p.trim())
    return { name, originals, copies, note }
  })
  const cleanDossier = dossier.map((d) => {
    const originals = d.originals === undefined || d.originals === '' ? 1 : Number(d.originals)
    const copies = d.copies === undefined || d.copies === '' ? 0 : Number(d.copies)
    if (!str(d.name)) bad('dossier', msg('Mỗi giấy tờ cần tên.', 'Each dossier item needs a name.'))
    if (!Number.isInteger(originals) || originals < 0 || !Number.isInteger(copies) || copies < 0) bad('dossier', msg('Số bản chính/bản sao phải là số nguyên không âm.', 'Originals and copies must be whole numbers.'))
    return { case: str(d.case), name: str(d.name), originals, copies, note: str(d.note) }
  })

  const nationalPortalUrl = url(raw.nationalPortalUrl)
  if (nationalPortalUrl === false) bad('nationalPortalUrl', msg('Liên kết phải bắt đầu bằng https://.', 'The link must be an http(s) URL.'))
  const onlineSubmissionUrl = url(raw.onlineSubmissionUrl)
  if (onlineSubmissionUrl === false) bad('onlineSubmissionUrl', msg('Liên kết phải bắt đầu bằng https://.', 'The link must be an http(s) URL.'))
  const statusText = str(raw.status)?.toLowerCase() ?? 'published'
  if (statusText !== 'published' && statusText !== 'draft') bad('status', msg('Trạng thái phải là published hoặc draft.', 'Status must be published or draft.'))

  if (errors.length) return { value: null, errors }
  return {
    errors,
    value: {
      row,
      code: code!,
      status: statusText as 'published' | 'draft',
      basis: list(raw.legalBasis),
      data: {
        code,
        name,
        field,
        levels: levels.map(([, v]) => v),
        procedureType: str(raw.procedureType),
        announcingDecision: str(raw.announcingDecision),
        implementingAgency: agency,
        competentAuthority: str(raw.competentAuthority),
        receivingAddress: str(raw.receivingAddress),
        steps: steps.map((s) => ({ title: str(s.title), text: str(s.text) })),
        channels: cleanChannels,
        dossier: cleanDossier,
        applicants: applicants.map(([, v]) => v),
        result: str(raw.result),
        requirements: str(raw.requirements),
        onlineLevel,
        nationalPortalUrl: nationalPortalUrl || null,
        onlineSubmissionUrl: onlineSubmissionUrl || null,
      },
    },
  }
}
