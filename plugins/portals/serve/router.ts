/** Serves each portal's built static files by Host. */
import fs from 'node:fs'
import path from 'node:path'

import express, { type RequestHandler } from 'express'

import type { HostedSite, HostMap } from './hosts'
import { hostOf } from './hosts'
import { notBuiltPage, notFoundHostPage } from './html'
import { compressedCopy, usePrecompressed, varyOnEncoding } from './precompressed'
import { isPageView } from '../visits'
import { takedownAnswer } from './takedowns'
import { tolerantAddress } from './tolerant'

/**
 * Portals run one inline script (display preferences) and, where configured, the EMC monitoring
 * script, which may load from and report to the allow-listed EMC hosts only.
 */
export function portalSecurityHeaders(emcHosts: readonly string[]): Record<string, string> {
  const emc = emcHosts.flatMap((host) => [`https://${host}`, `https://*.${host}`]).join(' ')
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'SAMEORIGIN',
    'Content-Security-Policy': [
      "default-src 'self'",
      "img-src 'self' data: https:",
      "style-src 'self' 'unsafe-inline'",
      `script-src 'self' 'unsafe-inline' ${emc}`.trim(),
      `connect-src 'self' ${emc}`.trim(),
      "frame-ancestors 'self'",
    ].join('; '),
  }
}

/**
 * The release's own 404 and 410 pages, under `.releases/` (a dot folder, which `sendFile` refuses
 * by default): never a path a request named.
 */
const OWN_FILE = { dotfiles: 'allow' } as const

/** A path the release does not hold: a document number or procedure code typed loosely (301), or the 404 page. */
async function missing(req: express.Request, res: express.Response, root: string): Promise<void> {
  const canonical = await tolerantAddress(root, req.path)
  if (canonical) {
    res.removeHeader('Content-Encoding')
    const query = req.url.indexOf('?')
    res.set('Cache-Control', 'public, max-age=3600').redirect(301, `${canonical}${query >= 0 ? req.url.slice(query) : ''}`)
    return
  }
  await notFoundPage(req, res, root)
}

/** The portal's own 404 page (compressed when the client takes it), or a plain line. */
async function notFoundPage(req: express.Request, res: express.Response, root: string): Promise<void> {
  res.removeHeader('Content-Encoding')
  res.status(404)
  const notFound = path.join(root, '404.html')
  if (!fs.existsSync(notFound)) {
    res.type('text/plain').send('404 – Không tìm thấy trang')
    return
  }
  varyOnEncoding(res)
  const copy = await compressedCopy(req, notFound)
  res.setHeader('Cache-Control', 'no-cache')
  if (copy) {
    res.setHeader('Content-Encoding', copy.encoding)
    res.setHeader('Content-Type', copy.type)
    res.sendFile(copy.file, OWN_FILE)
  } else res.type('html').sendFile(notFound, OWN_FILE)
}

export function portalRouter(opts: {
  hosts: HostMap
  /** What an archived portal's host answers (the lifecycle plugin's `ArchivedPortals`). */
  archived: { answer: (site: HostedSite, path: string) => Promise<{ kind: 'redirect'; status: number; url: string } | { kind: 'notice'; html: string }> }
  sitesDir: string
  isPlatformHost: (host: string) => boolean
  emcScriptHosts?: readonly string[]
  /** Called for each page view of a live portal (plugins/portals/visits.ts). */
  onPageView?: (site: HostedSite) => void
}): RequestHandler {
  const PUBLIC_CMS_PATHS = /^\/api\/public\/consultations\//
  const securityHeaders = portalSecurityHeaders(opts.emcScriptHosts ?? [])
  // One handler per portal, on the release directory it serves (see below); a new release
  // replaces it.
  const statics = new Map<string, { dir: string; handler: RequestHandler }>()
  const staticFor = (slug: string, dir: string) => {
    const known = statics.get(slug)
    if (known?.dir === dir) return known.handler
    const handler = express.static(dir, {
      index: ['index.html'],
      redirect: true,
      dotfiles: 'ignore',
      fallthrough: true,
      maxAge: 60_000,
      setHeaders: (res, file) => {
        // HTML changes on every publish; assets are named by content.
        if (/\.(html|xml)(\.br|\.gz)?$/.test(file)) res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate')
      },
    })
    statics.set(slug, { dir, handler })
    return handler
  }

  return async (req, res, next) => {
    const host = hostOf(req.headers.host)
    // Comments on draft consultations are posted from the portal's own pages (same origin): the
    // CMS endpoint answers them under every portal host, like the dialogue routes.
    if (opts.isPlatformHost(host) || PUBLIC_CMS_PATHS.test(req.path)) return next()
    try {
      const site = await opts.hosts.resolve(host)
      for (const [k, v] of Object.entries(securityHeaders)) res.setHeader(k, v)
      if (!site) {
        res.status(404).type('html').send(notFoundHostPage(host))
        return
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.status(405).setHeader('Allow', 'GET, HEAD').type('text/plain').send('Method not allowed')
        return
      }
      // Merged or retired: the old release is never served again (npm run site merge|retire).
      if (site.status === 'archived') {
        const answer = await opts.archived.answer(site, req.path)
        if (answer.kind === 'redirect') {
          res.setHeader('Cache-Control', 'public, max-age=3600')
          res.redirect(answer.status, answer.url)
        } else {
          // 410: the portal is gone for good; search engines drop it sooner than after a noindex 200 (ADR 0009).
          res.status(410).set({ 'Cache-Control': 'public, max-age=300', 'X-Robots-Tag': 'noindex' }).type('html').send(answer.html)
        }
        return
      }
      if (opts.onPageView) {
        const onPageView = opts.onPageView
        res.once('finish', () => {
          if (isPageView(req.method, req.path, res.statusCode, String(req.headers['user-agent'] ?? ''))) onPageView(site)
        })
      }
      // The release this request is answered from, resolved once: every build switches the
      // portal's link to a new release, and a file looked up through the link (its size) then read
      // through it (its bytes) could come from two releases: a response shorter than its
      // Content-Length, which left the reader waiting for bytes that never came.
      const root = await fs.promises.realpath(path.join(opts.sitesDir, site.slug)).catch(() => null)
      if (!root || !fs.existsSync(path.join(root, 'index.html'))) {
        res.status(503).setHeader('Retry-After', '30').type('html').send(notBuiltPage(site.name))
        return
      }
      // Taken down in error (410) or consolidated into another page (301): ADR 0022.
      // (Read through the link: its cache holds one entry per portal, not one per release.)
      const takedown = await takedownAnswer(path.join(opts.sitesDir, site.slug), req.path)
      if (takedown?.kind === 'moved') {
        const query = req.url.indexOf('?')
        res.set('Cache-Control', 'public, max-age=300').redirect(301, `${takedown.to}${query >= 0 ? req.url.slice(query) : ''}`)
        return
      }
      if (takedown?.kind === 'gone') {
        const gone = path.join(root, '410.html')
        res.status(410).set({ 'Cache-Control': 'public, max-age=300', 'X-Robots-Tag': 'noindex' })
        if (fs.existsSync(gone)) res.type('html').sendFile(gone, OWN_FILE)
        else res.type('text/plain').send('410 – Nội dung đã được gỡ bỏ / Gone')
        return
      }
      // Pages, feeds and the sitemap go out as the release's brotli or gzip copy when the client takes one.
      const originalUrl = req.url
      await usePrecompressed(req, res, root)
      staticFor(site.slug, root)(req, res, () => {
        req.url = originalUrl
        void missing(req, res, root).catch(next)
      })
    } catch (err) {
      next(err)
    }
  }
}
