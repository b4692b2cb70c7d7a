/**
 * What the platform accepts as a document file (signed PDF of a decree, DOCX of a draft, a form
 * template): PDF, DOC or DOCX, checked by extension, declared type and the first bytes, up to a
 * size limit. Payload checks `mimeTypes` too, but in English and without the size rule.
 */
import type { Message } from './number'

/** Largest document file accepted: 25 MB (scanned decrees with annexes reach ~15 MB). */
export const LEGAL_FILE_MAX_BYTES = 25 * 1024 * 1024

export const LEGAL_FILE_TYPES = [
  { ext: ['pdf'], mime: 'application/pdf', magic: (b: Uint8Array) => ascii(b, 0, 5) === '%PDF-' },
  // Word 97–2003 files are OLE compound documents.
  { ext: ['doc'], mime: 'application/msword', magic: (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 },
  { ext: ['docx'], mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: (b: Uint8Array) => ascii(b, 0, 4) === 'PK\u0003\u0004' },
] as const

export const LEGAL_FILE_MIME_TYPES = LEGAL_FILE_TYPES.map((t) => t.mime)

function ascii(bytes: Uint8Array, from: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(from, from + length))
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`

export type UploadedFile = { name: string; mimetype?: string | null; size: number; head: Uint8Array }

/** Why a file is refused (Vietnamese and English), or null when it is acceptable. */
export function checkLegalFile(file: UploadedFile): Message | null {
  const ext = file.name.toLowerCase().split('.').pop() ?? ''
  const type = LEGAL_FILE_TYPES.find((t) => (t.ext as readonly string[]).includes(ext))
  if (!type) {
    return {
      vi: `Tệp "${file.name}" không được nhận: chỉ nhận tệp PDF, DOC hoặc DOCX.`,
      en: `"${file.name}" was refused: only PDF, DOC and DOCX files are accepted.`,
    }
  }
  if (file.size > LEGAL_FILE_MAX_BYTES) {
    return {
      vi: `Tệp "${file.name}" nặng ${megabytes(file.size)}, vượt giới hạn ${megabytes(LEGAL_FILE_MAX_BYTES)}.`,
      en: `"${file.name}" is ${megabytes(file.size)}, over the ${megabytes(LEGAL_FILE_MAX_BYTES)} limit.`,
    }
  }
  if (file.size === 0) return { vi: `Tệp "${file.name}" rỗng.`, en: `"${file.name}" is empty.` }
  const declared = file.mimetype?.split(';')[0]?.trim().toLowerCase()
  const declaredOk = !declared || declared === type.mime || declared === 'application/octet-stream'
  if (!declaredOk || !type.magic(file.head)) {
    return {
      vi: `Nội dung tệp "${file.name}" không phải là tệp ${ext.toUpperCase()} hợp lệ.`,
      en: `The content of "${file.name}" is not a valid ${ext.toUpperCase()} file.`,
    }
  }
  return null
}
