/**
 * Vietnamese search across every portal: the sync job (search queue) and the hooks that queue
 * it. The engine (embedded or Meilisearch) is opened by the server; the public endpoint and the
 * portals' /tim-kiem/ pages are served by the express router of `server.ts`.
 */
import type { Config, Plugin } from 'payload'

import { withParts } from '../../cms/src/lib/config'
import { syncSearchTask, withSearchSync } from './sync'
import type { SearchOptions } from './types'

export type { SearchOptions } from './types'

export function searchTransform(config: Config, _options: SearchOptions = {}): Config {
  return withParts({ ...config, collections: (config.collections ?? []).map(withSearchSync) }, { tasks: [syncSearchTask] })
}

export const searchPlugin =
  (options: SearchOptions = {}): Plugin =>
  (config) =>
    searchTransform(config, options)
