/**
 * The live broadcaster: one channel per session in this process, holding the session's public
 * state in memory. Readers' streams (SSE) and JSON snapshots are served from it, never from a
 * query per reader; a change is serialised once and the same bytes are written to every
 * connected reader (docs/adr/0012-live-dialogues.md).
 *
 * Changes arrive from the questions' and sessions' hooks of every process through the bus
 * (cms/src/lib/bus.ts: in this process, and through Redis pub/sub from the others when REDIS_URL
 * is set). Every few seconds the channels in use are also compared with the database (one query
 * per channel), which picks up anything a message missed.
 */
import type { ServerResponse } from 'node:http'

import type { Payload } from 'payload'

import type { LiveSnapshot, PublicQuestion, SessionState } from '../../cms/src/contracts/dialogue'
import { comparePublic, type GuestRow, guestRows, publicQuestion, type QuestionDoc, type SessionDoc } from './public'
import { bus } from '../../cms/src/lib/bus'
import { dbId, idOf } from '../../cms/src/lib/ids'

/** Only the fields the public mapper reads: a resync never loads personal data. */
export const PUBLIC_QUESTION_SELECT = {
  ref: true,
  state: true,
  session: true,
  asker: { name: true, displayName: true, showName: true },
  topic: true,
  text: true,
  publicText: true,
  receivedAt: true,
  displayOrder: true,
  assignedGuest: true,
  answer: { body: true, by: true, at: true },
  createdAt: true,
  updatedAt: true,
} as const

/** What other processes need of a changed question: the public fields, never contact details. */
export function liveQuestionFields(doc: QuestionDoc): QuestionDoc {
  const out: QuestionDoc = { id: doc.id, site: idOf(doc.site) }
  for (const key of Object.keys(PUBLIC_QUESTION_SELECT) as (keyof typeof PUBLIC_QUESTION_SELECT)[]) {
    if (key === 'asker') out.asker = doc.asker ? { name: doc.asker.name, displayName: doc.asker.displayName } : doc.asker
    else if (key === 'session') out.session = idOf(doc.session)
    else if (key in doc) out[key] = doc[key]
  }
  return out
}

/** What other processes need of a changed session. */
export function liveSessionFields(doc: SessionDoc): SessionDoc {
  return { id: doc.id, slug: doc.slug, state: doc.state, pinned: idOf(doc.pinned), guests: doc.guests, site: idOf(doc.site) }
}

const KEEPALIVE_MS = 15_000
const IDLE_CHANNEL_MS = 60_000
const RING_SIZE = 256
/** A reader whose connection cannot take this much is dropped (its browser reconnects). */
const MAX_BUFFERED_BYTES = 1 << 20
const STAFF_THROTTLE_MS = 250

type Frame = { id: number; text: string }

type Cached = { updatedAt: string; guestsKey: string; value: PublicQuestion | null }

class Channel {
  siteId = ''
  slug = ''
  state: SessionState = 'announced'
  pinnedId: string | null = null
  guests: GuestRow[] = []
  guestsKey = ''
  /** Public questions by database id. */
  readonly questions = new Map<string, PublicQuestion>()
  readonly cache = new Map<string, Cached>()
  /** When a hook last applied a question or the session (a refresh that started earlier must not undo it). */
  readonly touchedAt = new Map<string, number>()
  readonly clients = new Set<ServerResponse>()
  readonly ring: Frame[] = []
  version = Date.now()
  lastUsed = Date.now()
  ready: Promise<void> | null = null
  /** The first load finished: changes can be applied one by one. */
  loaded = false
  /** A change arrived while loading: load again once done. */
  stale = false
  exists = true
  private snapshotCache: { version: number; json: string; frame: string } | null = null

  constructor(readonly sessionId: string) {}

  pinnedRef(): string | null {
    return this.pinnedId ? (this.questions.get(this.pinnedId)?.ref ?? null) : null
  }

