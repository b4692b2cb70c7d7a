/**
 * Keeping the search index in step with the CMS (ADR 0010). Hooks never touch the index: they
 * insert a row in Payload's job queue (`search` queue) with the save's `req`, naming what changed
 * ("document 42 of news", "site 7"). The server runs that queue: each job reads the current state
 * and upserts or deletes, so a replayed, retried or reordered job is harmless.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, CollectionSlug, Payload, PayloadRequest, TaskConfig, Where } from 'payload'

import { cong, contributionOf, contributions } from '../../cms/src/contributions'
import { publicationChange } from '../../cms/src/hooks/publication'
import { hasField, withHooks } from '../../cms/src/lib/config'
import { bus } from '../../cms/src/lib/bus'
import { ancestorsOf, descendantsOf, loadSiteTree, loadSiteTreeAround } from '../../cms/src/lib/hierarchy'
import { dbId, idOf } from '../../cms/src/lib/ids'
import type { Doc } from '../portals/types'
import { searchEngine } from './instance'
import type { SearchDocument, SearchEngine } from './port'
import { searchId, withShownOn } from './text'
import type { SearchContribution, SearchMapContext, SiteRef } from './types'

export const SEARCH_QUEUE = 'search'
export const SYNC_TASK = 'syncSearch' as const

export type SyncInput = {
  collection?: string | null
  id?: string | null
  site?: string | null
  /** With `site`: also bring up to date what other portals share with it (a new or re-activated portal). */
  shared?: boolean | null
}

/** Queue a sync; pass `req` from a hook so the job row joins the save's transaction. */
export async function queueSearchSync(payload: Payload, input: SyncInput, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({ task: SYNC_TASK, input, queue: SEARCH_QUEUE, req })
  // The search owner hears of it, whichever process it is (the bus); it also polls.
  bus().publish('queued:search')
}

/**
 * afterChange/afterDelete of a searchable collection: queue a sync of the document when its
 * public version changed (published, edited while published, unpublished, deleted) or, for
 * questions, when it is or was visible to readers. Draft saves queue nothing.
 */
export function syncSearchHook(part: SearchContribution): CollectionAfterChangeHook & CollectionAfterDeleteHook {
  return async (args) => {
    const { doc, req, collection, context } = args
    if (context?.skipSearchSync) return doc
    const isDelete = !('operation' in args)
    if (!isDelete) {
      if (part.visible) {
        const previous = 'previousDoc' in args ? (args.previousDoc as Doc | undefined) : undefined
        if (!part.visible(doc as Doc) && !(previous && part.visible(previous))) return doc
      } else if ((doc as Doc)._status !== undefined && publicationChange(doc as Doc, context ?? {}) === null) {
        return doc
      }
    }
    await queueSearchSync(req.payload, { collection: collection.slug, id: String((doc as Doc).id) }, req)
    return doc
  }
}

/** Sites: archiving, merging, retiring, bringing back or renaming a portal re-syncs all of it. */
export const syncSiteSearchHook: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context, operation }) => {
  if (context?.skipSearchSync) return doc
  // A new portal: what portals above it share with every portal below becomes findable on it.
  if (operation === 'create') {
    await queueSearchSync(req.payload, { site: String(doc.id), shared: true }, req)
    return doc
  }
  const key = (d: Doc | undefined) => JSON.stringify([d?.status ?? null, d?.name ?? null, d?.slug ?? null])
  if (key(doc as Doc) === key(previousDoc as Doc)) return doc
  await queueSearchSync(req.payload, { site: String(doc.id), shared: true }, req)
  // A renamed slug: the documents still carry the old one; remove them under it.
  if (previousDoc?.slug && previousDoc.slug !== doc.slug) await queueSearchSync(req.payload, { site: `slug:${previousDoc.slug}` }, req)
  return doc
}

type Reader = { payload: Payload; req?: PayloadRequest }

/** Whether a collection's documents can be shared with other portals (it has the sharing fields). */
function isShareable(payload: Payload, collection: string): boolean {
  return hasField(payload.collections[collection as CollectionSlug]?.config.fields ?? [], 'sharedWith')
}

/** The searchable collections, with their contributions. */
const searchable = (payload: Payload) => contributions(payload, 'search')

/** The index types of the searchable collections (the `type` filter accepts these). */
export const searchTypes = (payload: Payload): string[] => searchable(payload).map((c) => c.part.type)

/**
 * The other active portals that show a shared document, by the export's rules: those listed in
 * `sharedWith`, and every portal below its owner when it is shared with all of them.
 */
