/** The compliance dashboard (Tuân thủ cổng): its view, navigation link and JSON/CSV endpoints. */
import type { Config, Plugin } from 'payload'

import { withAdmin, withParts } from '../../cms/src/lib/config'
import { complianceEndpoints } from './endpoint'
import type { ComplianceOptions } from './types'

export type { ComplianceOptions } from './types'

export function complianceTransform(config: Config, _options: ComplianceOptions = {}): Config {
  return withAdmin(withParts(config, { endpoints: complianceEndpoints }), {
    views: { compliance: { Component: '/plugins/compliance/admin/ComplianceView#ComplianceView', path: '/tuan-thu', exact: true } },
    beforeNavLinks: ['/plugins/compliance/admin/ComplianceLink#ComplianceLink'],
  })
}

export const compliancePlugin =
  (options: ComplianceOptions = {}): Plugin =>
  (config) =>
    complianceTransform(config, options)
