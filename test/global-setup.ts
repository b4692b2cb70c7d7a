/** Build the admin once for the whole run (integration suites start the production server). */
import { ensureAdminBuild } from '../cms/src/server/adminBuild'

export default async function setup() {
  const root = process.cwd()
  const result = await ensureAdminBuild(root, (line) => process.stdout.write(`${line}\n`))
  if (result.built) process.stdout.write(`admin built in ${(result.ms / 1000).toFixed(1)} s\n`)
}