async function sharingOf({ payload, req }: Reader): Promise<(doc: Doc, ownerId: string) => string[]> {
  const [tree, sites] = await Promise.all([
    loadSiteTree(payload, req),
    payload.find({ collection: 'sites', where: { status: { equals: 'active' } }, pagination: false, depth: 0, overrideAccess: true, req, select: { slug: true } }),
  ])
  const slugOf = new Map(sites.docs.map((s) => [String(s.id), String(s.slug)]))
  return (doc, ownerId) => {
    const out = new Set<string>()
    for (const ref of Array.isArray(doc.sharedWith) ? doc.sharedWith : []) {
      const slug = slugOf.get(String(idOf(ref)))
      if (slug) out.add(slug)
    }
    if (doc.shareWithSubordinates === true) {
      for (const id of descendantsOf(tree, ownerId)) {
        const slug = slugOf.get(id)
        if (slug) out.add(slug)
      }
    }
    out.delete(slugOf.get(ownerId) ?? '')
    return [...out]
  }
}

async function siteRef({ payload, req }: Reader, id: number | string): Promise<(SiteRef & { status: string }) | null> {
  const site = await payload.findByID({ collection: 'sites', id: id as number, depth: 0, overrideAccess: true, disableErrors: true, req, select: { slug: true, name: true, status: true } })
  return site ? { id: site.id, slug: String(site.slug), name: String(site.name), status: String(site.status ?? 'active') } : null
}

/**
 * Read a document as the public may see it: through the collection's access rules with no user
 * (what the portal export reads), or without them where the mapper is an allow-list (questions).
 */
async function readDocument({ payload, req }: Reader, collection: string, part: SearchContribution, id: string): Promise<Doc | null> {
  const numeric = payload.db.defaultIDType === 'number'
  const docId = numeric ? Number(id) : id
  if (numeric && !Number.isFinite(docId)) return null
  const found = await payload.findByID({
    collection: collection as 'news',
    id: docId as number,
    depth: 0,
    draft: false,
    locale: 'vi',
    fallbackLocale: false as never,
    disableErrors: true,
    overrideAccess: part.readAsSystem === true,
    req,
  })
  return (found as Doc | null) ?? null
}

/**
 * Pages kept after a takedown (ADR 0022, the workflow's `takedowns` records): `collection:id` →
 * `withdrawn` | `former-unit`, read once per sync job.
 */
async function keptAfterTakedown({ payload, req }: Reader, context: SearchMapContext): Promise<Map<string, 'withdrawn' | 'former-unit'>> {
  const cached = context.cache.get('takedown-notices') as Map<string, 'withdrawn' | 'former-unit'> | undefined
  if (cached) return cached
  const notices = new Map<string, 'withdrawn' | 'former-unit'>()
  if (payload.collections['takedowns' as CollectionSlug]) {
    const found = await payload.find({ collection: 'takedowns' as 'news', where: { kind: { in: ['withdrawn', 'former-unit'] } }, pagination: false, depth: 0, overrideAccess: true, req, select: { collectionSlug: true, docId: true, kind: true } as never })
    for (const r of found.docs as Doc[]) notices.set(`${r.collectionSlug}:${r.docId}`, r.kind)
  }
  context.cache.set('takedown-notices', notices)
  return notices
}

/**
 * The same for one document (a document job, run after every publish): only the portals it lists
 * and, when it is shared down, the units below its owner (the tree around the owner) are read. The
 * whole platform's tree and portal list (two reads of 4,000 rows at national scale) were read for
 * every published news item, on the server's main thread while the publish's build ran (issue 17).
 */
async function sharingOfOne({ payload, req }: Reader, doc: Doc, ownerId: string): Promise<string[]> {
  const listed = (Array.isArray(doc.sharedWith) ? doc.sharedWith : []).map((ref) => idOf(ref)).filter((id) => id !== null).map(String)
  const below = doc.shareWithSubordinates === true ? descendantsOf(await loadSiteTreeAround(payload, [ownerId], req), ownerId) : []
  const ids = [...new Set([...listed, ...below])].filter((id) => id !== ownerId)
  if (ids.length === 0) return []
  const sites = await payload.find({
    collection: 'sites',
    where: { and: [{ id: { in: ids.map((id) => dbId(payload, id)) } }, { status: { equals: 'active' } }] },
    pagination: false,
    depth: 0,
    sort: 'id',
    overrideAccess: true,
    req,
    select: { slug: true },
  })
  return sites.docs.map((s) => String(s.slug))
}

/** The index entry of a document, with the other portals that show it when it is shared. */
async function entryOf(reader: Reader, context: SearchMapContext, collection: string, part: SearchContribution, doc: Doc, site: SiteRef | null, shownOn: () => Promise<string[]>): Promise<SearchDocument | null> {
  if (!site) return null
  const mapped = await part.toDocument(doc, site, context)
  const notice = mapped ? (await keptAfterTakedown(reader, context)).get(`${collection}:${doc.id}`) : undefined
  return withShownOn(mapped && notice ? { ...mapped, notice } : mapped, mapped && isShareable(reader.payload, collection) ? await shownOn() : [])
}

