/**
 * Merge portal a into portal b (units merged in the 2025 reorganisation). What moves is read from
 * the collections' contributions (`custom.cong.lifecycle.merge`, ADR 0018), never from a list of
 * names: every document of a contributed collection moves to b with its publication state kept
 * (or, when b already has the same one, stays on the archived site as a record shown nowhere and
 * redirects to b's), a's subordinate portals move under b, every public URL a had gets a
 * permanent redirect to where its content is now, plugins' merge steps run (b's footer link), and
 * a is archived (`mergedInto: b`).
 *
 * Slug conflicts are resolved deterministically: the moved document keeps its slug when b does
 * not use it, else takes `<slug>-<a's slug>` (then `-2`, `-3`…), in id order.
 *
 * The embedded database has no transactions, so the redirects are recorded first (they only
 * answer once a is archived) and a is archived last: after a failure a's portal stays as it
 * was, and running the merge again moves what is left.
 */
import { type CollectionSlug, createLocalReq, type Payload, type Where } from 'payload'

import { contributionOf, contributions, platformContributions } from '../../cms/src/contributions'
import { sharedDocumentIds } from '../../cms/src/db/sharing'
import { ancestorsOf, descendantsOf, loadSiteTree } from '../../cms/src/lib/hierarchy'
import { idOf } from '../../cms/src/lib/ids'
import { recordAudit } from '../audit/record'
import { writeDomainMap } from '../portals/build/domainMap'
import { portalBaseUrl } from '../portals/build/export'
import { env } from '../../cms/src/config/env'
import { hostsOf } from '../portals/serve/archived'
import { bumpHostMap } from '../site-scoping/hostMap'
import { isVersioned, labelOf, moveDocument, own, planContributed, publicationOf, saveKeepingPublication } from './documents'
import { linkFieldNames, linkRewriter, type Rewrite, referencedCollections, referenceRemapper, sharingWithout } from './links'
import { collectionCounts, folderOf, joinedMap, moveOrder, releaseRedirects } from './plan'
import { PARENT_LEVELS, type SiteLevel } from './provisioning/validate'
import { writeRedirectMaps } from './redirectMaps'
import { releasePaths, unpublishLiveRelease } from './release'
import type { CollectionPlan, Id, PlannedSite, PlannedStep } from './types'

export { linkRewriter } from './links'
export type { CollectionPlan, PlannedDoc, PlannedSite } from './types'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

export type MergePlan = {
  from: PlannedSite
  into: PlannedSite & { english: boolean }
  /** Every contributed collection, in the order its documents move. */
  collections: CollectionPlan[]
  /** Site-scoped collections without a merge contribution: their documents stay with the archived site. */
  stays: Array<{ slug: string; label: string; count: number }>
  children: Array<{ id: Id; slug: string }>
  /** Old path on a → new absolute URL. */
  redirects: Map<string, string>
  /** Existing redirects that pointed at a's URLs and now point at b's. */
  chains: Array<{ id: Id; toUrl: string }>
  /** Documents of other portals shared with a: they stay with their owner (a no longer shows them). */
  sharedIn: number
  /** Plugins' steps (b's footer link…). */
  steps: PlannedStep[]
  /** Staff accounts with a role on a (kept; grant roles on b by invitation if needed). */
  members: number
  /** a's hosts: from the merger on they answer with the redirects. */
  hosts: string[]
  /** Active portals rebuilt afterwards: b, the portals above a and b, those a's moved documents are shared with. */
  rebuild: Array<{ id: Id; slug: string }>
}

