import compression from 'compression'
import express, { type Express, type RequestHandler } from 'express'
import type { Payload } from 'payload'

import { CLIENT_IP_HEADER } from '../../../plugins/audit/record'
import type { Env } from '../config/env'
import { commentReceiptRouter } from '../../../plugins/legal/consultations/receipt'
import { alertsRouter } from '../../../plugins/alerts/server'
import { dialogueRouter } from '../../../plugins/dialogue/server'
import { PreviewError, renderPreview } from '../../../plugins/workflow/preview/render'
import { verifyPreviewToken } from '../../../plugins/workflow/preview/token'
import { livePreviewRouter } from '../../../plugins/workflow/preview/live'
import { ArchivedPortals } from '../../../plugins/lifecycle/archivedPortals'
import { healthReport } from './health'
import { page } from '../../../plugins/portals/serve/html'
import { HostMap, hostOf } from '../../../plugins/portals/serve/hosts'
import { portalRouter } from '../../../plugins/portals/serve/router'
import type { VisitCounter } from '../../../plugins/portals/visits'
import { searchRouter } from '../../../plugins/search/server'
import { renderPortalList } from './portalList'
import { bodyRules } from '../security/bodies'
import { platformSecurityHeaders, portalHsts } from '../security/headers'
import { TrustedOrigins } from '../security/origins'
import { requestGuard } from '../security/requestGuard'
import { idKindOf, idLooksRight, InvalidId } from '../lib/ids'

export type AppOptions = {
  payload: Payload
  env: Env
  /** The Next.js request handler serving /admin, /api and /api/graphql. */
  nextHandler: RequestHandler
  /** Next.js runs in development mode (hot reload). */
  dev?: boolean
  /** Counts the portal pages served; the caller flushes it when stopping. */
  visits: VisitCounter
}

