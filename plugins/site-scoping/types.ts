import type { Access, CollectionConfig } from 'payload'

import type { SiteRole } from '../../cms/src/access/roles'

/**
 * How a site-scoped collection is read and written. Every document belongs to one site (its
 * `site` field); platform admins may do everything.
 */
export type SiteScopedPolicy = {
  /**
   * Who reads: `published` (published versions are public, drafts only the site's members),
   * `public` (anyone), `members` (any member of the document's site), a list of roles (members
   * holding one of them), or an access function of the collection's own.
   */
  read: 'published' | 'public' | 'members' | readonly SiteRole[] | Access
  /** Roles that create and update (and read versions). @default CONTENT_ROLES */
  write?: readonly SiteRole[]
  /** Roles that delete. @default `write` */
  delete?: readonly SiteRole[]
  /** Admin lists show staff only their own sites' documents. @default true */
  ownSitesList?: boolean
}

/**
 * `context` key of a save that moves a document to another site (a merger of portals, `npm run
 * site -- merge`): hooks that otherwise keep a document's site as it was let it change.
 */
export const SITE_MOVE = 'siteMove'

declare module '../../cms/src/contributions' {
  interface CongCollection {
    /** The collection's documents belong to sites: the site field, access and list filter come from site-scoping. */
    siteScoped?: SiteScopedPolicy
  }
}

export type SiteScopingOptions = {
  /** Change the sites collection before it is added (extra fields of a deployment). @default none */
  sitesCollection?: (sites: CollectionConfig) => CollectionConfig
}
