/** Who owns, may change and is reminded of a document's review. */
import type { Payload, PayloadRequest } from 'payload'

import { EDITING_ROLES, isPlatformAdmin, rolesOn, type SessionUser, type SiteRole } from '../../cms/src/access/roles'
import { idKeyOf, idOf } from '../../cms/src/lib/ids'
import { inTransactionOf } from './schedule'

export type Person = { id: number | string; name: string; email: string; memberships: Array<{ site: unknown; role: string }>; accountStatus?: string | null }

/** "The site's editors": who is reminded when a document has no owner. */
export const SITE_EDITOR_ROLES: readonly SiteRole[] = ['editor', 'site-admin']

const active = (p: Person) => !p.accountStatus || p.accountStatus === 'active'

/** The active staff of a site (any role), by name. */
export async function staffOf(payload: Payload, siteId: number | string, req?: PayloadRequest): Promise<Person[]> {
  const found = await payload.find({
    collection: 'users',
    where: { 'memberships.site': { equals: siteId } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req: inTransactionOf(req),
    select: { name: true, email: true, memberships: true, accountStatus: true } as never,
  })
  return (found.docs as unknown as Person[])
    .filter((p) => active(p) && p.memberships.some((m) => idKeyOf(m.site) === String(siteId)))
    .sort((a, b) => (a.name ?? a.email).localeCompare(b.name ?? b.email, 'vi'))
}

/** Whom a reminder goes to: the owner if still active and on the site, else the site's editors. */
export async function recipientsOf(payload: Payload, siteId: number | string, owner: unknown, cache: Map<string, Person[]>): Promise<Person[]> {
  const key = String(siteId)
  if (!cache.has(key)) cache.set(key, await staffOf(payload, siteId))
  const staff = cache.get(key)!
  const ownerId = idOf(owner)
  const own = ownerId === null ? undefined : staff.find((p) => String(p.id) === String(ownerId))
  if (own) return [own]
  return staff.filter((p) => p.memberships.some((m) => idKeyOf(m.site) === key && SITE_EDITOR_ROLES.includes(m.role as SiteRole)))
}

/** Platform admins, the site's site admins, editors and approvers, and the owner change the review. */
export function mayEditReview(user: SessionUser, siteId: number | string | null, owner: unknown): boolean {
  if (isPlatformAdmin(user)) return true
  if (idOf(owner) !== null && String(idOf(owner)) === String(user.id)) return true
  return rolesOn(user, siteId).some((r) => EDITING_ROLES.includes(r))
}

export const displayName = (p: Pick<Person, 'name' | 'email'>) => p.name?.trim() || p.email
