/**
 * Who may do what, cell by cell, through the REST API of a real server.
 *
 * Rows: every role held on the site "S" (site admin, editor, approver, author, moderator), a
 * platform admin, and an anonymous visitor. Columns: the target document's site relative to S
 * (S itself, a sibling under the same parent, a child of S, the parent of S) × every collection ×
 * every operation (read draft, read published, read versions, create, update, move to the trash,
 * delete for good, publish); every versioned collection (news, pages, legal documents, procedures,
 * consultations) has the cells of drafts, versions, the trash and publishing. The expected
 * outcome of each cell comes from `expected()` below, written from the rules of issue 3, not
 * from the implementation. Any unexpected allow or deny fails the test.
 */
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeDataDir, startServer, type TestServer, useTestDatabase } from './helpers/server'

const ROLES = ['anonymous', 'platform-admin', 'site-admin', 'editor', 'approver', 'author', 'moderator'] as const
const RELATIONS = ['own', 'sibling', 'child', 'parent'] as const
const OPS = ['read-draft', 'read-published', 'read-versions', 'create', 'update', 'trash', 'delete', 'publish'] as const
const COLLECTIONS = ['news', 'pages', 'legal-documents', 'procedures', 'consultations', 'categories', 'navigation', 'media', 'sites', 'users', 'builds', 'audit-log', 'workflow-events'] as const
type Role = (typeof ROLES)[number]
type Relation = (typeof RELATIONS)[number]
type Op = (typeof OPS)[number]
type Collection = (typeof COLLECTIONS)[number]

const PASSWORD = 'Kiem-tra-phan-quyen-2026'
const VERSIONED: Collection[] = ['news', 'pages', 'legal-documents', 'procedures', 'consultations']
const CONTENT: Role[] = ['site-admin', 'editor', 'approver', 'author']

/** The rules, stated independently of the code. `null`: the operation does not apply. */
function expected(role: Role, relation: Relation, collection: Collection, op: Op): boolean | null {
  const admin = role === 'platform-admin'
  const own = relation === 'own'
  const member = own && role !== 'anonymous' && role !== 'platform-admin'
  if ((op === 'read-draft' || op === 'read-versions' || op === 'publish' || op === 'trash') && !VERSIONED.includes(collection)) return null
  switch (collection) {
    case 'news':
    case 'pages':
    case 'legal-documents':
    case 'procedures':
    case 'consultations':
      if (op === 'read-published') return true
      if (op === 'read-draft') return admin || member
      // Versions: what the site's writers may edit, they may compare and restore.
      if (op === 'read-versions') return admin || (own && CONTENT.includes(role))
      if (op === 'create' || op === 'update') return admin || (own && CONTENT.includes(role))
      // Deleting moves to the trash (ADR 0022); deleting for good is the platform admins'.
      if (op === 'trash') return admin || (own && ['site-admin', 'editor', 'approver'].includes(role))
      if (op === 'delete') return admin
      return admin || (own && ['site-admin', 'editor', 'approver'].includes(role)) // publish (S does not require approval)
    case 'categories':
    case 'navigation':
      if (op === 'read-published') return true
      return admin || (own && ['site-admin', 'editor'].includes(role))
    case 'media':
      if (op === 'read-published') return true
      if (op === 'delete') return admin || (own && CONTENT.includes(role))
      return admin || (own && CONTENT.includes(role))
    case 'sites':
      if (op === 'read-published') return true
      if (op === 'update') return admin || (own && role === 'site-admin')
      if (op === 'delete') return false // archived, never deleted
      return admin
    case 'users':
      return admin
    case 'builds':
      if (op === 'read-published') return admin || member
      if (op === 'delete') return admin
      return false
    case 'audit-log':
      return op === 'read-published' ? admin : false
    case 'workflow-events':
      return op === 'read-published' ? admin || member : false
  }
}

let server: TestServer
let base: string
const tokens: Partial<Record<Role, string>> = {}
/** Ids per relation: sites, and per collection the documents each cell works on. */
const siteIds = {} as Record<Relation, number>
type Fixture = { published: number; draft: number; forDelete: Record<string, number>; forTrash: Record<string, number>; forPublish: Record<string, number> }
const fixtures = {} as Record<Collection, Record<Relation, Fixture>>

