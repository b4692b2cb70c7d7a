import type { TaskConfig } from 'payload'

import { BUILD_TASK } from './build/queue'
import { runPendingBuilds } from './build/runner'

/** The job behind every portal rebuild; it builds whatever is queued, so extra jobs are no-ops. */
export const buildPortalsTask: TaskConfig<{ input: object; output: { built: number; failed: number } }> = {
  slug: BUILD_TASK,
  label: 'Xây dựng cổng thông tin (build portals)',
  retries: 2,
  inputSchema: [],
  outputSchema: [
    { name: 'built', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: async ({ req }) => {
    const outcomes = await runPendingBuilds(req.payload)
    return {
      output: {
        built: outcomes.filter((o) => o.status === 'succeeded').length,
        failed: outcomes.filter((o) => o.status === 'failed').length,
      },
    }
  },
}