const mapContext = ({ payload, req }: Reader): SearchMapContext => ({ payload, req, cache: new Map() })

/** Bring one document's entry up to date: upsert it when citizens may find it, else delete it. */
export async function syncDocument(reader: Reader, engine: SearchEngine, collection: string, id: string): Promise<'upserted' | 'deleted' | 'ignored'> {
  const part = contributionOf(reader.payload, collection, 'search')
  if (!part) return 'ignored'
  const doc = await readDocument(reader, collection, part, id)
  const siteId = doc ? idOf(doc.site) : null
  const site = siteId === null ? null : await siteRef(reader, siteId)
  const mapped = doc ? await entryOf(reader, mapContext(reader), collection, part, doc, site, () => sharingOfOne(reader, doc, String(siteId))) : null
  if (mapped) {
    await engine.upsert([mapped])
    return 'upserted'
  }
  await engine.delete([searchId(part.type, id)])
  return 'deleted'
}

const PAGE = 200

/** Every searchable document of a site, in batches, as the index should hold them. */
export async function* siteDocuments(reader: Reader, site: SiteRef): AsyncGenerator<SearchDocument[]> {
  const { payload, req } = reader
  const sharing = await sharingOf(reader)
  const context = mapContext(reader)
  for (const { slug: collection, part } of searchable(payload)) {
    const inSite: Where = { site: { equals: site.id } }
    const where: Where = part.where ? { and: [inSite, part.where] } : inSite
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection: collection as 'news',
        where,
        depth: 0,
        draft: false,
        locale: 'vi',
        fallbackLocale: false as never,
        limit: PAGE,
        page,
        sort: 'id',
        overrideAccess: part.readAsSystem === true,
        req,
      })
      const batch: SearchDocument[] = []
      for (const doc of result.docs as Doc[]) {
        const mapped = await entryOf(reader, context, collection, part, doc, site, async () => sharing(doc, String(site.id)))
        if (mapped) batch.push(mapped)
      }
      yield batch
      if (!result.hasNextPage) break
    }
  }
}

/** How many documents `siteDocuments` will read for these sites (for progress bars). */
export async function countSiteDocuments({ payload }: Reader, siteIds: Array<number | string>): Promise<number> {
  let total = 0
  for (const { slug: collection, part } of searchable(payload)) {
    const inSites: Where = { site: { in: siteIds } }
    const where: Where = part.where ? { and: [inSites, part.where] } : inSites
    total += (await payload.count({ collection: collection as 'news', where, overrideAccess: part.readAsSystem === true })).totalDocs
  }
  return total
}

/**
 * Rebuild one site's part of the index: removed entirely when the site is archived, otherwise
 * removed and written again from the database (stale entries cannot survive).
 * `onBatch` receives the number of documents read so far.
 */
export async function syncSite(
  reader: Reader,
  engine: SearchEngine,
  siteKey: string,
  onBatch?: (read: number, indexed: number) => void,
  options: { shared?: boolean } = {},
): Promise<{ site: string | null; indexed: number }> {
  if (siteKey.startsWith('slug:')) {
    await engine.deleteSite(siteKey.slice(5))
    return { site: siteKey.slice(5), indexed: 0 }
  }
  const site = await siteRef(reader, siteKey)
  if (!site) return { site: null, indexed: 0 }
  await engine.deleteSite(site.slug)
  if (site.status !== 'active') return { site: site.slug, indexed: 0 }
  let indexed = 0
  for await (const batch of siteDocuments(reader, site)) {
    await engine.upsert(batch)
    indexed += batch.length
    onBatch?.(batch.length, indexed)
  }
  // What other portals share with this one (listed, or shared down by a portal above it): their
  // entries are brought up to date, so a new, renamed or re-activated portal finds them in its own
  // scope. A full sync skips this: every owner's site job writes its documents' portals anyway.
  if (options.shared) indexed += await resyncSharedWith(reader, engine, site.id)
  return { site: site.slug, indexed }
}