async function prepareDatabase(dataDir: string): Promise<void> {
  process.env.SITES_DIR = path.join(dataDir, 'sites')
  useTestDatabase(dataDir)
  const { initPayload } = await import('../cms/src/boot')
  const payload = await initPayload()
  const site = async (slug: string, name: string, level: 'tinh' | 'truc-thuoc' | 'xa', parent?: number) =>
    (await payload.create({ collection: 'sites', data: { name, slug, level, parent, theme: 'default', status: 'active' } })).id as number
  siteIds.parent = await site('tinh-p', 'UBND tỉnh P', 'tinh')
  siteIds.own = await site('so-s', 'Sở S', 'truc-thuoc', siteIds.parent)
  siteIds.sibling = await site('so-b', 'Sở B', 'truc-thuoc', siteIds.parent)
  siteIds.child = await site('xa-c', 'UBND xã C', 'xa', siteIds.own)

  await payload.create({ collection: 'users', data: { email: 'platform-admin@test.vn', password: PASSWORD, platformAdmin: true, accountStatus: 'active' } })
  for (const role of ['site-admin', 'editor', 'approver', 'author', 'moderator'] as const) {
    await payload.create({ collection: 'users', data: { email: `${role}@test.vn`, password: PASSWORD, memberships: [{ site: siteIds.own, role }], accountStatus: 'active' } })
  }
  // One member of every site, as the target of the users cells.
  const members = {} as Record<Relation, number>
  for (const relation of RELATIONS) {
    members[relation] = (
      await payload.create({ collection: 'users', data: { email: `member-${relation}@test.vn`, password: PASSWORD, memberships: [{ site: siteIds[relation], role: 'editor' }], accountStatus: 'active' } })
    ).id as number
  }

  const image = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } }).jpeg().toBuffer()
  let n = 0
  const make = async (collection: Collection, relation: Relation, publish: boolean): Promise<number> => {
    n++
    const siteId = siteIds[relation]
    const status = publish ? { _status: 'published' } : { _status: 'draft' }
    switch (collection) {
      case 'news':
      case 'pages':
        return (await payload.create({ collection, draft: !publish, data: { title: `Tài liệu ${n}`, site: siteId, ...status } as never })).id as number
      case 'legal-documents':
      case 'procedures':
      case 'consultations':
        return (await payload.create({ collection, draft: !publish, data: { ...legalData(collection, n), site: siteId, ...status } as never })).id as number
      case 'categories':
        return (await payload.create({ collection, data: { title: `Chuyên mục ${n}`, site: siteId } })).id as number
      case 'navigation': {
        const found = await payload.find({ collection, where: { site: { equals: siteId } }, limit: 1 })
        if (found.docs[0] && publish) return found.docs[0].id as number
        return (await payload.create({ collection, data: { name: `Trình đơn ${n}`, site: siteId } })).id as number
      }
      case 'media':
        return (await payload.create({ collection, data: { alt: `Ảnh ${n}`, site: siteId }, file: { data: image, mimetype: 'image/jpeg', name: `anh-${n}.jpg`, size: image.length } })).id as number
      case 'sites':
        return siteId
      case 'users':
        return members[relation]
      case 'builds': {
        const { requestBuild } = await import('../plugins/portals/build/queue')
        const b = await requestBuild(payload, siteId, 'kiểm tra phân quyền')
        return b.buildId as number
      }
      case 'audit-log':
        return (await payload.find({ collection, where: { site: { equals: siteId } }, limit: 1, depth: 0 })).docs[0]!.id as number
      case 'workflow-events':
        return (await payload.find({ collection, where: { site: { equals: siteId } }, limit: 1, depth: 0 })).docs[0]!.id as number
    }
  }
  for (const collection of COLLECTIONS) {
    fixtures[collection] = {} as Record<Relation, Fixture>
    for (const relation of RELATIONS) {
      const f: Fixture = { published: await make(collection, relation, true), draft: 0, forDelete: {}, forTrash: {}, forPublish: {} }
      if (VERSIONED.includes(collection)) f.draft = await make(collection, relation, false)
      for (const role of ROLES) {
        // Navigation is one record per site: delete cells share the published one.
        if ([...VERSIONED, 'categories', 'media'].includes(collection)) f.forDelete[role] = await make(collection, relation, true)
        if (VERSIONED.includes(collection)) f.forPublish[role] = await make(collection, relation, false)
        if (VERSIONED.includes(collection)) f.forTrash[role] = await make(collection, relation, true)
        if (collection === 'builds') f.forDelete[role] = (await payload.create({ collection: 'builds', data: { site: siteIds[relation], status: 'succeeded', queuedAt: new Date().toISOString() } })).id as number
      }
      fixtures[collection][relation] = f
    }
  }
  // Legal content: a published and a draft document, procedure and consultation on S and on its
  // sibling, and a comment (with its author's email) on S's consultation.
  const legal = async (relation: Relation, publish: boolean, n: number) => {
    const site = siteIds[relation]
    const draft = { draft: !publish, data: { _status: publish ? 'published' : 'draft' } } as const
    const doc = await payload.create({
      collection: 'legal-documents',
      draft: !publish,
      data: { number: `${n}/2026/QĐ-UBND`, documentType: 'quyet-dinh', summary: `Quyết định ${n}`, issuingBody: `UBND ${relation}`, issueDate: '2026-01-05T12:00:00.000Z', site, ...draft.data } as never,
    })
    const procedure = await payload.create({
      collection: 'procedures',
      draft: !publish,
      data: { code: `9.000${n}`, name: `Thủ tục ${n}`, levels: ['tinh'], field: 'Thử nghiệm', implementingAgency: 'Sở S', site, ...draft.data } as never,
    })
    const consultation = await payload.create({
      collection: 'consultations',
      draft: !publish,
      data: { title: `Dự thảo ${n}`, draftingUnit: 'Sở S', opensAt: '2026-01-01T00:00:00.000Z', closesAt: '2099-01-01T00:00:00.000Z', site, ...draft.data } as never,
    })
    return { doc: doc.id as number, procedure: procedure.id as number, consultation: consultation.id as number }
  }
  legalFixtures.own = { published: await legal('own', true, 101), draft: await legal('own', false, 102) }
  legalFixtures.sibling = { published: await legal('sibling', true, 103), draft: await legal('sibling', false, 104) }
  legalFixtures.comment = (
    await payload.create({
      collection: 'consultation-comments',
      data: { consultation: legalFixtures.own.published.consultation, site: siteIds.own, name: 'Người Góp Ý', email: 'nguoi.gop.y@test.vn', comment: 'Góp ý để kiểm tra phân quyền.', moderation: 'approved' } as never,
    })
  ).id as number
  await payload.destroy()
}

