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

declare module '../../cms/src/contributions' {
  interface CongCollection {
    /** The collection follows the editorial workflow: state, transitions, history, "Việc của tôi", scheduling. */
    workflow?: WorkflowContribution
  }
}

export type WorkflowOptions = Record<string, never>
