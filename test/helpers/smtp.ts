/** A minimal SMTP server on a loopback port that keeps every message it receives (no TLS, no auth). */
import net from 'node:net'

export type FakeSmtp = { port: number; messages: string[]; stop: () => Promise<void> }

export async function startFakeSmtp(): Promise<FakeSmtp> {
  const messages: string[] = []
  const server = net.createServer((socket) => {
    let buffer = ''
    let data: string[] | null = null
    socket.setEncoding('utf8')
    socket.write('220 fake-smtp ready\r\n')
    socket.on('data', (chunk: string) => {
      buffer += chunk
      let index: number
      while ((index = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, index)
        buffer = buffer.slice(index + 2)
        if (data) {
          if (line === '.') {
            messages.push(data.join('\n'))
            data = null
            socket.write('250 queued\r\n')
          } else data.push(line.startsWith('..') ? line.slice(1) : line)
          continue
        }
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 fake-smtp\r\n')
        else if (verb === 'DATA') {
          data = []
          socket.write('354 go ahead\r\n')
        } else if (verb === 'QUIT') socket.end('221 bye\r\n')
        else socket.write('250 ok\r\n')
      }
    })
    socket.on('error', () => undefined)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as net.AddressInfo).port,
    messages,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
