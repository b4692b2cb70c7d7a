/**
 * Seeds legal documents, administrative procedures and draft consultations of the demo.
 * Idempotent like the rest of the seed: documents are matched by number and site, procedures by
 * code and site, consultations by slug and site; only what is missing is created.
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { parseLegalNumber } from '../plugins/legal/number'
import { seedConsultations } from './data/consultations'
import { seedLegalDocuments } from './data/legal-documents'
import { seedProcedures } from './data/procedures'
import { toLexical } from './lexical'
import { placeholderPdf } from './pdf'

type Id = number | string
// A fresh context per call: Payload hands the object to the hooks, which write into it.
const opts = () => ({ overrideAccess: true, depth: 0, context: { skipBuild: true } }) as const
const noon = (date: string) => `${date}T12:00:00.000Z`

async function pdfFile(payload: Payload, site: Id, title: string, line: string): Promise<Id> {
  const data = placeholderPdf(title, line)
  const name = `${title.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)}.pdf`
  const file = await payload.create({ collection: 'legal-files', data: { title, site: site as number }, file: { data, mimetype: 'application/pdf', name, size: data.length }, ...opts() })
  return file.id
}

async function seedDocuments(payload: Payload, siteIds: Map<string, Id>): Promise<{ created: number; byNumber: Map<string, Id> }> {
  const byNumber = new Map<string, Id>()
  let created = 0
  const ordered = [...seedLegalDocuments].sort((a, b) => a.issueDate.localeCompare(b.issueDate))
  for (const d of ordered) {
    const site = siteIds.get(d.site)!
    const existing = await payload.find({ collection: 'legal-documents', where: { and: [{ number: { equals: d.number } }, { site: { equals: site } }] }, limit: 1, draft: true, ...opts() })
    if (existing.docs[0]) {
      byNumber.set(d.number, existing.docs[0].id)
      continue
    }
    const relations = (d.relations ?? []).map((r) =>
      'external' in r
        ? { kind: r.kind, targetType: 'external' as const, number: r.external.number, title: r.external.title }
        : { kind: r.kind, targetType: 'internal' as const, document: byNumber.get(r.number) as number },
    )
    const doc = await payload.create({
      collection: 'legal-documents',
      draft: false,
      data: {
        number: d.number,
        documentType: d.type,
        summary: d.summary,
        issuingBody: d.issuingBody,
        signingCapacity: d.signer?.capacity,
        signingFor: d.signer?.for,
        signerTitle: d.signer?.title,
        signerName: d.signer?.name,
        issueDate: noon(d.issueDate),
        effectiveDate: d.effectiveDate ? noon(d.effectiveDate) : null,
        fields: d.fields,
        relations,
        site: site as number,
        sharedWith: (d.sharedWith ?? []).map((s) => siteIds.get(s) as number),
        attachments: d.demoFile ? [{ file: (await pdfFile(payload, site, `Van ban ${d.number}`, `${d.number} - ${d.summary}`)) as number, label: 'Tệp minh họa của bản demo (không phải bản gốc có chữ ký số)' }] : [],
        _status: 'published',
      },
      ...opts(),
    })
    byNumber.set(d.number, doc.id)
    created++
  }
  return { created, byNumber }
}

async function seedProcedureRecords(payload: Payload, siteIds: Map<string, Id>, byNumber: Map<string, Id>): Promise<number> {
  let created = 0
  for (const p of seedProcedures) {
    const site = siteIds.get(p.site)!
    const existing = await payload.count({ collection: 'procedures', where: { and: [{ code: { equals: p.code } }, { site: { equals: site } }] }, ...opts() })
    if (existing.totalDocs > 0) continue
    const dossier = []
    for (const item of p.dossier) {
      const form = item.form ? await pdfFile(payload, site, `${item.form} - ${p.code}`, item.name) : undefined
      dossier.push({ name: item.name, originals: item.originals, copies: item.copies, form: form as number | undefined })
    }
    const legalBasis = p.legalBasis.map((entry) => {
      const [number, title] = entry.split('|') as [string, string | undefined]
      const canonical = parseLegalNumber(number)
      const id = byNumber.get(canonical.ok ? canonical.value.canonical : number)
      return id !== undefined ? { document: id as number } : { number, title }
    })
    await payload.create({
      collection: 'procedures',
      draft: false,
      data: {
        code: p.code,
        name: p.name,
        levels: p.levels,
        field: p.field,
        implementingAgency: p.implementingAgency,
        competentAuthority: p.competentAuthority,
        steps: p.steps.map((text, i) => ({ title: `Bước ${i + 1}`, text })),
        channels: p.channels,
        dossier,
        applicants: p.applicants,
        result: p.result,
        requirements: p.requirements,
        legalBasis,
        onlineLevel: p.onlineLevel,
        site: site as number,
        _status: 'published',
      },
      ...opts(),
    })
    created++
  }
  return created
}

/** `days` from now at `hour` o'clock in Việt Nam. */
function vnTime(days: number, hour: number): string {
  const d = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000)
  d.setUTCHours(hour - 7, 0, 0, 0)
  return d.toISOString()
}

async function seedConsultationRecords(payload: Payload, siteIds: Map<string, Id>): Promise<number> {
  let created = 0
  for (const c of seedConsultations) {
    const site = siteIds.get(c.site)!
    const existing = await payload.count({ collection: 'consultations', where: { and: [{ slug: { equals: c.slug } }, { site: { equals: site } }] }, ...opts() })
    if (existing.totalDocs > 0) continue
    const file = await pdfFile(payload, site, 'Du thao', c.draftText)
    const doc = await payload.create({
      collection: 'consultations',
      draft: false,
      data: {
        title: c.title,
        slug: c.slug,
        documentType: c.documentType,
        draftingUnit: c.draftingUnit,
        summary: c.summary,
        opensAt: vnTime(c.opensInDays, 8),
        closesAt: vnTime(c.closesInDays, 17),
        contact: c.contact,
        draftFiles: [{ file: file as number, label: 'Dự thảo văn bản' }],
        articles: c.articles,
        handlingSummary: c.handlingSummary ? (toLexical(c.handlingSummary) as never) : undefined,
        site: site as number,
        _status: 'published',
      },
      ...opts(),
    })
    for (const comment of c.comments) {
      await payload.create({
        collection: 'consultation-comments',
        data: {
          consultation: doc.id,
          site: site as number,
          name: comment.name,
          email: comment.email,
          organisation: comment.organisation,
          article: comment.article,
          comment: comment.comment,
          moderation: comment.moderation,
          receipt: `GY-${crypto.randomBytes(4).toString('hex').toUpperCase()}`,
          source: 'web',
        },
        ...opts(),
      })
    }
    created++
  }
  return created
}

/** Create whatever part of the legal demo content is missing; returns the number of records created. */
export async function seedLegal(payload: Payload, siteIds: Map<string, Id>): Promise<number> {
  const { created, byNumber } = await seedDocuments(payload, siteIds)
  return created + (await seedProcedureRecords(payload, siteIds, byNumber)) + (await seedConsultationRecords(payload, siteIds))
}
