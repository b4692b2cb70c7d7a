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
  }
  return payload
}
