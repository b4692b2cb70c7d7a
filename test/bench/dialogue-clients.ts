/**
 * The readers of `npm run bench:dialogue`, in a process of their own: N Server-Sent Events
 * connections to one live session, and the moderator's approvals, timed from this same process
 * (one clock). Driven over IPC by test/bench/dialogue.ts.
 *
 * Readers are raw sockets speaking just enough HTTP/1.1 to open the stream: at 5,000 of them,
 * the cost of a full HTTP client per connection would be measured instead of the platform.
 */
import http from 'node:http'
import net from 'node:net'

type Command =
  | { type: 'connect'; port: number; host: string; path: string; count: number }
  | { type: 'approve'; port: number; token: string; questionId: number | string; marker: string; timeoutMs: number }
  | { type: 'close' }

type Reader = { socket: net.Socket; ready: boolean; tail: string; seen: Map<string, number> }

const readers: Reader[] = []
let markers: string[] = []
const send = (message: unknown) => process.send!(message)

function openReader(port: number, host: string, path: string): Promise<Reader> {
  return new Promise((resolve, reject) => {
    const reader: Reader = { socket: net.connect({ port, host: '127.0.0.1' }), ready: false, tail: '', seen: new Map() }
    const timer = setTimeout(() => reject(new Error('stream did not open within 30 s')), 30_000)
    reader.socket.setNoDelay(true)
    reader.socket.setEncoding('utf8')
    reader.socket.on('connect', () => reader.socket.write(`GET ${path} HTTP/1.1\r\nHost: ${host}\r\nAccept: text/event-stream\r\n\r\n`))
    reader.socket.on('data', (chunk: string) => {
      const now = performance.now()
      const text = reader.tail + chunk
      if (!reader.ready && text.includes('event: snapshot')) {
        reader.ready = true
        clearTimeout(timer)
        resolve(reader)
      }
      for (const marker of markers) if (!reader.seen.has(marker) && text.includes(marker)) reader.seen.set(marker, now)
      // Keep enough of the end to find a marker cut in two by a chunk boundary.
      reader.tail = text.slice(-200)
    })
    reader.socket.on('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
  })
}

function post(port: number, path: string, token: string, body: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body)
    const req = http.request(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { host: `localhost:${port}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), authorization: `JWT ${token}` } },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.end(data)
  })
}

process.on('message', async (command: Command) => {
  try {
    if (command.type === 'connect') {
      const started = performance.now()
      for (let opened = 0; opened < command.count; ) {
        const batch = Math.min(250, command.count - opened)
        readers.push(...(await Promise.all(Array.from({ length: batch }, () => openReader(command.port, command.host, command.path)))))
        opened += batch
      }
      send({ type: 'connected', readers: readers.length, ms: Math.round(performance.now() - started) })
    } else if (command.type === 'approve') {
      markers = [...markers, command.marker]
      const t0 = performance.now()
      const status = await post(command.port, `/api/questions/${command.questionId}/moderate`, command.token, { action: 'approve' })
      const deadline = Date.now() + command.timeoutMs
      while (readers.some((r) => !r.seen.has(command.marker)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
      const latencies = readers.flatMap((r) => (r.seen.has(command.marker) ? [r.seen.get(command.marker)! - t0] : []))
      send({ type: 'approved', status, latencies, missing: readers.length - latencies.length })
    } else if (command.type === 'close') {
      for (const r of readers) r.socket.destroy()
      readers.length = 0
      send({ type: 'closed' })
    }
  } catch (err) {
    send({ type: 'error', message: err instanceof Error ? err.message : String(err) })
  }
})
