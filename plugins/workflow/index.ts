/**
 * The editorial workflow (soạn thảo → chờ duyệt → xuất bản): workflow events (Lịch sử duyệt),
 * "Việc của tôi" (the view, its navigation link and `GET /api/users/my-work`), scheduled
 * publishing and expiring preview links.
 */
import type { Config, Plugin } from 'payload'

import { extendCollection, withAdmin, withEndpoints, withParts } from '../../cms/src/lib/config'
import { myWorkEndpoint } from './myWork'
import type { WorkflowOptions } from './types'
import { WorkflowEvents } from './WorkflowEvents'

export type { WorkflowOptions } from './types'

export function workflowTransform(config: Config, _options: WorkflowOptions = {}): Config {
  const withEvents = withParts(config, { collections: [WorkflowEvents] })
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
