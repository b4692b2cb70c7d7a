/**
 * The editorial workflow (soạn thảo → chờ duyệt → xuất bản): workflow events (Lịch sử duyệt),
 * "Việc của tôi" (the view, its navigation link and `GET /api/users/my-work`), scheduled
 * publishing and expiring preview links.
 */
import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { cong, contributeToPlatform } from '../../cms/src/contributions'
import { extendCollection, hasField, withAdmin, withEndpoints, withFields, withHooks, withParts } from '../../cms/src/lib/config'
import { scheduleEndpoint, workflowEndpoint } from './endpoint'
import { workflowAdmin } from './admin/config'
import { createdByField, editedByField, workflowField, workflowPanelField } from './fields'
import { enforceWorkflow, recordEditor, recordWorkflowEvent } from './hooks'
import { myWorkEndpoint } from './myWork'
import { previewLinkEndpoint } from './preview/endpoint'
import { newDocumentWorkflowEndpoint, workflowStatusEndpoint } from './status'
import { restoreAsDraftEndpoint } from './versions'
import type { WorkflowOptions } from './types'
import { WorkflowEvents } from './WorkflowEvents'
import { Takedowns } from './takedown/collection'
import { takedownExporter } from './takedown/export'
import { liftOnDelete, liftOnPublish } from './takedown/hooks'

export type { WorkflowContribution, WorkflowOptions } from './types'

/**
 * A collection that follows the workflow gets its state and author fields, the hooks that
 * enforce and record every transition (first, before the collection's own), the workflow
 * endpoint, scheduling when it has scheduled publishing, and preview links when it asks.
 */
function followWorkflow(collection: CollectionConfig): CollectionConfig {
  const part = cong(collection).workflow
  if (!part) return collection
  const drafts = collection.versions && typeof collection.versions === 'object' ? collection.versions.drafts : undefined
  if (!drafts) throw new Error(`${collection.slug}: the editorial workflow needs versions with drafts`)
  const schedule = typeof drafts === 'object' && Boolean(drafts.schedulePublish)
  const fields = ([['createdBy', createdByField], ['editedBy', editedByField], ['workflow', workflowField], ['workflowPanel', workflowPanelField]] as const)
    .filter(([name]) => !hasField(collection.fields, name))
    .map(([, field]) => field)
  const hooked = withHooks(
    withFields(collection, fields),
    { beforeChange: [enforceWorkflow, recordEditor], afterChange: [liftOnPublish, recordWorkflowEvent], afterDelete: [liftOnDelete] },
    'prepend',
  )
  const slug = collection.slug as CollectionSlug
  const endpoints = [
    restoreAsDraftEndpoint(slug),
    newDocumentWorkflowEndpoint(slug),
    workflowStatusEndpoint(slug),
    workflowEndpoint(slug),
    ...(schedule ? [scheduleEndpoint(slug)] : []),
    ...(part.preview ? [previewLinkEndpoint(slug)] : []),
  ]
  // Deleting moves to Payload's trash (ADR 0022): site staff trash and restore, platform admins
  // delete for good (the delete access of site-scoping tells the two apart by `deletedAt`).
  return workflowAdmin(withEndpoints({ ...hooked, trash: true }, endpoints), part)
}

export function workflowTransform(config: Config, _options: WorkflowOptions = {}): Config {
  const withEvents = contributeToPlatform(
    withParts({ ...config, collections: (config.collections ?? []).map(followWorkflow) }, { collections: [WorkflowEvents, Takedowns] }),
    'portalExporters',
    [takedownExporter],
  )
  const withMyWork = extendCollection(withEvents, 'users', (users) => withEndpoints(users, [myWorkEndpoint]))
  return withAdmin(withMyWork, {
    views: { myWork: { Component: '/plugins/workflow/admin/MyWorkView#MyWorkView', path: '/my-work' } },
    // "Việc của tôi" is where staff start: first in the navigation.
    beforeNavLinks: ['/plugins/workflow/admin/MyWorkLink#MyWorkLink'],
    navFirst: true,
  })
}

export const workflowPlugin =
  (options: WorkflowOptions = {}): Plugin =>
  (config) =>
    workflowTransform(config, options)
