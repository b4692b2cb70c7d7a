/**
 * Hooks of the legal-documents collection: normalise the number and derive slug and duplicate
 * key, validate the number against the type, the year and the other documents, keep the derived
 * state (inverse relations, validity) and the override history, and refresh the documents a save
 * points at.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeValidateHook,
  PayloadRequest,
  TextFieldSingleValidation,
} from 'payload'

import { asUser } from '../../cms/src/access/roles'
import { recordAudit } from '../audit/record'
import { LEGAL_DOCUMENT_TYPE_LABELS, type LegalDocumentType, VALIDITY_STATUS_LABELS, type ValidityStatus } from '../../cms/src/contracts/legal'
import { vnDate, vnToday } from './dates'
import { idOf } from '../../cms/src/lib/ids'
import {
  documentsCitedBy,
  incomingOf,
  LEGAL_DOCUMENTS,
  legalClock,
  type LegalDocData,
  refreshDerived,
  type RelationRow,
  relationTargets,
  storedValidity,
  validityFor,
} from './derived'
import {
  checkNumberType,
  checkNumberYear,
  duplicateKey,
  freeFormSlug,
  legalSlug,
  messageText,
  numberIsFreeForm,
  parseLegalNumber,
} from './number'

type Data = LegalDocData & { documentType?: LegalDocumentType | null; issuingBody?: string | null; slug?: string | null; dedupeKey?: string | null }

const issueYear = (doc: Data) => {
  const date = vnDate(doc.issueDate)
  return date ? Number(date.slice(0, 4)) : null
}

/**
 * The slug a document already has when it is the derived one plus a suffix (`12-qd-ubnd-2025-xa-a`):
 * a merger of portals gives it to a document whose number another issuer's document on the
 * surviving portal also has, so that both keep a page. It lasts while the number does.
 */
function keptSuffix(current: unknown, derived: string): string {
  return typeof current === 'string' && current.startsWith(`${derived}-`) && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(current) ? current : derived
}

/** Canonical number, stable slug and duplicate key, from the merged document. */
export const normaliseLegalNumber: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const merged = { ...(originalDoc ?? {}), ...data } as Data
  if (typeof merged.number !== 'string' || merged.number.trim() === '') return data
  const type = merged.documentType ?? 'khac'
  const parsed = parseLegalNumber(merged.number)
  let slug: string
  if (parsed.ok) {
    data.number = parsed.value.canonical
    slug = legalSlug(parsed.value, issueYear(merged))
  } else {
    if (!numberIsFreeForm(type)) return data // the number field's validation reports it
    data.number = merged.number.trim().replace(/\s+/g, ' ')
    slug = freeFormSlug(data.number as string, issueYear(merged))
  }
  data.slug = keptSuffix(merged.slug, slug)
  if (typeof merged.issuingBody === 'string') {
    data.issuingBody = merged.issuingBody.trim().replace(/\s+/g, ' ')
    data.dedupeKey = duplicateKey(slug, data.issuingBody as string)
  }
  // Relations whose platform document disappeared keep the number they showed.
  if (Array.isArray(data.relations)) {
    data.relations = (data.relations as RelationRow[]).map((r) => {
      if ((r.targetType ?? 'internal') === 'internal' && idOf(r.document) === null && r.number) return { ...r, targetType: 'external' as const }
      if (r.targetType === 'external' && r.number) {
        const n = parseLegalNumber(r.number)
        return { ...r, number: n.ok ? n.value.canonical : r.number.trim() }
      }
      return r
    })
  }
  return data
}

