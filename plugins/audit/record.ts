/**
 * Append one entry to the audit log. Entries are written with access control off (nobody may
 * create them through the API) with the caller's `req`, so on MongoDB (a replica set) they join
 * the action's transaction and a rolled-back action leaves no entry. The embedded SQLite adapter
 * runs without transactions: there an entry is written even if a later hook fails the action.
 */
import type { PayloadRequest } from 'payload'

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'login',
  'login-failed',
  'role-change',
  'workflow',
  'security',
  'trash',
  'restore',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export type AuditEntry = {
  action: AuditAction
  collection?: string
  docId?: number | string | null
  title?: string | null
  site?: number | string | null
  /** Acting user; defaults to `req.user`. */
  user?: { id: number | string; email?: string | null } | null
  /** Email the action was attempted with (failed logins, where there is no user). */
  email?: string | null
  detail?: Record<string, unknown>
}

/** Header the express server sets from the socket address (any incoming value is replaced). */
export const CLIENT_IP_HEADER = 'x-cong-client-ip'

export function clientIp(req: PayloadRequest): string | null {
  return req.headers?.get?.(CLIENT_IP_HEADER) ?? null
}

export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const user = entry.user === undefined ? (req.user as { id: number | string; email?: string } | null) : entry.user
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: entry.action,
      collectionSlug: entry.collection ?? null,
      docId: entry.docId === null || entry.docId === undefined ? null : String(entry.docId),
      title: entry.title ? String(entry.title).slice(0, 300) : null,
      site: (entry.site ?? null) as number | null,
      user: (user?.id ?? null) as number | null,
      email: user?.email ?? entry.email ?? null,
      ip: clientIp(req),
      userAgent: req.headers?.get?.('user-agent')?.slice(0, 300) ?? null,
      detail: entry.detail ?? null,
    },
    overrideAccess: true,
    // No `context` here: Payload merges it into req.context, which would leak into the hooks of
    // the caller's own operation.
    req,
  })
}
