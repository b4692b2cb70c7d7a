import path from 'node:path'

import { env } from '../../../cms/src/config/env'

/** Where the live portals are: `<sitesDir>/<slug>` is a symlink to the current release. */
export function sitesDir(): string {
  return env().sitesDir
}

export function releasesDir(): string {
  return path.join(sitesDir(), '.releases')
}

export function mediaDir(): string {
  return path.join(env().dataDir, 'media')
}

/** Where the CMS keeps uploaded `legal-files` (the collection's `staticDir`). */
export function legalFilesDir(): string {
  return path.join(env().dataDir, 'legal-files')
}

/** The repository root: where `sites/` and `node_modules/` are. */
export function repoRoot(): string {
  return env().repoRoot
}
