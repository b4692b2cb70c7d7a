/**
 * The CMS side of the portals: the build queue and its runner job, the builds collection
 * (Xây dựng cổng), exports of published content into snapshots, releases and their checks, and
 * serving portals by host. Saving a site rebuilds its portal.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

import { cong } from '../../cms/src/contributions'

import { extendCollection, withHooks, withParts } from '../../cms/src/lib/config'
import { Builds } from './Builds'
import { buildPortalsTask } from './buildPortalsTask'
import { queueSiteBuild } from './queueBuild'
import type { PortalsOptions } from './types'

export type { PortalContribution, PortalExporter, PortalsOptions } from './types'

/** A collection whose documents are part of the portals rebuilds them when it changes (`portal.rebuild`). */
function rebuildOnChange(collection: CollectionConfig): CollectionConfig {
  const part = cong(collection).portal
  if (!part || part.rebuild === false) return collection
  const hook = queueSiteBuild()
  return withHooks(collection, { afterChange: [hook], afterDelete: [hook] })
}

export function portalsTransform(config: Config, _options: PortalsOptions = {}): Config {
  const withBuilds = withParts({ ...config, collections: (config.collections ?? []).map(rebuildOnChange) }, { collections: [Builds], tasks: [buildPortalsTask] })
  return extendCollection(withBuilds, 'sites', (sites) => withHooks(sites, { afterChange: [queueSiteBuild('site')] }))
}

export const portalsPlugin =
  (options: PortalsOptions = {}): Plugin =>
  (config) =>
    portalsTransform(config, options)
