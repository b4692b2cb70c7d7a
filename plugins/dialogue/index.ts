/**
 * Online dialogues and Q&A: sessions, citizens' questions, the moderator console and its
 * navigation link, and the Q&A console endpoint. Public intake and live streams are served by
 * the express router of `server.ts`.
 */
import type { Config, Plugin } from 'payload'

import { contributeToPlatform } from '../../cms/src/contributions'
import { withAdmin, withParts } from '../../cms/src/lib/config'
import { QA_PATH } from '../../cms/src/contracts/dialogue'
import type { ComplianceSource } from '../compliance/types'
import { dialogueExporter } from './export'
import { DialogueSessions } from './collections/DialogueSessions'
import { Questions } from './collections/Questions'
import { qaConsoleEndpoint } from './endpoints'
import type { DialogueOptions } from './types'

export type { DialogueOptions } from './types'

/**
 * Every portal builds its Q&A page (the question form and the answered questions) and links it
 * from every page's footer, so "Hỏi đáp, phản ánh kiến nghị" is reachable on every portal: present,
 * and fresh once a question was answered (the questions' own compliance contribution).
 */
const qaPageReachable: ComplianceSource = {
  name: 'qa-page',
  load: async () => ({ sections: [], activity: [], reachable: [{ site: null, section: 'hoi-dap' }] }),
  explain: async () => ({
    counted: [],
    notes: [
      {
        section: 'hoi-dap',
        vi: `Trang "Hỏi đáp trực tuyến" (${QA_PATH}, nhận câu hỏi của người dân) có trên mọi cổng và được liên kết ở chân trang; mục được cập nhật khi có câu trả lời mới.`,
        en: `The Q&A page (${QA_PATH}, where citizens ask) is on every portal and linked from the footer; the section is up to date once questions are answered.`,
      },
    ],
  }),
}

export function dialogueTransform(config: Config, _options: DialogueOptions = {}): Config {
  const exported = contributeToPlatform(withParts(config, { collections: [DialogueSessions, Questions], endpoints: [qaConsoleEndpoint] }), 'portalExporters', [dialogueExporter])
  const withDialogues = contributeToPlatform(exported, 'complianceSources', [qaPageReachable])
  return withAdmin(withDialogues, {
    views: { dialogues: { Component: '/plugins/dialogue/admin/DialogueAdminView#DialogueAdminView', path: '/doi-thoai' } },
    beforeNavLinks: ['/plugins/dialogue/admin/DialogueLink#DialogueLink'],
  })
}

export const dialoguePlugin =
  (options: DialogueOptions = {}): Plugin =>
  (config) =>
    dialogueTransform(config, options)
