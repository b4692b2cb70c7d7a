/**
 * Legal documents in-process on a fresh embedded database: number checks through the Local API,
 * relations kept on both sides (add, remove, unpublish, delete), validity derived over time with
 * the clock moved by the test and refreshed by the scheduled job, the override history, and the
 * file rules of `legal-files`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { useTestDatabase } from './helpers/server'

let payload: Payload
let dataDir: string
let ministry: number
let province: number
let legalClock: { now: () => Date }

/** A fresh context per call: Payload hands the object itself to the hooks, which write into it. */
const ctx = () => ({ skipBuild: true })
type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

async function createDoc(data: Record<string, unknown>, status: 'published' | 'draft' = 'published'): Promise<Doc> {
  return (await payload.create({
    collection: 'legal-documents',
    data: { issuingBody: 'Chính phủ', site: ministry, summary: 'Văn bản thử nghiệm', _status: status, ...data } as never,
    draft: status === 'draft',
    overrideAccess: true,
    depth: 0,
  })) as Doc
}

async function clearBuilds() {
  await payload.delete({ collection: 'builds', where: { id: { exists: true } }, overrideAccess: true })
}

async function queuedSites(): Promise<number[]> {
  const builds = await payload.find({ collection: 'builds', where: { status: { equals: 'queued' } }, overrideAccess: true, pagination: false, depth: 0 })
  return [...new Set(builds.docs.map((b) => b.site as number))].sort()
}

/** Run one queued refresh job (the build jobs the test queues are left alone). */
async function runRefresh(input: { now?: string }) {
  const job = await payload.jobs.queue({ task: 'refreshLegalStatuses', input })
  await payload.jobs.runByID({ id: job.id })
}

const read = async (id: number | string, draft = false) => (await payload.findByID({ collection: 'legal-documents', id, draft, depth: 0, overrideAccess: true })) as Doc

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (err) {
    const e = err as { message: string; data?: { errors?: Array<{ message: string }> } }
    return [e.message, ...(e.data?.errors ?? []).map((x) => x.message)].join(' | ')
  }
  throw new Error('expected the operation to fail')
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-legal-'))
  process.env.SITES_DIR = path.join(dataDir, 'sites')
  useTestDatabase(dataDir)
  const { initPayload } = await import('../cms/src/boot')
  ;({ legalClock } = await import('../plugins/legal/derived'))
  payload = await initPayload()
  const make = async (slug: string, name: string, level: 'trung-uong' | 'tinh') =>
    (await payload.create({ collection: 'sites', data: { name, slug, level, theme: 'default', status: 'active' }, context: ctx() })).id as number
  ministry = await make('bo-thu', 'Bộ Thử nghiệm', 'trung-uong')
  province = await make('tinh-thu', 'UBND tỉnh Thử nghiệm', 'tinh')
})

