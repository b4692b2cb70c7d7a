/**
 * The lean write path for citizens' questions. A popular session draws bursts of hundreds of
 * questions a second; going through Payload's full create (hooks, access, validation, a read
 * back of the row) for each would cost milliseconds of CPU apiece. Questions are validated by
 * the endpoint, then written here in groups: every question arriving while a write is under way
 * joins the next one, a single multi-row INSERT (group commit). A question is acknowledged only
 * after its group is committed, so every 202 is a row in the database (ADR 0012).
 *
 * The write itself is adapter-specific and lives in cms/src/db/questionInsert.ts: one multi-row
 * INSERT on SQLite and PostgreSQL, the adapter's `create` per document on MongoDB.
 */

import type { Payload } from 'payload'

import { DuplicateKeyError, insertQuestions } from '../../cms/src/db/questionInsert'
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


/** A salted hash of a client address: enough to spot abuse, not to recover the address. */
export { hashIp } from '../../cms/src/lib/endpoint'

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
    const now = new Date().toISOString()
    const receipts = questions.map(() => ({ receiptCode: newReceiptCode(), ref: newQuestionRef(), receivedAt: now }))
    let done = 0
    // A receipt code is 50 random bits; should one ever collide, what was not written is written
    // again with new codes (a unique index refuses the duplicate).
    for (let attempt = 0; ; attempt++) {
      try {
        await insertQuestions(
          this.payload,
          questions.slice(done).map((q, i) => {
            const r = receipts[done + i]!
            return { ...q, receiptCode: r.receiptCode, ref: r.ref, receivedAt: r.receivedAt, searchKey: searchKey(q.text) }
          }),
        )
        return receipts
      } catch (err) {
        if (!(err instanceof DuplicateKeyError) || attempt >= 2) throw err
        done += err.written
        for (let i = done; i < receipts.length; i++) receipts[i] = { ...receipts[i]!, receiptCode: newReceiptCode(), ref: newQuestionRef() }
      }
    }
  }
}
