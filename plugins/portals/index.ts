/**
 * The CMS side of the portals: the build queue and its runner job, the builds collection
 * (Xây dựng cổng), exports of published content into snapshots, releases and their checks, and
 * serving portals by host. Saving a site rebuilds its portal.
 */
import type { Config, Plugin } from 'payload'

import { extendCollection, withHooks, withParts } from '../../cms/src/lib/config'
import { Builds } from './Builds'
import { buildPortalsTask } from './buildPortalsTask'
import { queueSiteBuild } from './queueBuild'
import type { PortalsOptions } from './types'

export type { PortalsOptions } from './types'

export function portalsTransform(config: Config, _options: PortalsOptions = {}): Config {
  const withBuilds = withParts(config, { collections: [Builds], tasks: [buildPortalsTask] })
  return extendCollection(withBuilds, 'sites', (sites) => withHooks(sites, { afterChange: [queueSiteBuild('site')] }))
}

export const portalsPlugin =
  (options: PortalsOptions = {}): Plugin =>
  (config) =>
    portalsTransform(config, options)
