import type { Payload } from 'payload'

import type { Doc } from '../portals/types'

/**
 * How a collection's documents follow their portal when it is merged into another (`npm run site
 * -- merge`, ADR 0018). Every document of a site-scoped collection with this contribution moves
 * from the absorbed portal a to the surviving portal b, keeps its publication state (published,
 * draft, published with a pending draft), and every public path it had (`portal.path`, plus the
 * `alternates`) answers 301 with its URL on b. Collections without it stay with the archived
 * site (menus, invitations); the dry run lists them.
 */
export type MergeContribution = {
  /**
   * The field holding a slug that must be unique within a site: a moved document whose slug b
   * uses takes `<slug>-<a's slug>` (then `-2`, `-3`…).
   */
  slugField?: string
  /**
   * What makes two documents the same one (a legal document's number and issuer, a procedure's
   * code, a category's slug or mandatory section); several keys match on any of them. A document
   * of a with the identity of one of b's is not duplicated: it stays on the archived site (its
   * sharing handed to b's copy, so it is shown nowhere), references to it from moved documents
   * point at b's copy, and its public paths redirect to b's copy.
   */
  identity?: (doc: Doc) => string | ReadonlyArray<string | null | undefined> | null | undefined
  /**
   * The relationship field naming the document this one belongs to (a comment's consultation, a
   * question's session). Such documents have no page of their own; they move after their parents
   * (whose hooks may derive their site) and follow a parent that was joined with b's copy.
   */
  dependsOn?: string
  /**
   * Fields that at most one document of a site may hold a given value of (a page's mandatory
   * section): cleared on a moved document when b already has a document with that value.
   */
  siteUnique?: readonly string[]
  /**
   * A field (localised or not) that gets " (<a's name>)" appended on a moved document that was
   * renamed or lost a `siteUnique` value, so that editors of b can tell the two apart.
   */
  retitle?: string
  /**
   * Further public paths of a document: its version in another locale. `path` gets the document
   * read in that locale without fallback and returns null when it has no such version.
   */
  alternates?: ReadonlyArray<{ locale: string; path: (doc: Doc) => string | null }>
}

export type LifecycleContribution = {
  merge: MergeContribution
}

/** What a merger does to one document. */
export type Publication = 'published' | 'draft' | 'published-with-draft'

export type PlannedDoc = {
  id: Id
  title: string
  publication: Publication
  /** `move`: the document changes site; `join`: b has the same one (`target`), a's copy stays. */
  action: 'move' | 'join'
  /** b's document for a join, the document itself for a move. */
  target: Id
  oldSlug: string | null
  newSlug: string | null
  /** `siteUnique` fields cleared because b already holds their value. */
  cleared: string[]
  retitle: boolean
  /** Public paths on a → paths on b (root-relative). */
  paths: Array<[string, string]>
  /** The document as read for the plan (main table, default locale, depth 0). */
  doc: Doc
}

export type CollectionPlan = {
  slug: string
  label: string
  versioned: boolean
  /** The collection has the sharing fields of site scoping (`sharedWith`). */
  sharing: boolean
  dependsOn: string | null
  docs: PlannedDoc[]
}

export type Id = number | string

export type PlannedSite = { id: Id; slug: string; name: string; nameEn: string | null; level: string; domains: string[]; baseUrl: string; url: string }

/**
 * A part of a merger that is not one collection's documents (the content plugin adds a link to
 * a's former introduction in b's footer), registered with `contributeToPlatform(config,
 * 'mergeSteps', …)`. `plan` runs for the dry run too and must not write; `apply` runs once the
 * documents have moved and returns a line for the summary, or null when there was nothing to do.
 */
export type MergeStep = {
  name: string
  plan: (args: { payload: Payload; from: PlannedSite; into: PlannedSite & { english: boolean }; collections: readonly CollectionPlan[] }) => Promise<PlannedStep | null>
}

export type PlannedStep = { name: string; describe: string[]; apply: (payload: Payload) => Promise<string | null> }

declare module '../../cms/src/contributions' {
  interface CongCollection {
    /** How the collection's documents follow their portal when it is merged into another. */
    lifecycle?: LifecycleContribution
  }
  interface CongPlatform {
    mergeSteps?: MergeStep[]
  }
}

export type LifecycleOptions = Record<string, never>
