/**
 * Payload's live preview, rendered by the portal's own renderer. The edit view frames
 * `/preview/live/<collection>/<id>` (same origin, the editor's session); the page's small script
 * (`/preview/live.js`) receives the form's values from the admin (`window.postMessage`) and asks
 * `POST /preview/live/<collection>/<id>` for the page with those values, then swaps the page body,
 * so the portal page follows the typing without saving anything.
 *
 * Only people who may read the draft see it; the frame may be embedded by the admin only.
 */
import express, { type Request, type Response, Router } from 'express'
import type { CollectionSlug, Payload } from 'payload'

import { asUser } from '../../../cms/src/access/roles'
import { contributionOf } from '../../../cms/src/contributions'
import { page } from '../../portals/serve/html'
import type { Doc } from '../../portals/types'
import { populateLikeDepthOne } from './populate'
import { asPreviewPage, PreviewError, renderDraft } from './render'

/** The frame's own policy: the admin (same origin) may embed it; scripts and requests stay on this origin. */
const FRAME_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'X-Frame-Options': 'SAMEORIGIN',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'",
}

const LIVE_SCRIPT = `(function () {
  var origin = location.origin, url = location.pathname + location.search, timer = null, seq = 0, shown = 0;
  function swap(html, n) {
    if (n < shown) return;
    shown = n;
    var next = new DOMParser().parseFromString(html, 'text/html');
    var y = window.scrollY;
    document.body.replaceWith(document.adoptNode(next.body));
    document.title = next.title;
    window.scrollTo(0, y);
    document.documentElement.setAttribute('data-live-render', String(n));
  }
  function render(message) {
    var n = ++seq;
    fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json', Accept: 'text/html' }, body: JSON.stringify({ data: message.data, locale: message.locale }) })
      .then(function (res) { return res.ok ? res.text() : null; })
      .then(function (html) { if (html) swap(html, n); })
      .catch(function () {});
  }
  window.addEventListener('message', function (event) {
    var m = event.data;
    if (event.origin !== origin || !m || m.type !== 'payload-live-preview' || !m.data) return;
    clearTimeout(timer);
    timer = setTimeout(function () { render(m); }, 200);
  });
  if (window.parent !== window) window.parent.postMessage({ type: 'payload-live-preview', ready: true }, origin);
})();
`

function toHeaders(req: Request): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) headers.set(name, value.join(', '))
  }
  return headers
}

function notice(res: Response, status: number, vi: string, en: string) {
  res.status(status).set(FRAME_HEADERS).type('html').send(page('Xem trực tiếp', `<main id="noi-dung"><h1>${vi}</h1><p lang="en">${en}</p></main>`))
}

const LOCALES = new Set(['vi', 'en'])

export function livePreviewRouter(payload: Payload): Router {
  const router = Router()

  router.get('/preview/live.js', (_req, res) => {
    res.set({ 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' }).type('application/javascript').send(LIVE_SCRIPT)
  })

  /** The reader may see the draft: logged in, and the draft readable with their access. */
  async function authorised(req: Request, res: Response): Promise<{ collection: string; id: string } | null> {
    const { collection, id } = req.params as { collection: string; id: string }
    if (!/^[a-z][a-z0-9-]{0,63}$/.test(collection) || !/^[A-Za-z0-9_-]{1,64}$/.test(id) || !contributionOf(payload, collection, 'workflow')?.preview) {
      notice(res, 404, 'Không có bản xem trước', 'No preview for this content.')
      return null
    }
    const { user } = await payload.auth({ headers: toHeaders(req) })
    const staff = user ? asUser({ user } as never) : null
    if (!staff) {
      notice(res, 401, 'Cần đăng nhập để xem trực tiếp', 'Log in to see the live preview.')
      return null
    }
    const dbId = payload.db.defaultIDType === 'number' ? Number(id) : id
    const draft = await payload
      .findByID({ collection: collection as CollectionSlug, id: dbId, draft: true, depth: 0, user, overrideAccess: false, disableErrors: true })
      .catch(() => null)
    if (!draft) {
      notice(res, 404, 'Không tìm thấy bản nháp', 'Draft not found.')
      return null
    }
    return { collection, id }
  }

  function sendError(res: Response, err: unknown, next: (err: unknown) => void) {
    if (err instanceof PreviewError) notice(res, err.status, err.message.split(' / ')[0]!, err.message.split(' / ')[1] ?? '')
    else next(err)
  }

  router.get('/preview/live/:collection/:id', async (req, res, next) => {
    try {
      const target = await authorised(req, res)
      if (!target) return
      const html = await renderDraft(payload, target)
      res
        .set(FRAME_HEADERS)
        .type('html')
        .send(asPreviewPage(html, 'Xem trực tiếp – bản đang soạn, chưa lưu, chưa xuất bản. / Live preview of unsaved changes.', '<script src="/preview/live.js" defer></script>'))
    } catch (err) {
      sendError(res, err, next)
    }
  })

  router.post('/preview/live/:collection/:id', express.json({ limit: '4mb' }), async (req, res, next) => {
    try {
      const target = await authorised(req, res)
      if (!target) return
      const body = req.body as { data?: unknown; locale?: unknown } | undefined
      if (!body || typeof body.data !== 'object' || body.data === null || Array.isArray(body.data)) {
        notice(res, 400, 'Thiếu dữ liệu bài viết', 'The document data is missing.')
        return
      }
      const locale = typeof body.locale === 'string' && LOCALES.has(body.locale) ? (body.locale as 'vi' | 'en') : 'vi'
      const overlay = await populateLikeDepthOne(payload, target.collection, body.data as Doc)
      const html = await renderDraft(payload, { ...target, overlay, locale })
      res.set(FRAME_HEADERS).type('html').send(asPreviewPage(html, 'Xem trực tiếp – bản đang soạn, chưa lưu, chưa xuất bản. / Live preview of unsaved changes.'))
    } catch (err) {
      sendError(res, err, next)
    }
  })

  return router
}
