/**
 * The append-only audit log: every change, publication, login, failed login and role change,
 * with user, site, time and address. Every collection is audited unless it declares
 * `custom.cong.audit: false`; runs after the plugins that add collections.
 */
import type { Config, Plugin } from 'payload'

import { cong } from '../../cms/src/contributions'
import { withParts } from '../../cms/src/lib/config'
import { AuditLog } from './collection'
import { withAudit } from './hooks'
import type { AuditOptions } from './types'

export type { AuditOptions } from './types'

export function auditTransform(config: Config, options: AuditOptions = {}): Config {
  const audited = (config.collections ?? []).map((c) => (options.enabled === false || cong(c).audit === false ? c : withAudit(c)))
  return withParts({ ...config, collections: audited }, { collections: [AuditLog] })
}

export const auditPlugin =
  (options: AuditOptions = {}): Plugin =>
  (config) =>
    auditTransform(config, options)
