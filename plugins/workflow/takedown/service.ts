/**
 * Taking a published document down with a reason type (ADR 0022), for every collection that
 * follows the workflow and has a page on its portal (`custom.cong.workflow` + `portal.path`):
 * `planTakedown` checks everything and writes nothing; `applyTakedown` writes the plan in one
 * transaction (record, then the unpublish for 410/301 kinds) and undoes the record when the
 * document's save is refused, so a refused takedown leaves nothing behind.
 */
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type Payload,
  type PayloadRequest,
  type Where,
} from 'payload'

import { isPlatformAdmin, rolesOn, type SessionUser } from '../../../cms/src/access/roles'
import { contributionOf } from '../../../cms/src/contributions'
import { PUBLIC_REASON_KINDS, TAKEDOWN_KINDS, TAKEDOWN_LABELS, type TakedownKind } from '../../../cms/src/contracts/takedown'
import { idOf, toDbId } from '../../../cms/src/lib/ids'
import { recordAudit } from '../../audit/record'
import { requestBuild } from '../../portals/build/queue'
import { queueSearchSync } from '../../search/sync'
import { siteRequiresApproval } from '../hooks'
import { mayAct } from '../rules'
import { TAKEDOWNS } from './collection'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
type Id = number | string

export type Problem = { field: string; vi: string; en: string }

/** What is asked: by REST (ids) or from a CSV row (slugs). */
export type TakedownRequest = {
  collection: string
  /** The document: its id, or its slug on `site`. */
  id?: Id | null
  slug?: string | null
  /** With `slug`: the portal (slug or id) the document belongs to. */
  site?: Id | null
  kind: string
  reason?: string | null
  /** `consolidated`: the document the address leads to (same portal), by id or slug. */
  target?: { collection: string; id?: Id | null; slug?: string | null } | null
  /** `former-unit`: the portal (id or slug) that took over. */
  successor?: Id | null
}

export type TakedownPlan = {
  collection: string
  id: Id
  site: Id
  siteSlug: string
  title: string | null
  kind: TakedownKind
  reason: string | null
  path: string
  target: { collection: string; id: Id; path: string; title: string | null } | null
  successor: { id: Id; slug: string; name: string } | null
  /** The kind of the takedown this one replaces, if any. */
  replaces: TakedownKind | null
}

export type PlanResult = { status: 200 | 400 | 403 | 404 | 409; problems: Problem[]; plan?: TakedownPlan }

const problem = (field: string, vi: string, en: string): Problem => ({ field, vi, en })
export const problemText = (problems: Problem[]) => problems.map((p) => `${p.vi} / ${p.en}`).join(' ')

/** A request carrying only `req`'s transaction, one per Local API call (their locale stays their own). */
const inTx = (req?: PayloadRequest): PayloadRequest | undefined => (req ? ({ transactionID: req.transactionID } as PayloadRequest) : undefined)

/** Collections a takedown applies to: following the workflow and with a page on the portal. */
export function takedownCollection(payload: Payload, slug: string): boolean {
  return Boolean(payload.collections[slug as CollectionSlug] && contributionOf(payload, slug, 'workflow') && contributionOf(payload, slug, 'portal')?.path)
}

export function portalPathOf(payload: Payload, slug: string, doc: Doc): string | null {
  const path = contributionOf(payload, slug, 'portal')?.path?.(doc)
  return typeof path === 'string' && path.startsWith('/') ? path : null
}

/** The live (published) version of a document, or null; trashed documents are not found. */
async function liveDoc(payload: Payload, collection: string, where: { id?: Id | null; slug?: string | null; site?: Id | null }, req?: PayloadRequest): Promise<Doc | null> {
  if (where.id !== undefined && where.id !== null && where.id !== '') {
    const id = toDbId(payload, where.id)
    if (id === null) return null
    return (await payload
      .findByID({ collection: collection as 'news', id: id as number, draft: false, depth: 0, locale: 'vi', overrideAccess: true, disableErrors: true, req: inTx(req) })
      .catch(() => null)) as Doc | null
  }
  if (!where.slug || where.site === undefined || where.site === null) return null
  const found = await payload.find({
    collection: collection as 'news',
    where: { and: [{ slug: { equals: where.slug } }, { site: { equals: where.site } }] },
    draft: false,
    depth: 0,
    limit: 1,
    locale: 'vi',
    overrideAccess: true,
    req: inTx(req),
  })
  return (found.docs[0] as Doc | undefined) ?? null
}

