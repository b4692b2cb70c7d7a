/**
 * Writing messages into the outbox, each at most once per delivery key. A sender that may run
 * again for the same cause (a job retried after a crash, two workers that picked up the same
 * job) gives every message a key naming what it delivers (`alert:<subscription>:<update>`); a
 * message whose key is already in the outbox is skipped, and the key's unique index settles a
 * race between two writers. Messages are written in one transaction (the caller's, or one of
 * their own), so a page of messages is one commit and a sender that dies mid-page leaves none of
 * that page behind.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, ValidationError } from 'payload'

export type OutboxMail = {
  to: string
  subject: string
  text: string
  html?: string | null
  headers?: Record<string, string> | null
  /** What this message delivers, unique in the outbox: a second message with the same key is never written. */
  deliveryKey?: string | null
}

/** A write refused by the unique index on the delivery key: another writer got there first. */
export const isDeliveryKeyClash = (err: unknown): boolean =>
  err instanceof ValidationError && (err.data?.errors ?? []).some((e: { path?: string }) => /^delivery_?key$/i.test(String(e.path ?? '')))

/**
 * Whether `req` runs in a database transaction. Not `Boolean(req.transactionID)`: where the adapter
 * has none (SQLite as configured here), `initTransaction` leaves a promise of null there.
 */
export const hasTransaction = async (req: PayloadRequest | undefined): Promise<boolean> => Boolean(req && (await req.transactionID))

async function writeOnce(payload: Payload, mails: readonly OutboxMail[], req: PayloadRequest): Promise<number> {
  const transactional = await hasTransaction(req)
  const keys = [...new Set(mails.map((m) => m.deliveryKey).filter((k): k is string => Boolean(k)))]
  const known = new Set<string>()
  if (keys.length) {
    const found = await payload.find({ collection: 'outbox', where: { deliveryKey: { in: keys } }, depth: 0, pagination: false, overrideAccess: true, select: { deliveryKey: true } as never, req })
    for (const row of found.docs as Array<{ deliveryKey?: string | null }>) if (row.deliveryKey) known.add(row.deliveryKey)
  }
  let written = 0
  for (const mail of mails) {
    if (mail.deliveryKey) {
      if (known.has(mail.deliveryKey)) continue
      known.add(mail.deliveryKey)
    }
    try {
      await payload.create({ collection: 'outbox', data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null, headers: mail.headers ?? null, deliveryKey: mail.deliveryKey ?? null } as never, overrideAccess: true, req })
      written++
    } catch (err) {
      // Written by another sender meanwhile. Outside a transaction nothing else is undone: go on;
      // inside one the database has aborted it, so the caller must roll back (and may try again).
      if (transactional || !isDeliveryKeyClash(err)) throw err
    }
  }
  return written
}

/**
 * Write `mails` into the outbox, skipping those whose delivery key is there already; returns how
 * many were written. In the caller's transaction when `req` has one (a clash then fails it, for
 * the caller to roll back); otherwise in one of its own, tried again when another writer's
 * messages clash (they are then found and skipped). Where the adapter has no transactions (SQLite
 * as configured here), a message another sender wrote meanwhile is skipped as it clashes.
 */
export async function enqueueOnce(payload: Payload, mails: readonly OutboxMail[], req?: PayloadRequest): Promise<number> {
  if (!mails.length) return 0
  if (await hasTransaction(req)) return writeOnce(payload, mails, req!)
  for (let attempt = 1; ; attempt++) {
    const r = req ?? (await createLocalReq({}, payload))
    const own = await initTransaction(r)
    try {
      const written = await writeOnce(payload, mails, r)
      if (own) await commitTransaction(r)
      return written
    } catch (err) {
      if (own) await killTransaction(r)
      if (!isDeliveryKeyClash(err) || attempt >= 3) throw err
    }
  }
}
