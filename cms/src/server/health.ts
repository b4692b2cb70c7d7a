import type { Payload } from 'payload'

import { buildQueueState } from '../build/queue'
import type { Env } from '../config/env'
import { liveHub } from '../dialogue/hub'
import { searchEngine } from '../search/instance'

const startedAt = Date.now()

export async function healthReport(payload: Payload, e: Env) {
  const [sites, buildQueue] = await Promise.all([
    payload.count({ collection: 'sites', where: { status: { equals: 'active' } }, overrideAccess: true }),
    buildQueueState(payload),
  ])
  const engine = searchEngine()
  const documents = engine ? await engine.count().catch(() => null) : null
  return {
    status: 'ok' as const,
    database: e.database.kind,
    search: e.meiliHost ? ('meilisearch' as const) : ('embedded' as const),
    /** The engine this server opened and the documents in its index (null: not open or not answering). */
    searchIndex: { open: engine !== null, documents },
    sites: sites.totalDocs,
    buildQueue,
    jobs: { inProcess: e.jobsInProcess },
    /** Live dialogue sessions held in memory, their connected readers and moderator consoles. */
    live: liveHub().stats(),
    uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
  }
}
