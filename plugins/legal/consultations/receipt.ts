/**
 * `GET /gop-y-du-thao/<slug>/bien-nhan/?ma=GY-…` under a portal host: where a comment posted
 * without JavaScript lands (post, redirect, get). The platform renders the consultation's portal
 * page on demand with a notice of what happened to the comment, found by its receipt: received
 * and waiting for moderation, published, or not published. Unknown codes get the page with a
 * notice that nothing was found (404).
 */
import express, { type Router } from 'express'
import type { Payload } from 'payload'

import { CLIENT_IP_HEADER } from '../../audit/record'
import type { CommentFormState } from '../../../cms/src/contracts/legal'
import { renderWithForm } from '../../portals/serve/onDemand'
import { createLimiter } from '../../../cms/src/limits/limiter'
import { hostOf, type HostMap } from '../../portals/serve/hosts'
import { portalSecurityHeaders } from '../../portals/serve/router'
import { consultationPath } from '../../../themes/model/legal'

const RECEIPT = /^GY-[A-Z2-9]{8}$/

export type CommentReceiptOptions = {
  payload: Payload
  hosts: HostMap
  isPlatformHost: (host: string) => boolean
  emcScriptHosts: readonly string[]
}

export function commentReceiptRouter({ payload, hosts, isPlatformHost, emcScriptHosts }: CommentReceiptOptions): Router {
  const router = express.Router()
  const lookups = createLimiter({ name: 'comment-receipts', points: 60, windowSeconds: 60 })
  const securityHeaders = portalSecurityHeaders(emcScriptHosts)

  router.get('/gop-y-du-thao/:slug/bien-nhan/', async (req, res, next) => {
    try {
      const host = hostOf(req.headers.host)
      if (isPlatformHost(host)) return next()
      const site = await hosts.resolve(host)
      const slug = String(req.params.slug)
      if (!site || site.status === 'archived' || !/^[a-z0-9-]{1,200}$/.test(slug)) return next()
      for (const [k, v] of Object.entries(securityHeaders)) res.setHeader(k, v)
      res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' })
      const limited = await lookups.hit(String(req.headers[CLIENT_IP_HEADER] ?? 'unknown'))
      if (!limited.allowed) return void res.status(429).set('Retry-After', String(limited.retryAfterSeconds)).type('text/plain').send('Quá nhiều yêu cầu, vui lòng thử lại sau. / Too many requests.')
      const code = typeof req.query.ma === 'string' ? req.query.ma.trim().toUpperCase() : ''
      const consultation = (
        await payload.find({
          collection: 'consultations',
          where: { and: [{ site: { equals: site.id } }, { slug: { equals: slug } }, { _status: { equals: 'published' } }] },
          depth: 0,
          limit: 1,
          overrideAccess: true,
          select: { slug: true },
        })
      ).docs[0]
      if (!consultation) return next()
      const comment = RECEIPT.test(code)
        ? (
            await payload.find({
              collection: 'consultation-comments',
              where: { and: [{ consultation: { equals: consultation.id } }, { receipt: { equals: code } }] },
              depth: 0,
              limit: 1,
              overrideAccess: true,
              select: { moderation: true },
            })
          ).docs[0]
        : undefined
      const moderation = (comment as { moderation?: string } | undefined)?.moderation
      const notice: CommentFormState['notice'] = !comment
        ? { tone: 'error', message: { vi: `Không tìm thấy góp ý có mã biên nhận ${code || '(trống)'} cho dự thảo này.`, en: 'No comment on this draft has that receipt.' } }
        : moderation === 'approved'
          ? { tone: 'success', receipt: code, message: { vi: `Góp ý mã ${code} đã được duyệt và công khai trên trang này.`, en: `Comment ${code} was approved and is published on this page.` } }
          : moderation === 'rejected'
            ? { tone: 'success', receipt: code, message: { vi: `Góp ý mã ${code} đã được tiếp nhận; cơ quan soạn thảo không công khai góp ý này.`, en: `Comment ${code} was received; the drafting agency does not publish it.` } }
            : {
                tone: 'success',
                receipt: code,
                message: {
                  vi: `Đã nhận góp ý của bạn, mã biên nhận ${code}. Góp ý được cơ quan soạn thảo xem xét và công khai sau khi kiểm duyệt.`,
                  en: `Your comment was received (receipt ${code}). It is published after moderation.`,
                },
              }
      const html = await renderWithForm(payload, site.id, consultationPath(slug), { values: {}, errors: {}, notice })
      if (!html) return next()
      res.status(comment ? 200 : 404).type('html').send(html)
    } catch (err) {
      next(err)
    }
  })
  return router
}
