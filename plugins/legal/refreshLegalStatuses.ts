import type { PayloadRequest, TaskConfig } from 'payload'

import { consultationStatus } from './consultations/rules'
import { queueBuildsFor } from '../portals/queueBuild'
import { storedDate, vnToday } from './dates'
import { latestVersion, LEGAL_DOCUMENTS, legalClock, refreshDerived, writeLatestVersion, writeLive } from './derived'

export const REFRESH_LEGAL_TASK = 'refreshLegalStatuses'

export type RefreshOutcome = { documents: number; consultations: number }

/**
 * Move on everything whose status changes with time: legal documents whose stored next change
 * (an effective date, an expiry, a replacing document coming into force) has arrived, and
 * consultations that opened or closed. Portals showing them are rebuilt.
 */
export async function refreshTimedStatuses(req: PayloadRequest, now: Date): Promise<RefreshOutcome> {
  const { payload } = req
  const today = vnToday(now)
  const due = await payload.find({
    collection: LEGAL_DOCUMENTS,
    where: { validityNextChange: { less_than_equal: storedDate(today) } },
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { number: true },
  })
  const documents = await refreshDerived(
    req,
    due.docs.map((d) => d.id),
    today,
    { reason: 'hiệu lực thay đổi theo ngày' },
  )

  const iso = now.toISOString()
  const moving = await payload.find({
    collection: 'consultations',
    where: {
      or: [
        { and: [{ status: { equals: 'sap-mo' } }, { opensAt: { less_than_equal: iso } }] },
        { and: [{ status: { not_equals: 'da-ket-thuc' } }, { closesAt: { less_than_equal: iso } }] },
      ],
    },
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const doc of moving.docs) {
    const status = consultationStatus(doc.opensAt, doc.closesAt, now)
    // A derived field: written without a new version, like the validity of legal documents.
    await writeLive(req, 'consultations', doc as unknown as Record<string, unknown>, { status })
    const version = await latestVersion(req, 'consultations', doc.id)
    if (version) await writeLatestVersion(req, 'consultations', version, { status: consultationStatus(version.version.opensAt as string, version.version.closesAt as string, now) })
    if (doc._status === 'published') await queueBuildsFor(req, 'consultations', { id: doc.id, site: doc.site }, `góp ý dự thảo: ${status}`)
  }
  return { documents: documents.length, consultations: moving.docs.length }
}

/**
 * Hourly (at minute 5): validity changes at midnight in Việt Nam, and an hourly run catches it
 * within the hour whatever the server's time zone (the cron is read in the server's zone). The
 * work is two indexed queries when nothing is due. `now` (ISO) lets tests run it at another time.
 */
export const refreshLegalStatusesTask: TaskConfig<{ input: { now?: string | null }; output: RefreshOutcome }> = {
  slug: REFRESH_LEGAL_TASK,
  label: 'Cập nhật hiệu lực văn bản và trạng thái lấy ý kiến (refresh legal statuses)',
  retries: 2,
  schedule: [{ cron: '5 * * * *', queue: 'default' }],
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [
    { name: 'documents', type: 'number' },
    { name: 'consultations', type: 'number' },
  ],
  handler: async ({ input, req }) => ({ output: await refreshTimedStatuses(req, input?.now ? new Date(input.now) : legalClock.now()) }),
}