/** Paths the redirects collection accepts (no spaces, quotes, `?`, `#`…). */
const STORABLE_PATH = /^\/[^\s?#"'$;{}\\]*$/

async function loadSite(payload: Payload, slug: string): Promise<(PlannedSite & { status: string; parent: Id | null }) | null> {
  const found = await payload.find({ collection: 'sites', where: { slug: { equals: slug } }, limit: 1, depth: 0, locale: 'vi', overrideAccess: true })
  const doc = found.docs[0] as Doc | undefined
  if (!doc) return null
  const en = (await payload.findByID({ collection: 'sites', id: doc.id, locale: 'en', fallbackLocale: false as never, depth: 0, overrideAccess: true, select: { name: true } })) as Doc
  const baseUrl = portalBaseUrl({ slug: doc.slug, domains: doc.domains })
  return {
    id: doc.id,
    slug: doc.slug,
    name: doc.name,
    nameEn: typeof en.name === 'string' && en.name ? en.name : null,
    level: doc.level,
    domains: doc.domains ?? [],
    baseUrl,
    url: `${baseUrl}/`,
    status: doc.status,
    parent: idOf(doc.parent),
  }
}

/** The collection a `dependsOn` field points at. */
function parentCollection(payload: Payload, slug: string, field: string | undefined): string | null {
  if (!field) return null
  const found = payload.collections[slug as CollectionSlug].config.flattenedFields.find((f) => f.name === field) as { relationTo?: unknown } | undefined
  return typeof found?.relationTo === 'string' ? found.relationTo : null
}

/**
 * Documents of other portals that a showed because they were shared with it (explicitly, or by a
 * portal above it with everything below): their paths on a redirect to their owner's page.
 */
async function sharedWithFrom(payload: Payload, from: PlannedSite, ancestors: string[]): Promise<Array<{ path: string; owner: Id }>> {
  const out: Array<{ path: string; owner: Id }> = []
  const dbAncestors = ancestors.map((id) => (typeof from.id === 'number' ? Number(id) : id))
  for (const { slug } of contributions(payload, 'siteScoped')) {
    const config = payload.collections[slug as CollectionSlug].config
    const path = contributionOf(payload, slug, 'portal')?.path
    if (!path || !config.flattenedFields.some((f) => f.name === 'sharedWith')) continue
    // On the SQL databases the few candidates come by id from where sharing is stored (ADR 0028).
    const candidates = await sharedDocumentIds(payload, slug, { withSite: from.id, ownersBelow: dbAncestors })
    if (candidates?.length === 0) continue
    const where: Where = {
      and: [
        ...(isVersioned(config) ? [{ _status: { equals: 'published' } }] : []),
        { site: { not_equals: from.id } },
        candidates ? { id: { in: candidates } } : { or: [{ sharedWith: { in: [from.id] } }, ...(dbAncestors.length ? [{ and: [{ shareWithSubordinates: { equals: true } }, { site: { in: dbAncestors } }] }] : [])] },
      ],
    }
    const docs = (await payload.find({ collection: slug as CollectionSlug, where, pagination: false, depth: 0, overrideAccess: true })).docs as Doc[]
    for (const doc of docs) {
      const p = path(doc)
      const owner = idOf(doc.site)
      if (p && owner !== null) out.push({ path: p, owner })
    }
  }
  return out
}

export async function planMerge(payload: Payload, fromSlug: string, intoSlug: string): Promise<MergePlan | { problems: string[] }> {
  const problems: string[] = []
  const [from, into] = await Promise.all([loadSite(payload, fromSlug), loadSite(payload, intoSlug)])
  if (!from) problems.push(`Không có trang "${fromSlug}". / No site "${fromSlug}".`)
  if (!into) problems.push(`Không có trang "${intoSlug}". / No site "${intoSlug}".`)
  if (!from || !into) return { problems }
  if (from.id === into.id) problems.push('Không thể sáp nhập một trang vào chính nó. / A site cannot be merged into itself.')
  if (from.status === 'archived') problems.push(`Trang "${fromSlug}" đã lưu trữ (đã sáp nhập hoặc ngừng hoạt động). / "${fromSlug}" is already archived.`)
  if (into.status === 'archived') {
    problems.push(`Trang "${intoSlug}" đã lưu trữ (đã sáp nhập hoặc ngừng hoạt động); hãy sáp nhập vào trang đang hoạt động. / "${intoSlug}" is archived: merge into a live portal.`)
  }
  const tree = await loadSiteTree(payload)
  if (ancestorsOf(tree, String(into.id)).includes(String(from.id))) {
    problems.push(`"${intoSlug}" là đơn vị cấp dưới của "${fromSlug}"; không thể sáp nhập cấp trên vào cấp dưới. / "${intoSlug}" sits below "${fromSlug}".`)
  }
  const childDocs = (await payload.find({ collection: 'sites', where: { parent: { equals: from.id } }, pagination: false, depth: 0, overrideAccess: true, select: { slug: true, level: true, status: true } })).docs as Doc[]
  const children = childDocs.filter((c) => String(c.id) !== String(into.id))
  for (const c of children) {
    if (c.status !== 'archived' && !(PARENT_LEVELS[c.level as SiteLevel] as readonly string[]).includes(into.level)) {
      problems.push(`Trang cấp dưới "${c.slug}" (cấp ${c.level}) không thể chuyển sang trực thuộc "${intoSlug}" (cấp ${into.level}). / Child "${c.slug}" cannot move under a ${into.level} site.`)
    }
  }
  const contributed = contributions(payload, 'lifecycle')
  const scoped = new Set(contributions(payload, 'siteScoped').map((c) => c.slug))
  for (const { slug } of contributed) {
    if (!scoped.has(slug)) problems.push(`Cấu hình: "${slug}" khai báo lifecycle.merge nhưng không thuộc trang nào (siteScoped). / ${slug} declares lifecycle.merge without siteScoped.`)
  }
  if (problems.length) return { problems }

  const englishB = (await payload.findByID({ collection: 'sites', id: into.id, locale: 'en', fallbackLocale: false as never, depth: 0, overrideAccess: true, select: { name: true } })) as Doc
  const intoPlan = { ...into, english: typeof englishB.name === 'string' && englishB.name !== '' }

  const planned: CollectionPlan[] = []
  for (const { slug, part } of contributed) planned.push(await planContributed(payload, slug, part.merge, from, into))
  // Each collection after those it refers to, except its dependents (a session pins one of its questions).
  const parents = new Map(planned.map((p) => [p.slug, parentCollection(payload, p.slug, contributed.find((c) => c.slug === p.slug)?.part.merge.dependsOn)]))
  const collections = moveOrder(
    planned.map((p) => {
      const refers = referencedCollections(payload.collections[p.slug as CollectionSlug].config.fields, payload.config.blocks ?? [])
      return { ...p, after: [...refers].filter((target) => parents.get(target) !== p.slug) }
    }),
  )
  const withLifecycle = new Set(contributed.map((c) => c.slug))
  const stays: MergePlan['stays'] = []
  for (const slug of scoped) {
    if (withLifecycle.has(slug)) continue
    const count = await payload.count({ collection: slug as CollectionSlug, where: { site: { equals: from.id } }, overrideAccess: true })
    if (count.totalDocs > 0) stays.push({ slug, label: labelOf(payload.collections[slug as CollectionSlug].config), count: count.totalDocs })
  }

  const to = (p: string) => `${into.baseUrl}${p}`
  const intoEnglishHome = intoPlan.english ? to('/en/') : to('/')
  const redirects = new Map<string, string>([
    ['/', to('/')],
    ['/en/', intoEnglishHome],
    ['/rss.xml', to('/rss.xml')],
    ['/sitemap.xml', to('/sitemap.xml')],
    ['/robots.txt', to('/robots.txt')],
  ])
  for (const plan of collections) for (const d of plan.docs) for (const [oldPath, newPath] of d.paths) if (!redirects.has(oldPath)) redirects.set(oldPath, to(newPath))

  // Other portals' documents a showed: they stay at their owner's address.
  const shared = await sharedWithFrom(payload, from, ancestorsOf(tree, String(from.id)))
  const owners = new Map<string, string>()
  for (const { owner } of shared) {
    if (owners.has(String(owner))) continue
    const site = (await payload.findByID({ collection: 'sites', id: owner, depth: 0, overrideAccess: true, select: { slug: true, domains: true, status: true } })) as Doc
    owners.set(String(owner), site.status === 'archived' ? '' : portalBaseUrl({ slug: site.slug, domains: site.domains }))
  }
  for (const { path: p, owner } of shared) {
    const base = owners.get(String(owner))
    if (base && !redirects.has(p)) redirects.set(p, `${base}${p}`)
  }

  // Whatever else the live portal had: lists, their later pages, files, pages since unpublished…
  const movedFolders = new Set(collections.flatMap((c) => c.docs.flatMap((d) => d.paths.map(([oldPath]) => folderOf(oldPath)))).filter((f): f is string => f !== null))
  const [fromRelease, intoRelease] = await Promise.all([releasePaths(from.slug), releasePaths(into.slug)])
  for (const [p, url] of releaseRedirects({ fromRelease, intoRelease: new Set(intoRelease), redirects, movedFolders, to })) redirects.set(p, url)
  for (const p of [...redirects.keys()]) if (!STORABLE_PATH.test(p)) redirects.delete(p)

  // Redirects that pointed at a (an earlier merge into a) now point straight at b.
  const pointing = await payload.find({ collection: 'redirects', where: { toSite: { equals: from.id } }, pagination: false, depth: 0, overrideAccess: true })
  const chains = pointing.docs.map((r) => {
    const url = String(r.toUrl)
    const oldPath = url.startsWith(from.baseUrl) ? url.slice(from.baseUrl.length) || '/' : null
    return { id: r.id, toUrl: (oldPath && redirects.get(oldPath)) ?? to('/') }
  })

  const steps: PlannedStep[] = []
  for (const step of platformContributions(payload, 'mergeSteps')) {
    const plannedStep = await step.plan({ payload, from, into: intoPlan, collections })
    if (plannedStep) steps.push(plannedStep)
  }

  const members = await payload.count({ collection: payload.config.admin.user as CollectionSlug, where: { 'memberships.site': { equals: from.id } }, overrideAccess: true })
  // The portals mergeSites rebuilds, as far as they are known before it runs.
  const sharedTo = collections.flatMap((c) => c.docs.filter((d) => d.action === 'move').flatMap((d) => ((d.doc.sharedWith as unknown[] | undefined) ?? []).map((s) => String(idOf(s)))))
  const rebuildIds = new Set([String(into.id), ...ancestorsOf(tree, String(into.id)), ...ancestorsOf(tree, String(from.id)), ...sharedTo])
  rebuildIds.delete(String(from.id))
  const siteRows = (await payload.find({ collection: 'sites', pagination: false, depth: 0, overrideAccess: true, select: { slug: true, status: true } })).docs as Doc[]
  const rebuild = siteRows.filter((s) => rebuildIds.has(String(s.id)) && s.status === 'active').map((s) => ({ id: s.id as Id, slug: String(s.slug) }))
  rebuild.sort((x, y) => (String(x.id) === String(into.id) ? -1 : String(y.id) === String(into.id) ? 1 : x.slug.localeCompare(y.slug)))
  return {
    from,
    into: intoPlan,
    collections: collections.map(({ after: _after, ...plan }) => plan),
    stays,
    children: children.map((c) => ({ id: c.id, slug: c.slug })),
    redirects,
    chains,
    sharedIn: shared.length,
    steps,
    members: members.totalDocs,
    hosts: hostsOf({ slug: from.slug, domains: from.domains }, env().portalHostSuffix),
    rebuild,
  }
}

/** One line per contributed collection, then what is renamed, joined and redirected. */
export function describeMerge(plan: MergePlan): string[] {
  const lines = [`Sáp nhập "${plan.from.name}" (${plan.from.slug}) vào "${plan.into.name}" (${plan.into.slug}) / merge plan:`]
  lines.push(`  tên miền của ${plan.from.slug} chuyển hướng 301 sang ${plan.into.url} / hosts redirected: ${plan.hosts.join(', ')}`)
  const width = Math.max(...plan.collections.map((c) => `${c.label} (${c.slug})`.length), 10)
  for (const c of plan.collections) {
    const n = collectionCounts(c)
    const parts = [`${n.moved} chuyển${c.versioned ? ` (${n.published} đã xuất bản${n.pendingDrafts ? `, ${n.pendingDrafts} có bản sửa chờ duyệt` : ''})` : ''}`]
    if (n.joined) parts.push(`${n.joined} trùng với bản sẵn có của ${plan.into.slug} (không chuyển)`)
    if (n.renamed) parts.push(`${n.renamed} đổi đường dẫn`)
    if (n.cleared) parts.push(`${n.cleared} bỏ mục bắt buộc đã có ở ${plan.into.slug}`)
    if (c.dependsOn) parts.push(`theo ${c.dependsOn}`)
    parts.push(`${n.redirects} chuyển hướng`)
    lines.push(`  ${`${c.label} (${c.slug})`.padEnd(width)}  ${parts.join(', ')}`)
  }
  if (plan.stays.length) {
    lines.push(`  ở lại trang lưu trữ / stays with the archived site: ${plan.stays.map((s) => `${s.label} (${s.slug}) ${s.count}`).join(', ')}`)
  }
  lines.push(`  trang cấp dưới / child sites re-parented: ${plan.children.length ? plan.children.map((c) => c.slug).join(', ') : 'không có'}`)
  const renamed = plan.collections.flatMap((c) => c.docs.filter((d) => d.action === 'move' && d.newSlug !== d.oldSlug).map((d) => `${c.label}: ${d.oldSlug} → ${d.newSlug}`))
  lines.push(`  đổi đường dẫn do trùng / renamed on conflict: ${renamed.length}`)
  lines.push(...renamed.slice(0, 10).map((r) => `    ${r}`), ...(renamed.length > 10 ? [`    … và ${renamed.length - 10} mục khác`] : []))
  const joined = plan.collections.flatMap((c) => c.docs.filter((d) => d.action === 'join').map((d) => `${c.label}: "${d.title}" → bản của ${plan.into.slug} (#${d.target})`))
  lines.push(`  trùng, giữ bản của ${plan.into.slug} / duplicates, b's copy kept: ${joined.length}`)
  lines.push(...joined.slice(0, 10).map((j) => `    ${j}`), ...(joined.length > 10 ? [`    … và ${joined.length - 10} mục khác`] : []))
  lines.push(`  chuyển hướng 301 / redirects: ${plan.redirects.size} địa chỉ cũ${plan.chains.length ? `, ${plan.chains.length} chuyển hướng cũ trỏ thẳng sang ${plan.into.slug}` : ''}`)
  lines.push(...[...plan.redirects].slice(0, 8).map(([p, url]) => `    ${p} → ${url}`), ...(plan.redirects.size > 8 ? [`    … (${plan.redirects.size - 8} địa chỉ khác)`] : []))
  for (const step of plan.steps) lines.push(...step.describe.map((l) => `  ${l}`))
  lines.push(`  sau đó / then: ${plan.from.slug} → Lưu trữ (mergedInto ${plan.into.slug})`)
  lines.push(`  xây dựng lại / portals rebuilt: ${plan.rebuild.map((s) => s.slug).join(', ')}`)
  if (plan.sharedIn) lines.push(`  lưu ý: ${plan.sharedIn} mục của cổng khác chia sẻ sang ${plan.from.slug} vẫn thuộc cổng gốc (chuyển hướng tới bản gốc)`)
  if (plan.members) lines.push(`  lưu ý: ${plan.members} tài khoản có vai trò trên ${plan.from.slug}; vai trò được giữ, hãy mời sang ${plan.into.slug} nếu cần / members keep their roles on the archived site`)
  return lines
}

const combine =
  (...rewrites: Rewrite[]): Rewrite =>
  (doc) => {
    let current = doc
    let patch: Record<string, unknown> = {}
    for (const rewrite of rewrites) {
      const next = rewrite(current)
      patch = { ...patch, ...next }
      current = { ...current, ...next }
    }
    return patch
  }

export type MergeResult = { summary: string; rebuild: Id[] }

/** Who ran a merger or retirement from the admin (the CLI runs as nobody in particular). */
export type Actor = { id: number | string; email?: string | null }

export async function mergeSites(payload: Payload, plan: MergePlan, log: (line: string) => void = () => undefined, by?: Actor): Promise<MergeResult> {
  const { from, into } = plan
  const intoId = into.id as number

  // 1. Redirects first: inert until a is archived, and kept if a later step fails.
  const existing = await payload.find({ collection: 'redirects', where: { fromSite: { equals: from.id } }, pagination: false, depth: 0, overrideAccess: true })
  const byPath = new Map(existing.docs.map((r) => [String(r.fromPath), r]))
  for (const [fromPath, toUrl] of plan.redirects) {
    const row = byPath.get(fromPath)
    const data = { fromSite: from.id as number, fromPath, toUrl, toSite: intoId, status: 301, reason: 'merge' as const }
    if (!row) await payload.create({ collection: 'redirects', data, ...own() })
    else if (row.toUrl !== toUrl) await payload.update({ collection: 'redirects', id: row.id, data, ...own() })
  }
  for (const chain of plan.chains) await payload.update({ collection: 'redirects', id: chain.id, data: { toUrl: chain.toUrl, toSite: intoId }, ...own() })
  log(`${plan.redirects.size} chuyển hướng đã ghi / redirects recorded`)

  // 2. The documents, collection by collection (parents before the documents that follow them).
  const tree = await loadSiteTree(payload)
  const belowFrom = descendantsOf(tree, String(from.id)).filter((id) => id !== String(into.id))
  const joined = joinedMap(plan.collections)
  const sharedTo = new Set<string>()
  const suffix = (locale: string) => ` (${locale === 'vi' ? from.name : (from.nameEn ?? from.name)})`
  const incomplete: string[] = []
  for (const c of plan.collections) {
    const config = payload.collections[c.slug as CollectionSlug].config
    const contribution = contributionOf(payload, c.slug, 'lifecycle')!.merge
    const rewrite = combine(
      linkRewriter(plan.redirects, into.baseUrl, linkFieldNames(config.fields)),
      referenceRemapper(config.fields, joined, payload.config.blocks ?? []),
      c.sharing ? (doc) => sharingWithout(doc, [from.id, into.id]) : () => ({}),
    )
    const moves = c.docs.filter((d) => d.action === 'move')
    for (const [i, d] of moves.entries()) {
      for (const s of (d.doc.sharedWith as unknown[] | undefined) ?? []) sharedTo.add(String(idOf(s)))
      const saved = await moveDocument({ payload, plan: c, contribution, into: intoId, suffix, rewrite }, d)
      if (saved === 'saved-incomplete-draft') incomplete.push(`${c.label} #${d.id}`)
      if ((i + 1) % 100 === 0) log(`${c.label}: ${i + 1}/${moves.length}…`)
    }
    // b's copy of a joined document takes over where a's copy was shown; a's copy is shown nowhere.
    if (c.sharing) {
      for (const d of c.docs.filter((x) => x.action === 'join')) {
        const extra = [
          ...((d.doc.sharedWith as unknown[] | undefined) ?? []).map((s) => String(idOf(s))),
          ...(d.doc.shareWithSubordinates ? belowFrom : []),
        ].filter((id) => id !== String(from.id) && id !== String(into.id))
        if (extra.length) {
          const [target] = (await payload.find({ collection: c.slug as CollectionSlug, where: { id: { equals: d.target } }, depth: 0, overrideAccess: true, limit: 1 })).docs as Doc[]
          const state = (await publicationOf(payload, c.slug, [target!])).get(String(d.target)) ?? 'published'
          await saveKeepingPublication(payload, c, d.target, state, (doc, _l, isDefault) => {
            if (!isDefault) return {}
            const current = ((doc.sharedWith as unknown[] | undefined) ?? []).map((s) => String(idOf(s)))
            const added = extra.filter((id) => !current.includes(id))
            return added.length ? { sharedWith: [...current, ...added].map((id) => (typeof intoId === 'number' ? Number(id) : id)) } : {}
          })
          for (const id of extra) sharedTo.add(id)
        }
        if (((d.doc.sharedWith as unknown[] | undefined) ?? []).length || d.doc.shareWithSubordinates) {
          await saveKeepingPublication(payload, c, d.id, d.publication, (_doc, _l, isDefault) => (isDefault ? { sharedWith: [], shareWithSubordinates: false } : {}))
        }
      }
    }
    if (c.docs.length) log(`${c.label}: ${moves.length} đã chuyển${c.docs.length > moves.length ? `, ${c.docs.length - moves.length} trùng (giữ bản của ${into.slug})` : ''} / moved`)
  }
  if (incomplete.length) log(`${incomplete.length} bản nháp chưa đủ thông tin đã chuyển dưới dạng bản nháp: ${incomplete.slice(0, 10).join(', ')} / unfinished drafts moved as drafts`)

  // 3. Child sites.
  for (const child of plan.children) await payload.update({ collection: 'sites', id: child.id, data: { parent: intoId }, ...own() })

  // 4. Plugins' steps (b's footer link…).
  const stepLines: string[] = []
  for (const step of plan.steps) {
    const line = await step.apply(payload)
    if (line) stepLines.push(line)
  }

  // 5. Archive a: from now on its hosts answer with the redirects, not its old release.
  await payload.update({
    collection: 'sites',
    id: from.id,
    data: { status: 'archived', mergedInto: intoId, archivedAt: new Date().toISOString() },
    ...own(),
  })
  await unpublishLiveRelease(from.slug)
  bumpHostMap()
  const maps = await writeRedirectMaps(payload)
  // The merged portal's domains leave the nginx domain map (builds between runs rewrite it only for their portals).
  await writeDomainMap(payload)
  log(`${from.slug} đã lưu trữ; bản đồ chuyển hướng nginx: ${maps.redirectLines} dòng / archived, nginx maps written`)

  const moved = plan.collections.filter((c) => c.docs.length).map((c) => {
    const n = collectionCounts(c)
    return `${c.label}: ${n.moved}${n.joined ? ` (+${n.joined} trùng)` : ''}`
  })
  const summary = [...moved, `${plan.children.length} trang cấp dưới`, `${plan.redirects.size} chuyển hướng`, ...stepLines].join('; ')
  const req = await createLocalReq({}, payload)
  await recordAudit(req, {
    action: 'update',
    collection: 'sites',
    docId: from.id,
    title: from.name,
    site: from.id,
    ...(by ? { user: by } : {}),
    detail: {
      operation: 'merge',
      into: into.slug,
      collections: Object.fromEntries(plan.collections.map((c) => [c.slug, { moved: collectionCounts(c).moved, joined: collectionCounts(c).joined }])),
      children: plan.children.map((c) => c.slug),
      redirects: plan.redirects.size,
    },
  })

  // b shows the content now; the portals above a and b list their subordinates' news; the
  // portals that show moved documents by sharing link to b now.
  const after = await loadSiteTree(payload)
  const rebuild = [...new Set([String(into.id), ...ancestorsOf(after, String(into.id)), ...ancestorsOf(after, String(from.id)), ...sharedTo])]
  const active = await payload.find({
    collection: 'sites',
    where: { and: [{ id: { in: rebuild.map((id) => (typeof intoId === 'number' ? Number(id) : id)) } }, { status: { equals: 'active' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { slug: true },
  })
  return { summary, rebuild: active.docs.map((s) => s.id) }
}
