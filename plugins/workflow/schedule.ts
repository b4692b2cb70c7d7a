/**
 * Scheduled publishing and unpublishing: Payload's `schedulePublish` job does the step at its
 * time (as the user who scheduled it, so the workflow rules apply then), and the document keeps
 * what is pending in `workflow.scheduledAt` / `workflow.scheduledAction` so that lists can show
 * and filter it. One pending schedule per document: a new one replaces the previous one.
 */
import type { PayloadRequest, Where } from 'payload'

import type { ScheduleAction } from './rules'

export type Schedule = { action: ScheduleAction; at: string }

/** The jobs of `collection`/`id` that have not started yet. */
function pendingJobs(collection: string, id: number | string): Where {
  return {
    and: [
      { taskSlug: { equals: 'schedulePublish' } },
      { 'input.doc.relationTo': { equals: collection } },
      { 'input.doc.value': { equals: String(id) } },
      { processing: { equals: false } },
      { completedAt: { exists: false } },
    ],
  }
}

/** Remove the document's scheduled steps that have not started (a running one finishes). */
export async function cancelScheduledJobs(req: PayloadRequest, collection: string, id: number | string): Promise<void> {
  await req.payload.delete({ collection: 'payload-jobs', where: pendingJobs(collection, id), overrideAccess: true, req })
}