  snapshot(): { version: number; json: string; frame: string } {
    if (this.snapshotCache?.version !== this.version) {
      const value: LiveSnapshot = {
        version: this.version,
        state: this.state,
        pinned: this.pinnedRef(),
        questions: [...this.questions.values()].sort(comparePublic),
      }
      const json = JSON.stringify(value)
      this.snapshotCache = { version: this.version, json, frame: `id: ${this.version}\nevent: snapshot\ndata: ${json}\n\n` }
    }
    return this.snapshotCache
  }

  /** Record and send one event to every reader. */
  publish(event: string, data: Record<string, unknown>): void {
    this.version++
    const text = `id: ${this.version}\nevent: ${event}\ndata: ${JSON.stringify({ version: this.version, ...data })}\n\n`
    this.ring.push({ id: this.version, text })
    if (this.ring.length > RING_SIZE) this.ring.shift()
    for (const client of this.clients) write(client, text)
  }

  /** What a reader reconnecting after `lastId` has missed, or null when a snapshot is needed. */
  since(lastId: number): string | null {
    if (lastId === this.version) return ''
    const first = this.ring[0]
    if (!first || lastId < first.id - 1 || lastId > this.version) return null
    return this.ring
      .filter((f) => f.id > lastId)
      .map((f) => f.text)
      .join('')
  }
}

function write(client: ServerResponse, text: string): void {
  if (client.destroyed || client.writableEnded) return
  if (client.writableLength > MAX_BUFFERED_BYTES) {
    client.destroy()
    return
  }
  client.write(text)
}

type StaffKey = string

export class LiveHub {
  private readonly channels = new Map<string, Channel>()
  private readonly staff = new Map<StaffKey, Set<ServerResponse>>()
  private readonly staffTimers = new Map<StaffKey, NodeJS.Timeout>()
  private timers: NodeJS.Timeout[] = []
  private payload: Payload | null = null

  /** Start the keep-alive and resync timers (once per process, by the express app). */
  start(payload: Payload, resyncMs: number): void {
    if (this.payload) return
    this.payload = payload
    const keepAlive = setInterval(() => this.keepAlive(), KEEPALIVE_MS)
    const resync = setInterval(() => void this.resyncAll(), resyncMs)
    keepAlive.unref()
    resync.unref()
    this.timers = [keepAlive, resync]
    this.unsubscribe = [
      bus().subscribe('live:question', (doc) => this.questionChanged(doc as QuestionDoc)),
      bus().subscribe('live:session', (doc) => this.sessionChanged(doc as SessionDoc)),
      bus().subscribe('live:staff', (keys) => this.questionsReceived(keys as StaffKey[])),
    ]
  }

  private unsubscribe: (() => void)[] = []

  stop(): void {
    for (const off of this.unsubscribe) off()
    this.unsubscribe = []
    for (const timer of this.timers) clearInterval(timer)
    this.timers = []
    for (const channel of this.channels.values()) for (const client of channel.clients) client.end()
    for (const set of this.staff.values()) for (const client of set) client.end()
    this.channels.clear()
    this.staff.clear()
    this.payload = null
  }

  /** The loaded channel of a session, or null when the session does not exist. */
  async channel(payload: Payload, sessionId: number | string): Promise<Channel | null> {
    const key = String(sessionId)
    let channel = this.channels.get(key)
    if (!channel) {
      channel = new Channel(key)
      this.channels.set(key, channel)
      channel.ready = this.load(payload, channel)
    }
    channel.lastUsed = Date.now()
    try {
      await channel.ready
    } catch (err) {
      this.channels.delete(key)
      throw err
    }
    if (!channel.exists) {
      this.channels.delete(key)
      return null
    }
    return channel
  }

  private async load(payload: Payload, channel: Channel): Promise<void> {
    do {
      channel.stale = false
      await this.refresh(payload, channel, false)
    } while (channel.stale)
    channel.loaded = true
  }

