/**
 * The takedowns of a portal in its snapshot (`site.takedowns`): banners for withdrawn and
 * former-unit documents at their current address, 410 for documents unpublished in error and
 * 301 for consolidated ones (to the target's current address, or 410 when the target is gone).
 * A trashed or deleted document has no takedown on the portal (its address is simply gone).
 */
import type { Payload } from 'payload'

import type { Takedown } from '../../../cms/src/contracts/takedown'
import { idOf } from '../../../cms/src/lib/ids'
import { portalBaseUrl } from '../../portals/build/export'
import type { PortalExporter } from '../../portals/types'
import { TAKEDOWNS } from './collection'
import { portalPathOf } from './service'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const live = (payload: Payload, collection: string, id: unknown) =>
  payload
    .findByID({ collection: collection as 'news', id: id as number, draft: false, depth: 0, locale: 'vi', overrideAccess: true, disableErrors: true })
    .catch(() => null) as Promise<Doc | null>

export async function siteTakedowns(payload: Payload, siteId: number | string): Promise<Takedown[]> {
  if (!payload.collections[TAKEDOWNS as 'news']) return []
  const { docs } = await payload.find({ collection: TAKEDOWNS as 'news', where: { site: { equals: siteId } }, pagination: false, depth: 0, overrideAccess: true, sort: 'createdAt' })
  const out: Takedown[] = []
  for (const record of docs as Doc[]) {
    if (!payload.collections[record.collectionSlug as 'news']) continue
    const doc = await live(payload, record.collectionSlug, record.docId)
    if (!doc) continue
    const date = String(record.createdAt)
    const kind = record.kind as Takedown['kind']
    if (kind === 'withdrawn' || kind === 'former-unit') {
      if (doc._status !== 'published') continue
      const path = portalPathOf(payload, record.collectionSlug, doc)
      if (!path) continue
      let successor: Takedown['successor'] = null
      const successorId = idOf(record.successor)
      if (kind === 'former-unit' && successorId !== null) {
        const site = (await payload.findByID({ collection: 'sites', id: successorId as number, depth: 0, locale: 'vi', overrideAccess: true, disableErrors: true })) as Doc | null
        if (site) successor = { name: String(site.name), url: `${portalBaseUrl(site as { slug: string; domains?: string[] })}/` }
      }
      out.push({ path, kind, reason: record.reason ?? null, date, target: null, successor })
    } else {
      // Published again lifts the takedown; until the record is gone, never hide a live page.
      if (doc._status === 'published') continue
      let target: string | null = null
      if (kind === 'consolidated' && record.targetCollection && record.targetId) {
        const to = await live(payload, record.targetCollection, record.targetId)
        target = to && to._status === 'published' && String(idOf(to.site)) === String(siteId) ? portalPathOf(payload, record.targetCollection, to) : null
      }
      out.push({ path: String(record.path), kind: target ? 'consolidated' : 'error', reason: null, date, target, successor: null })
    }
  }
  return out
}

export const takedownExporter: PortalExporter = {
  name: 'takedowns',
  exportSite: async ({ payload, site, preview }) => (preview ? {} : { takedowns: await siteTakedowns(payload, site.id) }),
}
