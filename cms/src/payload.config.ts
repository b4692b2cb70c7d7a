import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { AuditLog } from '../../plugins/audit/collection'
import { withAudit } from '../../plugins/audit/hooks'
import { withTwoFactorGate, withTwoFactorGateOnGlobal } from '../../plugins/two-factor/gate'
import { SecuritySettings } from '../../plugins/two-factor/settings'
import { Builds } from '../../plugins/portals/Builds'
import { Categories } from '../../plugins/content/collections/Categories'
import { ConsultationComments } from '../../plugins/legal/collections/ConsultationComments'
import { Consultations } from '../../plugins/legal/collections/Consultations'
import { LegalDocuments } from '../../plugins/legal/collections/LegalDocuments'
import { LegalFiles } from '../../plugins/legal/collections/LegalFiles'
import { Media } from '../../plugins/content/collections/Media'
import { Navigation } from '../../plugins/content/collections/Navigation'
import { News } from '../../plugins/content/collections/News'
import { Pages } from '../../plugins/content/collections/Pages'
import { Procedures } from '../../plugins/legal/collections/Procedures'
import { Sites } from '../../plugins/site-scoping/Sites'
import { Users } from '../../plugins/accounts/Users'
import { complianceEndpoints } from '../../plugins/compliance/endpoint'
import { env } from './config/env'
import { DialogueSessions } from '../../plugins/dialogue/collections/DialogueSessions'
import { Questions } from '../../plugins/dialogue/collections/Questions'
import { qaConsoleEndpoint } from '../../plugins/dialogue/endpoints'
import { payloadSecret } from './config/secrets'
import { platformOrigins } from './server/security/origins'
import { withQueryChecks } from './server/security/queryCheck'
import { answerClientErrors } from './server/security/clientErrors'
import { endSessionsOnLock } from '../../plugins/accounts/throttle'
import { payloadLogger } from './server/stdio'
import { GRAPHQL_LIMITS, graphqlValidationRules } from './server/security/graphql'
import { consultationPublicEndpoints } from '../../plugins/legal/consultations/public'
import { Invitations } from '../../plugins/accounts/invitations/collection'
import { Outbox } from '../../plugins/outbox/collection'
import { withProvisioning } from '../../plugins/lifecycle/provisioning/endpoint'
import { Redirects } from '../../plugins/lifecycle/Redirects'
import { sendMailTask } from '../../plugins/outbox/sendMail'
import { normalizeNfc } from './hooks/normalizeNfc'
import { withPublicationContext } from './hooks/publication'
import { buildPortalsTask } from '../../plugins/portals/buildPortalsTask'
import { syncSearchTask, withSearchSync } from '../../plugins/search/sync'
import { refreshLegalStatusesTask } from '../../plugins/legal/refreshLegalStatuses'
import { WorkflowEvents } from '../../plugins/workflow/WorkflowEvents'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const e = env()

/** Every stored string is NFC (Vietnamese text pasted from Word or macOS is often NFD). */
const withNfc = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeValidate: [normalizeNfc, ...(collection.hooks?.beforeValidate ?? [])] },
})

