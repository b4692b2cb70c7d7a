/**
 * The one access composition for site-scoped content. A collection declares a policy
 * (`custom.cong.siteScoped`, see `types.ts`) and this module turns it into Payload's access
 * functions: reads are filtered (a `Where`), not refused, so lists show what one may see.
 */
import type { Access, CollectionConfig, PayloadRequest, Where } from 'payload'

import { asUser, CONTENT_ROLES, dbIds, isPlatformAdmin, siteIdsOf, type SiteRole } from '../../cms/src/access/roles'
import { idOf } from '../../cms/src/lib/ids'
import type { SiteScopedPolicy } from './types'

/** Documents of the sites where the user holds one of `roles` (any role when omitted): `path` names the site field. */
function onOwnSites(req: PayloadRequest, roles: readonly SiteRole[] | undefined, path = 'site'): Where | boolean {
  const user = asUser(req)
  if (isPlatformAdmin(user)) return true
  const ids = siteIdsOf(user, roles)
  return ids.length ? ({ [path]: { in: dbIds(req, ids) } } satisfies Where) : false
}

/** Members of the document's site holding one of `roles` (any role when omitted) read it; nobody else. */
export const membersOf =
  (roles?: readonly SiteRole[]): Access =>
  ({ req }) =>
    onOwnSites(req, roles)

/**
 * Published documents are public; drafts are visible only to the members of their site (and to
 * platform admins).
 */
export const publishedOrMembers: Access = ({ req }) => {
  const user = asUser(req)
  if (isPlatformAdmin(user)) return true
  const published: Where = { _status: { equals: 'published' } }
  if (!user) return published
  return { or: [published, { site: { in: dbIds(req, siteIdsOf(user)) } }] } satisfies Where
}

/** Versions of the documents of the sites where the user holds one of `roles`: versions keep the fields under `version`. */
export const versionsOfOwnSites =
  (roles: readonly SiteRole[] = CONTENT_ROLES): Access =>
  ({ req }) =>
    onOwnSites(req, roles, 'version.site')

/** Create: platform admins, or members with one of `roles` on the site named in the data. */
export const createOnOwnSite =
  (roles: readonly SiteRole[] = CONTENT_ROLES): Access =>
  ({ req, data }) => {
    const user = asUser(req)
    if (isPlatformAdmin(user)) return true
    const allowed = siteIdsOf(user, roles)
    const target = data && typeof data === 'object' && 'site' in data ? idOf((data as { site?: unknown }).site) : null
    // Without data (the admin asking whether to show "Create"), any membership is enough;
    // the site field's validation then refuses a site the user does not belong to.
    return target === null ? allowed.length > 0 : allowed.includes(String(target))
  }

/** Update/delete: only documents of the sites where the user holds one of `roles`. */
export const writeOwnSites =
  (roles: readonly SiteRole[] = CONTENT_ROLES): Access =>
  ({ req }) =>
    onOwnSites(req, roles)

/** Admin list views show staff only their own sites' documents (platform admins see all). */
export const ownSitesListFilter = ({ req }: { req: PayloadRequest }): Where | null => {
  const user = asUser(req)
  if (!user || isPlatformAdmin(user)) return null
  const ids = dbIds(req, siteIdsOf(user))
  // One site: `equals` walks the (site, publishedAt) index and stops after a page.
  return ids.length === 1 ? { site: { equals: ids[0] } } : { site: { in: ids } }
}

const readRule = (read: SiteScopedPolicy['read']): Access => {
  if (typeof read === 'function') return read
  if (read === 'published') return publishedOrMembers
  if (read === 'public') return () => true
  if (read === 'members') return membersOf()
  return membersOf(read)
}

/**
 * Delete of a collection with Payload's trash (ADR 0022): moving to the trash (an update that
 * sets `deletedAt`, which Payload checks against `delete` with that data) is for the roles that
 * delete on their own sites; deleting for good (and emptying the trash) only for platform
 * admins. Restoring is an update, so the site's writers restore their own site's items.
 */
export const trashOwnSitesDeleteForGood =
  (slug: string, roles: readonly SiteRole[]): Access =>
  (args) => {
    const { req, data } = args
    const trash = Boolean(req.payload?.collections?.[slug as 'news']?.config.trash)
    if (!trash) return onOwnSites(req, roles)
    const trashing = Boolean(data && typeof data === 'object' && (data as { deletedAt?: unknown }).deletedAt)
    if (trashing) return onOwnSites(req, roles)
    return isPlatformAdmin(asUser(req))
  }

/** The access functions of a site-scoped collection, from its policy. */
export function siteScopedAccess(policy: SiteScopedPolicy, versioned: boolean, slug = ''): NonNullable<CollectionConfig['access']> {
  const write = policy.write ?? CONTENT_ROLES
  return {
    read: readRule(policy.read),
    ...(versioned ? { readVersions: versionsOfOwnSites(write) } : {}),
    create: createOnOwnSite(write),
    update: writeOwnSites(write),
    delete: trashOwnSitesDeleteForGood(slug, policy.delete ?? write),
  }
}
