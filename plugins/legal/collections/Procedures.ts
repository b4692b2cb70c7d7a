import type { CollectionBeforeValidateHook, CollectionConfig, TextFieldSingleValidation } from 'payload'

import { procedureChecks } from '../checks'
import { contributesTo } from '../../../cms/src/contributions'
import { proceduresLifecycle } from '../merge'
import { procedureSearch } from '../search'
import { PROCEDURES_PATH, procedurePath } from '../../../themes/model/legal'

import { CONTENT_ROLES, EDITING_ROLES } from '../../../cms/src/access/roles'
import {
  APPLICANT_TYPE_LABELS,
  APPLICANT_TYPES,
  ONLINE_SERVICE_LEVEL_LABELS,
  ONLINE_SERVICE_LEVELS,
  PROCEDURE_LEVEL_LABELS,
  PROCEDURE_LEVELS,
  SUBMISSION_METHOD_LABELS,
  SUBMISSION_METHODS,
} from '../../../cms/src/contracts/legal'
import { siteField } from '../../site-scoping/fields/site'
import { idOf } from '../../../cms/src/lib/ids'
import { nationalPortalUrl, PROCEDURE_CODE } from '../procedures'

const httpsUrl = (value: unknown) =>
  value === null || value === undefined || value === '' || (typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value))
    ? true
    : 'Địa chỉ phải bắt đầu bằng https:// hoặc http://. / Use a full http(s) URL.'

/** Code trimmed, slug from the code, national portal link from the code when left empty. */
const deriveProcedureFields: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const code = typeof data.code === 'string' ? data.code.trim() : (originalDoc?.code as string | undefined)
  if (code) {
    data.code = code
    data.slug = code.replace(/\./g, '-')
    if (!data.nationalPortalUrl && !originalDoc?.nationalPortalUrl && PROCEDURE_CODE.test(code)) data.nationalPortalUrl = nationalPortalUrl(code)
  }
  return data
}

