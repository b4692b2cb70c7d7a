/**
 * Merge and retire from the admin (central IT), over the same rules as `npm run site -- merge`
 * and `retire` (plugins/lifecycle/merge.ts, retire.ts): a dry run first, then the real run.
 *
 *   POST /api/sites/merge/plan    {from, into}             the dry run's report (nothing changes)
 *   POST /api/sites/merge         {from, into, confirm}    202, the merger runs in the background
 *   GET  /api/sites/merge/status  ?op=…&from=…&into=…      its progress and outcome
 *   POST /api/sites/retire/plan   {slug, redirectTo?, notice?, noticeEn?}
 *   POST /api/sites/retire        {…, confirm}             200 with the outcome
 *
 * `confirm` repeats the slug of the portal that is archived. Platform admins only (403 for
 * everyone else, 401 without a session); bad input answers 400 with a Vietnamese and English
 * message (`errors[0].message`, one entry per problem), and nothing is changed.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { asUser, isPlatformAdmin } from '../../../cms/src/access/roles'
import { fail } from '../../../cms/src/lib/endpoint'
import { requestBuild } from '../../portals/build/queue'
import { describeMerge, mergeSites, planMerge } from '../merge'
import { describeRetire, type RetireOptionNames, retireSite, validateRetire } from '../retire'
import { getOperation, type MergeOperation, runningWith, startOperation } from './operations'

type Body = Record<string, unknown>
type Actor = { id: number | string; email: string | null }

/** How the admin form's fields are named in the retirement rules' messages. */
export const FORM_OPTION_NAMES: RetireOptionNames = {
  redirectTo: { vi: 'Ô "Chuyển hướng tới"', en: 'The "Redirect to" field' },
  notice: { vi: 'Ô "Thông báo"', en: 'The "Notice" field' },
  noticeEn: { vi: 'Ô "Thông báo tiếng Anh"', en: 'The "English notice" field' },
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

/** Several problems at once, each its own error (Payload's error shape). */
const refuse = (problems: string[], status = 400) => Response.json({ errors: problems.map((message) => ({ message })) }, { status })

/** The platform admin making the request, or the response refusing it. */
function platformAdmin(req: PayloadRequest): Actor | Response {
  const user = asUser(req)
  if (!user) return fail(401, 'Cần đăng nhập. / Login required.')
  if (!isPlatformAdmin(user)) return fail(403, 'Chỉ quản trị nền tảng (Trung tâm CNTT) được sáp nhập hoặc cho ngừng hoạt động cổng. / Only platform admins (central IT) merge or retire portals.')
  return { id: user.id, email: ((req.user as { email?: string } | null)?.email as string | undefined) ?? null }
}

async function readBody(req: PayloadRequest): Promise<Body | Response> {
  let body: unknown
  try {
    body = req.json ? await req.json() : null
  } catch {
    return fail(400, 'Nội dung yêu cầu không phải JSON hợp lệ. / The body is not valid JSON.')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return fail(400, 'Cần một đối tượng JSON. / A JSON object is expected.')
  return body as Body
}

/** A portal's slug from the body: required, text, well formed. */
function slugField(body: Body, name: string, label: { vi: string; en: string }, problems: string[]): string {
  const value = body[name]
  if (value === undefined || value === null || value === '') {
    problems.push(`Cần chọn ${label.vi} ("${name}"). / ${label.en} ("${name}") is required.`)
    return ''
  }
  if (typeof value !== 'string') {
    problems.push(`"${name}" phải là mã cổng (chuỗi ký tự). / "${name}" must be a site slug (text).`)
    return ''
  }
  const slug = value.trim()
  if (!SLUG.test(slug)) problems.push(`"${name}": "${slug.slice(0, 80)}" không phải mã cổng hợp lệ (chữ thường không dấu, số, gạch ngang). / "${name}" is not a valid site slug.`)
  return slug
}

/** An optional text field: absent, null or text of at most `max` characters. */
function textField(body: Body, name: string, max: number, problems: string[]): string | null {
  const value = body[name]
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') {
    problems.push(`"${name}" phải là chuỗi ký tự. / "${name}" must be text.`)
    return null
  }
  const text = value.trim()
  if (text.length > max) problems.push(`"${name}" dài quá ${max} ký tự. / "${name}" is longer than ${max} characters.`)
  return text === '' ? null : text
}

function confirmation(body: Body, slug: string, problems: string[]): void {
  if (body.confirm !== slug) {
    problems.push(`Hãy gõ đúng mã cổng "${slug}" vào ô xác nhận để thực hiện. / Type the slug "${slug}" to confirm.`)
  }
}

const FROM = { vi: 'cổng bị sáp nhập', en: 'The portal to merge' }
const INTO = { vi: 'cổng tiếp nhận', en: 'The receiving portal' }
const RETIRED = { vi: 'cổng ngừng hoạt động', en: 'The portal to retire' }

async function mergeRequest(req: PayloadRequest, real: boolean): Promise<Response> {
  const actor = platformAdmin(req)
  if (actor instanceof Response) return actor
  const body = await readBody(req)
  if (body instanceof Response) return body
  const problems: string[] = []
  const from = slugField(body, 'from', FROM, problems)
  const into = slugField(body, 'into', INTO, problems)
  if (real && from) confirmation(body, from, problems)
  if (problems.length) return refuse(problems)

  const busy = runningWith([from, into])
  if (busy) return fail(409, `Đang sáp nhập "${busy.from}" vào "${busy.into}"; hãy đợi việc đó xong. / A merger of "${busy.from}" into "${busy.into}" is under way.`)
  const { payload } = req
  const plan = await planMerge(payload, from, into)
  if ('problems' in plan) return refuse(plan.problems)
  const report = {
    lines: describeMerge(plan),
    from: { slug: plan.from.slug, name: plan.from.name, url: plan.from.url },
    into: { slug: plan.into.slug, name: plan.into.name, url: plan.into.url },
    hosts: plan.hosts,
    collections: plan.collections.filter((c) => c.docs.length).map((c) => ({ slug: c.slug, label: c.label, moved: c.docs.filter((d) => d.action === 'move').length, joined: c.docs.filter((d) => d.action === 'join').length })),
    redirects: plan.redirects.size,
    rebuild: plan.rebuild.map((s) => s.slug),
    confirm: plan.from.slug,
  }
  if (!real) return Response.json({ dryRun: true, ...report })

  const handle = startOperation({ from: plan.from.slug, into: plan.into.slug, by: actor.email, url: plan.into.url })
  // The request ends here; the merger goes on (a big portal takes minutes).
  void (async () => {
    try {
      const result = await mergeSites(payload, plan, handle.log, actor)
      for (const id of result.rebuild) await requestBuild(payload, id, `sáp nhập ${plan.from.slug} vào ${plan.into.slug} (quản trị: ${actor.email ?? actor.id})`)
      // In the plan's order (b first), as the dry run listed them.
      const order = (id: string) => plan.rebuild.findIndex((s) => String(s.id) === id) >>> 0
      const ids = result.rebuild.map(String).sort((x, y) => order(x) - order(y))
      const rebuilt = ids.map((id) => plan.rebuild.find((s) => String(s.id) === id)?.slug ?? id)
      handle.succeed(`Đã sáp nhập ${plan.from.slug} vào ${plan.into.slug}: ${result.summary} / merged`, rebuilt)
    } catch (err) {
      payload.logger.error({ err, msg: `merge ${plan.from.slug} → ${plan.into.slug} failed` })
      handle.fail(
        `Sáp nhập dừng giữa chừng: ${err instanceof Error ? err.message : String(err)}. Cổng ${plan.from.slug} chưa bị lưu trữ; chạy lại sáp nhập để chuyển nốt phần còn lại. / The merger stopped; run it again to move what is left.`,
      )
    }
  })()
  return Response.json({ operation: handle.op, ...report }, { status: 202 })
}

/** What the database says of a merger this process heard nothing about. */
async function mergedFromDatabase(req: PayloadRequest, from: string, into: string): Promise<MergeOperation | null> {
  const { payload } = req
  const found = await payload.find({ collection: 'sites', where: { slug: { in: [from, into] } }, depth: 0, limit: 2, overrideAccess: true, select: { slug: true, status: true, mergedInto: true, archivedAt: true } })
  const a = found.docs.find((s) => s.slug === from)
  const b = found.docs.find((s) => s.slug === into)
  if (!a || !b || a.status !== 'archived' || String(a.mergedInto) !== String(b.id)) return null
  // The redirects collection is this plugin's own: how many old addresses now lead to b.
  const redirects = await payload.count({ collection: 'redirects', where: { fromSite: { equals: a.id } }, overrideAccess: true })
  const at = String(a.archivedAt ?? '')
  return {
    id: '',
    from,
    into,
    state: 'succeeded',
    startedAt: at,
    finishedAt: at,
    by: null,
    lines: [],
    summary: `Đã sáp nhập ${from} vào ${into}: ${redirects.totalDocs} chuyển hướng / merged`,
    error: null,
    rebuilt: [],
    url: '',
  }
}

async function mergeStatus(req: PayloadRequest): Promise<Response> {
  const actor = platformAdmin(req)
  if (actor instanceof Response) return actor
  const query = (req.query ?? {}) as Record<string, unknown>
  const problems: string[] = []
  const op = typeof query.op === 'string' ? query.op : ''
  if (query.op !== undefined && !/^[0-9a-f-]{36}$/.test(op)) problems.push('"op" không phải mã công việc hợp lệ. / "op" is not a valid operation id.')
  const from = query.from === undefined ? '' : slugField(query, 'from', FROM, problems)
  const into = query.into === undefined ? '' : slugField(query, 'into', INTO, problems)
  if (!op && !(from && into)) problems.push('Cần "op", hoặc "from" và "into". / Give "op", or "from" and "into".')
  if (problems.length) return refuse(problems)
  const known = op ? getOperation(op) : undefined
  if (known) return Response.json({ operation: known })
  const fromDb = from && into ? await mergedFromDatabase(req, from, into) : null
  if (fromDb) return Response.json({ operation: fromDb })
  return fail(404, 'Không thấy việc sáp nhập này (máy chủ có thể đã khởi động lại). Nếu cổng chưa được lưu trữ, hãy xem trước và chạy lại sáp nhập: phần còn lại sẽ được chuyển. / No such merger; if the portal is not archived yet, run the merger again.')
}

async function retireRequest(req: PayloadRequest, real: boolean): Promise<Response> {
  const actor = platformAdmin(req)
  if (actor instanceof Response) return actor
  const body = await readBody(req)
  if (body instanceof Response) return body
  const problems: string[] = []
  const slug = slugField(body, 'slug', RETIRED, problems)
  const redirectTo = textField(body, 'redirectTo', 2000, problems)
  const notice = textField(body, 'notice', 2000, problems)
  const noticeEn = textField(body, 'noticeEn', 2000, problems)
  if (real && slug) confirmation(body, slug, problems)
  if (problems.length) return refuse(problems)
  const busy = runningWith([slug])
  if (busy) return fail(409, `Đang sáp nhập "${busy.from}" vào "${busy.into}"; hãy đợi việc đó xong. / A merger of "${busy.from}" into "${busy.into}" is under way.`)

  const checked = await validateRetire(req.payload, { slug, redirectTo, notice, noticeEn }, FORM_OPTION_NAMES)
  if ('problems' in checked) return refuse(checked.problems)
  const report = { lines: describeRetire(checked), slug: checked.slug, name: checked.name, hosts: checked.hosts, mergedHere: checked.mergedHere, redirectTo: checked.redirectTo, confirm: checked.slug }
  if (!real) return Response.json({ dryRun: true, ...report })
  const result = await retireSite(req.payload, checked, actor)
  return Response.json({ ...report, summary: result.summary })
}

export const reorganisationEndpoints: Endpoint[] = [
  { path: '/merge/plan', method: 'post', handler: (req) => mergeRequest(req, false) },
  { path: '/merge/status', method: 'get', handler: mergeStatus },
  { path: '/merge', method: 'post', handler: (req) => mergeRequest(req, true) },
  { path: '/retire/plan', method: 'post', handler: (req) => retireRequest(req, false) },
  { path: '/retire', method: 'post', handler: (req) => retireRequest(req, true) },
]
