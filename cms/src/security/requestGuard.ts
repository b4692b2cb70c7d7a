/**
 * The first checks every request meets, before any router or Payload reads it:
 *
 * - methods: only GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS (others: 405);
 * - a path that is not valid percent-encoded UTF-8 (`%ff`) or holds a control character, and a
 *   query string holding a NUL (`%00`, which PostgreSQL cannot store or compare): 400;
 * - cross-site request forgery: a request that changes something (not GET/HEAD/OPTIONS) must
 *   come from the platform's own origin, or, for the public endpoints that portal pages post to,
 *   from a portal. A browser always says where a request comes from (`Origin`, or at least
 *   `Sec-Fetch-Site`); a request saying neither comes from a program, which cannot hold a
 *   session cookie by accident (Payload ignores cookies without an Origin or Sec-Fetch-Site);
 * - bodies: a JSON endpoint takes `application/json` only (a `text/plain` body is what a foreign
 *   page can send without a CORS preflight), public forms also take urlencoded forms, Payload's
 *   document endpoints also take multipart (uploads, the admin's `_payload`); any other type is
 *   415, and so is a charset other than UTF-8.
 */
import type { Request, RequestHandler } from 'express'

import type { TrustedOrigins } from './origins'

// eslint-disable-next-line no-control-regex
const CONTROL_IN_PATH = /[\u0000-\u001f\u007f]/
const NUL_IN_QUERY = /%00|\u0000/i

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])
const ALLOWED_METHODS = new Set([...SAFE, 'POST', 'PUT', 'PATCH', 'DELETE'])

/** Paths whose POSTs come from portal pages and citizens (no session). */
export const PUBLIC_WRITE_PATH = /^\/api\/public\//

export type BodyRule = 'json' | 'json-or-form' | 'json-or-multipart' | 'any'

export type GuardOptions = {
  origins: Pick<TrustedOrigins, 'classify'>
  /** What body a path takes; see `bodyRuleFor` in ./bodies.ts. */
  bodyRule: (method: string, path: string) => BodyRule
}

const json = (status: number, vi: string, en: string) => ({ status, body: { errors: [{ message: `${vi} / ${en}`, vi, en }] } })

const NO_BOUNDARY = json(400, 'Biểu mẫu multipart thiếu boundary.', 'A multipart body needs a boundary.')
const FORGED = json(403, 'Yêu cầu gửi từ trang web khác bị từ chối.', 'A request sent from another website was refused.')
const BAD_PATH = json(400, 'Địa chỉ yêu cầu không hợp lệ.', 'The request path is not valid.')
const BAD_METHOD = json(405, 'Phương thức không được hỗ trợ.', 'Method not allowed.')

function unsupported(rule: BodyRule) {
  const what: Record<BodyRule, [string, string]> = {
    json: ['JSON (application/json; charset=utf-8)', 'JSON (application/json; charset=utf-8)'],
    'json-or-form': ['JSON hoặc biểu mẫu (application/x-www-form-urlencoded), mã UTF-8', 'JSON or an urlencoded form, in UTF-8'],
    'json-or-multipart': ['JSON hoặc multipart/form-data, mã UTF-8', 'JSON or multipart/form-data, in UTF-8'],
    any: ['', ''],
  }
  return json(415, `Nội dung phải gửi dạng ${what[rule][0]}.`, `The body must be ${what[rule][1]}.`)
}

const hasBody = (req: Request) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined

const ACCEPTS: Record<Exclude<BodyRule, 'any'>, readonly string[]> = {
  json: ['application/json'],
  'json-or-form': ['application/json', 'application/x-www-form-urlencoded'],
  'json-or-multipart': ['application/json', 'multipart/form-data'],
}

/** Whether a body of this type is refused under `rule`. */
export function bodyProblem(contentType: string | undefined, rule: BodyRule): boolean {
  if (rule === 'any') return false
  const [type = '', ...params] = (contentType ?? '').split(';').map((p) => p.trim().toLowerCase())
  if (!ACCEPTS[rule].includes(type)) return true
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/^"|"$/g, '')
  return charset !== undefined && charset !== 'utf-8' && charset !== 'utf8'
}

/** Whether a state-changing request may go on, from where it says it comes from. */
export async function originAllowed(req: Pick<Request, 'headers' | 'path'>, origins: Pick<TrustedOrigins, 'classify'>): Promise<boolean> {
  const publicPath = PUBLIC_WRITE_PATH.test(req.path)
  const origin = req.headers.origin
  if (typeof origin === 'string' && origin !== '') {
    const kind = await origins.classify(origin)
    return kind === 'platform' || (publicPath && kind === 'portal')
  }
  const site = req.headers['sec-fetch-site']
  if (site === undefined || site === 'same-origin' || site === 'none') return true
  // Same-site: a portal under the platform's domain; cross-site: anything else.
  return publicPath && site === 'same-site'
}

export function requestGuard({ origins, bodyRule }: GuardOptions): RequestHandler {
  return async (req, res, next) => {
    const refuse = ({ status, body }: { status: number; body: unknown }) => {
      res.status(status).set('Cache-Control', 'no-store')
      if (status === 405) res.set('Allow', [...ALLOWED_METHODS].join(', '))
      res.json(body)
    }
    if (!ALLOWED_METHODS.has(req.method)) return refuse(BAD_METHOD)
    try {
      if (CONTROL_IN_PATH.test(decodeURIComponent(req.path))) return refuse(BAD_PATH)
    } catch {
      return refuse(BAD_PATH)
    }
    if (NUL_IN_QUERY.test(req.url.slice(req.url.indexOf('?') + 1 || req.url.length))) return refuse(BAD_PATH)
    if (SAFE.has(req.method)) return next()
    try {
      if (!(await originAllowed(req, origins))) return refuse(FORGED)
    } catch (err) {
      return next(err)
    }
    const contentType = String(req.headers['content-type'] ?? '').toLowerCase()
    // Payload reads a multipart type even without a body, and fails without a boundary (a 500).
    if (contentType.startsWith('multipart/') && !/;\s*boundary=/.test(contentType)) return refuse(NO_BOUNDARY)
    // Payload's admin sends long reads as a POST with this header and an urlencoded query.
    const readOverride = req.headers['x-payload-http-method-override'] === 'GET' && bodyProblem(req.headers['content-type'], 'json-or-form') === false
    if (hasBody(req) && !readOverride && bodyProblem(req.headers['content-type'], bodyRule(req.method, req.path))) return refuse(unsupported(bodyRule(req.method, req.path)))
    next()
  }
}
