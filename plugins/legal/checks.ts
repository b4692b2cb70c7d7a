/**
 * What the checks before publishing (ADR 0021, `plugins/checks`) read on legal documents,
 * procedures and consultations. Their rich-text fields (a document's full text, a consultation's
 * report on the comments) are found through their fields like every type's; their files are
 * PDF/DOC documents, not pictures, so they have no alt text to check. What differs from news and
 * pages is which texts are theirs to shorten and how long their names run:
 *
 * - a legal document's title is its number (an identifier, 100 characters at most by its field),
 *   and its trích yếu and full text reproduce the signed document: neither is the editor's to
 *   shorten or simplify, so no title limit and no readability warning; the trích yếu warns past
 *   500 characters, beyond the longest real ones, where a preamble or body was pasted into it;
 * - procedure and consultation names are official names (the National Public Service Portal's,
 *   the draft's own), longer than a headline: they warn past 250 characters;
 * - addresses typed into fields of their own (the national database link, the national portal
 *   page, the online submission address, an external related document's link) are links too.
 */
import type { CongCollection } from '../../cms/src/contributions'

type Checks = NonNullable<CongCollection['checks']>

/** Longest official name (procedure, draft) that does not warn. */
export const OFFICIAL_NAME_MAX = 250
/** Longest trích yếu that does not warn. */
export const LEGAL_SUMMARY_MAX = 500

export const legalDocumentChecks: Checks = { titleField: null, summaryField: 'summary', summaryMax: LEGAL_SUMMARY_MAX, readability: false, links: ['nationalDbUrl', 'relations.url'] }

export const procedureChecks: Checks = { titleField: 'name', titleMax: OFFICIAL_NAME_MAX, summaryField: null, links: ['nationalPortalUrl', 'onlineSubmissionUrl'] }

/** The summary ("what comments are sought on") is the substance of the consultation, held to its field's 3,000 characters only. */
export const consultationChecks: Checks = { titleField: 'title', titleMax: OFFICIAL_NAME_MAX, summaryField: null }
