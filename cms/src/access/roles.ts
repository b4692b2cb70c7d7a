/**
 * Who may do what. A user is either a platform admin (central IT, every site) or holds one
 * role on each site they belong to (`memberships`).
 */
import type { Access, CollectionConfig, PayloadRequest, Where } from 'payload'

export const SITE_ROLES = ['site-admin', 'editor', 'approver', 'author', 'moderator'] as const
export type SiteRole = (typeof SITE_ROLES)[number]

/** Roles that may write news, pages, categories, menus and media of their site. */
export const CONTENT_ROLES: readonly SiteRole[] = ['site-admin', 'editor', 'approver', 'author']

type Membership = { site?: number | string | { id: number | string } | null; role?: string | null }
export type SessionUser = { id: number | string; platformAdmin?: boolean | null; memberships?: Membership[] | null }

export function asUser(req: PayloadRequest): SessionUser | null {
  const user = req.user as unknown as SessionUser | null | undefined
  return user && (req.user?.collection ?? 'users') === 'users' ? user : null
}

export function isPlatformAdmin(user: SessionUser | null | undefined): boolean {
  return Boolean(user?.platformAdmin)
}

function relId(value: Membership['site']): string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? String(value.id) : String(value)
}

/** Ids (as strings) of the sites where the user holds one of `roles` (any role when omitted). */
export function siteIdsOf(user: SessionUser | null | undefined, roles?: readonly SiteRole[]): string[] {
  const ids = new Set<string>()
  for (const m of user?.memberships ?? []) {
    const id = relId(m.site)
    if (id && (!roles || roles.includes(m.role as SiteRole))) ids.add(id)
  }
  return [...ids]
}

/** Ids in the form the database uses (numbers on SQLite, strings on MongoDB). */
export function dbIds(req: PayloadRequest, ids: string[]): Array<number | string> {
  return req.payload.db.defaultIDType === 'number' ? ids.map(Number) : ids
}

/** The roles a user holds on one site. */
export function rolesOn(user: SessionUser | null | undefined, siteId: number | string | null | undefined): SiteRole[] {
  if (siteId === null || siteId === undefined) return []
  return (user?.memberships ?? []).filter((m) => relId(m.site) === String(siteId)).map((m) => m.role as SiteRole)
}

export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(asUser(req))

export const anyone: Access = () => true

/**
 * Published documents are public; drafts are visible only to the members of their site (and to
 * platform admins). Admin lists are narrowed to the user's own sites by `ownSitesListFilter`.
 */
export const readOwnSitesOrPublished: Access = ({ req }) => {
  const user = asUser(req)
  if (isPlatformAdmin(user)) return true
  const published: Where = { _status: { equals: 'published' } }
  if (!user) return published
  return { or: [published, { site: { in: dbIds(req, siteIdsOf(user)) } }] } satisfies Where
}

/** For public, non-versioned site content (categories, menus, media): anyone may read it. */
export const readOwnSitesOrPublic: Access = () => true

/** Admin list views show staff only their own sites' documents (platform admins see all). */
export const ownSitesListFilter = ({ req }: { req: PayloadRequest }): Where | null => {
  const user = asUser(req)
  if (!user || isPlatformAdmin(user)) return null
  const ids = dbIds(req, siteIdsOf(user))
  // One site: `equals` walks the (site, publishedAt) index and stops after a page.
  return ids.length === 1 ? { site: { equals: ids[0] } } : { site: { in: ids } }
}

function siteOf(data: unknown): string | null {
  if (!data || typeof data !== 'object' || !('site' in data)) return null
  return relId((data as Membership).site)
}

/** Create: platform admins, or members with one of `roles` on the site named in the data. */
export const createOnOwnSite =
  (roles: readonly SiteRole[] = CONTENT_ROLES): Access =>
  ({ req, data }) => {
    const user = asUser(req)
    if (isPlatformAdmin(user)) return true
    const allowed = siteIdsOf(user, roles)
    const target = siteOf(data)
    // Without data (the admin asking whether to show "Create"), any membership is enough;
    // the site field's validation then refuses a site the user does not belong to.
    return target === null ? allowed.length > 0 : allowed.includes(target)
  }

/** Update/delete: only documents of the sites where the user holds one of `roles`. */
export const writeOwnSites =
  (roles: readonly SiteRole[] = CONTENT_ROLES): Access =>
  ({ req }) => {
    const user = asUser(req)
    if (isPlatformAdmin(user)) return true
    const ids = siteIdsOf(user, roles)
    return ids.length ? ({ site: { in: dbIds(req, ids) } } satisfies Where) : false
  }

/**
 * Versions of the documents of the sites where the user holds one of `roles`. A version row keeps
 * the document's fields under `version`, so the site is `version.site` there (filtering on `site`
 * fails, and the admin's edit view, which counts versions to decide what to show, went blank).
 */
export const readOwnSitesVersions =
  (roles: readonly SiteRole[] = CONTENT_ROLES): Access =>
  ({ req }) => {
    const user = asUser(req)
    if (isPlatformAdmin(user)) return true
    const ids = siteIdsOf(user, roles)
    return ids.length ? ({ 'version.site': { in: dbIds(req, ids) } } satisfies Where) : false
  }

/**
 * The access rules of a site's versioned content (news, pages, legal documents, procedures,
 * consultations): published is public, drafts and versions belong to the site's members, any
 * member writes, only site admins, editors and approvers delete.
 */
export function siteContentAccess(): NonNullable<CollectionConfig['access']> {
  return {
    read: readOwnSitesOrPublished,
    readVersions: readOwnSitesVersions(),
    create: createOnOwnSite(),
    update: writeOwnSites(),
    delete: writeOwnSites(['site-admin', 'editor', 'approver']),
  }
}
