/**
 * A throwaway PostgreSQL cluster from Debian's server binaries (`/usr/lib/postgresql/<v>/bin`),
 * for tests and benchmarks: a fresh data folder, a free loopback port, `fsync=off` unless
 * durability is asked for. `initdb` refuses to run as root, so as root the binaries run as the
 * `postgres` user. Stopped (and its folder removed) by `stop()`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from './ports'

export type PgCluster = { url: string; port: number; dir: string; bin: string; stop: () => void }

export function postgresBin(): string {
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb'))) : []
  const best = versions.sort((a, b) => Number(b) - Number(a))[0]
  if (!best) throw new Error('PostgreSQL server binaries are missing: apt-get install -y postgresql (npm test installs it when run as root)')
  return path.join(root, best, 'bin')
}


const asRoot = typeof process.getuid === 'function' && process.getuid() === 0

function run(bin: string, args: string[]): string {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

export async function startPostgres(options: { durable?: boolean; maxConnections?: number } = {}): Promise<PgCluster> {
  const bin = postgresBin()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-pg-'))
  fs.chmodSync(dir, 0o755)
  if (asRoot) execFileSync('chown', ['postgres', dir])
  const data = path.join(dir, 'data')
  run(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8'])
  const port = await freePort()
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    `-c max_connections=${options.maxConnections ?? 300}`,
    ...(options.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ')
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start', '-o', settings])
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    try {
      run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'])
    } catch {
      // already gone
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
  return { url: `postgres://postgres@127.0.0.1:${port}`, port, dir, bin, stop }
}

/**
 * A new database on the cluster at `baseUrl` (postgres://user@host:port): empty, or a copy of
 * `template` (which must have no connections then); returns its URL.
 */
export function createDatabase(baseUrl: string, name: string, template?: string): string {
  const u = new URL(baseUrl)
  const psql = path.join(postgresBin(), 'psql')
  const cmd = fs.existsSync(psql) ? psql : 'psql'
  const res = spawnSync(cmd, ['-h', u.hostname, '-p', u.port || '5432', '-U', u.username || 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qc', `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`], {
    encoding: 'utf8',
    env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) },
  })
  if (res.status !== 0) throw new Error(`cannot create database ${name}: ${res.stderr}`)
  u.pathname = `/${name}`
  return u.toString()
}
