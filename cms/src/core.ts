/**
 * What every collection of the platform gets, whichever plugin adds it: stored strings in NFC
 * (Vietnamese text pasted from Word or macOS is often NFD); for versioned collections the save
 * context that tells publishing from draft saves (`hooks/publication.ts`), which the workflow,
 * audit, portal builds and search read; the checks of ids, bodies and `where` queries that
 * answer bad ones 4xx instead of 500 (ADR 0017), also on the collections Payload adds after
 * every plugin (preferences, locked documents, jobs: checked from `onInit`); and a 404 for an
 * upload whose file is missing on the disk, and for deleting a preference one does not have; Payload's
 * job-stats global closed to the API (`hooks/jobStatsAccess.ts`). Runs after the plugins that add collections.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'

import { cong } from './contributions'
import { closeJobStatsGlobal } from './hooks/jobStatsAccess'
import { withMissingFile404 } from './hooks/missingFile'
import { guardPreferenceDeletes } from './hooks/preferencesDelete'
import { normalizeNfc } from './hooks/normalizeNfc'
import { withPublicationContext } from './hooks/publication'
import { withHooks } from './lib/config'
import { checkEveryCollection, withQueryChecks } from './security/queryCheck'

function core(collection: CollectionConfig): CollectionConfig {
  const nfc = cong(collection).nfc === false ? collection : withHooks(collection, { beforeValidate: [normalizeNfc] }, 'prepend')
  return withMissingFile404(withQueryChecks(withPublicationContext(nfc)))
}

export const platformCorePlugin = (): Plugin => (config: Config) => ({
  ...config,
  collections: (config.collections ?? []).map(core),
  onInit: async (payload) => {
    checkEveryCollection(payload)
    guardPreferenceDeletes(payload)
    closeJobStatsGlobal(payload)
    await config.onInit?.(payload)
  },
})
