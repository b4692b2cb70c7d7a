import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { AuditLog } from './audit/collection'
import { withAudit } from './audit/hooks'
import { withTwoFactorGate, withTwoFactorGateOnGlobal } from './auth/gate'
import { SecuritySettings } from './auth/settings'
import { Builds } from './collections/Builds'
import { Categories } from './collections/Categories'
import { ConsultationComments } from './collections/ConsultationComments'
import { Consultations } from './collections/Consultations'
import { LegalDocuments } from './collections/LegalDocuments'
import { LegalFiles } from './collections/LegalFiles'
import { Media } from './collections/Media'
import { Navigation } from './collections/Navigation'
import { News } from './collections/News'
import { Pages } from './collections/Pages'
import { Procedures } from './collections/Procedures'
import { Sites } from './collections/Sites'
import { Users } from './collections/Users'
import { complianceEndpoints } from './compliance/endpoint'
import { env } from './config/env'
import { DialogueSessions } from './dialogue/collections/DialogueSessions'
import { Questions } from './dialogue/collections/Questions'
import { qaConsoleEndpoint } from './dialogue/endpoints'
import { payloadSecret } from './config/secrets'
import { platformOrigins } from './server/security/origins'
import { withQueryChecks } from './server/security/queryCheck'
import { answerClientErrors } from './server/security/clientErrors'
import { endSessionsOnLock } from './auth/throttle'
import { payloadLogger } from './server/stdio'
import { GRAPHQL_LIMITS, graphqlValidationRules } from './server/security/graphql'
import { consultationPublicEndpoints } from './consultations/public'
import { Invitations } from './invitations/collection'
import { Outbox } from './outbox/collection'
import { withProvisioning } from './provisioning/endpoint'
import { Redirects } from './redirects/collection'
import { sendMailTask } from './outbox/sendMail'
import { normalizeNfc } from './hooks/normalizeNfc'
import { withPublicationContext } from './hooks/publication'
import { buildPortalsTask } from './jobs/buildPortals'
import { syncSearchTask, withSearchSync } from './search/sync'
import { refreshLegalStatusesTask } from './jobs/refreshLegalStatuses'
import { WorkflowEvents } from './workflow/WorkflowEvents'

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
        login: { Component: '/auth/admin/LoginView#LoginView', path: '/login' },
        twoFactor: { Component: '/auth/admin/TwoFactorView#TwoFactorView', path: '/bao-mat', exact: true },
        acceptInvitation: { Component: '/invitations/admin/AcceptInvitationView#AcceptInvitationView', path: '/nhan-loi-moi', exact: true },
        myWork: { Component: '/admin/MyWorkView#MyWorkView', path: '/my-work' },
        compliance: { Component: '/compliance/admin/ComplianceView#ComplianceView', path: '/tuan-thu', exact: true },
        newPortal: { Component: '/provisioning/admin/NewPortalView#NewPortalView', path: '/tao-cong-moi', exact: true },
        dialogues: { Component: '/dialogue/admin/DialogueAdminView#DialogueAdminView', path: '/doi-thoai' },
      },
      beforeDashboard: ['/auth/admin/EnrolNotice#EnrolNotice'],
      beforeNavLinks: ['/admin/MyWorkLink#MyWorkLink', '/compliance/admin/ComplianceLink#ComplianceLink', '/provisioning/admin/NewPortalLink#NewPortalNavLink', '/dialogue/admin/DialogueLink#DialogueLink'],
    },
    importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
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
