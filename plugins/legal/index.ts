/**
 * What Nghị định 42/2022 asks a portal to publish besides news: legal documents (văn bản) with
 * their files, administrative procedures (thủ tục hành chính), and drafts open for comment
 * (góp ý dự thảo) with the public comment endpoints; the hourly validity job.
 */
import type { Config, Plugin } from 'payload'

import { contributeToPlatform } from '../../cms/src/contributions'
import { withParts } from '../../cms/src/lib/config'
import { legalExporter } from './export'
import { ConsultationComments } from './collections/ConsultationComments'
import { Consultations } from './collections/Consultations'
import { LegalDocuments } from './collections/LegalDocuments'
import { LegalFiles } from './collections/LegalFiles'
import { Procedures } from './collections/Procedures'
import { consultationPublicEndpoints } from './consultations/public'
import { refreshLegalStatusesTask } from './refreshLegalStatuses'
import type { LegalOptions } from './types'

export type { LegalOptions } from './types'

export function legalTransform(config: Config, _options: LegalOptions = {}): Config {
  const withLegal = withParts(config, {
    collections: [LegalDocuments, LegalFiles, Procedures, Consultations, ConsultationComments],
    // The portals' comment form posts here.
    endpoints: consultationPublicEndpoints,
    tasks: [refreshLegalStatusesTask],
  })
  return contributeToPlatform(withLegal, 'portalExporters', [legalExporter])
}

export const legalPlugin =
  (options: LegalOptions = {}): Plugin =>
  (config) =>
    legalTransform(config, options)
