/**
 * The public HTTP side of alerts, on the platform host and under every portal host (same origin
 * as the portal's forms):
 *
 * POST /api/public/subscriptions               subscribe (JSON → 202 JSON; form post → the result page)
 * GET  /api/public/subscriptions/confirm       confirm (the link of the confirmation email)
 * GET  /api/public/subscriptions/unsubscribe   unsubscribe (the link in every message)
 * POST /api/public/subscriptions/unsubscribe   one-click unsubscribe (RFC 8058)
 *
 * The answer to a subscription never says whether the address was already subscribed; the
 * confirmation email does the rest (double opt-in).
 */
import express, { type Request, type Response, type Router } from 'express'
import type { Payload } from 'payload'

import { CLIENT_IP_HEADER } from '../audit/record'
import { CONFIRM_ENDPOINT, SUBSCRIBE_ENDPOINT, SUBSCRIBE_PATH, type SubscribeFormState, UNSUBSCRIBE_ENDPOINT } from '../../cms/src/contracts/alerts'
import type { Env } from '../../cms/src/config/env'
import { payloadSecret } from '../../cms/src/config/secrets'
import { contributionOf, contributions } from '../../cms/src/contributions'
import { errorBody, hashIp } from '../../cms/src/lib/endpoint'
import { toDbId } from '../../cms/src/lib/ids'
import { createLimiter } from '../../cms/src/limits/limiter'
import { escapeHtml } from '../portals/serve/html'
import { hostOf, type HostMap, livePortals } from '../portals/serve/hosts'
import { renderPortalView, renderWithForm } from '../portals/serve/onDemand'
import { portalSecurityHeaders } from '../portals/serve/router'
import { PENDING_HOURS } from './collection'
import { confirmationMail } from './mail'
import { enqueueOnce } from '../outbox/enqueue'
import { mailSite, titleOf } from './notify'
import { newNonce, tokenMatches } from './tokens'
import { checkSubscription, type SubscribeRequest } from './validate'

export type AlertsRouterOptions = { payload: Payload; env: Env; hosts: HostMap; isPlatformHost: (host: string) => boolean }

type Outcome = { status: number; title: string; message: string }

const wantsJson = (req: Request) => !req.is('application/x-www-form-urlencoded') || /application\/json/.test(req.headers.accept ?? '')