export function createApp({ payload, env: e, nextHandler, dev = false, visits }: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  const platformHosts = new Set(e.platformHosts)
  const isPlatformHost = (host: string) => platformHosts.has(host)

  // The audit log records the client's address; never trust one sent by the client itself.
  app.use((req, _res, next) => {
    req.headers[CLIENT_IP_HEADER] = (e.trustProxy ? req.ip : req.socket.remoteAddress) ?? ''
    next()
  })
  if (e.trustProxy) app.set('trust proxy', true)

  const hosts = new HostMap(payload, e.portalHostSuffix)
  // Methods, paths, where state-changing requests come from, and body types (./security/).
  app.use(requestGuard({ origins: new TrustedOrigins(e, hosts), bodyRule: bodyRules(payload.config) }))
  // Collections without REST endpoints (Payload's migrations) would answer 501: they do not exist.
  const closed = new Set<string>(payload.config.collections.filter((c) => c.endpoints === false).map((c) => c.slug))
  // Collections without versions have no /versions routes (Payload answered them with a 500).
  const unversioned = new Set<string>(payload.config.collections.filter((c) => !c.versions).map((c) => c.slug))
  // Accounts that do not verify their email have no /verify route (Payload's looked up a token
  // column that does not exist: a 500).
  const unverified = new Set<string>(payload.config.collections.filter((c) => c.auth && !c.auth.verify).map((c) => c.slug))
  const notFound = (res: express.Response) => void res.status(404).json({ errors: [{ message: 'Không tìm thấy. / Not found.' }] })
  const decoded = (part: string) => {
    try {
      return decodeURIComponent(part)
    } catch {
      return part
    }
  }
  // Payload's `POST /api/<collection>/access/:id` runs no collection hook before it reads the
  // document, so an id that cannot exist reached the database there (a 500 on PostgreSQL).
  const idKind = idKindOf(payload)
  app.use('/api/:slug', (req, res, next) => {
    const slug = String(req.params.slug)
    if (closed.has(slug) || (unversioned.has(slug) && /^\/versions(\/|$)/.test(req.path)) || (unverified.has(slug) && /^\/verify(\/|$)/.test(req.path))) return notFound(res)
    const access = /^\/access\/([^/]+)\/?$/.exec(req.path)
    if (access && !idLooksRight(decoded(access[1]!), idKind)) return void res.status(404).json({ errors: [{ message: new InvalidId().message }] })
    next()
  })
  const platformHeaders = platformSecurityHeaders({ dev, httpsServerUrl: e.serverUrl.startsWith('https://') })
  const portalHeaders = portalHsts()
  app.use((req, res, next) => (isPlatformHost(hostOf(req.headers.host)) ? platformHeaders(req, res, next) : portalHeaders(req, res, next)))

  app.get('/healthz', async (_req, res) => {
    try {
      res.set('Cache-Control', 'no-store').json(await healthReport(payload, e))
    } catch (err) {
      payload.logger.error({ err, msg: 'Health check failed' })
      res.status(503).json({ status: 'error', database: e.database.kind, message: 'database unavailable' })
    }
  })

  // Portal pages rendered on demand (search, receipts) and the search API are compressed as they
  // are sent; built pages already carry their brotli and gzip copies. Event streams never are.
  app.use(['/tim-kiem/', '/hoi-dap-truc-tuyen/tra-cuu/', '/gop-y-du-thao/', '/api/public/search'], compression({ filter: (req, res) => !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') && compression.filter(req, res) }))

  // Questions, receipts and live sessions: on the platform host and under every portal host.
  app.use(dialogueRouter({ payload, env: e, hosts, isPlatformHost }))
  // Email alerts: subscribing, confirming and unsubscribing (links in the emails, RFC 8058 one-click).
  app.use(alertsRouter({ payload, env: e, hosts, isPlatformHost }))
  // Where a comment posted without JavaScript lands: the consultation's page telling its receipt.
  app.use(commentReceiptRouter({ payload, hosts, isPlatformHost, emcScriptHosts: e.emcScriptHosts }))
  // Search: the public API and each portal's /tim-kiem/ page (same origin as the portals).
  app.use(searchRouter({ payload, env: e, hosts, isPlatformHost }))
  // Page views per portal: full rebuilds build the most visited portals first (ADR 0026).
  app.use(portalRouter({ hosts, archived: new ArchivedPortals(payload, hosts), sitesDir: e.sitesDir, isPlatformHost, emcScriptHosts: e.emcScriptHosts, onPageView: (site) => visits.count(site.id) }))

  // The edit view's live preview: the draft with the editor's unsaved changes, as the portal renders
  // it (before the token route, which would take /preview/live.js for a token).
  app.use(livePreviewRouter(payload))

  // Shareable, expiring previews of drafts (links made by POST /api/{news|pages}/:id/preview-link).
  app.get('/preview/:token', async (req, res, next) => {
    const check = verifyPreviewToken(req.params.token)
    res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow' })
    if (!check.ok) {
      const expired = check.reason === 'expired'
      res
        .status(expired ? 410 : 404)
        .type('html')
        .send(page('Bản xem trước', `<main id="noi-dung"><h1>${expired ? 'Liên kết xem trước đã hết hạn' : 'Liên kết xem trước không hợp lệ'}</h1><p lang="en">${expired ? 'This preview link has expired.' : 'This preview link is not valid.'}</p></main>`))
      return
    }
    try {
      res.type('html').send(await renderPreview(payload, check.claim))
    } catch (err) {
      if (err instanceof PreviewError) res.status(err.status).type('text/plain').send(err.message)
      else next(err)
    }
  })

  app.get('/', async (_req, res, next) => {
    try {
      res.type('html').send(await renderPortalList(payload))
    } catch (err) {
      next(err)
    }
  })

  // The admin speaks Vietnamese unless the user picked another language (Payload would otherwise
  // follow the browser's Accept-Language).
  app.use('/admin', (req, _res, next) => {
    if (!/(?:^|;\s*)payload-lng=/.test(req.headers.cookie ?? '')) {
      req.headers.cookie = [req.headers.cookie, 'payload-lng=vi'].filter(Boolean).join('; ')
    }
    next()
  })

  // Express 5 rejects `app.all('*')`; a path-less use() hands everything else to Next.
  app.use(nextHandler)

  app.use(((err, _req, res, _next) => {
    // A request the client got wrong (a body that is not JSON, too large, a bad charset): its 4xx.
    const status = Number((err as { status?: unknown; statusCode?: unknown }).status ?? (err as { statusCode?: unknown }).statusCode)
    if (status >= 400 && status < 500) {
      // Errors made to be shown (an id that cannot exist) keep their own message.
      const message = (err as { isPublic?: unknown }).isPublic === true && err instanceof Error ? err.message : clientErrorMessage(status)
      if (!res.headersSent) res.status(status).set('Cache-Control', 'no-store').json({ errors: [{ message }] })
      return
    }
    payload.logger.error({ err, msg: 'Unhandled request error' })
    if (!res.headersSent) res.status(500).type('text/plain').send('Lỗi máy chủ / Server error')
  }) as express.ErrorRequestHandler)
  return app
}

function clientErrorMessage(status: number): string {
  if (status === 413) return 'Nội dung gửi quá lớn. / The request body is too large.'
  if (status === 415) return 'Kiểu nội dung không được hỗ trợ. / Unsupported content type.'
  return 'Yêu cầu không hợp lệ. / The request is not valid.'
}
