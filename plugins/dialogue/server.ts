/**
 * The public HTTP side of dialogues and Q&A, answered by express before Next.js and before the
 * static portals, on the platform host and under every portal host (same origin as the page:
 * no CORS, and the portals' `connect-src 'self'` policy holds).
 *
 * POST /api/public/questions              a question (JSON → 202 JSON; form post → 303 to the receipt page)
 * GET  /api/public/questions/:code        receipt lookup (JSON)
 * GET  /api/live/doi-thoai/:slug          live snapshot (JSON, ETag)          portal hosts
 * GET  /api/live/doi-thoai/:slug/stream   live events (Server-Sent Events)    portal hosts
 * GET  /api/live/:site/doi-thoai/:slug[/stream]                              platform host
 * GET  /hoi-dap-truc-tuyen/tra-cuu/?ma=   receipt lookup page                 portal hosts
 * GET  /api/dialogue/console-stream?session=ID | ?site=ID   staff consoles (login)  platform host
 */
import type { IncomingHttpHeaders } from 'node:http'

import express, { type NextFunction, type Request, type Response, type Router } from 'express'
import type { Payload } from 'payload'

import type { SessionUser } from '../../cms/src/access/roles'
import { CLIENT_IP_HEADER } from '../audit/record'
import { mustEnrolTwoFactor, type TwoFactorUser } from '../two-factor/settings'
import { portalBaseUrl } from '../portals/build/export'
import type { Env } from '../../cms/src/config/env'
import { payloadSecret } from '../../cms/src/config/secrets'
import { ACCEPTING_STATES, type Bilingual, dialoguePath, type FormState, QA_PATH, RECEIPT_PATH } from '../../cms/src/contracts/dialogue'
import { hostOf, type HostMap, livePortals } from '../portals/serve/hosts'
import { portalSecurityHeaders } from '../portals/serve/router'
import { canModerateSite } from './access'
import { liveHub } from './hub'
import { bus } from '../../cms/src/lib/bus'
import { hashIp, QuestionIntake } from './intake'
import { findSession, lookupReceipt } from './lookup'
import { renderReceipt, renderWithForm } from '../portals/serve/onDemand'
import { toDbId } from '../../cms/src/lib/ids'
import { createLimiter } from '../../cms/src/limits/limiter'
import { normalizeReceiptCode } from './receipt'
import { screenQuestion } from './screen'
import { errorBody, validateSubmission } from './validate'

export type DialogueRouterOptions = {
  payload: Payload
  env: Env
  hosts: HostMap
  isPlatformHost: (host: string) => boolean
}

const WINDOW_SECONDS = 10 * 60

function headersOf(req: Request): Headers {
  const headers = new Headers()
  for (const [key, value] of Object.entries(req.headers as IncomingHttpHeaders)) {
    if (typeof value === 'string') headers.set(key, value)
    else if (Array.isArray(value)) headers.set(key, value.join(', '))
  }
  return headers
}

const wantsJson = (req: Request) => !req.is('application/x-www-form-urlencoded') || /application\/json/.test(req.headers.accept ?? '')

