/**
 * What the footer of every page links to: the mandatory sections the portal has (Nghị định
 * 42/2022), then every other public section it holds (its directory), so a citizen can reach each
 * list page the portal builds from any page, with or without JavaScript.
 */
import { sectionByKey } from '../../cms/src/contracts/sections'
import type { Lang, SiteInfo } from './site'
import { categoryPath, pagePath } from './urls'

export interface FooterLink {
  label: string
  href: string
  /** Language of the label when it differs from the page's. */
  lang?: Lang
  /** Language of the target when it differs from the page's. */
  hreflang?: Lang
}

/** The mandatory sections the portal has; English pages list the ones that exist in English. */
export function mandatorySectionLinks(site: SiteInfo, lang: Lang): FooterLink[] {
  return site.sections.flatMap((section) => {
    const entry = sectionByKey(section.key)
    if (!entry) return []
    if (lang === 'en') return section.english ? [{ label: entry.en, href: pagePath(section.slug, 'en') }] : []
    return [{ label: entry.vi, href: section.kind === 'page' ? pagePath(section.slug) : categoryPath(section.slug) }]
  })
}

/** The portal's other sections, without those the mandatory links already lead to. */
export function directoryLinks(site: SiteInfo, lang: Lang): FooterLink[] {
  const listed = new Set(mandatorySectionLinks(site, lang).map((link) => link.href))
  return site.directory.flatMap((section): FooterLink[] => {
    if (listed.has(section.href)) return []
    if (section.key === 'english') return lang === 'en' ? [] : [{ label: section.en, href: section.href, lang: 'en' as const, hreflang: 'en' as const }]
    return [{ label: lang === 'en' ? section.en : section.vi, href: section.href, ...(lang === 'en' ? { hreflang: 'vi' as const } : {}) }]
  })
}
