/**
 * An export thread: its own Payload on the platform's database, exporting the portals of a big
 * build ahead of the main thread (export-thread.ts). On SQLite every read of the export is
 * synchronous; on the main thread a read that goes to disk (a national database no longer held in
 * the page cache) stopped the thread that feeds the render threads and writes the releases.
 */
import { pathToFileURL } from 'node:url'
import { parentPort, workerData } from 'node:worker_threads'

import { getPayload, type SanitizedConfig } from 'payload'

import { instrumentQueries, withQueryStats } from '../../../cms/src/db/queryStats'
import { dbId } from '../../../cms/src/lib/ids'
import { exportContext, exportSnapshot } from './export'
import type { ExportJob } from './export-thread'
import type { ExportContext } from '../types'

// The platform's config is the composition root (it imports this plugin): given by path, as
// Payload's own CLI finds it, not imported from here.
const { configPath } = workerData as { configPath: string }
const { default: config } = (await import(pathToFileURL(configPath).href)) as { default: SanitizedConfig | Promise<SanitizedConfig> }
const payload = await getPayload({ config })
instrumentQueries(payload)

// The portals of one batch share a context (the tree around them, what exporters prepared).
const contexts = new Map<number, ExportContext>()
// One export at a time, in the order asked: the main thread asks for the next portals first.
let queue: Promise<unknown> = Promise.resolve()

// Asked to close: the exports not begun are refused, then the thread's Payload is closed and the
// thread ends by itself (never terminated in the middle of a database call: export-thread.ts).
let closing = false

parentPort!.on('message', (job: ExportJob) => {
  if ('close' in job) {
    closing = true
    queue = queue.then(async () => {
      await payload.destroy().catch(() => undefined)
      parentPort!.close()
    })
    return
  }
  if ('endBatch' in job) {
    queue = queue.then(() => contexts.delete(job.endBatch))
    return
  }
  queue = queue.then(async () => {
    if (closing) {
      parentPort!.postMessage({ id: job.id, error: 'Export thread closed' })
      return
    }
    const started = performance.now()
    try {
      let context = contexts.get(job.batch)
      if (!context) contexts.set(job.batch, (context = exportContext(job.scope.map((id) => dbId(payload, id)))))
      const { result, stats } = await withQueryStats(() => exportSnapshot(payload, [dbId(payload, job.site)], undefined, context))
      parentPort!.postMessage({ id: job.id, result, stats, ms: Math.round(performance.now() - started) })
    } catch (err) {
      parentPort!.postMessage({ id: job.id, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) })
    }
  })
})
parentPort!.postMessage({ ready: true })
