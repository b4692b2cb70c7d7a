/** Takedowns follow their document: publishing it again or deleting it for good lifts them. */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { liftTakedown } from './service'

/** Before `recordWorkflowEvent` (which clears the transition): an approval lifts the takedown. */
export const liftOnPublish: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  const transition = req.context.workflowTransition as { action?: string } | undefined
  if (transition?.action === 'approve') await liftTakedown(req.payload, collection.slug, (doc as { id: number }).id, req)
  return doc
}

export const liftOnDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await liftTakedown(req.payload, collection.slug, (doc as { id: number }).id, req)
  return doc
}
