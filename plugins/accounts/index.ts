/**
 * Staff accounts: users with their site memberships (roles per site), the password policy and
 * lockout, and invitations by email. Citizens never have accounts.
 */
import type { Config, Plugin } from 'payload'

import { withAdmin, withParts } from '../../cms/src/lib/config'
import { endSessionsOnLock } from './throttle'
import { Invitations } from './invitations/collection'
import type { AccountsOptions } from './types'
import { Users } from './Users'

export type { AccountsOptions } from './types'

export function accountsTransform(config: Config, options: AccountsOptions = {}): Config {
  const users = options.sessionHours ? { ...Users, auth: { ...(Users.auth as object), tokenExpiration: options.sessionHours * 3600 } } : Users
  const withCollections = withParts(config, { collections: [users, Invitations] })
  // A login that locks an account ends its sessions (ADR 0017).
  const hooks = { ...withCollections.hooks, afterError: [...(withCollections.hooks?.afterError ?? []), endSessionsOnLock] }
  return withAdmin(
    { ...withCollections, hooks, admin: { ...withCollections.admin, user: users.slug } },
    { views: { acceptInvitation: { Component: '/plugins/accounts/invitations/admin/AcceptInvitationView#AcceptInvitationView', path: '/nhan-loi-moi', exact: true } } },
  )
}

export const accountsPlugin =
  (options: AccountsOptions = {}): Plugin =>
  (config) =>
    accountsTransform(config, options)
