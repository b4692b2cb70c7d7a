import fs from 'node:fs/promises'
import path from 'node:path'

import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { contributesTo } from '../../../cms/src/contributions'
import { legalFilesLifecycle } from '../merge'

import { CONTENT_ROLES, EDITING_ROLES } from '../../../cms/src/access/roles'
import { env } from '../../../cms/src/config/env'
import { siteField } from '../../site-scoping/fields/site'
import { readLegalFiles } from '../fileAccess'
import { checkLegalFile, LEGAL_FILE_MAX_BYTES, LEGAL_FILE_MIME_TYPES } from '../files'
import { messageText } from '../number'

async function headOf(file: { data: Buffer; tempFilePath?: string }): Promise<Uint8Array> {
  if (file.data?.length) return file.data.subarray(0, 8)
  if (!file.tempFilePath) return new Uint8Array()
  const handle = await fs.open(file.tempFilePath, 'r')
  try {
    const buffer = Buffer.alloc(8)
    await handle.read(buffer, 0, 8, 0)
    return buffer
  } finally {
    await handle.close()
  }
}

/** Refuse wrong types and oversized files before Payload stores anything, with a bilingual message. */
const checkUploadedFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    const problem = checkLegalFile({ name: req.file.name, mimetype: req.file.mimetype, size: req.file.size, head: await headOf(req.file) })
    if (problem) throw new APIError(messageText(problem), 400, { file: req.file.name }, true)
  }
  return args
}

/** Document files: signed PDFs and DOCX of legal documents, draft files, form templates of procedures. */
export const LegalFiles: CollectionConfig = {
  slug: 'legal-files',
  labels: { singular: { vi: 'Tệp văn bản', en: 'Document file' }, plural: { vi: 'Tệp văn bản, biểu mẫu', en: 'Document files' } },
  admin: {
    useAsTitle: 'title',
    group: { vi: 'Văn bản – Thủ tục', en: 'Legal & procedures' },
    defaultColumns: ['title', 'filename', 'filesize', 'site'],
    description: {
      vi: `Tệp PDF, DOC hoặc DOCX, tối đa ${LEGAL_FILE_MAX_BYTES / 1024 / 1024} MB.`,
      en: `PDF, DOC or DOCX files up to ${LEGAL_FILE_MAX_BYTES / 1024 / 1024} MB.`,
    },
  },
  // Public only while a published document, procedure or opened consultation uses the file.
  custom: contributesTo({ siteScoped: { read: readLegalFiles, write: CONTENT_ROLES, delete: EDITING_ROLES }, lifecycle: legalFilesLifecycle }),
  upload: {
    staticDir: path.join(env().dataDir, 'legal-files'),
    mimeTypes: [...LEGAL_FILE_MIME_TYPES],
  },
  hooks: { beforeOperation: [checkUploadedFile] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 300,
      label: { vi: 'Tên tệp hiển thị', en: 'Display name' },
      admin: { description: { vi: 'Ví dụ: Bản PDF có chữ ký số; Mẫu đơn đề nghị.', en: 'E.g. Signed PDF; Application form.' } },
    },
    siteField(),
  ],
}
