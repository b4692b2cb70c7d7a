/**
 * Import legal documents or procedures from a CSV/JSON file: check every row first and write
 * nothing when any row is wrong; then write, and if a write still fails, undo what this run
 * did (delete what it created, restore what it updated) so a failed import leaves no trace.
 * Re-importing updates documents matched by (number, issuing body) and procedures by (site, code).
 * The embedded SQLite runs without transactions, hence the explicit undo.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createLocalReq, type Payload, type PayloadRequest, ValidationError } from 'payload'

import { vnToday } from '../dates'
import { documentsCitedBy, LEGAL_DOCUMENTS, legalClock, refreshDerived, relationTargets } from '../derived'
import { checkLegalFile, LEGAL_FILE_TYPES } from '../files'
import { queueBuildsFor } from '../../portals/queueBuild'
import { dbId } from '../../../cms/src/lib/ids'
import { checkDocumentRow, checkProcedureRow, type DocumentRow, type ProcedureRow, readImportFile, type Row, type RowError, str } from './rows'

export type ImportKind = 'documents' | 'procedures'

export type ImportOptions = {
  file: string
  kind: ImportKind
  /** Slug of the site the rows belong to (a `site` column overrides it per row). */
  site: string | null
  dryRun: boolean
  onProgress?: (done: number, total: number) => void
}

export type ImportReport = {
  kind: ImportKind
  total: number
  created: number
  updated: number
  /** Relations and legal bases that name a document the platform does not hold (kept as text). */
  external: number
  errors: RowError[]
  dryRun: boolean
  rolledBack: boolean
  plan: Array<{ row: number; action: 'create' | 'update'; key: string }>
}

type Id = number | string
const ctx = { skipBuild: true }

class WriteFailure extends Error {
  constructor(
    readonly row: number,
    readonly errors: RowError[],
  ) {
    super('write failed')
  }
}

function writeErrors(row: number, err: unknown): RowError[] {
  if (err instanceof ValidationError) {
    const list = (err.data as { errors?: Array<{ path?: string; message?: string }> })?.errors ?? []
    if (list.length) return list.map((e) => ({ row, field: e.path ?? '?', reason: e.message ?? err.message }))
  }
  return [{ row, field: '*', reason: err instanceof Error ? err.message : String(err) }]
}

async function siteIds(payload: Payload, slugs: string[]): Promise<Map<string, Id>> {
  if (!slugs.length) return new Map()
  const found = await payload.find({ collection: 'sites', where: { slug: { in: slugs } }, pagination: false, depth: 0, overrideAccess: true, select: { slug: true } })
  return new Map(found.docs.map((s) => [s.slug as string, s.id]))
}

function rowSite(raw: Row, fallback: string | null): string | null {
  return str(raw.site) ?? fallback
}

/** Undo log of one run. */
class Undo {
  private readonly created: Array<{ collection: string; id: Id }> = []
  private readonly updated: Array<{ collection: string; id: Id; before: Record<string, unknown>; draft: boolean }> = []
  constructor(private readonly payload: Payload) {}
  create(collection: string, id: Id) {
    this.created.push({ collection, id })
  }
  update(collection: string, id: Id, before: Record<string, unknown>) {
    if (!this.updated.some((u) => u.collection === collection && String(u.id) === String(id))) {
      this.updated.push({ collection, id, before, draft: before._status === 'draft' })
    }
  }
  async run() {
    const restore = (doc: Record<string, unknown>) => {
      const { id: _id, createdAt: _c, updatedAt: _u, inverseRelations: _i, ...rest } = doc
      return rest
    }
    for (const u of [...this.updated].reverse()) {
      await this.payload.update({ collection: u.collection as 'procedures', id: u.id, data: restore(u.before) as never, draft: u.draft, overrideAccess: true, context: ctx, depth: 0 })
    }
    for (const c of [...this.created].reverse()) {
      await this.payload.delete({ collection: c.collection as 'procedures', id: c.id, overrideAccess: true, context: ctx }).catch(() => undefined)
    }
  }
}

