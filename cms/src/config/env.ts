/**
 * Every setting the platform reads from the environment, parsed once.
 *
 * Nothing else reads `process.env` for configuration. Problems are reported as a
 * `ConfigError` whose message names the setting to change, so start-up can print
 * one plain line instead of a stack trace.
 */
import path from 'node:path'

import { passwordProblem } from '../lib/passwordPolicy'
import { DEFAULT_EMC_SCRIPT_HOSTS } from '../lib/emc'

export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

export type DatabaseConfig =
  | { kind: 'sqlite'; file: string; url: string }
  | { kind: 'mongodb'; url: string }
  | { kind: 'postgres'; url: string }

export type Env = {
  /** `production` when NODE_ENV=production. */
  production: boolean
  port: number
  /** Address the HTTP server binds to. */
  bindHost: string
  dataDir: string
  database: DatabaseConfig
  /** Host names that serve the admin, the API and the portal list. */
  platformHosts: string[]
  /** Pattern for a portal's public base URL; `{slug}`, `{domain}` and `{port}` are replaced. */
  portalUrlPattern: string
  /** Host suffix under which `<slug>.<suffix>` serves a portal. */
  portalHostSuffix: string
  meiliHost: string | null
  meiliKey: string | null
  /**
   * Searchable documents beyond which an empty embedded index is not filled at start (ADR 0010:
   * beyond a few hundred thousand, Meilisearch); `npm run reindex` still can.
   */
  embeddedSearchMax: number
  /** Run queued jobs inside the server process (turn off when a separate worker runs). */
  jobsInProcess: boolean
  /** Milliseconds between polls of the job queue. */
  jobsPollMs: number
  /** A job marked processing for longer than this is taken as abandoned by a dead runner. */
  jobsStaleMs: number
  /** Seed the demo portals on first start when the database is empty. */
  seedOnStart: boolean
  seedPassword: string | null
  /** Build the admin (Next.js) on start when no build is present. */
  buildAdminOnStart: boolean
  payloadSecret: string | null
  /** Take the client address from X-Forwarded-For (behind a reverse proxy). */
  trustProxy: boolean
  /** Repository root (where sites/ and node_modules/ live). */
  repoRoot: string
  /** Where built portals are published: `<sitesDir>/<slug>/`. */
  sitesDir: string
  /** Public URL of the CMS (links in emails, secure cookies when https); empty = the request's. */
  serverUrl: string
  /** Hours before a login session expires. */
  sessionHours: number
  /** Send the session cookie only over https. */
  cookieSecure: boolean
  /** SMTP server for outgoing mail (`smtp://user:pass@host:587`); null = mail stays in the outbox. */
  smtpUrl: string | null
  /** Sender address of outgoing mail. */
  mailFrom: string
  /**
   * Roles that must use two-factor authentication until a platform admin saves the security
   * settings (`platform-admin` and/or site roles); empty = none.
   */
  twoFactorDefaultRoles: string[]
  /** Hosts the EMC monitoring script may load from (subdomains included). */
  emcScriptHosts: string[]
  /** Questions one client address may send per 10 minutes. */
  questionLimitPerIp: number
  /** Questions one email address may send per 10 minutes. */
  questionLimitPerEmail: number
  /** How often live sessions in use are compared with the database (other processes' changes). */
  liveResyncMs: number
  /** How often a build worker proves it is alive; 6 missed beats and its builds are queued again. */
  buildHeartbeatMs: number
  /**
   * Render threads of one build worker in a big run; 0 = one per core. Several workers on one
   * machine share its cores: give each cores ÷ workers.
   */
  buildRenderThreads: number
  /** A big build exports its portals ahead on a thread of its own (plugins/portals/build/export-thread.ts). */
  buildExportThread: boolean
  /** How often the portal server adds the page views it counted to `sites.visits`. */
  visitsFlushMs: number
  /**
   * Redis shared by the platform's processes (several web processes and workers): the event bus
   * (live dialogues, cache invalidations, queued work) and the rate-limit counts; null = one process.
   */
  redisUrl: string | null
  /** Failed logins one client address may make per 15 minutes (any accounts). */
  loginLimitPerIp: number
  /** Failed logins per account (known or not) per 15 minutes before it is refused for 15 minutes. */
  loginLimitPerAccount: number
  /** Stop when standard input closes (a supervisor or test runner holding the pipe went away). */
  exitOnStdinEnd: boolean
  /** The checks before publishing may open links to private and loopback addresses (intranet portals, tests). */
  linkCheckPrivate: boolean
}

/** Roles that the security settings can require two-factor authentication for. */
export const TWO_FACTOR_ROLES = ['platform-admin', 'site-admin', 'editor', 'approver', 'author', 'moderator'] as const

