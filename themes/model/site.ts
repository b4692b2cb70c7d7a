/**
 * The content a portal page shows, as the themes receive it: the contract's types (what the CMS
 * exports) and the portal without its content lists, which every page's chrome needs.
 */
import type { Site } from '../../cms/src/contracts/portal'

export type { Article, Block, Category, ImageRef, NavItem, Page, Site } from '../../cms/src/contracts/portal'

/** The public sections a portal can hold, each a list page the portal builds. */
export const PORTAL_SECTIONS = ['news', 'legal', 'procedures', 'consultations', 'qa', 'dialogues', 'english'] as const
export type PortalSectionKey = (typeof PORTAL_SECTIONS)[number]

/** One section a portal holds, as its menus link it. */
export interface PortalSection {
  key: PortalSectionKey
  href: string
  vi: string
  en: string
}

/**
 * A portal without its content lists: what the chrome (header, footer, head) needs, with the
 * sections it holds (`directory`), so every page can lead to each of them.
 */
export type SiteInfo = Omit<Site, 'pages' | 'categories' | 'news' | 'dialogues' | 'qa' | 'legalDocuments' | 'otherPortals' | 'procedures' | 'consultations' | 'reviews' | 'changeNotes' | 'takedowns'> & {
  directory: PortalSection[]
}

export type Lang = 'vi' | 'en'
