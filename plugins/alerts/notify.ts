/**
 * Sending alerts through the outbox. `alertsNotify` runs once per major update (queued by the
 * publication): one message per confirmed "immediate" subscriber whose subscription matches the
 * document (the whole portal, the document itself, one of its categories, its legal type).
 * `alertsDigest` runs daily: one message per "daily" subscriber listing the matching major
 * updates since their last message, and it deletes unconfirmed subscriptions past their time.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type TaskConfig, type Where } from 'payload'

import { contributionOf, contributions } from '../../cms/src/contributions'
import type { SubscriptionFrequency, SubscriptionScope } from '../../cms/src/contracts/alerts'
import { LEGAL_DOCUMENT_TYPE_LABELS, type LegalDocumentType } from '../../cms/src/contracts/legal'
import { payloadSecret } from '../../cms/src/config/secrets'
import { dbId, idOf } from '../../cms/src/lib/ids'
import { enqueueOnce, hasTransaction, isDeliveryKeyClash } from '../outbox/enqueue'
import { portalBaseUrl } from '../portals/build/export'
import { alertMail, digestMail, type MailChange, type MailSite, type MailSubscription, type OutgoingMail } from './mail'

export const NOTIFY_TASK = 'alertsNotify'
export const DIGEST_TASK = 'alertsDigest'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>
type SubscriptionRow = MailSubscription & { site: unknown; category?: unknown; legalType?: string | null; docCollection?: string | null; docId?: string | null; frequency: SubscriptionFrequency; lastSentAt?: string | null; confirmedAt?: string | null }

/** A published document as alerts see it: what matches subscriptions and what the message says. */
export type ChangedDoc = { collection: string; id: string; site: number | string; categories: string[]; legalType: string | null; title: string; path: string | null }

export function titleOf(doc: Doc): string {
  for (const key of ['title', 'name', 'number']) if (typeof doc[key] === 'string' && doc[key].trim()) return doc[key].trim()
  return String(doc.id)
}

export function changedDoc(payload: Payload, collection: string, doc: Doc): ChangedDoc | null {
  const site = idOf(doc.site)
  if (site === null) return null
  const path = contributionOf(payload, collection, 'portal')?.path?.(doc) ?? null
  return {
    collection,
    id: String(doc.id),
    site,
    categories: Array.isArray(doc.categories) ? doc.categories.map((c: unknown) => String(idOf(c))).filter((c: string) => c !== 'null') : [],
    legalType: typeof doc.documentType === 'string' ? doc.documentType : null,
    title: titleOf(doc),
    path,
  }
}

/** The subscriptions a change of `doc` concerns, among confirmed ones of that frequency. */
export function matchingWhere(doc: ChangedDoc, frequency: SubscriptionFrequency): Where {
  const or: Where[] = [
    { scope: { equals: 'portal' } },
    { and: [{ scope: { equals: 'document' } }, { docCollection: { equals: doc.collection } }, { docId: { equals: doc.id } }] },
  ]
  if (doc.categories.length) or.push({ and: [{ scope: { equals: 'category' } }, { category: { in: doc.categories } }] })
  if (doc.legalType) or.push({ and: [{ scope: { equals: 'legal-type' } }, { legalType: { equals: doc.legalType } }] })
  return { and: [{ site: { equals: doc.site } }, { status: { equals: 'confirmed' } }, { frequency: { equals: frequency } }, { or }] }
}

/** Whether a subscription (already of the document's site) concerns the document. */
export function matches(sub: Pick<SubscriptionRow, 'scope' | 'category' | 'legalType' | 'docCollection' | 'docId'>, doc: ChangedDoc): boolean {
  const scope = sub.scope as SubscriptionScope
  if (scope === 'portal') return true
  if (scope === 'document') return sub.docCollection === doc.collection && sub.docId === doc.id
  if (scope === 'category') return doc.categories.includes(String(idOf(sub.category)))
  return scope === 'legal-type' && sub.legalType !== null && sub.legalType === doc.legalType
}

export async function mailSite(payload: Payload, siteId: number | string, req?: PayloadRequest): Promise<MailSite | null> {
  const site = (await payload.findByID({ collection: 'sites', id: siteId, depth: 0, locale: 'vi', overrideAccess: true, disableErrors: true, req })) as Doc | null
  if (!site || site.status === 'archived') return null
  return { name: String(site.name ?? site.slug), baseUrl: portalBaseUrl(site as { slug: string; domains?: string[] }) }
}

