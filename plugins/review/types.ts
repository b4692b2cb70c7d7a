/** Review dates of editorial documents (issue 18): what a content type declares. */

/** How a collection's documents are reviewed (`custom.cong.review`); read for every collection with `workflow`. */
export type ReviewContribution = {
  /**
   * Months from creation (and from each review) to the next review, unless the site sets its own
   * interval for the type (*Chu kỳ rà soát* in the site's settings). `null`: no date by default.
   * @default null
   */
  months?: number | null
  /** The portal page shows "Rà soát lần cuối … / lần tới …" (pages, procedures). @default false */
  public?: boolean
}

declare module '../../cms/src/contributions' {
  interface CongCollection {
    /** Default review interval and whether the public page shows the review dates. */
    review?: ReviewContribution
  }
}

export type ReviewOptions = Record<string, never>

/** One document's review state, as the edit view and the API show it. */
export type ReviewState = {
  collection: string
  id: string
  /** The owner; null: the site's editors (biên tập viên của cổng). */
  owner: { id: number | string; name: string } | null
  lastReviewedAt: string | null
  nextReviewAt: string | null
  /** The interval that applies (site setting, else the type's default); null: none. */
  months: number | null
  /** Whole days until the next review (negative: overdue), in Việt Nam's calendar. */
  daysLeft: number | null
  /** People who may own it: the staff of the document's site. */
  candidates: Array<{ id: number | string; name: string }>
  /** The user may change the owner and the date and mark it reviewed. */
  canEdit: boolean
}
