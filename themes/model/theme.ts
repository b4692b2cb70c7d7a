import type { Crumb, ViewName, ViewProps } from './views'
import type { ImageRef, Lang, SiteInfo } from './site'

export type * from './views'

/** An Astro component, typed by its props. */
export type View<Props> = (props: Props) => unknown

/** What every view hands its layout: the HTML shell around the page's content. */
export interface LayoutProps {
  site: SiteInfo
  lang: Lang
  /** Root-relative path of this page, for the canonical URL and the current menu item. */
  path: string
  /** Page title without the portal name; omitted on the home pages. */
  title?: string
  description?: string | null
  /** The same content in each language, for `hreflang` and the language switch. */
  alternates?: Partial<Record<Lang, string>>
  breadcrumbs?: Crumb[]
  image?: ImageRef | null
  type?: 'website' | 'article'
  noindex?: boolean
  /** Absolute canonical URL when the content's own page is on another portal. */
  canonical?: string | null
  /** CSS only some views need (dialogues, Q&A), added after the theme's. */
  extraStylesheet?: string
}

/** A theme's layout component. */
export type Layout = View<LayoutProps>

/** Every view receives the theme's layout to render in, so one view serves several themes. */
export type ThemeView<Name extends ViewName> = View<ViewProps[Name] & { Layout: Layout }>

export type ThemeViews = { [Name in ViewName]: ThemeView<Name> }

/**
 * What a theme is: its layout and one view per page type. Routes in `sites/src/pages/` gather the
 * data and hand it to these views; a theme decides markup and styling only.
 */
export interface Theme {
  Layout: Layout
  views: ThemeViews
}

/**
 * What a theme built on another one declares: its own layout, and only the views whose
 * structure really differs. Every other view is the base theme's, rendered in this layout.
 */
export interface ThemeOverrides {
  Layout: Layout
  views?: Partial<ThemeViews>
}

/** A theme that is `base` with these overrides (see `themes/xa/index.ts`). */
export function extendTheme(base: Theme, overrides: ThemeOverrides): Theme {
  return { Layout: overrides.Layout, views: { ...base.views, ...overrides.views } }
}