/** Names a category or legal-type subscription by what it follows (for the message's footer). */
async function withScopeNames(payload: Payload, subs: SubscriptionRow[], req?: PayloadRequest): Promise<SubscriptionRow[]> {
  const categoryIds = [...new Set(subs.filter((s) => s.scope === 'category').map((s) => idOf(s.category)).filter((id) => id !== null))]
  const names = new Map<string, string>()
  if (categoryIds.length) {
    const found = await payload.find({ collection: 'categories', where: { id: { in: categoryIds } }, depth: 0, pagination: false, overrideAccess: true, locale: 'vi', req })
    for (const c of found.docs as Doc[]) names.set(String(c.id), String(c.title ?? c.slug))
  }
  return subs.map((s) => ({
    ...s,
    scopeName: s.scope === 'category' ? (names.get(String(idOf(s.category))) ?? null) : s.scope === 'legal-type' && s.legalType ? (LEGAL_DOCUMENT_TYPE_LABELS[s.legalType as LegalDocumentType]?.vi ?? s.legalType) : null,
  }))
}

const PAGE = 500

/** Every subscription matching `where`, a page at a time. */
async function eachPage(payload: Payload, where: Where, visit: (subs: SubscriptionRow[]) => Promise<void>, req?: PayloadRequest, size = PAGE): Promise<void> {
  for (let page = 1; ; page++) {
    const found = await payload.find({ collection: 'subscriptions', where, depth: 0, limit: size, page, sort: 'id', overrideAccess: true, req })
    if (found.docs.length) await visit(found.docs as unknown as SubscriptionRow[])
    if (!found.hasNextPage) return
  }
}

/** What an alert delivers: this subscription's message about this update (ADR 0023). */
export const alertKey = (subscription: number | string, collection: string, id: string, at: string) => `alert:${subscription}:${collection}:${id}:${new Date(at).getTime()}`

/**
 * Send the alerts of one major update of a published document: one message per subscriber
 * address (someone following both the portal and the page gets one), a page of subscriptions per
 * commit. Each message carries its delivery key, so a run again (the job retried after a crash
 * midway, or picked up twice) writes only what is missing. Returns the number written by this run.
 */
export async function notifyChange(payload: Payload, collection: string, id: string, at: string, req?: PayloadRequest, options: { pageSize?: number } = {}): Promise<number> {
  const doc = (await payload.findByID({ collection: collection as 'news', id: dbId(payload, id), depth: 0, draft: false, overrideAccess: true, locale: 'vi', disableErrors: true, req })) as Doc | null
  if (!doc || doc._status !== 'published') return 0
  const note = (doc.changeNotes as Array<{ at: string; note: string }> | undefined)?.find((n) => new Date(n.at).getTime() === new Date(at).getTime())
  const changed = changedDoc(payload, collection, doc)
  if (!note || !changed) return 0
  const site = await mailSite(payload, changed.site, req)
  if (!site) return 0
  const change: MailChange = { title: changed.title, url: `${site.baseUrl}${changed.path ?? '/'}`, at: note.at, note: note.note }
  const secret = payloadSecret()
  const seen = new Set<string>()
  let sent = 0
  await eachPage(
    payload,
    matchingWhere(changed, 'immediate'),
    async (subs) => {
      const fresh = subs.filter((s) => !seen.has(s.email) && seen.add(s.email))
      const named = await withScopeNames(payload, fresh, req)
      sent += await enqueueOnce(payload, named.map((s) => ({ ...alertMail(site, secret, s, change), deliveryKey: alertKey(s.id, collection, String(doc.id), note.at) })), req)
    },
    req,
    options.pageSize,
  )
  return sent
}

export const notifyTask: TaskConfig<{ input: { collection: string; id: string; at: string }; output: { sent: number } }> = {
  slug: NOTIFY_TASK,
  label: 'Gửi thông báo cập nhật (change alerts)',
  retries: 2,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'number' }],
  handler: async ({ input, req }) => ({ output: { sent: await notifyChange(req.payload, input.collection, input.id, input.at, req) } }),
}

/** At most this far back a digest looks (a subscriber silent for longer gets the last week). */
const DIGEST_LOOKBACK_MS = 7 * 86_400_000

