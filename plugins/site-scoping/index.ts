/**
 * Site scoping: the sites collection (one record per portal) and, for every collection that
 * declares `custom.cong.siteScoped`, its `site` field, its access (one composition,
 * `access.ts`) and the admin list filter to the user's own sites.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

import { CONTENT_ROLES } from '../../cms/src/access/roles'
import { visibleTo } from '../../cms/src/admin/visibility'
import { cong } from '../../cms/src/contributions'
import { hasField } from '../../cms/src/lib/config'
import { ownSitesListFilter, siteScopedAccess } from './access'
import { siteField } from './fields/site'
import { Sites } from './Sites'
import type { SiteScopingOptions } from './types'

export type { SiteScopedPolicy, SiteScopingOptions } from './types'

function scope(collection: CollectionConfig): CollectionConfig {
  const policy = cong(collection).siteScoped
  if (!policy) return collection
  if (collection.access && Object.keys(collection.access).length > 0) {
    throw new Error(`${collection.slug}: a site-scoped collection takes its access from its policy (custom.cong.siteScoped), not from \`access\``)
  }
  const admin = {
    ...collection.admin,
    ...(policy.ownSitesList === false ? {} : { baseListFilter: ownSitesListFilter }),
    // In the navigation of those who write it (and central IT), unless the collection decides.
    hidden: collection.admin?.hidden ?? visibleTo(policy.write ?? CONTENT_ROLES),
  }
  return {
    ...collection,
    access: siteScopedAccess(policy, Boolean(collection.versions), collection.slug),
    admin,
    fields: hasField(collection.fields, 'site') ? collection.fields : [...collection.fields, siteField(policy.write)],
  }
}

export function siteScopingTransform(config: Config, options: SiteScopingOptions = {}): Config {
  const sites = options.sitesCollection ? options.sitesCollection(Sites) : Sites
  return { ...config, collections: [sites, ...(config.collections ?? [])].map(scope) }
}

export const siteScopingPlugin =
  (options: SiteScopingOptions = {}): Plugin =>
  (config) =>
    siteScopingTransform(config, options)
