/**
 * Provisioning and reorganisation (central IT): new portals (one, or many from a CSV), merging
 * one portal into another and retiring portals, the redirects they leave, and the end-of-life
 * fields of a site. The commands are in `cms/src/cli/site.ts`; the admin screens for merge and retire are
 * in `reorganisation/`.
 */
import type { Config, Plugin } from 'payload'

import { extendCollection, withAdmin, withFields, withParts } from '../../cms/src/lib/config'
import { lifecycleFields } from './fields'
import { withProvisioning } from './provisioning/endpoint'
import { Redirects } from './Redirects'
import { reorganisationEndpoints } from './reorganisation/endpoints'
import { MERGE_VIEW_PATH, RETIRE_VIEW_PATH } from './reorganisation/paths'
import type { LifecycleOptions } from './types'

export type { LifecycleOptions } from './types'

export function lifecycleTransform(config: Config, _options: LifecycleOptions = {}): Config {
  const withSites = extendCollection(config, 'sites', (sites) => {
    const provisioned = withProvisioning(withFields(sites, [lifecycleFields]))
    return { ...provisioned, endpoints: [...(Array.isArray(provisioned.endpoints) ? provisioned.endpoints : []), ...reorganisationEndpoints] }
  })
  return withAdmin(withParts(withSites, { collections: [Redirects] }), {
    views: {
      newPortal: { Component: '/plugins/lifecycle/provisioning/admin/NewPortalView#NewPortalView', path: '/tao-cong-moi', exact: true },
      mergePortals: { Component: '/plugins/lifecycle/reorganisation/admin/views#MergeView', path: MERGE_VIEW_PATH, exact: true },
      retirePortal: { Component: '/plugins/lifecycle/reorganisation/admin/views#RetireView', path: RETIRE_VIEW_PATH, exact: true },
    },
    beforeNavLinks: ['/plugins/lifecycle/provisioning/admin/NewPortalLink#NewPortalNavLink', '/plugins/lifecycle/reorganisation/admin/Links#ReorganisationNavLinks'],
  })
}

export const lifecyclePlugin =
  (options: LifecycleOptions = {}): Plugin =>
  (config) =>
    lifecycleTransform(config, options)
