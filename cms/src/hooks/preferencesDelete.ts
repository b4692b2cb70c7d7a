/**
 * Payload's `DELETE /api/payload-preferences/:key` fails with a 500 on PostgreSQL when the user
 * has no preference by that key (the adapter's deleteOne finds nothing, then builds a broken
 * query). Wrapped from the core plugin's onInit: a key the user has none of is a 404 before
 * Payload's handler runs; an existing one goes to Payload's handler as before.
 */
import type { Payload, PayloadHandler } from 'payload'

export function guardPreferenceDeletes(payload: Pick<Payload, 'collections'>): void {
  const preferences = payload.collections['payload-preferences' as keyof typeof payload.collections]
  const endpoints = preferences?.config.endpoints
  if (!Array.isArray(endpoints)) return
  const endpoint = endpoints.find((e) => e.method === 'delete' && e.path === '/:key')
  if (!endpoint || (endpoint.handler as { guarded?: boolean }).guarded) return
  const original = endpoint.handler
  const guarded: PayloadHandler = async (req) => {
    const key = req.routeParams?.key
    if (req.user && typeof key === 'string') {
      const found = await req.payload.db.findOne({
        collection: 'payload-preferences',
        req,
        where: { and: [{ key: { equals: key } }, { 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }] },
      })
      if (!found) return Response.json({ errors: [{ message: 'Không tìm thấy tuỳ chỉnh này. / No such preference.' }] }, { status: 404 })
    }
    return original(req)
  }
  endpoint.handler = Object.assign(guarded, { guarded: true })
}
