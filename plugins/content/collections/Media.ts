import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { contributesTo } from '../../../cms/src/contributions'
import { mediaLifecycle } from '../merge'

import { CONTENT_ROLES } from '../../../cms/src/access/roles'
import { env } from '../../../cms/src/config/env'
import { siteField } from '../../site-scoping/fields/site'

/** Widths of the responsive WebP variants every image gets. */
export const IMAGE_WIDTHS = [480, 960, 1600] as const

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { vi: 'Tệp ảnh', en: 'Media' }, plural: { vi: 'Thư viện ảnh', en: 'Media' } },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    defaultColumns: ['filename', 'alt', 'site'],
    useAsTitle: 'filename',
    // The library's search box looks in the file name (its title), the alt text and the credit.
    listSearchableFields: ['filename', 'alt', 'credit'],
    components: { beforeListTable: ['/plugins/site-scoping/admin/SiteListFilter#SiteListFilter'] },
  },
  custom: contributesTo({ siteScoped: { read: 'public', write: CONTENT_ROLES }, lifecycle: mediaLifecycle }),
  upload: {
    staticDir: path.join(env().dataDir, 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
    // Re-encoding through sharp drops EXIF (including GPS positions) from the original too.
    formatOptions: { format: 'webp', options: { quality: 82 } },
    withMetadata: false,
    imageSizes: IMAGE_WIDTHS.map((width) => ({
      name: `w${width}`,
      width,
      withoutEnlargement: true,
      formatOptions: { format: 'webp' as const, options: { quality: 80 } },
    })),
    adminThumbnail: 'w480',
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { vi: 'Mô tả ảnh (alt)', en: 'Alt text' },
      admin: { description: { vi: 'Mô tả nội dung ảnh cho người khiếm thị.', en: 'Describe the image for screen-reader users.' } },
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim().length >= 3
          ? true
          : 'Cần mô tả ảnh (ít nhất 3 ký tự). / Alt text is required (3+ characters).',
    },
    { name: 'credit', type: 'text', label: { vi: 'Nguồn ảnh', en: 'Credit' } },
    siteField(),
    {
      name: 'usage',
      type: 'ui',
      label: { vi: 'Đang được dùng ở', en: 'Used in' },
      admin: { position: 'sidebar', disableListColumn: true, components: { Field: '/plugins/content/admin/MediaUsage#MediaUsage' } },
    },
  ],
}