/** The required fields of a legal document, procedure or consultation numbered `n` (unique numbers and codes). */
function legalData(collection: 'legal-documents' | 'procedures' | 'consultations', n: number | string): Record<string, unknown> {
  switch (collection) {
    case 'legal-documents':
      return { number: `${n}/2026/QĐ-UBND`, documentType: 'quyet-dinh', summary: `Quyết định ${n}`, issuingBody: 'UBND tỉnh P', issueDate: '2026-01-05T12:00:00.000Z' }
    case 'procedures':
      return { code: `8.${String(n).padStart(6, '0')}`, name: `Thủ tục ${n}`, levels: ['tinh'], field: 'Thử nghiệm', implementingAgency: 'Sở S' }
    case 'consultations':
      return { title: `Dự thảo ${n}`, draftingUnit: 'Sở S', opensAt: '2026-01-01T00:00:00.000Z', closesAt: '2099-01-01T00:00:00.000Z' }
  }
}

type LegalIds = { doc: number; procedure: number; consultation: number }
const legalFixtures = {} as { own: { published: LegalIds; draft: LegalIds }; sibling: { published: LegalIds; draft: LegalIds }; comment: number }

/** Answers 5xx: a permission question must be answered 403 (or filtered), never with a server error. */
const serverErrors: string[] = []

async function call(role: Role, method: string, url: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {}
  if (tokens[role]) headers.authorization = `JWT ${tokens[role]}`
  const init: RequestInit = body instanceof FormData ? { method, headers, body } : { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }
  if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json'
  const res = await fetch(`${base}${url}`, init)
  if (res.status >= 500) serverErrors.push(`${res.status} for ${role}: ${method} ${url} ${await res.clone().text()}`)
  return res
}

let created = 5000
function createBody(collection: Collection, relation: Relation, tag: string): unknown {
  const site = siteIds[relation]
  switch (collection) {
    case 'news':
    case 'pages':
      return { title: `Mới ${tag}`, site, _status: 'draft' }
    case 'legal-documents':
    case 'procedures':
    case 'consultations':
      return { ...legalData(collection, ++created), site, _status: 'draft' }
    case 'categories':
      return { title: `Chuyên mục mới ${tag}`, site }
    case 'navigation':
      return { name: `Trình đơn mới ${tag}`, site }
    case 'media': {
      const form = new FormData()
      form.append('file', new Blob([fs.readFileSync(path.join(server.dataDir, 'probe.png'))], { type: 'image/png' }), `moi-${tag}.png`)
      form.append('_payload', JSON.stringify({ alt: `Ảnh mới ${tag}`, site }))
      return form
    }
    case 'sites':
      return { name: `Trang mới ${tag}`, slug: `trang-moi-${tag}`, level: 'xa', parent: site }
    case 'users':
      return { email: `moi-${tag}@test.vn`, password: PASSWORD, memberships: [{ site, role: 'author' }] }
    case 'builds':
      return { site, status: 'queued', queuedAt: new Date().toISOString() }
    case 'audit-log':
      return { action: 'login', site }
    case 'workflow-events':
      return { collectionSlug: 'news', docId: '1', action: 'submit', site }
  }
}

