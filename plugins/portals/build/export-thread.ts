/**
 * The export of a big build's portals on a thread of its own (export-worker.ts), ahead of the
 * portal being rendered. A national rebuild was bound by the main thread, which exported each
 * portal, fed the render threads and wrote the releases: with 4,000 portals the database (8.8 GB
 * on SQLite) no longer stays in the page cache while the releases are written, and the export's
 * synchronous reads waited on the disk with the render threads idle (ADR 0006).
 *
 * The thread starts with the render threads and exports in the background; until it is ready (its
 * Payload loads in a few seconds) the main thread exports as before. A failed export comes back as
 * an error: the portal's build fails, as it would in process.
 */
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import type { QueryStats } from '../../../cms/src/db/queryStats'
import type { ExportResult } from './export'
import { repoRoot } from './paths'
import { threadExecArgv } from './render-pool'

/** A message to the export thread: export a portal of a batch, or forget a batch. */
export type ExportJob = { id: number; site: number | string; batch: number; scope: Array<number | string> } | { endBatch: number } | { close: true }

/** The platform's Payload config, as Payload's CLI finds it (PAYLOAD_CONFIG_PATH, else the one in cms/src). */
function payloadConfigPath(): string {
  return path.resolve(repoRoot(), process.env.PAYLOAD_CONFIG_PATH || path.join('cms', 'src', 'payload.config.ts'))
}

/** An export's result, its SQL and how long it took on the thread (ms; waiting for its turn not counted). */
export type Exported = { result: ExportResult; stats: QueryStats; ms?: number }

export interface ExportThread {
  /** Whether the thread has loaded and takes exports. */
  ready(): boolean
  /** Export one portal of a batch; the portals of one batch share what their export prepared. */
  export(site: number | string, batch: number, scope: Array<number | string>): Promise<Exported>
  /** The batch is done: its shared context is dropped. */
  endBatch(batch: number): void
  close(): Promise<void>
}

export function startExportThread(onError: (err: unknown) => void, onReady?: (ms: number) => void): ExportThread {
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { name: 'cong-export', execArgv: threadExecArgv(), workerData: { configPath: payloadConfigPath() } })
  const pending = new Map<number, { resolve: (value: Exported) => void; reject: (err: Error) => void }>()
  let isReady = false
  const startedAt = Date.now()
  let failed: Error | null = null
  let nextId = 0
  const fail = (err: Error) => {
    failed ??= err
    for (const job of pending.values()) job.reject(err)
    pending.clear()
  }
  worker.on('message', (msg: { ready?: true; id?: number; result?: ExportResult; stats?: QueryStats; ms?: number; error?: string }) => {
    if (msg.ready) {
      isReady = true
      onReady?.(Date.now() - startedAt)
      return
    }
    const job = pending.get(msg.id!)
    pending.delete(msg.id!)
    if (msg.error !== undefined) job?.reject(new Error(msg.error))
    else job?.resolve({ result: msg.result!, stats: msg.stats!, ms: msg.ms })
  })
  worker.on('error', (err) => {
    onError(err)
    fail(err)
  })
  let exited = false
  worker.on('exit', (code) => {
    exited = true
    fail(new Error(`Export thread exited (${code})`))
  })
  const post = (job: ExportJob) => worker.postMessage(job)
  return {
    ready: () => isReady && !failed,
    export(site, batch, scope) {
      if (failed) return Promise.reject(failed)
      const id = nextId++
      return new Promise<Exported>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        post({ id, site, batch, scope })
      })
    },
    endBatch(batch) {
      if (!failed) post({ endBatch: batch })
    },
    // The thread ends itself after the export under way (export-worker.ts). Terminated in the
    // middle of a database call, it took the process down with it now and then (libsql's native
    // module: a V8 "Check failed" or a panic at the end of a CLI full rebuild); terminated only if
    // it has not ended within 10 s.
    async close() {
      failed ??= new Error('Export thread closed')
      if (exited) return
      const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
      worker.postMessage({ close: true } satisfies ExportJob)
      const timer = setTimeout(() => void worker.terminate(), 10_000)
      await ended
      clearTimeout(timer)
    },
  }
}