export function parseTwoFactorRoles(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return ['platform-admin']
  if (raw.trim().toLowerCase() === 'none') return []
  const roles = raw.split(',').map((r) => r.trim()).filter(Boolean)
  for (const role of roles) {
    if (!(TWO_FACTOR_ROLES as readonly string[]).includes(role)) {
      throw new ConfigError(`TWO_FACTOR_REQUIRED_ROLES: "${role}" is not one of ${TWO_FACTOR_ROLES.join(', ')} (or "none"): change TWO_FACTOR_REQUIRED_ROLES.`)
    }
  }
  return roles
}

/** Comma-separated host names; each must be a plain DNS name (no scheme, path or port). */
export function parseHostList(name: string, raw: string | undefined, fallback: readonly string[]): string[] {
  if (raw === undefined || raw.trim() === '') return [...fallback]
  const hosts = raw.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)
  for (const host of hosts) {
    if (!/^(?!-)[a-z0-9-]{1,63}(\.(?!-)[a-z0-9-]{1,63})+$/.test(host)) {
      throw new ConfigError(`${name}: "${host}" is not a host name (e.g. emc.gov.vn): change ${name}.`)
    }
  }
  return hosts
}

function smtp(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null
  const value = raw.trim()
  if (!/^smtps?:\/\/[^/]+/.test(value)) {
    throw new ConfigError('SMTP_URL must look like smtp://user:password@host:587 or smtps://…: change SMTP_URL.')
  }
  return value
}

function redis(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null
  const value = raw.trim()
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    throw new ConfigError('REDIS_URL must look like redis://host:6379 or rediss://user:password@host:6380/0: change REDIS_URL.')
  }
  if ((parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') || !parsed.hostname) {
    throw new ConfigError('REDIS_URL must look like redis://host:6379 or rediss://user:password@host:6380/0: change REDIS_URL.')
  }
  return value
}

function int(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}="${raw}" is not a whole number between ${min} and ${max}: change ${name}.`)
  }
  return value
}

function bool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false
  throw new ConfigError(`${name}="${raw}" must be true or false: change ${name}.`)
}

export function parseDatabaseUri(raw: string | undefined, dataDir: string): DatabaseConfig {
  if (raw === undefined || raw.trim() === '') {
    const file = path.join(dataDir, 'cong.db')
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  const uri = raw.trim()
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) {
    let parsed: URL
    try {
      parsed = new URL(uri)
    } catch {
      throw new ConfigError(`DATABASE_URI is not a valid MongoDB URL: change DATABASE_URI (e.g. mongodb://host:27017/cong).`)
    }
    if (!parsed.hostname) {
      throw new ConfigError(`DATABASE_URI has no host name: change DATABASE_URI (e.g. mongodb://host:27017/cong).`)
    }
    return { kind: 'mongodb', url: uri }
  }
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) {
    let parsed: URL
    try {
      parsed = new URL(uri)
    } catch {
      throw new ConfigError(`DATABASE_URI is not a valid PostgreSQL URL: change DATABASE_URI (e.g. postgres://cong:password@host:5432/cong).`)
    }
    if (!parsed.hostname && !parsed.searchParams.get('host')) {
      throw new ConfigError(`DATABASE_URI has no host name: change DATABASE_URI (e.g. postgres://cong:password@host:5432/cong).`)
    }
    return { kind: 'postgres', url: uri }
  }
  if (uri.startsWith('file:')) {
    const file = path.resolve(uri.slice('file:'.length))
    if (uri.length <= 'file:'.length) throw new ConfigError('DATABASE_URI "file:" names no file: change DATABASE_URI.')
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  throw new ConfigError(
    `DATABASE_URI must start with postgres://, mongodb://, mongodb+srv:// or file: (got "${uri.slice(0, 40)}"): change DATABASE_URI or unset it to use the embedded SQLite database.`,
  )
}


