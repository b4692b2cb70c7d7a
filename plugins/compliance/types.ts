import type { Where } from 'payload'

/**
 * Which mandatory sections (`contracts/sections.ts`) a collection's published documents fulfil on
 * the compliance dashboard: present when the site has one, as fresh as the newest `dateField`.
 */
export type ComplianceContribution = {
  sections: readonly string[]
  /** The date that tells how fresh the section is. @default 'updatedAt' */
  dateField?: string
  /** Only documents that also match this (besides being published when versioned). */
  where?: Where
  /** Documents other portals share with the site count for it too (sharing fields). @default false */
  shared?: boolean
}

declare module '../../cms/src/contributions' {
  interface CongCollection {
    /** The collection's documents fulfil mandatory sections of the portals. */
    compliance?: ComplianceContribution
  }
}

export type ComplianceOptions = Record<string, never>
