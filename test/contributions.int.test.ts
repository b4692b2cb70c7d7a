/**
 * A content type added by a plugin of its own, declaring only its contributions
 * (`custom.cong`), takes part in every cross-cutting feature with no other change: access per
 * role (and its versions), "Việc của tôi", the portal export and page plan, search, the
 * compliance dashboard, and merging portals (moved, old address answering 301 to the new one).
 * Payload runs in-process on a fresh embedded database with its schema pushed (the throwaway
 * collection has no committed migration).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionConfig, Payload, Plugin } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SessionUser } from '../cms/src/access/roles'
import type { SearchEngine } from '../plugins/search/port'

const TYPE = 'announcements'
const PASSWORD = 'Thong-bao-thu-nghiem-2026!'

/** The throwaway content type: announcements (Thông báo), a page each on its portal. */
function announcementsPlugin(contributesTo: typeof import('../cms/src/contributions').contributesTo, roles: typeof import('../cms/src/access/roles')): Plugin {
  const Announcements: CollectionConfig = {
    slug: TYPE,
    labels: { singular: { vi: 'Thông báo', en: 'Announcement' }, plural: { vi: 'Thông báo', en: 'Announcements' } },
    admin: { useAsTitle: 'title' },
    versions: { drafts: true },
    fields: [
      { name: 'title', type: 'text', required: true },
      { name: 'slug', type: 'text', required: true, index: true },
      { name: 'body', type: 'textarea' },
    ],
    custom: contributesTo({
      siteScoped: { read: 'published', write: roles.CONTENT_ROLES, delete: roles.EDITING_ROLES },
      workflow: {},
      portal: {
        path: (doc) => `/thong-bao/${doc.slug}/`,
        page: (doc) => ({ path: `/thong-bao/${doc.slug}/`, title: doc.title, summary: null, html: `<p>${doc.body ?? ''}</p>`, updatedAt: doc.updatedAt }),
      },
      search: {
        type: 'announcement',
        label: { vi: 'Thông báo', en: 'Announcements' },
        toDocument: (doc, site) =>
          doc._status === 'published' && site.status === 'active'
            ? { id: `announcement:${doc.id}`, type: 'announcement', site: site.slug, siteName: site.name, url: `/thong-bao/${doc.slug}/`, title: doc.title, text: String(doc.body ?? '') }
            : null,
      },
      lifecycle: { merge: { slugField: 'slug' } },
      compliance: { sections: ['thong-ke'] },
    }),
  }
  return (config) => ({ ...config, collections: [...(config.collections ?? []), Announcements] })
}

let payload: Payload
let dataDir: string
let engine: SearchEngine
const ids: Record<string, number> = {}
const users: Record<string, SessionUser> = {}

async function makeUser(email: string, memberships: Array<{ site: number; role: string }>): Promise<SessionUser> {
  const user = await payload.create({ collection: 'users', data: { email, name: email.split('@')[0], password: PASSWORD, memberships } as never, overrideAccess: true })
  return { ...(user as object), collection: 'users' } as unknown as SessionUser
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-contrib-'))
  Object.assign(process.env, { DATA_DIR: dataDir, SITES_DIR: path.join(dataDir, 'sites'), TWO_FACTOR_REQUIRED_ROLES: 'none' })
  const [{ buildConfig, getPayload }, { sqliteAdapter }, { platformConfig }, { contributesTo }, roles, { openSearchEngineForWriting }, { setSearchEngine }] = await Promise.all([
    import('payload'),
    import('@payloadcms/db-sqlite'),
    import('../cms/src/payload.config'),
    import('../cms/src/contributions'),
    import('../cms/src/access/roles'),
    import('../plugins/search/lock'),
    import('../plugins/search/instance'),
  ])
  // Pushed schema: the throwaway collection has no migration (the platform's own use committed ones).
  const db = sqliteAdapter({ client: { url: `file:${path.join(dataDir, 'contrib.db')}` }, push: true })
  payload = await getPayload({ config: buildConfig(platformConfig({ contentPlugins: [announcementsPlugin(contributesTo, roles)], db })) })
  engine = await openSearchEngineForWriting({ dataDir, purpose: 'test' })
  setSearchEngine(engine)
  const site = async (slug: string, name: string) =>
    (await payload.create({ collection: 'sites', data: { name, slug, level: 'xa', theme: 'xa', status: 'active' } as never, context: { skipBuild: true } })).id as number
  ids.a = await site('xa-a', 'UBND xã A')
  ids.b = await site('xa-b', 'UBND xã B')
  users.author = await makeUser('ctv@xa-a.gov.vn', [{ site: ids.a, role: 'author' }])
  users.approver = await makeUser('duyet@xa-a.gov.vn', [{ site: ids.a, role: 'approver' }])
  users.otherEditor = await makeUser('bientap@xa-b.gov.vn', [{ site: ids.b, role: 'editor' }])
}, 300_000)

