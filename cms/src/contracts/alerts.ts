/**
 * Change notes and email alerts, as the CMS and the portals share them (no Payload here): the
 * public notes of a document's major updates, the subscription form's fields and paths.
 */
import { z } from 'zod'

import type { Bilingual } from './dialogue'

/** The portal page where citizens subscribe to alerts (every portal has one). */
export const SUBSCRIBE_PATH = '/dang-ky-nhan-tin/'
/** Where the subscription forms post (same origin as the portal page). */
export const SUBSCRIBE_ENDPOINT = '/api/public/subscriptions'
export const CONFIRM_ENDPOINT = '/api/public/subscriptions/confirm'
export const UNSUBSCRIBE_ENDPOINT = '/api/public/subscriptions/unsubscribe'

export const SUBSCRIPTION_SCOPES = ['portal', 'category', 'legal-type', 'document'] as const
export type SubscriptionScope = (typeof SUBSCRIPTION_SCOPES)[number]
export const SUBSCRIPTION_FREQUENCIES = ['immediate', 'daily'] as const
export type SubscriptionFrequency = (typeof SUBSCRIPTION_FREQUENCIES)[number]

export const SCOPE_LABELS: Readonly<Record<SubscriptionScope, Bilingual>> = {
  portal: { vi: 'Toàn bộ cổng thông tin', en: 'The whole portal' },
  category: { vi: 'Một chuyên mục tin tức', en: 'One news category' },
  'legal-type': { vi: 'Văn bản quy phạm pháp luật theo loại', en: 'Legal documents of a type' },
  document: { vi: 'Một trang, một văn bản', en: 'One page or document' },
}
export const FREQUENCY_LABELS: Readonly<Record<SubscriptionFrequency, Bilingual>> = {
  immediate: { vi: 'Ngay khi có cập nhật', en: 'At once' },
  daily: { vi: 'Tổng hợp mỗi ngày một lần', en: 'Daily digest' },
}

/** Fields the subscription forms send (text; `consent` may also be a JSON boolean). */
export const SUBSCRIBE_FIELDS = ['email', 'scope', 'category', 'legalType', 'document', 'frequency', 'consent', 'site', 'website'] as const
export type SubscribeField = (typeof SUBSCRIBE_FIELDS)[number]

export const SUBSCRIBE_LIMITS = { email: 254, document: 300 } as const

/** A refused form post shown again: what was typed and one message per field (`form`: the whole form). */
export type SubscribeFormState = {
  values: Partial<Record<SubscribeField, string>>
  errors: Partial<Record<SubscribeField | 'form', Bilingual>>
}

/** One public note of a major update ("Cập nhật ngày …: …"). */
export const ChangeNote = z.object({
  /** ISO date-time of the publication that carried the note. */
  at: z.string(),
  note: z.string(),
})
export type ChangeNote = z.infer<typeof ChangeNote>

/** The major updates of one published document of a portal, newest first. */
export const DocumentChanges = z.object({
  /** Root-relative path of the document's page. */
  path: z.string(),
  title: z.string(),
  notes: z.array(ChangeNote),
})
export type DocumentChanges = z.infer<typeof DocumentChanges>