async function resolveNumbers(payload: Payload, numbers: string[]): Promise<Map<string, Array<{ id: Id; site: Id }>>> {
  const out = new Map<string, Array<{ id: Id; site: Id }>>()
  const unique = [...new Set(numbers)]
  for (let i = 0; i < unique.length; i += 200) {
    const found = await payload.find({
      collection: LEGAL_DOCUMENTS,
      where: { number: { in: unique.slice(i, i + 200) } },
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
      select: { number: true, site: true },
    })
    for (const d of found.docs) {
      const list = out.get(d.number as string) ?? []
      list.push({ id: d.id, site: (typeof d.site === 'object' ? d.site?.id : d.site) as Id })
      out.set(d.number as string, list)
    }
  }
  return out
}

async function importDocuments(payload: Payload, opts: ImportOptions, rows: Row[], firstRow: number, dir: string, report: ImportReport) {
  const checked: Array<DocumentRow & { siteSlug: string | null }> = []
  for (const [i, raw] of rows.entries()) {
    const { value, errors } = checkDocumentRow(raw, firstRow + i, dir)
    report.errors.push(...errors)
    if (value) checked.push({ ...value, siteSlug: rowSite(raw, opts.site) })
  }
  const sites = await siteIds(payload, [...new Set(checked.flatMap((r) => [r.siteSlug, ...r.sharedWith]).filter((s): s is string => Boolean(s)))])
  const seen = new Map<string, number>()
  for (const r of checked) {
    if (!r.siteSlug) report.errors.push({ row: r.row, field: 'site', reason: 'Thiếu trang: dùng --site <slug> hoặc cột site. / No site: pass --site <slug> or a site column.' })
    else if (!sites.has(r.siteSlug)) report.errors.push({ row: r.row, field: 'site', reason: `Không có trang "${r.siteSlug}". / Unknown site "${r.siteSlug}".` })
    for (const s of r.sharedWith) if (!sites.has(s)) report.errors.push({ row: r.row, field: 'sharedWith', reason: `Không có trang "${s}". / Unknown site "${s}".` })
    if (seen.has(r.key)) report.errors.push({ row: r.row, field: 'number', reason: `Trùng với dòng ${seen.get(r.key)} (cùng số ký hiệu và cơ quan ban hành). / Same number and issuer as row ${seen.get(r.key)}.` })
    else seen.set(r.key, r.row)
    for (const f of r.files) {
      const stat = fs.statSync(f, { throwIfNoEntry: false })
      if (!stat) continue
      const head = Buffer.alloc(8)
      const fd = fs.openSync(f, 'r')
      fs.readSync(fd, head, 0, 8, 0)
      fs.closeSync(fd)
      const problem = checkLegalFile({ name: path.basename(f), size: stat.size, head })
      if (problem) report.errors.push({ row: r.row, field: 'attachments', reason: `${problem.vi} / ${problem.en}` })
    }
  }

  // Existing documents with the same number and issuer: updated when on the same site. Those of
  // archived portals (merged or retired) are shown nowhere and do not count.
  const existing = new Map<string, { id: Id; site: Id }>()
  const keys = checked.map((r) => r.key)
  const archived = new Set(
    (await payload.find({ collection: 'sites', where: { status: { equals: 'archived' } }, pagination: false, depth: 0, overrideAccess: true, select: { slug: true } })).docs.map((s) => String(s.id)),
  )
  for (let i = 0; i < keys.length; i += 200) {
    const found = await payload.find({ collection: LEGAL_DOCUMENTS, where: { dedupeKey: { in: keys.slice(i, i + 200) } }, pagination: false, depth: 0, overrideAccess: true, select: { dedupeKey: true, site: true } })
    for (const d of found.docs) {
      const site = (typeof d.site === 'object' ? d.site?.id : d.site) as Id
      if (!archived.has(String(site))) existing.set(d.dedupeKey as string, { id: d.id, site })
    }
  }
  for (const r of checked) {
    const found = existing.get(r.key)
    const site = r.siteSlug ? sites.get(r.siteSlug) : undefined
    if (found && site !== undefined && String(found.site) !== String(site)) {
      report.errors.push({ row: r.row, field: 'number', reason: `Văn bản ${r.number} của cơ quan này đã có trên một trang khác; hãy chia sẻ thay vì nhập lại. / ${r.number} by this issuer already exists on another site.` })
    }
  }

  // Relations: to a row of this file, to a document already on the platform, or kept as text.
  const inFile = new Map<string, DocumentRow[]>()
  for (const r of checked) inFile.set(r.number, [...(inFile.get(r.number) ?? []), r])
  const onPlatform = await resolveNumbers(payload, checked.flatMap((r) => (r.relations ?? []).map((x) => x.number)))
  type Target = { row: DocumentRow } | { id: Id } | { external: string }
  const targets = new Map<DocumentRow, Target[]>()
  for (const r of checked) {
    const list: Target[] = []
    const site = r.siteSlug ? sites.get(r.siteSlug) : undefined
    for (const rel of r.relations ?? []) {
      const local = inFile.get(rel.number) ?? []
      const remote = onPlatform.get(rel.number) ?? []
      if (local.length === 1) list.push({ row: local[0]! })
      else if (local.length > 1) report.errors.push({ row: r.row, field: 'relations', reason: `Số ${rel.number} ứng với nhiều dòng của tệp. / ${rel.number} matches several rows.` })
      else if (remote.length === 1) list.push({ id: remote[0]!.id })
      else if (remote.length > 1) {
        const same = remote.filter((d) => String(d.site) === String(site))
        if (same.length === 1) list.push({ id: same[0]!.id })
        else report.errors.push({ row: r.row, field: 'relations', reason: `Số ${rel.number} ứng với nhiều văn bản trên hệ thống. / ${rel.number} matches several documents.` })
      } else {
        list.push({ external: rel.number })
        report.external++
      }
    }
    targets.set(r, list)
  }

  report.plan = checked.map((r) => ({ row: r.row, action: existing.has(r.key) ? ('update' as const) : ('create' as const), key: r.key }))
  if (report.errors.length || opts.dryRun) return

  const undo = new Undo(payload)
  const ids = new Map<DocumentRow, Id>()
  // Relations are written in a second pass; an empty cell clears those of an existing document.
  const withRelations = checked.filter((r) => r.relations !== null && (r.relations.length > 0 || existing.has(r.key)))
  const total = checked.length + withRelations.length
  let done = 0
  const tick = () => opts.onProgress?.(++done, total)
  try {
    for (const r of checked) {
      const site = sites.get(r.siteSlug!)!
      try {
        const attachments = []
        for (const f of r.files) {
          const data = fs.readFileSync(f)
          const ext = path.extname(f).slice(1).toLowerCase()
          const mime = LEGAL_FILE_TYPES.find((t) => (t.ext as readonly string[]).includes(ext))!.mime
          const file = await payload.create({ collection: 'legal-files', data: { title: path.basename(f), site: site as number }, file: { data, mimetype: mime, name: path.basename(f), size: data.length }, overrideAccess: true, depth: 0 })
          undo.create('legal-files', file.id)
          attachments.push({ file: file.id })
        }
        const data = {
          ...r.data,
          site,
          sharedWith: r.sharedWith.map((s) => sites.get(s)),
          ...(r.files.length ? { attachments } : {}),
          _status: r.status,
        }
        const found = existing.get(r.key)
        const common = { collection: LEGAL_DOCUMENTS, overrideAccess: true, depth: 0, draft: r.status === 'draft', context: { ...ctx, skipLegalSync: true } } as const
        if (found) {
          const before = await payload.findByID({ collection: LEGAL_DOCUMENTS, id: found.id, draft: false, depth: 0, overrideAccess: true })
          undo.update(LEGAL_DOCUMENTS, found.id, before as unknown as Record<string, unknown>)
          await payload.update({ ...common, id: found.id, data: data as never })
          ids.set(r, found.id)
          report.updated++
        } else {
          const doc = await payload.create({ ...common, data: data as never })
          undo.create(LEGAL_DOCUMENTS, doc.id)
          ids.set(r, doc.id)
          report.created++
        }
      } catch (err) {
        throw new WriteFailure(r.row, writeErrors(r.row, err))
      }
      tick()
    }
    // Second pass: relations, now that every document of the file exists.
    for (const r of withRelations) {
      const relations = r.relations!.map((rel, i) => {
        const t = targets.get(r)![i]!
        if ('external' in t) return { kind: rel.kind, targetType: 'external', number: t.external }
        return { kind: rel.kind, targetType: 'internal', document: 'row' in t ? ids.get(t.row) : t.id }
      })
      try {
        await payload.update({ collection: LEGAL_DOCUMENTS, id: ids.get(r)!, data: { relations } as never, draft: r.status === 'draft', overrideAccess: true, depth: 0, context: { ...ctx, skipLegalSync: true } })
      } catch (err) {
        throw new WriteFailure(r.row, writeErrors(r.row, err))
      }
      tick()
    }
  } catch (err) {
    if (!(err instanceof WriteFailure)) throw err
    report.errors.push(...err.errors)
    await undo.run()
    report.rolledBack = true
    report.created = 0
    report.updated = 0
    return
  }

  // Derived state of every document touched and of those they point at, once, then builds.
  const touched = [...ids.values()]
  const related = new Set<string>(touched.map(String))
  for (const id of touched) {
    const doc = await payload.findByID({ collection: LEGAL_DOCUMENTS, id, draft: false, depth: 0, overrideAccess: true })
    for (const t of relationTargets(doc as never)) related.add(t)
  }
  const req = await createLocalReq({ context: { ...ctx } }, payload)
  for (const id of touched) for (const t of await documentsCitedBy(req, id)) related.add(t)
  await refreshDerived(req, [...related], vnToday(legalClock.now()), { queueBuilds: false, reason: 'nhập văn bản' })
  await queueBuilds(payload, req, [...related])
}

