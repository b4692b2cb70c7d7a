/**
 * Review reminders (hourly job `sendReviewReminders`): 30 and 7 days before a document's next
 * review and on the day (or the first run after it), by email through the outbox, to its owner
 * or, without one, to the site's editors. Only published documents of active portals.
 *
 * Each reminder is sent once and never lost: its mails go into the outbox with a delivery key
 * each (`review:<reminder>:<person>`), then a row keyed `<collection>:<id>:<next review day>:<stage>`
 * is inserted into `review-reminders`, whose unique index makes a second insert fail, whether it
 * comes from a later run, a concurrent run or another process; all in one transaction where the
 * adapter has them (PostgreSQL). A run that dies before the row is written leaves the reminder
 * unclaimed, so the next run sends it, writing only the mails not already in the outbox. A
 * document whose next review moves (marked reviewed) gets a new key, so its reminders start
 * over. A document seen late (its next review 5 days away when first looked at) gets only the
 * most urgent reminder due, never the ones it missed.
 */
import { setImmediate } from 'node:timers/promises'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type CollectionSlug, type Payload, type PayloadRequest, type TaskConfig, type Where } from 'payload'

import { env } from '../../cms/src/config/env'
import { idOf } from '../../cms/src/lib/ids'
import { enqueueOnce, type OutboxMail } from '../outbox/enqueue'
import { REVIEW_REMINDERS, REVIEW_SCHEDULES } from './collections'
import { addDays, daysBetween, dayStart, vnDate, vnDay } from './dates'
import { displayName, type Person, recipientsOf } from './people'
import { type Doc, ensureRow, keyOf, reviewedCollections, type ScheduleRow, type SiteSettings, titleField } from './schedule'

export const REVIEW_REMINDER_TASK = 'sendReviewReminders'

/** Days before the next review at which a reminder goes out (0: on the day). */
export const REMINDER_STAGES = [30, 7, 0] as const
export type ReminderStage = (typeof REMINDER_STAGES)[number]

/** The most urgent reminder due `daysLeft` days before the next review, or null. */
export function stageFor(daysLeft: number): ReminderStage | null {
  if (daysLeft <= 0) return 0
  if (daysLeft <= 7) return 7
  if (daysLeft <= 30) return 30
  return null
}

/** `created`: rows given to documents without one; `backfilled`: false when some are left for the next run. */
export type ReminderOutcome = { due: number; sent: number; mails: number; created: number; backfilled: boolean }

const PAGE = 500

/** Documents the backfill reads per step (their ids, through the primary key). */
const BACKFILL_PAGE = 1000
/**
 * How long one run may spend giving rows to documents without one; the rest is left to the next
 * run (hourly). A platform imported beside the Local API (1,000,000 news at national scale) is
 * caught up over a few runs instead of one run holding a job runner for hours.
 */
export const BACKFILL_BUDGET_MS = 5 * 60_000

/**
 * Where a run out of time stopped, per collection: the next run of this process goes on from there
 * instead of stepping again through the documents that have their rows (50 ms per 1,000).
 */
const resumeAfter = new Map<string, number | string | null>()

/**
 * Rows for documents that have none: made before review dates existed, or written beside the
 * Local API (bulk imports). It runs every hour, so it reads little: nothing when a collection
 * has as many rows as documents (those in the trash included: they keep theirs); otherwise the
 * documents' ids in steps of BACKFILL_PAGE by primary key, the rows of each step by their unique
 * key, and for a document without a row only the fields its row needs, not its content.
 *
 * At national scale it read every row key into memory and paged the documents by offset (each
 * step re-reading all the steps before it), then looked each missing row up again: with 1,000,000
 * bulk-inserted news one run took hours, grew to 17 GB and, on SQLite, kept the server from
 * answering any request (each statement completes synchronously, so the run never gave the event
 * loop a turn). Now each step is read by key, missing rows are written through the adapter, the
 * event loop gets a turn every 100 rows and after each step, the run stops after `budgetMs`
 * (`complete` false: documents are left for the next run, which goes on from where it stopped).
 */