afterAll(async () => {
  await engine?.close()
  await payload?.destroy()
  fs.rmSync(dataDir, { recursive: true, force: true })
})

const as = (user: SessionUser | null) => ({ user: user as never, overrideAccess: false })

describe('a content type declared only through its contributions', () => {
  let draftId: number

  it('follows the site-scoped access rules, versions included', async () => {
    const created = await payload.create({ collection: TYPE as 'news', data: { title: 'Lịch tiếp công dân tháng 12', slug: 'lich-tiep-cong-dan', body: 'Chủ tịch UBND xã tiếp công dân vào thứ Năm.', site: ids.a } as never, draft: true, ...as(users.author!) })
    draftId = created.id as number
    // Another site's editor may not write on this site, nor read its drafts.
    await expect(payload.create({ collection: TYPE as 'news', data: { title: 'Không được', slug: 'khong-duoc', site: ids.a } as never, draft: true, ...as(users.otherEditor!) })).rejects.toThrow()
    expect((await payload.find({ collection: TYPE as 'news', draft: true, ...as(users.otherEditor!) })).totalDocs).toBe(0)
    await expect(payload.update({ collection: TYPE as 'news', id: draftId, data: { title: 'Sửa trộm' } as never, draft: true, ...as(users.otherEditor!) })).rejects.toThrow()
    // Anonymous readers see nothing until it is published.
    expect((await payload.find({ collection: TYPE as 'news', ...as(null) })).totalDocs).toBe(0)
    // The author reads the draft and its versions; an author may not delete.
    expect((await payload.find({ collection: TYPE as 'news', draft: true, ...as(users.author!) })).totalDocs).toBe(1)
    expect((await payload.findVersions({ collection: TYPE as 'news', where: { parent: { equals: draftId } }, ...as(users.author!) })).totalDocs).toBeGreaterThan(0)
    expect((await payload.findVersions({ collection: TYPE as 'news', where: { parent: { equals: draftId } }, ...as(users.otherEditor!) })).totalDocs).toBe(0)
    await expect(payload.delete({ collection: TYPE as 'news', id: draftId, ...as(users.author!) })).rejects.toThrow()
  })

  it('is in "Việc của tôi" of the approver once submitted, and authors cannot publish it', async () => {
    const { myWork } = await import('../plugins/workflow/myWork')
    await expect(payload.update({ collection: TYPE as 'news', id: draftId, data: { _status: 'published' } as never, ...as(users.author!) })).rejects.toThrow(/quyền xuất bản/)
    await payload.update({ collection: TYPE as 'news', id: draftId, data: { _status: 'draft' } as never, draft: true, context: { workflowAction: 'submit', workflowComment: null }, ...as(users.author!) })
    const work = await myWork(payload, users.approver!)
    const item = work.toReview.find((i) => i.collection === TYPE)
    expect(item).toMatchObject({ id: draftId, title: 'Lịch tiếp công dân tháng 12', state: 'submitted', type: { vi: 'Thông báo' } })
    // The step is in the document's history (Lịch sử duyệt), with who took it.
    const events = await payload.find({ collection: 'workflow-events', where: { collectionSlug: { equals: TYPE } }, overrideAccess: true, depth: 0 })
    expect(events.docs.map((e) => [e.action, e.to, e.user])).toContainEqual(['submit', 'submitted', users.author!.id])
  })

  it('is exported into its portal and planned as a page of its own once published', async () => {
    await payload.update({ collection: TYPE as 'news', id: draftId, data: { _status: 'published' } as never, ...as(users.approver!) })
    const { exportSnapshot } = await import('../plugins/portals/build/export')
    const { planSite } = await import('../sites/src/plan')
    const { snapshot } = await exportSnapshot(payload, [ids.a!])
    const site = snapshot.sites[0]!
    expect(site.contributedPages).toEqual([expect.objectContaining({ path: '/thong-bao/lich-tiep-cong-dan/', title: 'Lịch tiếp công dân tháng 12' })])
    const planned = planSite(site, snapshot.generatedAt).outputs.find((o) => o.path === '/thong-bao/lich-tiep-cong-dan/')
    expect(planned).toMatchObject({ kind: 'page', view: 'PageView', file: 'thong-bao/lich-tiep-cong-dan/index.html' })
    const sitemap = planSite(site, snapshot.generatedAt).outputs.find((o) => o.path === '/sitemap.xml')
    expect(sitemap && 'body' in sitemap ? sitemap.body : '').toContain('/thong-bao/lich-tiep-cong-dan/')
    // Publishing queued the portal's build, like any content of the portals.
    const builds = await payload.find({ collection: 'builds', where: { site: { equals: ids.a } }, overrideAccess: true })
    expect(builds.totalDocs).toBeGreaterThan(0)
  })

  it('is found by search under its own type', async () => {
    await payload.jobs.run({ queue: 'search', limit: 100 })
    const result = await engine.search({ q: 'tiếp công dân', site: 'xa-a', scope: 'site', page: 1, perPage: 10, sort: 'relevance' } as never)
    expect(result.hits.map((h) => [h.type, h.url])).toContainEqual(['announcement', '/thong-bao/lich-tiep-cong-dan/'])
  })

  it('counts for the mandatory section it declares on the compliance dashboard', async () => {
    const { loadAggregates, sectionKey } = await import('../plugins/compliance/aggregates')
    const aggregates = await loadAggregates(payload, new Date())
    expect(aggregates.sections.get(sectionKey(ids.a!, 'thong-ke'))).toBeDefined()
    expect(aggregates.sections.get(sectionKey(ids.b!, 'thong-ke'))).toBeUndefined()
  })

  it('moves to the surviving portal when its portal is merged, its old address answering 301 to the new one', async () => {
    const { planMerge, mergeSites } = await import('../plugins/lifecycle/merge')
    const plan = await planMerge(payload, 'xa-a', 'xa-b')
    if ('problems' in plan) throw new Error(plan.problems.join('\n'))
    await mergeSites(payload, plan)
    const moved = await payload.findByID({ collection: TYPE as 'news', id: draftId, depth: 0, overrideAccess: true })
    expect(moved.site).toBe(ids.b)
    expect((await payload.find({ collection: TYPE as 'news', where: { site: { equals: ids.a } }, overrideAccess: true })).totalDocs).toBe(0)
    const { ArchivedPortals } = await import('../plugins/lifecycle/archivedPortals')
    const { HostMap } = await import('../plugins/portals/serve/hosts')
    const hosts = new HostMap(payload, 'localhost')
    const archivedSite = (await hosts.resolve('xa-a.localhost'))!
    const answer = await new ArchivedPortals(payload, hosts).answer(archivedSite, '/thong-bao/lich-tiep-cong-dan/')
    expect(answer).toMatchObject({ kind: 'redirect', status: 301 })
    expect(answer.kind === 'redirect' && answer.url).toMatch(/xa-b\.localhost(:\d+)?\/thong-bao\/lich-tiep-cong-dan\/$/)
  })
})