export default buildConfig({
  serverURL: e.serverUrl,
  // A session cookie counts only on requests from the platform's own origins (ADR 0013).
  csrf: platformOrigins(e),
  admin: {
    user: Users.slug,
    components: {
      views: {
        // Payload's login form has no room for the two-factor code: ours sends it along.
        login: { Component: '/plugins/two-factor/admin/LoginView#LoginView', path: '/login' },
        twoFactor: { Component: '/plugins/two-factor/admin/TwoFactorView#TwoFactorView', path: '/bao-mat', exact: true },
        acceptInvitation: { Component: '/plugins/accounts/invitations/admin/AcceptInvitationView#AcceptInvitationView', path: '/nhan-loi-moi', exact: true },
        myWork: { Component: '/plugins/workflow/admin/MyWorkView#MyWorkView', path: '/my-work' },
        compliance: { Component: '/plugins/compliance/admin/ComplianceView#ComplianceView', path: '/tuan-thu', exact: true },
        newPortal: { Component: '/plugins/lifecycle/provisioning/admin/NewPortalView#NewPortalView', path: '/tao-cong-moi', exact: true },
        dialogues: { Component: '/plugins/dialogue/admin/DialogueAdminView#DialogueAdminView', path: '/doi-thoai' },
      },
      beforeDashboard: ['/plugins/two-factor/admin/EnrolNotice#EnrolNotice'],
      beforeNavLinks: ['/plugins/workflow/admin/MyWorkLink#MyWorkLink', '/plugins/compliance/admin/ComplianceLink#ComplianceLink', '/plugins/lifecycle/provisioning/admin/NewPortalLink#NewPortalNavLink', '/plugins/dialogue/admin/DialogueLink#DialogueLink'],
    },
    // Component paths are relative to the repository root (plugins live beside cms/).
    importMap: { baseDir: path.resolve(dirname, '..', '..'), importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
    meta: { titleSuffix: ' – Cổng', description: 'Cổng – quản trị cổng thông tin điện tử' },
    dateFormat: 'dd/MM/yyyy HH:mm',
    // The default avatar is fetched from gravatar.com; government networks often block it.
    avatar: 'default',
  },
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
  },
  localization: {
    locales: [
      { code: 'vi', label: 'Tiếng Việt' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'vi',
    fallback: true,
  },
  // Every collection and global refuses users who must enrol in two-factor but have not yet.
  collections: [
    ...[withProvisioning(Sites), Users, News, Pages, Categories, Navigation, Media, Invitations].map((c) => withAudit(withPublicationContext(withNfc(c)))),
    ...[LegalDocuments, LegalFiles, Procedures, Consultations, ConsultationComments].map((c) => withAudit(withPublicationContext(withNfc(c)))),
    ...[DialogueSessions, Questions].map((c) => withAudit(withNfc(c))),
    WorkflowEvents,
    Redirects,
    Builds,
    AuditLog,
    Outbox,
  ]
    .map(withSearchSync)
    .map(withTwoFactorGate)
    .map(withQueryChecks),
  globals: [SecuritySettings].map(withTwoFactorGateOnGlobal),
  // The compliance dashboard, the public API of draft consultations (the portals' comment form
  // posts here) and the Q&A console.
  endpoints: [...complianceEndpoints, ...consultationPublicEndpoints, qaConsoleEndpoint],
  // A refused second factor is an expected answer, not a server fault (no stack trace in the log).
  loggingLevels: { TwoFactorError: 'info', QueryProblem: 'info', TooManyAttempts: 'info' } as Record<string, 'info'> as Parameters<typeof buildConfig>[0]['loggingLevels'],
  hooks: { afterError: [answerClientErrors, endSessionsOnLock] },
  graphQL: {
    maxComplexity: GRAPHQL_LIMITS.complexity,
    disablePlaygroundInProduction: true,
    validationRules: () => graphqlValidationRules(),
  },
  // Through the guarded stdout: a closed pipe drops log lines instead of stopping the server.
  logger: payloadLogger(),
  editor: lexicalEditor(),
  secret: payloadSecret(),
  sharp,
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    autoGenerate: process.env.PAYLOAD_TYPES_AUTOGEN === '1',
  },
  db:
    e.database.kind === 'mongodb'
      ? mongooseAdapter({ url: e.database.url, connectOptions: { serverSelectionTimeoutMS: 5000 } })
      : sqliteAdapter({
          client: { url: e.database.url },
          // Schema changes ship as committed migrations (cms/src/migrations), run at start-up.
          push: false,
          migrationDir: path.resolve(dirname, 'migrations'),
          wal: true,
          busyTimeout: 5000,
        }),
  jobs: {
    tasks: [buildPortalsTask, sendMailTask, refreshLegalStatusesTask, syncSearchTask],
    deleteJobOnComplete: true,
  },
})
