/**
 * Logging must never take the server down. When whatever reads the server's output goes away (a
 * closed terminal, a log collector that died, `| head`), writing to stdout or stderr fails with
 * EPIPE. Unguarded, that error is reported as an uncaught exception, whose report is written to
 * the same closed pipe, and so on: one core spun at 100 % and requests went unanswered. Here a
 * failed stream is marked and later writes to it are dropped (nothing can read them anyway);
 * serving goes on. Payload logs through the same guarded stdout (`payloadLogger`), not through its
 * own file-descriptor writer.
 */
import { Writable } from 'node:stream'

import { build } from 'pino-pretty'

const broken = new WeakSet<NodeJS.WriteStream>()

function guard(stream: NodeJS.WriteStream): void {
  if ((stream as { __congGuarded?: boolean }).__congGuarded) return
  ;(stream as { __congGuarded?: boolean }).__congGuarded = true
  stream.on('error', () => broken.add(stream))
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean
  stream.write = ((...args: unknown[]) => {
    if (broken.has(stream) || stream.destroyed) {
      const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined
      callback?.()
      return true
    }
    try {
      return write(...args)
    } catch {
      broken.add(stream)
      return true
    }
  }) as typeof stream.write
}

/** Guard this process's stdout and stderr (call first thing in every entry point). */
export function guardStdio(): void {
  guard(process.stdout)
  guard(process.stderr)
}

/** Whether a stream of this process was found closed (for tests and /healthz). */
export function stdioBroken(): { stdout: boolean; stderr: boolean } {
  return { stdout: broken.has(process.stdout), stderr: broken.has(process.stderr) }
}

/** Payload's pretty logger, writing through the guarded stdout. */
export function payloadLogger() {
  guardStdio()
  const stdout = new Writable({
    write(chunk, _encoding, callback) {
      process.stdout.write(chunk)
      callback()
    },
  })
  return { options: { level: 'info' }, destination: build({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss', destination: stdout }) }
}
