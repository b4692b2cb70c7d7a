/** A collection whose drafts are checked before publishing (ADR 0021). */
export type ChecksContribution = {
  /** The field holding the title. @default `admin.useAsTitle`, else `title` */
  titleField?: string
  /** The field holding the summary (sapo), checked for length; null: none. @default `summary` */
  summaryField?: string | null
}

declare module '../../cms/src/contributions' {
  interface CongCollection {
    /** Drafts are checked before publishing: publishing is refused while a blocking issue remains. */
    checks?: ChecksContribution
  }
}

export type ChecksOptions = Record<string, never>
