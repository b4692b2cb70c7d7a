import alerts from './alerts.css?raw'
import base from './base.css?raw'
import components from './components.css?raw'
import layout from './layout.css?raw'
import preferences from './preferences.css?raw'
import print from './print.css?raw'
import tokens from './tokens.css?raw'

/*
 * Stylesheets are imported as text and inlined by the layout, rather than imported as CSS:
 * every theme is reachable from every route (the registry imports them all), so Astro's CSS
 * bundling would give each page the CSS of every theme. Inlined text is exactly the chosen
 * theme's, and each portal folder stays self-contained on its own host.
 */

/** Comments and indentation cost bytes on every page; nothing in our CSS depends on them. */
export function compactCss(...sheets: string[]): string {
  return sheets
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s+/gm, '')
    .replace(/\n{2,}/g, '\n')
}

/** The parts other themes reuse: tokens, base rules, display preferences and print. */
export const sharedCss = { tokens, base, alerts, preferences, print }

export const DEFAULT_STYLESHEET = compactCss(tokens, base, layout, components, alerts, preferences, print)
