import type { Payload } from 'payload'

/**
 * Which mandatory sections (`contracts/sections.ts`) a collection's documents fulfil on the
 * compliance dashboard: present when the site has one that is published (versioned
 * collections) and matches `filter`, as fresh as the newest `dateField`.
 */
export type ComplianceContribution = {
  sections: readonly string[]
  /** The date that tells how fresh the section is (a dotted path into groups). @default 'updatedAt' */
  dateField?: string
  /** Used where `dateField` is empty. */
  fallbackDateField?: string
  /** Only documents whose fields equal these values (e.g. `{ state: 'answered' }`). */
  filter?: Record<string, string>
  /**
   * Documents other portals share with the site (listed, or shared down by a portal above it)
   * count for it too, like the portal shows them. @default false
   */
  shared?: boolean
}

/** Latest dates per site and section, and per site (last publication), as the database returns them. */
export type ComplianceFacts = {
  sections: Array<{ site: unknown; section: unknown; t: unknown }>
  activity: Array<{ site: unknown; t: unknown }>
}

/**
 * A plugin's own computation of sections and activity, for content whose sections are not one
 * collection's documents (news in a tagged category, tagged pages), registered with
 * `contributeToPlatform(config, 'complianceSources', …)`.
 */
export type ComplianceSource = { name: string; load: (payload: Payload, now: Date) => Promise<ComplianceFacts> }

declare module '../../cms/src/contributions' {
  interface CongCollection {
    /** The collection's documents fulfil mandatory sections of the portals. */
    compliance?: ComplianceContribution
  }
  interface CongPlatform {
    complianceSources?: ComplianceSource[]
  }
}

export type ComplianceOptions = Record<string, never>
