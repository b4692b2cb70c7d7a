import type { ArrayField, CollectionConfig } from 'payload'

import { contributesTo } from '../../../cms/src/contributions'

import { siteField } from '../../site-scoping/fields/site'
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
    useAsTitle: 'name', group: { vi: 'Nội dung', en: 'Content' }, defaultColumns: ['name', 'site'] },
  custom: contributesTo({ siteScoped: { read: 'public', write: SITE_ADMINS }, portal: {} }),
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
