/**
 * The content a portal page shows, as the themes receive it: the contract's types (what the CMS
 * exports) and the portal without its content lists, which every page's chrome needs.
 */
import type { Site } from '../../cms/src/contracts/portal'

export type { Article, Block, Category, ImageRef, NavItem, Page, Site } from '../../cms/src/contracts/portal'

/** A portal without its content lists: what the chrome (header, footer, head) needs. */
export type SiteInfo = Omit<Site, 'pages' | 'categories' | 'news' | 'dialogues' | 'qa' | 'legalDocuments' | 'otherPortals' | 'procedures' | 'consultations'>

export type Lang = 'vi' | 'en'
