/**
 * A user who must use two-factor but has not enrolled may log in, see their own account and
 * enrol (the /api/users/2fa/ endpoints), and nothing else: every access function of every
 * collection and global answers "no" for them. Anonymous visitors are not affected.
 */
import type { Access, CollectionConfig, GlobalConfig, PayloadRequest } from 'payload'

import { asUser } from '../../cms/src/access/roles'
import { mustEnrolTwoFactor, type TwoFactorUser } from './settings'

const loggedIn: Access = ({ req }) => Boolean(req.user)

async function blocked(req: PayloadRequest): Promise<boolean> {
  return mustEnrolTwoFactor(req.payload, asUser(req) as TwoFactorUser | null)
}

function gated(access: Access | undefined): Access {
  const inner = access ?? loggedIn
  return async (args) => ((await blocked(args.req)) ? false : inner(args))
}

const COLLECTION_OPERATIONS = ['create', 'read', 'readVersions', 'update', 'delete', 'unlock'] as const

export function withTwoFactorGate(collection: CollectionConfig): CollectionConfig {
  const access: Record<string, unknown> = { ...collection.access }
  for (const op of COLLECTION_OPERATIONS) {
    // Users may still read their own record while enrolling (the admin needs it).
    if (collection.slug === 'users' && op === 'read') continue
    access[op] = gated(collection.access?.[op] as Access | undefined)
  }
  return { ...collection, access: access as CollectionConfig['access'] }
}

export function withTwoFactorGateOnGlobal(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    access: {
      ...global.access,
      read: gated(global.access?.read as Access | undefined),
      readVersions: gated(global.access?.readVersions as Access | undefined),
      update: gated(global.access?.update as Access | undefined),
    },
  }
}
