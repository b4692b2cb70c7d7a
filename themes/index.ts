import defaultTheme from './default/index'
import type { Theme } from './types'

export type { Theme } from './types'

/**
 * Theme registry, keyed by the `theme` field of a site in the snapshot. To add a theme, create
 * `themes/<name>/index.ts` exporting a `Theme` (reuse `default`'s components where they fit) and
 * register it here.
 */
const themes: Readonly<Record<string, Theme>> = {
  default: defaultTheme,
}

export const DEFAULT_THEME = 'default'

/** Unknown names fall back to the default theme so a typo in the CMS never breaks a portal. */
export function themeFor(name: string | null | undefined): Theme {
  return (name ? themes[name] : undefined) ?? themes[DEFAULT_THEME]!
}
