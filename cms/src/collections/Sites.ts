import { APIError, type CollectionConfig } from 'payload'

import { anyone, asUser, isPlatformAdmin, platformAdminOnly, siteIdsOf } from '../access/roles'
import { SITE_LEVELS } from '../contracts/portal'
import { slugField } from '../fields/slug'
import { invalidateHostMap } from '../hooks/hostMapCache'
import { queueSiteBuild } from '../hooks/queueBuild'
import { lifecycleFields } from '../lifecycle/fields'
import { contrastRatio, HEX_COLOUR } from '../lib/text'

const HOSTNAME = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/

export const LEVEL_LABELS: Record<(typeof SITE_LEVELS)[number], { vi: string; en: string }> = {
  'trung-uong': { vi: 'Trung ương (bộ, ngành)', en: 'Central (ministry)' },
  tinh: { vi: 'Tỉnh, thành phố', en: 'Province' },
  xa: { vi: 'Xã, phường, đặc khu', en: 'Commune' },
  'truc-thuoc': { vi: 'Đơn vị trực thuộc (sở, cục, vụ…)', en: 'Subordinate unit' },
}

/** The tenants: one record per agency portal. */
export const Sites: CollectionConfig = {
  slug: 'sites',
  labels: {
    singular: { vi: 'Trang thông tin', en: 'Site' },
    plural: { vi: 'Các trang thông tin', en: 'Sites' },
  },
  // The site picker pages through sites in name order (10 at a time, with search).
  defaultSort: 'name',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'level', 'parent', 'status'],
    group: { vi: 'Quản trị nền tảng', en: 'Platform' },
    listSearchableFields: ['name', 'slug'],
  },
  access: {
    // Site identity, contacts and imprint are public information on every portal.
    read: anyone,
    create: platformAdminOnly,
    // Sites are archived (status), never deleted: their content, URLs and audit trail stay.
    delete: () => false,
    update: ({ req }) => {
      const user = asUser(req)
      if (isPlatformAdmin(user)) return true
      const ids = siteIdsOf(user, ['site-admin'])
      return ids.length ? { id: { in: ids } } : false
    },
  },
  hooks: {
    afterChange: [invalidateHostMap, queueSiteBuild('site')],
    beforeDelete: [
      () => {
        throw new APIError('Không xóa trang thông tin; hãy chuyển trạng thái sang "Lưu trữ". / Sites are archived, never deleted.', 403)
      },
    ],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { vi: 'Tên cổng/trang thông tin', en: 'Portal name' },
    },
    slugField({ from: 'name', perSite: false }),
    {
      name: 'domains',
      type: 'text',
      hasMany: true,
      label: { vi: 'Tên miền', en: 'Domains' },
      admin: {
        description: {
          vi: 'Các tên miền trỏ về cổng này, ví dụ hatinh.gov.vn. Cổng luôn có thêm địa chỉ <slug>.localhost.',
          en: 'Domains served by this portal, e.g. hatinh.gov.vn.',
        },
      },
      hooks: {
        beforeValidate: [
          ({ value }) => (Array.isArray(value) ? value.map((d) => String(d).trim().toLowerCase()) : value),
        ],
      },
      validate: async (value, { req, id }) => {
        const list = (value ?? []) as string[]
        for (const domain of list) {
          if (!HOSTNAME.test(domain)) return `"${domain}" không phải tên miền hợp lệ. / "${domain}" is not a valid domain.`
        }
        if (new Set(list).size !== list.length) return 'Tên miền bị lặp. / Duplicate domain.'
        for (const domain of list) {
          const clash = await req.payload.count({
            collection: 'sites',
            where: { domains: { in: [domain] }, ...(id !== undefined ? { id: { not_equals: id } } : {}) },
            req,
            overrideAccess: true,
          })
          if (clash.totalDocs > 0) return `Tên miền ${domain} đã thuộc trang khác. / ${domain} belongs to another site.`
        }
        return true
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          defaultValue: 'truc-thuoc',
          label: { vi: 'Cấp hành chính', en: 'Administrative level' },
          options: SITE_LEVELS.map((value) => ({ value, label: LEVEL_LABELS[value] })),
        },
        {
          name: 'unitCode',
          type: 'text',
          label: { vi: 'Mã đơn vị hành chính', en: 'Official unit code' },
          admin: { description: { vi: 'Tỉnh: 2 chữ số, xã: 5 chữ số (QĐ 19/2025/QĐ-TTg).', en: 'Province 2 digits, commune 5 digits.' } },
          validate: (value: unknown) =>
            value === null || value === undefined || value === '' || /^(\d{2}|\d{5})$/.test(String(value))
              ? true
              : 'Mã đơn vị gồm 2 (tỉnh) hoặc 5 (xã) chữ số. / Unit codes have 2 or 5 digits.',
        },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'sites',
      label: { vi: 'Đơn vị cấp trên', en: 'Parent site' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      validate: (value: unknown, { id }: { id?: number | string }) => {
        const parentId = value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
        return id !== undefined && parentId !== null && parentId !== undefined && String(parentId) === String(id)
          ? 'Một trang không thể là cấp trên của chính nó. / A site cannot be its own parent.'
          : true
      },
    },
    {
      name: 'theme',
      type: 'select',
      required: true,
      defaultValue: 'default',
      label: { vi: 'Giao diện', en: 'Theme' },
      options: [{ value: 'default', label: { vi: 'Mặc định', en: 'Default' } }],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      index: true,
      label: { vi: 'Trạng thái', en: 'Status' },
      options: [
        { value: 'active', label: { vi: 'Đang hoạt động', en: 'Active' } },
        { value: 'archived', label: { vi: 'Lưu trữ', en: 'Archived' } },
      ],
      admin: { position: 'sidebar' },
      access: { update: ({ req }) => isPlatformAdmin(asUser(req)) },
    },
    {
      name: 'requireApproval',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Tin bài phải được lãnh đạo duyệt trước khi xuất bản', en: 'Publishing requires an approver' },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Bật: chỉ lãnh đạo duyệt và quản trị trang được xuất bản; biên tập viên gửi duyệt.',
          en: 'On: only approvers and site admins publish; editors submit for review.',
        },
      },
    },
    {
      name: 'branding',
      type: 'group',
      label: { vi: 'Nhận diện', en: 'Branding' },
      fields: [
        { name: 'logo', type: 'upload', relationTo: 'media', label: { vi: 'Biểu trưng (logo)', en: 'Logo' } },
        {
          name: 'primaryColor',
          type: 'text',
          label: { vi: 'Màu chủ đạo', en: 'Primary colour' },
          admin: { description: { vi: 'Mã màu #rrggbb, phải đạt tương phản 4,5:1 với chữ trắng (WCAG AA).', en: '#rrggbb; needs 4.5:1 contrast with white text.' } },
          validate: (value: unknown) => {
            if (value === null || value === undefined || value === '') return true
            const colour = String(value)
            if (!HEX_COLOUR.test(colour)) return 'Màu phải có dạng #rrggbb. / Use the form #rrggbb.'
            const ratio = contrastRatio(colour, '#ffffff')
            return ratio >= 4.5
              ? true
              : `Màu ${colour} chỉ đạt tương phản ${ratio.toFixed(2)}:1 với chữ trắng, cần ít nhất 4,5:1. / Contrast ${ratio.toFixed(2)}:1 is below WCAG AA (4.5:1).`
          },
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: { vi: 'Thông tin liên hệ', en: 'Contact' },
      fields: [
        { name: 'address', type: 'text', localized: true, label: { vi: 'Địa chỉ', en: 'Address' } },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
            { name: 'fax', type: 'text', label: { vi: 'Fax', en: 'Fax' } },
            { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'Email' } },
          ],
        },
      ],
    },
    {
      name: 'imprint',
      type: 'group',
      label: { vi: 'Thông tin chủ quản (chân trang)', en: 'Imprint (footer)' },
      admin: { description: { vi: 'Thông tin bắt buộc về cơ quan chủ quản và người chịu trách nhiệm.', en: 'Owning agency and responsible person, required by law.' } },
      fields: [
        { name: 'owningAgency', type: 'text', localized: true, label: { vi: 'Cơ quan chủ quản', en: 'Owning agency' } },
        { name: 'responsiblePerson', type: 'text', localized: true, label: { vi: 'Người chịu trách nhiệm', en: 'Responsible person' } },
        { name: 'licence', type: 'text', localized: true, label: { vi: 'Giấy phép / quyết định thành lập', en: 'Licence line' } },
      ],
    },
    lifecycleFields,
  ],
}
