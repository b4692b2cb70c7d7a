import legal from './legal.css?raw'
import { DIALOGUE_STYLESHEET } from './dialogue'
import { compactCss } from './index'

/**
 * Added to the stylesheet of the legal-document, procedure and consultation pages only: the
 * dialogue sheet brings the form fields, notices and badges, this one tables and validity.
 */
export const LEGAL_STYLESHEET = DIALOGUE_STYLESHEET + '\n' + compactCss(legal)