async function backfill(payload: Payload, budgetMs: number): Promise<{ created: number; complete: boolean }> {
  const deadline = Date.now() + budgetMs
  let created = 0
  for (const collection of reviewedCollections(payload)) {
    const slug = collection as CollectionSlug
    const [docs, rows] = await Promise.all([
      payload.count({ collection: slug, overrideAccess: true, trash: true }),
      payload.count({ collection: REVIEW_SCHEDULES as CollectionSlug, where: { collection: { equals: collection } }, overrideAccess: true }),
    ])
    if (rows.totalDocs >= docs.totalDocs) continue
    const sites = new Map<string, SiteSettings | null>()
    const select = { site: true, updatedAt: true, [titleField(payload, collection)]: true } as never
    let after: number | string | null = resumeAfter.get(collection) ?? null
    for (;;) {
      if (Date.now() >= deadline) {
        resumeAfter.set(collection, after)
        return { created, complete: false }
      }
      const where: Where = after === null ? {} : { id: { greater_than: after } }
      const ids = (await payload.find({ collection: slug, where, depth: 0, limit: BACKFILL_PAGE, pagination: false, overrideAccess: true, trash: true, sort: 'id', select: { id: true } as never })).docs as unknown as Doc[]
      if (ids.length === 0) {
        // The end: the next run that finds documents without a row starts from the first again.
        resumeAfter.delete(collection)
        break
      }
      after = ids.at(-1)!.id
      const keys = ids.map((d) => keyOf(collection, d.id))
      const found = await payload.db.find<ScheduleRow>({ collection: REVIEW_SCHEDULES, where: { key: { in: keys } }, pagination: false, limit: 0 })
      const known = new Set(found.docs.map((r) => r.key))
      const missing = ids.map((d) => d.id).filter((id) => !known.has(keyOf(collection, id)))
      for (let i = 0; i < missing.length; i += PAGE) {
        const page = await payload.find({ collection: slug, where: { id: { in: missing.slice(i, i + PAGE) } }, depth: 0, pagination: false, overrideAccess: true, trash: true, draft: false, select })
        for (const doc of page.docs as unknown as Doc[]) {
          await ensureRow(payload, collection, doc, doc.updatedAt ?? new Date().toISOString(), undefined, { missing: true, sites })
          // A turn for the server's requests every 100 rows (about 0.1 s of work; see above).
          if (++created % 100 === 0) await setImmediate()
        }
      }
      // A turn for the server's requests between steps (see above).
      await setImmediate()
    }
  }
  return { created, complete: true }
}

function mail(stage: ReminderStage, daysLeft: number, person: Person, doc: { type: string; title: string; url: string; site: string; day: string }) {
  const when =
    daysLeft > 0 ? `trước ngày ${vnDate(doc.day)} (còn ${daysLeft} ngày)` : daysLeft === 0 ? `trước hết ngày hôm nay, ${vnDate(doc.day)}` : `từ ngày ${vnDate(doc.day)} (đã quá hạn ${-daysLeft} ngày)`
  const whenEn = daysLeft > 0 ? `by ${doc.day} (in ${daysLeft} days)` : daysLeft === 0 ? `today, ${doc.day}` : `since ${doc.day} (${-daysLeft} days overdue)`
  const subject =
    stage === 30 ? `Sắp đến hạn rà soát: ${doc.title}` : stage === 7 ? `Còn ${daysLeft} ngày đến hạn rà soát: ${doc.title}` : daysLeft === 0 ? `Đến hạn rà soát hôm nay: ${doc.title}` : `Quá hạn rà soát: ${doc.title}`
  const text = [
    `Kính gửi ${displayName(person)},`,
    '',
    `${doc.type} “${doc.title}” của ${doc.site} cần được rà soát ${when}.`,
    'Hãy mở tài liệu, kiểm tra nội dung còn chính xác và đầy đủ, sửa nếu cần, rồi bấm “Đã rà soát”:',
    doc.url,
    '',
    '—',
    `“${doc.title}” (${doc.site}) is due for review ${whenEn}. Open it, check that it is still accurate, then press “Đã rà soát” (Mark reviewed):`,
    doc.url,
  ].join('\n')
  return { to: person.email, subject: `[Cổng] ${subject}`.slice(0, 250), text }
}