/** A site by id or slug. */
async function siteBy(payload: Payload, key: Id, req?: PayloadRequest): Promise<Doc | null> {
  const id = /^\d+$/.test(String(key)) || payload.db.defaultIDType !== 'number' ? toDbId(payload, key) : null
  const where: Where = id !== null ? { or: [{ id: { equals: id } }, { slug: { equals: String(key) } }] } : { slug: { equals: String(key) } }
  // An id the database cannot hold (beyond PostgreSQL's integer) is no site, not a fault.
  const found = await payload
    .find({ collection: 'sites', where, limit: 1, depth: 0, locale: 'vi', overrideAccess: true, req: inTx(req), select: { slug: true, name: true, status: true } })
    .catch(() => payload.find({ collection: 'sites', where: { slug: { equals: String(key) } }, limit: 1, depth: 0, locale: 'vi', overrideAccess: true, req: inTx(req), select: { slug: true, name: true, status: true } }))
  return (found.docs[0] as Doc | undefined) ?? null
}

const titleOf = (doc: Doc): string | null => {
  const value = doc.title ?? doc.name ?? doc.number
  return typeof value === 'string' ? value : null
}

/**
 * Check a takedown without writing anything. `user` null: the platform itself (the CSV command,
 * run by central IT on the server). 404 when the user may not see the document, 403 when they
 * may not unpublish on its site, 409 when it is not published, 400 for everything else.
 */
export async function planTakedown(payload: Payload, input: TakedownRequest, { user, req }: { user: SessionUser | null; req?: PayloadRequest }): Promise<PlanResult> {
  const problems: Problem[] = []
  if (!takedownCollection(payload, input.collection)) {
    return { status: 400, problems: [problem('collection', `"${input.collection}" không phải loại nội dung có quy trình duyệt và trang trên cổng.`, `"${input.collection}" is not a collection with a workflow and portal pages.`)] }
  }
  let siteFilter: Id | null = null
  if (input.site !== undefined && input.site !== null && input.site !== '') {
    const site = await siteBy(payload, input.site, req)
    if (!site) return { status: 400, problems: [problem('site', `Không có cổng "${input.site}".`, `No portal "${input.site}".`)] }
    siteFilter = site.id
  }
  const doc = await liveDoc(payload, input.collection, { id: input.id, slug: input.slug, site: siteFilter }, req)
  const siteId = doc ? idOf(doc.site) : null
  const member = !user || isPlatformAdmin(user) || (siteId !== null && rolesOn(user, siteId).length > 0)
  if (!doc || siteId === null || !member || (siteFilter !== null && String(siteFilter) !== String(siteId))) {
    return { status: 404, problems: [problem('document', 'Không tìm thấy bài.', 'Document not found.')] }
  }
  if (user && !mayAct(user, siteId, 'unpublish', await siteRequiresApproval({ payload, context: {} } as unknown as PayloadRequest, siteId))) {
    return { status: 403, problems: [problem('document', 'Bạn không có quyền gỡ xuất bản trên trang này.', 'You may not unpublish on this site.')] }
  }
  if (doc._status !== 'published') {
    return { status: 409, problems: [problem('document', 'Bài chưa xuất bản nên không thể gỡ.', 'The document is not published.')] }
  }
  const path = portalPathOf(payload, input.collection, doc)
  if (!path) problems.push(problem('document', 'Bài không có trang riêng trên cổng.', 'The document has no page of its own on the portal.'))

  const kind = TAKEDOWN_KINDS.find((k) => k === input.kind)
  if (!kind) {
    problems.push(problem('kind', 'Cần chọn loại gỡ: withdrawn, error, consolidated hoặc former-unit.', 'Choose the kind: withdrawn, error, consolidated or former-unit.'))
  }
  const reason = typeof input.reason === 'string' ? input.reason.normalize('NFC').trim() : ''
  if (reason.length > 1000) problems.push(problem('reason', 'Lý do tối đa 1000 ký tự.', 'The reason is at most 1000 characters.'))
  // The withdrawn banner shows the reason; a 410 or 301 needs one for the record (as every unpublish does).
  const reasonRequired = kind !== 'former-unit'
  if (reasonRequired && reason.length < 3) {
    problems.push(
      kind && PUBLIC_REASON_KINDS.includes(kind)
        ? problem('reason', 'Cần nêu lý do (ít nhất 3 ký tự): người đọc sẽ thấy lý do này trên trang.', 'A reason (3+ characters) is required: readers see it on the page.')
        : problem('reason', 'Cần nêu lý do gỡ xuất bản (ít nhất 3 ký tự).', 'A reason (3+ characters) is required to unpublish.'),
    )
  }

  let target: TakedownPlan['target'] = null
  if (kind === 'consolidated') {
    const t = input.target
    if (!t || !t.collection || ((t.id === undefined || t.id === null || t.id === '') && !t.slug)) {
      problems.push(problem('target', 'Cần chọn trang đích để chuyển hướng.', 'Choose the page the address should lead to.'))
    } else if (!takedownCollection(payload, t.collection)) {
      problems.push(problem('target', `Trang đích phải là một bài trên cổng ("${t.collection}" không phải).`, `The target must be a document with a portal page ("${t.collection}" is not).`))
    } else {
      const found = await liveDoc(payload, t.collection, { id: t.id, slug: t.slug, site: siteId }, req)
      const targetPath = found ? portalPathOf(payload, t.collection, found) : null
      if (!found || found._status !== 'published') problems.push(problem('target', 'Trang đích không tồn tại hoặc chưa xuất bản.', 'The target does not exist or is not published.'))
      else if (String(idOf(found.site)) !== String(siteId)) problems.push(problem('target', 'Trang đích phải thuộc cùng cổng.', 'The target must be on the same portal.'))
      else if (t.collection === input.collection && String(found.id) === String(doc.id)) problems.push(problem('target', 'Không thể chuyển hướng một bài về chính nó.', 'A document cannot lead to itself.'))
      else if (!targetPath) problems.push(problem('target', 'Trang đích không có trang riêng trên cổng.', 'The target has no page of its own on the portal.'))
      else {
        const gone = await payload.find({ collection: TAKEDOWNS as 'news', where: { and: [{ collectionSlug: { equals: t.collection } }, { docId: { equals: String(found.id) } }, { kind: { in: ['error', 'consolidated'] } }] }, limit: 1, depth: 0, overrideAccess: true, req: inTx(req) })
        if (gone.totalDocs > 0) problems.push(problem('target', 'Trang đích cũng đã bị gỡ.', 'The target has been taken down too.'))
        else target = { collection: t.collection, id: found.id, path: targetPath, title: titleOf(found) }
      }
    }
  } else if (input.target && (input.target.id || input.target.slug)) {
    problems.push(problem('target', 'Chỉ chọn trang đích khi gộp vào trang khác.', 'A target is only for "consolidated".'))
  }

  let successor: TakedownPlan['successor'] = null
  if (kind === 'former-unit') {
    if (input.successor === undefined || input.successor === null || input.successor === '') {
      problems.push(problem('successor', 'Cần chọn cổng kế thừa.', 'Choose the successor portal.'))
    } else {
      const site = await siteBy(payload, input.successor, req)
      if (!site) problems.push(problem('successor', `Không có cổng "${input.successor}".`, `No portal "${input.successor}".`))
      else if (site.status === 'archived') problems.push(problem('successor', `Cổng "${site.slug}" đã ngừng hoạt động.`, `Portal "${site.slug}" is archived.`))
      else if (String(site.id) === String(siteId)) problems.push(problem('successor', 'Cổng kế thừa phải là cổng khác.', 'The successor must be another portal.'))
      else successor = { id: site.id, slug: String(site.slug), name: String(site.name) }
    }
  } else if (input.successor !== undefined && input.successor !== null && input.successor !== '') {
    problems.push(problem('successor', 'Chỉ chọn cổng kế thừa khi bài thuộc đơn vị cũ.', 'A successor is only for "former-unit".'))
  }

  if (problems.length || !kind || !path) return { status: 400, problems }
  const existing = await payload.find({ collection: TAKEDOWNS as 'news', where: { and: [{ collectionSlug: { equals: input.collection } }, { docId: { equals: String(doc.id) } }] }, limit: 1, depth: 0, overrideAccess: true, req: inTx(req) })
  const site = await siteBy(payload, siteId, req)
  return {
    status: 200,
    problems: [],
    plan: {
      collection: input.collection,
      id: doc.id,
      site: siteId,
      siteSlug: String(site?.slug ?? siteId),
      title: titleOf(doc),
      kind,
      reason: reason || null,
      path,
      target,
      successor,
      replaces: ((existing.docs[0] as Doc | undefined)?.kind as TakedownKind | undefined) ?? null,
    },
  }
}

