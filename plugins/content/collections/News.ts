import type { CollectionConfig } from 'payload'

import { contributesTo } from '../../../cms/src/contributions'
import { newsLifecycle } from '../merge'
import { newsSearch } from '../search'

import { articlePath, newsPath } from '../../../themes/model/urls'

import { CONTENT_ROLES, EDITING_ROLES } from '../../../cms/src/access/roles'
import { sharingFields } from '../../site-scoping/fields/sharing'
import { siteField } from '../../site-scoping/fields/site'
import { slugField } from '../../../cms/src/fields/slug'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { SUBORDINATE_NEWS } from '../subordinateNews'

/**
 * Every published news item of a portal, and those other portals share with it, count for the
 * mandatory section "Tin tức, sự kiện" (domain reference §1.2: news on the agency's activities),
 * whatever category it is in: they all appear on the portal's news list, which every page's
 * footer links. Other category sections count only the news of the categories tagged with them.
 */
const newsCompliance = { sections: ['tin-tuc'], dateField: 'publishedAt', shared: true, list: { path: newsPath(), vi: 'Tin tức', en: 'News' } }

/** News and events (tin tức, sự kiện). */
export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: { vi: 'Tin bài', en: 'News item' }, plural: { vi: 'Tin tức', en: 'News' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'site', 'publishedAt', '_status'],
    group: { vi: 'Nội dung', en: 'Content' },
    listSearchableFields: ['title', 'summary'],
  },
  defaultSort: '-publishedAt',
  custom: contributesTo({ siteScoped: { read: 'published', write: CONTENT_ROLES, delete: EDITING_ROLES }, workflow: { preview: true }, checks: {}, review: { months: null }, portal: { path: (doc) => articlePath(doc.slug), rebuild: { ancestors: { newest: SUBORDINATE_NEWS, by: 'publishedAt' } } }, search: newsSearch, compliance: newsCompliance, lifecycle: newsLifecycle }),
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  // (site, publishedAt) for the admin's per-site lists; (site, _status, publishedAt) for portal
  // exports, which ask for a site's (or several sites') newest *published* news: without
  // `_status` in the index SQLite reads every article of those sites to test it.
  indexes: [{ fields: ['site', 'publishedAt'] }, { fields: ['site', '_status', 'publishedAt'] }],
  hooks: {
    beforeChange: [setPublishedAt],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300, label: { vi: 'Tiêu đề', en: 'Title' } },
    {
      name: 'summary',
      type: 'textarea',
      maxLength: 1000,
      label: { vi: 'Tóm tắt (sapo)', en: 'Summary' },
    },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh đại diện', en: 'Cover image' } },
    { name: 'content', type: 'richText', label: { vi: 'Nội dung', en: 'Body' } },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      label: { vi: 'Chuyên mục', en: 'Categories' },
      filterOptions: ({ data }) => (data?.site ? { site: { equals: data.site } } : true),
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        { name: 'author', type: 'text', label: { vi: 'Tác giả', en: 'Author' } },
        {
          name: 'source',
          type: 'text',
          label: { vi: 'Nguồn tin ("Theo …")', en: 'Source ("According to …")' },
        },
      ],
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { vi: 'Ngày đăng', en: 'Publish date' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    sharingFields({
      label: { vi: 'Chia sẻ sang cổng khác', en: 'Share with other portals' },
      description: { vi: 'Bài vẫn thuộc trang của bạn; chỉ trang của bạn được sửa.', en: 'The article stays yours; only your site can edit it.' },
    }),
    slugField(),
    siteField(),
  ],
}
