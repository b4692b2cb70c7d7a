/**
 * Large CSV imports spread over helper processes (a process entry that boots Payload and runs
 * `provisionSite`: `cms/src/cli/provisionWorker.ts`, passed in by the command). Rows go out in small
 * batches to whichever process is free, wave by wave: a row whose parent is another row of the
 * file waits for the wave that creates the parent. After a failure no more rows are handed out;
 * every row already done is complete (each site is created whole or not at all).
 */
import { type ChildProcess, fork } from 'node:child_process'

import type { ProvisionOutcome } from './provision'
import type { ValidatedRow } from './validate'

export type ImportMessage = { type: 'rows'; rows: ValidatedRow[] } | { type: 'exit' }
export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'idle' }
  | { type: 'done'; line: number; outcome: ProvisionOutcome }
  | { type: 'failed'; line: number; slug: string; message: string }

export type ImportFailure = { line: number; slug: string; message: string }

const BATCH = 5

/** Rows grouped so that a row's parent, when it is in the file, is in an earlier group. */
export function waves(rows: ValidatedRow[]): ValidatedRow[][] {
  const bySlug = new Map(rows.map((r) => [r.request!.slug, r]))
  const depth = new Map<string, number>()
  const depthOf = (row: ValidatedRow, seen = new Set<string>()): number => {
    const slug = row.request!.slug
    if (depth.has(slug)) return depth.get(slug)!
    const parent = row.request!.parent ? bySlug.get(row.request!.parent) : undefined
    const d = parent && !seen.has(slug) ? depthOf(parent, seen.add(slug)) + 1 : 0
    depth.set(slug, d)
    return d
  }
  const groups: ValidatedRow[][] = []
  for (const row of rows) (groups[depthOf(row)] ??= []).push(row)
  return groups.filter(Boolean)
}

function start(entry: string): Promise<ChildProcess> {
  const child = fork(entry, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
  let stderr = ''
  child.stderr!.on('data', (c: Buffer) => (stderr += c))
  return new Promise((resolve, reject) => {
    child.once('message', (m: WorkerMessage) => (m.type === 'ready' ? resolve(child) : reject(new Error(`unexpected ${m.type}`))))
    child.once('exit', (code) => reject(new Error(`import worker exited (${code}): ${stderr.trim().slice(-2000)}`)))
  })
}

/** Send one batch and collect its results until the worker is idle again. */
function runBatch(child: ChildProcess, rows: ValidatedRow[], onDone: (line: number, outcome: ProvisionOutcome) => void): Promise<ImportFailure | null> {
  return new Promise((resolve, reject) => {
    let failure: ImportFailure | null = null
    const onMessage = (m: WorkerMessage) => {
      if (m.type === 'done') onDone(m.line, m.outcome)
      else if (m.type === 'failed') failure = { line: m.line, slug: m.slug, message: m.message }
      else if (m.type === 'idle') {
        child.off('message', onMessage)
        child.off('exit', onExit)
        resolve(failure)
      }
    }
    const onExit = (code: number | null) => reject(new Error(`import worker exited (${code}) during the import`))
    child.on('message', onMessage)
    child.once('exit', onExit)
    child.send({ type: 'rows', rows } satisfies ImportMessage)
  })
}

export async function importWithWorkers(
  rows: ValidatedRow[],
  count: number,
  onDone: (line: number, outcome: ProvisionOutcome) => void,
  /** The helper process's entry file. */
  entry: string,
): Promise<ImportFailure | null> {
  const workers = await Promise.all(Array.from({ length: count }, () => start(entry)))
  let failure: ImportFailure | null = null
  try {
    for (const wave of waves(rows)) {
      const queue = [...wave]
      await Promise.all(
        workers.map(async (child) => {
          while (queue.length > 0 && !failure) {
            const result = await runBatch(child, queue.splice(0, BATCH), onDone)
            failure ??= result
          }
        }),
      )
      if (failure) break
    }
  } finally {
    await Promise.all(
      workers.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve()
            child.once('exit', () => resolve())
            child.send({ type: 'exit' } satisfies ImportMessage)
          }),
      ),
    )
  }
  return failure
}
