'use client'
/**
 * The workflow status of the document being edited, shared by the actions (top bar) and the
 * panel (sidebar): one request per document, and both redraw after a step or a save.
 */
import { useConfig } from '@payloadcms/ui'
import { useCallback, useEffect, useSyncExternalStore } from 'react'

import type { WorkflowStatus } from '../status'

type Entry = { status: WorkflowStatus | null; error: string | null; loading: Promise<void> | null }

const entries = new Map<string, Entry>()
const listeners = new Map<string, Set<() => void>>()
const EMPTY: Entry = { status: null, error: null, loading: null }

function notify(key: string) {
  for (const listener of listeners.get(key) ?? []) listener()
}

async function load(key: string, url: string): Promise<void> {
  const current = entries.get(key) ?? EMPTY
  const loading = (async () => {
    try {
      const res = await fetch(url, { credentials: 'include', headers: { Accept: 'application/json' }, cache: 'no-store' })
      const body = (await res.json().catch(() => null)) as (WorkflowStatus & { errors?: { message: string }[] }) | null
      if (!res.ok || !body) entries.set(key, { status: current.status, error: body?.errors?.[0]?.message ?? String(res.status), loading: null })
      else entries.set(key, { status: body, error: null, loading: null })
    } catch (err) {
      entries.set(key, { status: current.status, error: err instanceof Error ? err.message : String(err), loading: null })
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

export function useWorkflowStatus(collection: string | undefined, id: number | string | undefined) {
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
  useEffect(() => {
    // Each time a document is opened (the cache may be from an earlier visit), once per mount.
    if (key && !entries.get(key)?.loading) void load(key, `${api}/${collection}/${id}/workflow`)
  }, [key, api, collection, id])
  const refresh = useCallback(() => (collection && key ? refreshWorkflowStatus(api, collection, id!) : Promise.resolve()), [api, collection, id, key])
  return { status: entry.status, error: entry.error, refresh, api }
}
