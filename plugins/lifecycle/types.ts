import type { Doc } from '../portals/types'

/**
 * How a collection's documents move when their portal is merged into another (`npm run site --
 * merge`): every document of a site-scoped collection with this contribution changes site, keeps
 * its publication state (published, draft, published with a pending draft), and the public paths
 * it had (`portal.path`) answer 301 to where it is now.
 */
export type LifecycleContribution = {
  merge: {
    /**
     * The field holding a slug that must be unique within a site: a moved document whose slug the
     * surviving portal uses takes `<slug>-<old portal's slug>` (then `-2`, `-3`…).
     */
    slugField?: string
    /**
     * The identity of a document within a site (a legal document's number and issuer, a
     * procedure's code): a moved document with the same identity as one of the surviving
     * portal's is not duplicated; its paths redirect to the surviving portal's document.
     */
    identity?: (doc: Doc) => string | null
    /**
     * Documents that belong to another document rather than to a site's lists (comments of a
     * consultation, questions of a session) follow it: they move with their site field and need
     * no path of their own. @default false
     */
    dependent?: boolean
  }
}

declare module '../../cms/src/contributions' {
  interface CongCollection {
    /** How the collection's documents follow their portal when it is merged or retired. */
    lifecycle?: LifecycleContribution
  }
}

export type LifecycleOptions = Record<string, never>
