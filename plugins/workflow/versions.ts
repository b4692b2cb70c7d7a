/**
 * Restoring an older version makes a new draft from it, for every collection that follows the
 * workflow (Payload would otherwise put the old version's status back: a draft version restored
 * over a live document would take it off the portal, without a reason, outside the workflow).
 * The draft is then published, or submitted, like any other. Replaces Payload's
 * `POST /api/<collection>/versions/:id`, with the same answer.
 */
import { APIError, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'

import { bilingualMessage } from '../../cms/src/admin/errors'
import { asUser } from '../../cms/src/access/roles'
import { fail } from '../../cms/src/lib/endpoint'

export function restoreAsDraftEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/versions/:id',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const user = asUser(req)
      if (!user) return fail(401, 'Cần đăng nhập. / Login required.')
      const id = req.routeParams?.id as string
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return fail(404, 'Không tìm thấy phiên bản. / Version not found.')
      try {
        const doc = await req.payload.restoreVersion({
          collection,
          id: (req.payload.db.defaultIDType === 'number' ? Number(id) : id) as string,
          draft: true,
          depth: 0,
          overrideAccess: false,
          user: req.user!,
          req,
        })
        return Response.json({ doc, message: 'Đã khôi phục thành bản nháp mới; hãy gửi duyệt hoặc xuất bản. / Restored as a new draft; submit or publish it.' })
      } catch (err) {
        if (err instanceof APIError) return fail(err.status, bilingualMessage(err.message))
        throw err
      }
    },
  }
}