export function dialogueRouter({ payload, env: e, hosts, isPlatformHost }: DialogueRouterOptions): Router {
  const router = express.Router()
  const intake = new QuestionIntake(payload)
  const hub = liveHub()
  hub.start(payload, e.liveResyncMs)
  // Staff consoles on every process hear of new questions (the intake runs no hooks).
  intake.onCommitted((questions) => bus().publish('live:staff', [...new Set(questions.map((q) => (q.sessionId !== null ? `s:${q.sessionId}` : `q:${q.siteId}`)))]))
  const perIp = createLimiter({ name: 'questions-ip', points: e.questionLimitPerIp, windowSeconds: WINDOW_SECONDS })
  const perEmail = createLimiter({ name: 'questions-email', points: e.questionLimitPerEmail, windowSeconds: WINDOW_SECONDS })
  const lookups = createLimiter({ name: 'receipt-lookups', points: 60, windowSeconds: 60 })
  const secret = payloadSecret()
  const ipOf = (req: Request) => String(req.headers[CLIENT_IP_HEADER] ?? '')
  const securityHeaders = portalSecurityHeaders(e.emcScriptHosts)
  const ours = /^\/(api\/public\/|api\/live\/|api\/dialogue\/|hoi-dap-truc-tuyen\/tra-cuu\/)/

  // What portals answer carries the portals' security headers (CSP included), like their pages.
  router.use((req, res, next) => {
    if (ours.test(req.path) && !isPlatformHost(hostOf(req.headers.host))) for (const [k, v] of Object.entries(securityHeaders)) res.setHeader(k, v)
    next()
  })

  const { portalOf, siteBySlug } = livePortals(hosts, isPlatformHost, e.portalHostSuffix)

  /** The first of these portal pages that renders with the form state (null when none does). */
  const renderFirstPage = async (siteId: number | string, paths: Array<string | null>, form: FormState): Promise<string | null> => {
    for (const path of paths) {
      if (!path) continue
      const html = await renderWithForm(payload, siteId, path, form).catch((err) => {
        payload.logger.error({ err, msg: 'Could not render the question form again' })
        return null
      })
      if (html) return html
    }
    return null
  }

  const parseBody = [express.json({ limit: '32kb' }), express.urlencoded({ extended: false, limit: '32kb', parameterLimit: 50 })]

  router.post('/api/public/questions', ...parseBody, async (req, res, next) => {
    const json = wantsJson(req)
    res.set('Cache-Control', 'no-store')
    try {
      const portal = await portalOf(req)
      if (portal === 'unknown') return void res.status(404).json(errorBody({ site: { vi: 'Cổng thông tin không tồn tại.', en: 'No such portal.' } }))
      const ipKey = hashIp(ipOf(req), secret) ?? 'unknown'

      const refuse = async (status: number, errors: FormState['errors'], values: FormState['values'], formPath: string | null, retryAfter?: number) => {
        if (retryAfter) res.set('Retry-After', String(retryAfter))
        if (!json && portal && formPath) {
          // The form's own page, or the Q&A page when that page is gone (an unknown session).
          const html = await renderFirstPage(portal.id, [formPath, QA_PATH], { values, errors })
          if (html) return void res.status(status).type('html').send(html)
        }
        res.status(status).json(errorBody(errors))
      }

      const limited = await perIp.hit(`ip:${ipKey}`)
      const sessionSlug = typeof req.body?.session === 'string' ? req.body.session : null
      const formPath = sessionSlug && /^[a-z0-9-]{1,120}$/.test(sessionSlug) ? dialoguePath(sessionSlug) : QA_PATH
      if (!limited.allowed) {
        return refuse(429, { form: tooMany(limited.retryAfterSeconds) }, {}, formPath, limited.retryAfterSeconds)
      }
      const result = validateSubmission(req.body)
      if (!result.ok) return refuse(400, result.errors, result.values, formPath)
      const q = result.submission

      const site = portal ?? (q.site ? await siteBySlug(q.site) : null)
      if (!site) return refuse(400, { site: { vi: 'Chưa chọn cổng thông tin nhận câu hỏi.', en: 'Name the portal (site) the question is for.' } }, result.values, formPath)

      let sessionId: number | string | null = null
      if (q.session) {
        const session = await findSession(payload, site.id, q.session)
        if (!session) return refuse(404, { session: { vi: 'Phiên đối thoại không tồn tại; câu hỏi chưa được gửi.', en: 'No such dialogue session; the question was not sent.' } }, result.values, formPath)
        if (!ACCEPTING_STATES.includes(session.state)) {
          const message: Bilingual =
            session.state === 'announced'
              ? { vi: 'Phiên đối thoại chưa bắt đầu nhận câu hỏi.', en: 'This dialogue session does not take questions yet.' }
              : { vi: 'Phiên đối thoại đã kết thúc, không nhận thêm câu hỏi. Mời gửi tới mục Hỏi đáp trực tuyến.', en: 'This dialogue session is closed and takes no more questions. Please use the ongoing Q&A.' }
          return refuse(409, { session: message }, result.values, formPath)
        }
        if (q.topic && session.topics.length > 0 && !session.topics.includes(q.topic)) {
          return refuse(400, { topic: { vi: 'Hãy chọn một chủ đề trong danh sách.', en: 'Choose one of the listed topics.' } }, result.values, formPath)
        }
        sessionId = session.id
      }

      const byEmail = await perEmail.hit(`email:${hashIp(q.email, secret)}`)
      if (!byEmail.allowed) {
        return refuse(
          429,
          { email: { vi: `Địa chỉ thư này đã gửi nhiều câu hỏi trong ít phút. Vui lòng gửi lại sau ${Math.ceil(byEmail.retryAfterSeconds / 60)} phút.`, en: `This email address has sent many questions in a few minutes. Please try again in ${Math.ceil(byEmail.retryAfterSeconds / 60)} minutes.` } },
          result.values,
          formPath,
          byEmail.retryAfterSeconds,
        )
      }

      const screening = screenQuestion({ name: q.name, text: q.text, honeypot: q.honeypot })
      let receipt
      try {
        receipt = await intake.submit({
          siteId: site.id,
          sessionId,
          name: q.name,
          showName: q.showName,
          email: q.email,
          phone: q.phone,
          address: q.address,
          topic: q.topic,
          text: q.text,
          held: screening.held,
          holdReasons: screening.reasons.join(', ') || null,
          channel: json ? 'web' : 'form',
          ipHash: ipKey === 'unknown' ? null : ipKey,
        })
      } catch {
        // Not stored, so not acknowledged: the citizen is told to send it again.
        await perEmail.refund(`email:${hashIp(q.email, secret)}`)
        return refuse(503, { form: { vi: 'Hệ thống đang bận, câu hỏi chưa được lưu. Vui lòng gửi lại sau ít phút.', en: 'The system is busy and the question was not stored. Please send it again in a few minutes.' } }, result.values, formPath, 30)
      }
      const lookupPath = `${RECEIPT_PATH}?ma=${encodeURIComponent(receipt.receiptCode)}`
      const lookup = portal ? lookupPath : `${portalBaseUrl({ slug: site.slug })}${lookupPath}`
      if (json) return void res.status(202).json({ status: 'received', receiptCode: receipt.receiptCode, receivedAt: receipt.receivedAt, lookup })
      res.redirect(303, `${lookup}&moi=1`)
    } catch (err) {
      next(err)
    }
  })

  router.get('/api/public/questions/:code', async (req, res, next) => {
    res.set('Cache-Control', 'no-store')
    try {
      const portal = await portalOf(req)
      if (portal === 'unknown') return void res.status(404).json(errorBody({ site: { vi: 'Cổng thông tin không tồn tại.', en: 'No such portal.' } }))
      const allowed = await lookups.hit(`ip:${hashIp(ipOf(req), secret)}`)
      if (!allowed.allowed) return void res.status(429).set('Retry-After', String(allowed.retryAfterSeconds)).json(errorBody({ form: tooMany(allowed.retryAfterSeconds) }))
      const code = normalizeReceiptCode(req.params.code)
      const found = code ? await lookupReceipt(payload, code, portal?.id ?? null) : null
      if (!found) return void res.status(404).json(errorBody({ code: { vi: 'Không tìm thấy câu hỏi có mã này.', en: 'No question has this receipt code.' } }))
      res.json(found)
    } catch (err) {
      next(err)
    }
  })

  router.get(RECEIPT_PATH, async (req, res, next) => {
    try {
      const portal = await portalOf(req)
      if (!portal || portal === 'unknown') return next()
      res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' })
      const raw = typeof req.query.ma === 'string' ? req.query.ma : null
      let code: string | null = null
      let lookup = null
      if (raw) {
        const allowed = await lookups.hit(`ip:${hashIp(ipOf(req), secret)}`)
        if (!allowed.allowed) return void res.status(429).set('Retry-After', String(allowed.retryAfterSeconds)).type('text/plain').send(`${tooMany(allowed.retryAfterSeconds).vi}\n${tooMany(allowed.retryAfterSeconds).en}`)
        code = normalizeReceiptCode(raw) ?? raw.slice(0, 20)
        lookup = normalizeReceiptCode(raw) ? await lookupReceipt(payload, code, portal.id) : null
      }
      const html = await renderReceipt(payload, portal.id, { code, lookup, fresh: req.query.moi === '1' })
      if (!html) return next()
      res.status(raw && !lookup ? 404 : 200).type('html').send(html)
    } catch (err) {
      next(err)
    }
  })

  /** The session a live request names, or null (the caller answers 404). */
  const liveSession = async (req: Request): Promise<string | null> => {
    const slug = String(req.params.slug ?? '')
    if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null
    const portal = await portalOf(req)
    if (portal === 'unknown') return null
    const site = portal ?? (typeof req.params.site === 'string' ? await siteBySlug(req.params.site) : null)
    if (!site) return null
    const session = await findSession(payload, site.id, slug)
    return session ? String(session.id) : null
  }

  const snapshot = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const id = await liveSession(req)
      const channel = id ? await hub.channel(payload, id) : null
      if (!channel) return void res.status(404).set('Cache-Control', 'no-store').json(errorBody({ session: { vi: 'Phiên đối thoại không tồn tại.', en: 'No such dialogue session.' } }))
      const snap = channel.snapshot()
      const etag = `"v${snap.version}"`
      // Short-lived and shared: a cache in front of the platform absorbs the polling of thousands.
      res.set({ ETag: etag, 'Cache-Control': 'public, max-age=2, stale-while-revalidate=5', Vary: 'Accept-Encoding' })
      if (req.headers['if-none-match'] === etag) return void res.status(304).end()
      res.type('application/json').send(snap.json)
    } catch (err) {
      next(err)
    }
  }

  const stream = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const id = await liveSession(req)
      const channel = id ? await hub.channel(payload, id) : null
      if (!channel) return void res.status(404).set('Cache-Control', 'no-store').json(errorBody({ session: { vi: 'Phiên đối thoại không tồn tại.', en: 'No such dialogue session.' } }))
      req.socket.setNoDelay(true)
      req.socket.setTimeout(0)
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        Connection: 'keep-alive',
        // nginx and similar proxies must pass events through as they come.
        'X-Accel-Buffering': 'no',
      })
      hub.subscribe(channel, res, req.headers['last-event-id'] as string | undefined)
    } catch (err) {
      next(err)
    }
  }

  router.get('/api/live/doi-thoai/:slug', snapshot)
  router.get('/api/live/doi-thoai/:slug/stream', stream)
  router.get('/api/live/:site/doi-thoai/:slug', snapshot)
  router.get('/api/live/:site/doi-thoai/:slug/stream', stream)

  router.get('/api/dialogue/console-stream', async (req, res, next) => {
    try {
      if (!isPlatformHost(hostOf(req.headers.host))) return next()
      const { user } = await payload.auth({ headers: headersOf(req) })
      const staff = user && user.collection === 'users' ? (user as unknown as SessionUser) : null
      if (!staff || (await mustEnrolTwoFactor(payload, staff as TwoFactorUser))) return void res.status(401).json(errorBody({ form: { vi: 'Cần đăng nhập.', en: 'Login required.' } }))
      let key: string | null = null
      let siteId: unknown = null
      if (req.query.session !== undefined) {
        const sessionId = toDbId(payload, req.query.session)
        const session = sessionId === null ? null : await payload.findByID({ collection: 'dialogue-sessions', id: sessionId, depth: 0, overrideAccess: true, disableErrors: true, select: { site: true } })
        if (session) {
          key = `s:${session.id}`
          siteId = (session as { site?: unknown }).site
        }
      } else if (typeof req.query.site === 'string' && /^[\w-]{1,40}$/.test(req.query.site)) {
        key = `q:${req.query.site}`
        siteId = req.query.site
      }
      if (!key) return void res.status(404).json(errorBody({ session: { vi: 'Không tìm thấy phiên.', en: 'No such session.' } }))
      if (!canModerateSite(staff, typeof siteId === 'object' && siteId ? (siteId as { id: number }).id : (siteId as string))) {
        return void res.status(403).json(errorBody({ form: { vi: 'Bạn không điều phối trang này.', en: 'You do not moderate this site.' } }))
      }
      req.socket.setNoDelay(true)
      req.socket.setTimeout(0)
      res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' })
      hub.subscribeStaff(key, res)
    } catch (err) {
      next(err)
    }
  })

  // A body that is not JSON, or too large: a clear answer, not a server error. A form posted from a
  // portal page without JavaScript gets that page back, saying so (its body was not read).
  router.use((async (err, req, res, next) => {
    if (!req.path.startsWith('/api/public/')) return next(err)
    const status = (err as { status?: number }).status ?? 500
    const message: Bilingual | null =
      status === 413
        ? { vi: 'Nội dung gửi quá dài; câu hỏi chưa được gửi.', en: 'The submission is too large; the question was not sent.' }
        : status === 400
          ? { vi: 'Nội dung gửi không đúng định dạng; câu hỏi chưa được gửi.', en: 'The submission is not valid JSON or form data; the question was not sent.' }
          : null
    if (!message) return next(err)
    try {
      res.set('Cache-Control', 'no-store')
      const portal = req.path === '/api/public/questions' && !wantsJson(req) ? await portalOf(req) : null
      if (portal && portal !== 'unknown') {
        const html = await renderFirstPage(portal.id, [refererPath(req, DIALOGUE_PAGE), QA_PATH], { values: {}, errors: { form: message } })
        if (html) return void res.status(status).type('html').send(html)
      }
      res.status(status).json(errorBody({ form: message }))
    } catch (failure) {
      next(failure)
    }
  }) as express.ErrorRequestHandler)

  return router
}

const DIALOGUE_PAGE = /^\/doi-thoai\/[a-z0-9-]{1,120}\/$/

/** The path of the portal page a form was posted from (same host), when it matches `pattern`. */
function refererPath(req: Request, pattern: RegExp): string | null {
  try {
    const url = new URL(String(req.headers.referer ?? ''))
    return hostOf(url.host) === hostOf(req.headers.host) && pattern.test(url.pathname) ? url.pathname : null
  } catch {
    return null
  }
}

function tooMany(seconds: number): Bilingual {
  const minutes = Math.max(1, Math.ceil(seconds / 60))
  return {
    vi: `Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ${minutes} phút.`,
    en: `Too many requests in a short time. Please try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`,
  }
}
