/** Outgoing mail: the outbox collection (Hộp thư đi) and the job that sends through SMTP_URL. */
import type { Config, Plugin } from 'payload'

import { withParts } from '../../cms/src/lib/config'
import { Outbox } from './collection'
import { sendMailTask } from './sendMail'
import type { OutboxOptions } from './types'

export type { OutboxOptions } from './types'

export function outboxTransform(config: Config, _options: OutboxOptions = {}): Config {
  return withParts(config, { collections: [Outbox], tasks: [sendMailTask] })
}

export const outboxPlugin =
  (options: OutboxOptions = {}): Plugin =>
  (config) =>
    outboxTransform(config, options)
