/**
 * Free loopback ports for the servers tests start. A port the kernel hands out for `listen(0)`
 * lies in the ephemeral range (`/proc/sys/net/ipv4/ip_local_port_range`, 32768–60999 here), the
 * same range every outgoing connection takes its local port from: between our check and the
 * child's own `listen`, a connection to PostgreSQL or a test's HTTP request could take it (CI saw
 * "Port 40213 is already in use" once). So we pick at random below that range, where only
 * listeners live, and check the port is free by binding it.
 */
import fs from 'node:fs'

import { checkPortFree } from '../../cms/src/server/preflight'

function ephemeralStart(): number {
  try {
    const [low] = fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number)
    if (low && low > 12_000) return low
  } catch {
    // not Linux: Linux's default start, below the IANA dynamic range (49152)
  }
  return 32_768
}

const FIRST = 10_000
const LAST = ephemeralStart() - 1

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = FIRST + Math.floor(Math.random() * (LAST - FIRST + 1))
    // The server's own start-up check (cms/src/server/preflight.ts), on the loopback it listens on.
    if (await checkPortFree(port, '127.0.0.1').then(() => true, () => false)) return port
  }
  throw new Error(`no free loopback port between ${FIRST} and ${LAST} after 50 tries`)
}
