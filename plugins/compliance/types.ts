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
  /**
   * The portal list where the documents appear, linked from every page's footer (issue 16): what
   * the dashboard names when it explains why the section counts as reachable.
   */
  list?: { path: string; vi: string; en: string }
}

/** Latest dates per site and section, and per site (last publication), as the database returns them. */
export type ComplianceFacts = {
  sections: Array<{ site: unknown; section: unknown; t: unknown }>
  activity: Array<{ site: unknown; t: unknown }>
  /**
   * Sections the portal's navigation makes reachable whatever it holds (`site: null`: every
   * portal), e.g. the Q&A page every portal builds. Reachable without dated content counts as
   * present but stale.
   */
  reachable?: Array<{ site: unknown; section: string }>
}

/** One document that counted for a section of one portal, as the dashboard names it. */
export type CountedItem = {
  section: string
  /** Its date for the section (ISO), null when it has none. */
  t: string | null
  title: string
  /** What it is: the collection's singular label. */
  kind: { vi: string; en: string }
  /** Shared with the portal by another one (its owner's slug). */
  sharedBy?: string | null
}

/** Why a section counts (or does not) on one portal, in words. */
export type SectionNote = { section: string; vi: string; en: string }

export type ComplianceExplanation = { counted: CountedItem[]; notes: SectionNote[] }

/**
 * A plugin's own computation of sections and activity, for content whose sections are not one
 * collection's documents (news in a tagged category, tagged pages), registered with
 * `contributeToPlatform(config, 'complianceSources', …)`.
 */
export type ComplianceSource = {
  name: string
  load: (payload: Payload, now: Date) => Promise<ComplianceFacts>
  /** For one portal: the newest documents that counted per section, and notes saying what counts. */
  explain?: (payload: Payload, siteId: number | string, now: Date) => Promise<ComplianceExplanation>
}

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
