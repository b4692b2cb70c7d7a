/**
 * Who may do what. A user is either a platform admin (central IT, every site) or holds one
 * role on each site they belong to (`memberships`).
 */
import type { Access, PayloadRequest } from 'payload'

import { idOf, idKeyOf } from '../lib/ids'

export const SITE_ROLES = ['site-admin', 'editor', 'approver', 'author', 'moderator'] as const
export type SiteRole = (typeof SITE_ROLES)[number]

/** Roles that may write news, pages, categories, menus and media of their site. */
export const CONTENT_ROLES: readonly SiteRole[] = ['site-admin', 'editor', 'approver', 'author']

/** Roles that screen citizens' questions and comments, answer them and drive live sessions. */
export const MODERATION_ROLES: readonly SiteRole[] = ['site-admin', 'editor', 'approver', 'moderator']

/** Roles that may delete a site's editorial documents (authors may not). */
export const EDITING_ROLES: readonly SiteRole[] = ['site-admin', 'editor', 'approver']

type Membership = { site?: number | string | { id: number | string } | null; role?: string | null }
export type SessionUser = { id: number | string; platformAdmin?: boolean | null; memberships?: Membership[] | null }

export function asUser(req: PayloadRequest): SessionUser | null {
  const user = req.user as unknown as SessionUser | null | undefined
  return user && (req.user?.collection ?? 'users') === 'users' ? user : null
}

export function isPlatformAdmin(user: SessionUser | null | undefined): boolean {
  return Boolean(user?.platformAdmin)
}

/** Ids (as strings) of the sites where the user holds one of `roles` (any role when omitted). */
export function siteIdsOf(user: SessionUser | null | undefined, roles?: readonly SiteRole[]): string[] {
  const ids = new Set<string>()
  for (const m of user?.memberships ?? []) {
    const id = idKeyOf(m.site)
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
  return (user?.memberships ?? []).filter((m) => idKeyOf(m.site) === String(siteId)).map((m) => m.role as SiteRole)
}

export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(asUser(req))

export const anyone: Access = () => true

/** Read rule of a platform record kept per site (workflow history, takedowns): platform admins read all, staff their sites' rows. */
export const readOwnSitesRecords: Access = ({ req }) => {
  const user = asUser(req)
  if (!user) return false
  return isPlatformAdmin(user) ? true : { site: { in: dbIds(req, siteIdsOf(user)) } }
}
