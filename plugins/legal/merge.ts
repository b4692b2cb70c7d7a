/**
 * How legal documents, procedures and consultations follow their portal into the portal it is
 * merged into (`npm run site -- merge`, ADR 0018).
 */
import type { LifecycleContribution } from '../lifecycle/types'

/**
 * A document with the number and issuer of one of b's is the same document: b's copy stays the
 * one shown. Another issuer's document with the same number (both communes' "12/QĐ-UBND") moves
 * with a slug of its own (`<slug>-<a's slug>`, which the number's normalisation keeps).
 */
export const legalDocumentsLifecycle: LifecycleContribution = { merge: { slugField: 'slug', identity: (doc) => (doc.dedupeKey ? String(doc.dedupeKey) : null) } }

export const legalFilesLifecycle: LifecycleContribution = { merge: {} }

/** A procedure is identified by its national code: b's copy of the same procedure stays. */
export const proceduresLifecycle: LifecycleContribution = { merge: { identity: (doc) => (doc.code ? `code:${doc.code}` : null) } }

export const consultationsLifecycle: LifecycleContribution = { merge: { slugField: 'slug' } }

/** Comments belong to their consultation (whose site they take when saved). */
export const consultationCommentsLifecycle: LifecycleContribution = { merge: { dependsOn: 'consultation' } }
