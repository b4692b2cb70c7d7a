/**
 * Derived state of a legal document: the relations other published documents state about it
 * ("bị thay thế bởi…", kept in `inverseRelations`) and its validity. Both are functions of other
 * documents and of the date, so they are recomputed
 * - on every save of the document itself (`deriveOwnState`, a beforeChange hook), and
 * - for the documents a save, publish, unpublish or delete points at (`refreshDerived`), and
 * - by the hourly job for documents whose status changes with time.
 * The last two write the derived fields straight through the database adapter, into the live row
 * and the latest version, so that another portal's edit never creates a version, runs workflow
 * hooks, or publishes someone's pending draft. See docs/adr/0011-legal-documents.md.
 */
import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import type { RelationKind, ValidityStatus } from '../../cms/src/contracts/legal'
import { queueBuildsFor } from '../portals/queueBuild'
import { storedDate, vnDate } from './dates'
import { deriveValidity, type DerivedValidity } from './validity'
import { idOf } from '../../cms/src/lib/ids'

export const LEGAL_DOCUMENTS = 'legal-documents'

/** Clock of the legal module; tests move it instead of waiting for midnight. */
export const legalClock = { now: (): Date => new Date() }

export type RelationRow = {
  id?: string | null
  kind: RelationKind
  targetType?: 'internal' | 'external' | null
  document?: unknown
  /** Number of the target (snapshot of an internal target, or typed for an external one). */
  number?: string | null
  title?: string | null
  url?: string | null
  provisions?: string | null
}

export type InverseRow = { id: string; kind: RelationKind; document: number | string; number: string; since: string | null; provisions: string | null }

export type LegalDocData = {
  id?: number | string
  number?: string | null
  site?: unknown
  _status?: string | null
  issueDate?: string | null
  effectiveDate?: string | null
  expiryDate?: string | null
  relations?: RelationRow[] | null
  inverseRelations?: InverseRow[] | null
  validityStatus?: ValidityStatus | null
  validitySince?: string | null
  validityReason?: string | null
  validityNextChange?: string | null
  validityOverride?: ValidityStatus | null
  validityOverrideReason?: string | null
  validityOverrideSince?: string | null
  sharedWith?: unknown[] | null
  shareWithSubordinates?: boolean | null
}


/** Ids (as strings) of the platform documents a document relates to. */
export function relationTargets(doc: LegalDocData | null | undefined): string[] {
  return [...new Set((doc?.relations ?? []).map((r) => idOf(r.document)).filter((id): id is number | string => id !== null).map(String))]
}

