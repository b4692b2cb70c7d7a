/**
 * Mergers started from the admin run in the background of the web process that received the
 * request (ADR 0020): the request answers 202 at once and the view polls the operation's state.
 * Every process hears each state change on the bus (`lifecycle:merge`), so a poll answered by
 * another web process sees the same progress; a process that heard nothing (restarted, no
 * Redis between processes) tells the outcome from the database (`mergedFromDatabase`).
 */
import { randomUUID } from 'node:crypto'

import { bus } from '../../../cms/src/lib/bus'

export type MergeOperation = {
  id: string
  from: string
  into: string
  state: 'running' | 'succeeded' | 'failed'
  startedAt: string
  finishedAt: string | null
  /** Email of the platform admin who started it. */
  by: string | null
  /** Progress lines, as the CLI prints them. */
  lines: string[]
  summary: string | null
  error: string | null
  /** Slugs of the portals queued for rebuilding. */
  rebuilt: string[]
  /** b's address. */
  url: string
}

/** Lines kept per operation (a merger of thousands of documents logs one line per hundred). */
const MAX_LINES = 200
/** Finished operations are forgotten after a day. */
const KEEP_MS = 86_400_000

type Store = { operations: Map<string, MergeOperation>; subscribed: boolean }

/** On `globalThis`: the REST endpoints run inside the Next.js bundle, which has its own module copies. */
function store(): Store {
  const holder = globalThis as typeof globalThis & { __congMerges?: Store }
  holder.__congMerges ??= { operations: new Map(), subscribed: false }
  const s = holder.__congMerges
  if (!s.subscribed) {
    s.subscribed = true
    bus().subscribe('lifecycle:merge', (data) => {
      const op = data as MergeOperation | null
      if (op && typeof op.id === 'string') s.operations.set(op.id, op)
    })
  }
  return s
}

function prune(s: Store): void {
  const now = Date.now()
  for (const [id, op] of s.operations) if (op.finishedAt && now - Date.parse(op.finishedAt) > KEEP_MS) s.operations.delete(id)
}

export function getOperation(id: string): MergeOperation | undefined {
  return store().operations.get(id)
}

/** A merger under way that involves one of these portals (either side). */
export function runningWith(slugs: string[]): MergeOperation | undefined {
  const wanted = new Set(slugs)
  return [...store().operations.values()].find((op) => op.state === 'running' && (wanted.has(op.from) || wanted.has(op.into)))
}

export type OperationHandle = {
  op: MergeOperation
  log: (line: string) => void
  succeed: (summary: string, rebuilt: string[]) => void
  fail: (error: string) => void
}

export function startOperation(init: { from: string; into: string; by: string | null; url: string }): OperationHandle {
  const s = store()
  prune(s)
  const op: MergeOperation = { id: randomUUID(), ...init, state: 'running', startedAt: new Date().toISOString(), finishedAt: null, lines: [], summary: null, error: null, rebuilt: [] }
  const publish = () => bus().publish('lifecycle:merge', { ...op, lines: [...op.lines] })
  publish()
  return {
    op,
    log(line) {
      op.lines.push(line)
      if (op.lines.length > MAX_LINES) op.lines.splice(0, op.lines.length - MAX_LINES)
      publish()
    },
    succeed(summary, rebuilt) {
      Object.assign(op, { state: 'succeeded', summary, rebuilt, finishedAt: new Date().toISOString() })
      publish()
    },
    fail(error) {
      Object.assign(op, { state: 'failed', error, finishedAt: new Date().toISOString() })
      publish()
    },
  }
}