  /** Read the session and its public questions; announce the differences when `announce`. */
  private async refresh(payload: Payload, channel: Channel, announce: boolean): Promise<void> {
    const started = Date.now()
    const fresh = (id: string) => (channel.touchedAt.get(id) ?? 0) < started
    const session = (await payload.findByID({
      collection: 'dialogue-sessions',
      id: dbId(payload, channel.sessionId),
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { slug: true, state: true, pinned: true, guests: true, site: true },
    })) as SessionDoc | null
    if (!session) {
      channel.exists = false
      return
    }
    const docs = await payload.find({
      collection: 'questions',
      where: { and: [{ session: { equals: session.id } }, { state: { in: ['approved', 'answered'] } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: PUBLIC_QUESTION_SELECT,
    })
    if (fresh('session')) this.applySession(channel, session, announce)
    const seen = new Set<string>()
    for (const doc of docs.docs as QuestionDoc[]) {
      seen.add(String(doc.id))
      if (fresh(String(doc.id))) this.applyQuestion(channel, doc, announce)
    }
    for (const id of [...channel.questions.keys()]) {
      if (!seen.has(id) && fresh(id)) this.applyQuestion(channel, { id, state: 'hidden' }, announce)
    }
  }

  private applySession(channel: Channel, session: SessionDoc, announce: boolean): boolean {
    const before = { state: channel.state, pinned: channel.pinnedRef() }
    const guests = guestRows(session)
    const guestsKey = JSON.stringify(guests.map((g) => [g.id, g.name, g.position]))
    channel.siteId = String(idOf(session.site))
    channel.slug = String(session.slug)
    channel.state = session.state as SessionState
    const pinned = idOf(session.pinned)
    channel.pinnedId = pinned === null ? null : String(pinned)
    channel.guests = guests
    const guestsChanged = guestsKey !== channel.guestsKey
    channel.guestsKey = guestsKey
    if (guestsChanged && announce) {
      // Guest names appear in questions: map every cached question again on the next refresh.
      channel.cache.clear()
    }
    const after = { state: channel.state, pinned: channel.pinnedRef() }
    const changed = before.state !== after.state || before.pinned !== after.pinned
    if (changed && announce) channel.publish('session', after)
    return changed
  }

  private applyQuestion(channel: Channel, doc: QuestionDoc, announce: boolean): void {
    const id = String(doc.id)
    const updatedAt = String(doc.updatedAt ?? '')
    const cached = channel.cache.get(id)
    let value: PublicQuestion | null
    if (cached && updatedAt && cached.updatedAt === updatedAt && cached.guestsKey === channel.guestsKey) value = cached.value
    else {
      value = doc.state === 'approved' || doc.state === 'answered' ? publicQuestion(doc, channel.guests) : null
      if (updatedAt) channel.cache.set(id, { updatedAt, guestsKey: channel.guestsKey, value })
      else channel.cache.delete(id)
    }
    const previous = channel.questions.get(id) ?? null
    if (JSON.stringify(previous) === JSON.stringify(value)) return
    const pinnedBefore = channel.pinnedRef()
    if (value) channel.questions.set(id, value)
    else channel.questions.delete(id)
    if (!announce) return
    channel.publish('question', { ref: value?.ref ?? previous?.ref, question: value })
    // The pinned question became visible or hidden: the pin itself changes for readers.
    const pinnedAfter = channel.pinnedRef()
    if (pinnedAfter !== pinnedBefore) channel.publish('session', { state: channel.state, pinned: pinnedAfter })
  }

  /** A question was written through Payload (hooks). */
  questionChanged(doc: QuestionDoc): void {
    const sessionId = idOf(doc.session)
    this.staffChanged(sessionId !== null ? `s:${sessionId}` : `q:${idOf(doc.site)}`)
    if (sessionId === null) return
    const channel = this.channels.get(String(sessionId))
    if (!channel) return
    if (!channel.loaded) {
      channel.stale = true
      return
    }
    channel.touchedAt.set(String(doc.id), Date.now())
    this.applyQuestion(channel, doc, true)
  }

  /** A session was written through Payload (hooks): state, pin or guests may have changed. */
  sessionChanged(doc: SessionDoc): void {
    this.staffChanged(`s:${doc.id}`)
    const channel = this.channels.get(String(doc.id))
    if (!channel) return
    if (!channel.loaded) {
      channel.stale = true
      return
    }
    channel.touchedAt.set('session', Date.now())
    const guestsKey = JSON.stringify(guestRows(doc).map((g) => [g.id, g.name, g.position]))
    const guestsChanged = guestsKey !== channel.guestsKey
    this.applySession(channel, doc, true)
    // New guest names: re-read the questions that show them.
    if (guestsChanged && this.payload) void this.resync(this.payload, channel)
  }

  /** Questions arrived through the intake (no hooks): tell the staff consoles. */
  questionsReceived(keys: Iterable<StaffKey>): void {
    for (const key of new Set(keys)) this.staffChanged(key)
  }

  private async resync(payload: Payload, channel: Channel): Promise<void> {
    try {
      await this.refresh(payload, channel, true)
    } catch (err) {
      payload.logger.warn({ err, msg: `Live resync of session ${channel.sessionId} failed` })
    }
  }

  private async resyncAll(): Promise<void> {
    const payload = this.payload
    if (!payload) return
    const now = Date.now()
    for (const channel of this.channels.values()) {
      if (!channel.loaded) continue
      if (channel.clients.size > 0 || now - channel.lastUsed < IDLE_CHANNEL_MS) await this.resync(payload, channel)
    }
  }

  private keepAlive(): void {
    const now = Date.now()
    for (const [key, channel] of this.channels) {
      for (const client of channel.clients) write(client, ':\n\n')
      if (channel.clients.size === 0 && now - channel.lastUsed > IDLE_CHANNEL_MS) this.channels.delete(key)
    }
    for (const set of this.staff.values()) for (const client of set) write(client, ':\n\n')
  }

  /** Attach a reader's stream; sends what it has missed (or a snapshot) first. */
  subscribe(channel: Channel, res: ServerResponse, lastEventId: string | undefined): void {
    res.write('retry: 3000\n\n')
    const last = lastEventId && /^\d+$/.test(lastEventId) ? Number(lastEventId) : null
    const missed = last === null ? null : channel.since(last)
    res.write(missed ?? channel.snapshot().frame)
    channel.clients.add(res)
    channel.lastUsed = Date.now()
    res.on('close', () => {
      channel.clients.delete(res)
      channel.lastUsed = Date.now()
    })
  }

  subscribeStaff(key: StaffKey, res: ServerResponse): void {
    res.write('retry: 3000\n\nevent: ready\ndata: {}\n\n')
    let set = this.staff.get(key)
    if (!set) this.staff.set(key, (set = new Set()))
    set.add(res)
    res.on('close', () => {
      set.delete(res)
      if (set.size === 0) this.staff.delete(key)
    })
  }

  /** Tell staff consoles of a scope that something changed, at most every 250 ms. */
  private staffChanged(key: StaffKey): void {
    if (!this.staff.has(key) || this.staffTimers.has(key)) return
    this.staffTimers.set(
      key,
      setTimeout(() => {
        this.staffTimers.delete(key)
        const frame = `event: changed\ndata: {"at":"${new Date().toISOString()}"}\n\n`
        for (const client of this.staff.get(key) ?? []) write(client, frame)
      }, STAFF_THROTTLE_MS),
    )
  }

  /** Figures for /healthz and the benchmark. */
  stats(): { channels: number; readers: number; consoles: number } {
    let readers = 0
    for (const channel of this.channels.values()) readers += channel.clients.size
    let consoles = 0
    for (const set of this.staff.values()) consoles += set.size
    return { channels: this.channels.size, readers, consoles }
  }
}

export type { Channel }

/**
 * The process's hub. Kept on `globalThis`: the admin's server components are bundled by Next.js
 * and would otherwise get a second copy of this module.
 */
export function liveHub(): LiveHub {
  const holder = globalThis as typeof globalThis & { __congLiveHub?: LiveHub }
  holder.__congLiveHub ??= new LiveHub()
  return holder.__congLiveHub
}
