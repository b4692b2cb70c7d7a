import { EventEmitter } from 'node:events'
import type { ServerResponse } from 'node:http'

import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { LiveHub } from './hub'

/** A reader's response: collects what is written to it. */
function reader() {
  const res = new EventEmitter() as EventEmitter & { text: string; destroyed: boolean; writableEnded: boolean; writableLength: number; write: (t: string) => boolean; end: () => void; destroy: () => void }
  res.text = ''
  res.destroyed = false
  res.writableEnded = false
  res.writableLength = 0
  res.write = (t: string) => ((res.text += t), true)
  res.end = () => ((res.writableEnded = true), res.emit('close'))
  res.destroy = () => ((res.destroyed = true), res.emit('close'))
  return res
}

const events = (text: string) =>
  text
    .split('\n\n')
    .filter((f) => f.includes('event: '))
    .map((f) => ({ id: Number(/^id: (\d+)/m.exec(f)?.[1]), event: /^event: (.*)$/m.exec(f)![1]!, data: JSON.parse(/^data: (.*)$/m.exec(f)![1]!) }))

const question = (id: number, state: string, extra: Record<string, unknown> = {}) => ({
  id,
  ref: `ref${id}`,
  state,
  session: 1,
  site: 2,
  asker: { name: `Người ${id}` },
  text: `Câu hỏi ${id}`,
  receivedAt: '2026-11-24T01:00:00.000Z',
  updatedAt: `2026-11-24T01:00:0${id}.000Z`,
  displayOrder: 0,
  ...extra,
})

function fakePayload(questions: Record<string, unknown>[]) {
  let queries = 0
  const payload = {
    db: { defaultIDType: 'number' },
    logger: { warn: () => undefined },
    findByID: async () => ({ id: 1, slug: 'phien', state: 'live', pinned: null, guests: [{ id: 'g1', name: 'Khách', position: 'Giám đốc' }], site: 2 }),
    find: async () => {
      queries++
      return { docs: questions.filter((q) => q.state === 'approved' || q.state === 'answered') }
    },
  } as unknown as Payload
  return { payload, queries: () => queries }
}

describe('live hub', () => {
  it('loads a session once, however many readers follow it', async () => {
    const { payload, queries } = fakePayload([question(1, 'approved'), question(2, 'pending')])
    const hub = new LiveHub()
    const channel = (await hub.channel(payload, 1))!
    const readers = Array.from({ length: 50 }, () => reader())
    for (const r of readers) hub.subscribe(channel, r as unknown as ServerResponse, undefined)
    await hub.channel(payload, 1)
    expect(queries()).toBe(1)
    const first = events(readers[0]!.text)
    expect(first).toHaveLength(1)
    expect(first[0]!.event).toBe('snapshot')
    expect(first[0]!.data.questions.map((q: { ref: string }) => q.ref)).toEqual(['ref1'])
    expect(hub.stats()).toEqual({ channels: 1, readers: 50, consoles: 0 })
  })

  it('sends every reader the same event for a change, and nothing for a change readers cannot see', async () => {
    const { payload } = fakePayload([question(1, 'approved')])
    const hub = new LiveHub()
    const channel = (await hub.channel(payload, 1))!
    const [a, b] = [reader(), reader()]
    hub.subscribe(channel, a as unknown as ServerResponse, undefined)
    hub.subscribe(channel, b as unknown as ServerResponse, undefined)
    hub.questionChanged(question(3, 'pending'))
    hub.questionChanged(question(3, 'approved', { updatedAt: '2026-11-24T02:00:00.000Z', assignedGuest: 'g1' }))
    const sent = events(a.text).slice(1)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ event: 'question', data: { ref: 'ref3', question: { state: 'approved', guest: { name: 'Khách' } } } })
    expect(b.text).toBe(a.text)
    hub.questionChanged(question(3, 'hidden', { updatedAt: '2026-11-24T03:00:00.000Z' }))
    expect(events(a.text).at(-1)).toMatchObject({ event: 'question', data: { ref: 'ref3', question: null } })
  })

  it('replays what a reconnecting reader missed, or sends a snapshot when it missed too much', async () => {
    const { payload } = fakePayload([])
    const hub = new LiveHub()
    const channel = (await hub.channel(payload, 1))!
    const first = reader()
    hub.subscribe(channel, first as unknown as ServerResponse, undefined)
    const lastSeen = events(first.text)[0]!.id
    hub.questionChanged(question(4, 'approved'))
    hub.questionChanged(question(5, 'approved'))
    const again = reader()
    hub.subscribe(channel, again as unknown as ServerResponse, String(lastSeen))
    expect(events(again.text).map((e) => e.data.ref)).toEqual(['ref4', 'ref5'])
    const lost = reader()
    hub.subscribe(channel, lost as unknown as ServerResponse, '12')
    expect(events(lost.text).map((e) => e.event)).toEqual(['snapshot'])
  })

  it('announces the pinned question and forgets readers who leave', async () => {
    const { payload } = fakePayload([question(1, 'answered', { answer: { body: null, by: 'Khách', at: '2026-11-24T01:30:00.000Z' } })])
    const hub = new LiveHub()
    const channel = (await hub.channel(payload, 1))!
    const r = reader()
    hub.subscribe(channel, r as unknown as ServerResponse, undefined)
    hub.sessionChanged({ id: 1, slug: 'phien', state: 'live', pinned: 1, guests: [{ id: 'g1', name: 'Khách', position: 'Giám đốc' }], site: 2 })
    expect(events(r.text).at(-1)).toMatchObject({ event: 'session', data: { state: 'live', pinned: 'ref1' } })
    r.end()
    expect(hub.stats().readers).toBe(0)
  })

  it('drops a reader that stops reading instead of buffering for it', async () => {
    const { payload } = fakePayload([])
    const hub = new LiveHub()
    const channel = (await hub.channel(payload, 1))!
    const slow = reader()
    hub.subscribe(channel, slow as unknown as ServerResponse, undefined)
    slow.writableLength = 2 << 20
    hub.questionChanged(question(6, 'approved'))
    expect(slow.destroyed).toBe(true)
    expect(hub.stats().readers).toBe(0)
  })
})
