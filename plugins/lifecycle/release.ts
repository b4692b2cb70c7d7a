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

/**
 * The public paths of a portal's live release (what citizens could reach), if it was ever built:
 * pages as their directory (`/tin-tuc/x/`), feeds and files (images, document files) as
 * themselves. The build's own assets (`_astro/`) and the 404 page are left out.
 */
export async function releasePaths(slug: string): Promise<string[]> {
  const root = path.join(sitesDir(), slug)
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])
  const out: string[] = []
  for (const entry of entries) {
    if (!entry.isFile()) continue
    const rel = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    if (rel.startsWith('_astro/') || rel === '404.html' || rel.startsWith('.')) continue
    if (rel === 'index.html') out.push('/')
    else if (rel.endsWith('/index.html')) out.push(`/${rel.slice(0, -'index.html'.length)}`)
    else if (!rel.endsWith('.html')) out.push(`/${rel.split('/').map(encodeURIComponent).join('/')}`)
  }
  return out.sort()
}
