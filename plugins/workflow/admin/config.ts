/**
 * The workflow's part of the admin, for every collection that follows it: the workflow actions in
 * place of Payload's publish and unpublish buttons (which would bypass the review steps), the
 * state column and filters in lists, and for collections with previews the "Xem trước" controls
 * and Payload's live preview, rendered by the portal's own renderer (`preview/live.ts`).
 */
import type { CollectionConfig, EditConfig, PayloadRequest } from 'payload'

import { env } from '../../../cms/src/config/env'
import type { WorkflowContribution } from '../types'

const ADMIN = '/plugins/workflow/admin'

/** Phone and desktop widths of the live preview (a mid-range Android phone; a 1366 px office screen). */
export const LIVE_PREVIEW_BREAKPOINTS = [
  { name: 'phone', label: 'Điện thoại / Phone', width: 390, height: 844 },
  { name: 'desktop', label: 'Máy tính / Desktop', width: 1366, height: 768 },
]

/** The origin the admin is served from, for the live preview's frame (postMessage needs it absolute). */
function adminOrigin(req: PayloadRequest): string {
  const configured = env().serverUrl
  if (configured) return new URL(configured).origin
  const host = req.headers.get('host') ?? `localhost:${env().port}`
  const proto = req.headers.get('x-forwarded-proto') === 'https' ? 'https' : 'http'
  return `${proto}://${host}`
}

/** Put the state column where Payload's own status column was, or second. */
function withStateColumn(columns: string[] | undefined): string[] | undefined {
  if (!columns) return undefined
  const without = columns.filter((c) => c !== '_status' && c !== 'workflowPanel')
  const at = columns.indexOf('_status')
  const position = at === -1 ? Math.min(1, without.length) : Math.min(at, without.length)
  return [...without.slice(0, position), 'workflowPanel', ...without.slice(position)]
}

export function workflowAdmin(collection: CollectionConfig, part: WorkflowContribution): CollectionConfig {
  const admin = collection.admin ?? {}
  const components = admin.components ?? {}
  const edit = components.edit ?? {}
  return {
    ...collection,
    admin: {
      ...admin,
      defaultColumns: withStateColumn(admin.defaultColumns),
      components: {
        ...components,
        beforeListTable: [`${ADMIN}/StateFilter#StateFilter`, ...(components.beforeListTable ?? [])],
        // The version history says who saved each version, and which one is on the portal.
        views: { ...components.views, edit: { ...components.views?.edit, versions: { Component: `${ADMIN}/VersionsView#VersionsView` } } as EditConfig },
        edit: {
          ...edit,
          // Rendered on the server with the document's status (no request for it before the form is usable).
          PublishButton: { path: `${ADMIN}/WorkflowServer#WorkflowActionsServer`, serverProps: { collection: collection.slug } },
          // Unpublishing needs a reason and may be refused: the workflow actions offer it.
          UnpublishButton: `${ADMIN}/WorkflowActions#NoUnpublishButton`,
          beforeDocumentControls: [...(edit.beforeDocumentControls ?? []), ...(part.preview ? [`${ADMIN}/PreviewControls#PreviewControls`] : [])],
        },
      },
      ...(part.preview
        ? {
            livePreview: {
              breakpoints: LIVE_PREVIEW_BREAKPOINTS,
              // Saved documents only: the frame renders the draft with the form's data on top.
              url: ({ data, req, locale }) => (data?.id ? `${adminOrigin(req)}/preview/live/${collection.slug}/${data.id}?locale=${encodeURIComponent(locale?.code ?? 'vi')}` : null),
            },
          }
        : {}),
    },
  }
}
