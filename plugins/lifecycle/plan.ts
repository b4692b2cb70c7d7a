/**
 * The planning rules of a merger, without Payload: which of a's documents move and under which
 * slug, which are joined with b's copy, which paths redirect where, and where each path of a's
 * last release goes. `merge.ts` loads the data and applies the plan.
 */
import type { CollectionPlan, Id, MergeContribution, PlannedDoc, Publication } from './types'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** Picks free slugs: the same one when free, else `<slug>-<suffix>`, `<slug>-<suffix>-2`… */
export function slugPicker(taken: Set<string>, suffix: string) {
  return (slug: string): string => {
    let candidate = slug
    for (let n = 1; taken.has(candidate); n++) candidate = n === 1 ? `${slug}-${suffix}` : `${slug}-${suffix}-${n}`
    taken.add(candidate)
    return candidate
  }
}

/** The identity keys of a document (none when the collection declares no identity). */
export function identityKeys(contribution: MergeContribution, doc: Doc): string[] {
  const raw = contribution.identity?.(doc)
  const list = raw === null || raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw
  return list.filter((k): k is string => typeof k === 'string' && k !== '')
}

export type CollectionInput = {
  slug: string
  label: string
  versioned: boolean
  sharing: boolean
  contribution: MergeContribution
  /** Where a published document is on its portal (`portal.path`), if it has a page. */
  path: ((doc: Doc) => string | null) | null
  /** Field shown as the document's title. */
  titleField: string
  /** a's slug: the suffix of renamed slugs. */
  fromSlug: string
  /** a's and b's documents (main table, default locale), a's in id order. */
  docsA: readonly Doc[]
  docsB: readonly Doc[]
  /** The same documents in each alternate locale (`contribution.alternates`), by id. */
  alternatesA?: ReadonlyMap<string, ReadonlyMap<string, Doc>>
  alternatesB?: ReadonlyMap<string, ReadonlyMap<string, Doc>>
  /** Publication state of a's documents (versioned collections); others are public. */
  publication?: ReadonlyMap<string, Publication>
}

/** What happens to each of a's documents of one collection. */
export function planCollection(input: CollectionInput): CollectionPlan {
  const { contribution: c, path, fromSlug } = input
  const slugField = c.slugField ?? null
  const byKey = new Map<string, Doc>()
  for (const b of input.docsB) for (const key of identityKeys(c, b)) if (!byKey.has(key)) byKey.set(key, b)
  const pick = slugPicker(new Set(slugField ? input.docsB.map((d) => String(d[slugField] ?? '')).filter(Boolean) : []), fromSlug)
  const uniqueOnB = new Map((c.siteUnique ?? []).map((f) => [f, new Set(input.docsB.map((d) => d[f]).filter((v) => v !== null && v !== undefined && v !== '').map(String))]))
  const alternates = c.alternates ?? []

  // Joins first, so that moved documents never take a slug a joined one redirects from.
  const joinOf = new Map<string, Doc>()
  for (const a of input.docsA) {
    const match = identityKeys(c, a).map((k) => byKey.get(k)).find((b) => b !== undefined)
    if (match) joinOf.set(String(a.id), match)
  }

  const docs: PlannedDoc[] = input.docsA.map((a) => {
    const publication: Publication = input.versioned ? (input.publication?.get(String(a.id)) ?? 'draft') : 'published'
    const isPublic = publication !== 'draft'
    const title = String(a[input.titleField] ?? a.id)
    const oldSlug = slugField && a[slugField] ? String(a[slugField]) : null
    const joined = joinOf.get(String(a.id))
    const paths: Array<[string, string]> = []
    if (joined) {
      if (isPublic && path) {
        const from = path(a)
        const to = path(joined)
        if (from && to) paths.push([from, to])
        for (const alt of alternates) {
          const altA = input.alternatesA?.get(alt.locale)?.get(String(a.id))
          const altB = input.alternatesB?.get(alt.locale)?.get(String(joined.id))
          const altFrom = altA ? alt.path(altA) : null
          const altTo = (altB ? alt.path(altB) : null) ?? to
          if (altFrom && altTo) paths.push([altFrom, altTo])
        }
      }
      const newSlug = slugField && joined[slugField] ? String(joined[slugField]) : null
      return { id: a.id, title, publication, action: 'join', target: joined.id, oldSlug, newSlug, cleared: [], retitle: false, paths, doc: a }
    }
    const newSlug = oldSlug === null ? null : pick(oldSlug)
    const cleared = [...uniqueOnB].filter(([field, values]) => a[field] !== null && a[field] !== undefined && values.has(String(a[field]))).map(([field]) => field)
    const renamed = { ...a, ...(slugField && newSlug !== null ? { [slugField]: newSlug } : {}) }
    if (isPublic && path) {
      const from = path(a)
      const to = path(renamed)
      if (from && to) paths.push([from, to])
      for (const alt of alternates) {
        const altA = input.alternatesA?.get(alt.locale)?.get(String(a.id))
        if (!altA) continue
        const altFrom = alt.path(altA)
        const altTo = alt.path({ ...altA, ...(slugField && newSlug !== null ? { [slugField]: newSlug } : {}) })
        if (altFrom && altTo) paths.push([altFrom, altTo])
      }
    }
    return {
      id: a.id,
      title,
      publication,
      action: 'move',
      target: a.id,
      oldSlug,
      newSlug,
      cleared,
      retitle: Boolean(c.retitle) && (newSlug !== oldSlug || cleared.length > 0),
      paths,
      doc: a,
    }
  })
  // Moved documents keep the slugs of joined ones free: a joined slug is b's, so it was taken already.
  return { slug: input.slug, label: input.label, versioned: input.versioned, sharing: input.sharing, dependsOn: c.dependsOn ?? null, docs }
}

