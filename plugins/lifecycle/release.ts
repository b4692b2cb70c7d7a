import fs from 'node:fs/promises'
import path from 'node:path'

import { releasesDir, sitesDir } from '../portals/build/paths'

/**
 * Take an archived portal's files off the air: `<sitesDir>/<slug>` (the live symlink) is removed,
 * so neither the express server nor nginx can serve the old release. The release itself stays
 * under `.releases/` until the runner prunes it; the content stays in the CMS.
 */
export async function unpublishLiveRelease(slug: string): Promise<void> {
  const live = path.join(sitesDir(), slug)
  const stat = await fs.lstat(live).catch(() => null)
  if (!stat) return
  if (stat.isSymbolicLink()) {
    await fs.unlink(live)
    return
  }
  // A plain directory from an older layout: keep it with the releases, out of the web root.
  await fs.mkdir(releasesDir(), { recursive: true })
  await fs.rename(live, path.join(releasesDir(), `${slug}--archived-${Date.now()}`))
}
