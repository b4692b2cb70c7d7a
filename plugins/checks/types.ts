/**
 * A collection whose drafts are checked before publishing (ADR 0021). Rich-text fields and
 * upload fields to pictures are found through the collection's fields; the rest is declared here.
 */
export type ChecksContribution = {
  /** The field holding the title, checked for length; null: none (an identifier such as a legal number). @default `admin.useAsTitle`, else `title` */
  titleField?: string | null
  /** Longest title that does not warn, in characters. @default 100 (TITLE_MAX) */
  titleMax?: number
  /** The field holding the summary (sapo), checked for length; null: none. @default `summary` when the collection has it */
  summaryField?: string | null
  /** Longest summary that does not warn, in characters. @default 300 (SUMMARY_MAX) */
  summaryMax?: number
  /**
   * Plain text fields holding one web address each, checked as links (internal ones blocking,
   * external ones warning); inside groups and arrays by their dotted path without row numbers
   * (`relations.url`).
   */
  links?: readonly string[]
  /** Whether a hard readability figure warns. false for texts reproduced verbatim (a legal document's full text). @default true */
  readability?: boolean
}

declare module '../../cms/src/contributions' {
  interface CongCollection {
    /** Drafts are checked before publishing: publishing is refused while a blocking issue remains. */
    checks?: ChecksContribution
  }
}

export type ChecksOptions = Record<string, never>
