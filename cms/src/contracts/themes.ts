/**
 * The portal themes editors can choose from (the `theme` field of a site). The registry in
 * `themes/index.ts` is typed by these names, so a theme listed here and not registered there
 * fails the type check.
 */
export const THEME_OPTIONS = [
  { value: 'default', label: { vi: 'Mặc định (bộ, tỉnh, sở)', en: 'Default (ministry, province, department)' } },
  { value: 'xa', label: { vi: 'Xã, phường (gọn nhẹ)', en: 'Commune (light)' } },
] as const

export type ThemeName = (typeof THEME_OPTIONS)[number]['value']

export const THEME_NAMES: readonly ThemeName[] = THEME_OPTIONS.map((option) => option.value)
