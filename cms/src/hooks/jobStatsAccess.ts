/**
 * Payload adds the `payload-jobs-stats` global when a job has a schedule, after every plugin, with
 * the default access of globals: any signed-in user may read and overwrite it. Its `stats` hold
 * when each schedule last queued its jobs, so an editor who wrote it could stop scheduled
 * publishing and the review reminders; on PostgreSQL a malformed body also answered 500. Payload
 * itself reads and writes it through the database adapter, never through access control, so from
 * the core plugin's onInit it is closed over the API: platform admins may read it, nobody writes it.
 */
import type { Payload } from 'payload'

import { platformAdminOnly } from '../access/roles'

export const JOB_STATS_GLOBAL = 'payload-jobs-stats'

export function closeJobStatsGlobal(payload: Pick<Payload, 'config'>): void {
  const global = payload.config.globals.find((g) => g.slug === JOB_STATS_GLOBAL)
  if (!global) return
  global.access = { ...global.access, read: platformAdminOnly, readVersions: () => false, update: () => false }
}
