'use client'
/**
 * The workflow status of the document being edited, shared by the actions (top bar) and the
 * panel (sidebar); both redraw after a step or a save. The edit view's server render gives both
 * the status as it was then (`initial`, see `WorkflowServer.tsx`), so opening a document makes no
 * request for it; without one it is read once per mount. Of the answers it has, the edit view
 * shows the one the server read last (`readAt`).
 */
import { useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useLayoutEffect, useSyncExternalStore } from 'react'

import type { WorkflowStatus } from '../status'

type Entry = { status: WorkflowStatus | null; error: string | null; loading: Promise<void> | null; version: number }

const entries = new Map<string, Entry>()
const listeners = new Map<string, Set<() => void>>()
const EMPTY: Entry = { status: null, error: null, loading: null, version: 0 }
let answers = 0

function notify(key: string) {
  for (const listener of listeners.get(key) ?? []) listener()
}

async function load(key: string, url: string): Promise<void> {
  const current = entries.get(key) ?? EMPTY
  const loading = (async () => {
    try {
      const res = await fetch(url, { credentials: 'include', headers: { Accept: 'application/json' }, cache: 'no-store' })
      const body = (await res.json().catch(() => null)) as (WorkflowStatus & { errors?: { message: string }[] }) | null
      if (!res.ok || !body) entries.set(key, { status: current.status, error: body?.errors?.[0]?.message ?? String(res.status), loading: null, version: ++answers })
      else entries.set(key, { status: body, error: null, loading: null, version: ++answers })
    } catch (err) {
      entries.set(key, { status: current.status, error: err instanceof Error ? err.message : String(err), loading: null, version: ++answers })
    }
    notify(key)
  })()
  entries.set(key, { ...current, loading })
  return loading
}

/** Re-read the status of a document everywhere it is shown. */
export function refreshWorkflowStatus(apiRoute: string, collection: string, id: number | string): Promise<void> {
  return load(`${collection}:${id}`, `${apiRoute}/${collection}/${id}/workflow`)
}

/** The REST API's base URL, as the admin's own requests use it. */
export function useApiRoute(): string {
  const { config } = useConfig()
  return `${config.serverURL ?? ''}${config.routes.api}`
}

/**
 * `initial`: the status the server rendered the edit view with, shown until a newer answer is read
 * (so the server's HTML and the first client render agree, and nothing is fetched on opening).
 */
export function useWorkflowStatus(collection: string | undefined, id: number | string | undefined, initial?: WorkflowStatus | null) {
  const api = useApiRoute()
  const key = collection && id !== undefined && id !== null ? `${collection}:${id}` : ''
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!key) return () => undefined
      const set = listeners.get(key) ?? new Set()
      set.add(listener)
      listeners.set(key, set)
      return () => set.delete(listener)
    },
    [key],
  )
  const entry = useSyncExternalStore(subscribe, () => (key ? (entries.get(key) ?? EMPTY) : EMPTY), () => EMPTY)
  // The server's answer (`initial`) or the latest one read here, whichever the server read later
  // (`readAt`): on the server and while hydrating nothing has been read, so the server's answer is
  // shown, as in its HTML; a component mounted again later with the page's first answer shows the
  // newer one read after a step.
  const newer = Boolean(initial) && (!entry.status || (entry.status.readAt ?? 0) < initial!.readAt)
  // A newer answer from the server (the form's state rebuilt after a save renders the panel again)
  // goes to every component showing the status, before the browser paints: they never disagree.
  useLayoutEffect(() => {
    const stored = key ? entries.get(key)?.status : null
    if (!key || !initial || (stored && (stored.readAt ?? 0) >= initial.readAt)) return
    entries.set(key, { status: initial, error: null, loading: null, version: ++answers })
    notify(key)
  }, [key, initial])
  useEffect(() => {
    // Each time a document is opened (the cache may be from an earlier visit), once per mount,
    // unless the server's render gave the status.
    if (key && !initial && !entries.get(key)?.loading) void load(key, `${api}/${collection}/${id}/workflow`)
  }, [key, api, collection, id, initial])
  const refresh = useCallback(() => (collection && key ? refreshWorkflowStatus(api, collection, id!) : Promise.resolve()), [api, collection, id, key])
  return { status: newer ? initial! : entry.status, error: newer ? null : entry.error, refresh, api }
}