afterAll(async () => {
  legalClock.now = () => new Date()
  await payload?.destroy()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('numbers through the Local API', () => {
  it('normalises the spelling and derives a stable slug', async () => {
    const doc = await createDoc({ number: '42 / 2022 / nd-cp', documentType: 'nghi-dinh', issueDate: '2022-06-24T12:00:00.000Z', effectiveDate: '2022-08-15T12:00:00.000Z' })
    expect(doc.number).toBe('42/2022/NĐ-CP')
    expect(doc.slug).toBe('42-2022-nd-cp')
    const admin = await createDoc({ number: '766/QĐ-TTg', documentType: 'quyet-dinh', issuingBody: 'Thủ tướng Chính phủ', issueDate: '2022-06-23T12:00:00.000Z' })
    expect(admin.slug).toBe('766-qd-ttg-2022')
  })

  it('refuses a number that does not fit the type, with the reason in Vietnamese and English', async () => {
    const message = await failure(createDoc({ number: '766/QĐ-TTg', documentType: 'nghi-dinh', issuingBody: 'Thủ tướng', issueDate: '2023-01-01T12:00:00.000Z' }))
    expect(message).toContain('Số ký hiệu 766/QĐ-TTg là của Quyết định, không phải Nghị định')
    expect(message).toContain('not of a decree')
  })

  it('refuses a year that differs from the issue date', async () => {
    const message = await failure(createDoc({ number: '15/2020/NĐ-CP', documentType: 'nghi-dinh', issueDate: '2021-02-03T12:00:00.000Z' }))
    expect(message).toContain('Năm trong số ký hiệu (2020) khác năm ban hành (2021)')
  })

  it('refuses the same number from the same issuer, even spelt differently or on another site', async () => {
    const message = await failure(createDoc({ number: '42/2022/ND-CP', documentType: 'nghi-dinh', issuingBody: 'chính phủ', site: province, issueDate: '2022-06-24T12:00:00.000Z' }))
    expect(message).toContain('Văn bản 42/2022/NĐ-CP của chính phủ đã có trên cổng "Bộ Thử nghiệm"')
    // Another issuer may use the same administrative symbol (every province has …/QĐ-UBND).
    await createDoc({ number: '12/2024/QĐ-UBND', documentType: 'quyet-dinh', issuingBody: 'UBND tỉnh A', issueDate: '2024-03-01T12:00:00.000Z' })
    await createDoc({ number: '12/2024/QĐ-UBND', documentType: 'quyet-dinh', issuingBody: 'UBND tỉnh B', site: province, issueDate: '2024-03-01T12:00:00.000Z' })
  })
})

describe('relations are kept on both sides', () => {
  let old: Doc
  let replacing: Doc

  beforeAll(async () => {
    old = await createDoc({
      number: '43/2011/NĐ-CP',
      documentType: 'nghi-dinh',
      site: province,
      issueDate: '2011-06-13T12:00:00.000Z',
      effectiveDate: '2011-08-01T12:00:00.000Z',
      fields: ['Công nghệ thông tin'],
      relations: [{ kind: 'guides', targetType: 'external', number: '67/2006/QH11', title: 'Luật Công nghệ thông tin' }],
    })
    expect(old.validityStatus).toBe('con-hieu-luc')
  })

  it('adds the inverse relation and ends the replaced document once the new one is in force', async () => {
    await clearBuilds()
    replacing = await createDoc({
      number: '142/2022/NĐ-CP',
      documentType: 'nghi-dinh',
      issueDate: '2022-06-24T12:00:00.000Z',
      effectiveDate: '2022-08-15T12:00:00.000Z',
      relations: [
        { kind: 'replaces', targetType: 'internal', document: old.id },
        { kind: 'based-on', targetType: 'external', number: '76/2015/qh13', title: 'Luật Tổ chức Chính phủ' },
      ],
    })
    expect(replacing.relations[0].number).toBe('43/2011/NĐ-CP')
    expect(replacing.relations[1].number).toBe('76/2015/QH13')
    const live = await read(old.id)
    expect(live.inverseRelations).toMatchObject([{ kind: 'replaces', document: replacing.id, number: '142/2022/NĐ-CP' }])
    expect(live.validityStatus).toBe('het-hieu-luc-toan-bo')
    expect(live.validityReason).toBe('Bị thay thế bởi 142/2022/NĐ-CP từ 15/08/2022')
    // Writing the derived fields keeps everything else of the document.
    expect(live.fields).toEqual(['Công nghệ thông tin'])
    expect(live.relations).toMatchObject([{ kind: 'guides', targetType: 'external', number: '67/2006/QH11' }])
    // The admin edits the latest version: it shows the same.
    expect((await read(old.id, true)).inverseRelations).toHaveLength(1)
    // The replaced document's portal is rebuilt too (it shows the new status).
    expect(await queuedSites()).toEqual([ministry, province].sort())
  })

  it('ignores hand-written inverse relations', async () => {
    const updated = (await payload.update({ collection: 'legal-documents', id: old.id, data: { inverseRelations: [] } as never, overrideAccess: true, depth: 0, context: ctx() })) as Doc
    expect(updated.inverseRelations).toHaveLength(1)
  })

  it('does not publish or alter a pending draft of the other document', async () => {
    await payload.update({ collection: 'legal-documents', id: old.id, data: { summary: 'Bản nháp chưa duyệt' }, draft: true, overrideAccess: true, context: ctx() })
    await payload.update({ collection: 'legal-documents', id: replacing.id, data: { relations: [] }, overrideAccess: true, context: ctx() })
    const live = await read(old.id)
    expect(live.summary).toBe('Văn bản thử nghiệm')
    expect(live._status).toBe('published')
    expect(live.inverseRelations).toEqual([])
    expect(live.validityStatus).toBe('con-hieu-luc')
    const draft = await read(old.id, true)
    expect(draft.summary).toBe('Bản nháp chưa duyệt')
    expect(draft.inverseRelations).toEqual([])
    expect(draft.validityStatus).toBe('con-hieu-luc')
  })

  it('drops the inverse when the source is unpublished, and brings it back when republished', async () => {
    await payload.update({ collection: 'legal-documents', id: replacing.id, data: { relations: [{ kind: 'amends', document: old.id }] }, overrideAccess: true, context: ctx() })
    expect((await read(old.id)).validityStatus).toBe('het-hieu-luc-mot-phan')
    await payload.update({ collection: 'legal-documents', id: replacing.id, data: { _status: 'draft', workflow: { unpublishReason: 'Gỡ để kiểm tra' } } as never, overrideAccess: true, context: ctx() })
    expect((await read(old.id)).inverseRelations).toEqual([])
    await payload.update({ collection: 'legal-documents', id: replacing.id, data: { _status: 'published' }, overrideAccess: true, context: ctx() })
    expect((await read(old.id)).inverseRelations).toMatchObject([{ kind: 'amends', document: replacing.id }])
  })

  it('drops the inverse when the source is deleted', async () => {
    await payload.delete({ collection: 'legal-documents', id: replacing.id, overrideAccess: true, context: ctx() })
    const live = await read(old.id)
    expect(live.inverseRelations).toEqual([])
    expect(live.validityStatus).toBe('con-hieu-luc')
  })

  it('refuses a relation to itself', async () => {
    const message = await failure(payload.update({ collection: 'legal-documents', id: old.id, data: { relations: [{ kind: 'amends', document: old.id }], _status: 'published' }, overrideAccess: true, context: ctx() }))
    expect(message).toContain('không thể liên quan tới chính nó')
  })
})

describe('validity over time', () => {
  it('changes on the effective date of a replacing document when the scheduled job runs', async () => {
    legalClock.now = () => new Date('2030-01-10T03:00:00Z')
    const current = await createDoc({ number: '05/2029/TT-BKHCN', documentType: 'thong-tu', issuingBody: 'Bộ Khoa học và Công nghệ', issueDate: '2029-03-01T12:00:00.000Z', effectiveDate: '2029-05-01T12:00:00.000Z' })
    const next = await createDoc({
      number: '01/2030/TT-BKHCN',
      documentType: 'thong-tu',
      issuingBody: 'Bộ Khoa học và Công nghệ',
      issueDate: '2030-01-05T12:00:00.000Z',
      effectiveDate: '2030-02-20T12:00:00.000Z',
      relations: [{ kind: 'replaces', document: current.id }],
    })
    expect(next.validityStatus).toBe('chua-co-hieu-luc')
    let old = await read(current.id)
    expect(old.validityStatus).toBe('con-hieu-luc')
    expect(old.validityNextChange.slice(0, 10)).toBe('2030-02-20')

    // 19/02 at 23:30 in Việt Nam: nothing yet.
    await clearBuilds()
    await runRefresh({ now: '2030-02-19T16:30:00.000Z' })
    expect((await read(current.id)).validityStatus).toBe('con-hieu-luc')
    expect(await queuedSites()).toEqual([])

    // 20/02 at 00:05 in Việt Nam (still the 19th in UTC), on the injected clock.
    legalClock.now = () => new Date('2030-02-19T17:05:00Z')
    await runRefresh({})
    old = await read(current.id)
    expect(old.validityStatus).toBe('het-hieu-luc-toan-bo')
    expect(old.validitySince.slice(0, 10)).toBe('2030-02-20')
    expect(old.validityReason).toBe('Bị thay thế bởi 01/2030/TT-BKHCN từ 20/02/2030')
    expect((await read(next.id)).validityStatus).toBe('con-hieu-luc')
    expect(await queuedSites()).toEqual([ministry])
  })

  it('is scheduled: the runner queues the task for its next hourly run', async () => {
    await payload.jobs.handleSchedules()
    const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'refreshLegalStatuses' } }, overrideAccess: true })
    expect(jobs.totalDocs).toBe(1)
    const waitUntil = Date.parse(jobs.docs[0]!.waitUntil as string)
    expect(waitUntil).toBeGreaterThan(Date.now())
    expect(new Date(waitUntil).getUTCMinutes()).toBe(5)
  })

  it('lets an editor override the status, keeps who and why, and logs it', async () => {
    legalClock.now = () => new Date('2030-03-01T03:00:00Z')
    const doc = await createDoc({ number: '07/2029/TT-BKHCN', documentType: 'thong-tu', issuingBody: 'Bộ Khoa học và Công nghệ', issueDate: '2029-03-01T12:00:00.000Z' })
    const missingReason = await failure(payload.update({ collection: 'legal-documents', id: doc.id, data: { validityOverride: 'ngung-hieu-luc' }, overrideAccess: true, context: ctx() }))
    expect(missingReason).toContain('Cần nêu lý do ghi đè')
    const suspended = (await payload.update({
      collection: 'legal-documents',
      id: doc.id,
      data: { validityOverride: 'ngung-hieu-luc', validityOverrideReason: 'Đình chỉ thi hành theo Quyết định 99/QĐ-BKHCN', validityOverrideSince: '2030-02-01T12:00:00.000Z' },
      overrideAccess: true,
      depth: 0,
      context: ctx(),
    })) as Doc
    expect(suspended.validityStatus).toBe('ngung-hieu-luc')
    expect(suspended.validityReason).toBe('Đình chỉ thi hành theo Quyết định 99/QĐ-BKHCN')
    expect(suspended.validityHistory).toMatchObject([{ status: 'ngung-hieu-luc', reason: 'Đình chỉ thi hành theo Quyết định 99/QĐ-BKHCN', byName: 'Hệ thống' }])
    const cleared = (await payload.update({ collection: 'legal-documents', id: doc.id, data: { validityOverride: null }, overrideAccess: true, depth: 0, context: ctx() })) as Doc
    expect(cleared.validityStatus).toBe('con-hieu-luc')
    expect(cleared.validityHistory).toHaveLength(2)
    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ collectionSlug: { equals: 'legal-documents' } }, { docId: { equals: String(doc.id) } }] }, overrideAccess: true, pagination: false })
    const overrides = audit.docs.filter((e) => (e.detail as { validityOverride?: unknown } | null)?.validityOverride)
    expect(overrides).toHaveLength(2)
  })
})

describe('legal files', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n')
  const upload = (name: string, data: Buffer, mimetype: string, size = data.length) =>
    payload.create({ collection: 'legal-files', data: { title: name, site: ministry }, file: { data, mimetype, name, size }, overrideAccess: true })

  it('accepts a PDF', async () => {
    const file = await upload('nghi-dinh.pdf', pdf, 'application/pdf')
    expect(file.mimeType).toBe('application/pdf')
  })

  it('refuses other types, disguised files and files over the limit with a clear message', async () => {
    expect(await failure(upload('anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'image/png'))).toContain('chỉ nhận tệp PDF, DOC hoặc DOCX')
    expect(await failure(upload('gia-mao.pdf', Buffer.from('<html>not a pdf</html>'), 'application/pdf'))).toContain('không phải là tệp PDF hợp lệ')
    expect(await failure(upload('lon.pdf', pdf, 'application/pdf', 30 * 1024 * 1024))).toContain('vượt giới hạn 25 MB')
  })
})
