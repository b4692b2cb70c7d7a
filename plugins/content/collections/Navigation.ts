import type { ArrayField, CollectionConfig } from 'payload'

import { createOnOwnSite, ownSitesListFilter, readOwnSitesOrPublic, writeOwnSites } from '../../../cms/src/access/roles'
import { siteField } from '../../site-scoping/fields/site'
import { queueSiteBuild } from '../../portals/queueBuild'
import { linkFields } from './Pages'

const menu = (name: string, vi: string, en: string): ArrayField => ({
  name,
  type: 'array',
  localized: true,
  label: { vi, en },
  labels: { singular: { vi: 'Mục', en: 'Item' }, plural: { vi: 'Mục', en: 'Items' } },
  maxRows: 30,
  fields: [{ type: 'row', fields: [...linkFields] }],
})

const SITE_ADMINS = ['site-admin', 'editor'] as const

/** Header and footer menus of a site, one record per site, per language. */
export const Navigation: CollectionConfig = {
  slug: 'navigation',
  labels: { singular: { vi: 'Trình đơn', en: 'Navigation' }, plural: { vi: 'Trình đơn', en: 'Navigation' } },
  admin: {
    baseListFilter: ownSitesListFilter,
    useAsTitle: 'name', group: { vi: 'Nội dung', en: 'Content' }, defaultColumns: ['name', 'site'] },
  access: {
    read: readOwnSitesOrPublic,
    create: createOnOwnSite(SITE_ADMINS),
    update: writeOwnSites(SITE_ADMINS),
    delete: writeOwnSites(SITE_ADMINS),
  },
  hooks: { afterChange: [queueSiteBuild()], afterDelete: [queueSiteBuild()] },
  fields: [
    { name: 'name', type: 'text', defaultValue: 'Trình đơn chính', label: { vi: 'Tên', en: 'Name' } },
    menu('header', 'Trình đơn đầu trang', 'Header menu'),
    menu('footer', 'Liên kết chân trang', 'Footer links'),
    {
      ...siteField(SITE_ADMINS),
      unique: true,
    },
  ],
}