async function recreateMenu(relation: Relation): Promise<number> {
  const res = await call('platform-admin', 'POST', '/api/navigation?depth=0', { name: 'Trình đơn', site: siteIds[relation] })
  expect(res.status, await res.clone().text()).toBe(201)
  return (await res.json()).doc.id
}

/** Perform one cell; true when the server allowed it. */
async function attempt(role: Role, relation: Relation, collection: Collection, op: Op): Promise<boolean> {
  const f = fixtures[collection][relation]
  const tag = `${role}-${relation}-${collection}`.replace(/[^a-z0-9-]/g, '')
  switch (op) {
    case 'read-draft': {
      const res = await call(role, 'GET', `/api/${collection}/${f.draft}?draft=true&depth=0`)
      return res.status === 200 && (await res.json()).id === f.draft
    }
    case 'read-published': {
      const res = await call(role, 'GET', `/api/${collection}/${f.published}?depth=0`)
      return res.status === 200 && (await res.json()).id === f.published
    }
    case 'read-versions': {
      // The version history the admin's edit view counts and lists (GET /api/<c>/versions).
      const res = await call(role, 'GET', `/api/${collection}/versions?where[parent][equals]=${f.draft}&depth=0`)
      return res.status === 200 && (await res.json()).totalDocs > 0
    }
    case 'create': {
      // A site has one menu record: clear the slot first so an allowed create can succeed.
      if (collection === 'navigation') await call('platform-admin', 'DELETE', `/api/navigation/${f.published}`)
      const res = await call(role, 'POST', `/api/${collection}?depth=0`, createBody(collection, relation, tag))
      if (collection === 'navigation') f.published = res.status === 201 ? (await res.json()).doc.id : await recreateMenu(relation)
      return res.status === 201
    }
    case 'update': {
      const patch =
        collection === 'users' || collection === 'navigation' || collection === 'procedures'
          ? { name: `Sửa ${tag}` }
          : collection === 'sites'
            ? { contact: { phone: '0239 000 000' } }
            : collection === 'media'
              ? { alt: `Sửa ${tag}` }
              : collection === 'legal-documents'
                ? { summary: `Sửa ${tag}` }
                : { title: `Sửa ${tag}` }
      const query = VERSIONED.includes(collection) ? '?draft=true&depth=0' : '?depth=0'
      const res = await call(role, 'PATCH', `/api/${collection}/${f.published}${query}`, patch)
      return res.status === 200
    }
    case 'trash': {
      const res = await call(role, 'PATCH', `/api/${collection}/${f.forTrash[role]}?depth=0`, { deletedAt: new Date().toISOString() })
      return res.status === 200 && Boolean((await res.json()).doc?.deletedAt)
    }
    case 'delete': {
      const id = f.forDelete[role] ?? f.published
      const res = await call(role, 'DELETE', `/api/${collection}/${id}`)
      // Put the site's menu back for the cells that follow.
      if (res.status === 200 && collection === 'navigation') f.published = await recreateMenu(relation)
      return res.status === 200
    }
    case 'publish': {
      const res = await call(role, 'PATCH', `/api/${collection}/${f.forPublish[role]}?depth=0`, { _status: 'published' })
      return res.status === 200 && (await res.json()).doc?._status === 'published'
    }
  }
}

beforeAll(async () => {
  const dataDir = makeDataDir()
  await prepareDatabase(dataDir)
  server = await startServer({ SEED_ON_START: 'false', JOBS_IN_PROCESS: 'false' }, dataDir)
  base = `http://127.0.0.1:${server.port}`
  fs.writeFileSync(path.join(server.dataDir, 'probe.png'), await sharp({ create: { width: 32, height: 32, channels: 3, background: '#884422' } }).png().toBuffer())
  for (const role of ROLES) {
    if (role === 'anonymous') continue
    const res = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `${role}@test.vn`, password: PASSWORD }),
    })
    expect(res.status, `login ${role}`).toBe(200)
    tokens[role] = (await res.json()).token
  }
}, 400_000)

afterAll(async () => {
  await server?.stop()
})

