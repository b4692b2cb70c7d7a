/**
 * `POST /api/{news|pages}/:id/preview-link` with `{ hours? }` (1–168, default 24): a link that
 * shows the latest draft as the portal would, to anyone holding it, until it expires. Only users
 * who may read the draft can create one.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { asUser } from '../access/roles'
import { createPreviewToken } from './token'

const Body = z.object({
  hours: z.number().int().min(1, 'hours tối thiểu là 1.').max(168, 'Liên kết xem trước tối đa 7 ngày (168 giờ). / At most 168 hours.').optional(),
})

export function previewLinkEndpoint(collection: 'news' | 'pages'): Endpoint {
  return {
    path: '/:id/preview-link',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const user = asUser(req)
      if (!user) return Response.json({ errors: [{ message: 'Cần đăng nhập. / Login required.' }] }, { status: 401 })
      let raw: unknown = {}
      try {
        raw = req.json ? await req.json() : {}
      } catch {
        raw = {}
      }
      const parsed = Body.safeParse(raw ?? {})
      if (!parsed.success) return Response.json({ errors: [{ message: parsed.error.issues.map((i) => i.message).join(' ') }] }, { status: 400 })
      const id = req.routeParams?.id as string
      const doc = await req.payload
        .findByID({ collection, id, draft: true, depth: 0, user, overrideAccess: false, req, disableErrors: true })
        .catch(() => null)
      if (!doc) return Response.json({ errors: [{ message: 'Không tìm thấy bài. / Not found.' }] }, { status: 404 })
      const expiresAt = Date.now() + (parsed.data.hours ?? 24) * 3_600_000
      const token = createPreviewToken({ collection, id: String(doc.id), expiresAt })
      const origin = process.env.SERVER_URL || new URL(req.url ?? 'http://localhost').origin
      return Response.json({ url: `${origin}/preview/${token}`, expiresAt: new Date(expiresAt).toISOString() })
    },
  }
}
