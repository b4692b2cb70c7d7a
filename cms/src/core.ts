/**
 * What every collection of the platform gets, whichever plugin adds it: stored strings in NFC
 * (Vietnamese text pasted from Word or macOS is often NFD); for versioned collections the save
 * context that tells publishing from draft saves (`hooks/publication.ts`), which the workflow,
 * audit, portal builds and search read; and the check of `where` and `sort` queries that answers
 * bad ones 400 instead of 500 (ADR 0017). Runs after the plugins that add collections.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

import { cong } from './contributions'
import { normalizeNfc } from './hooks/normalizeNfc'
import { withPublicationContext } from './hooks/publication'
import { withHooks } from './lib/config'
import { withQueryChecks } from './server/security/queryCheck'

function core(collection: CollectionConfig): CollectionConfig {
  const nfc = cong(collection).nfc === false ? collection : withHooks(collection, { beforeValidate: [normalizeNfc] }, 'prepend')
  return withQueryChecks(withPublicationContext(nfc))
}

export const platformCorePlugin = (): Plugin => (config: Config) => ({ ...config, collections: (config.collections ?? []).map(core) })
