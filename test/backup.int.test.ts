/**
 * `npm run backup` / `npm run restore` round trip on this pass's database (SQLite, PostgreSQL):
 * a backup of a running platform, restored into an empty data folder, portals folder and
 * database, holds every document, upload and live portal release, and serves again.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseEnv, makeDataDir, startServer, type TestServer, waitFor } from './helpers/server'

let server: TestServer
let restored: TestServer | null = null
const backupDir = path.join(os.tmpdir(), `cong-backup-${process.pid}-${Date.now()}`)
const target = makeDataDir()

function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cms/src/cli/backup.ts', ...args], { cwd: process.cwd(), env: { ...process.env, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (c: Buffer) => (out += c))
    child.stderr.on('data', (c: Buffer) => (out += c))
    child.on('close', (code) => resolve({ code, out }))
  })
}

/** Relative path → sha256 of every file under `dir` (symlinks followed). */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  if (!fs.existsSync(dir)) return out
  const walk = (at: string) => {
    for (const name of fs.readdirSync(at).sort()) {
      const full = path.join(at, name)
      const stat = fs.statSync(full)
      if (stat.isDirectory()) walk(full)
      else out[path.relative(dir, full)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex')
    }
  }
  walk(dir)
  return out
}

/** The live portals: slug → files of its current release. */
function livePortals(sitesDir: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {}
  for (const entry of fs.readdirSync(sitesDir, { withFileTypes: true })) if (entry.isSymbolicLink()) out[entry.name] = tree(path.join(sitesDir, entry.name))
  return out
}

beforeAll(async () => {
  // Page views are added to the sites every VISITS_FLUSH_MS (1 min by default): a flush between the
  // backup and the digest below would change the running platform's sites, not the restore's.
  server = await startServer({ VISITS_FLUSH_MS: '3600000' })
  // The seed's builds and search sync jobs done: a job finishing between the backup's dump and its
  // digests would change \`payload-jobs\` of the running platform, not the restore's.
  await waitFor(async () => {
    const health = (await server.api('/healthz')).json()
    return health.buildQueue.queued === 0 && (health.searchIndex?.queued ?? 0) === 0 && (await server.request(`ha-tinh.localhost:${server.port}`, '/')).status === 200 ? true : undefined
  }, 180_000, 'the first builds and the search index')
}, 400_000)

afterAll(async () => {
  await restored?.stop()
  await server?.stop()
  fs.rmSync(backupDir, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('backs up the running platform: database, uploads, portal releases, with digests', async () => {
    const res = await cli(['backup', backupDir], server.env)
    expect(res.code, res.out).toBe(0)
    const manifest = JSON.parse(fs.readFileSync(path.join(backupDir, 'manifest.json'), 'utf8'))
    expect(manifest.database.kind).toBe(server.env.DATABASE_URI ? 'postgres' : 'sqlite')
    for (const collection of ['sites', 'news', 'pages', 'users', 'legal-documents', 'legal-files']) expect(manifest.digests[collection].count, collection).toBeGreaterThan(0)
    expect(manifest.files.legalFiles).toBeGreaterThan(0)
    expect(manifest.files.portals).toEqual(expect.arrayContaining(['ha-tinh', 'bo-khcn']))
    expect(res.out).toMatch(/Backed up \d+ documents/)
  }, 300_000)

  it('refuses to restore over data that is there', async () => {
    const res = await cli(['restore', backupDir], server.env)
    expect(res.code).toBe(2)
    expect(res.out).toMatch(/not empty/)
  }, 120_000)

  it('restores into an empty place: the same documents, files and releases, and the platform serves them', async () => {
    const env = { DATA_DIR: target, SITES_DIR: path.join(target, 'sites'), ...databaseEnv(target) }
    const res = await cli(['restore', backupDir], env)
    expect(res.code, res.out).toBe(0)
    expect(res.out).toMatch(/Restored and verified \d+ documents/)
    // Independently of the restore's own check: the digests of both databases agree.
    const [before, after] = await Promise.all([cli(['digest'], server.env), cli(['digest'], env)])
    const a = JSON.parse(before.out.trim().split('\n').at(-1)!)
    const b = JSON.parse(after.out.trim().split('\n').at(-1)!)
    for (const key of ['sites', 'news', 'pages', 'users', 'legal-documents', 'legal-files', 'media', 'questions', 'dialogue-sessions']) expect(b[key], key).toEqual(a[key])
    expect(tree(path.join(target, 'legal-files'))).toEqual(tree(path.join(server.dataDir, 'legal-files')))
    expect(tree(path.join(target, 'media'))).toEqual(tree(path.join(server.dataDir, 'media')))
    expect(livePortals(path.join(target, 'sites'))).toEqual(livePortals(server.sitesDir))

    restored = await startServer({ ...env }, target)
    const home = await restored.request(`ha-tinh.localhost:${restored.port}`, '/')
    expect(home.status).toBe(200)
    const login = await restored.api('/api/users/login', { method: 'POST', json: { email: 'admin@cong.gov.vn', password: process.env.SEED_PASSWORD ?? 'Thu-nghiem-2026!' } })
    expect(login.status).toBe(200)
    // The search index is made again from the database.
    await waitFor(async () => ((await restored!.api('/healthz')).json().searchIndex.documents > 0 ? true : undefined), 120_000, 'the search index to be rebuilt')
  }, 400_000)
})
