import { APIError, type CollectionConfig } from 'payload'

import { anyone, asUser, isPlatformAdmin, platformAdminOnly, siteIdsOf } from '../../cms/src/access/roles'
import { checkBrandColour, formatRatio } from '../../cms/src/contracts/contrast'
import { SITE_LEVELS } from '../../cms/src/contracts/portal'
import { THEME_OPTIONS } from '../../cms/src/contracts/themes'
import { env } from '../../cms/src/config/env'
import { slugField } from '../../cms/src/fields/slug'
import { invalidateHostMap } from './hostMap'
import { parseEmcSnippet } from '../../cms/src/lib/emc'
import { visibleTo } from '../../cms/src/admin/visibility'

/** The brand colour carries white text and colours links on white: both need WCAG AA (4.5:1). */
export function validateBrandColour(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  const colour = String(value).trim()
  if (!/^#[0-9a-fA-F]{6}$/.test(colour)) return 'Màu phải có dạng #rrggbb, ví dụ #9b1c1c. / Use the form #rrggbb, e.g. #9b1c1c.'
  const check = checkBrandColour(colour)
  if (check.ok) return true
  if (check.reason === 'format') return 'Màu phải có dạng #rrggbb, ví dụ #9b1c1c. / Use the form #rrggbb, e.g. #9b1c1c.'
  const ratio = formatRatio(check.ratio)
  return (
    `Màu ${colour} không đạt chuẩn tương phản WCAG AA: chữ trắng trên nền màu này và liên kết màu này trên nền trắng chỉ đạt ${ratio.replace('.', ',')}:1, cần ít nhất 4,5:1. Hãy chọn màu đậm hơn, ví dụ ${check.suggestion}. / ` +
    `${colour} fails WCAG AA contrast: white text on it and links in it on white reach only ${ratio}:1, at least 4.5:1 is needed. Choose a darker colour, e.g. ${check.suggestion}.`
  )
}

/** Where "Góp ý" leads: a web form (http/https) or an e-mail address (mailto:). */
export function validateFeedbackUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  const text = String(value).trim()
  const message = 'Nhập địa chỉ https://… của trang góp ý hoặc mailto:thu@coquan.gov.vn. / Enter an https://… address or mailto:someone@agency.gov.vn.'
  try {
    const url = new URL(text)
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname ? true : message
    if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname)) ? true : message
    return message
  } catch {
    return message
  }
}

/**
 * Checked when it changes: a site admin, who cannot edit it, must still be able to save the rest
 * of the site after the allow-list changed (the export re-checks it on every build anyway).
 */
export function validateEmcSnippet(value: unknown, { previousValue }: { previousValue?: unknown } = {}): true | string {
  if (value === null || value === undefined || String(value).trim() === '') return true
  if (value === previousValue) return true
  const result = parseEmcSnippet(String(value), env().emcScriptHosts)
  return result.ok ? true : result.message
}

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
    // Site admins keep their portal's details up to date.
    hidden: visibleTo(['site-admin']),
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
    // The portals plugin adds the rebuild of the portal, lifecycle its end-of-life fields.
    afterChange: [invalidateHostMap],
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
      options: THEME_OPTIONS.map(({ value, label }) => ({ value, label: { ...label } })),
      admin: {
        description: {
          vi: 'Giao diện "Xã, phường" gọn nhẹ hơn: trang chủ ít khối, CSS nhỏ hơn.',
          en: 'The commune theme is lighter: fewer home-page blocks and less CSS.',
        },
      },
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
          admin: {
            description: {
              vi: 'Mã màu #rrggbb. Chữ trắng trên nền màu này và liên kết màu này trên nền trắng phải đạt tương phản 4,5:1 (WCAG AA).',
              en: '#rrggbb. White text on it and links in it on white need 4.5:1 contrast (WCAG AA).',
            },
          },
          validate: validateBrandColour,
        },
        {
          name: 'headerImage',
          type: 'upload',
          relationTo: 'media',
          label: { vi: 'Ảnh nền đầu trang', en: 'Header image' },
          admin: {
            description: {
              vi: 'Ảnh rộng (ví dụ 1600 × 300) làm nền dải đầu trang. Tên cổng vẫn nằm trên nền màu chủ đạo nên luôn đọc được.',
              en: 'A wide picture (e.g. 1600 × 300) behind the masthead; the portal name keeps its solid brand-colour box.',
            },
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
        {
          name: 'feedbackUrl',
          type: 'text',
          label: { vi: 'Địa chỉ nhận góp ý', en: 'Feedback address' },
          admin: {
            description: {
              vi: 'Trang góp ý (https://…) hoặc mailto:…. Để trống: liên kết "Góp ý" gửi thư tới thư điện tử ở trên, tiêu đề là tên bài viết.',
              en: 'A feedback page (https://…) or mailto:…. Empty: "Feedback" e-mails the address above with the article title as subject.',
            },
          },
          validate: validateFeedbackUrl,
        },
      ],
    },
    {
      name: 'monitoring',
      type: 'group',
      label: { vi: 'Giám sát EMC', en: 'EMC monitoring' },
      admin: {
        description: {
          vi: 'Mã giám sát của Hệ thống EMC (Thông tư 22/2023/TT-BTTTT). Chỉ quản trị nền tảng được sửa.',
          en: 'Tracking tag of the national EMC system (Circular 22/2023). Platform admins only.',
        },
      },
      fields: [
        {
          name: 'emcSnippet',
          type: 'textarea',
          label: { vi: 'Mã nhúng EMC', en: 'EMC snippet' },
          access: {
            create: ({ req }) => isPlatformAdmin(asUser(req)),
            update: ({ req }) => isPlatformAdmin(asUser(req)),
          },
          admin: {
            description: {
              vi: 'Dán nguyên thẻ <script src="https://…"></script> do EMC cấp; chỉ nhận máy chủ trong danh sách cho phép (EMC_SCRIPT_HOSTS).',
              en: 'Paste the <script src="https://…"></script> tag EMC issued; only allow-listed hosts (EMC_SCRIPT_HOSTS) are accepted.',
            },
          },
          validate: validateEmcSnippet,
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
  ],
}
