/**
 * Public endpoints of draft consultations, for the static portals:
 * - `GET /api/public/consultations/:id`: a published consultation with its approved comments
 *   (name, organisation, comment, article, time; never an email);
 * - `POST /api/public/consultations/:id/comments`: a citizen's comment, as JSON or as an ordinary
 *   form post (urlencoded). A form post is answered with a 303 back to the portal page it came
 *   from (`returnTo`, or the Referer, when it belongs to the consultation's portal) carrying the
 *   outcome in the query string; without such a page, the CMS answers with a small HTML page that
 *   repeats the form with the errors, so the form works without JavaScript either way.
 * Comments are created with access control off on purpose: anonymous visitors have no create
 * right on the collection through REST, so every public comment passes the checks here (honeypot,
 * rate limits, deadline, field rules).
 */
import crypto from 'node:crypto'

import type { Endpoint, PayloadRequest } from 'payload'

import { CLIENT_IP_HEADER } from '../../audit/record'
import { env } from '../../../cms/src/config/env'
import { payloadSecret } from '../../../cms/src/config/secrets'
import {
  COMMENT_ERROR_MESSAGES,
  COMMENT_HONEYPOT_FIELD,
  COMMENT_LIMITS,
  type CommentErrorCode,
  type CommentFormState,
  type CommentReceipt,
  Consultation as ConsultationSchema,
} from '../../../cms/src/contracts/legal'
import { viDate, vnDate } from '../dates'
import { legalClock } from '../derived'
import { idOf } from '../../../cms/src/lib/ids'
import { toConsultation } from '../present'
import { hashIp } from '../../../cms/src/lib/endpoint'
import { createLimiter } from '../../../cms/src/limits/limiter'
import { publicFields } from '../../../cms/src/lib/publicInput'
import { escapeHtml, page } from '../../portals/serve/html'
import { consultationPath } from '../../../themes/model/legal'
import { checkComment, consultationStatus } from './rules'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/** Per client address: 10 comments in 10 minutes across all consultations. */
const perAddress = createLimiter({ name: 'comments-ip', windowSeconds: 10 * 60, points: 10 })
/** Per email and consultation: 5 comments an hour. */
const perEmail = createLimiter({ name: 'comments-email', windowSeconds: 60 * 60, points: 5 })

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } })

const apiError = (status: number, message: string, extra: Record<string, unknown> = {}) => json(status, { errors: [{ message, ...extra }] })

