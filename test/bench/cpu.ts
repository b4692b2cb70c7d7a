/**
 * Where a process's CPU time goes, by thread: sampled from /proc every half second while something
 * runs (a thread that ends before the sample, such as a build's render threads, takes its figures
 * with it) and grouped by thread name. Node names its threads: MainThread, libuv-worker (the pool
 * for file system calls and zlib), V8Worker (garbage collection, compiling); our render threads
 * are cong-render.
 */
import fs from 'node:fs'

type Times = { name: string; user: number; system: number }

/** A process's or thread's name and CPU time so far (clock ticks) from its `stat` file in /proc, or null once it is gone. */
export function procStat(file: string): Times | null {
  try {
    const stat = fs.readFileSync(file, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), user: Number(fields[11]), system: Number(fields[12]) }
  } catch {
    return null // ended meanwhile
  }
}

/** Start sampling `pids`; the function returned stops and summarises ("libuv-worker 40.1 (12.0 + 28.1), …" in seconds). */
export function threadSampler(pids: number[]): () => string {
  const first = new Map<string, Times>()
  const last = new Map<string, Times>()
  let started = false
  const sample = () => {
    for (const pid of pids) {
      let tids: string[] = []
      try {
        tids = fs.readdirSync(`/proc/${pid}/task`)
      } catch {
        continue
      }
      for (const tid of tids) {
        const now = procStat(`/proc/${pid}/task/${tid}/stat`)
        if (!now) continue
        const key = `${pid}/${tid}`
        // A thread born after the start counts from zero.
        if (!first.has(key)) first.set(key, started ? { ...now, user: 0, system: 0 } : now)
        last.set(key, now)
      }
    }
  }
  sample()
  started = true
  const timer = setInterval(sample, 500)
  return () => {
    clearInterval(timer)
    sample()
    const byName = new Map<string, { user: number; system: number }>()
    for (const [key, now] of last) {
      const was = first.get(key)!
      const sum = byName.get(now.name) ?? { user: 0, system: 0 }
      sum.user += (now.user - was.user) / 100
      sum.system += (now.system - was.system) / 100
      byName.set(now.name, sum)
    }
    return [...byName]
      .filter(([, t]) => t.user + t.system >= 0.05)
      .sort((a, b) => b[1].user + b[1].system - (a[1].user + a[1].system))
      .map(([name, t]) => `${name} ${(t.user + t.system).toFixed(1)} (${t.user.toFixed(1)} + ${t.system.toFixed(1)})`)
      .join(', ')
  }
}

/** Microseconds the machine's tasks spent stalled on I/O so far (`some`: at least one, `full`: all), or null without PSI. */
function ioStalls(): { some: number; full: number } | null {
  try {
    const text = fs.readFileSync('/proc/pressure/io', 'utf8')
    const total = (kind: string) => Number(/total=(\d+)/.exec(text.split('\n').find((l) => l.startsWith(kind)) ?? '')?.[1] ?? NaN)
    return { some: total('some'), full: total('full') }
  } catch {
    return null
  }
}

/** Bytes this process (all its threads) read from and wrote to the block devices so far. */
function ioBytes(): { read: number; written: number } | null {
  try {
    const text = fs.readFileSync('/proc/self/io', 'utf8')
    const field = (name: string) => Number(new RegExp(`^${name}: (\\d+)`, 'm').exec(text)?.[1] ?? NaN)
    return { read: field('read_bytes'), written: field('write_bytes') }
  } catch {
    return null
  }
}

/**
 * Start watching the disk while something runs; the function returned says how long the machine
 * was stalled on I/O (PSI, /proc/pressure/io: share of the wall time) and what this process read
 * and wrote ("I/O stalled some 12.3 % · full 4.5 % of 600 s; read 8.1 GB, written 47.0 GB").
 */
export function ioSampler(): () => string {
  const started = Date.now()
  const stalls = ioStalls()
  const bytes = ioBytes()
  return () => {
    const wallUs = (Date.now() - started) * 1000
    const nowStalls = ioStalls()
    const nowBytes = ioBytes()
    const gb = (n: number) => `${(n / 1e9).toFixed(2)} GB`
    const parts: string[] = []
    if (stalls && nowStalls && wallUs > 0)
      parts.push(`I/O stalled some ${(((nowStalls.some - stalls.some) / wallUs) * 100).toFixed(1)} % · full ${(((nowStalls.full - stalls.full) / wallUs) * 100).toFixed(1)} % of ${(wallUs / 1e6).toFixed(0)} s`)
    if (bytes && nowBytes) parts.push(`read ${gb(nowBytes.read - bytes.read)}, written ${gb(nowBytes.written - bytes.written)} (this process)`)
    return parts.join('; ') || 'no I/O figures on this machine'
  }
}