/**
 * Collections in the order they move: after the collections their documents refer to (a
 * relationship may only point at documents of the same site, like news at their categories), a
 * collection whose documents depend on another's after it. A cycle is broken in config order.
 */
export function moveOrder<T extends { slug: string; after: readonly string[] }>(collections: readonly T[]): T[] {
  const out: T[] = []
  const placed = new Set<string>()
  const pending = [...collections]
  const waiting = (c: T) => c.after.some((s) => s !== c.slug && !placed.has(s) && pending.some((p) => p.slug === s))
  while (pending.length) {
    const index = pending.findIndex((c) => !waiting(c))
    const [next] = pending.splice(index === -1 ? 0 : index, 1)
    out.push(next!)
    placed.add(next!.slug)
  }
  return out
}

/** The folder a path lives in (`/van-ban/x/` → `/van-ban/`), null for top-level paths. */
export function folderOf(p: string): string | null {
  const parts = p.split('/').filter(Boolean)
  return parts.length < 2 ? null : `/${parts.slice(0, -1).join('/')}/`
}

/** The ancestors of a path, nearest first, without `/` (`/a/b/c/` → `/a/b/`, `/a/`). */
export function ancestorsOfPath(p: string): string[] {
  const parts = p.split('/').filter(Boolean)
  const out: string[] = []
  for (let n = parts.length - 1; n >= 1; n--) out.push(`/${parts.slice(0, n).join('/')}/`)
  return out
}

export type ReleaseInput = {
  /** Paths of a's last release (pages as `/x/`, files as `/x.ext`). */
  fromRelease: readonly string[]
  /** Paths of b's current release. */
  intoRelease: ReadonlySet<string>
  /** Redirects planned so far (old path → absolute URL). */
  redirects: ReadonlyMap<string, string>
  /** Folders holding a published document that moved to b (`/van-ban/`): b lists them after the merger. */
  movedFolders: ReadonlySet<string>
  /** Absolute URL of a path on b. */
  to: (p: string) => string
}

const isPage = (p: string) => p.endsWith('/')

/**
 * Where each path of a's last release that no document maps to goes: a file (image, document
 * file) to the same path on b, which now shows the content using it; a list of documents that
 * moved to b to the same list on b; anything below a redirected path (later pages of a list, a
 * filter of it) to where that path goes; a path b's portal has too to b's; the rest to b's home.
 */
export function releaseRedirects(input: ReleaseInput): Map<string, string> {
  const out = new Map<string, string>()
  const known = (p: string) => input.redirects.get(p) ?? out.get(p)
  // Shorter paths first: a list is settled before its later pages.
  for (const p of [...input.fromRelease].sort((x, y) => x.split('/').length - y.split('/').length || x.localeCompare(y))) {
    if (known(p)) continue
    if (!isPage(p) && !/\.(xml|txt)$/.test(p)) {
      out.set(p, input.to(p))
      continue
    }
    if (input.movedFolders.has(p)) {
      out.set(p, input.to(p))
      continue
    }
    const ancestor = ancestorsOfPath(p).find((a) => known(a))
    if (ancestor) out.set(p, known(ancestor)!)
    else if (input.intoRelease.has(p)) out.set(p, input.to(p))
    else out.set(p, input.to('/'))
  }
  return out
}

/** Counts for the report of one collection. */
export function collectionCounts(plan: CollectionPlan) {
  const moved = plan.docs.filter((d) => d.action === 'move')
  return {
    moved: moved.length,
    published: moved.filter((d) => d.publication !== 'draft').length,
    pendingDrafts: moved.filter((d) => d.publication === 'published-with-draft').length,
    joined: plan.docs.filter((d) => d.action === 'join').length,
    renamed: moved.filter((d) => d.newSlug !== d.oldSlug).length,
    cleared: moved.filter((d) => d.cleared.length > 0).length,
    redirects: plan.docs.reduce((n, d) => n + d.paths.length, 0),
  }
}

/** a's id → b's id of every joined document, by collection. */
export function joinedMap(plans: readonly CollectionPlan[]): Map<string, Map<string, Id>> {
  const out = new Map<string, Map<string, Id>>()
  for (const plan of plans) {
    const joins = plan.docs.filter((d) => d.action === 'join')
    if (joins.length) out.set(plan.slug, new Map(joins.map((d) => [String(d.id), d.target])))
  }
  return out
}