async function publishedConsultation(req: PayloadRequest): Promise<Doc | null> {
  const id = req.routeParams?.id as string
  const numeric = req.payload.db.defaultIDType === 'number'
  if (!(numeric ? /^\d{1,12}$/ : /^[0-9a-f]{24}$/i).test(id ?? '')) return null
  const found = await req.payload.find({
    collection: 'consultations',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    draft: false,
    depth: 1,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return (found.docs[0] as Doc | undefined) ?? null
}

async function siteSlugs(req: PayloadRequest): Promise<Map<string, string>> {
  const sites = await req.payload.find({ collection: 'sites', pagination: false, depth: 0, overrideAccess: true, req, select: { slug: true } })
  return new Map(sites.docs.map((s) => [String(s.id), s.slug as string]))
}

export const getPublicConsultation: Endpoint = {
  path: '/public/consultations/:id',
  method: 'get',
  handler: async (req) => {
    const doc = await publishedConsultation(req)
    if (!doc) return apiError(404, 'Không tìm thấy dự thảo. / Consultation not found.')
    const approved = await req.payload.find({
      collection: 'consultation-comments',
      where: { and: [{ consultation: { equals: doc.id } }, { moderation: { equals: 'approved' } }] },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      // Only public columns are read at all.
      select: { name: true, organisation: true, comment: true, article: true, createdAt: true },
    })
    const slugs = await siteSlugs(req)
    const consultation = toConsultation(doc, approved.docs as Doc[], { now: legalClock.now(), siteSlug: (id) => slugs.get(String(id)) ?? null })
    // Draft files are public from the opening (legal/fileAccess.ts).
    const body = ConsultationSchema.parse(consultation.status === 'sap-mo' ? { ...consultation, draftFiles: [] } : consultation)
    return json(200, body, { 'Cache-Control': 'public, max-age=60' })
  },
}

const COMMENT_FIELDS = ['name', 'email', 'organisation', 'article', 'comment', COMMENT_HONEYPOT_FIELD, 'returnTo'] as const
type CommentField = (typeof COMMENT_FIELDS)[number]
type Form = {
  values: Partial<Record<CommentField, string>>
  isForm: boolean
  tooLarge?: boolean
  typeErrors: Array<{ field: 'name' | 'email' | 'organisation' | 'comment' | 'article'; code: CommentErrorCode }>
}

const TYPE_ERRORS: Partial<Record<CommentField, CommentErrorCode>> = {
  name: 'name.invalid',
  email: 'email.invalid',
  organisation: 'organisation.invalid',
  comment: 'comment.invalid',
  article: 'article.unknown',
}

/** A comment is at most 5,000 characters: a body past this is refused whole (413). */
const MAX_BODY_BYTES = 64 * 1024
const TOO_LARGE = { vi: 'Nội dung gửi quá dài; góp ý không được ghi nhận.', en: 'The submission is too large; the comment was not recorded.' }
const tooManyFromAddress = (seconds: number) => ({
  vi: `Bạn đã gửi quá nhiều góp ý trong thời gian ngắn; góp ý này chưa được ghi nhận. Vui lòng gửi lại sau ${Math.max(1, Math.ceil(seconds / 60))} phút.`,
  en: `Too many comments in a short time; this one was not recorded. Please send it again in ${Math.max(1, Math.ceil(seconds / 60))} minutes.`,
})
const tooManyFromEmail = (seconds: number) => ({
  vi: `Thư điện tử này đã gửi nhiều góp ý cho dự thảo; góp ý này chưa được ghi nhận. Vui lòng gửi lại sau ${Math.max(1, Math.ceil(seconds / 60))} phút.`,
  en: `This email address has sent many comments on the draft; this one was not recorded. Please try again in ${Math.max(1, Math.ceil(seconds / 60))} minutes.`,
})

/** The body as cleaned text fields (lib/publicInput: one rule for control characters, types by zod). */
async function readBody(req: PayloadRequest): Promise<Form | Response> {
  const type = req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  let raw: unknown
  let isForm = false
  try {
    if (type === 'application/json') {
      const length = Number(req.headers.get('content-length') ?? 0)
      if (length > MAX_BODY_BYTES) return apiError(413, TOO_LARGE.vi + ' / ' + TOO_LARGE.en)
      raw = (await req.json?.()) as unknown
    } else if (type === 'application/x-www-form-urlencoded') {
      const text = (await req.text?.()) ?? ''
      // Too large to be a comment: answered like the other refusals, on the portal page when possible.
      if (Buffer.byteLength(text) > MAX_BODY_BYTES) return { values: { returnTo: new URLSearchParams(text).get('returnTo') ?? '' }, isForm: true, tooLarge: true, typeErrors: [] }
      raw = Object.fromEntries(new URLSearchParams(text))
      isForm = true
    } else return apiError(415, 'Gửi góp ý dạng JSON hoặc biểu mẫu (application/x-www-form-urlencoded). / Send JSON or an urlencoded form.')
  } catch {
    return apiError(400, 'Không đọc được nội dung gửi lên. / The body could not be read.')
  }
  const fields = publicFields(raw, COMMENT_FIELDS)
  if (!fields) return apiError(400, 'Nội dung phải là một đối tượng JSON. / The body must be a JSON object.')
  const typeErrors = fields.badFields.flatMap((f) => (TYPE_ERRORS[f] ? [{ field: f as Form['typeErrors'][number]['field'], code: TYPE_ERRORS[f]! }] : []))
  return { values: fields.values, isForm, typeErrors }
}

/** What the receipt confirms was stored, field by field. */
const accepted = (value: { name: string; organisation: string | null; article: string | null; comment: string }): CommentReceipt['accepted'] => ({
  name: value.name,
  organisation: value.organisation,
  article: value.article,
  comment: value.comment,
})

/** The portal page to send a form post back to: only a page of the consultation's own portal. */
async function returnUrl(req: PayloadRequest, form: Form, siteId: number | string | null): Promise<URL | null> {
  if (!form.isForm || siteId === null) return null
  const candidate = form.values.returnTo || req.headers.get('referer') || ''
  let url: URL
  try {
    url = new URL(candidate)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  const site = await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true, req, disableErrors: true, select: { slug: true, domains: true } })
  if (!site) return null
  const hosts = new Set([`${site.slug}.${env().portalHostSuffix}`, ...((site.domains as string[] | null | undefined) ?? [])].map((h) => h.toLowerCase()))
  if (!hosts.has(url.hostname.toLowerCase())) return null
  url.hash = 'gop-y'
  for (const key of ['gop-y', 'loi', 'ma']) url.searchParams.delete(key)
  return url
}

function redirect(url: URL): Response {
  return new Response(null, { status: 303, headers: { Location: url.toString(), 'Cache-Control': 'no-store' } })
}

const field = (name: string, label: string, value: string, error: string | undefined, input: string) => `
<div class="field${error ? ' field--error' : ''}">
<label for="${name}">${label}</label>
${error ? `<p class="error" id="${name}-error"><span class="visually-hidden">Lỗi: </span>${escapeHtml(error)}</p>` : ''}
${input.replace('$DESCRIBED', error ? ` aria-describedby="${name}-error"` : '').replace('$VALUE', escapeHtml(value))}
</div>`

/** The comment form again, with the errors and the values typed, for a form post with no page to return to. */
function formPage(doc: Doc, values: Record<string, string>, errors: Array<{ field: string; code: CommentErrorCode }>, notice: string | null, status: number, headers: Record<string, string> = {}): Response {
  const message = (f: string) => {
    const e = errors.find((x) => x.field === f)
    return e ? COMMENT_ERROR_MESSAGES[e.code].vi : undefined
  }
  const articles = (doc.articles ?? []) as Array<{ ref: string; title?: string | null }>
  const body = `<header><h1>Góp ý dự thảo</h1><p>${escapeHtml(doc.title)}</p></header>
<main id="noi-dung">
${notice ? `<p role="status">${escapeHtml(notice)}</p>` : ''}
${errors.length ? `<div role="alert"><h2>Góp ý chưa được gửi</h2><ul>${errors.map((e) => `<li><a href="#${e.field}">${escapeHtml(COMMENT_ERROR_MESSAGES[e.code].vi)}</a></li>`).join('')}</ul></div>` : ''}
${status === 409 || status === 413 ? '' : `<form method="post" action="/api/public/consultations/${escapeHtml(String(doc.id))}/comments" novalidate>
${field('name', 'Họ và tên (bắt buộc)', values.name ?? '', message('name'), `<input id="name" name="name" autocomplete="name" maxlength="${COMMENT_LIMITS.name}" value="$VALUE"$DESCRIBED>`)}
${field('email', 'Thư điện tử (bắt buộc, không công khai)', values.email ?? '', message('email'), `<input id="email" name="email" type="email" autocomplete="email" maxlength="${COMMENT_LIMITS.email}" value="$VALUE"$DESCRIBED>`)}
${field('organisation', 'Cơ quan, tổ chức (nếu có)', values.organisation ?? '', message('organisation'), `<input id="organisation" name="organisation" autocomplete="organization" maxlength="${COMMENT_LIMITS.organisation}" value="$VALUE"$DESCRIBED>`)}
${articles.length ? field('article', 'Góp ý cho điều', values.article ?? '', message('article'), `<select id="article" name="article"$DESCRIBED><option value="">Toàn bộ dự thảo</option>${articles.map((a) => `<option${a.ref === values.article ? ' selected' : ''}>${escapeHtml(a.ref)}</option>`).join('')}</select>`) : ''}
${field('comment', 'Nội dung góp ý (bắt buộc)', values.comment ?? '', message('comment'), `<textarea id="comment" name="comment" rows="8" maxlength="${COMMENT_LIMITS.comment}"$DESCRIBED>$VALUE</textarea>`)}
<div class="visually-hidden" aria-hidden="true"><label for="${COMMENT_HONEYPOT_FIELD}">Để trống ô này</label><input id="${COMMENT_HONEYPOT_FIELD}" name="${COMMENT_HONEYPOT_FIELD}" tabindex="-1" autocomplete="off"></div>
<button type="submit">Gửi góp ý</button>
</form>`}
</main>
<style>.visually-hidden{position:absolute;left:-10000px}.field{margin:1rem 0}.field label{display:block;font-weight:600}.field input,.field textarea,.field select{width:100%;max-width:40rem;font:inherit;padding:.4rem}.field--error input,.field--error textarea{border:2px solid #b00020}.error{color:#b00020;margin:.25rem 0}</style>`
  return new Response(page(`Góp ý dự thảo – ${doc.title}`, body), { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers } })
}

