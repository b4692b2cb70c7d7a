import type { Payload, PayloadRequest, Where } from 'payload'

import type { Bilingual } from '../../cms/src/admin/text'
import type { Doc } from '../portals/types'
import type { SearchDocument } from './port'

/** The site of a document as the index needs it. */
export type SiteRef = { id: number | string; slug: string; name: string; status?: string | null }

/** An index entry as a mapper returns it (the sync adds `shownOn` for shared documents). */
export type IndexEntry = Omit<SearchDocument, 'shownOn'>

/** What a mapper may use besides the document: reads (cached for the sync run). */
export type SearchMapContext = { payload: Payload; req?: PayloadRequest; cache: Map<string, unknown> }

/**
 * A searchable collection: the type its documents carry in the index, its label in the portal's
 * type facet, and the mapper from a stored document (as the public may read it) to what the
 * index holds, or null when it must not be there (not public, site not active).
 */
export type SearchContribution = {
  /** Index type, e.g. `news`, `legal` (lowercase letters and `-`). */
  type: string
  label: Bilingual
  toDocument: (doc: Doc, site: SiteRef, context: SearchMapContext) => IndexEntry | null | Promise<IndexEntry | null>
  /**
   * For collections without drafts: whether a document is visible to readers now (a sync is
   * queued when it is or was). Versioned collections use their publication state.
   */
  visible?: (doc: Doc) => boolean
  /** Which of a site's documents a full sync reads, besides the site (e.g. only answered questions). */
  where?: Where
  /** Read the document without access control (its mapper is an allow-list of public fields). @default false */
  readAsSystem?: boolean
}

declare module '../../cms/src/contributions' {
  interface CongCollection {
    /** The collection's documents are found by search. */
    search?: SearchContribution
  }
}

export type SearchOptions = Record<string, never>
