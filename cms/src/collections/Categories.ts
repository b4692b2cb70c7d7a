import type { CollectionConfig } from 'payload'

import { createOnOwnSite, ownSitesListFilter, readOwnSitesOrPublic, writeOwnSites } from '../access/roles'
import { siteField } from '../fields/site'
import { sectionField } from '../fields/section'
import { slugField } from '../fields/slug'
import { queueSiteBuild } from '../hooks/queueBuild'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: { vi: 'Chuyên mục', en: 'Category' }, plural: { vi: 'Chuyên mục', en: 'Categories' } },
  admin: {
    baseListFilter: ownSitesListFilter,
    useAsTitle: 'title', group: { vi: 'Nội dung', en: 'Content' }, defaultColumns: ['title', 'slug', 'site'] },
  access: {
    read: readOwnSitesOrPublic,
    create: createOnOwnSite(['site-admin', 'editor']),
    update: writeOwnSites(['site-admin', 'editor']),
    delete: writeOwnSites(['site-admin', 'editor']),
  },
  hooks: { afterChange: [queueSiteBuild()], afterDelete: [queueSiteBuild()] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tên chuyên mục', en: 'Title' } },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Mô tả', en: 'Description' } },
    slugField(),
    sectionField,
    siteField(['site-admin', 'editor']),
  ],
}