/** One rebuild request per distinct audience (own site, sharing) of the published documents. */
async function queueBuilds(payload: Payload, req: PayloadRequest, ids: Id[]) {
  const seen = new Set<string>()
  for (const id of ids) {
    const doc = (await payload.findByID({ collection: LEGAL_DOCUMENTS, id, draft: false, depth: 0, overrideAccess: true, disableErrors: true })) as Record<string, unknown> | null
    if (!doc || doc._status !== 'published') continue
    const audience = JSON.stringify([doc.site, doc.sharedWith ?? [], Boolean(doc.shareWithSubordinates)])
    if (seen.has(audience)) continue
    seen.add(audience)
    await queueBuildsFor(req, LEGAL_DOCUMENTS, doc as never, 'nhập văn bản')
  }
}

async function importProcedures(payload: Payload, opts: ImportOptions, rows: Row[], firstRow: number, report: ImportReport) {
  const checked: Array<ProcedureRow & { siteSlug: string | null }> = []
  for (const [i, raw] of rows.entries()) {
    const { value, errors } = checkProcedureRow(raw, firstRow + i)
    report.errors.push(...errors)
    if (value) checked.push({ ...value, siteSlug: rowSite(raw, opts.site) })
  }
  const sites = await siteIds(payload, [...new Set(checked.map((r) => r.siteSlug).filter((s): s is string => Boolean(s)))])
  const seen = new Map<string, number>()
  for (const r of checked) {
    if (!r.siteSlug) report.errors.push({ row: r.row, field: 'site', reason: 'Thiếu trang: dùng --site <slug> hoặc cột site. / No site: pass --site <slug> or a site column.' })
    else if (!sites.has(r.siteSlug)) report.errors.push({ row: r.row, field: 'site', reason: `Không có trang "${r.siteSlug}". / Unknown site "${r.siteSlug}".` })
    const key = `${r.siteSlug}|${r.code}`
    if (seen.has(key)) report.errors.push({ row: r.row, field: 'code', reason: `Trùng mã với dòng ${seen.get(key)}. / Same code as row ${seen.get(key)}.` })
    else seen.set(key, r.row)
  }
  const existing = new Map<string, Id>()
  for (const [slug, site] of sites) {
    const codes = checked.filter((r) => r.siteSlug === slug).map((r) => r.code)
    const found = await payload.find({ collection: 'procedures', where: { and: [{ site: { equals: site } }, { code: { in: codes } }] }, pagination: false, depth: 0, overrideAccess: true, select: { code: true } })
    for (const d of found.docs) existing.set(`${slug}|${d.code}`, d.id)
  }
  const numbers = await resolveNumbers(payload, checked.flatMap((r) => r.basis))
  report.plan = checked.map((r) => ({ row: r.row, action: existing.has(`${r.siteSlug}|${r.code}`) ? ('update' as const) : ('create' as const), key: r.code }))
  const basisOf = (r: ProcedureRow & { siteSlug: string | null }) =>
    r.basis.map((n) => {
      const docs = numbers.get(n) ?? []
      const site = sites.get(r.siteSlug!)
      const pick = docs.length === 1 ? docs[0] : docs.find((d) => String(d.site) === String(site))
      if (!pick) report.external++
      return pick ? { document: pick.id } : { number: n }
    })
  const plans = checked.map((r) => ({ r, basis: basisOf(r) }))
  if (report.errors.length || opts.dryRun) return

  const undo = new Undo(payload)
  const touchedSites = new Set<string>()
  try {
    for (const [i, { r, basis }] of plans.entries()) {
      const site = sites.get(r.siteSlug!)!
      const data = { ...r.data, legalBasis: basis, site, _status: r.status }
      const id = existing.get(`${r.siteSlug}|${r.code}`)
      const common = { collection: 'procedures', overrideAccess: true, depth: 0, draft: r.status === 'draft', context: ctx } as const
      try {
        if (id !== undefined) {
          undo.update('procedures', id, (await payload.findByID({ collection: 'procedures', id, draft: false, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>)
          await payload.update({ ...common, id, data: data as never })
          report.updated++
        } else {
          const doc = await payload.create({ ...common, data: data as never })
          undo.create('procedures', doc.id)
          report.created++
        }
      } catch (err) {
        throw new WriteFailure(r.row, writeErrors(r.row, err))
      }
      if (r.status === 'published') touchedSites.add(String(site))
      opts.onProgress?.(i + 1, plans.length)
    }
  } catch (err) {
    if (!(err instanceof WriteFailure)) throw err
    report.errors.push(...err.errors)
    await undo.run()
    report.rolledBack = true
    report.created = 0
    report.updated = 0
    return
  }
  const { requestBuild } = await import('../../portals/build/queue')
  for (const site of touchedSites) await requestBuild(payload, dbId(payload, site), 'nhập thủ tục hành chính')
}

export async function runImport(payload: Payload, opts: ImportOptions): Promise<ImportReport> {
  const { rows, firstRow, dir } = readImportFile(opts.file)
  const report: ImportReport = { kind: opts.kind, total: rows.length, created: 0, updated: 0, external: 0, errors: [], dryRun: opts.dryRun, rolledBack: false, plan: [] }
  if (opts.kind === 'documents') await importDocuments(payload, opts, rows, firstRow, dir, report)
  else await importProcedures(payload, opts, rows, firstRow, report)
  report.errors.sort((a, b) => a.row - b.row)
  return report
}
