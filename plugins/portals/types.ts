import type { Payload } from 'payload'

import type { Site } from '../../cms/src/contracts/portal'
import type { SiteTree } from '../../cms/src/lib/hierarchy'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = Record<string, any>

export type { ContributedPage } from '../../cms/src/contracts/portal'
import type { ContributedPage } from '../../cms/src/contracts/portal'

export type ImageRef = NonNullable<Site['branding']['logo']>

/** Collects the media files a portal's pages use and describes each image (`build/export.ts`). */
export interface MediaCollector {
  readonly files: Set<string>
  image(media: unknown): ImageRef | null
}

/**
 * A draft to render in place of (or in addition to) the published version, for previews only.
 * Never used for the portals citizens see.
 */
export type PreviewDraft = {
  collection: string
  id: number | string
  /**
   * The draft's data as the editor has it now, not yet saved (live preview), populated like a
   * `depth: 1` read; exporters show it instead of the stored draft for `locale` (default `vi`).
   */
  data?: Doc
  locale?: 'vi' | 'en'
}

/**
 * What several exports in one build run share: the site tree, the names and addresses of other
 * portals, and what each exporter loads once per run. Nothing in it is platform-wide: what a run
 * reads depends on its portals, not on how many portals the platform holds (ADR 0025).
 */
export type ExportContext = {
  /** Every site the run exports, when known: exporters narrow their reads to them. */
  scope?: ReadonlyArray<number | string>
  /** The tree around the sites of the run (`loadSiteTreeAround`): their ancestors and the units below them, not the whole platform. */
  tree?: SiteTree
  siteCache: Map<string, { name: string; baseUrl: string } | null>
  /** Per-run data of the exporters, by key of their choosing. */
  data: Map<string, unknown>
  /**
   * Each exporter's `prepare` of this run, by exporter name: it runs once for all the portals
   * that share the context (a concurrent export waits for the same promise).
   */
  prepared?: Map<string, Promise<void>>
}

/** A part of a site from an exporter, and the files its pages link to under `/tep/` (absolute paths). */
export type ExportPart = Partial<Site> & { attachments?: Iterable<string> }

/** What the portals above a portal show of its documents: the `newest` published, by the date field `by`. */
export type AncestorsShow = { newest: number; by: string }

/** How a collection's documents appear on the portals. */
export type PortalContribution = {
  /**
   * Where a published document is on its own portal (a root-relative path), or null when it has
   * no page of its own. Previews, redirects after a merge and search results use it.
   */
  path?: (doc: Doc) => string | null
  /**
   * Which portals are rebuilt when a document is published, edited while published, unpublished
   * or deleted: its own, those it is shared with (when it has sharing fields) and, with
   * `ancestors`, the portals above it (they list their units' news). With `{ newest, by }` the
   * portals above show only the `newest` published documents of each unit by the date field
   * `by`: they are rebuilt only when the document is, or was before the change, among those of
   * its portal (a correction of an older article changes nothing above). `false`: the
   * collection's own hooks decide. @default {}
   */
  rebuild?: { ancestors?: boolean | AncestorsShow } | false
  /** A simple content type: each published document becomes a page of its portal (generic page view). */
  page?: (doc: Doc) => ContributedPage | null
}

/**
 * A plugin's part of every portal snapshot, registered with `contributeToPlatform(config,
 * 'portalExporters', …)`. The build calls `prepare` once per run (per export context), then `exportSite` for each
 * portal; the returned fields are merged into the site (`vi`/`en` one level deep, `sections` by key).
 */
export type PortalExporter = {
  name: string
  prepare?: (payload: Payload, context: ExportContext) => Promise<void>
  exportSite: (args: { payload: Payload; site: Doc; context: ExportContext; media: MediaCollector; preview?: PreviewDraft }) => Promise<ExportPart>
}

declare module '../../cms/src/contributions' {
  interface CongCollection {
    /** The collection's published documents are part of the portals. */
    portal?: PortalContribution
  }
  interface CongPlatform {
    portalExporters?: PortalExporter[]
  }
}

export type PortalsOptions = Record<string, never>
