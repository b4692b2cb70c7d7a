/**
 * Online dialogues and Q&A: sessions, citizens' questions, the moderator console and its
 * navigation link, and the Q&A console endpoint. Public intake and live streams are served by
 * the express router of `server.ts`.
 */
import type { Config, Plugin } from 'payload'

import { contributeToPlatform } from '../../cms/src/contributions'
import { withAdmin, withParts } from '../../cms/src/lib/config'
import { dialogueExporter } from './export'
import { DialogueSessions } from './collections/DialogueSessions'
import { Questions } from './collections/Questions'
import { qaConsoleEndpoint } from './endpoints'
import type { DialogueOptions } from './types'

export type { DialogueOptions } from './types'

export function dialogueTransform(config: Config, _options: DialogueOptions = {}): Config {
  const withDialogues = contributeToPlatform(withParts(config, { collections: [DialogueSessions, Questions], endpoints: [qaConsoleEndpoint] }), 'portalExporters', [dialogueExporter])
  return withAdmin(withDialogues, {
    views: { dialogues: { Component: '/plugins/dialogue/admin/DialogueAdminView#DialogueAdminView', path: '/doi-thoai' } },
    beforeNavLinks: ['/plugins/dialogue/admin/DialogueLink#DialogueLink'],
  })
}

export const dialoguePlugin =
  (options: DialogueOptions = {}): Plugin =>
  (config) =>
    dialogueTransform(config, options)
