/**
 * A render thread: imports the compiled portal templates once and renders the pages it is sent.
 * Used by the render pool for big builds, so rendering runs on every core while the main thread
 * exports the next portal (see render-pool.ts). Pages can be scanned for the release checks here
 * as well, while their HTML is in hand.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { pathToFileURL } from 'node:url'

import { scanPage } from '../checks/checks'

type Job = { id: number; route: string; view: string; props: Record<string, unknown>; scan?: boolean }
type AstroApp = { render: (request: Request, options?: { locals?: object }) => Promise<Response> }

const { entry } = workerData as { entry: string }
const { app } = (await import(pathToFileURL(entry).href)) as { app: AstroApp }

parentPort!.on('message', (job: Job) => {
  app
    .render(new Request(`http://render.cong.invalid/t/${job.route}`), { locals: { cong: { view: job.view, props: job.props } } })
    .then(async (response) => {
      const html = await response.text()
      if (response.status !== 200) throw new Error(`Rendering ${job.view} failed (${response.status}): ${html.slice(0, 500)}`)
      if (!job.scan) return parentPort!.postMessage({ id: job.id, html })
      // The release checks' scan runs here too, in parallel with the other threads.
      const { refs, issues } = scanPage(html)
      parentPort!.postMessage({ id: job.id, html, scan: { refs: [...refs], issues } })
    })
    .catch((err: unknown) => parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) }))
})
parentPort!.postMessage({ ready: true })
