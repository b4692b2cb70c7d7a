/**
 * `POST /api/sites/provision`: the admin's "Tạo cổng mới" form. The same validation and the same
 * starter content as `npm run site -- create`; the build is queued (the job runner builds it)
 * rather than run inside the request.
 */
import type { CollectionConfig, Endpoint, PayloadRequest } from 'payload'

import { asUser, isPlatformAdmin } from '../../../cms/src/access/roles'
import { requestBuild } from '../../portals/build/queue'
import { fail } from '../../../cms/src/lib/endpoint'
import { loadDirectory, loadKnownSites, provisionSite, validationContext } from './provision'
import { validateRows, type FieldProblem } from './validate'

export const PROVISION_VIEW_PATH = '/tao-cong-moi'

/** Payload's validation error shape, so the admin's helpers can read it. */
const invalid = (problems: FieldProblem[], warnings: FieldProblem[]) =>
  Response.json(
    {
      errors: [
        {
          name: 'ValidationError',
          message: 'Thông tin cổng mới chưa hợp lệ. / The new portal’s details are not valid.',
          data: { errors: problems.map((p) => ({ path: p.field, message: p.message })) },
        },
      ],
      warnings: warnings.map((w) => ({ path: w.field, message: w.message })),
    },
    { status: 400 },
  )

async function provision(req: PayloadRequest): Promise<Response> {
  const user = asUser(req)
  if (!user) return fail(401, 'Cần đăng nhập. / Login required.')
  if (!isPlatformAdmin(user)) return fail(403, 'Chỉ quản trị nền tảng được tạo cổng mới. / Only platform admins create portals.')
  let body: Record<string, unknown>
  try {
    body = ((req.json ? await req.json() : null) ?? {}) as Record<string, unknown>
  } catch {
    return fail(400, 'Nội dung yêu cầu không phải JSON hợp lệ. / The body is not valid JSON.')
  }
  if (typeof body !== 'object' || Array.isArray(body)) return fail(400, 'Cần một đối tượng JSON. / A JSON object is expected.')

  const { payload } = req
  const sites = await loadKnownSites(payload)
  const [row] = validateRows([{ line: 1, values: { ...body, domains: body.domains ?? body.domain } }], await validationContext(payload, sites))
  if (!row!.request) return invalid(row!.problems, row!.warnings)

  const outcome = await provisionSite(payload, row!.request, { directory: await loadDirectory(payload, sites), user })
  const build = await requestBuild(payload, outcome.site.id, `tạo cổng mới (quản trị: ${String((req.user as { email?: string } | null)?.email ?? user.id)})`)
  return Response.json(
    {
      message: `Đã tạo cổng "${outcome.site.name}"; cổng sẽ hoạt động sau khi xây dựng xong. / The portal was created and is being built.`,
      site: { id: outcome.site.id, slug: outcome.site.slug, name: outcome.site.name },
      url: outcome.url,
      pages: outcome.pages,
      categories: outcome.categories,
      menus: outcome.menus,
      invitation: outcome.invitation,
      build: { id: build.buildId },
      warnings: row!.warnings.map((w) => ({ path: w.field, message: w.message })),
    },
    { status: 201 },
  )
}

export const provisionEndpoint: Endpoint = { path: '/provision', method: 'post', handler: provision }

/** The Sites collection with the provisioning endpoint and a "Tạo cổng mới" link above its list. */
export function withProvisioning(sites: CollectionConfig): CollectionConfig {
  return {
    ...sites,
    endpoints: [...(Array.isArray(sites.endpoints) ? sites.endpoints : []), provisionEndpoint],
    admin: {
      ...sites.admin,
      components: {
        ...sites.admin?.components,
        beforeListTable: [...(sites.admin?.components?.beforeListTable ?? []), '/plugins/lifecycle/provisioning/admin/NewPortalLink#NewPortalListLink'],
      },
    },
  }
}
