/**
 * The checks of one document on the server: its parts (through its collection's fields), the
 * targets it points at looked up (pictures in the media library, linked documents, paths of its
 * portal, external addresses when asked), then the rules (`rules.ts`).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { CollectionConfig, CollectionSlug, Payload, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { contributionOf, contributions } from '../../cms/src/contributions'
import { env } from '../../cms/src/config/env'
import { hasField } from '../../cms/src/lib/config'
import { idKindOf, idLooksRight, idOf } from '../../cms/src/lib/ids'
import { DIALOGUE_PATH, QA_PATH, RECEIPT_PATH } from '../../cms/src/contracts/dialogue'
import { SEARCH_PAGE_PATH } from '../../cms/src/contracts/search'
import { CONSULTATIONS_PATH, LEGAL_PATH, PROCEDURES_PATH } from '../../themes/model/legal'
import { feedPath, homePath, newsPath, sitemapPath } from '../../themes/model/urls'
import { portalBaseUrl } from '../portals/build/export'
import { draftParts } from './draft'
import { linkStates } from './external'
import { emptyResolved, evaluate, type Evaluation, type Found, type Resolved, scanDraft } from './rules'

type Doc = Record<string, unknown>

/**
 * Reads inside the transaction of the save being checked (a publish guard's), on a request of
 * their own: the Local API sets its locale on the request it is given (see `plugins/lifecycle`).
 */
type Tx = { transactionID?: PayloadRequest['transactionID'] }
const inTx = (tx: Tx): PayloadRequest | undefined => (tx.transactionID ? ({ transactionID: tx.transactionID } as PayloadRequest) : undefined)

/** Upload collections that describe pictures (they have an `alt` field). */
function mediaCollections(payload: Payload): Set<string> {
  return new Set(payload.config.collections.filter((c) => c.upload && hasField(c.fields, 'alt')).map((c) => c.slug))
}

/** Paths every portal has whatever it holds: home pages, lists, search, feeds, the lists of the mandatory sections. */
function fixedPaths(payload: Payload): Set<string> {
  const lists = contributions(payload, 'compliance').map(({ part }) => part.list?.path).filter((p): p is string => Boolean(p))
  return new Set([homePath('vi'), homePath('en'), newsPath(), feedPath, sitemapPath, SEARCH_PAGE_PATH, DIALOGUE_PATH, QA_PATH, RECEIPT_PATH, LEGAL_PATH, PROCEDURES_PATH, CONSULTATIONS_PATH, ...lists])
}

/** Served by the platform rather than the portal's pages (files, public endpoints): not judged. */
const SERVED_PREFIXES = ['/api/', '/tep/', '/media/']

