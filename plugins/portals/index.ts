/**
 * The CMS side of the portals: the build queue and its runner job, the builds collection
 * (Xây dựng cổng), exports of published content into snapshots, releases and their checks, and
 * serving portals by host. Saving a site rebuilds its portal.
 */
import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { cong } from '../../cms/src/contributions'

import { extendCollection, withFields, withHooks, withParts } from '../../cms/src/lib/config'
import { BuildRuns } from './BuildRuns'
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

/**
 * Page views of the portal (plugins/portals/visits.ts): counted by the portal server, added from
 * nginx access logs by `npm run site -- visits`. Full rebuilds build the most visited portals first.
 */
const visitsField: Field = {
  name: 'visits',
  type: 'number',
  defaultValue: 0,
  label: { vi: 'Lượt xem trang', en: 'Page views' },
  access: { read: ({ req }) => Boolean(req.user), create: () => false, update: () => false },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      vi: 'Số lượt xem trang của cổng (máy chủ cổng và nhật ký nginx). Khi xây dựng lại toàn bộ, cổng đông người xem được xây dựng trước.',
      en: 'Page views of the portal (portal server and nginx logs). A full rebuild builds the most visited portals first.',
    },
  },
}

export function portalsTransform(config: Config, _options: PortalsOptions = {}): Config {
  const withBuilds = withParts({ ...config, collections: (config.collections ?? []).map(rebuildOnChange) }, { collections: [Builds, BuildRuns], tasks: [buildPortalsTask] })
  return extendCollection(withBuilds, 'sites', (sites) => withHooks(withFields(sites, [visitsField]), { afterChange: [queueSiteBuild('site')] }))
}

export const portalsPlugin =
  (options: PortalsOptions = {}): Plugin =>
  (config) =>
    portalsTransform(config, options)
