/**
 * Writing a group of citizens' questions in one go (the intake's group commit, ADR 0012), the
 * adapter-specific part in one place (ADR 0015). Both SQL adapters (SQLite, PostgreSQL) get one
 * multi-row INSERT built with the adapter's own Drizzle table (same columns, same code); MongoDB
 * gets the adapter's `create`, one document at a time. No Payload hooks run: the intake validated
 * the questions and tells the live hub itself.
 *
 * A duplicate receipt code (50 random bits) is reported as `DuplicateKeyError` with nothing
 * written (one statement) on SQL; on MongoDB the documents before it are kept and `written` says
 * how many, so the caller retries only the rest.
 */
import type { Payload } from 'payload'

export type QuestionRow = {
  receiptCode: string
  ref: string
  sessionId: number | string | null
  siteId: number | string
  name: string
  /** The asker agreed to have the name published (otherwise readers see initials). */
  showName: boolean
  email: string
  phone: string | null
  address: string
  topic: string | null
  text: string
  receivedAt: string
  held: boolean
  holdReasons: string | null
  channel: 'web' | 'form'
  searchKey: string
  ipHash: string | null
}

export class DuplicateKeyError extends Error {
  constructor(
    readonly written: number,
    cause: unknown,
  ) {
    super(`duplicate key after ${written} question(s)`, { cause })
    this.name = 'DuplicateKeyError'
  }
}

const DUPLICATE = /UNIQUE constraint|duplicate key|E11000|23505/i

function isDuplicate(err: unknown): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    if (DUPLICATE.test(String((e as Error).message ?? e)) || (e as { code?: unknown }).code === '23505') return true
  }
  return false
}

type DrizzleInsert = { insert: (table: unknown) => { values: (rows: Record<string, unknown>[]) => Promise<unknown> } }

async function insertSql(payload: Payload, rows: QuestionRow[]): Promise<void> {
  const db = payload.db as unknown as { drizzle: DrizzleInsert; tables: Record<string, unknown> }
  const numeric = payload.db.defaultIDType === 'number'
  const id = (v: number | string | null) => (v === null ? null : numeric ? Number(v) : v)
  // Keys are the adapter's Drizzle column names: fields by name, groups as `<group>_<field>`.
  const values = rows.map((q) => ({
    receiptCode: q.receiptCode,
    ref: q.ref,
    state: 'pending',
    session: id(q.sessionId),
    asker_name: q.name,
    asker_showName: q.showName,
    asker_email: q.email,
    asker_phone: q.phone,
    asker_address: q.address,
    topic: q.topic,
    text: q.text,
    receivedAt: q.receivedAt,
    displayOrder: 0,
    held: q.held,
    holdReasons: q.holdReasons,
    channel: q.channel,
    searchKey: q.searchKey,
    ipHash: q.ipHash,
    site: id(q.siteId),
    updatedAt: q.receivedAt,
    createdAt: q.receivedAt,
  }))
  await db.drizzle.insert(db.tables.questions).values(values)
}

async function insertOneByOne(payload: Payload, rows: QuestionRow[]): Promise<void> {
  for (const [i, q] of rows.entries()) {
    try {
      await payload.db.create({
        collection: 'questions',
        data: {
          receiptCode: q.receiptCode,
          ref: q.ref,
          state: 'pending',
          session: q.sessionId,
          asker: { name: q.name, showName: q.showName, email: q.email, phone: q.phone, address: q.address },
          topic: q.topic,
          text: q.text,
          receivedAt: q.receivedAt,
          displayOrder: 0,
          held: q.held,
          holdReasons: q.holdReasons,
          channel: q.channel,
          searchKey: q.searchKey,
          ipHash: q.ipHash,
          site: q.siteId,
          updatedAt: q.receivedAt,
          createdAt: q.receivedAt,
        },
      })
    } catch (err) {
      if (isDuplicate(err)) throw new DuplicateKeyError(i, err)
      throw err
    }
  }
}

/** Store `rows` as new pending questions; all of them, or a `DuplicateKeyError` (see above). */
export async function insertQuestions(payload: Payload, rows: QuestionRow[]): Promise<void> {
  if (rows.length === 0) return
  if (payload.db.name === 'sqlite' || payload.db.name === 'postgres') {
    try {
      await insertSql(payload, rows)
    } catch (err) {
      if (isDuplicate(err)) throw new DuplicateKeyError(0, err)
      throw err
    }
    return
  }
  await insertOneByOne(payload, rows)
}
