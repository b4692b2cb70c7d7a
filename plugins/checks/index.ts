/**
 * Checks before publishing (ADR 0021): in the edit view of every collection contributing
 * `checks`, the "Kiểm tra trước khi xuất bản" panel lists the issues of the draft (blocking or
 * warning) and the readability figure, from `GET /api/<collection>/:id/checks`; on the server,
 * publishing is refused while a blocking issue remains (a `publishGuards` contribution the
 * workflow runs on every publish).
 */
import type { CollectionConfig, CollectionSlug, Config, Plugin, UIField } from 'payload'

import { cong, contributeToPlatform } from '../../cms/src/contributions'
import { hasField, withEndpoints, withFields } from '../../cms/src/lib/config'
import { checksEndpoint } from './endpoint'
import { checksGuard } from './guard'
import type { ChecksOptions } from './types'

export type { ChecksContribution, ChecksOptions } from './types'

const ADMIN = '/plugins/checks/admin'

/** The panel in the edit view's sidebar; no database column. */
export const checksPanelField: UIField = {
  name: 'checksPanel',
  type: 'ui',
  label: { vi: 'Kiểm tra trước khi xuất bản', en: 'Checks before publishing' },
  admin: { position: 'sidebar', disableListColumn: true, components: { Field: `${ADMIN}/ChecksPanel#ChecksPanel` } },
}

function checked(collection: CollectionConfig): CollectionConfig {
  if (!cong(collection).checks) return collection
  const withPanel = hasField(collection.fields, 'checksPanel') ? collection : withFields(collection, [checksPanelField])
  const admin = withPanel.admin ?? {}
  const components = admin.components ?? {}
  const edit = components.edit ?? {}
  return {
    ...withEndpoints(withPanel, [checksEndpoint(collection.slug as CollectionSlug)]),
    admin: {
      ...admin,
      components: {
        ...components,
        // Beside the publish control: why publishing is held, while it is.
        edit: { ...edit, beforeDocumentControls: [`${ADMIN}/ChecksHold#ChecksHold`, ...(edit.beforeDocumentControls ?? [])] },
      },
    },
  }
}

export function checksTransform(config: Config, _options: ChecksOptions = {}): Config {
  const withChecks = { ...config, collections: (config.collections ?? []).map(checked) }
  return contributeToPlatform(withChecks, 'publishGuards', [checksGuard])
}

export const checksPlugin =
  (options: ChecksOptions = {}): Plugin =>
  (config) =>
    checksTransform(config, options)