/** What published documents say about document `id`, oldest source first. */
export async function incomingOf(req: PayloadRequest, id: number | string): Promise<InverseRow[]> {
  const sources = await req.payload.find({
    collection: LEGAL_DOCUMENTS,
    where: { and: [{ 'relations.document': { equals: id } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { number: true, issueDate: true, effectiveDate: true, relations: true },
  })
  const rows: InverseRow[] = []
  for (const source of sources.docs as unknown as LegalDocData[]) {
    const since = vnDate(source.effectiveDate) ?? vnDate(source.issueDate)
    for (const [i, r] of (source.relations ?? []).entries()) {
      if (String(idOf(r.document)) !== String(id)) continue
      // Array rows need ids; derive them so that a recomputation yields the same rows.
      const rowId = crypto.createHash('sha1').update(`${id}|${source.id}|${r.kind}|${i}`).digest('hex').slice(0, 24)
      rows.push({ id: rowId, kind: r.kind, document: source.id!, number: source.number ?? '', since: since ? storedDate(since) : null, provisions: r.provisions ?? null })
    }
  }
  return rows.sort((a, b) => (a.since ?? '').localeCompare(b.since ?? '') || a.number.localeCompare(b.number))
}

export function validityFor(doc: LegalDocData, inverse: InverseRow[], today: string): DerivedValidity {
  const override = doc.validityOverride
    ? { status: doc.validityOverride, reason: doc.validityOverrideReason ?? null, since: vnDate(doc.validityOverrideSince) }
    : null
  return deriveValidity(
    { issueDate: vnDate(doc.issueDate), effectiveDate: vnDate(doc.effectiveDate), expiryDate: vnDate(doc.expiryDate) },
    inverse.map((r) => ({ kind: r.kind, sourceNumber: r.number, sourceStart: vnDate(r.since) })),
    today,
    override,
  )
}

/** The stored form of derived validity. */
export function storedValidity(v: DerivedValidity) {
  return {
    validityStatus: v.status,
    validitySince: v.since ? storedDate(v.since) : null,
    validityReason: v.reason,
    validityNextChange: v.nextChange ? storedDate(v.nextChange) : null,
  }
}

const inverseKey = (rows: InverseRow[] | null | undefined) =>
  JSON.stringify((rows ?? []).map((r) => [r.kind, String(idOf(r.document)), vnDate(r.since), r.provisions ?? null, r.number]))

function sameDerived(doc: LegalDocData, v: DerivedValidity, inverse: InverseRow[]): boolean {
  return (
    doc.validityStatus === v.status &&
    vnDate(doc.validitySince) === v.since &&
    (doc.validityReason ?? null) === v.reason &&
    vnDate(doc.validityNextChange) === v.nextChange &&
    inverseKey(doc.inverseRelations) === inverseKey(inverse)
  )
}

type VersionRow = { id: number | string; version: LegalDocData & Record<string, unknown> } & Record<string, unknown>

/**
 * Write derived fields into the live row of a document, without hooks, versions or access. The
 * whole document is written back: the SQLite adapter rewrites every array of a row on update, so
 * a partial write would empty the arrays it does not mention.
 */
export async function writeLive(req: PayloadRequest, collection: 'legal-documents' | 'consultations', live: Record<string, unknown>, patch: Record<string, unknown>) {
  await req.payload.db.updateOne({ collection, id: live.id as number | string, data: { ...live, ...patch }, req, returning: false })
}

export async function latestVersion(req: PayloadRequest, collection: 'legal-documents' | 'consultations', id: number | string): Promise<VersionRow | undefined> {
  const latest = await req.payload.db.findVersions({ collection, where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] }, limit: 1, pagination: false, req })
  return latest.docs[0] as unknown as VersionRow | undefined
}

/** The same for the latest version, which is what the admin edits. */
export async function writeLatestVersion(req: PayloadRequest, collection: 'legal-documents' | 'consultations', version: VersionRow, patch: Record<string, unknown>) {
  await req.payload.db.updateVersion({ collection, id: version.id, versionData: { ...version, version: { ...version.version, ...patch } } as never, req, returning: false })
}

/**
 * Recompute the derived state of documents `ids` and write it where it changed. Returns the ids
 * that changed. Portals showing a changed published document are rebuilt unless `queueBuilds`
 * is false (bulk imports queue once at the end); `forceBuild` rebuilds them even when the stored
 * state had already changed under us (a delete removes relation rows by itself).
 */
export async function refreshDerived(
  req: PayloadRequest,
  ids: Array<number | string>,
  today: string,
  { queueBuilds = true, forceBuild = false, reason }: { queueBuilds?: boolean; forceBuild?: boolean; reason: string },
): Promise<Array<number | string>> {
  const { payload } = req
  const changed: Array<number | string> = []
  for (const id of new Set(ids.map(String))) {
    const live = (await payload.findByID({ collection: LEGAL_DOCUMENTS, id, draft: false, depth: 0, overrideAccess: true, req, disableErrors: true })) as LegalDocData | null
    if (!live) continue
    const inverse = await incomingOf(req, live.id!)
    const derived = validityFor(live, inverse, today)
    let touched = false
    if (!sameDerived(live, derived, inverse)) {
      await writeLive(req, LEGAL_DOCUMENTS, live as Record<string, unknown>, { ...storedValidity(derived), inverseRelations: inverse })
      touched = true
    }
    // The admin edits the latest version; give it the same inverse relations and its own validity
    // (a pending draft may carry other dates than the live document).
    const version = await latestVersion(req, LEGAL_DOCUMENTS, live.id!)
    if (version) {
      const own = validityFor(version.version, inverse, today)
      if (!sameDerived(version.version, own, inverse)) {
        await writeLatestVersion(req, LEGAL_DOCUMENTS, version, { ...storedValidity(own), inverseRelations: inverse })
        touched = true
      }
    }
    if (touched) changed.push(live.id!)
    if ((touched || forceBuild) && queueBuilds && live._status === 'published') {
      await queueBuildsFor(req, LEGAL_DOCUMENTS, { ...live, id: live.id!, _status: 'published' }, `${reason}: ${live.number}`)
    }
  }
  return changed
}

/** Documents whose stored inverse relations name `id` as their source. */
export async function documentsCitedBy(req: PayloadRequest, id: number | string): Promise<string[]> {
  const found = await req.payload.find({
    collection: LEGAL_DOCUMENTS,
    where: { 'inverseRelations.document': { equals: id } },
    draft: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { number: true },
  })
  return found.docs.map((d) => String(d.id))
}
