/**
 * One writer per embedded index folder (ADR 0010): the process that opens `<dataDir>/search/`
 * for writing holds `<dataDir>/search.lock` (its pid, host and start time). A second process is
 * refused with a message naming the holder. A lock left by a process that is gone (crash,
 * `kill -9`) is taken over: on the same host the pid is checked with signal 0; a lock written on
 * another host (a container recreated with the same volume gets a new host name) is stale once
 * its holder stopped touching it (every 30 s) for 2 minutes.
 *
 * Meilisearch needs no lock: it serialises writes itself.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createSearchEngine, type SearchEngineOptions } from './factory'
import type { SearchEngine } from './port'

export class IndexLockedError extends Error {
  constructor(
    readonly holder: LockInfo,
    readonly lockFile: string,
  ) {
    super(
      `Chỉ mục tìm kiếm đang được tiến trình ${holder.pid} (${holder.purpose}, từ ${holder.startedAt}) sử dụng; chỉ một tiến trình được ghi. ` +
        `/ The search index is in use by process ${holder.pid} (${holder.purpose}, since ${holder.startedAt}); only one process may write it (lock: ${lockFile}).`,
    )
    this.name = 'IndexLockedError'
  }
}

export type LockInfo = { pid: number; host: string; purpose: string; startedAt: string }

export type IndexLock = { file: string; release: () => void }

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const TOUCH_MS = 30_000
const FOREIGN_STALE_MS = 120_000

function foreignAndAlive(info: LockInfo, file: string): boolean {
  if (info.host === os.hostname()) return false
  try {
    return Date.now() - fs.statSync(file).mtimeMs < FOREIGN_STALE_MS
  } catch {
    return false
  }
}

function readLock(file: string): LockInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo
    return typeof info.pid === 'number' ? info : null
  } catch {
    return null
  }
}

/** Whether another living process holds the lock (for messages; `acquireIndexLock` decides). */
export function lockHolder(dataDir: string): LockInfo | null {
  const file = path.join(dataDir, 'search.lock')
  const info = readLock(file)
  if (!info || (info.pid === process.pid && info.host === os.hostname())) return null
  return foreignAndAlive(info, file) || (info.host === os.hostname() && alive(info.pid)) ? info : null
}

/**
 * Take the lock or throw `IndexLockedError`. The file is created with `wx` (atomic: of two
 * processes starting together exactly one wins); a stale one is removed and the creation retried.
 */
export function acquireIndexLock(dataDir: string, purpose: string): IndexLock {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, 'search.lock')
  const info: LockInfo = { pid: process.pid, host: os.hostname(), purpose, startedAt: new Date().toISOString() }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx' })
      let released = false
      // Proof of life for processes on other hosts sharing the folder.
      const touch = setInterval(() => {
        const now = new Date()
        try {
          fs.utimesSync(file, now, now)
        } catch {
          // the folder is gone (tests cleaning up); nothing to prove any more
        }
      }, TOUCH_MS)
      touch.unref()
      const release = () => {
        if (released) return
        released = true
        clearInterval(touch)
        // Only our own lock: never remove one another process took over.
        if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true })
        process.off('exit', release)
      }
      process.on('exit', release)
      return { file, release }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const holder = readLock(file)
      // A half-written file (a crash between create and write) is as stale as a dead pid.
      const stale = !holder || (holder.host === os.hostname() ? holder.pid === process.pid || !alive(holder.pid) : !foreignAndAlive(holder, file))
      if (!stale) throw new IndexLockedError(holder, file)
      fs.rmSync(file, { force: true })
    }
  }
  throw new Error(`Cannot take the search index lock ${file}`)
}

/**
 * `createSearchEngine` for a writer: the embedded engine only after taking the lock (released
 * when the engine is closed); Meilisearch as is.
 */
export async function openSearchEngineForWriting(options: SearchEngineOptions & { purpose: string }): Promise<SearchEngine> {
  if (options.meiliHost) return createSearchEngine(options)
  const lock = acquireIndexLock(options.dataDir, options.purpose)
  let engine: SearchEngine
  try {
    engine = await createSearchEngine(options)
  } catch (err) {
    lock.release()
    throw err
  }
  const close = engine.close.bind(engine)
  engine.close = async () => {
    try {
      await close()
    } finally {
      lock.release()
    }
  }
  return engine
}
