import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

/**
 * The server keeps a host → site map. Site edits bump a counter on globalThis (shared by every
 * copy of this module: the server's and the one bundled into the admin) so the map is reloaded.
 */
const KEY = Symbol.for('cong.hostMapVersion')
type WithVersion = typeof globalThis & { [KEY]?: number }

export function hostMapVersion(): number {
  return (globalThis as WithVersion)[KEY] ?? 0
}

/** Make this process reload its host and redirect tables on the next request. */
export function bumpHostMap(): void {
  const g = globalThis as WithVersion
  g[KEY] = (g[KEY] ?? 0) + 1
}

export const invalidateHostMap: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc }) => {
  bumpHostMap()
  return doc
}
