/**
 * Owners and review dates of editorial documents (issue 18, ADR 0024): every collection that
 * follows the editorial workflow gets a review row per document (owner, last and next review,
 * the next one defaulted from the type's interval or the site's own), the sidebar panel with
 * "Đã rà soát", the review endpoints, hourly reminders through the outbox 30 and 7 days before
 * and on the day, and the dates on the portal pages of the types that show them.
 */
import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { cong, contributeToPlatform, contributions } from '../../cms/src/contributions'
import { extendCollection, hasField, withEndpoints, withFields, withHooks, withParts } from '../../cms/src/lib/config'
import { ReviewReminders, ReviewSchedules } from './collections'
import { reviewEndpoints } from './endpoint'
import { reviewExporter } from './export'
import { dropReviewRow, keepReviewRow } from './hooks'
import { reviewRemindersTask } from './reminders'
import type { ReviewOptions } from './types'

export type { ReviewContribution, ReviewOptions, ReviewState } from './types'

const reviewPanelField: Field = {
  name: 'reviewPanel',
  type: 'ui',
  label: { vi: 'Rà soát nội dung', en: 'Content review' },
  admin: { position: 'sidebar', components: { Field: '/plugins/review/admin/ReviewPanel#ReviewPanel' } },
}

function reviewed(collection: CollectionConfig): CollectionConfig {
  if (!cong(collection).workflow) return collection
  const fields = hasField(collection.fields, 'reviewPanel') ? collection.fields : [...collection.fields, reviewPanelField]
  const hooked = withHooks({ ...collection, fields }, { afterChange: [keepReviewRow], afterDelete: [dropReviewRow] })
  return withEndpoints(hooked, reviewEndpoints(collection.slug))
}

/** The site's own review intervals per content type (*Chu kỳ rà soát nội dung*). */
function intervalsField(config: Config): Field {
  const options = contributions(config, 'workflow').map(({ slug }) => {
    const labels = config.collections?.find((c) => c.slug === slug)?.labels?.plural
    const label = labels && typeof labels === 'object' ? (labels as Record<string, string>) : { vi: String(labels ?? slug), en: String(labels ?? slug) }
    return { value: slug, label: { vi: label.vi ?? slug, en: label.en ?? slug } }
  })
  return {
    name: 'reviewIntervals',
    type: 'array',
    label: { vi: 'Chu kỳ rà soát nội dung', en: 'Content review intervals' },
    labels: { singular: { vi: 'Chu kỳ', en: 'Interval' }, plural: { vi: 'Chu kỳ', en: 'Intervals' } },
    admin: {
      initCollapsed: true,
      description: {
        vi: 'Số tháng giữa hai lần rà soát cho từng loại nội dung của cổng (0: không đặt hạn). Loại không có ở đây dùng mặc định của nền tảng: trang 12 tháng, thủ tục hành chính 6 tháng, tin tức không đặt.',
        en: 'Months between reviews per content type of this portal (0: no review date). Types not listed use the platform default: pages 12 months, procedures 6 months, news none.',
      },
    },
    validate: (value: unknown) => {
      const rows = Array.isArray(value) ? (value as Array<{ collection?: string }>) : []
      const seen = new Set<string>()
      for (const row of rows) {
        if (row.collection && seen.has(row.collection)) return 'Mỗi loại nội dung chỉ được đặt một chu kỳ. / Each content type may have one interval only.'
        if (row.collection) seen.add(row.collection)
      }
      return true
    },
    fields: [
      { name: 'collection', type: 'select', required: true, options, label: { vi: 'Loại nội dung', en: 'Content type' } },
      { name: 'months', type: 'number', required: true, min: 0, max: 60, admin: { step: 1 }, label: { vi: 'Số tháng (0: không đặt hạn)', en: 'Months (0: none)' }, validate: (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 60 ? true : 'Số tháng là số nguyên từ 0 đến 60. / Months must be a whole number from 0 to 60.') },
    ],
  }
}

export function reviewTransform(config: Config, _options: ReviewOptions = {}): Config {
  const withRows = withParts({ ...config, collections: (config.collections ?? []).map(reviewed) }, { collections: [ReviewSchedules, ReviewReminders], tasks: [reviewRemindersTask as never] })
  const withSettings = extendCollection(withRows, 'sites', (sites) => withFields(sites, [intervalsField(config)]))
  return contributeToPlatform(withSettings, 'portalExporters', [reviewExporter])
}

export const reviewPlugin =
  (options: ReviewOptions = {}): Plugin =>
  (config) =>
    reviewTransform(config, options)
