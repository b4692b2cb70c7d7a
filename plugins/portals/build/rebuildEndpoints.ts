/**
 * Full rebuilds from the admin's builds view (platform admins only; ADR 0026):
 *
 *   GET  /api/build-runs/progress               the run in progress (or the latest) with its pace and time left
 *   POST /api/build-runs/start  {reason?, full?} 202 and the new run; 409 with the running one if a run is under way
 *
 * 401 without a session, 403 for everyone but platform admins, 400 for a body that is not
 * `{reason?: text up to 500 characters, full?: true|false}` (nothing is started).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { asUser, isPlatformAdmin } from '../../../cms/src/access/roles'
import { fail } from '../../../cms/src/lib/endpoint'
import { latestRun, runProgress, startRebuild } from './rebuild'

function refuseUnlessPlatformAdmin(req: PayloadRequest): Response | null {
  const user = asUser(req)
  if (!user) return fail(401, 'Cần đăng nhập. / Login required.')
  if (!isPlatformAdmin(user)) return fail(403, 'Chỉ quản trị nền tảng (Trung tâm CNTT) được xây dựng lại toàn bộ cổng. / Only platform admins (central IT) rebuild every portal.')
  return null
}

async function progress(req: PayloadRequest): Promise<Response> {
  const refused = refuseUnlessPlatformAdmin(req)
  if (refused) return refused
  const run = await latestRun(req.payload)
  return Response.json({ run: run ? await runProgress(req.payload, run) : null }, { headers: { 'Cache-Control': 'no-store' } })
}

async function start(req: PayloadRequest): Promise<Response> {
  const refused = refuseUnlessPlatformAdmin(req)
  if (refused) return refused
  let body: unknown
  try {
    body = req.json ? await req.json() : {}
  } catch {
    return fail(400, 'Nội dung yêu cầu không phải JSON hợp lệ. / The body is not valid JSON.')
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return fail(400, 'Cần một đối tượng JSON. / A JSON object is expected.')
  const { reason, full, ...rest } = body as Record<string, unknown>
  const unknown = Object.keys(rest)
  if (unknown.length) return fail(400, `Trường không được nhận: ${unknown.join(', ')}. / Unknown fields: ${unknown.join(', ')}.`)
  if (reason !== undefined && reason !== null && typeof reason !== 'string') return fail(400, 'Lý do phải là văn bản. / The reason must be text.')
  if (typeof reason === 'string' && reason.trim().length > 500) return fail(400, 'Lý do dài quá 500 ký tự. / The reason is longer than 500 characters.')
  if (full !== undefined && typeof full !== 'boolean') return fail(400, 'Trường full phải là true hoặc false. / full must be true or false.')
  const user = req.user as { email?: string } | null
  const started = await startRebuild(req.payload, { reason: typeof reason === 'string' ? reason : undefined, full: full === true, startedBy: `${user?.email ?? 'admin'} (quản trị / admin)` })
  const run = await runProgress(req.payload, started.run)
  if (started.joined) {
    return Response.json(
      {
        errors: [{ message: `Đang có một lượt xây dựng lại toàn bộ (${run.done}/${run.total} cổng); không bắt đầu lượt thứ hai. / A full rebuild is already running (${run.done}/${run.total} portals); no second one was started.` }],
        run,
      },
      { status: 409 },
    )
  }
  return Response.json({ run }, { status: 202 })
}

export const rebuildEndpoints: Endpoint[] = [
  { path: '/progress', method: 'get', handler: progress },
  { path: '/start', method: 'post', handler: start },
]