/** What a form post typed, as the form shows it again (never stored). */
function typedValues(values: Record<string, string>): CommentFormState['values'] {
  const typed: CommentFormState['values'] = {}
  for (const key of ['name', 'email', 'organisation', 'article', 'comment'] as const) if (typeof values[key] === 'string') typed[key] = values[key]
  return typed
}

/**
 * The consultation's portal page rendered on demand with a form state (the values typed, an
 * error next to each field, or a notice of what happened), or null when it cannot be rendered.
 */
async function consultationPage(req: PayloadRequest, siteId: number | string, pagePath: string, state: CommentFormState): Promise<string | null> {
  // Loaded on first use: the renderer and the portal planner stay out of the Payload config's imports.
  const { renderWithForm } = await import('../../portals/serve/onDemand')
  return renderWithForm(req.payload, siteId, pagePath, state).catch((err: unknown) => {
    req.payload.logger.error({ err, msg: 'Could not render the consultation page with its form' })
    return null
  })
}

const html = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex', ...headers } })

/**
 * A refused form post (no JavaScript): the portal page again, saying why, with what was typed;
 * the platform's plain form when there is no portal page to return to; JSON for scripts.
 */
async function refuse(
  req: PayloadRequest,
  ctx: { doc: Doc | null; form: Form; back: URL | null },
  status: number,
  refusal: { errors?: Array<{ field: string; code: CommentErrorCode }>; form?: { vi: string; en: string }; code?: string },
  headers: Record<string, string> = {},
): Promise<Response> {
  const { doc, form, back } = ctx
  if (form.isForm && doc) {
    const errors: CommentFormState['errors'] = {}
    for (const e of refusal.errors ?? []) errors[e.field as keyof CommentFormState['errors']] ??= COMMENT_ERROR_MESSAGES[e.code]
    if (refusal.form) errors.form = refusal.form
    const page = back ? await consultationPage(req, idOf(doc.site)!, back.pathname, { values: typedValues(form.values), errors }) : null
    if (page) return html(page, status, headers)
    return formPage(doc, form.values, refusal.errors ?? [], refusal.form ? refusal.form.vi : null, status, headers)
  }
  if (refusal.errors) {
    return json(status, { errors: refusal.errors.map((e) => ({ field: e.field, code: e.code, message: `${COMMENT_ERROR_MESSAGES[e.code].vi} / ${COMMENT_ERROR_MESSAGES[e.code].en}` })) }, headers)
  }
  return json(status, { errors: [{ message: `${refusal.form!.vi} / ${refusal.form!.en}`, ...(refusal.code ? { code: refusal.code } : {}) }] }, headers)
}