export function alertsRouter({ payload, env: e, hosts, isPlatformHost }: AlertsRouterOptions): Router {
  const router = express.Router()
  const perIp = createLimiter({ name: 'subscriptions-ip', points: 20, windowSeconds: 10 * 60 })
  const perEmail = createLimiter({ name: 'subscriptions-email', points: 5, windowSeconds: 60 * 60 })
  const links = createLimiter({ name: 'subscription-links', points: 60, windowSeconds: 60 })
  const secret = payloadSecret()
  const securityHeaders = portalSecurityHeaders(e.emcScriptHosts)
  const ipKey = (req: Request) => hashIp(String(req.headers[CLIENT_IP_HEADER] ?? ''), secret) ?? 'unknown'

  router.use('/api/public/subscriptions', (req, res, next) => {
    res.set('Cache-Control', 'no-store')
    res.set('X-Robots-Tag', 'noindex')
    if (!isPlatformHost(hostOf(req.headers.host))) for (const [k, v] of Object.entries(securityHeaders)) res.setHeader(k, v)
    next()
  })

  const { portalOf, siteBySlug } = livePortals(hosts, isPlatformHost, e.portalHostSuffix)

  /** A result page in the portal's chrome (or a plain page when the portal has nothing built). */
  const sendOutcome = async (res: Response, siteId: number | string | null, outcome: Outcome) => {
    const html = siteId === null ? null : await renderPortalView(payload, siteId, 'SubscriptionResultView', { title: outcome.title, message: outcome.message }).catch(() => null)
    res
      .status(outcome.status)
      .type('html')
      .send(html ?? `<!doctype html><html lang="vi"><meta charset="utf-8"><title>${escapeHtml(outcome.title)}</title><main id="noi-dung"><h1>${escapeHtml(outcome.title)}</h1><p>${escapeHtml(outcome.message)}</p></main></html>`)
  }

  /** The document a "follow this page" form names by its path, among the portal's published documents. */
  const documentAt = async (siteId: number | string, path: string): Promise<{ collection: string; id: string; title: string } | null> => {
    const slug = path.split('/').filter(Boolean).at(-1)
    if (!slug) return null
    for (const { slug: collection } of contributions(payload, 'workflow')) {
      const pathOf = contributionOf(payload, collection, 'portal')?.path
      if (!pathOf) continue
      const found = await payload
        .find({ collection: collection as 'news', where: { and: [{ site: { equals: siteId } }, { slug: { equals: slug } }] }, depth: 0, limit: 5, overrideAccess: false, draft: false, locale: 'vi' })
        .catch(() => null)
      const doc = found?.docs.find((d) => pathOf(d as unknown as Record<string, unknown>) === path)
      if (doc) return { collection, id: String(doc.id), title: titleOf(doc as unknown as Record<string, unknown>) }
    }
    return null
  }

  const parseBody = [express.json({ limit: '8kb' }), express.urlencoded({ extended: false, limit: '8kb', parameterLimit: 20 })]

  router.post(SUBSCRIBE_ENDPOINT, ...parseBody, async (req, res, next) => {
    const json = wantsJson(req)
    try {
      const portal = await portalOf(req)
      if (portal === 'unknown') return void res.status(404).json(errorBody({ site: { vi: 'Cổng thông tin không tồn tại.', en: 'No such portal.' } }))
      const refuse = async (status: number, errors: SubscribeFormState['errors'], values: SubscribeFormState['values'], siteId: number | string | null, retryAfter?: number) => {
        if (retryAfter) res.set('Retry-After', String(retryAfter))
        if (!json && siteId !== null) {
          const html = await renderWithForm(payload, siteId, SUBSCRIBE_PATH, { values, errors } as never).catch(() => null)
          if (html) return void res.status(status).type('html').send(html)
        }
        res.status(status).json(errorBody(errors))
      }
      const limited = await perIp.hit(`ip:${ipKey(req)}`)
      if (!limited.allowed) return refuse(429, { form: { vi: `Bạn đã gửi nhiều yêu cầu. Vui lòng thử lại sau ${Math.ceil(limited.retryAfterSeconds / 60)} phút.`, en: 'Too many requests; please try again later.' } }, {}, portal?.id ?? null, limited.retryAfterSeconds)
      const checked = checkSubscription(req.body)
      if (!checked.ok) return refuse(400, checked.errors, checked.values, portal?.id ?? null)
      const r = checked.request
      const site = portal ?? (r.site ? await siteBySlug(r.site) : null)
      if (!site) return refuse(400, { site: { vi: 'Chưa chọn cổng thông tin.', en: 'Name the portal (site).' } }, checked.values, null)

      const target = await resolveTarget(r, site.id)
      if ('error' in target) return refuse(400, target.error, checked.values, site.id)
      const byEmail = await perEmail.hit(`email:${hashIp(r.email, secret)}`)
      if (!byEmail.allowed) return refuse(429, { email: { vi: 'Địa chỉ thư này đã đăng ký nhiều lần trong giờ qua. Vui lòng thử lại sau.', en: 'This address has subscribed many times in the last hour. Please try again later.' } }, checked.values, site.id, byEmail.retryAfterSeconds)

      // The honeypot: a robot is told what a person is told, and nothing is stored or sent.
      if (!r.honeypot) await subscribe(r, site.id, target)
      const message = 'Chúng tôi đã gửi thư xác nhận tới địa chỉ của bạn. Hãy mở thư và bấm liên kết xác nhận trong vòng 48 giờ để bắt đầu nhận tin.'
      if (json) return void res.status(202).json({ status: 'pending', message: `${message} / We sent a confirmation email; open it and follow the link within ${PENDING_HOURS} hours.` })
      await sendOutcome(res, site.id, { status: 200, title: 'Kiểm tra hộp thư của bạn', message })
    } catch (err) {
      next(err)
    }
  })

  type Target = { category: number | string | null; docCollection: string | null; docId: string | null; docTitle: string | null }

  const resolveTarget = async (r: SubscribeRequest, siteId: number | string): Promise<Target | { error: SubscribeFormState['errors'] }> => {
    const none: Target = { category: null, docCollection: null, docId: null, docTitle: null }
    if (r.scope === 'category') {
      const found = await payload.find({ collection: 'categories', where: { and: [{ site: { equals: siteId } }, { slug: { equals: r.category } }] }, depth: 0, limit: 1, overrideAccess: false, locale: 'vi' })
      const category = found.docs[0]
      return category ? { ...none, category: category.id } : { error: { category: { vi: 'Chuyên mục không tồn tại trên cổng này.', en: 'No such category on this portal.' } } }
    }
    if (r.scope === 'document') {
      const doc = await documentAt(siteId, r.document!)
      return doc ? { ...none, docCollection: doc.collection, docId: doc.id, docTitle: doc.title } : { error: { document: { vi: 'Trang muốn theo dõi không tồn tại trên cổng này.', en: 'No such page on this portal.' } } }
    }
    return none
  }

  const subscribe = async (r: SubscribeRequest, siteId: number | string, target: Target) => {
    const same = await payload.find({
      collection: 'subscriptions',
      where: {
        and: [
          { email: { equals: r.email } },
          { site: { equals: siteId } },
          { scope: { equals: r.scope } },
          ...(target.category !== null ? [{ category: { equals: target.category } }] : []),
          ...(r.legalType ? [{ legalType: { equals: r.legalType } }] : []),
          ...(target.docId ? [{ docCollection: { equals: target.docCollection } }, { docId: { equals: target.docId } }] : []),
        ],
      },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    const existing = same.docs[0] as { id: number | string; status: string; nonce: string } | undefined
    // Already confirmed: nothing to do, and the answer does not say so (no one learns who subscribes).
    if (existing?.status === 'confirmed') return
    const expiresAt = new Date(Date.now() + PENDING_HOURS * 3_600_000).toISOString()
    const data = { email: r.email, site: siteId, scope: r.scope, category: target.category, legalType: r.legalType, docCollection: target.docCollection, docId: target.docId, docTitle: target.docTitle, frequency: r.frequency, status: 'pending', nonce: existing?.nonce ?? newNonce(), expiresAt }
    const sub = existing
      ? await payload.update({ collection: 'subscriptions', id: existing.id, data: data as never, overrideAccess: true, depth: 0 })
      : await payload.create({ collection: 'subscriptions', data: data as never, overrideAccess: true, depth: 0 })
    const site = await mailSite(payload, siteId)
    if (!site) return
    await enqueueOnce(payload, [confirmationMail(site, secret, { id: sub.id, email: r.email, nonce: data.nonce, scope: r.scope, docTitle: target.docTitle, scopeName: null })])
  }

  /** The subscription a link names, when its token is right for `purpose`. */
  const fromLink = async (req: Request, purpose: 'confirm' | 'unsubscribe') => {
    const id = typeof req.query.id === 'string' ? req.query.id : null
    const token = typeof req.query.t === 'string' ? req.query.t : null
    if (!id || !token || token.length > 100) return null
    const dbId = toDbId(payload, id)
    if (dbId === null) return null
    const sub = (await payload.findByID({ collection: 'subscriptions', id: dbId, depth: 0, overrideAccess: true, disableErrors: true })) as { id: number | string; nonce: string; site: number | string; status: string } | null
    return sub && tokenMatches(secret, purpose, sub.id, sub.nonce, token) ? sub : null
  }

  const linkLimited = async (req: Request, res: Response) => {
    const limited = await links.hit(`ip:${ipKey(req)}`)
    if (limited.allowed) return false
    res.set('Retry-After', String(limited.retryAfterSeconds)).status(429).type('text').send('Quá nhiều yêu cầu, vui lòng thử lại sau. / Too many requests.')
    return true
  }

  const currentSite = async (req: Request) => {
    const portal = await portalOf(req)
    return portal && portal !== 'unknown' ? portal.id : null
  }

  router.get(CONFIRM_ENDPOINT, async (req, res, next) => {
    try {
      if (await linkLimited(req, res)) return
      const sub = await fromLink(req, 'confirm')
      const siteId = sub?.site ?? (await currentSite(req))
      if (!sub) return void (await sendOutcome(res, siteId, { status: 404, title: 'Liên kết không còn hiệu lực', message: `Liên kết xác nhận không đúng hoặc đã hết hạn (sau ${PENDING_HOURS} giờ). Bạn có thể đăng ký lại.` }))
      if (sub.status !== 'confirmed') await payload.update({ collection: 'subscriptions', id: sub.id, data: { status: 'confirmed', confirmedAt: new Date().toISOString(), expiresAt: null } as never, overrideAccess: true })
      await sendOutcome(res, sub.site, { status: 200, title: 'Đã xác nhận đăng ký nhận tin', message: 'Cảm ơn bạn. Từ nay bạn sẽ nhận thư khi có cập nhật lớn; mỗi thư có liên kết để hủy đăng ký.' })
    } catch (err) {
      next(err)
    }
  })

  const unsubscribe = async (req: Request) => {
    const sub = await fromLink(req, 'unsubscribe')
    if (sub) await payload.delete({ collection: 'subscriptions', id: sub.id, overrideAccess: true })
    return sub
  }

  router.get(UNSUBSCRIBE_ENDPOINT, async (req, res, next) => {
    try {
      if (await linkLimited(req, res)) return
      const siteId = await currentSite(req)
      const sub = await unsubscribe(req)
      if (!sub) return void (await sendOutcome(res, siteId, { status: 404, title: 'Liên kết không còn hiệu lực', message: 'Đăng ký này không còn (có thể bạn đã hủy trước đó). Bạn sẽ không nhận thêm thư nào về nó.' }))
      await sendOutcome(res, sub.site, { status: 200, title: 'Đã hủy đăng ký nhận tin', message: 'Bạn sẽ không nhận thêm thư nào về nội dung này. Địa chỉ thư của bạn đã được xóa khỏi đăng ký.' })
    } catch (err) {
      next(err)
    }
  })

  // RFC 8058: the mail client posts `List-Unsubscribe=One-Click` to the header's URL, no cookie.
  router.post(UNSUBSCRIBE_ENDPOINT, ...parseBody, async (req, res, next) => {
    try {
      if (await linkLimited(req, res)) return
      const sub = await unsubscribe(req)
      if (!sub) return void res.status(404).json(errorBody({ form: { vi: 'Liên kết hủy đăng ký không đúng hoặc đăng ký đã được hủy.', en: 'Unknown or already used unsubscribe link.' } }))
      res.status(200).json({ status: 'unsubscribed', message: 'Đã hủy đăng ký. / Unsubscribed.' })
    } catch (err) {
      next(err)
    }
  })

  return router
}
