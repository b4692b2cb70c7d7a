import { compactCss, sharedCss } from '../../default/styles/index'
import xa from './xa.css?raw'

/** Background of the commune theme's panels (see `--surface` in xa.css). */
export const XA_SURFACE = '#f4f5f6'

/** Default tokens, base rules, display preferences and print, with a smaller layout between. */
export const XA_STYLESHEET = compactCss(sharedCss.tokens, sharedCss.base, xa, sharedCss.alerts, sharedCss.preferences, sharedCss.print)
