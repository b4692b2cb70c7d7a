/**
 * Who runs dialogues and answers questions. Questions hold personal data (email, phone,
 * address), so nobody outside the site's moderating staff reads them through the API, not even
 * anonymously "published" ones: the public reads the shapes of `contracts/dialogue.ts` instead.
 */
import type { Access, PayloadRequest } from 'payload'

import { asUser, isPlatformAdmin, rolesOn, type SessionUser, siteIdsOf, type SiteRole } from '../../cms/src/access/roles'
import { dbId } from '../../cms/src/lib/ids'

/** Roles that screen questions, answer them and drive live sessions. */
export const MODERATION_ROLES: readonly SiteRole[] = ['site-admin', 'editor', 'approver', 'moderator']

/** Roles that may delete questions and sessions. */
export const DELETE_ROLES: readonly SiteRole[] = ['site-admin']

export function canModerateSite(user: SessionUser | null | undefined, siteId: number | string | null | undefined): boolean {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  return rolesOn(user, siteId).some((role) => MODERATION_ROLES.includes(role))
}

/** The sites whose dialogues and questions the user moderates; null = every site. */
export function moderatedSiteIds(user: SessionUser | null | undefined): string[] | null {
  if (isPlatformAdmin(user)) return null
  return siteIdsOf(user, MODERATION_ROLES)
}

export const moderatorOf = (req: PayloadRequest): SessionUser | null => {
  const user = asUser(req)
  return user && (isPlatformAdmin(user) || siteIdsOf(user, MODERATION_ROLES).length > 0) ? user : null
}

/** Sessions: readable by every member of their site (the announcement is public anyway). */
export const readSessions: Access = ({ req }) => {
  const user = asUser(req)
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const ids = siteIdsOf(user)
  return ids.length ? { site: { in: ids.map((id) => dbId(req.payload, id)) } } : false
}
