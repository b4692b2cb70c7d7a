/**
 * Pure mappers from Payload documents (read with `depth: 1`, published versions) to the shapes
 * of `contracts/legal.ts` that portals render. Related documents that are not published are shown
 * by their number only. No personal data passes through: comments keep name, organisation,
 * text, article and time.
 */
import {
  type Consultation,
  type LegalDocument,
  type LegalFileRef,
  type LegalRelation,
  type Procedure,
  type PublicComment,
  RELATION_LABELS,
  type RelationKind,
  type ValidityStatus,
} from '../../cms/src/contracts/legal'
import { richTextHtml as portalRichTextHtml } from '../portals/build/richText'
import { consultationStatus } from './consultations/rules'
import { vnDate } from './dates'
import { idOf } from '../../cms/src/lib/ids'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export type PresentContext = {
  /** Slug of a site by id (documents related across portals name their portal). */
  siteSlug: (siteId: number | string) => string | null
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null)

/** The portals' rich-text HTML (valid list markup); pictures are not published with legal texts. */
export function richTextHtml(value: unknown): string | null {
  const html = portalRichTextHtml(value, () => null)
  return html.trim() === '' ? null : html
}

/** A populated upload of `legal-files`, or null when missing or not populated. */
export function toLegalFile(file: unknown, label: string | null = null): LegalFileRef | null {
  if (!file || typeof file !== 'object') return null
  const f = file as Doc
  if (typeof f.url !== 'string' || typeof f.filename !== 'string') return null
  return { url: f.url, filename: f.filename, mimeType: f.mimeType ?? 'application/octet-stream', filesize: Number(f.filesize ?? 0), label: label ?? str(f.title) }
}

function relatedDocument(value: unknown, ctx: PresentContext): LegalRelation['document'] {
  if (!value || typeof value !== 'object') return null
  const d = value as Doc
  if (d._status !== 'published' || typeof d.slug !== 'string') return null
  const site = idOf(d.site)
  const siteSlug = site === null ? null : ctx.siteSlug(site)
  if (!siteSlug) return null
  return { slug: d.slug, number: d.number, summary: d.summary ?? '', site: siteSlug, validity: (d.validityStatus ?? 'con-hieu-luc') as ValidityStatus }
}

export function toLegalDocument(doc: Doc, ctx: PresentContext): LegalDocument {
  const outgoing: LegalRelation[] = (doc.relations ?? []).map((r: Doc) => {
    const document = r.targetType === 'external' ? null : relatedDocument(r.document, ctx)
    const number = str(r.number) ?? (typeof r.document === 'object' ? str(r.document?.number) : null) ?? ''
    return {
      kind: r.kind as RelationKind,
      direction: 'outgoing' as const,
      label: RELATION_LABELS[r.kind as RelationKind].outgoing.vi,
      document,
      external: document ? null : { number, title: str(r.title), url: str(r.url) },
      provisions: str(r.provisions),
      since: null,
    }
  })
  const incoming: LegalRelation[] = (doc.inverseRelations ?? []).map((r: Doc) => {
    const document = relatedDocument(r.document, ctx)
    return {
      kind: r.kind as RelationKind,
      direction: 'incoming' as const,
      label: RELATION_LABELS[r.kind as RelationKind].incoming.vi,
      document,
      external: document ? null : { number: r.number ?? '', title: null, url: null },
      provisions: str(r.provisions),
      since: vnDate(r.since),
    }
  })
  const owner = idOf(doc.site)
  return {
    slug: doc.slug,
    site: (owner === null ? null : ctx.siteSlug(owner)) ?? '',
    number: doc.number,
    type: doc.documentType,
    issuingBody: doc.issuingBody,
    signer: { name: str(doc.signerName), title: str(doc.signerTitle), capacity: doc.signingCapacity ?? null, signingFor: str(doc.signingFor) },
    issueDate: vnDate(doc.issueDate)!,
    effectiveDate: vnDate(doc.effectiveDate),
    expiryDate: vnDate(doc.expiryDate),
    validity: {
      status: (doc.validityStatus ?? 'con-hieu-luc') as ValidityStatus,
      since: vnDate(doc.validitySince),
      reason: str(doc.validityReason),
      overridden: Boolean(doc.validityOverride),
    },
    fields: Array.isArray(doc.fields) ? doc.fields.filter((f: unknown) => typeof f === 'string') : [],
    summary: doc.summary,
    html: richTextHtml(doc.content),
    attachments: (doc.attachments ?? []).map((a: Doc) => toLegalFile(a.file, str(a.label))).filter((f: LegalFileRef | null): f is LegalFileRef => f !== null),
    nationalDbUrl: str(doc.nationalDbUrl),
    relations: [...outgoing, ...incoming],
    updatedAt: doc.updatedAt,
  }
}

