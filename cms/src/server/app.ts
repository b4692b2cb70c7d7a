import express, { type Express, type RequestHandler } from 'express'
import type { Payload } from 'payload'

import type { Env } from '../config/env'
import { healthReport } from './health'
import { HostMap } from './hosts'
import { portalRouter } from './portals'
import { renderPortalList } from './portalList'

export type AppOptions = {
  payload: Payload
  env: Env
  /** The Next.js request handler serving /admin, /api and /api/graphql. */
  nextHandler: RequestHandler
}

export function createApp({ payload, env: e, nextHandler }: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  const platformHosts = new Set(e.platformHosts)
  const isPlatformHost = (host: string) => platformHosts.has(host)

  app.get('/healthz', async (_req, res) => {
    try {
      res.set('Cache-Control', 'no-store').json(await healthReport(payload, e))
    } catch (err) {
      payload.logger.error({ err, msg: 'Health check failed' })
      res.status(503).json({ status: 'error', database: e.database.kind, message: 'database unavailable' })
    }
  })

  app.use(portalRouter({ hosts: new HostMap(payload, e.portalHostSuffix), sitesDir: e.sitesDir, isPlatformHost }))

  app.get('/', async (_req, res, next) => {
    try {
      res.type('html').send(await renderPortalList(payload))
    } catch (err) {
      next(err)
    }
  })

  // Express 5 rejects `app.all('*')`; a path-less use() hands everything else to Next.
  app.use(nextHandler)

  app.use(((err, _req, res, _next) => {
    payload.logger.error({ err, msg: 'Unhandled request error' })
    if (!res.headersSent) res.status(500).type('text/plain').send('Lỗi máy chủ / Server error')
  }) as express.ErrorRequestHandler)
  return app
}
