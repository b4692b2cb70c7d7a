/**
 * Render threads for big builds (a full build of hundreds of portals, new templates): the same
 * `Renderer` interface, with pages rendered by one worker thread per core while the main thread
 * exports and plans the next portal. Small publishes keep rendering in-process, where a page
 * costs about a millisecond and no data has to be copied between threads.
 */
import os from 'node:os'
import { Worker } from 'node:worker_threads'

import type { ScannedPage } from '../checks/checks'
import { bundleEntry, type Renderer, routeFor } from './renderer'

type Rendered = { html: string; scan: Omit<ScannedPage, 'page'> }
type Pending = { resolve: (result: Rendered) => void; reject: (err: Error) => void }

export interface RenderPool extends Renderer {
  close(): Promise<void>
}

/** Node options for a build thread: the threads load TypeScript modules, through tsx as this process does. */
export function threadExecArgv(): string[] {
  return process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx']
}

export async function createRenderPool(renderer: Renderer, size = Math.max(1, os.availableParallelism())): Promise<RenderPool> {
  const pending = new Map<number, Pending>()
  let nextId = 0
  const execArgv = threadExecArgv()
  const workers = await Promise.all(
    Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { name: 'cong-render', workerData: { entry: bundleEntry(renderer.dir) }, execArgv })
      worker.on('message', (msg: { id?: number; html?: string; scan?: Rendered['scan']; error?: string; ready?: boolean }) => {
        if (msg.id === undefined) return
        const job = pending.get(msg.id)
        pending.delete(msg.id)
        if (msg.error !== undefined) job?.reject(new Error(msg.error))
        else job?.resolve({ html: msg.html ?? '', scan: msg.scan ?? { refs: [], issues: [] } })
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
  const send = (theme: string, view: string, props: Record<string, unknown>, scan: boolean) => {
    // The least busy thread takes the page.
    let worker = workers[0]!
    for (const w of workers) if (load.get(w)! < load.get(worker)!) worker = w
    load.set(worker, load.get(worker)! + 1)
    const id = nextId++
    return new Promise<Rendered>((resolve, reject) => {
      pending.set(id, { resolve, reject })
      worker.postMessage({ id, route: routeFor(renderer.themes, theme), view, props, scan })
    }).finally(() => load.set(worker, load.get(worker)! - 1))
  }
  return {
    hash: renderer.hash,
    dir: renderer.dir,
    themes: renderer.themes,
    render: (theme, view, props) => send(theme, view, props, false).then((r) => r.html),
    renderScanned: (theme, view, props) => send(theme, view, props, true),
    async close() {
      await Promise.all(workers.map((w) => w.terminate()))
    },
  }
}
