/**
 * Provisioning and reorganisation (central IT): new portals (one, or many from a CSV), merging
 * one portal into another and retiring portals, the redirects they leave, and the end-of-life
 * fields of a site. The commands are in `cms/src/cli/site.ts`.
 */
import type { Config, Plugin } from 'payload'

import { extendCollection, withAdmin, withFields, withParts } from '../../cms/src/lib/config'
import { lifecycleFields } from './fields'
import { withProvisioning } from './provisioning/endpoint'
import { Redirects } from './Redirects'
import type { LifecycleOptions } from './types'

export type { LifecycleOptions } from './types'

export function lifecycleTransform(config: Config, _options: LifecycleOptions = {}): Config {
  const withSites = extendCollection(config, 'sites', (sites) => withProvisioning(withFields(sites, [lifecycleFields])))
  return withAdmin(withParts(withSites, { collections: [Redirects] }), {
    views: { newPortal: { Component: '/plugins/lifecycle/provisioning/admin/NewPortalView#NewPortalView', path: '/tao-cong-moi', exact: true } },
    beforeNavLinks: ['/plugins/lifecycle/provisioning/admin/NewPortalLink#NewPortalNavLink'],
  })
}

export const lifecyclePlugin =
  (options: LifecycleOptions = {}): Plugin =>
  (config) =>
    lifecycleTransform(config, options)
