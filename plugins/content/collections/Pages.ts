import type { Block, CollectionConfig } from 'payload'

import { contributesTo } from '../../../cms/src/contributions'
import { pagesLifecycle } from '../merge'
import { pageSearch } from '../search'
import { pagePath } from '../../../themes/model/urls'

import { CONTENT_ROLES, EDITING_ROLES } from '../../../cms/src/access/roles'
import { REFUSED_PAGE_SLUGS } from '../../../cms/src/contracts/portal'
import { siteField } from '../../site-scoping/fields/site'
import { sectionField } from '../fields/section'
import { slugField } from '../../../cms/src/fields/slug'

const linkFields = [
  { name: 'label', type: 'text', required: true, label: { vi: 'Nhãn', en: 'Label' } },
  {
    name: 'url',
    type: 'text',
    required: true,
    label: { vi: 'Địa chỉ', en: 'URL' },
    admin: { description: { vi: 'Đường dẫn trong cổng (/gioi-thieu/) hoặc địa chỉ đầy đủ https://…', en: 'A portal path (/about/) or a full https:// URL.' } },
    validate: (value: unknown) =>
      typeof value === 'string' && (/^\/[^\s]*$/.test(value) || /^https?:\/\/[^\s]+$/.test(value) || /^mailto:[^\s]+$/.test(value))
        ? true
        : 'Địa chỉ phải bắt đầu bằng /, https:// hoặc mailto:. / Use a path starting with /, an http(s) URL or mailto:.',
  },
] as const

export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: { vi: 'Văn bản', en: 'Rich text' }, plural: { vi: 'Văn bản', en: 'Rich text' } },
  fields: [{ name: 'content', type: 'richText', required: true, label: { vi: 'Nội dung', en: 'Content' } }],
}

export const LinksListBlock: Block = {
  slug: 'linksList',
  interfaceName: 'LinksListBlock',
  labels: { singular: { vi: 'Danh sách liên kết', en: 'Links list' }, plural: { vi: 'Danh sách liên kết', en: 'Links lists' } },
  fields: [
    { name: 'heading', type: 'text', label: { vi: 'Tiêu đề', en: 'Heading' } },
    { name: 'links', type: 'array', minRows: 1, label: { vi: 'Liên kết', en: 'Links' }, fields: [...linkFields] },
  ],
}

export const ContactCardBlock: Block = {
  slug: 'contactCard',
  interfaceName: 'ContactCardBlock',
  labels: { singular: { vi: 'Thẻ liên hệ', en: 'Contact card' }, plural: { vi: 'Thẻ liên hệ', en: 'Contact cards' } },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ tên / đơn vị', en: 'Name' } },
    { name: 'position', type: 'text', label: { vi: 'Chức vụ', en: 'Position' } },
    { name: 'unit', type: 'text', label: { vi: 'Đơn vị', en: 'Unit' } },
    { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
    { name: 'email', type: 'email', label: { vi: 'Thư điện tử công vụ', en: 'Official email' } },
    { name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' } },
  ],
}

export { linkFields }

/** Static pages: introduction, contacts, leaders… in Vietnamese and English. */
export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { vi: 'Trang nội dung', en: 'Page' }, plural: { vi: 'Trang nội dung', en: 'Pages' } },
  admin: {
    useAsTitle: 'title',
    group: { vi: 'Nội dung', en: 'Content' },
    defaultColumns: ['title', 'slug', 'site', '_status'],
  },
  custom: contributesTo({ siteScoped: { read: 'published', write: CONTENT_ROLES, delete: EDITING_ROLES }, workflow: { preview: true }, checks: {}, review: { months: 12, public: true }, portal: { path: (doc) => pagePath(doc.slug) }, search: pageSearch, lifecycle: pagesLifecycle }),
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  // A portal's export asks for its published pages (site, _status): without this index SQLite
  // answered through the `_status` index, i.e. every published page of the platform, once trashed
  // pages (deleted_at) joined the query (test/build-linearity.int.test.ts).
  indexes: [{ fields: ['site', '_status'] }],
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'summary', type: 'textarea', localized: true, label: { vi: 'Tóm tắt', en: 'Summary' } },
    {
      name: 'layout',
      type: 'blocks',
      localized: true,
      label: { vi: 'Nội dung', en: 'Content' },
      blocks: [RichTextBlock, LinksListBlock, ContactCardBlock],
    },
    slugField({ reserved: REFUSED_PAGE_SLUGS }),
    siteField(),
    sectionField,
  ],
}
