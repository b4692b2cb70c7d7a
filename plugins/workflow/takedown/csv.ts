/**
 * Bulk takedown from a CSV (`npm run site -- takedown --csv file.csv [--dry-run]`, ADR 0022).
 * Columns (header row, UTF-8, comma-separated; Excel's BOM accepted):
 *
 *   site,collection,document,kind,reason,target,successor
 *
 * `document`: the slug (or id) of a published document of `site`; `kind`: withdrawn, error,
 * consolidated or former-unit; `target` (consolidated): `collection:slug` or a slug of the same
 * collection; `successor` (former-unit): a portal's slug. Every row is checked like the
 * admin's unpublish step; each good row is then written on its own, all or nothing.
 */
import { createLocalReq, type Payload } from 'payload'
import { parse } from 'csv-parse/sync'

import { applyTakedown, describePlan, planTakedown, type Problem, type TakedownPlan, type TakedownRequest } from './service'

export const TAKEDOWN_CSV_COLUMNS = ['site', 'collection', 'document', 'kind', 'reason', 'target', 'successor'] as const
const REQUIRED = ['site', 'collection', 'document', 'kind'] as const

export type CsvTakedownRow = { line: number; request: TakedownRequest | null; problems: Problem[]; plan?: TakedownPlan }

type Record_ = Record<string, string>

/** Parse the file: one entry per data row with its line in the file (the header is line 1). */
export function parseTakedownCsv(text: string): { rows: Array<{ line: number; values: Record_ }>; problems: Array<{ line: number; problem: Problem }> } {
  const problems: Array<{ line: number; problem: Problem }> = []
  let records: Array<{ record: Record_; info: { lines: number } }>
  try {
    records = parse(text, { bom: true, columns: (header: string[]) => header.map((h) => h.trim()), skip_empty_lines: true, trim: true, info: true, relax_column_count: false }) as typeof records
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1
    return { rows: [], problems: [{ line, problem: { field: 'csv', vi: `Tệp CSV không đọc được: ${(e as Error).message}`, en: `The CSV cannot be read: ${(e as Error).message}` } }] }
  }
  const header = records.length ? Object.keys(records[0]!.record) : (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').split(',').map((h) => h.trim())
  const unknown = header.filter((h) => !(TAKEDOWN_CSV_COLUMNS as readonly string[]).includes(h))
  const missing = REQUIRED.filter((c) => !header.includes(c))
  if (unknown.length || missing.length) {
    problems.push({
      line: 1,
      problem: {
        field: 'header',
        vi: `Dòng tiêu đề phải gồm ${TAKEDOWN_CSV_COLUMNS.join(',')}${missing.length ? `; thiếu ${missing.join(', ')}` : ''}${unknown.length ? `; cột lạ ${unknown.join(', ')}` : ''}.`,
        en: `The header must be ${TAKEDOWN_CSV_COLUMNS.join(',')}${missing.length ? `; missing ${missing.join(', ')}` : ''}${unknown.length ? `; unknown ${unknown.join(', ')}` : ''}.`,
      },
    })
    return { rows: [], problems }
  }
  return { rows: records.map(({ record, info }) => ({ line: info.lines, values: record })), problems }
}

const blank = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim())
const idOrSlug = (v: string): { id?: string; slug?: string } => (/^\d+$/.test(v) ? { id: v } : { slug: v })

function requestOf(values: Record_): { request: TakedownRequest | null; problems: Problem[] } {
  const problems: Problem[] = []
  for (const column of REQUIRED) {
    if (!blank(values[column])) problems.push({ field: column, vi: `Thiếu ${column}.`, en: `${column} is missing.` })
  }
  if (problems.length) return { request: null, problems }
  const collection = values.collection!.trim()
  const target = blank(values.target)
  let targetRef: TakedownRequest['target'] = null
  if (target) {
    const at = target.indexOf(':')
    targetRef = at > 0 ? { collection: target.slice(0, at), ...idOrSlug(target.slice(at + 1)) } : { collection, ...idOrSlug(target) }
  }
  return {
    request: {
      collection,
      ...idOrSlug(values.document!.trim()),
      site: values.site!.trim(),
      kind: values.kind!.trim(),
      reason: blank(values.reason),
      target: targetRef,
      successor: blank(values.successor),
    },
    problems,
  }
}

/** Check every row (nothing is written): its plan, or its problems. A document named twice is refused on the later row. */
export async function checkTakedownCsv(payload: Payload, text: string): Promise<{ rows: CsvTakedownRow[]; fileProblems: Array<{ line: number; problem: Problem }> }> {
  const parsed = parseTakedownCsv(text)
  if (parsed.problems.length) return { rows: [], fileProblems: parsed.problems }
  const rows: CsvTakedownRow[] = []
  const seen = new Map<string, number>()
  for (const { line, values } of parsed.rows) {
    const { request, problems } = requestOf(values)
    if (!request) {
      rows.push({ line, request, problems })
      continue
    }
    const checked = await planTakedown(payload, request, { user: null })
    const row: CsvTakedownRow = { line, request, problems: checked.problems, plan: checked.plan }
    if (checked.plan) {
      const key = `${checked.plan.collection}:${checked.plan.id}`
      const first = seen.get(key)
      if (first !== undefined) {
        row.problems = [{ field: 'document', vi: `Bài này đã có ở dòng ${first}.`, en: `This document is already on line ${first}.` }]
        delete row.plan
      } else seen.set(key, line)
    }
    rows.push(row)
  }
  return { rows, fileProblems: [] }
}

export type CsvTakedownOutcome = { applied: Array<{ line: number; plan: TakedownPlan }>; refused: CsvTakedownRow[]; failed: Array<{ line: number; message: string }> }

/**
 * Apply the good rows of a checked file, each in its own transaction (a row is written whole or
 * not at all). A row is checked again just before it is written: an earlier row may have changed
 * what it relies on (its target taken down, say).
 */
export async function applyTakedownCsv(payload: Payload, rows: CsvTakedownRow[]): Promise<CsvTakedownOutcome> {
  const outcome: CsvTakedownOutcome = { applied: [], refused: rows.filter((r) => !r.plan), failed: [] }
  for (const row of rows) {
    if (!row.plan || !row.request) continue
    const again = await planTakedown(payload, row.request, { user: null })
    if (!again.plan) {
      outcome.refused.push({ ...row, problems: again.problems, plan: undefined })
      continue
    }
    try {
      const req = await createLocalReq({}, payload)
      await applyTakedown(payload, again.plan, { user: null, req })
      outcome.applied.push({ line: row.line, plan: again.plan })
    } catch (e) {
      outcome.failed.push({ line: row.line, message: (e as Error).message })
    }
  }
  outcome.refused.sort((a, b) => a.line - b.line)
  return outcome
}

export { describePlan }
