import dialogue from './dialogue.css?raw'
import { compactCss } from './index'

/** Added to the stylesheet of the dialogue and Q&A pages only. */
export const DIALOGUE_STYLESHEET = compactCss(dialogue)