/** Re-sync the documents other portals share with a site (the two indexed queries of the export). */
async function resyncSharedWith(reader: Reader, engine: SearchEngine, siteId: number | string): Promise<number> {
  const { payload, req } = reader
  const ancestors = ancestorsOf(await loadSiteTree(payload, req), String(siteId)).map((id) => dbId(payload, id))
  const sharing = await sharingOf(reader)
  const owners = new Map<string, SiteRef | null>()
  const context = mapContext(reader)
  let upserted = 0
  for (const { slug: collection, part } of searchable(payload)) {
    if (!isShareable(payload, collection)) continue
    const wheres: Where[] = [{ sharedWith: { in: [siteId] } }]
    if (ancestors.length) wheres.push({ and: [{ site: { in: ancestors } }, { shareWithSubordinates: { equals: true } }] })
    for (const where of wheres) {
      // Read as the public reads them (published versions, access rules), like a document job.
      const found = await payload.find({ collection: collection as 'news', where, pagination: false, depth: 0, draft: false, locale: 'vi', fallbackLocale: false as never, req })
      const batch: SearchDocument[] = []
      for (const doc of found.docs as Doc[]) {
        const ownerId = idOf(doc.site)
        if (ownerId === null) continue
        if (!owners.has(String(ownerId))) owners.set(String(ownerId), await siteRef(reader, ownerId))
        const mapped = await entryOf(reader, context, collection, part, doc, owners.get(String(ownerId)) ?? null, async () => sharing(doc, String(ownerId)))
        if (mapped) batch.push(mapped)
      }
      await engine.upsert(batch)
      upserted += batch.length
    }
  }
  return upserted
}

/** The job: one document or one site, against this process's engine. */
export const syncSearchTask: TaskConfig<{ input: SyncInput; output: { result: string } }> = {
  slug: SYNC_TASK,
  label: 'Cập nhật chỉ mục tìm kiếm (search sync)',
  // The index may be briefly unavailable (Meilisearch restarting): retry with growing waits.
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 2000 } },
  inputSchema: [
    { name: 'collection', type: 'text' },
    { name: 'id', type: 'text' },
    { name: 'site', type: 'text' },
    { name: 'shared', type: 'checkbox' },
  ],
  outputSchema: [{ name: 'result', type: 'text' }],
  handler: async ({ input, req }) => {
    const engine = searchEngine()
    if (!engine) throw new Error('This process has no search engine: the search queue is run by the server (ADR 0010).')
    const reader = { payload: req.payload }
    if (input.site) {
      const done = await syncSite(reader, engine, input.site, undefined, { shared: input.shared === true })
      return { output: { result: `site ${done.site ?? input.site}: ${done.indexed}` } }
    }
    if (!input.collection || !input.id) return { output: { result: 'ignored' } }
    return { output: { result: await syncDocument(reader, engine, input.collection, input.id) } }
  },
}

/**
 * Queue a full sync of every active site (an empty index at start-up: first start, new engine).
 * Nothing is queued when those sites hold more than `maxDocuments` documents (counted as the sync
 * would read them, `countSiteDocuments`): `beyond` says how many they hold.
 */
export async function queueFullSync(payload: Payload, maxDocuments = Infinity): Promise<{ queued: number } | { beyond: number }> {
  const sites = await payload.find({ collection: 'sites', where: { status: { equals: 'active' } }, pagination: false, depth: 0, overrideAccess: true, select: { slug: true } })
  const ids = sites.docs.map((site) => site.id)
  if (Number.isFinite(maxDocuments) && ids.length > 0) {
    const documents = await countSiteDocuments({ payload }, ids)
    if (documents > maxDocuments) return { beyond: documents }
  }
  for (const id of ids) await queueSearchSync(payload, { site: String(id) })
  return { queued: ids.length }
}

/**
 * Run the search queue in this process (the server, which holds the engine), in order of
 * queueing, one job after the other. Returns a function that stops it.
 */
export function startSearchRunner(payload: Payload, intervalMs: number): () => Promise<void> {
  let busy: Promise<void> | null = null
  let again = false
  let stopped = false
  const tick = () => {
    if (stopped) return
    if (busy) {
      again = true
      return
    }
    busy = payload.jobs
      .run({ queue: SEARCH_QUEUE, limit: 100, sequential: true, processingOrder: 'createdAt', silent: { info: true } })
      .then(() => undefined)
      .catch((err: unknown) => payload.logger.error({ err, msg: 'Search sync runner failed' }))
      .finally(() => {
        busy = null
        if (again) {
          again = false
          tick()
        }
      })
  }
  let soon: NodeJS.Timeout | null = null
  const onQueued = () => {
    soon ??= setTimeout(() => {
      soon = null
      tick()
    }, 100)
  }
  const offQueued = bus().subscribe('queued:search', onQueued)
  const timer = setInterval(tick, intervalMs)
  tick()
  return async () => {
    stopped = true
    clearInterval(timer)
    if (soon) clearTimeout(soon)
    offQueued()
    await busy
  }
}

/**
 * Append the sync hooks to a collection (searchable collections, `custom.cong.search`, and the
 * sites; others unchanged), after the collection's own hooks so they see the saved document.
 */
export function withSearchSync(collection: CollectionConfig): CollectionConfig {
  if (collection.slug === 'sites') return withHooks(collection, { afterChange: [syncSiteSearchHook] })
  const part = cong(collection).search
  if (!part) return collection
  const hook = syncSearchHook(part)
  return withHooks(collection, { afterChange: [hook], afterDelete: [hook] })
}
