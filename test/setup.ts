/**
 * After every test file: stop whatever server processes it started and did not stop, also when
 * its setup failed half-way (a server started, then Chromium was missing) and `afterAll` never
 * learnt of the server.
 */
import { afterAll } from 'vitest'

import { stopAllServers } from './helpers/server'

afterAll(async () => {
  await stopAllServers()
})
