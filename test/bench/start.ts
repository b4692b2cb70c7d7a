/**
 * `npm run bench:start`: time from starting the server to the first 200 on /healthz, /admin and a
 * portal page, on a fresh data directory (migrations, seed and first portal build included) and
 * again on the same directory (a restart). The admin build itself is reported separately by
 * `npm start`; this script expects it to be present (it builds it first if not).
 * Last line: one JSON object.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureAdminBuild } from '../../cms/src/server/adminBuild'
import { freePort, httpRequest, spawnServer } from '../helpers/server'

async function firstOk(port: number, host: string, urlPath: string, t0: number, deadline: number): Promise<number> {
  for (;;) {
    try {
      const res = await httpRequest(port, host, urlPath)
      if (res.status === 200) return Date.now() - t0
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no 200 on ${host}${urlPath}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

async function run(dataDir: string) {
  const port = await freePort()
  const t0 = Date.now()
  const child = spawnServer({
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SITES_DIR: path.join(dataDir, 'sites'),
    SEED_PASSWORD: 'Bench-password-2026',
    BUILD_ADMIN_ON_START: 'false',
  })
  let out = ''
  child.stdout!.on('data', (c: Buffer) => (out += c))
  child.stderr!.on('data', (c: Buffer) => (out += c))
  const deadline = t0 + 300_000
  try {
    const health = await firstOk(port, `localhost:${port}`, '/healthz', t0, deadline)
    const admin = await firstOk(port, `localhost:${port}`, '/admin/login', t0, deadline)
    const portal = await firstOk(port, `ha-tinh.localhost:${port}`, '/', t0, deadline)
    return { health, admin, portal }
  } catch (err) {
    process.stderr.write(out)
    throw err
  } finally {
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
  }
}

const admin = await ensureAdminBuild(process.cwd(), (l) => process.stdout.write(`${l}\n`))
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-bench-start-'))
try {
  const fresh = await run(dataDir)
  console.log(`fresh data dir: /healthz ${fresh.health} ms, /admin ${fresh.admin} ms, portal page ${fresh.portal} ms`)
  const restart = await run(dataDir)
  console.log(`restart:        /healthz ${restart.health} ms, /admin ${restart.admin} ms, portal page ${restart.portal} ms`)
  console.log(
    JSON.stringify({
      admin_build_ms: admin.built ? admin.ms : null,
      fresh_healthz_ms: fresh.health,
      fresh_admin_ms: fresh.admin,
      fresh_portal_ms: fresh.portal,
      restart_healthz_ms: restart.health,
      restart_admin_ms: restart.admin,
      restart_portal_ms: restart.portal,
    }),
  )
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true })
}
