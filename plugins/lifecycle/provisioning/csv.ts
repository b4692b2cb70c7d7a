/**
 * The CSV file of `npm run site -- create --csv`: a header row, then one portal per row.
 * RFC 4180 (quotes, doubled quotes, CRLF or LF, a UTF-8 byte-order mark from Excel), with `;`
 * accepted as the separator when the header uses it (Excel in a Vietnamese locale does).
 */

/** Columns, in the documented order; `nameEn` is optional and may be left out. */
export const CSV_COLUMNS = ['name', 'slug', 'domain', 'level', 'parent', 'theme', 'unitCode', 'adminEmail', 'nameEn'] as const
export type CsvColumn = (typeof CSV_COLUMNS)[number]
const REQUIRED: readonly CsvColumn[] = ['name', 'slug', 'domain', 'level']

export type CsvRow = { line: number; values: Partial<Record<CsvColumn, string>> }
export type CsvResult = { rows: CsvRow[]; problems: Array<{ line: number; message: string }> }

/** Split CSV text into records, each with the line it starts on. */
export function parseCsvRecords(text: string, separator: ',' | ';'): Array<{ line: number; cells: string[] }> {
  const records: Array<{ line: number; cells: string[] }> = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let start = 1
  let touched = false
  const endRecord = () => {
    cells.push(cell)
    if (touched || cells.length > 1 || cell !== '') records.push({ line: start, cells })
    cells = []
    cell = ''
    touched = false
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else {
        if (c === '\n') line++
        cell += c
      }
      continue
    }
    if (c === '"' && cell === '') {
      quoted = true
      touched = true
    } else if (c === separator) {
      cells.push(cell)
      cell = ''
      touched = true
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      start = line
    } else cell += c
  }
  if (cell !== '' || cells.length > 0 || touched) endRecord()
  return records
}

const normaliseHeader = (h: string) => h.trim().replace(/[\s_-]+/g, '').toLowerCase()

/** Parse the whole file; structural problems (unknown columns, wrong cell counts) are reported per line. */
export function parseSitesCsv(input: string): CsvResult {
  const text = input.replace(/^\ufeff/, '')
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ','
  const records = parseCsvRecords(text, separator)
  const problems: CsvResult['problems'] = []
  const header = records.shift()
  if (!header) return { rows: [], problems: [{ line: 1, message: 'Tệp CSV trống. / The CSV file is empty.' }] }

  const known = new Map(CSV_COLUMNS.map((c) => [c.toLowerCase(), c]))
  const columns = header.cells.map((h) => known.get(normaliseHeader(h)) ?? null)
  header.cells.forEach((h, i) => {
    if (!columns[i]) problems.push({ line: 1, message: `Cột "${h.trim()}" không được hỗ trợ; các cột: ${CSV_COLUMNS.join(',')}. / Unknown column "${h.trim()}".` })
  })
  for (const required of REQUIRED) {
    if (!columns.includes(required)) problems.push({ line: 1, message: `Thiếu cột "${required}". / The column "${required}" is missing.` })
  }
  const rows: CsvRow[] = []
  for (const record of records) {
    if (record.cells.every((c) => c.trim() === '')) continue
    if (record.cells.length !== header.cells.length) {
      problems.push({ line: record.line, message: `Dòng có ${record.cells.length} ô, tiêu đề có ${header.cells.length}. / The row has ${record.cells.length} cells, the header ${header.cells.length}.` })
      continue
    }
    const values: CsvRow['values'] = {}
    record.cells.forEach((cell, i) => {
      const column = columns[i]
      if (column) values[column] = cell
    })
    rows.push({ line: record.line, values })
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 2, message: 'Tệp CSV không có dòng dữ liệu nào. / The CSV file has no data rows.' })
  return { rows, problems }
}
