/**
 * The platform's Payload config: the core settings (database, languages, admin) and the list of
 * plugins, one per capability (`plugins/`, ADR 0014). Plugins that add collections come first;
 * the cross-cutting ones after them read what those collections declare (`custom.cong`) and
 * extend them; two-factor comes last so that it gates everything.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type Config, type Plugin } from 'payload'
import sharp from 'sharp'

import { accountsPlugin } from '../../plugins/accounts'
import { alertsPlugin } from '../../plugins/alerts'
import { auditPlugin } from '../../plugins/audit'
import { checksPlugin } from '../../plugins/checks'
import { compliancePlugin } from '../../plugins/compliance'
import { contentPlugin } from '../../plugins/content'
import { dialoguePlugin } from '../../plugins/dialogue'
import { legalPlugin } from '../../plugins/legal'
import { lifecyclePlugin } from '../../plugins/lifecycle'
import { outboxPlugin } from '../../plugins/outbox'
import { portalsPlugin } from '../../plugins/portals'
import { reviewPlugin } from '../../plugins/review'
import { portalLinksPlugin } from '../../plugins/portals/richTextLinks'
import { searchPlugin } from '../../plugins/search'
import { siteScopingPlugin } from '../../plugins/site-scoping'
import { twoFactorPlugin } from '../../plugins/two-factor'
import { workflowPlugin } from '../../plugins/workflow'
import { bilingualErrors } from './admin/errors'
import { VI_OVERRIDES } from './admin/translations'
import { platformCorePlugin } from './core'
import { env } from './config/env'
import { databaseAdapter } from './db/adapter'
import { payloadSecret } from './config/secrets'
import { answerClientErrors } from './security/clientErrors'
import { GRAPHQL_LIMITS, graphqlValidationRules } from './security/graphql'
import { platformOrigins } from './security/origins'
import { payloadLogger } from './lib/stdio'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export type PlatformOptions = {
  /** Plugins adding content types of a deployment (or a test), placed with the platform's own. */
  contentPlugins?: Plugin[]
  /** The database adapter. @default from DATABASE_URI (`db/adapter.ts`) */
  db?: Config['db']
}

export function platformConfig({ contentPlugins = [], db = databaseAdapter(env().database) }: PlatformOptions = {}): Config {
  return {
    serverURL: env().serverUrl,
    // A session cookie counts only on requests from the platform's own origins (ADR 0017).
    csrf: platformOrigins(env()),
    admin: {
      // Component paths are relative to the repository root (plugins live beside cms/).
      importMap: { baseDir: path.resolve(dirname, '..', '..'), importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
      meta: { titleSuffix: ' – Cổng', description: 'Cổng – quản trị cổng thông tin điện tử' },
      dateFormat: 'dd/MM/yyyy HH:mm',
      // The default avatar is fetched from gravatar.com; government networks often block it.
      avatar: 'default',
    },
    // Vietnamese first; Payload's Vietnamese corrected where it kept English words (admin/translations.ts).
    i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi', translations: { vi: VI_OVERRIDES } },
    localization: {
      locales: [
        { code: 'vi', label: 'Tiếng Việt' },
        { code: 'en', label: 'English' },
      ],
      defaultLocale: 'vi',
      fallback: true,
    },
    collections: [],
    plugins: [
      // Capabilities that add content types.
      accountsPlugin(),
      contentPlugin(),
      legalPlugin(),
      dialoguePlugin(),
      ...contentPlugins,
      // Cross-cutting capabilities: they read the contributions of the collections above.
      siteScopingPlugin(),
      workflowPlugin(),
      checksPlugin(),
      portalsPlugin(),
      outboxPlugin(),
      reviewPlugin(),
      alertsPlugin(),
      searchPlugin(),
      compliancePlugin(),
      lifecyclePlugin(),
      platformCorePlugin(),
      auditPlugin(),
      twoFactorPlugin(),
      // Rich-text links offer portal content only: last, so that it sees every collection.
      portalLinksPlugin(),
    ],
    editor: lexicalEditor(),
    secret: payloadSecret(),
    sharp,
    telemetry: false,
    typescript: {
      outputFile: path.resolve(dirname, 'payload-types.ts'),
      autoGenerate: process.env.PAYLOAD_TYPES_AUTOGEN === '1',
    },
    db,
    jobs: { tasks: [], deleteJobOnComplete: true },
    // Refused queries and throttled attempts are expected answers, not server faults (no stack trace).
    loggingLevels: { QueryProblem: 'info', TooManyAttempts: 'info', InvalidId: 'info' } as Record<string, 'info'> as Config['loggingLevels'],
    // Bad input anywhere in Payload's REST answers 4xx with a message, never 500 (ADR 0017); then
    // Payload's own error messages answer in Vietnamese and English, like the platform's (ADR 0019).
    hooks: { afterError: [answerClientErrors, bilingualErrors] },
    graphQL: {
      maxComplexity: GRAPHQL_LIMITS.complexity,
      disablePlaygroundInProduction: true,
      validationRules: () => graphqlValidationRules(),
    },
    // Through the guarded stdout: a closed pipe drops log lines instead of stopping the server.
    logger: payloadLogger(),
  }
}

export default buildConfig(platformConfig())
