import type { ThemeName } from '../cms/src/contracts/themes'
import defaultTheme from './default/index'
import type { Theme } from './model/theme'
import xaTheme from './xa/index'

export type { Theme } from './model/theme'

/**
 * Theme registry, keyed by the `theme` field of a site in the snapshot. To add a theme, create
 * `themes/<name>/index.ts` exporting a `Theme` (reuse `default`'s components where they fit),
 * list its name in `cms/src/contracts/themes.ts` (the CMS's choices) and register it here; the
 * type check fails until both agree.
 */
const themes: Readonly<Record<ThemeName, Theme>> = {
  default: defaultTheme,
  xa: xaTheme,
}

export const DEFAULT_THEME: ThemeName = 'default'

/** Unknown names fall back to the default theme so a typo in the CMS never breaks a portal. */
export function themeFor(name: string | null | undefined): Theme {
  return (name && Object.hasOwn(themes, name) ? themes[name as ThemeName] : undefined) ?? themes[DEFAULT_THEME]
}
