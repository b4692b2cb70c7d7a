import type { CollectionConfig } from 'payload'

import { contributesTo } from '../../../cms/src/contributions'
import { categoriesLifecycle } from '../merge'

import { categoryPath } from '../../../themes/model/urls'

import { siteField } from '../../site-scoping/fields/site'
import { sectionField } from '../fields/section'
import { slugField } from '../../../cms/src/fields/slug'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: { vi: 'Chuyên mục', en: 'Category' }, plural: { vi: 'Chuyên mục', en: 'Categories' } },
  admin: {
    useAsTitle: 'title', group: { vi: 'Nội dung', en: 'Content' }, defaultColumns: ['title', 'slug', 'site'] },
  custom: contributesTo({ siteScoped: { read: 'public', write: ['site-admin', 'editor'] }, portal: { path: (doc) => categoryPath(doc.slug) }, lifecycle: categoriesLifecycle }),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tên chuyên mục', en: 'Title' } },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Mô tả', en: 'Description' } },
    slugField(),
    sectionField,
    siteField(['site-admin', 'editor']),
  ],
}
