import dialogue from './dialogue.css?raw'
import { compactCss } from './index'
import search from './search.css?raw'

/** Added to the stylesheet of the search page only (form controls are the dialogue pages'). */
export const SEARCH_STYLESHEET = compactCss(dialogue, search)
