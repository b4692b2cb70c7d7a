/**
 * Secrets the platform needs. On the embedded setup they are generated on first start and
 * kept in `data/secrets.json` (git-ignored), so `npm start` needs no configuration. With
 * a database server (MongoDB, PostgreSQL: several processes, often on several hosts) a missing secret is a start-up error instead: a generated secret on
 * one replica would not match the others.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { ConfigError, env } from './env'

type SecretsFile = { payloadSecret: string; createdAt: string }

function readOrCreate(dataDir: string): SecretsFile {
  const file = path.join(dataDir, 'secrets.json')
  if (fs.existsSync(file)) {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SecretsFile>
    if (typeof parsed.payloadSecret === 'string' && parsed.payloadSecret.length >= 32) {
      return parsed as SecretsFile
    }
    throw new ConfigError(`${file} is damaged (no payloadSecret): delete it to generate a new one, or set PAYLOAD_SECRET.`)
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const created: SecretsFile = {
    payloadSecret: crypto.randomBytes(32).toString('hex'),
    createdAt: new Date().toISOString(),
  }
  fs.writeFileSync(file, JSON.stringify(created, null, 2) + '\n', { mode: 0o600 })
  return created
}

export function payloadSecret(): string {
  const e = env()
  if (e.payloadSecret) return e.payloadSecret
  if (e.database.kind !== 'sqlite') {
    const name = e.database.kind === 'mongodb' ? 'MongoDB' : 'PostgreSQL'
    throw new ConfigError(`PAYLOAD_SECRET is required when DATABASE_URI points to ${name}: set PAYLOAD_SECRET (32+ random characters).`)
  }
  return readOrCreate(e.dataDir).payloadSecret
}
