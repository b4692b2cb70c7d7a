/**
 * Build the admin once for the whole run (integration suites start the production server).
 * Under `npm test` (test/run.ts) it is built before the passes start, so the passes running side
 * by side never build it twice at the same time (Next.js refuses a second build in one folder).
 */
import { ensureAdminBuild } from '../cms/src/server/adminBuild'

export default async function setup() {
  if (process.env.CONG_ADMIN_BUILT === '1') return
  const root = process.cwd()
  const result = await ensureAdminBuild(root, (line) => process.stdout.write(`${line}\n`))
  if (result.built) process.stdout.write(`admin built in ${(result.ms / 1000).toFixed(1)} s\n`)
}
