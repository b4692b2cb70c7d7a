/**
 * An editor's "my work": their own drafts, what waits for their review, and what was returned to
 * them. Read as the user (access control on), from the latest drafts.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { asUser, dbIds, isPlatformAdmin, siteIdsOf, type SessionUser } from '../../cms/src/access/roles'
import type { Bilingual } from '../../cms/src/admin/text'
import { contributions } from '../../cms/src/contributions'

export type WorkItem = { collection: string; label: Bilingual; id: number | string; title: string; state: string; updatedAt: string; site: number | string | null }
export type MyWork = { drafts: WorkItem[]; toReview: WorkItem[]; returned: WorkItem[] }

/** Every collection that follows the workflow (`custom.cong.workflow`), with the label and title field of its items. */
function workflowCollections(payload: Payload): Array<{ slug: CollectionSlug; label: Bilingual; titleField: string }> {
  return contributions(payload, 'workflow').map(({ slug, part }) => {
    const config = payload.collections[slug as CollectionSlug]!.config
    const singular = config.labels?.singular
    const label = part.label ?? (typeof singular === 'object' && singular && 'vi' in singular ? { vi: String(singular.vi), en: String((singular as Record<string, string>).en ?? singular.vi) } : { vi: String(singular ?? slug), en: String(singular ?? slug) })
    return { slug: slug as CollectionSlug, label, titleField: part.titleField ?? config.admin?.useAsTitle ?? 'title' }
  })
}

async function list(payload: Payload, req: PayloadRequest | undefined, user: SessionUser, where: Where): Promise<WorkItem[]> {
  const results = await Promise.all(
    workflowCollections(payload).map(async ({ slug: collection, label, titleField }) => {
      const found = await payload.find({
        collection,
        where,
        draft: true,
        depth: 0,
        limit: 50,
        sort: '-updatedAt',
        user,
        overrideAccess: false,
        req,
        select: { [titleField]: true, workflow: true, updatedAt: true, site: true } as never,
      })
      return found.docs.map((d) => {
        const doc = d as unknown as Record<string, unknown> & { id: number | string; workflow?: { state?: string }; updatedAt: string; site?: number | string }
        const title = typeof doc[titleField] === 'string' && doc[titleField] ? String(doc[titleField]) : `#${doc.id}`
        return { collection, label, id: doc.id, title, state: doc.workflow?.state ?? 'draft', updatedAt: doc.updatedAt, site: doc.site ?? null }
      })
    }),
  )
  return results.flat().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

export async function myWork(payload: Payload, user: SessionUser, req?: PayloadRequest): Promise<MyWork> {
  const mine: Where = { createdBy: { equals: user.id } }
  const reviewSites = isPlatformAdmin(user) ? null : siteIdsOf(user, ['site-admin', 'approver', 'editor'])
  const reviewScope: Where[] = reviewSites === null ? [] : [{ site: { in: req ? dbIds(req, reviewSites) : reviewSites } }]
  const [drafts, toReview, returned] = await Promise.all([
    list(payload, req, user, { and: [mine, { 'workflow.state': { in: ['draft', 'unpublished'] } }] }),
    reviewSites?.length === 0 ? Promise.resolve([]) : list(payload, req, user, { and: [{ 'workflow.state': { equals: 'submitted' } }, ...reviewScope] }),
    list(payload, req, user, { and: [mine, { 'workflow.state': { equals: 'returned' } }] }),
  ])
  return { drafts, toReview, returned }
}

export const myWorkEndpoint = {
  path: '/my-work',
  method: 'get' as const,
  handler: async (req: PayloadRequest) => {
    const user = asUser(req)
    if (!user) return Response.json({ errors: [{ message: 'Cần đăng nhập. / Login required.' }] }, { status: 401 })
    return Response.json(await myWork(req.payload, user, req))
  },
}
