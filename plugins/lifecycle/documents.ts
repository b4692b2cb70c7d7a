/**
 * Reading and moving the documents of one contributed collection in a merger: the plan's input
 * (a's and b's documents, their publication states and alternate-locale versions) and the move
 * of one document from a to b with its publication state kept.
 */
import { type CollectionSlug, type Payload, type SanitizedCollectionConfig, ValidationError } from 'payload'

import { contributionOf } from '../../cms/src/contributions'
import { hasField } from '../../cms/src/lib/config'
import { idOf } from '../../cms/src/lib/ids'
import { SITE_MOVE } from '../site-scoping/types'
import { linkFieldNames, localizedFieldNames, type Rewrite } from './links'
import { planCollection } from './plan'
import type { CollectionPlan, Id, MergeContribution, PlannedDoc, PlannedSite, Publication } from './types'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** Saves of a merger: no user, no per-document builds or nginx maps (the merger does both once). */
export const own = () => ({ overrideAccess: true, depth: 0, context: { skipBuild: true, skipRedirectMaps: true, [SITE_MOVE]: true } }) as const

/** A collection's plural label in the default language. */
export function labelOf(config: SanitizedCollectionConfig): string {
  const plural = config.labels?.plural as unknown
  if (typeof plural === 'string') return plural
  if (plural && typeof plural === 'object' && typeof (plural as Record<string, unknown>).vi === 'string') return (plural as Record<string, string>).vi!
  return config.slug
}

export const isVersioned = (config: SanitizedCollectionConfig) => Boolean(config.versions && config.versions.drafts)

