/**
 * The demo content, seeded once per pass (`npm run seed` into a template), which test servers
 * start from instead of seeding it again each (about 11 s of a server's 15 s start; some 30
 * servers a pass). The template holds what seeding wrote and nothing more: the builds and search
 * jobs its saves queued are still queued, so each server builds its portals and fills its index
 * at start as it does after seeding them itself. `startServer` copies the template's data folder
 * (the uploaded media; on SQLite also the database file and the secrets) into a fresh one, and on
 * PostgreSQL the database with `CREATE DATABASE … TEMPLATE`;
 * a suite that checks seeding itself starts its server with SEED_ON_START set (test/helpers/server.ts).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createDatabase } from './helpers/postgres'
import { SEED_PASSWORD, TEST_SECRET } from './helpers/server'

export default async function setup(project?: { name?: string }) {
  // The project's own `env` reaches its test files, not this: its name says the adapter.
  const db = project?.name ?? 'sqlite'
  if (db !== 'sqlite' && db !== 'postgres') return
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-seeded-'))
  const env: Record<string, string> = { DATA_DIR: dir, SITES_DIR: path.join(dir, 'sites'), SEED_PASSWORD, TWO_FACTOR_REQUIRED_ROLES: 'none' }
  // The template database on PostgreSQL; on SQLite the folder's cong.db is the template.
  let template: string | null = null
  if (db === 'postgres') {
    const base = process.env.CONG_TEST_PG_URL
    if (!base) throw new Error('the seeded template on PostgreSQL needs the test cluster (test/global-setup-postgres.ts first)')
    template = `cong_seeded_${path.basename(dir).replace(/[^a-zA-Z0-9]/g, '_').toLowerCase()}`
    Object.assign(env, { DATABASE_URI: createDatabase(base, template), PAYLOAD_SECRET: TEST_SECRET })
  }
  const started = Date.now()
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'seed/run.ts'], { cwd: process.cwd(), env: { ...process.env, ...env }, encoding: 'utf8' })
  if (res.status !== 0) throw new Error(`cannot seed the test template:\n${res.stdout}\n${res.stderr}`)
  process.stdout.write(`seeded template for ${db} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
  // Named by adapter: `npx vitest run` without --project sets up every pass in one process.
  process.env[`CONG_TEST_SEEDED_${db.toUpperCase()}`] = JSON.stringify({ template, dir })
  return () => fs.rmSync(dir, { recursive: true, force: true })
}
