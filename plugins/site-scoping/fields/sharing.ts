import type { Field } from 'payload'

/**
 * "Also show on other portals" for site content: an explicit list of portals and/or every portal
 * below the owner's. The document stays its owner's; `queueSiteBuild` rebuilds every portal
 * showing it. The texts name what is shared (an article, a document…).
 */
type Text = { vi: string; en: string }

export function sharingFields({
  label = { vi: 'Hiển thị trên cổng khác', en: 'Show on other portals' },
  description = { vi: 'Văn bản vẫn thuộc trang của bạn; chỉ trang của bạn được sửa.', en: 'The record stays yours; only your site can edit it.' },
}: { label?: Text; description?: Text } = {}): Field {
  return {
    type: 'collapsible',
    label,
    admin: { position: 'sidebar', initCollapsed: true },
    fields: [
      {
        name: 'sharedWith',
        type: 'relationship',
        relationTo: 'sites',
        hasMany: true,
        label: { vi: 'Hiển thị thêm trên các cổng', en: 'Also show on' },
        admin: { description },
      },
      {
        name: 'shareWithSubordinates',
        type: 'checkbox',
        defaultValue: false,
        // The compliance report and a merger's plan find the few shared documents through it (ADR 0028).
        index: true,
        label: { vi: 'Hiển thị trên mọi cổng trực thuộc', en: 'Show on every portal below this one' },
      },
    ],
  }
}
