/**
 * Which process of the platform writes the search index (ADR 0016). With the embedded engine,
 * the first web process to take `<dataDir>/search.lock` owns the index: it runs the search sync
 * queue and writes the files. Every other web process opens the same files read-only
 * (`EmbeddedReader`) and answers searches from them, following the owner's writes; when the owner
 * is gone (its lock is stale) one of them takes over. With Meilisearch every process reads and
 * writes the one server.
 */
import path from 'node:path'

import type { Payload } from 'payload'

import type { Env } from '../../cms/src/config/env'
import { openEmbeddedReader } from './embedded/reader'
import { setSearchEngine } from './instance'
import { IndexLockedError, lockHolder, openSearchEngineForWriting } from './lock'
import type { SearchEngine } from './port'
import { startSearchRunner } from './sync'

const TAKEOVER_CHECK_MS = 5_000

export type SearchRole = 'owner' | 'reader'

export type SearchOwnership = {
  role: () => SearchRole
  engine: () => SearchEngine
  /** Called once this process owns the index (at start, or after taking over). */
  onOwner: (listener: (engine: SearchEngine) => void) => void
  stop: () => Promise<void>
}

export async function openSearchForServer(payload: Payload, e: Env): Promise<SearchOwnership> {
  let role: SearchRole = 'owner'
  let engine: SearchEngine
  let stopRunner: (() => Promise<void>) | null = null
  let timer: NodeJS.Timeout | null = null
  const listeners: ((engine: SearchEngine) => void)[] = []
  const becomeOwner = (writer: SearchEngine) => {
    engine = writer
    role = 'owner'
    setSearchEngine(writer)
    stopRunner = startSearchRunner(payload, e.jobsPollMs)
    for (const listener of listeners) listener(writer)
  }
  const open = () => openSearchEngineForWriting({ meiliHost: e.meiliHost, meiliKey: e.meiliKey, dataDir: e.dataDir, purpose: `server :${e.port}` })
  try {
    engine = await open()
  } catch (err) {
    if (!(err instanceof IndexLockedError)) throw err
    role = 'reader'
    engine = await openEmbeddedReader({ dir: path.join(e.dataDir, 'search') })
    setSearchEngine(engine)
    payload.logger.info(`Tìm kiếm: chỉ đọc, tiến trình ${err.holder.pid} ghi chỉ mục / search: reading the index process ${err.holder.pid} writes`)
    timer = setInterval(() => {
      if (role !== 'reader' || lockHolder(e.dataDir)) return
      open()
        .then((writer) => {
          const reader = engine
          becomeOwner(writer)
          if (timer) clearInterval(timer)
          payload.logger.info('Tìm kiếm: tiến trình này nhận ghi chỉ mục / search: this process now writes the index')
          void reader.close()
        })
        .catch(() => undefined)
    }, TAKEOVER_CHECK_MS)
    timer.unref()
  }
  if (role === 'owner') becomeOwner(engine)
  return {
    role: () => role,
    engine: () => engine,
    onOwner: (listener) => {
      listeners.push(listener)
      if (role === 'owner') listener(engine)
    },
    stop: async () => {
      if (timer) clearInterval(timer)
      await stopRunner?.()
      await engine.close().catch((err: unknown) => payload.logger.error({ err, msg: 'Cannot close the search index' }))
    },
  }
}

/** This process's role, for /healthz (set by the server). */
let current: SearchOwnership | null = null
export const setSearchOwnership = (o: SearchOwnership | null) => {
  current = o
}
export const searchRole = (): SearchRole | null => current?.role() ?? null
