/**
 * The lean write path for citizens' questions. A popular session draws bursts of hundreds of
 * questions a second; going through Payload's full create (hooks, access, validation, a read
 * back of the row) for each would cost milliseconds of CPU apiece. Questions are validated by
 * the endpoint, then written here in groups: every question arriving while a write is under way
 * joins the next one, a single multi-row INSERT (group commit). A question is acknowledged only
 * after its group is committed, so every 202 is a row in the database (ADR 0012).
 *
 * SQLite: one INSERT through the adapter's libsql client. MongoDB: the adapter's own `create`
 * (no Payload hooks either), one document at a time.
 */
import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { newQuestionRef, newReceiptCode } from './receipt'
import { searchKey } from './similarity'

export type IntakeQuestion = {
  siteId: number | string
  sessionId: number | string | null
  name: string
  /** The asker agreed to have the name published with the question. */
  showName: boolean
  email: string
  phone: string | null
  address: string
  topic: string | null
  text: string
  held: boolean
  holdReasons: string | null
  channel: 'web' | 'form'
  ipHash: string | null
}

export type Receipt = { receiptCode: string; ref: string; receivedAt: string }

type Pending = { question: IntakeQuestion; resolve: (receipt: Receipt) => void; reject: (err: unknown) => void }

const MAX_BATCH = 200

const COLUMNS = [
  'receipt_code',
  'ref',
  'state',
  'session_id',
  'asker_name',
  'asker_show_name',
  'asker_email',
  'asker_phone',
  'asker_address',
  'topic',
  'text',
  'received_at',
  'display_order',
  'held',
  'hold_reasons',
  'channel',
  'search_key',
  'ip_hash',
  'site_id',
  'updated_at',
  'created_at',
] as const

type LibsqlClient = { execute: (stmt: { sql: string; args: unknown[] }) => Promise<unknown> }

/** A salted hash of a client address: enough to spot abuse, not to recover the address. */
export function hashIp(ip: string | null | undefined, secret: string): string | null {
  if (!ip) return null
  return createHash('sha256').update(`${secret}\0${ip}`).digest('base64url').slice(0, 22)
}

export class QuestionIntake {
  private queue: Pending[] = []
  private writing = false
  private scheduled = false
  /** Figures for the benchmark and /healthz. */
  readonly stats = { batches: 0, questions: 0, largestBatch: 0, failures: 0 }
  private readonly listeners: ((questions: IntakeQuestion[]) => void)[] = []

  constructor(private readonly payload: Payload) {}

  /** Called after every committed group (the live hub tells the consoles). */
  onCommitted(listener: (questions: IntakeQuestion[]) => void): void {
    this.listeners.push(listener)
  }

  /** Store one question; resolves with its receipt once it is committed. */
  submit(question: IntakeQuestion): Promise<Receipt> {
    return new Promise((resolve, reject) => {
      this.queue.push({ question, resolve, reject })
      this.schedule()
    })
  }

  private schedule(): void {
    if (this.writing || this.scheduled) return
    this.scheduled = true
    // Let the requests already parsed in this turn of the event loop join the group.
    setImmediate(() => {
      this.scheduled = false
      void this.flush()
    })
  }

  private async flush(): Promise<void> {
    if (this.writing || this.queue.length === 0) return
    this.writing = true
    const group = this.queue.splice(0, MAX_BATCH)
    try {
      const receipts = await this.write(group.map((p) => p.question))
      this.stats.batches++
      this.stats.questions += group.length
      this.stats.largestBatch = Math.max(this.stats.largestBatch, group.length)
      group.forEach((p, i) => p.resolve(receipts[i]!))
      for (const listener of this.listeners) listener(group.map((p) => p.question))
    } catch (err) {
      this.stats.failures++
      this.payload.logger.error({ err, msg: `Could not store ${group.length} questions` })
      for (const p of group) p.reject(err)
    } finally {
      this.writing = false
      if (this.queue.length > 0) this.schedule()
    }
  }

  private async write(questions: IntakeQuestion[]): Promise<Receipt[]> {
    // A receipt code is 50 random bits; should one ever collide, the whole group is written
    // again with new codes (the unique index refuses the duplicate, nothing is half-written).
    for (let attempt = 0; ; attempt++) {
      const now = new Date().toISOString()
      const receipts = questions.map(() => ({ receiptCode: newReceiptCode(), ref: newQuestionRef(), receivedAt: now }))
      try {
        if (this.payload.db.name !== 'sqlite') {
          await this.insertWithAdapter(questions, receipts)
          return receipts
        }
        await this.insertSqlite(questions, receipts)
        return receipts
      } catch (err) {
        if (this.payload.db.name === 'sqlite' && attempt < 2 && /UNIQUE/i.test(String((err as Error)?.message ?? err))) continue
        throw err
      }
    }
  }

  private async insertSqlite(questions: IntakeQuestion[], receipts: Receipt[]): Promise<void> {
    const client = (this.payload.db as unknown as { client: LibsqlClient }).client
    const row = `(${COLUMNS.map(() => '?').join(',')})`
    const args: unknown[] = []
    questions.forEach((q, i) => {
      const r = receipts[i]!
      args.push(
        r.receiptCode,
        r.ref,
        'pending',
        q.sessionId === null ? null : Number(q.sessionId),
        q.name,
        q.showName ? 1 : 0,
        q.email,
        q.phone,
        q.address,
        q.topic,
        q.text,
        r.receivedAt,
        0,
        q.held ? 1 : 0,
        q.holdReasons,
        q.channel,
        searchKey(q.text),
        q.ipHash,
        Number(q.siteId),
        r.receivedAt,
        r.receivedAt,
      )
    })
    await client.execute({ sql: `INSERT INTO questions (${COLUMNS.join(',')}) VALUES ${questions.map(() => row).join(',')}`, args })
  }

  private async insertWithAdapter(questions: IntakeQuestion[], receipts: Receipt[]): Promise<void> {
    for (const [i, q] of questions.entries()) {
      for (let attempt = 0; ; attempt++) {
        try {
          await this.createOne(q, receipts[i]!)
          break
        } catch (err) {
          if (attempt >= 2 || !/duplicate key|E11000/i.test(String((err as Error)?.message ?? err))) throw err
          receipts[i] = { ...receipts[i]!, receiptCode: newReceiptCode(), ref: newQuestionRef() }
        }
      }
    }
  }

  private async createOne(q: IntakeQuestion, r: Receipt): Promise<void> {
    await this.payload.db.create({
      collection: 'questions',
      data: {
        receiptCode: r.receiptCode,
        ref: r.ref,
        state: 'pending',
        session: q.sessionId,
        asker: { name: q.name, showName: q.showName, email: q.email, phone: q.phone, address: q.address },
        topic: q.topic,
        text: q.text,
        receivedAt: r.receivedAt,
        displayOrder: 0,
        held: q.held,
        holdReasons: q.holdReasons,
        channel: q.channel,
        searchKey: searchKey(q.text),
        ipHash: q.ipHash,
        site: q.siteId,
        updatedAt: r.receivedAt,
        createdAt: r.receivedAt,
      },
    })
  }
}
