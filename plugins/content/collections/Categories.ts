import type { CollectionConfig } from 'payload'

import { createOnOwnSite, ownSitesListFilter, readOwnSitesOrPublic, writeOwnSites } from '../../../cms/src/access/roles'
import { siteField } from '../../site-scoping/fields/site'
import { sectionField } from '../fields/section'
import { slugField } from '../../../cms/src/fields/slug'
import { queueSiteBuild } from '../../portals/queueBuild'

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
