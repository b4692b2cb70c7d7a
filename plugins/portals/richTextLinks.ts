/**
 * Links and relationship blocks in rich text point at what readers can open: documents that have
 * a page on a portal (`custom.cong.portal.path`: news, pages, legal documents, procedures,
 * consultations, dialogues, categories). The editors' link picker never offers users, the audit
 * log, the outbox or other system records. Applied last, so that it sees every collection.
 */
import type { Config, Plugin } from 'payload'

import { cong } from '../../cms/src/contributions'

export function portalLinksOnly(config: Config): Config {
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      cong(collection).portal?.path ? collection : { ...collection, admin: { ...collection.admin, enableRichTextLink: false, enableRichTextRelationship: false } },
    ),
  }
}

export const portalLinksPlugin = (): Plugin => (config) => portalLinksOnly(config)
