/**
 * Render threads for big builds (a full build of hundreds of portals, new templates): the same
 * `Renderer` interface, with pages rendered by one worker thread per core while the main thread
 * exports and plans the next portal. Small publishes keep rendering in-process, where a page
 * costs about a millisecond and no data has to be copied between threads.
 */
import os from 'node:os'
import { Worker } from 'node:worker_threads'

import { bundleEntry, type Renderer, routeFor } from './renderer'

type Pending = { resolve: (html: string) => void; reject: (err: Error) => void }

export interface RenderPool extends Renderer {
  close(): Promise<void>
}

export async function createRenderPool(renderer: Renderer, size = Math.max(1, os.availableParallelism())): Promise<RenderPool> {
  const pending = new Map<number, Pending>()
  let nextId = 0
  const execArgv = process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx']
  const workers = await Promise.all(
    Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { entry: bundleEntry(renderer.dir) }, execArgv })
      worker.on('message', (msg: { id?: number; html?: string; error?: string; ready?: boolean }) => {
        if (msg.id === undefined) return
        const job = pending.get(msg.id)
        pending.delete(msg.id)
        if (msg.error !== undefined) job?.reject(new Error(msg.error))
        else job?.resolve(msg.html ?? '')
      })
      worker.on('error', (err) => {
        for (const job of pending.values()) job.reject(err)
        pending.clear()
      })
      return new Promise<Worker>((resolve, reject) => {
        worker.once('message', () => resolve(worker))
        worker.once('error', reject)
      })
    }),
  )
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]))
  return {
    hash: renderer.hash,
    dir: renderer.dir,
    themes: renderer.themes,
    render(theme, view, props) {
      // The least busy thread takes the page.
      let worker = workers[0]!
      for (const w of workers) if (load.get(w)! < load.get(worker)!) worker = w
      load.set(worker, load.get(worker)! + 1)
      const id = nextId++
      return new Promise<string>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        worker.postMessage({ id, route: routeFor(renderer.themes, theme), view, props })
      }).finally(() => load.set(worker, load.get(worker)! - 1))
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
