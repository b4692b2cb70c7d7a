import type { Payload } from 'payload'

import { buildQueueState } from '../../../plugins/portals/build/queue'
import type { Env } from '../config/env'
import { liveHub } from '../../../plugins/dialogue/hub'
import { bus } from '../lib/bus'
import { searchEngine } from '../../../plugins/search/instance'
import { searchRole } from '../../../plugins/search/ownership'
import { SEARCH_QUEUE } from '../../../plugins/search/sync'

const startedAt = Date.now()

export async function healthReport(payload: Payload, e: Env) {
  const [sites, buildQueue] = await Promise.all([
    payload.count({ collection: 'sites', where: { status: { equals: 'active' } }, overrideAccess: true }),
    buildQueueState(payload),
  ])
  const engine = searchEngine()
  const [documents, queued] = await Promise.all([
    engine ? engine.count().catch(() => null) : null,
    payload.count({ collection: 'payload-jobs', where: { and: [{ queue: { equals: SEARCH_QUEUE } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] }, overrideAccess: true }),
  ])
  return {
    status: 'ok' as const,
    database: e.database.kind,
    search: e.meiliHost ? ('meilisearch' as const) : ('embedded' as const),
    /** The engine this server opened, the documents in its index (null: not answering) and sync jobs waiting. */
    searchIndex: { open: engine !== null, role: searchRole(), documents, queued: queued.totalDocs },
    sites: sites.totalDocs,
    buildQueue,
    jobs: { inProcess: e.jobsInProcess },
    /** Live dialogue sessions held in memory, their connected readers and moderator consoles. */
    live: liveHub().stats(),
    /** How this process hears the others (ADR 0016): `redis` with REDIS_URL, else `local`. */
    bus: { kind: bus().kind, ...bus().stats },
    pid: process.pid,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  }
}