function url(name: string, raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null
  try {
    const parsed = new URL(raw.trim())
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol')
    return parsed.toString().replace(/\/$/, '')
  } catch {
    throw new ConfigError(`${name}="${raw}" is not an http(s) URL: change ${name}.`)
  }
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const repoRoot = path.resolve(source.CONG_ROOT || process.cwd())
  const dataDir = path.resolve(source.DATA_DIR || path.join(repoRoot, 'data'))
  const port = int('PORT', source.PORT, 3000, 1, 65535)
  const database = parseDatabaseUri(source.DATABASE_URI, dataDir)
  const production = source.NODE_ENV === 'production'
  const secret = source.PAYLOAD_SECRET?.trim() || null
  if (secret !== null && secret.length < 32) {
    throw new ConfigError('PAYLOAD_SECRET must be at least 32 characters: change PAYLOAD_SECRET.')
  }
  const serverUrl = url('SERVER_URL', source.SERVER_URL) ?? ''
  const seedPassword = source.SEED_PASSWORD?.trim() || null
  const weakSeed = seedPassword ? passwordProblem(seedPassword) : null
  if (weakSeed) throw new ConfigError(`SEED_PASSWORD is refused by the password policy (${weakSeed.split(' / ')[1]}): change SEED_PASSWORD.`)
  const portalHostSuffix = (source.PORTAL_HOST_SUFFIX || 'localhost').toLowerCase().replace(/^\./, '')
  return {
    production,
    port,
    bindHost: source.HOST || '0.0.0.0',
    dataDir,
    database,
    platformHosts: (source.PLATFORM_HOSTS || 'localhost,127.0.0.1,[::1],::1')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    portalUrlPattern: source.PORTAL_URL_PATTERN || `http://{slug}.${portalHostSuffix}:{port}`,
    portalHostSuffix,
    meiliHost: url('MEILI_HOST', source.MEILI_HOST),
    embeddedSearchMax: int('EMBEDDED_SEARCH_MAX', source.EMBEDDED_SEARCH_MAX, 300_000, 0, 1_000_000_000),
    meiliKey: source.MEILI_MASTER_KEY?.trim() || null,
    jobsInProcess: bool('JOBS_IN_PROCESS', source.JOBS_IN_PROCESS, true),
    jobsPollMs: int('JOBS_POLL_MS', source.JOBS_POLL_MS, 500, 50, 600_000),
    jobsStaleMs: int('JOBS_STALE_MS', source.JOBS_STALE_MS, 900_000, 1000, 86_400_000),
    seedOnStart: bool('SEED_ON_START', source.SEED_ON_START, database.kind === 'sqlite'),
    seedPassword,
    buildAdminOnStart: bool('BUILD_ADMIN_ON_START', source.BUILD_ADMIN_ON_START, true),
    payloadSecret: secret,
    trustProxy: bool('TRUST_PROXY', source.TRUST_PROXY, false),
    repoRoot,
    sitesDir: path.resolve(source.SITES_DIR || path.join(repoRoot, 'dist', 'sites')),
    serverUrl,
    sessionHours: int('SESSION_HOURS', source.SESSION_HOURS, 8, 1, 24 * 30),
    cookieSecure: bool('COOKIE_SECURE', source.COOKIE_SECURE, serverUrl.startsWith('https://')),
    smtpUrl: smtp(source.SMTP_URL),
    mailFrom: source.MAIL_FROM?.trim() || 'Cổng <no-reply@cong.gov.vn>',
    twoFactorDefaultRoles: parseTwoFactorRoles(source.TWO_FACTOR_REQUIRED_ROLES),
    emcScriptHosts: parseHostList('EMC_SCRIPT_HOSTS', source.EMC_SCRIPT_HOSTS, DEFAULT_EMC_SCRIPT_HOSTS),
    questionLimitPerIp: int('QUESTION_LIMIT_PER_IP', source.QUESTION_LIMIT_PER_IP, 20, 1, 1_000_000),
    questionLimitPerEmail: int('QUESTION_LIMIT_PER_EMAIL', source.QUESTION_LIMIT_PER_EMAIL, 5, 1, 1_000_000),
    liveResyncMs: int('LIVE_RESYNC_MS', source.LIVE_RESYNC_MS, 5000, 500, 600_000),
    buildHeartbeatMs: int('BUILD_HEARTBEAT_MS', source.BUILD_HEARTBEAT_MS, 5000, 100, 600_000),
    buildRenderThreads: int('BUILD_RENDER_THREADS', source.BUILD_RENDER_THREADS, 0, 0, 256),
    buildExportThread: bool('BUILD_EXPORT_THREAD', source.BUILD_EXPORT_THREAD, true),
    visitsFlushMs: int('VISITS_FLUSH_MS', source.VISITS_FLUSH_MS, 60_000, 100, 3_600_000),
    redisUrl: redis(source.REDIS_URL),
    loginLimitPerIp: int('LOGIN_LIMIT_PER_IP', source.LOGIN_LIMIT_PER_IP, 30, 1, 1_000_000),
    loginLimitPerAccount: int('LOGIN_LIMIT_PER_ACCOUNT', source.LOGIN_LIMIT_PER_ACCOUNT, 5, 1, 1_000),
    exitOnStdinEnd: bool('EXIT_ON_STDIN_END', source.EXIT_ON_STDIN_END, false),
    linkCheckPrivate: bool('LINK_CHECK_PRIVATE', source.LINK_CHECK_PRIVATE, false),
  }
}

let cached: Env | null = null

/** The parsed environment of this process (parsed on first use). */
export function env(): Env {
  cached ??= parseEnv()
  return cached
}

/** Forget the parsed environment (tests change process.env between servers). */
export function resetEnv(): void {
  cached = null
}
