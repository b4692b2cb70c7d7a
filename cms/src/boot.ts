/**
 * Start Payload for any process of the platform (server, worker, seed, tests): connect, then
 * bring the SQLite schema up to date with the committed migrations. MongoDB needs none.
 */
import { getPayload, type Migration, type Payload } from 'payload'

import { env } from './config/env'
import { migrations } from './migrations'
import config from './payload.config'

export async function initPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  if (env().database.kind === 'sqlite') {
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    // Planner statistics. Without them SQLite reads an editor's admin list (the latest versions)
    // through the `latest` index, i.e. every version row: 0.15–0.4 s at 100k news instead of
    // ~20 ms (npm run bench:admin). A full ANALYZE takes ~0.2 s at that size; sampling is not enough.
    await (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client.execute('ANALYZE')
  }
  return payload
}
