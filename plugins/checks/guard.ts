/**
 * The checks hold publishing (ADR 0021): a publish by a person (the admin, REST, GraphQL, the
 * workflow's approve, a scheduled publish running as the person who scheduled it) of a document
 * whose collection contributes `checks` is refused with 422 and the list of blocking issues while
 * any remains. Saving drafts is never checked here. Writes without a user (seed, imports, merges)
 * are the platform's own and are not held. External links only warn, so they are not opened here.
 */
import { APIError } from 'payload'

import { asUser } from '../../cms/src/access/roles'
import { contributionOf } from '../../cms/src/contributions'
import type { PublishGuard } from '../workflow/types'
import { refusalMessage } from './rules'
import { checkDocument } from './server'

export const CHECKS_REFUSED_STATUS = 422

export const checksGuard: PublishGuard = async ({ collection, doc, req }) => {
  if (!asUser(req) || !contributionOf(req.payload, collection.slug, 'checks')) return
  const result = await checkDocument(req.payload, collection, doc, { external: false, locale: req.locale ?? undefined, transactionID: req.transactionID })
  const blocking = result.issues.filter((i) => i.severity === 'blocking')
  if (blocking.length === 0) return
  throw new APIError(refusalMessage(blocking), CHECKS_REFUSED_STATUS, { checks: { blocking: blocking.length, issues: blocking } }, true)
}
