/**
 * `POST /api/{news|pages}/:id/preview-link` with `{ hours? }` (1–168, default 24): a link that
 * shows the latest draft as the portal would, to anyone holding it, until it expires. Only users
 * who may read the draft can create one.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { env } from '../../../cms/src/config/env'
import { type EditorialCollection, readableDraft, userAndBody } from '../../../cms/src/access/request'
import { fail } from '../../../cms/src/lib/endpoint'
import { createPreviewToken } from './token'

const Body = z.object({
  hours: z.number().int().min(1, 'hours tối thiểu là 1.').max(168, 'Liên kết xem trước tối đa 7 ngày (168 giờ). / At most 168 hours.').optional(),
})

export function previewLinkEndpoint(collection: EditorialCollection): Endpoint {
  return {
    path: '/:id/preview-link',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const input = await userAndBody(req, Body)
      if (input instanceof Response) return input
      const doc = await readableDraft(req, collection, input.user)
      if (!doc) return fail(404, 'Không tìm thấy bài. / Not found.')
      const expiresAt = Date.now() + (input.body.hours ?? 24) * 3_600_000
      const token = createPreviewToken({ collection, id: String(doc.id), expiresAt })
      const origin = env().serverUrl || new URL(req.url ?? 'http://localhost').origin
      return Response.json({ url: `${origin}/preview/${token}`, expiresAt: new Date(expiresAt).toISOString() })
    },
  }
}
