/**
 * Validity (tình trạng hiệu lực) of a legal document, derived from its dates and from what other
 * published documents say about it, on a given day. Pure: the caller passes "today" (the clock
 * is injected), so the same function serves the save hook, the hourly job and the tests.
 * See docs/adr/0011-legal-documents.md.
 */
import { RELATION_LABELS, type RelationKind, type ValidityStatus, VALIDITY_STATUS_LABELS } from '../../cms/src/contracts/legal'
import { viDate } from './dates'

export type ValidityDates = {
  /** All dates are `YYYY-MM-DD` (Việt Nam calendar days). */
  issueDate: string | null
  effectiveDate: string | null
  expiryDate: string | null
}

/** A relation another published document states about this one. */
export type IncomingRelation = {
  kind: RelationKind
  /** Number of the other document, for the explanation. */
  sourceNumber: string
  /** When the other document takes effect (its effective date, else its issue date). */
  sourceStart: string | null
}

export type Override = { status: ValidityStatus; reason: string | null; since: string | null }

export type DerivedValidity = {
  status: ValidityStatus
  /** Day the status began, when known. */
  since: string | null
  /** Vietnamese explanation shown next to the status. */
  reason: string | null
  /** Next day on which the derived status will change by itself (for the scheduled job), or null. */
  nextChange: string | null
  overridden: boolean
}

/** Relations that end the whole document once the other document is in force. */
export const ENDING_KINDS: readonly RelationKind[] = ['replaces', 'repeals']
/**
 * Relations that end part of it. A supplement only adds provisions, so it does not change the
 * status (vbpl.vn shows such documents as still in force).
 */
export const PARTIAL_KINDS: readonly RelationKind[] = ['amends', 'replaces-partly', 'repeals-partly']

const label = (status: ValidityStatus) => VALIDITY_STATUS_LABELS[status].vi

function explain(relations: { kind: RelationKind; sourceNumber: string; sourceStart: string }[]): string {
  return relations.map((r) => `${RELATION_LABELS[r.kind].incoming.vi} ${r.sourceNumber} từ ${viDate(r.sourceStart)}`).join('; ')
}

export function deriveValidity(doc: ValidityDates, incoming: IncomingRelation[], today: string, override?: Override | null): DerivedValidity {
  const start = doc.effectiveDate ?? doc.issueDate
  const dated = incoming
    .filter((r) => ENDING_KINDS.includes(r.kind) || PARTIAL_KINDS.includes(r.kind))
    .map((r) => ({ ...r, sourceStart: r.sourceStart ?? start ?? today }))
    .sort((a, b) => a.sourceStart.localeCompare(b.sourceStart))
  const future = [start, doc.expiryDate, ...dated.map((r) => r.sourceStart)].filter((d): d is string => d !== null && d > today).sort()
  const nextChange = future[0] ?? null

  if (override) {
    return { status: override.status, since: override.since, reason: override.reason, nextChange: null, overridden: true }
  }
  if (start && today < start) {
    return { status: 'chua-co-hieu-luc', since: null, reason: `Có hiệu lực từ ${viDate(start)}`, nextChange, overridden: false }
  }
  const ending = dated.filter((r) => ENDING_KINDS.includes(r.kind) && r.sourceStart <= today)
  const expiry = doc.expiryDate && doc.expiryDate <= today ? doc.expiryDate : null
  if (expiry || ending.length) {
    const first = ending[0]
    if (expiry && (!first || expiry <= first.sourceStart)) {
      return { status: 'het-hieu-luc-toan-bo', since: expiry, reason: `${label('het-hieu-luc-toan-bo')} từ ${viDate(expiry)}`, nextChange: null, overridden: false }
    }
    return { status: 'het-hieu-luc-toan-bo', since: first!.sourceStart, reason: explain([first!]), nextChange: null, overridden: false }
  }
  const partial = dated.filter((r) => PARTIAL_KINDS.includes(r.kind) && r.sourceStart <= today)
  if (partial.length) {
    return { status: 'het-hieu-luc-mot-phan', since: partial[0]!.sourceStart, reason: explain(partial), nextChange, overridden: false }
  }
  return { status: 'con-hieu-luc', since: start, reason: null, nextChange, overridden: false }
}