/** The major updates since `since`, of every collection following the workflow. */
async function changesSince(payload: Payload, since: Date, req?: PayloadRequest): Promise<Array<{ doc: ChangedDoc; at: string; note: string }>> {
  const out: Array<{ doc: ChangedDoc; at: string; note: string }> = []
  for (const { slug } of contributions(payload, 'workflow')) {
    const found = await payload.find({ collection: slug as 'news', where: { 'changeNotes.at': { greater_than: since.toISOString() } }, depth: 0, draft: false, pagination: false, overrideAccess: true, locale: 'vi', req })
    for (const doc of found.docs as Doc[]) {
      if (doc._status !== 'published') continue
      const changed = changedDoc(payload, slug, doc)
      if (!changed) continue
      for (const n of (doc.changeNotes ?? []) as Array<{ at: string; note: string }>) if (new Date(n.at) > since) out.push({ doc: changed, at: n.at, note: n.note })
    }
  }
  return out.sort((a, b) => a.at.localeCompare(b.at))
}

export type DigestOutcome = { sent: number; expired: number }

/** Daily digests and the deletion of expired unconfirmed subscriptions. */
export async function runDigest(payload: Payload, now: Date, req?: PayloadRequest): Promise<DigestOutcome> {
  const expired = await payload.delete({ collection: 'subscriptions', where: { and: [{ status: { equals: 'pending' } }, { expiresAt: { less_than: now.toISOString() } }] }, overrideAccess: true, req })
  const changes = await changesSince(payload, new Date(now.getTime() - DIGEST_LOOKBACK_MS), req)
  const secret = payloadSecret()
  const sites = new Map<string, MailSite | null>()
  let sent = 0
  if (changes.length) {
    const siteIds = [...new Set(changes.map((c) => String(c.doc.site)))]
    await eachPage(
      payload,
      { and: [{ status: { equals: 'confirmed' } }, { frequency: { equals: 'daily' } }, { site: { in: siteIds } }] },
      async (subs) => {
        const named = await withScopeNames(payload, subs, req)
        for (const sub of named) {
          const since = new Date(Math.max(new Date(sub.lastSentAt ?? sub.confirmedAt ?? 0).getTime(), now.getTime() - DIGEST_LOOKBACK_MS))
          const siteId = String(idOf(sub.site))
          const mine = changes.filter((c) => String(c.doc.site) === siteId && new Date(c.at) > since && new Date(c.at) <= now && matches(sub, c.doc))
          if (!mine.length) continue
          if (!sites.has(siteId)) sites.set(siteId, await mailSite(payload, siteId, req))
          const site = sites.get(siteId)
          if (!site) continue
          // The message and the subscriber's "last written to" in one commit: a run again after a
          // crash neither loses the digest nor sends it twice (its key names the newest update in it).
          const mail = { ...digestMail(site, secret, sub, mine.map((c) => ({ title: c.doc.title, url: `${site.baseUrl}${c.doc.path ?? '/'}`, at: c.at, note: c.note }))), deliveryKey: `digest:${sub.id}:${new Date(mine[mine.length - 1]!.at).getTime()}` }
          const r = (await hasTransaction(req)) ? req! : await createLocalReq({}, payload)
          const own = await initTransaction(r)
          try {
            const written = await enqueueOnce(payload, [mail], r)
            await payload.update({ collection: 'subscriptions', id: sub.id, data: { lastSentAt: now.toISOString() }, overrideAccess: true, req: r })
            if (own) await commitTransaction(r)
            sent += written
          } catch (err) {
            if (own) await killTransaction(r)
            // Another run wrote this digest meanwhile (and its `lastSentAt`).
            if (!isDeliveryKeyClash(err)) throw err
          }
        }
      },
      req,
    )
  }
  return { sent, expired: expired.docs.length }
}

/**
 * Every day at 07:00 (the server's time zone; set TZ=Asia/Ho_Chi_Minh). `now` (ISO) lets tests
 * run it at another time.
 */
export const digestTask: TaskConfig<{ input: { now?: string | null }; output: DigestOutcome }> = {
  slug: DIGEST_TASK,
  label: 'Gửi thư tổng hợp cập nhật hằng ngày (daily alert digests)',
  retries: 1,
  schedule: [{ cron: '0 7 * * *', queue: 'default' }],
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [
    { name: 'sent', type: 'number' },
    { name: 'expired', type: 'number' },
  ],
  handler: async ({ input, req }) => ({ output: await runDigest(req.payload, input?.now ? new Date(input.now) : new Date(), req) }),
}
