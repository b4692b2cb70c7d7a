/**
 * The workflow controls and panel of the edit view, rendered with the document's workflow status
 * read on the server, in the same render as the form: the steps the user may take are in the
 * page's HTML, and opening a document makes no `GET …/:id/workflow` request before it can be used
 * (issue 13: that request, made after hydration, held the edit view back). Both take the same
 * answer: it is read once per server render (`React.cache`). The client components re-read it
 * after a step or a save, as before.
 */
import { type CollectionSlug, createLocalReq, type Payload, type PayloadRequest, type ServerProps } from 'payload'
import React, { cache } from 'react'

import { readableDraft } from '../../../cms/src/access/request'
import type { SessionUser } from '../../../cms/src/access/roles'
import { type WorkflowStatus, workflowStatus } from '../status'
import { WorkflowActions } from './WorkflowActions'
import { WorkflowPanel } from './WorkflowPanel'

/** One map per server render: the actions (document controls) and the panel (a sidebar field) share an answer. */
const answersOfThisRender = cache(() => new Map<string, Promise<WorkflowStatus | null>>())

type Args = { payload: Payload; user: unknown; collection: string | undefined; id: number | string | undefined }

/** The status as `GET /api/<collection>/:id/workflow` gives it to this user; null when there is none to give. */
function statusFor({ payload, user, collection, id }: Args): Promise<WorkflowStatus | null> {
  const u = user as (SessionUser & { collection?: string }) | null | undefined
  if (!u || (u.collection ?? 'users') !== 'users' || !collection || id === undefined || id === null || id === '' || !payload.collections[collection as CollectionSlug]) return Promise.resolve(null)
  const key = `${collection}:${String(id)}:${String(u.id)}`
  const answers = answersOfThisRender()
  const known = answers.get(key)
  if (known) return known
  const answer = (async () => {
    // A request of its own (the Local API changes the locale of a request it is given).
    const req = (await createLocalReq({ user: u as never }, payload)) as PayloadRequest
    const doc = await readableDraft(req, collection as CollectionSlug, u, id)
    if (!doc) return null
    return workflowStatus(req, collection, u, doc as never)
  })().catch(() => null)
  answers.set(key, answer)
  return answer
}

/** In place of Payload's publish button (document controls): `WorkflowActions` with the status. */
export async function WorkflowActionsServer(props: ServerProps & { collection?: string }) {
  const initialStatus = await statusFor({ payload: props.payload, user: props.user, collection: props.collection, id: props.id as number | string | undefined })
  return <WorkflowActions initialStatus={initialStatus} />
}

/** The sidebar field: `WorkflowPanel` with the status. */
export async function WorkflowPanelServer(props: { payload: Payload; req?: PayloadRequest; user?: unknown; id?: number | string; collectionSlug?: string }) {
  const initialStatus = await statusFor({ payload: props.payload, user: props.user ?? props.req?.user, collection: props.collectionSlug, id: props.id })
  return <WorkflowPanel initialStatus={initialStatus} />
}