/** `/a/b` and `/a/b/` are the same page; a page number (`trang/2/`) is its list's. */
function normalisePath(raw: string): string {
  let p = raw.split(/[?#]/)[0] || '/'
  if (!p.startsWith('/')) p = `/${p}`
  if (!/\.[a-z0-9]+$/i.test(p) && !p.endsWith('/')) p = `${p}/`
  return p.replace(/\/{2,}/g, '/').replace(/trang\/\d+\/$/, '')
}

type Site = { id: number | string; slug?: string; domains?: string[] | null }

/** A path opens when the live portal has it, it is a page every portal has, or a published document of the site is there. */
async function pathOpens(payload: Payload, site: Site | null, raw: string, fixed: Set<string>, tx: Tx): Promise<boolean> {
  const p = normalisePath(raw)
  if (fixed.has(p) || SERVED_PREFIXES.some((prefix) => p.startsWith(prefix))) return true
  if (site?.slug) {
    const live = path.join(env().sitesDir, site.slug)
    const file = path.join(live, p)
    if (file.startsWith(live) && (fs.existsSync(path.join(file, 'index.html')) || (fs.existsSync(file) && fs.statSync(file).isFile()))) return true
  }
  const segments = p.split('/').filter(Boolean)
  const slug = segments[segments.length - 1]
  if (!slug) return false
  const wanted = new Set([p, p.replace(/^\/en\//, '/')])
  for (const { slug: collection, part } of contributions(payload, 'portal')) {
    if (!part.path) continue
    const config = payload.collections[collection as CollectionSlug]?.config
    if (!config || !hasField(config.fields, 'slug')) continue
    const where: Doc = { slug: { equals: slug } }
    if (site && hasField(config.fields, 'site')) where.site = { equals: site.id }
    const drafts = Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts)
    if (drafts) where._status = { equals: 'published' }
    const found = await payload.find({ collection: collection as CollectionSlug, where: where as never, depth: 0, limit: 5, pagination: false, overrideAccess: true, draft: false, req: inTx(tx) })
    if (found.docs.some((doc) => wanted.has(part.path!(doc as unknown as Doc) ?? ''))) return true
  }
  return false
}

/** Look up what the found images and links point at. */
export async function resolve(payload: Payload, found: Found, options: { site: Site | null; external: boolean; locale?: string } & Tx): Promise<Resolved> {
  const resolved = emptyResolved()
  const byCollection = new Map<string, Set<string>>()
  for (const image of found.images) {
    if (!image.media || image.inline) continue
    const [collection, id] = [image.media.slice(0, image.media.indexOf(':')), image.media.slice(image.media.indexOf(':') + 1)]
    byCollection.set(collection, (byCollection.get(collection) ?? new Set()).add(id))
  }
  for (const [collection, ids] of byCollection) {
    if (!payload.collections[collection as CollectionSlug]) continue
    const valid = [...ids].filter((id) => idLooksRight(id, idKindOf(payload)))
    const { docs } = valid.length ? await payload.find({ collection: collection as CollectionSlug, where: { id: { in: valid } }, depth: 0, limit: valid.length, pagination: false, overrideAccess: true, locale: options.locale as never, req: inTx(options) }) : { docs: [] }
    const known = new Map(docs.map((d) => [String(d.id), d as unknown as Doc]))
    for (const id of ids) {
      const doc = known.get(id)
      resolved.media.set(`${collection}:${id}`, doc ? { alt: typeof doc.alt === 'string' ? doc.alt : null, filename: typeof doc.filename === 'string' ? doc.filename : null } : null)
    }
  }

  const docs = new Map<string, Set<string>>()
  for (const link of found.links) if (link.target?.kind === 'doc') docs.set(link.target.relationTo, (docs.get(link.target.relationTo) ?? new Set()).add(link.target.id))
  for (const [collection, ids] of docs) {
    const config = payload.collections[collection as CollectionSlug]?.config
    if (!config) {
      for (const id of ids) resolved.docs.set(`${collection}:${id}`, false)
      continue
    }
    const drafts = Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts)
    const valid = [...ids].filter((id) => idLooksRight(id, idKindOf(payload)))
    const { docs: found } = valid.length ? await payload.find({ collection: collection as CollectionSlug, where: { id: { in: valid } }, depth: 0, limit: valid.length, pagination: false, overrideAccess: true, draft: false, req: inTx(options) }) : { docs: [] }
    const open = new Set(found.filter((d) => !drafts || (d as unknown as Doc)._status === 'published').map((d) => String(d.id)))
    for (const id of ids) resolved.docs.set(`${collection}:${id}`, open.has(id))
  }

  const fixed = fixedPaths(payload)
  const paths = new Set<string>()
  for (const link of found.links) if (link.target?.kind === 'path' && link.target.path) paths.add(link.target.path)
  for (const p of paths) resolved.paths.set(p, await pathOpens(payload, options.site, p, fixed, options))

  if (options.external) {
    const urls = found.links.flatMap((l) => (l.target?.kind === 'external' ? [l.target.url] : []))
    if (urls.length) resolved.external = await linkStates(urls)
  }
  return resolved
}

/** The hosts that are the portal itself (links to them are internal). */
function ownHosts(site: Site | null): string[] {
  if (!site?.slug) return []
  const hosts = new Set<string>((site.domains ?? []).map((d) => d.toLowerCase()))
  try {
    const base = new URL(portalBaseUrl({ slug: site.slug, domains: site.domains ?? null }))
    hosts.add(base.host)
    hosts.add(base.hostname)
  } catch {
    /* a pattern that is not a URL: only the domains */
  }
  return [...hosts]
}

export type DocChecks = Evaluation & { blocking: number; warnings: number; durationMs: number }

/**
 * The checks of `doc` (a draft, depth 0, in `locale`) of `collection`. External links are opened
 * only with `external` (the panel; never on publish: they only warn, and must not hold a save).
 */
export async function checkDocument(payload: Payload, collection: SanitizedCollectionConfig | CollectionConfig, doc: Doc, options: { external: boolean; locale?: string } & Tx): Promise<DocChecks> {
  const started = performance.now()
  const part = contributionOf(payload, collection.slug, 'checks') ?? {}
  const titleField = part.titleField === undefined ? (typeof collection.admin?.useAsTitle === 'string' ? collection.admin.useAsTitle : 'title') : part.titleField
  const summaryField = part.summaryField === undefined ? (hasField(collection.fields, 'summary') ? 'summary' : null) : part.summaryField
  const parts = {
    ...draftParts(collection.fields, doc, { titleField, summaryField, mediaCollections: mediaCollections(payload), links: new Set(part.links ?? []) }),
    titleMax: part.titleMax,
    summaryMax: part.summaryMax,
    readability: part.readability,
  }
  const siteId = idOf(doc.site as never)
  const site = siteId === null ? null : ((await payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, disableErrors: true, select: { slug: true, domains: true } as never, req: inTx(options) })) as Site | null)
  const portal = contributionOf(payload, collection.slug, 'portal')
  const ownPath = portal?.path && typeof doc.slug === 'string' ? portal.path(doc) : null
  const found = scanDraft(parts, { ownHosts: ownHosts(site), ownPath })
  const resolved = await resolve(payload, found, { site, external: options.external, locale: options.locale, transactionID: options.transactionID })
  const result = evaluate(parts, found, resolved)
  return {
    ...result,
    blocking: result.issues.filter((i) => i.severity === 'blocking').length,
    warnings: result.issues.filter((i) => i.severity === 'warning').length,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
  }
}
