/**
 * Who runs dialogues and answers questions. Questions hold personal data (email, phone,
 * address), so nobody outside the site's moderating staff reads them through the API, not even
 * anonymously "published" ones: the public reads the shapes of `contracts/dialogue.ts` instead.
 */
import type { PayloadRequest } from 'payload'

import { asUser, isPlatformAdmin, MODERATION_ROLES, rolesOn, type SessionUser, siteIdsOf } from '../../cms/src/access/roles'

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
