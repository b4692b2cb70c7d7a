/**
 * `GET /api/<collection>/:id/checks` (every collection contributing `checks`): the issues of the
 * document's latest draft as the calling user may read it, external links opened (cached, at most
 * a few seconds), and the readability figure. What the "Kiểm tra trước khi xuất bản" panel shows.
 */
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { readableDraft } from '../../cms/src/access/request'
import { asUser } from '../../cms/src/access/roles'
import { fail } from '../../cms/src/lib/endpoint'
import { checkDocument } from './server'

export function checksEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/:id/checks',
    method: 'get',
    handler: async (req: PayloadRequest) => {
      const user = asUser(req)
      if (!user) return fail(401, 'Cần đăng nhập. / Login required.')
      const doc = await readableDraft(req, collection, user)
      if (!doc) return fail(404, 'Không tìm thấy bài. / Not found.')
      const config = req.payload.collections[collection].config
      const result = await checkDocument(req.payload, config, doc as unknown as Record<string, unknown>, { external: true, locale: req.locale ?? undefined })
      return Response.json({ ...result, checkedAt: new Date().toISOString() }, { headers: { 'Cache-Control': 'no-store' } })
    },
  }
}
