/**
 * What `checkRelease` stores on a build (`builds.checks`) and the labels of its rules. No Node
 * imports: the admin's client components read it too.
 */

export const A11Y_RULES = {
  'html-lang': { vi: 'Thẻ <html> không có thuộc tính lang', en: '<html> has no lang attribute' },
  'document-title': { vi: 'Trang không có tiêu đề <title>', en: 'Missing or empty <title>' },
  'image-alt': { vi: 'Ảnh không có văn bản thay thế (alt)', en: 'Image without alt text' },
  'single-h1': { vi: 'Trang không có đúng một tiêu đề <h1>', en: 'Page does not have exactly one <h1>' },
  'heading-order': { vi: 'Cấp tiêu đề bị nhảy cóc (ví dụ h2 → h4)', en: 'Heading levels skip (e.g. h2 → h4)' },
  'link-name': { vi: 'Liên kết không có văn bản mô tả', en: 'Link without accessible text' },
  'form-label': { vi: 'Ô nhập liệu không có nhãn', en: 'Form control without a label' },
  'duplicate-id': { vi: 'Thuộc tính id bị trùng trong trang', en: 'Duplicate id on a page' },
} as const satisfies Record<string, { vi: string; en: string }>

export type A11yRuleId = keyof typeof A11Y_RULES
export const A11Y_RULE_IDS = Object.keys(A11Y_RULES) as A11yRuleId[]

/** Examples kept per rule and broken targets kept in all; counts are always complete. */
export const MAX_EXAMPLES = 20
export const MAX_BROKEN_EXAMPLES = 50

export type CheckExample = { page: string; detail: string }
export type A11yRuleResult = { rule: A11yRuleId; count: number; pages: number; examples: CheckExample[] }
/** One missing target, the first page that links to it and how many pages do. */
export type BrokenLink = { target: string; page: string; pages: number }

export type ReleaseChecks = {
  /** Shape of this object, for readers of stored results. */
  version: 1
  checkedAt: string
  durationMs: number
  /** HTML files checked (every page, the 404 page included). */
  pages: number
  links: {
    /** Internal references looked at (each distinct target once per page). */
    checked: number
    /** References to nothing in the release, counted once per page and target. */
    broken: number
    /** Distinct missing targets. */
    brokenTargets: number
    /** The most linked missing targets first. */
    examples: BrokenLink[]
  }
  a11y: {
    /** Total of every rule's count. */
    issues: number
    pagesWithIssues: number
    /** Every rule, in the order of `A11Y_RULES`, also those with no issue. */
    rules: A11yRuleResult[]
  }
}

