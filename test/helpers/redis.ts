/**
 * A throw-away Redis 7 server (Debian's `redis-server`) on a free loopback port, for tests of
 * what several processes share. It runs under a small shell that waits on its standard input:
 * when the test runner exits, even killed, the pipe closes and Redis is stopped with it.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'

import { freePort } from './server'

export type TestRedis = { port: number; url: string; stop: () => Promise<void> }

export const REDIS_SERVER = process.env.REDIS_SERVER ?? '/usr/bin/redis-server'

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort()
  const child: ChildProcess = spawn(
    '/bin/sh',
    ['-c', `"$0" --port "$1" --bind 127.0.0.1 --save '' --appendonly no --protected-mode yes & pid=$!; cat >/dev/null; kill $pid; wait $pid`, REDIS_SERVER, String(port)],
    { stdio: ['pipe', 'ignore', 'pipe'] },
  )
  let err = ''
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + 10_000
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (up) break
    if (child.exitCode !== null || Date.now() > deadline) {
      child.stdin!.end()
      throw new Error(`redis-server did not start on port ${port}: ${err}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null) return
      child.stdin!.end()
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
    },
  }
}