export function toProcedure(doc: Doc, ctx: PresentContext): Procedure {
  return {
    slug: doc.slug,
    code: doc.code,
    name: doc.name,
    levels: doc.levels ?? [],
    field: doc.field,
    procedureType: str(doc.procedureType),
    announcingDecision: str(doc.announcingDecision),
    implementingAgency: doc.implementingAgency,
    competentAuthority: str(doc.competentAuthority),
    receivingAddress: str(doc.receivingAddress),
    steps: (doc.steps ?? []).map((s: Doc) => ({ title: str(s.title), text: s.text })),
    channels: (doc.channels ?? []).map((c: Doc) => ({ method: c.method, processingTime: str(c.processingTime), fees: str(c.fees), note: str(c.note) })),
    dossier: (doc.dossier ?? []).map((d: Doc) => ({
      case: str(d.case),
      name: d.name,
      form: toLegalFile(d.form),
      originals: Number(d.originals ?? 0),
      copies: Number(d.copies ?? 0),
      note: str(d.note),
    })),
    applicants: doc.applicants ?? [],
    result: str(doc.result),
    legalBasis: (doc.legalBasis ?? []).map((b: Doc) => {
      const linked = relatedDocument(b.document, ctx)
      const populated = b.document && typeof b.document === 'object' ? (b.document as Doc) : null
      return {
        number: str(b.number) ?? populated?.number ?? '',
        title: str(b.title) ?? str(populated?.summary),
        issueDate: vnDate(b.issueDate ?? populated?.issueDate),
        issuingBody: str(b.issuingBody) ?? str(populated?.issuingBody),
        document: linked ? { slug: linked.slug, site: linked.site } : null,
      }
    }),
    requirements: str(doc.requirements),
    onlineLevel: doc.onlineLevel ?? null,
    nationalPortalUrl: str(doc.nationalPortalUrl),
    onlineSubmissionUrl: str(doc.onlineSubmissionUrl),
    updatedAt: doc.updatedAt,
  }
}

/** Only the public columns of a comment; anything else in `comment` is ignored. */
export function toPublicComment(comment: Doc): PublicComment {
  return { name: comment.name, organisation: str(comment.organisation), comment: comment.comment, article: str(comment.article), createdAt: comment.createdAt }
}

export function toConsultation(doc: Doc, approved: Doc[], ctx: PresentContext & { now: Date }): Consultation {
  const status = consultationStatus(doc.opensAt, doc.closesAt, ctx.now)
  const final = relatedDocument(doc.finalDocument, ctx)
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    documentType: doc.documentType ?? null,
    draftingUnit: doc.draftingUnit,
    summary: str(doc.summary),
    opensAt: doc.opensAt,
    closesAt: doc.closesAt,
    status,
    contact: { name: str(doc.contact?.name), email: str(doc.contact?.email), phone: str(doc.contact?.phone), address: str(doc.contact?.address) },
    draftFiles: (doc.draftFiles ?? []).map((f: Doc) => toLegalFile(f.file, str(f.label))).filter((f: LegalFileRef | null): f is LegalFileRef => f !== null),
    articles: (doc.articles ?? []).map((a: Doc) => ({ ref: a.ref, title: str(a.title) })),
    comments: approved.map(toPublicComment),
    // The handling summary is published only after the consultation closes.
    summaryHtml: status === 'da-ket-thuc' ? richTextHtml(doc.handlingSummary) : null,
    finalDocument: final ? { slug: final.slug, number: final.number, site: final.site } : null,
    commentEndpoint: `/api/public/consultations/${doc.id}/comments`,
    updatedAt: doc.updatedAt,
  }
}
