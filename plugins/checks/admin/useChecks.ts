'use client'
/**
 * The checks of the document being edited, shared by the panel (sidebar) and the note beside the
 * publish control: one request per saved version, again after every save. The first one waits
 * until the form can be typed in and the browser is idle (`whenIdle`): the checks are read
 * after the form, not before it.
 */
import { useConfig, useDocumentInfo, useFormInitializing } from '@payloadcms/ui'
import { useCallback, useEffect, useSyncExternalStore } from 'react'

import { whenIdle } from '../../../cms/src/admin/idle'

import type { Issue } from '../rules'
import type { Readability } from '../readability'

export type ChecksAnswer = { issues: Issue[]; readability: Readability; blocking: number; warnings: number; checkedAt: string }
type Entry = { answer: ChecksAnswer | null; error: string | null; version: string | null }

const entries = new Map<string, Entry>()
const listeners = new Map<string, Set<() => void>>()
const loading = new Map<string, string>()
const EMPTY: Entry = { answer: null, error: null, version: null }

function notify(key: string) {
  for (const listener of listeners.get(key) ?? []) listener()
}

async function load(key: string, url: string, version: string) {
  if (loading.get(key) === version) return
  loading.set(key, version)
  const current = entries.get(key) ?? EMPTY
  try {
    const res = await fetch(url, { credentials: 'include', headers: { Accept: 'application/json' }, cache: 'no-store' })
    const body = (await res.json().catch(() => null)) as (ChecksAnswer & { errors?: { message: string }[] }) | null
    entries.set(key, !res.ok || !body ? { ...current, error: body?.errors?.[0]?.message ?? String(res.status), version } : { answer: body, error: null, version })
  } catch (err) {
    entries.set(key, { ...current, error: err instanceof Error ? err.message : String(err), version })
  }
  if (loading.get(key) === version) loading.delete(key)
  notify(key)
}

export function useChecks() {
  const { config } = useConfig()
  const { id, collectionSlug, lastUpdateTime, savedDocumentData } = useDocumentInfo()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const key = collectionSlug && id !== undefined && id !== null ? `${collectionSlug}:${id}` : ''
  // A new saved version (Payload's save, the workflow's steps) means a new check.
  const version = `${String(lastUpdateTime ?? '')}|${String((savedDocumentData as { updatedAt?: string } | undefined)?.updatedAt ?? '')}`
  const url = key ? `${api}/${collectionSlug}/${id}/checks` : ''
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
  const initializing = useFormInitializing()
  useEffect(() => {
    if (initializing || !key || entries.get(key)?.version === version) return
    return whenIdle(() => void load(key, url, version))
  }, [initializing, key, url, version])
  const refresh = useCallback(() => (key ? load(key, url, `${version}|${Date.now()}`) : Promise.resolve()), [key, url, version])
  return { id, answer: entry.answer, error: entry.error, refresh }
}