/** The publication state of each versioned document: main table and latest version. */
export async function publicationOf(payload: Payload, collection: string, docs: readonly Doc[]): Promise<Map<string, Publication>> {
  const states = new Map<string, Publication>()
  for (let i = 0; i < docs.length; i += 500) {
    const slice = docs.slice(i, i + 500)
    const latest = await payload.findVersions({
      collection: collection as CollectionSlug,
      where: { and: [{ parent: { in: slice.map((d) => d.id) } }, { latest: { equals: true } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { parent: true, version: { _status: true } } as never,
    })
    const latestDraft = new Set(latest.docs.filter((v) => (v.version as Doc)?._status === 'draft').map((v) => String(idOf(v.parent))))
    for (const d of slice) {
      const published = d._status === 'published'
      states.set(String(d.id), published ? (latestDraft.has(String(d.id)) ? 'published-with-draft' : 'published') : 'draft')
    }
  }
  return states
}

/**
 * A site's documents for the plan, without their rich text and blocks (a province may hold tens of
 * thousands of articles): identities, slugs and paths come from plain fields, and each moved
 * document is read again in full when it moves.
 */
const listOf = (payload: Payload, collection: string, site: Id, locale: string) => {
  const heavy = linkFieldNames(payload.collections[collection as CollectionSlug].config.fields)
  return payload
    .find({
      collection: collection as CollectionSlug,
      where: { site: { equals: site } },
      pagination: false,
      depth: 0,
      locale: locale as 'vi',
      fallbackLocale: false as never,
      sort: 'id',
      overrideAccess: true,
      ...(heavy.length ? { select: Object.fromEntries(heavy.map((name) => [name, false])) as never } : {}),
    })
    .then((r) => r.docs as Doc[])
}

/** Read what the plan of one collection needs and plan it. */
export async function planContributed(payload: Payload, slug: string, contribution: MergeContribution, from: PlannedSite, into: PlannedSite): Promise<CollectionPlan> {
  const config = payload.collections[slug as CollectionSlug].config
  const defaultLocale = payload.config.localization ? payload.config.localization.defaultLocale : 'vi'
  const [docsA, docsB] = await Promise.all([listOf(payload, slug, from.id, defaultLocale), listOf(payload, slug, into.id, defaultLocale)])
  const alternatesA = new Map<string, Map<string, Doc>>()
  const alternatesB = new Map<string, Map<string, Doc>>()
  for (const alt of contribution.alternates ?? []) {
    const [a, b] = await Promise.all([listOf(payload, slug, from.id, alt.locale), contribution.identity ? listOf(payload, slug, into.id, alt.locale) : Promise.resolve([])])
    alternatesA.set(alt.locale, new Map(a.map((d) => [String(d.id), d])))
    alternatesB.set(alt.locale, new Map(b.map((d) => [String(d.id), d])))
  }
  const versioned = isVersioned(config)
  return planCollection({
    slug,
    label: labelOf(config),
    versioned,
    sharing: hasField(config.fields, 'sharedWith'),
    contribution,
    path: contributionOf(payload, slug, 'portal')?.path ?? null,
    titleField: config.admin?.useAsTitle ?? 'id',
    fromSlug: from.slug,
    docsA,
    docsB,
    alternatesA,
    alternatesB,
    publication: versioned ? await publicationOf(payload, slug, docsA) : undefined,
  })
}

/** How a document was saved: null when nothing needed to change. */
export type Saved = 'saved' | 'saved-incomplete-draft' | null

const strip = (d: Doc) => {
  const { id: _id, createdAt: _c, updatedAt: _u, _status: _s, ...rest } = d
  return rest
}

const hasContent = (doc: Doc | null, names: readonly string[]) => Boolean(doc && names.some((n) => doc[n] !== null && doc[n] !== undefined && doc[n] !== ''))

function pick(doc: Doc, names: readonly string[]): Doc {
  return Object.fromEntries(names.filter((n) => n in doc).map((n) => [n, doc[n]]))
}

/** The change of one version of a document in one locale (the default locale's may touch any field, the others' only localised ones). */
export type PatchFor = (doc: Doc, locale: string, isDefault: boolean) => Record<string, unknown>

/**
 * Change a document without changing what is public or pending:
 * - published (latest version published): one save per locale, it stays published;
 * - draft only (never published): saved as a draft, in the main table too;
 * - published with a newer draft: the published content is saved first (every locale), then the
 *   pending draft again on top, so neither is published nor lost (the workflow history then
 *   shows the save as a publication by the platform).
 * A draft that fails validation (drafts are saved without it, so it may be unfinished) is saved
 * as a new draft version, and its main-table row gets the `mainTable` fields through the
 * database adapter.
 */
export async function saveKeepingPublication(
  payload: Payload,
  plan: Pick<CollectionPlan, 'slug' | 'versioned'>,
  id: Id,
  publication: Publication,
  patchFor: PatchFor,
  mainTable: Record<string, unknown> = {},
): Promise<Saved> {
  const collection = plan.slug as CollectionSlug
  const config = payload.collections[collection].config
  const localization = payload.config.localization
  const defaultLocale = localization ? localization.defaultLocale : 'vi'
  const localized = localizedFieldNames(config.fields)
  const otherLocales = localization && localized.length ? localization.localeCodes.filter((l) => l !== defaultLocale) : []
  const update = (locale: string, draft: boolean, patch: Record<string, unknown>) =>
    payload.update({ collection, id, locale: locale as 'vi', draft, data: patch as never, ...own() })
  const read = (draft: boolean, locale: string) =>
    payload.findByID({ collection, id, draft, locale: locale as 'vi', fallbackLocale: false as never, depth: 0, overrideAccess: true }) as Promise<Doc>
  const nonEmpty = (patch: Record<string, unknown>) => Object.keys(patch).length > 0

  if (plan.versioned && publication === 'published-with-draft') {
    const live = await read(false, defaultLocale)
    const pending = await read(true, defaultLocale)
    const liveOther = await Promise.all(otherLocales.map(async (l) => [l, await read(false, l)] as const))
    const pendingOther = await Promise.all(otherLocales.map(async (l) => [l, await read(true, l)] as const))
    const livePatch = patchFor(live, defaultLocale, true)
    const pendingPatch = patchFor(pending, defaultLocale, true)
    const otherPatches = [...liveOther, ...pendingOther].map(([l, doc]) => (hasContent(doc, localized) ? patchFor(doc, l, false) : {}))
    if (!nonEmpty(livePatch) && !nonEmpty(pendingPatch) && !otherPatches.some(nonEmpty)) return null
    await update(defaultLocale, false, { ...strip(live), ...livePatch, _status: 'published' })
    // The save above took the other locales from the pending draft: put the live ones back.
    for (const [locale, doc] of liveOther) {
      if (hasContent(doc, localized)) await update(locale, false, { ...pick(doc, localized), ...patchFor(doc, locale, false), _status: 'published' })
    }
    await update(defaultLocale, true, { ...strip(pending), ...pendingPatch })
    for (const [locale, doc] of pendingOther) {
      if (hasContent(doc, localized)) await update(locale, true, { ...pick(doc, localized), ...patchFor(doc, locale, false) })
    }
    return 'saved'
  }

  // A published document keeps its status from the latest (published) version: naming it
  // would count as a new approval in the workflow history. A draft stays a draft.
  const status = plan.versioned && publication === 'draft' ? { _status: 'draft' } : {}
  const latest = await read(plan.versioned, defaultLocale)
  const first = patchFor(latest, defaultLocale, true)
  let saved: Saved = null
  if (nonEmpty(first)) {
    saved = 'saved'
    try {
      await update(defaultLocale, false, { ...first, ...status })
    } catch (error) {
      if (!plan.versioned || publication !== 'draft' || !(error instanceof ValidationError)) throw error
      await update(defaultLocale, true, first)
      if (nonEmpty(mainTable)) await payload.db.updateOne({ collection, id, data: mainTable as never })
      saved = 'saved-incomplete-draft'
    }
  }
  for (const locale of otherLocales) {
    const doc = await read(plan.versioned, locale)
    const patch = hasContent(doc, localized) ? patchFor(doc, locale, false) : {}
    if (!nonEmpty(patch)) continue
    await update(locale, saved === 'saved-incomplete-draft', { ...patch, ...status })
    saved ??= 'saved'
  }
  return saved
}

export type MoveContext = {
  payload: Payload
  plan: CollectionPlan
  contribution: MergeContribution
  into: Id
  /** Appended to the `retitle` field, by locale. */
  suffix: (locale: string) => string
  /** Changes every version of a moved document needs (links, references, sharing). */
  rewrite: Rewrite
}

/** Move one document to b (site, free slug, cleared site-unique fields, title suffix, rewritten links and references). */
export async function moveDocument(ctx: MoveContext, d: PlannedDoc): Promise<Saved> {
  const { contribution } = ctx
  const config = ctx.payload.collections[ctx.plan.slug as CollectionSlug].config
  const localized = localizedFieldNames(config.fields)
  const data: Record<string, unknown> = {
    site: ctx.into,
    ...(contribution.slugField && d.newSlug !== null ? { [contribution.slugField]: d.newSlug } : {}),
    ...Object.fromEntries(d.cleared.map((f) => [f, null])),
  }
  const retitle = (doc: Doc, locale: string) => {
    const field = contribution.retitle
    return d.retitle && field && typeof doc[field] === 'string' && doc[field] ? { [field]: `${doc[field]}${ctx.suffix(locale)}` } : {}
  }
  const localizedTitle = Boolean(contribution.retitle && localized.includes(contribution.retitle))
  return saveKeepingPublication(
    ctx.payload,
    ctx.plan,
    d.id,
    d.publication,
    (doc, locale, isDefault) =>
      isDefault ? { ...ctx.rewrite(doc), ...data, ...retitle(doc, locale) } : { ...pick(ctx.rewrite(doc), localized), ...(localizedTitle ? retitle(doc, locale) : {}) },
    data,
  )
}
