/**
 * A one-page PDF with a line of text, for the demo's document files (drafts, form templates).
 * ASCII only: the built-in Helvetica font has no Vietnamese glyphs, so callers pass text without
 * diacritics. Byte offsets in the cross-reference table are computed, so readers open it cleanly.
 */
export function placeholderPdf(title: string, line: string): Buffer {
  const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')).replace(/[^\x20-\x7e]/g, '?').replace(/[()\\]/g, '\\$&')
  const text = `BT /F1 16 Tf 56 770 Td (${ascii(title).slice(0, 80)}) Tj 0 -28 Td /F1 11 Tf (${ascii(line).slice(0, 110)}) Tj 0 -20 Td (Tai lieu minh hoa cua he thong Cong - demo file) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body))
    body += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