/** Where an accepted form post lands: the consultation's page on its portal, telling the receipt. */
const receiptPath = (slug: string, receipt: string) => `${consultationPath(slug)}bien-nhan/?ma=${encodeURIComponent(receipt)}`

function receiptCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  return 'GY-' + [...crypto.randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('')
}

export const postPublicComment: Endpoint = {
  path: '/public/consultations/:id/comments',
  method: 'post',
  handler: async (req) => {
    const address = req.headers.get(CLIENT_IP_HEADER) || 'unknown'
    const form = await readBody(req)
    if (form instanceof Response) return form
    const doc = await publishedConsultation(req)
    if (!doc) return apiError(404, 'Không tìm thấy dự thảo. / Consultation not found.')
    const back = await returnUrl(req, form, idOf(doc.site))
    const ctx = { doc, form, back }

    if (form.tooLarge) return refuse(req, ctx, 413, { form: TOO_LARGE })
    const limited = await perAddress.hit(`ip:${hashIp(address, payloadSecret())}`)
    if (!limited.allowed) return refuse(req, ctx, 429, { form: tooManyFromAddress(limited.retryAfterSeconds) }, { 'Retry-After': String(limited.retryAfterSeconds) })

    const now = legalClock.now()
    const status = consultationStatus(doc.opensAt, doc.closesAt, now)
    if (status !== 'dang-lay-y-kien') {
      const closes = `${viDate(vnDate(doc.closesAt)!)} ${new Date(Date.parse(doc.closesAt) + 7 * 3_600_000).toISOString().slice(11, 16)}`
      const message =
        status === 'da-ket-thuc'
          ? { vi: `Đã hết thời hạn góp ý (hạn cuối ${closes}); góp ý không được ghi nhận.`, en: `The consultation closed on ${closes} (Vietnam time); the comment was not recorded.` }
          : { vi: `Dự thảo chưa mở lấy ý kiến (bắt đầu ${viDate(vnDate(doc.opensAt)!)}); góp ý không được ghi nhận.`, en: 'The consultation has not opened yet; the comment was not recorded.' }
      return refuse(req, ctx, 409, { form: message, code: status === 'da-ket-thuc' ? 'closed' : 'not-open' })
    }

    const articles = ((doc.articles ?? []) as Array<{ ref: string }>).map((a) => a.ref)
    const checked = checkComment(form.values, articles)
    // A field sent as something other than text is refused as such, never coerced.
    const check: typeof checked = form.typeErrors.length
      ? { ok: false, spam: checked.spam, errors: [...form.typeErrors, ...(checked.ok ? [] : checked.errors.filter((e) => !form.typeErrors.some((t) => t.field === e.field)))] }
      : checked
    // A filled honeypot gets the answer a person would, and nothing is stored.
    if (check.spam) {
      const receipt = receiptCode()
      if (back) return redirect(new URL(`${receiptPath(doc.slug, receipt)}#gop-y`, back.origin))
      const shown = { name: form.values.name ?? '', organisation: form.values.organisation || null, article: form.values.article || null, comment: form.values.comment ?? '' }
      return json(202, { status: 'pending', receipt, message: 'Đã nhận góp ý. / Comment received.', accepted: check.ok ? accepted(check.value) : shown } satisfies CommentReceipt)
    }
    if (!check.ok) return refuse(req, ctx, 400, { errors: check.errors })
    const perSender = await perEmail.hit(`${doc.id}:${hashIp(check.value.email, payloadSecret())}`)
    if (!perSender.allowed) {
      return refuse(req, ctx, 429, { form: tooManyFromEmail(perSender.retryAfterSeconds) }, { 'Retry-After': String(perSender.retryAfterSeconds) })
    }
    const receipt = receiptCode()
    await req.payload.create({
      collection: 'consultation-comments',
      data: { ...check.value, consultation: doc.id, site: idOf(doc.site) as number, moderation: 'pending', receipt, source: 'web' },
      overrideAccess: true,
      depth: 0,
      req,
    })
    const message = `Đã nhận góp ý, mã biên nhận ${receipt}. Góp ý được công khai sau khi kiểm duyệt. / Comment received (receipt ${receipt}); it is published after moderation.`
    // Post, redirect, get: the receipt page is the consultation's page saying what happened.
    if (back) return redirect(new URL(`${receiptPath(doc.slug, receipt)}#gop-y`, back.origin))
    if (form.isForm) {
      return new Response(page('Đã nhận góp ý', `<main id="noi-dung"><h1>Đã nhận góp ý</h1><p role="status">${escapeHtml(message)}</p></main>`), {
        status: 202,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
      })
    }
    return json(202, { status: 'pending', receipt, message, accepted: accepted(check.value) } satisfies CommentReceipt)
  },
}

export const consultationPublicEndpoints: Endpoint[] = [getPublicConsultation, postPublicComment]