describe('access matrix through REST', () => {
  it('allows exactly what the rules allow, in every cell', async () => {
    const mismatches: string[] = []
    let checked = 0
    let allowed = 0
    // Destructive cells last, so reads and updates see every fixture.
    const order: Op[] = ['read-draft', 'read-published', 'read-versions', 'update', 'publish', 'create', 'trash', 'delete']
    for (const op of order) {
      for (const collection of COLLECTIONS) {
        for (const relation of RELATIONS) {
          for (const role of ROLES) {
            const want = expected(role, relation, collection, op)
            if (want === null) continue
            const got = await attempt(role, relation, collection, op)
            checked++
            if (got) allowed++
            if (got !== want) mismatches.push(`${got ? 'ALLOWED' : 'DENIED'} but expected ${want ? 'allow' : 'deny'}: ${role} ${op} ${collection} on ${relation} site`)
          }
        }
      }
    }
    console.info(`access matrix: ${checked} cells checked (${allowed} allowed, ${checked - allowed} denied), ${mismatches.length} unexpected`)
    expect(mismatches).toEqual([])
    expect(serverErrors).toEqual([])
    expect(checked).toBeGreaterThan(1500)
  }, 600_000)
})

describe('legal documents, procedures, consultations and comments', () => {
  const collections = { doc: 'legal-documents', procedure: 'procedures', consultation: 'consultations' } as const

  it('shows anonymous visitors published records only, never drafts', async () => {
    for (const [key, collection] of Object.entries(collections) as [keyof LegalIds, string][]) {
      expect((await call('anonymous', 'GET', `/api/${collection}/${legalFixtures.own.published[key]}?depth=0`)).status, collection).toBe(200)
      const draft = await call('anonymous', 'GET', `/api/${collection}/${legalFixtures.own.draft[key]}?draft=true&depth=0`)
      expect(draft.status, collection).not.toBe(200)
      const list = await (await call('anonymous', 'GET', `/api/${collection}?draft=true&depth=0&limit=100`)).json()
      expect((list.docs as { id: number }[]).map((d) => d.id), collection).not.toContain(legalFixtures.own.draft[key])
    }
  })

  it('lets nobody outside the site staff read comments, and only the staff read their emails', async () => {
    const anonymous = await call('anonymous', 'GET', `/api/consultation-comments?depth=0`)
    expect(await anonymous.text()).not.toContain('nguoi.gop.y@test.vn')
    expect((await call('anonymous', 'GET', `/api/consultation-comments/${legalFixtures.comment}?depth=0`)).status).not.toBe(200)
    const moderator = await (await call('moderator', 'GET', `/api/consultation-comments/${legalFixtures.comment}?depth=0`)).json()
    expect(moderator.email).toBe('nguoi.gop.y@test.vn')
    const author = await call('author', 'GET', `/api/consultation-comments/${legalFixtures.comment}?depth=0`)
    expect(await author.text()).not.toContain('nguoi.gop.y@test.vn')
  })

  it("does not let an editor of one site write another site's records", async () => {
    for (const [key, collection] of Object.entries(collections) as [keyof LegalIds, string][]) {
      const other = await call('editor', 'PATCH', `/api/${collection}/${legalFixtures.sibling.published[key]}?draft=true&depth=0`, key === 'procedure' ? { name: 'Sửa trái phép' } : key === 'doc' ? { summary: 'Sửa trái phép' } : { title: 'Sửa trái phép' })
      expect(other.status, collection).not.toBe(200)
      const own = await call('editor', 'PATCH', `/api/${collection}/${legalFixtures.own.draft[key]}?draft=true&depth=0`, key === 'procedure' ? { name: 'Sửa hợp lệ' } : key === 'doc' ? { summary: 'Sửa hợp lệ' } : { title: 'Sửa hợp lệ' })
      expect(own.status, `${collection}: ${await own.clone().text()}`).toBe(200)
      const create = await call('editor', 'POST', `/api/${collection}?depth=0`, { site: siteIds.sibling, ...(key === 'doc' ? { number: '999/2026/QĐ-UBND', documentType: 'quyet-dinh', summary: 'x', issuingBody: 'UBND B', issueDate: '2026-02-01T12:00:00.000Z' } : key === 'procedure' ? { code: '9.009999', name: 'x', levels: ['tinh'], field: 'x', implementingAgency: 'x' } : { title: 'x', draftingUnit: 'x', opensAt: '2026-01-01T00:00:00.000Z', closesAt: '2099-01-01T00:00:00.000Z' }) })
      expect(create.status, collection).not.toBe(201)
    }
  })
})
