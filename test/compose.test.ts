/**
 * Both production compose files (MongoDB, PostgreSQL) are valid compose files with the shape ADR
 * 0016 describes. No Docker engine runs here: `docker-compose config` checks them (installed by
 * test/prerequisites.sh), and the parsed result is checked for what production relies on.
 */
import { execFileSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

const placeholders = { PAYLOAD_SECRET: 'x'.repeat(40), MEILI_MASTER_KEY: 'y'.repeat(20), POSTGRES_PASSWORD: 'z'.repeat(20) }

function config(file: string): string {
  return execFileSync('docker-compose', ['-f', file, 'config'], { encoding: 'utf8', env: { ...process.env, ...placeholders } })
}

describe.each([
  ['docker-compose.yml', 'mongo', 'mongodb://mongo:27017/cong?replicaSet=rs0'],
  ['docker-compose.postgres.yml', 'postgres', 'postgres://cong:'],
])('%s', (file, database, uri) => {
  const text = config(file)

  it('is valid and names its database, Meilisearch, Redis, web replicas, workers and nginx', () => {
    for (const service of [database, 'meilisearch', 'redis', 'web', 'worker', 'nginx']) expect(text).toMatch(new RegExp(`^  ${service}:$`, 'm'))
    expect(text).toContain(uri)
    expect(text).toMatch(/REDIS_URL: redis:\/\/redis:6379/)
    expect(text).toMatch(/JOBS_IN_PROCESS: 'false'|JOBS_IN_PROCESS: "false"/)
    expect(text.match(/replicas: 2/g)?.length).toBe(2)
  })

  it('keeps every piece of state on a volume and checks every service\'s health', () => {
    for (const volume of ['cong-data:/app/data', 'portals:/app/dist/sites', 'meili-data:/meili_data', 'redis-data:/data']) expect(text).toContain(volume.replace(/^([^:]+):/, '$1:'))
    expect(text).toContain(database === 'mongo' ? 'mongo-data' : 'postgres-data')
    expect(text.match(/healthcheck:/g)?.length).toBe(6)
  })

  it('refuses to start without its secrets', () => {
    expect(() => execFileSync('docker-compose', ['-f', file, 'config', '-q'], { stdio: 'pipe', env: { ...process.env, PAYLOAD_SECRET: '', MEILI_MASTER_KEY: '', POSTGRES_PASSWORD: '' } })).toThrow(/PAYLOAD_SECRET|MEILI_MASTER_KEY|POSTGRES_PASSWORD/)
  })
})
