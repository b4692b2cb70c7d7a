/**
 * Security headers of the platform host (admin, REST and GraphQL API, portal list, previews),
 * with helmet. The portals' static pages carry their own policy (`portalSecurityHeaders`).
 *
 * The admin is a Next.js app whose pages bootstrap with inline scripts and styles and are partly
 * prerendered, so a per-request nonce cannot be used: scripts are limited to this origin plus
 * inline ones, and everything else (frames, plugins, form targets, connections) to this origin.
 * Nothing may frame the platform (`frame-ancestors 'none'`, and X-Frame-Options for old
 * browsers). HSTS is sent when the request came over https (directly, or through a proxy trusted
 * with TRUST_PROXY) or when SERVER_URL is https. docs/adr/0017-csrf-headers-and-limits.md
 */
import type { RequestHandler } from 'express'
import helmet from 'helmet'

export type PlatformHeaderOptions = {
  /** Next.js development mode: hot reload needs eval and a WebSocket. */
  dev: boolean
  /** SERVER_URL is https: the platform is served over TLS even if this hop is not. */
  httpsServerUrl: boolean
}

export const HSTS_MAX_AGE = 365 * 24 * 60 * 60

export function platformSecurityHeaders({ dev, httpsServerUrl }: PlatformHeaderOptions): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
        'worker-src': ["'self'", 'blob:'],
        'media-src': ["'self'", 'blob:'],
        'frame-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'base-uri': ["'self'"],
        'object-src': ["'none'"],
      },
    },
    // Uploaded pictures are shown by previews and the admin of this origin only.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    // Previews and the admin embed pictures of this origin; nothing cross-origin needs COEP.
    crossOriginEmbedderPolicy: false,
    // Same-origin requests keep their Origin (Payload's CSRF check needs it); nothing leaks out.
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: false,
  })
  const hsts = helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE, includeSubDomains: false })
  return (req, res, next) => {
    headers(req, res, (err?: unknown) => {
      if (err) return next(err)
      if (req.secure || httpsServerUrl) return hsts(req, res, next)
      next()
    })
  }
}

/** HSTS for the portals' hosts when they are reached over https. */
export function portalHsts(): RequestHandler {
  const hsts = helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE, includeSubDomains: false })
  return (req, res, next) => (req.secure ? hsts(req, res, next) : next())
}
