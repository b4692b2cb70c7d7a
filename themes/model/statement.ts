/**
 * What the accessibility statement says about the portal's own release (issue 18): the figures of
 * the release checks the build ran on it (`plugins/portals/checks`), handed to the theme after the
 * checks, so the statement always describes the release it is part of.
 */
import type { Lang, SiteInfo } from './site'

export interface StatementRule {
  rule: string
  vi: string
  en: string
  /** Occurrences, and pages with at least one. */
  count: number
  pages: number
}

export interface StatementFindings {
  /** When the checks ran (ISO): the statement's "date of the check". */
  checkedAt: string
  /** Pages checked. */
  pages: number
  /** Links to nothing in the release (per page and target), and distinct missing targets. */
  brokenLinks: number
  brokenTargets: number
  /** Static accessibility issues in all, and pages with at least one. */
  issues: number
  pagesWithIssues: number
  /** The rules with at least one issue, most frequent first. */
  rules: StatementRule[]
}

export interface AccessibilityStatementViewProps {
  site: SiteInfo
  lang: Lang
  /** Null when the build ran without checks (then the statement says so). */
  findings: StatementFindings | null
}
