import path from 'node:path'

import { env } from '../config/env'

/** Where the live portals are: `<sitesDir>/<slug>` is a symlink to the current release. */
export function sitesDir(): string {
  return env().sitesDir
}

export function releasesDir(): string {
  return path.join(sitesDir(), '.releases')
}

/**
 * Scratch space for one build (snapshot, Astro's output and caches). It sits inside the
 * repository because Astro runs its prerender chunks from there and they must resolve packages
 * from the repository's node_modules.
 */
export function buildTmpDir(): string {
  return path.join(env().repoRoot, '.astro', 'builds')
}

export function mediaDir(): string {
  return path.join(env().dataDir, 'media')
}

/** The repository root: where `sites/` and `node_modules/` are. */
export function repoRoot(): string {
  return env().repoRoot
}
