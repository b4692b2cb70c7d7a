/**
 * The server process: logging never takes it down (a closed stdout/stderr drops log lines, the
 * server keeps answering and does not spin), and servers started by tests die with their test
 * runner, even one killed outright, and are stopped after a suite whose setup failed.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { freePort, httpRequest, makeDataDir, spawnServer, startServer, stopAllServers, stopProcess, waitFor } from './helpers/server'

/** Running (a zombie waiting for a parent that no longer exists does not count). */
const alive = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]![0] !== 'Z'
  } catch {
    return false
  }
}

/** CPU time (user + system, in clock ticks of 10 ms) a process used so far. */
const cpuTicks = (pid: number) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  return Number(fields[11]) + Number(fields[12])
}

const cleanup: string[] = []
afterAll(() => {
  for (const dir of cleanup) fs.rmSync(dir, { recursive: true, force: true })
})

describe('a closed stdout and stderr', () => {
  it('drops the log lines; the server keeps serving and stays idle', { timeout: 400_000 }, async () => {
    const dataDir = makeDataDir()
    cleanup.push(dataDir)
    const port = await freePort()
    const child = spawnServer({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SITES_DIR: path.join(dataDir, 'sites'),
      SEED_ON_START: 'false',
      BUILD_ADMIN_ON_START: 'false',
      TWO_FACTOR_REQUIRED_ROLES: 'none',
    })
    try {
      let out = ''
      child.stdout!.on('data', (c: Buffer) => (out += c.toString()))
      child.stderr!.on('data', (c: Buffer) => (out += c.toString()))
      await waitFor(async () => (out.includes('Cổng đã sẵn sàng') ? true : child.exitCode !== null ? Promise.reject(new Error(out)) : undefined), 240_000, 'the server')
      // Whatever read the server's output goes away.
      child.stdout!.destroy()
      child.stderr!.destroy()
      const host = `localhost:${port}`
      // Requests that make the server log (refused filters, failed logins, unknown routes).
      for (let i = 0; i < 20; i++) {
        await httpRequest(port, host, '/api/news?where[createdAt][greater_than]=x')
        await httpRequest(port, host, '/api/users/login', { method: 'POST', json: { email: `x${i}@example.com`, password: 'Sai-mat-khau-2026' } })
      }
      const before = cpuTicks(child.pid!)
      const started = Date.now()
      await new Promise((r) => setTimeout(r, 3000))
      const busy = (cpuTicks(child.pid!) - before) / ((Date.now() - started) / 10)
      // Before the fix: a core at 100 % in an EPIPE logging loop.
      expect(busy, 'share of a core used while idle').toBeLessThan(0.3)
      const health = await httpRequest(port, host, '/healthz')
      expect(health.status).toBe(200)
      expect(child.exitCode).toBeNull()
    } finally {
      await stopProcess(child)
    }
  })
})

describe('servers started by tests', () => {
  it('die with their test runner, even one killed with SIGKILL', { timeout: 400_000 }, async () => {
    const runner = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/server-runner.ts'], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    runner.stdout!.on('data', (c: Buffer) => (out += c.toString()))
    runner.stderr!.on('data', (c: Buffer) => (out += c.toString()))
    const pid = await waitFor(async () => {
      if (runner.exitCode !== null) throw new Error(`runner exited: ${out}`)
      const m = /server-pid (\d+)/.exec(out)
      return m ? Number(m[1]) : undefined
    }, 240_000, 'the runner’s server')
    expect(alive(pid)).toBe(true)
    runner.kill('SIGKILL')
    await waitFor(async () => (alive(pid) ? undefined : true), 30_000, 'the orphaned server to stop')
  })

  it('are stopped after a suite whose setup failed half-way', { timeout: 400_000 }, async () => {
    // A setup that started a server and then failed (say, no Chromium) never hands the server to
    // its afterAll; test/setup.ts stops it with stopAllServers() after the file.
    const failedSetup = async () => {
      const server = await startServer({ SEED_ON_START: 'false' })
      cleanup.push(server.dataDir)
      return server.pid
    }
    const pid = await failedSetup()
    expect(alive(pid)).toBe(true)
    await stopAllServers()
    expect(alive(pid)).toBe(false)
  })
})
