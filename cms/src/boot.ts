/**
 * Start Payload for any process of the platform (server, worker, seed, tests): connect, then
 * bring the schema up to date with the committed migrations of the adapter (SQLite,
 * PostgreSQL; MongoDB needs none), see cms/src/db/maintenance.ts.
 */
import { getPayload, type Payload } from 'payload'

import { prepareDatabase } from './db/maintenance'
import config from './payload.config'

export async function initPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  await prepareDatabase(payload)
  return payload
}
