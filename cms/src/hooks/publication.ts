import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

type Doc = Record<string, unknown>

/**
 * Remember, before the operation, whether it saves a draft and whether the document is live now.
 * The afterChange hook can see neither: its `previousDoc` is the latest draft, not what is live.
 */
export const captureSaveContext: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { draft, data } = args as { draft?: boolean; data?: { _status?: string } }
  // Payload's own rule: a draft request that sets `_status: published` is a publish.
  req.context.draftSave = Boolean(draft) && data?._status !== 'published'
  const id = (args as { id?: number | string }).id
  if (operation === 'update' && id !== undefined && collection.versions?.drafts) {
    const live = await req.payload
      .findByID({ collection: collection.slug as 'news', id, draft: false, depth: 0, overrideAccess: true, req, select: { _status: true } as never, disableErrors: true })
      .catch(() => null)
    req.context.wasPublished = (live as { _status?: string } | null)?._status === 'published'
  }
  return args
}

/** What a save did to the public version of a document, if anything. */
export function publicationChange(doc: Doc, context: { draftSave?: unknown; wasPublished?: unknown }): 'publish' | 'unpublish' | null {
  if (doc._status === undefined || context.draftSave) return null
  if (doc._status === 'published') return 'publish'
  return context.wasPublished ? 'unpublish' : null
}

/** Give a versioned collection the context `publicationChange` needs. */
export function withPublicationContext(collection: CollectionConfig): CollectionConfig {
  if (!collection.versions) return collection
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [captureSaveContext, ...(collection.hooks?.beforeOperation ?? [])] },
  }
}