/** One line saying what a plan does (the CSV dry run prints it). */
export function describePlan(plan: TakedownPlan): string {
  const what = `${plan.collection} #${plan.id} "${plan.title ?? ''}" (${plan.siteSlug}${plan.path})`
  switch (plan.kind) {
    case 'withdrawn':
      return `${what}: giữ trang, hiện thông báo rút lại "${plan.reason}" / stays with a withdrawn banner`
    case 'error':
      return `${what}: gỡ xuất bản, địa chỉ trả 410 / unpublished, the address answers 410`
    case 'consolidated':
      return `${what}: gỡ xuất bản, chuyển hướng 301 tới ${plan.target!.path} / unpublished, 301 to ${plan.target!.path}`
    case 'former-unit':
      return `${what}: giữ trang, hiện cổng kế thừa "${plan.successor!.name}" / stays with a banner naming ${plan.successor!.slug}`
  }
}

/**
 * Write a checked plan: the takedown record (replacing an earlier one) and, for `error` and
 * `consolidated`, the unpublish through the workflow (as `user`, so its rules apply again).
 * Banner kinds leave the document published and record the step in the workflow history and
 * the audit log themselves. One transaction where the database has them; otherwise the record
 * is removed again when the unpublish is refused.
 */
export async function applyTakedown(payload: Payload, plan: TakedownPlan, { user, req }: { user: SessionUser | null; req: PayloadRequest }): Promise<void> {
  const own = await initTransaction(req)
  let created: Id | null = null
  try {
    const ref: Where = { and: [{ collectionSlug: { equals: plan.collection } }, { docId: { equals: String(plan.id) } }] }
    await payload.delete({ collection: TAKEDOWNS as 'news', where: ref, overrideAccess: true, req: inTx(req) })
    const by = user ? String((req.user as { name?: string; email?: string } | null)?.name || (req.user as { email?: string } | null)?.email || user.id) : 'Hệ thống / System'
    const record = await payload.create({
      collection: TAKEDOWNS as 'news',
      data: {
        site: plan.site,
        collectionSlug: plan.collection,
        docId: String(plan.id),
        title: plan.title?.slice(0, 300) ?? null,
        kind: plan.kind,
        reason: plan.reason,
        path: plan.path,
        targetCollection: plan.target?.collection ?? null,
        targetId: plan.target ? String(plan.target.id) : null,
        targetPath: plan.target?.path ?? null,
        successor: plan.successor?.id ?? null,
        user: user?.id ?? null,
        by,
      } as never,
      overrideAccess: true,
      req: inTx(req),
    })
    created = (record as { id: Id }).id
    const label = TAKEDOWN_LABELS[plan.kind].vi
    const comment = `${label}${plan.reason ? `: ${plan.reason}` : ''}${plan.target ? ` → ${plan.target.path}` : ''}${plan.successor ? ` → ${plan.successor.name}` : ''}`
    if (plan.kind === 'error' || plan.kind === 'consolidated') {
      await payload.update({
        collection: plan.collection as 'news',
        id: plan.id as number,
        draft: false,
        depth: 0,
        data: { _status: 'draft', workflow: { unpublishReason: plan.reason } } as never,
        ...(user ? { user: user as never, overrideAccess: false } : { overrideAccess: true }),
        req,
        // "Đăng nhầm" is what unpublishing always meant: its history line stays the reason alone.
        context: { workflowAction: 'unpublish', workflowComment: plan.reason, takedown: { kind: plan.kind, comment: plan.kind === 'error' ? plan.reason : comment } },
      })
    } else {
      await payload.create({
        collection: 'workflow-events',
        data: {
          collectionSlug: plan.collection,
          docId: String(plan.id),
          title: plan.title?.slice(0, 300) ?? null,
          site: plan.site as number,
          from: 'published',
          to: 'published',
          action: 'unpublish',
          comment,
          user: (user?.id ?? null) as number | null,
          by,
        },
        overrideAccess: true,
        req: inTx(req),
      })
      // The audit entry joins the transaction and keeps the caller's address and browser.
      const auditReq = { transactionID: req.transactionID, payload, headers: req.headers, user: req.user } as PayloadRequest
      await recordAudit(auditReq, {
        action: 'workflow',
        collection: plan.collection,
        docId: plan.id,
        title: plan.title,
        site: plan.site,
        user: user ? { id: user.id, email: (req.user as { email?: string } | null)?.email ?? null } : null,
        detail: { action: 'takedown', kind: plan.kind, reason: plan.reason, successor: plan.successor?.slug ?? null },
      })
      // The page stays published: its banner needs a build, its search entry a new rank.
      await requestBuild(payload, plan.site, `gỡ có lý do (${plan.kind}) ${plan.collection} #${plan.id}`, inTx(req))
      await queueSearchSync(payload, { collection: plan.collection, id: String(plan.id) }, inTx(req))
    }
    if (own) await commitTransaction(req)
  } catch (err) {
    if (own) await killTransaction(req)
    else if (created !== null) await payload.delete({ collection: TAKEDOWNS as 'news', id: created as number, overrideAccess: true, req: inTx(req) }).catch(() => undefined)
    throw err
  }
}

/** Lift a document's takedown (it is published again, or deleted for good). */
export async function liftTakedown(payload: Payload, collection: string, id: Id, req?: PayloadRequest): Promise<number> {
  const where: Where = { and: [{ collectionSlug: { equals: collection } }, { docId: { equals: String(id) } }] }
  // Almost every publish has nothing to lift: one indexed count through the adapter instead of
  // Payload's delete operation (which also clears document locks) on every approve.
  const { totalDocs } = await payload.db.count({ collection: TAKEDOWNS, where, req: inTx(req) })
  if (totalDocs === 0) return 0
  const { docs } = await payload.delete({ collection: TAKEDOWNS as 'news', where, overrideAccess: true, req: inTx(req) })
  return docs.length
}

