import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { bus } from '../../cms/src/lib/bus'

/**
 * Every process keeps a host → site map (and the search endpoint its active portals). Site edits
 * bump a counter on globalThis (shared by every copy of this module: the server's and the one
 * bundled into the admin) in every process of the platform (the bus), so the maps are reloaded.
 */
const KEY = Symbol.for('cong.hostMapVersion')
const SUBSCRIBED = Symbol.for('cong.hostMapSubscribed')
type WithVersion = typeof globalThis & { [KEY]?: number; [SUBSCRIBED]?: boolean }

function subscribe(): void {
  const g = globalThis as WithVersion
  if (g[SUBSCRIBED]) return
  g[SUBSCRIBED] = true
  bus().subscribe('cache:hosts', () => {
    g[KEY] = (g[KEY] ?? 0) + 1
  })
}
subscribe()

export function hostMapVersion(): number {
  return (globalThis as WithVersion)[KEY] ?? 0
}

/** Make every process reload its host and redirect tables on its next request. */
export function bumpHostMap(): void {
  subscribe()
  bus().publish('cache:hosts')
}

export const invalidateHostMap: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ doc }) => {
  bumpHostMap()
  return doc
}