const validateCode: TextFieldSingleValidation = async (value, { data, req, id }) => {
  if (typeof value !== 'string' || value.trim() === '') return 'Cần mã thủ tục. / A procedure code is required.'
  if (!PROCEDURE_CODE.test(value.trim())) {
    return `Mã thủ tục "${value}" không đúng dạng của Cổng Dịch vụ công quốc gia (ví dụ 1.001193). / "${value}" is not a national procedure code like 1.001193.`
  }
  const site = idOf((data as { site?: unknown }).site)
  if (site === null) return true
  const clash = await req.payload.count({
    collection: 'procedures',
    where: { and: [{ code: { equals: value.trim() } }, { site: { equals: site } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
    overrideAccess: true,
    req,
  })
  return clash.totalDocs === 0 ? true : `Thủ tục mã ${value} đã có trên trang này. / Procedure ${value} already exists on this site.`
}

/** Administrative procedures (thủ tục hành chính) with the fields of the National Public Service Portal. */
export const Procedures: CollectionConfig = {
  slug: 'procedures',
  labels: { singular: { vi: 'Thủ tục hành chính', en: 'Administrative procedure' }, plural: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'field', 'levels', 'onlineLevel', 'site', '_status'],
    group: { vi: 'Văn bản – Thủ tục', en: 'Legal & procedures' },
    listSearchableFields: ['code', 'name', 'field'],
  },
  defaultSort: 'code',
  custom: contributesTo({ siteScoped: { read: 'published', write: CONTENT_ROLES, delete: EDITING_ROLES }, workflow: {}, checks: procedureChecks, review: { months: 6, public: true }, portal: { path: (doc) => (doc.slug ? procedurePath(doc.slug) : null) }, search: procedureSearch, compliance: { sections: ['thu-tuc-hanh-chinh'], list: { path: PROCEDURES_PATH, vi: 'Thủ tục hành chính', en: 'Administrative procedures' } }, lifecycle: proceduresLifecycle }),
  versions: { drafts: true, maxPerDoc: 30 },
  indexes: [{ fields: ['site', 'code'] }, { fields: ['site', '_status'] }],
  hooks: {
    beforeValidate: [deriveProcedureFields],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'code', type: 'text', required: true, index: true, label: { vi: 'Mã thủ tục', en: 'Procedure code' }, admin: { placeholder: '1.001193' }, validate: validateCode },
        { name: 'announcingDecision', type: 'text', label: { vi: 'Số quyết định công bố', en: 'Announcing decision' }, admin: { placeholder: '936/QĐ-BKHCN' } },
      ],
    },
    { name: 'name', type: 'text', required: true, maxLength: 500, label: { vi: 'Tên thủ tục', en: 'Name' } },
    {
      type: 'row',
      fields: [
        {
          name: 'levels',
          type: 'select',
          hasMany: true,
          required: true,
          label: { vi: 'Cấp thực hiện', en: 'Level' },
          options: PROCEDURE_LEVELS.map((value) => ({ value, label: PROCEDURE_LEVEL_LABELS[value] })),
        },
        { name: 'field', type: 'text', required: true, index: true, label: { vi: 'Lĩnh vực', en: 'Field' }, admin: { placeholder: 'Hoạt động khoa học và công nghệ' } },
        { name: 'procedureType', type: 'text', label: { vi: 'Loại thủ tục', en: 'Procedure type' } },
      ],
    },
    {
      type: 'collapsible',
      label: { vi: 'Cơ quan', en: 'Agencies' },
      fields: [
        { name: 'implementingAgency', type: 'text', required: true, label: { vi: 'Cơ quan thực hiện', en: 'Implementing agency' } },
        { name: 'competentAuthority', type: 'text', label: { vi: 'Cơ quan có thẩm quyền', en: 'Competent authority' } },
        { name: 'receivingAddress', type: 'textarea', label: { vi: 'Địa chỉ tiếp nhận hồ sơ', en: 'Where dossiers are received' } },
        { name: 'delegatedAgency', type: 'text', label: { vi: 'Cơ quan được ủy quyền', en: 'Delegated agency' } },
        { name: 'coordinatingAgencies', type: 'text', label: { vi: 'Cơ quan phối hợp', en: 'Coordinating agencies' } },
      ],
    },
    {
      name: 'steps',
      type: 'array',
      label: { vi: 'Trình tự thực hiện', en: 'Steps' },
      labels: { singular: { vi: 'Bước', en: 'Step' }, plural: { vi: 'Các bước', en: 'Steps' } },
      fields: [
        { name: 'title', type: 'text', label: { vi: 'Tên bước', en: 'Title' } },
        { name: 'text', type: 'textarea', required: true, label: { vi: 'Nội dung', en: 'Description' } },
      ],
    },
    {
      name: 'channels',
      type: 'array',
      label: { vi: 'Cách thức thực hiện', en: 'Submission methods' },
      labels: { singular: { vi: 'Hình thức nộp', en: 'Method' }, plural: { vi: 'Hình thức nộp', en: 'Methods' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'method',
              type: 'select',
              required: true,
              label: { vi: 'Hình thức nộp', en: 'Method' },
              options: SUBMISSION_METHODS.map((value) => ({ value, label: SUBMISSION_METHOD_LABELS[value] })),
            },
            { name: 'processingTime', type: 'text', label: { vi: 'Thời hạn giải quyết', en: 'Processing time' }, admin: { placeholder: '05 ngày làm việc' } },
          ],
        },
        { name: 'fees', type: 'textarea', label: { vi: 'Phí, lệ phí', en: 'Fees' }, admin: { placeholder: 'Lệ phí: 50.000 đồng' } },
        { name: 'note', type: 'textarea', label: { vi: 'Mô tả', en: 'Notes' } },
      ],
    },
    {
      name: 'dossier',
      type: 'array',
      label: { vi: 'Thành phần hồ sơ', en: 'Dossier' },
      labels: { singular: { vi: 'Giấy tờ', en: 'Document' }, plural: { vi: 'Giấy tờ', en: 'Documents' } },
      fields: [
        { name: 'case', type: 'text', label: { vi: 'Trường hợp (nếu có)', en: 'Case (if any)' } },
        { name: 'name', type: 'textarea', required: true, label: { vi: 'Tên giấy tờ', en: 'Document' } },
        {
          type: 'row',
          fields: [
            { name: 'form', type: 'upload', relationTo: 'legal-files', label: { vi: 'Mẫu đơn, tờ khai', en: 'Form template' } },
            { name: 'originals', type: 'number', min: 0, max: 100, defaultValue: 1, label: { vi: 'Bản chính', en: 'Originals' } },
            { name: 'copies', type: 'number', min: 0, max: 100, defaultValue: 0, label: { vi: 'Bản sao', en: 'Copies' } },
          ],
        },
        { name: 'note', type: 'text', label: { vi: 'Ghi chú', en: 'Note' } },
      ],
    },
    {
      name: 'applicants',
      type: 'select',
      hasMany: true,
      label: { vi: 'Đối tượng thực hiện', en: 'Eligible applicants' },
      options: APPLICANT_TYPES.map((value) => ({ value, label: APPLICANT_TYPE_LABELS[value] })),
    },
    { name: 'result', type: 'textarea', label: { vi: 'Kết quả thực hiện', en: 'Result' } },
    {
      name: 'legalBasis',
      type: 'array',
      label: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
      labels: { singular: { vi: 'Văn bản', en: 'Document' }, plural: { vi: 'Văn bản', en: 'Documents' } },
      admin: { description: { vi: 'Chọn văn bản có trên hệ thống, hoặc ghi số ký hiệu và trích yếu.', en: 'Pick a document on the platform, or type its number and title.' } },
      fields: [
        { name: 'document', type: 'relationship', relationTo: 'legal-documents', label: { vi: 'Văn bản trên hệ thống', en: 'Document on the platform' } },
        {
          type: 'row',
          fields: [
            {
              name: 'number',
              type: 'text',
              label: { vi: 'Số ký hiệu', en: 'Number' },
              validate: (value: unknown, { siblingData }: { siblingData: { document?: unknown } }) =>
                idOf(siblingData.document) !== null || (typeof value === 'string' && value.trim() !== '')
                  ? true
                  : 'Chọn văn bản hoặc ghi số ký hiệu. / Pick a document or type its number.',
            },
            { name: 'issueDate', type: 'date', label: { vi: 'Ngày ban hành', en: 'Issue date' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
            { name: 'issuingBody', type: 'text', label: { vi: 'Cơ quan ban hành', en: 'Issuing body' } },
          ],
        },
        { name: 'title', type: 'text', label: { vi: 'Trích yếu', en: 'Title' } },
      ],
    },
    { name: 'requirements', type: 'textarea', label: { vi: 'Yêu cầu, điều kiện thực hiện', en: 'Requirements' } },
    {
      type: 'row',
      fields: [
        {
          name: 'onlineLevel',
          type: 'select',
          label: { vi: 'Mức độ dịch vụ công trực tuyến', en: 'Online service level' },
          options: ONLINE_SERVICE_LEVELS.map((value) => ({ value, label: ONLINE_SERVICE_LEVEL_LABELS[value] })),
          admin: { description: { vi: 'Để trống nếu không cung cấp trực tuyến.', en: 'Empty when not offered online.' } },
        },
        {
          name: 'nationalPortalUrl',
          type: 'text',
          label: { vi: 'Trang thủ tục trên Cổng DVC quốc gia', en: 'National portal page' },
          admin: { description: { vi: 'Tự tạo từ mã thủ tục nếu để trống.', en: 'Derived from the code when empty.' } },
          validate: httpsUrl,
        },
        { name: 'onlineSubmissionUrl', type: 'text', label: { vi: 'Địa chỉ nộp hồ sơ trực tuyến', en: 'Online submission URL' }, validate: httpsUrl },
      ],
    },
    { name: 'slug', type: 'text', index: true, label: { vi: 'Đường dẫn (slug)', en: 'Slug' }, admin: { position: 'sidebar', readOnly: true } },
    siteField(),
  ],
}
