/**
 * Who sees a collection in the admin's navigation (and may open its views): platform admins
 * always, and members holding one of `roles` on some site. Everyone else never sees the group,
 * so an editor's sidebar holds what an editor works with. Access rules stay what they are: this
 * only decides what the admin shows.
 */
import { isPlatformAdmin, siteIdsOf, type SessionUser, type SiteRole } from '../access/roles'

/** A collection's `admin.hidden`: hidden unless the user is a platform admin or holds one of `roles`. */
export const visibleTo =
  (roles: readonly SiteRole[] = []) =>
  ({ user }: { user: unknown }): boolean => {
    const u = user as unknown as SessionUser | null | undefined
    if (isPlatformAdmin(u)) return false
    return roles.length === 0 || siteIdsOf(u, roles).length === 0
  }

/** Central IT only. */
export const platformAdminsOnly = visibleTo([])
