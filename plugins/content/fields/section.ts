import type { Field } from 'payload'

import { SECTION_OPTIONS } from '../../../cms/src/contracts/sections'

/**
 * Which mandatory section (Nghị định 42/2022) a page or news category fulfils. The compliance
 * dashboard reads it to tell whether each portal has every section and how fresh it is.
 */
export const sectionField: Field = {
  name: 'section',
  type: 'select',
  options: SECTION_OPTIONS,
  index: true,
  label: { vi: 'Mục bắt buộc theo NĐ 42/2022', en: 'Mandatory section (Decree 42/2022)' },
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Chọn nếu trang/chuyên mục này là mục thông tin bắt buộc của cổng.',
      en: 'Set when this page or category is one of the sections the law requires.',
    },
  },
}
