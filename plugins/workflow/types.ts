import type { CollectionConfig, PayloadRequest } from 'payload'

import type { Bilingual } from '../../cms/src/admin/text'

/** A collection that follows the editorial workflow (its documents are versioned with drafts). */
export type WorkflowContribution = {
  /** What one document is called in "Việc của tôi". @default the collection's singular label */
  label?: Bilingual
  /** The field shown as the document's title. @default `admin.useAsTitle`, else `title` */
  titleField?: string
  /** Editors can make an expiring link that shows the draft as its portal would. @default false */
  preview?: boolean
}

/**
 * A check a plugin runs on every publish of a document following the workflow (approve through
 * the workflow endpoint, a REST or admin save with `_status: 'published'`, a scheduled publish),
 * after the workflow's own permission checks: it refuses by throwing an `APIError` (4xx), whose
 * `data` the workflow endpoint passes on. Registered with `contributeToPlatform(config,
 * 'publishGuards', …)`; drafts are never guarded.
 */
export type PublishGuard = (args: {
  collection: CollectionConfig
  /** The document as it will be published: the stored draft with this save's data on top. */
  doc: Record<string, unknown>
  operation: 'create' | 'update'
  req: PayloadRequest
}) => Promise<void> | void

declare module '../../cms/src/contributions' {
  interface CongCollection {
    /** The collection follows the editorial workflow: state, transitions, history, "Việc của tôi", scheduling. */
    workflow?: WorkflowContribution
  }
  interface CongPlatform {
    publishGuards?: PublishGuard[]
  }
}

export type WorkflowOptions = Record<string, never>
