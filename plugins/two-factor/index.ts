/**
 * Two-factor login (TOTP with recovery codes): the security settings (which roles must use it),
 * the login view that asks for the code, the enrolment view, and a gate on every collection and
 * global for users who must enrol but have not. Runs last, so it gates what other plugins add.
 */
import type { Config, Plugin } from 'payload'

import { withAdmin } from '../../cms/src/lib/config'
import { withTwoFactorGate, withTwoFactorGateOnGlobal } from './gate'
import { SecuritySettings } from './settings'
import type { TwoFactorOptions } from './types'

export type { TwoFactorOptions } from './types'

export function twoFactorTransform(config: Config, options: TwoFactorOptions = {}): Config {
  const gate = options.gate !== false
  const globals = [...(config.globals ?? []), SecuritySettings]
  const withViews = withAdmin(config, {
    views: {
      // Payload's login form has no room for the two-factor code: ours sends it along.
      login: { Component: '/plugins/two-factor/admin/LoginView#LoginView', path: '/login' },
      twoFactor: { Component: '/plugins/two-factor/admin/TwoFactorView#TwoFactorView', path: '/bao-mat', exact: true },
    },
    beforeDashboard: ['/plugins/two-factor/admin/EnrolNotice#EnrolNotice'],
  })
  return {
    ...withViews,
    collections: gate ? (config.collections ?? []).map(withTwoFactorGate) : config.collections,
    globals: gate ? globals.map(withTwoFactorGateOnGlobal) : globals,
    // A refused second factor is an expected answer, not a server fault (no stack trace in the log).
    loggingLevels: { ...config.loggingLevels, TwoFactorError: 'info' } as Config['loggingLevels'],
  }
}

export const twoFactorPlugin =
  (options: TwoFactorOptions = {}): Plugin =>
  (config) =>
    twoFactorTransform(config, options)
