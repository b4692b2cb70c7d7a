/**
 * Audit hooks added to every audited collection: create, update, delete, publish and unpublish,
 * and role changes on users. Publication changes come from `publicationChange`.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { publicationChange } from '../../cms/src/hooks/publication'
import { type AuditAction, recordAudit } from './record'
import { idOf } from '../../cms/src/lib/ids'

type Doc = Record<string, unknown> & { id: number | string }

function titleOf(doc: Doc, collection: CollectionConfig): string | null {
  const field = collection.admin?.useAsTitle ?? 'title'
  const value = doc[field] ?? doc.title ?? doc.name ?? doc.email
  return typeof value === 'string' ? value : null
}

function siteOf(doc: Doc, collection: CollectionConfig): number | string | null {
  return collection.slug === 'sites' ? doc.id : idOf(doc.site)
}

function roleSummary(doc: Doc | undefined): string {
  const memberships = (doc?.memberships as { site?: unknown; role?: string }[] | undefined) ?? []
  return JSON.stringify({
    platformAdmin: Boolean(doc?.platformAdmin),
    memberships: memberships.map((m) => `${idOf(m.site)}:${m.role}`).sort(),
  })
}

export const auditAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection, context }) => {
  const d = doc as Doc
  const change = publicationChange(d, context ?? {})
  let action: AuditAction = change ?? (operation === 'create' ? 'create' : 'update')
  // Payload's trash (ADR 0022): moving to the trash and restoring are updates of `deletedAt`.
  const trashedBefore = Boolean((previousDoc as Doc | undefined)?.deletedAt)
  if (operation === 'update' && Boolean(d.deletedAt) !== trashedBefore) action = d.deletedAt ? 'trash' : 'restore'
  const detail: Record<string, unknown> = { operation }
  if (collection.slug === 'users') {
    const before = roleSummary(previousDoc as Doc | undefined)
    const after = roleSummary(d)
    if (operation === 'update' && before !== after) {
      action = 'role-change'
      detail.before = JSON.parse(before)
      detail.after = JSON.parse(after)
    }
  }
  if (d._status !== undefined) detail.status = d._status
  await recordAudit(req, { action, collection: collection.slug, docId: d.id, title: titleOf(d, collection), site: siteOf(d, collection), detail })
  return doc
}

export const auditAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection, context }) => {
  const d = doc as Doc
  await recordAudit(req, { action: 'delete', collection: collection.slug, docId: d.id, title: titleOf(d, collection), site: siteOf(d, collection) })
  return doc
}

/** Add the audit hooks to a collection (all but the audit log itself). */
export function withAudit(collection: CollectionConfig): CollectionConfig {
  if (collection.slug === 'audit-log') return collection
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), auditAfterChange],
      afterDelete: [...(hooks.afterDelete ?? []), auditAfterDelete],
    },
  }
}