/** Send every reminder due on `today` (a Vietnamese calendar day) that was not sent yet. */
export async function sendReviewReminders(payload: Payload, now = new Date(), options: { backfillMs?: number } = {}): Promise<ReminderOutcome> {
  const { created, complete } = await backfill(payload, options.backfillMs ?? BACKFILL_BUDGET_MS)
  if (!complete) payload.logger.info(`Rà soát: ${created} tài liệu được đặt lịch rà soát, còn tài liệu chưa có lịch, làm tiếp ở lần chạy sau / review: ${created} documents given a review date, more left for the next run`)
  const today = vnDay(now)
  const horizon = dayStart(addDays(today, 31))
  const staff = new Map<string, Person[]>()
  const sites = new Map<string, { name: string; active: boolean } | null>()
  const base = env().serverUrl || `http://localhost:${env().port}`
  const outcome: ReminderOutcome = { due: 0, sent: 0, mails: 0, created, backfilled: complete }
  for (let page = 1; ; page++) {
    const rows = await payload.find({ collection: REVIEW_SCHEDULES as CollectionSlug, where: { nextReviewAt: { less_than: horizon } }, sort: 'nextReviewAt', depth: 0, limit: PAGE, page, overrideAccess: true })
    const due = (rows.docs as unknown as ScheduleRow[]).flatMap((row) => {
      const day = vnDay(row.nextReviewAt!)
      const daysLeft = daysBetween(today, day)
      const stage = stageFor(daysLeft)
      return stage === null ? [] : [{ row, day, daysLeft, stage, key: `${row.key}:${day}:${stage}` }]
    })
    outcome.due += due.length
    const done = new Set(
      due.length === 0
        ? []
        : ((await payload.find({ collection: REVIEW_REMINDERS as CollectionSlug, where: { key: { in: due.map((d) => d.key) } }, depth: 0, pagination: false, overrideAccess: true, select: { key: true } as never })).docs as unknown as Array<{ key: string }>).map((r) => r.key),
    )
    for (const item of due) {
      if (done.has(item.key)) continue
      const siteId = idOf(item.row.site)
      if (siteId === null) continue
      if (!sites.has(String(siteId))) {
        const site = (await payload.findByID({ collection: 'sites', id: siteId, depth: 0, locale: 'vi', overrideAccess: true, disableErrors: true })) as { name?: string; status?: string } | null
        sites.set(String(siteId), site ? { name: site.name ?? '', active: site.status !== 'archived' } : null)
      }
      const site = sites.get(String(siteId))
      if (!site?.active) continue
      const doc = (await payload.findByID({ collection: item.row.collection as CollectionSlug, id: item.row.document, draft: false, depth: 0, overrideAccess: true, disableErrors: true })) as Doc | null
      if (!doc || doc._status !== 'published') continue
      const people = await recipientsOf(payload, siteId, item.row.owner, staff)
      const config = payload.collections[item.row.collection as CollectionSlug]?.config
      const singular = config?.labels?.singular
      const type = singular && typeof singular === 'object' ? String((singular as Record<string, string>).vi ?? item.row.collection) : String(singular ?? item.row.collection)
      const info = { type, title: item.row.title ?? `#${item.row.document}`, url: `${base}/admin/collections/${item.row.collection}/${item.row.document}`, site: site.name, day: item.day }
      const mails = people.map((person) => ({ ...mail(item.stage, item.daysLeft, person, info), deliveryKey: `review:${item.key}:${person.id}` }))
      const written = await sendOnce(payload, item.key, mails)
      if (written === null) continue
      outcome.mails += written
      outcome.sent++
    }
    if (!rows.hasNextPage) break
  }
  return outcome
}

const claimed = async (payload: Payload, key: string, req?: PayloadRequest) =>
  (await payload.count({ collection: REVIEW_REMINDERS as CollectionSlug, where: { key: { equals: key } }, overrideAccess: true, req })).totalDocs > 0

/**
 * Send reminder `key`: its mails (each skipped when its delivery key is in the outbox already),
 * then the row that records it sent, in one transaction where the adapter has them. Returns the
 * number of mails written, or null when the reminder had been sent (by an earlier run, or by a
 * concurrent one whose row or mails came first).
 */
async function sendOnce(payload: Payload, key: string, mails: OutboxMail[]): Promise<number | null> {
  const req = await createLocalReq({}, payload)
  const own = await initTransaction(req)
  try {
    if (await claimed(payload, key, req)) {
      if (own) await commitTransaction(req)
      return null
    }
    const written = await enqueueOnce(payload, mails, req)
    await payload.create({ collection: REVIEW_REMINDERS as CollectionSlug, data: { key, recipients: mails.length } as never, overrideAccess: true, depth: 0, req })
    if (own) await commitTransaction(req)
    return written
  } catch (err) {
    if (own) await killTransaction(req)
    if (await claimed(payload, key)) return null
    throw err
  }
}

/**
 * Hourly (minute 20): a day boundary in Việt Nam is caught within the hour whatever the server's
 * time zone; a run when nothing is due is one indexed query (and the backfill's two counts per
 * collection).
 */
export const reviewRemindersTask: TaskConfig<{ input: { now?: string | null }; output: ReminderOutcome }> = {
  slug: REVIEW_REMINDER_TASK,
  label: 'Nhắc rà soát nội dung (review reminders)',
  retries: 2,
  schedule: [{ cron: '20 * * * *', queue: 'default' }],
  inputSchema: [{ name: 'now', type: 'text' }],
  outputSchema: [
    { name: 'due', type: 'number' },
    { name: 'sent', type: 'number' },
    { name: 'mails', type: 'number' },
    { name: 'created', type: 'number' },
    { name: 'backfilled', type: 'checkbox' },
  ],
  handler: async ({ input, req }: { input: { now?: string | null }; req: PayloadRequest }) => ({ output: await sendReviewReminders(req.payload, input?.now ? new Date(input.now) : new Date()) }),
}
