import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { acquireIndexLock, IndexLockedError, lockHolder } from './lock'

const dirs: string[] = []
const tmp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-lock-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('search index lock', () => {
  it('lets one process hold it and releases it', () => {
    const dir = tmp()
    const lock = acquireIndexLock(dir, 'test')
    expect(JSON.parse(fs.readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid, purpose: 'test' })
    lock.release()
    expect(fs.existsSync(lock.file)).toBe(false)
    acquireIndexLock(dir, 'again').release()
  })

  it('refuses while another living process holds it, naming that process', async () => {
    const dir = tmp()
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' })
    try {
      fs.writeFileSync(path.join(dir, 'search.lock'), JSON.stringify({ pid: child.pid, host: os.hostname(), purpose: 'server', startedAt: '2026-11-24T00:00:00Z' }))
      expect(() => acquireIndexLock(dir, 'reindex')).toThrow(IndexLockedError)
      expect(() => acquireIndexLock(dir, 'reindex')).toThrow(new RegExp(`${child.pid}.*server`))
      expect(lockHolder(dir)?.pid).toBe(child.pid)
    } finally {
      child.kill()
    }
  })

  it('takes over a lock left by a process that is gone, or a half-written one', () => {
    const dir = tmp()
    fs.writeFileSync(path.join(dir, 'search.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), purpose: 'server', startedAt: '' }))
    expect(lockHolder(dir)).toBeNull()
    acquireIndexLock(dir, 'server').release()
    fs.writeFileSync(path.join(dir, 'search.lock'), '{"pid":')
    acquireIndexLock(dir, 'server').release()
  })

  it('respects a lock from another host while it is kept fresh, and takes it over once abandoned', () => {
    const dir = tmp()
    const file = path.join(dir, 'search.lock')
    fs.writeFileSync(file, JSON.stringify({ pid: 1, host: 'another-container', purpose: 'server', startedAt: '' }))
    expect(() => acquireIndexLock(dir, 'server')).toThrow(IndexLockedError)
    const old = new Date(Date.now() - 10 * 60_000)
    fs.utimesSync(file, old, old)
    expect(lockHolder(dir)).toBeNull()
    acquireIndexLock(dir, 'server').release()
  })
})