/** The number is well formed, fits the type and the issue year, and is not already on the platform. */
export const validateLegalNumber: TextFieldSingleValidation = async (value, { data, req, id }) => {
  const doc = data as Data
  if (typeof value !== 'string' || value.trim() === '') return 'Cần nhập số ký hiệu. / A number is required.'
  const type = doc.documentType
  if (!type) return true // the type field reports its own absence
  const parsed = parseLegalNumber(value)
  if (!parsed.ok) return numberIsFreeForm(type) ? true : messageText(parsed.error)
  const typeError = checkNumberType(parsed.value, type, LEGAL_DOCUMENT_TYPE_LABELS[type])
  if (typeError) return messageText(typeError)
  const yearError = checkNumberYear(parsed.value, vnDate(doc.issueDate))
  if (yearError) return messageText(yearError)
  if (!doc.dedupeKey) return true
  const site = idOf(doc.site)
  if (doc.slug && site !== null) {
    // Same number from another issuer on the same portal (two bodies both using …/QĐ-UBND).
    const sameSlug = await req.payload.count({
      collection: LEGAL_DOCUMENTS,
      where: { and: [{ slug: { equals: doc.slug } }, { site: { equals: site } }, { dedupeKey: { not_equals: doc.dedupeKey } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
      overrideAccess: true,
      req,
      // Documents in the trash keep their number and slug (ADR 0022).
      trash: true,
    })
    if (sameSlug.totalDocs > 0) {
      return messageText({
        vi: `Trang này đã có một văn bản số ${parsed.value.canonical} của cơ quan khác; hai văn bản không thể có cùng đường dẫn.`,
        en: `This site already holds a ${parsed.value.canonical} from another issuer; two documents cannot share a slug.`,
      })
    }
  }
  // Documents of archived portals (merged or retired) do not count: they are shown nowhere.
  const clash = await req.payload.find({
    collection: LEGAL_DOCUMENTS,
    where: { and: [{ dedupeKey: { equals: doc.dedupeKey } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
    pagination: false,
    depth: 1,
    overrideAccess: true,
    req,
    select: { site: true },
    trash: true,
  })
  const other = (clash.docs as Array<{ site?: { name?: string; status?: string } | number }>).find((d) => !(typeof d.site === 'object' && d.site?.status === 'archived'))
  if (!other) return true
  const siteName = typeof other.site === 'object' && other.site?.name ? other.site.name : '?'
  return messageText({
    vi: `Văn bản ${parsed.value.canonical} của ${doc.issuingBody} đã có trên cổng "${siteName}". Hãy chia sẻ hoặc liên kết văn bản đó thay vì nhập lại.`,
    en: `${parsed.value.canonical} issued by ${doc.issuingBody} already exists on "${siteName}": share or link it instead of entering it again.`,
  })
}

/** A relation row names its target: a platform document (not itself) or an external number. */
export const validateRelationTarget = (value: unknown, { siblingData, id }: { siblingData: Partial<RelationRow>; id?: number | string }) => {
  const external = siblingData.targetType === 'external'
  if (external) return true
  const target = idOf(value)
  if (target === null) return 'Chọn văn bản liên quan hoặc chuyển sang "văn bản ngoài hệ thống". / Choose a document, or switch to an external document.'
  if (id !== undefined && String(target) === String(id)) return 'Văn bản không thể liên quan tới chính nó. / A document cannot relate to itself.'
  return true
}

function overrideLabel(status: ValidityStatus | null | undefined) {
  return status ? VALIDITY_STATUS_LABELS[status].vi : 'bỏ ghi đè (tính tự động)'
}

/**
 * Derived fields are never taken from the request: inverse relations and validity are computed,
 * the override history only grows, and each internal relation keeps its target's number.
 */
export const deriveOwnState: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context }) => {
  const previous = (originalDoc ?? {}) as Data & { validityHistory?: unknown[] }
  const merged = { ...previous, ...data } as Data
  const inverse = previous.id !== undefined ? await incomingOf(req, previous.id) : []
  Object.assign(data, storedValidity(validityFor(merged, inverse, vnToday(legalClock.now()))), { inverseRelations: inverse })

  if (Array.isArray(data.relations) && data.relations.length) {
    const ids = relationTargets(data as Data)
    const targets = ids.length
      ? await req.payload.find({ collection: LEGAL_DOCUMENTS, where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true, req, draft: false, select: { number: true } })
      : { docs: [] }
    const numbers = new Map(targets.docs.map((d) => [String(d.id), (d as { number?: string }).number ?? null]))
    const seen = new Set<string>()
    data.relations = (data.relations as RelationRow[])
      .map((r) => (r.targetType === 'external' ? { ...r, document: null } : { ...r, number: numbers.get(String(idOf(r.document))) ?? r.number ?? null }))
      .filter((r) => {
        const key = `${r.kind}|${idOf(r.document) ?? r.number}`
        return seen.has(key) ? false : (seen.add(key), true)
      })
  }

  const before = { status: previous.validityOverride ?? null, reason: previous.validityOverrideReason ?? null }
  const after = { status: merged.validityOverride ?? null, reason: merged.validityOverrideReason ?? null }
  const history = [...((previous.validityHistory as unknown[]) ?? [])]
  if (before.status !== after.status || (after.status && before.reason !== after.reason)) {
    const user = asUser(req) as (ReturnType<typeof asUser> & { name?: string; email?: string }) | null
    const entry = {
      status: after.status,
      reason: after.status ? after.reason : (merged.validityOverrideReason ?? null),
      by: user?.id ?? null,
      byName: user ? String(user.name || user.email || user.id) : 'Hệ thống',
      at: legalClock.now().toISOString(),
    }
    history.push(entry)
    // On req.context, not the hook's `context`: nested Local API calls above replace the object.
    req.context.legalOverride = { from: overrideLabel(before.status), to: overrideLabel(after.status), reason: entry.reason }
  }
  ;(data as { validityHistory?: unknown[] }).validityHistory = history
  if (!after.status) {
    data.validityOverrideReason = null
    data.validityOverrideSince = null
  }
  return data
}

/** Record an override change in the audit log, with who and why. */
export const auditValidityOverride: CollectionAfterChangeHook = async ({ doc, req }) => {
  const change = req.context.legalOverride as { from: string; to: string; reason: string | null } | undefined
  if (!change) return doc
  delete req.context.legalOverride
  await recordAudit(req, {
    action: 'update',
    collection: LEGAL_DOCUMENTS,
    docId: doc.id,
    title: (doc as Data).number ?? null,
    site: idOf((doc as Data).site),
    detail: { validityOverride: change },
  })
  return doc
}

async function refreshTargets(req: PayloadRequest, ids: Array<number | string>, skipBuild: boolean, reason: string) {
  if (ids.length) await refreshDerived(req, ids, vnToday(legalClock.now()), { queueBuilds: !skipBuild, reason })
}

/**
 * After a document's live version changes (publish, unpublish, or a save of a never-published
 * draft), refresh the documents it relates to now, related to before, or is still listed on.
 * Draft saves of a published document change nothing live and are skipped.
 */
export const syncRelatedDocuments: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context.draftSave || context.skipLegalSync) return doc
  const d = doc as Data
  const ids = new Set([...relationTargets(d), ...relationTargets(previousDoc as Data), ...(await documentsCitedBy(req, d.id!))])
  ids.delete(String(d.id))
  await refreshTargets(req, [...ids], Boolean(context.skipBuild), `quan hệ với ${d.number}`)
  return doc
}

/**
 * Remember, before a delete, which documents point at or are pointed at by the deleted one: the
 * database drops its relation rows with it, so afterDelete could no longer find them.
 */
export const captureDeleteTargets: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  if (context.skipLegalSync) return
  const doc = (await req.payload.findByID({ collection: LEGAL_DOCUMENTS, id, draft: false, depth: 0, overrideAccess: true, req, disableErrors: true })) as Data | null
  const targets = [...new Set([...relationTargets(doc), ...(await documentsCitedBy(req, id))])].filter((t) => t !== String(id))
  req.context.legalDeleteTargets = targets
}

export const syncAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const ids = (req.context.legalDeleteTargets as string[] | undefined) ?? []
  delete req.context.legalDeleteTargets
  if (ids.length) {
    await refreshDerived(req, ids, vnToday(legalClock.now()), { queueBuilds: !req.context.skipBuild, forceBuild: true, reason: `xóa ${(doc as Data).number}` })
  }
  return doc
}
